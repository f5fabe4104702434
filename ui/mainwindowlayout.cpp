// SPDX-License-Identifier: Apache-2.0
// The main window's columns: the browser, the form, and the JSON above the Build and Marathon
// panels; sized so that the window is usable at 1024×700 and comfortable at 1280×800.
#include "ui/mainwindow.h"

#include "ui/appform.h"
#include "ui/jsonpreview.h"
#include "ui/packagebrowser.h"

#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>

#include <algorithm>

namespace habmesos {

namespace {

// `widget` in a frameless scroll area that gives it all the room there is: below its minimum it
// scrolls instead of forcing the window wider.
QScrollArea* scrollable(QWidget* widget, const QString& name)
{
    auto* area = new QScrollArea;
    area->setObjectName(name);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(widget);
    return area;
}

// A tab widget is as wide and tall as its largest page; this asks only for the page shown (the
// others ignore their size hint until they are shown), so a wide Marathon page does not widen the
// Build page, nor the Output tab the Application tab.
void sizeToCurrentTab(QTabWidget* tabs)
{
    for (int i = 0; i < tabs->count(); ++i) {
        const QSizePolicy::Policy policy = i == tabs->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        tabs->widget(i)->setSizePolicy(policy, policy);
    }
    tabs->updateGeometry();
}

// The widest a column asks to be: beyond it, its page scrolls sideways (the three columns' minimum
// must leave a 1024-pixel-wide window for the rest).
constexpr int WidestColumn = 540;

// The scroll area `tabs` is in asks for the width of the page shown (up to WidestColumn), so the
// splitter gives it that room before the page has to scroll sideways.
void askWidthOfPage(QTabWidget* tabs)
{
    QScrollArea* area = nullptr;
    for (QWidget* w = tabs->parentWidget(); w && !area; w = w->parentWidget())
        area = qobject_cast<QScrollArea*>(w);
    QWidget* content = area ? area->widget() : nullptr;
    if (!content)
        return;
    const int needs = content->minimumSizeHint().width() + area->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    area->setMinimumWidth(std::min(needs, WidestColumn));
}

void keepSizedToCurrentTab(QTabWidget* tabs)
{
    QObject::connect(tabs, &QTabWidget::currentChanged, tabs, [tabs] {
        sizeToCurrentTab(tabs);
        askWidthOfPage(tabs);
    });
    sizeToCurrentTab(tabs);
}

} // namespace

void MainWindow::layOutColumns()
{
    // Small screens (1024×700): the form and the panels scroll rather than widen the window, and
    // the room beyond their minimum goes to the form and the JSON, not to the panels below it.
    auto* right = new QSplitter(Qt::Vertical, this);
    right->setObjectName(QStringLiteral("previewSplitter"));
    right->addWidget(m_preview);
    right->addWidget(scrollable(m_sidePanels, QStringLiteral("panelScroll")));
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    right->setCollapsible(0, false);
    right->setSizes({ 420, 280 });
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_browser);
    splitter->addWidget(scrollable(m_form, QStringLiteral("formScroll")));
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 3);
    for (int i = 0; i < splitter->count(); ++i)
        splitter->setCollapsible(i, false);
    splitter->setSizes({ 260, 520, 480 }); // until the first show fits them to the width (fitColumns)
    m_columns = splitter;
    keepSizedToCurrentTab(m_sidePanels);
    keepSizedToCurrentTab(m_form->tabs());
    askWidthOfPage(m_form->tabs());
    setCentralWidget(splitter);
}

void MainWindow::fitColumns()
{
    // The form gets what its page needs (up to half), the browser a fifth, the JSON the rest: on a
    // small screen nothing scrolls sideways that need not.
    const int total = m_columns->width() - 2 * m_columns->handleWidth();
    const int browser = std::clamp(total / 5, 180, 320);
    const int formNeeds = m_form->minimumSizeHint().width() + m_form->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    const int form = std::max(std::min(formNeeds, total / 2), (total - browser) / 2);
    m_columns->setSizes({ browser, form, total - browser - form });
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (!m_columnsFitted) {
        m_columnsFitted = true;
        fitColumns();
    }
}

void MainWindow::addSidePanel(QWidget* panel, const QString& title)
{
    m_sidePanels->addTab(panel, title);
    sizeToCurrentTab(m_sidePanels);
    askWidthOfPage(m_sidePanels);
}

} // namespace habmesos
