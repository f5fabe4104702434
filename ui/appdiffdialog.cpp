// SPDX-License-Identifier: Apache-2.0
#include "ui/appdiffdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace habmesos {

AppDiffDialog::AppDiffDialog(const QString& appId, const QString& server, const AppDiff::Changes& changes,
    const QString& changesError, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("appDiffDialog"));
    setWindowTitle(tr("Replace %1?").arg(appId));
    QString intro = tr("%1 already runs on %2. Replacing its definition with this one changes:").arg(appId, server);
    if (!changesError.isEmpty())
        intro = tr("%1 already runs on %2, but its definition could not be read, so what changes is not known: "
                   "%3\n\nReplace it with this definition anyway?")
                    .arg(appId, server, changesError);
    else if (changes.isEmpty())
        intro = tr("%1 already runs on %2 with this same definition: replacing it changes no field (Marathon "
                   "still starts a new deployment).")
                    .arg(appId, server);
    auto* label = new QLabel(intro, this);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table = new QTableWidget(int(changes.size()), 3, this);
    m_table->setHorizontalHeaderLabels({ tr("Field"), tr("On the server"), tr("This definition") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    const QString unset = tr("(not set)");
    const QString removed = tr("(removed)");
    for (int row = 0; row < changes.size(); ++row) {
        const AppDiff::Change& c = changes[row];
        m_table->setItem(row, 0, new QTableWidgetItem(c.what));
        auto* before = new QTableWidgetItem(c.before.isEmpty() ? unset : c.before);
        auto* after = new QTableWidgetItem(c.after.isEmpty() ? removed : c.after);
        // Long values (the command) are shown whole on hover as well.
        before->setToolTip(c.before);
        after->setToolTip(c.after);
        m_table->setItem(row, 1, before);
        m_table->setItem(row, 2, after);
    }
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->setVisible(!changes.isEmpty());

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("&Replace"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(640, changes.isEmpty() ? 160 : 360);
}

} // namespace habmesos
