// SPDX-License-Identifier: Apache-2.0
// The forms never surprise: no value clamped or reverted silently, problems said in full on the
// form and marked on their table rows, tables edited in place, an output folder Build can use,
// mnemonics that leave the menus theirs, and real plurals.
#include "package/closureresolver.h"
#include "package/demopackages.h"
#include "package/keycache.h"
#include "package/packagerepository.h"
#include "support/testhome.h"
#include "support/testwait.h"
#include "ui/appform.h"
#include "ui/constraintoperatordelegate.h"
#include "ui/constraintsmodel.h"
#include "ui/environmentmodel.h"
#include "ui/environmenttab.h"
#include "ui/exportdocument.h"
#include "ui/healthcheckform.h"
#include "ui/labelsmodel.h"
#include "ui/placementtab.h"
#include "ui/portsmodel.h"
#include "ui/problemlabel.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace habmesos;

class tst_AppForm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void outOfRangeValuesStayAndAreSaid();
    void problemLinesKeepTheirPlace();
    void environmentEditedInPlace();
    void labelsEditedInPlace();
    void constraintOperatorIsAList();
    void problemsMarkedOnTheirRows();
    void outputFolder();
    void closedWithAnOpenEditor();
    void mnemonicsLeaveTheMenusAlone();
    void secondsAreRealPlurals();

private:
    void load(ExportDocument& document);
    QStringList problemsOn(const ExportDocument& document, const QString& field) const;

    QTemporaryDir m_home;
    DemoPackages::Location m_demo;
    PackageClosure m_closure;
};

void tst_AppForm::initTestCase()
{
    QVERIFY(m_home.isValid());
    const Status home = test::TestHome::redirect(m_home.path());
    QVERIFY2(home.ok(), qPrintable(home.error()));
    QCoreApplication::setOrganizationName(QStringLiteral("habmesos"));
    QCoreApplication::setApplicationName(QStringLiteral("habmesos"));
    const auto demo = test::TestHome::demo();
    QVERIFY2(demo.ok(), qPrintable(demo.error()));
    m_demo = demo.value().location;
    m_closure = demo.value().closure;
}

void tst_AppForm::load(ExportDocument& document)
{
    document.setOutputDir(m_home.path());
    document.setPackage(m_demo.package, m_closure);
}

QStringList tst_AppForm::problemsOn(const ExportDocument& document, const QString& field) const
{
    QStringList out;
    for (const FieldProblem& p : document.problems()) {
        if (p.field == field)
            out.append(p.message);
    }
    return out;
}

void tst_AppForm::outOfRangeValuesStayAndAreSaid()
{
    ExportDocument document;
    load(document);
    AppForm form(&document);
    QVERIFY2(!form.resourcesProblemLabel()->text().contains(QLatin1String("CPUs")),
        qPrintable(form.resourcesProblemLabel()->text()));

    // Far above what the old spin box allowed (it made 100000 CPUs 4096, without a word).
    form.cpusSpin()->setValue(100000);
    QCOMPARE(document.app().cpus, 100000.0);
    QCOMPARE(form.cpusSpin()->value(), 100000.0);

    // 0 CPUs: kept as typed, said on the field with the allowed range.
    form.cpusSpin()->setValue(0);
    QCOMPARE(form.cpusSpin()->value(), 0.0);
    QCOMPARE(document.app().cpus, 0.0);
    QCOMPARE(problemsOn(document, QStringLiteral("cpus")), QStringList { "CPUs must be at least 0.001 (it is 0)." });
    QVERIFY(document.hasErrors());
    QVERIFY2(form.resourcesProblemLabel()->text().contains(QLatin1String("CPUs must be at least 0.001")),
        qPrintable(form.resourcesProblemLabel()->text()));

    // 0 MiB of memory is a problem, not valid.
    form.memSpin()->setValue(0);
    QCOMPARE(form.memSpin()->value(), 0.0);
    QCOMPARE(problemsOn(document, QStringLiteral("mem")).size(), 1);
    QVERIFY(form.resourcesProblemLabel()->text().contains(QLatin1String("Memory must be more than 0 MiB")));

    // Typed, not set: what the keyboard gives is what the document gets.
    form.memSpin()->selectAll();
    QTest::keyClicks(form.memSpin(), QStringLiteral("5000000"));
    QCOMPARE(document.app().mem, 5000000.0);
    QCOMPARE(form.memSpin()->value(), 5000000.0);

    form.cpusSpin()->setValue(1);
    QVERIFY(problemsOn(document, QStringLiteral("cpus")).isEmpty());
    QVERIFY(!form.resourcesProblemLabel()->text().contains(QLatin1String("CPUs")));

    form.instancesSpin()->setValue(250000); // the old spin box stopped at 100000
    QCOMPARE(document.app().instances, 250000);
}

void tst_AppForm::problemLinesKeepTheirPlace()
{
    ExportDocument document;
    load(document);
    AppForm form(&document);
    form.resize(1600, 900);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    form.tabs()->setCurrentIndex(0);
    const QPoint before = form.instancesSpin()->mapTo(&form, QPoint());
    // A one-line message takes the line kept for it: the fields below stay where they were.
    form.idEdit()->selectAll();
    QTest::keyClicks(form.idEdit(), QStringLiteral("/acme/tasks"));
    QCOMPARE(document.app().id, QStringLiteral("/acme/tasks"));
    QStringList shown;
    for (const ProblemLabel* label : form.findChildren<ProblemLabel*>())
        shown << label->text();
    QVERIFY2(shown.join(u'\n').contains(QLatin1String("cannot end in \"tasks\"")), qPrintable(shown.join(u'\n')));
    QCoreApplication::processEvents();
    QCOMPARE(form.instancesSpin()->mapTo(&form, QPoint()), before);
    QVERIFY(form.resourcesProblemLabel()->isVisible());
    QVERIFY(form.resourcesProblemLabel()->height() >= 2 * form.fontMetrics().lineSpacing());
}

void tst_AppForm::environmentEditedInPlace()
{
    ExportDocument document;
    load(document);
    AppForm form(&document);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    EnvironmentTab* tab = form.environmentTab();
    form.tabs()->setCurrentWidget(tab);
    EnvironmentModel* model = tab->environmentModel();
    const int rows = model->rowCount();

    // Add puts a row in the table and starts editing its name: no dialog.
    tab->addButton()->click();
    QCOMPARE(model->rowCount(), rows + 1);
    QVERIFY(document.isExtraEnv(QStringLiteral("NEW_VARIABLE")));
    QVERIFY(tab->environmentView()->indexWidget(tab->environmentView()->currentIndex())); // its editor is open
    const QModelIndex current = tab->environmentView()->currentIndex();
    QCOMPARE(model->keyAt(current.row()), QStringLiteral("NEW_VARIABLE"));
    QCOMPARE(current.column(), int(EnvironmentModel::KeyColumn));
    auto* editor = qobject_cast<QLineEdit*>(tab->environmentView()->indexWidget(current));
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("GREETING"));
    QTest::keyClick(editor, Qt::Key_Return); // the delegate commits from the event loop
    QTRY_VERIFY_WITH_TIMEOUT(document.isExtraEnv(QStringLiteral("GREETING")), test::WaitMs);
    QVERIFY(!document.isExtraEnv(QStringLiteral("NEW_VARIABLE")));

    // A second Add while the first is still unnamed gets another free name.
    QCOMPARE(model->addVariable() >= 0, true);
    QCOMPARE(model->addVariable() >= 0, true);
    QVERIFY(document.isExtraEnv(QStringLiteral("NEW_VARIABLE")));
    QVERIFY(document.isExtraEnv(QStringLiteral("NEW_VARIABLE_2")));

    // Renaming onto a name the environment has: said on the row, not a silent no-op.
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->keyAt(r) == QLatin1String("NEW_VARIABLE_2"))
            row = r;
    }
    QVERIFY(row >= 0);
    QVERIFY(!model->setData(model->index(row, EnvironmentModel::KeyColumn), QStringLiteral("GREETING")));
    const QStringList said = problemsOn(document, QStringLiteral("env/NEW_VARIABLE_2"));
    QCOMPARE(said,
        QStringList { "NEW_VARIABLE_2 cannot be renamed to GREETING: GREETING is set already. Choose another name, "
                      "or change that row's value." });
    QVERIFY(document.hasErrors());
    QVERIFY(model->index(row, EnvironmentModel::ValueColumn).data(Qt::ToolTipRole).toString().contains(said[0]));
    QVERIFY(model->index(row, EnvironmentModel::KeyColumn).data(Qt::BackgroundRole).isValid());
    QVERIFY(tab->environmentProblems()->text().contains(said[0]));
    // The next edit takes the message away.
    QVERIFY(model->setData(model->index(row, EnvironmentModel::KeyColumn), QStringLiteral("FAREWELL")));
    QVERIFY(problemsOn(document, QStringLiteral("env/NEW_VARIABLE_2")).isEmpty());
    QVERIFY(document.isExtraEnv(QStringLiteral("FAREWELL")));
}

void tst_AppForm::labelsEditedInPlace()
{
    ExportDocument document;
    load(document);
    AppForm form(&document);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    PlacementTab* tab = form.placementTab();
    form.tabs()->setCurrentWidget(tab);
    LabelsModel* model = tab->labelsModel();

    tab->addLabelButton()->click();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->keyAt(0), QStringLiteral("new-label"));
    QVERIFY(tab->labelsView()->indexWidget(tab->labelsView()->currentIndex())); // its editor is open
    auto* editor = qobject_cast<QLineEdit*>(tab->labelsView()->indexWidget(tab->labelsView()->currentIndex()));
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("team"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(model->keyAt(0), QStringLiteral("team"), test::WaitMs);

    QCOMPARE(model->addRow(), 1);
    QVERIFY(!model->setData(model->index(1, LabelsModel::KeyColumn), QStringLiteral("team")));
    QCOMPARE(problemsOn(document, QStringLiteral("labels/new-label")),
        QStringList { "The label new-label cannot be renamed to team: team is a label already. Choose another name." });
    QVERIFY(tab->labelProblems()->text().contains(QLatin1String("team is a label already")));
    QVERIFY(model->index(1, LabelsModel::KeyColumn).data(Qt::DecorationRole).isValid());
    QVERIFY(!model->index(0, LabelsModel::KeyColumn).data(Qt::DecorationRole).isValid());
}

void tst_AppForm::constraintOperatorIsAList()
{
    ExportDocument document;
    load(document);
    AppForm form(&document);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    PlacementTab* tab = form.placementTab();
    form.tabs()->setCurrentWidget(tab);
    ConstraintsModel* model = tab->constraintsModel();
    const int rows = model->rowCount();
    tab->addConstraintButton()->click();
    QCOMPARE(model->rowCount(), rows + 1);
    QVERIFY(tab->constraintsView()->indexWidget(tab->constraintsView()->currentIndex())); // its editor is open
    QCOMPARE(tab->constraintsView()->currentIndex().column(), int(ConstraintsModel::FieldColumn));

    // The operator column edits with a list of Marathon's operators.
    QVERIFY(qobject_cast<ConstraintOperatorDelegate*>(
        tab->constraintsView()->itemDelegateForColumn(ConstraintsModel::OperatorColumn)));
    const QModelIndex op = model->index(rows, ConstraintsModel::OperatorColumn);
    tab->constraintsView()->setCurrentIndex(op);
    tab->constraintsView()->edit(op);
    auto* combo = tab->constraintsView()->findChild<QComboBox*>();
    QVERIFY(combo);
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items << combo->itemText(i);
    QCOMPARE(items, (QStringList { "UNIQUE", "CLUSTER", "GROUP_BY", "LIKE", "UNLIKE", "MAX_PER", "IS" }));
    QCOMPARE(combo->currentText(), QStringLiteral("UNIQUE"));
    combo->setCurrentIndex(combo->findText(QStringLiteral("MAX_PER")));
    Q_EMIT combo->activated(combo->currentIndex());
    QCOMPARE(document.app().constraints.at(rows).op, QStringLiteral("MAX_PER"));
    // MAX_PER without a number: said on the row, in the operator's words.
    const QStringList said = problemsOn(document, QStringLiteral("constraints/%1/2").arg(rows));
    QCOMPARE(said,
        QStringList { QStringLiteral("Constraint %1: MAX_PER needs a whole number as its value.").arg(rows + 1) });
    QVERIFY(model->index(rows, ConstraintsModel::ValueColumn).data(Qt::BackgroundRole).isValid());
    QVERIFY(tab->constraintProblems()->text().contains(said[0]));
}

void tst_AppForm::problemsMarkedOnTheirRows()
{
    ExportDocument document;
    load(document);
    AppForm form(&document);
    PortsModel* ports = form.portsModel();
    QVERIFY(ports->rowCount() >= 1);
    QList<MarathonPortDefinition> defs = document.app().portDefinitions;
    MarathonPortDefinition ssl;
    ssl.name = QStringLiteral("ssl-port");
    ssl.port = 8443;
    MarathonPortDefinition other;
    other.name = QStringLiteral("admin");
    other.port = 8443;
    defs << other << ssl;
    document.setPorts(defs);
    const int row = int(defs.size()) - 1;
    const QString said = QStringLiteral(
        "Port ssl-port: the number 8443 is used twice; give one of them another number, or 0 for any free port.");
    QCOMPARE(problemsOn(document, QStringLiteral("portDefinitions/%1/port").arg(row)), QStringList { said });
    // The row is marked (tint, icon, tooltip) and the full text is under the table.
    QCOMPARE(ports->index(row, PortsModel::PortColumn).data(Qt::ToolTipRole).toString(), said);
    QVERIFY(ports->index(row, PortsModel::NameColumn).data(Qt::DecorationRole).isValid());
    QVERIFY(ports->index(row, PortsModel::NameColumn).data(Qt::BackgroundRole).isValid());
    QVERIFY(!ports->index(row - 1, PortsModel::NameColumn).data(Qt::BackgroundRole).isValid());
    QVERIFY(form.portsProblemLabel()->text().contains(said));
}

void tst_AppForm::outputFolder()
{
    ExportDocument document;
    load(document);
    AppForm form(&document);
    QVERIFY(problemsOn(document, QStringLiteral("output")).isEmpty());
    QVERIFY(form.outputProblemLabel()->text().isEmpty());

    // Not there yet, but its parent is writable: a warning, and Build makes it.
    const QString missing = m_home.filePath(QStringLiteral("new/tarballs"));
    document.setOutputDir(missing);
    QCOMPARE(problemsOn(document, QStringLiteral("output")),
        QStringList { QStringLiteral("The output folder %1 does not exist yet: Build creates it.").arg(missing) });
    QVERIFY(!document.hasErrors());
    QVERIFY(form.outputProblemLabel()->text().contains(missing));
    QCOMPARE(document.optionsForBuild().outputDir, missing);
    QVERIFY(QFileInfo(missing).isDir());
    document.setOutputDir(m_home.path()); // a change brings the check up to date
    document.setOutputDir(missing);
    QVERIFY(problemsOn(document, QStringLiteral("output")).isEmpty());

    // A file where the folder should be: an error before anything is built.
    const QString file = m_home.filePath(QStringLiteral("a-file"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    document.setOutputDir(file);
    QCOMPARE(problemsOn(document, QStringLiteral("output")).size(), 1);
    QVERIFY(document.hasErrors());
    // Under a file, nothing can be created.
    document.setOutputDir(file + QStringLiteral("/below"));
    const QStringList said = problemsOn(document, QStringLiteral("output"));
    QCOMPARE(said.size(), 1);
    QVERIFY2(said[0].contains(QLatin1String("does not exist and cannot be created")), qPrintable(said[0]));
    QVERIFY(document.hasErrors());
    form.focusField(QStringLiteral("output"));
    QVERIFY(form.tabs()->currentWidget()->isAncestorOf(form.outputDirEdit()));
}

void tst_AppForm::closedWithAnOpenEditor()
{
    // A row being named when the window goes: nothing is left pointing at the gone form.
    ExportDocument document;
    load(document);
    {
        AppForm form(&document);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        form.tabs()->setCurrentWidget(form.environmentTab());
        form.environmentTab()->addButton()->click();
        QTableView* view = form.environmentTab()->environmentView();
        auto* editor = qobject_cast<QLineEdit*>(view->indexWidget(view->currentIndex()));
        QVERIFY(editor);
        QTest::keyClicks(editor, QStringLiteral("HALF"));
        QTest::keyClick(editor, Qt::Key_Return); // its commit is queued, and the form goes first
    }
    QCoreApplication::processEvents();
    document.setEnv(QStringLiteral("AFTER"), QStringLiteral("1"));
    QVERIFY(document.isExtraEnv(QStringLiteral("AFTER")));
}

void tst_AppForm::mnemonicsLeaveTheMenusAlone()
{
    ExportDocument document;
    load(document);
    AppForm form(&document);
    // The menus' letters, in English and German (File, Edit, Run, Help; Datei, Bearbeiten,
    // Ausführen, Hilfe): the forms use none of them.
    const QString menus = QStringLiteral("fehdba");
    auto mnemonic = [](const QString& text) -> QChar {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text[i] == u'&') {
                if (text[i + 1] != u'&')
                    return text[i + 1].toLower();
                ++i;
            }
        }
        return {};
    };
    for (int i = 0; i < form.tabs()->count(); ++i) {
        QVERIFY2(mnemonic(form.tabs()->tabText(i)).isNull(), qPrintable(form.tabs()->tabText(i)));
        QStringList texts;
        for (const QLabel* label : form.tabs()->widget(i)->findChildren<QLabel*>())
            texts << label->text();
        for (const QAbstractButton* button : form.tabs()->widget(i)->findChildren<QAbstractButton*>())
            texts << button->text();
        QString seen;
        for (const QString& text : texts) {
            const QChar c = mnemonic(text);
            if (c.isNull())
                continue;
            QVERIFY2(!menus.contains(c), qPrintable(text));
            QVERIFY2(!seen.contains(c), qPrintable(QStringLiteral("%1 twice on tab %2").arg(c).arg(i)));
            seen.append(c);
        }
    }
}

namespace {

// English plural forms, as a catalogue with numerus forms gives them.
class PluralTranslator : public QTranslator
{
public:
    QString translate(const char*, const char* source, const char*, int n) const override
    {
        if (QByteArrayView(source) == " second(s)")
            return n == 1 ? QStringLiteral(" second") : QStringLiteral(" seconds");
        if (QByteArrayView(source) == "Default (%n second(s))")
            return n == 1 ? QStringLiteral("Default (%n second)") : QStringLiteral("Default (%n seconds)");
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

void tst_AppForm::secondsAreRealPlurals()
{
    PluralTranslator plurals;
    QVERIFY(QCoreApplication::installTranslator(&plurals));
    ExportDocument document;
    load(document);
    AppForm form(&document);
    form.killGraceSpin()->setValue(1);
    QCOMPARE(form.killGraceSpin()->suffix(), QStringLiteral(" second"));
    form.killGraceSpin()->setValue(30);
    QCOMPARE(form.killGraceSpin()->suffix(), QStringLiteral(" seconds"));
    QCOMPARE(form.killGraceDefaultButton()->text(), QStringLiteral("Default (18 seconds)"));
    const QList<QSpinBox*> healthSpins = form.healthCheckForm()->findChildren<QSpinBox*>();
    QVERIFY(!healthSpins.isEmpty());
    int seconds = 0;
    for (QSpinBox* spin : healthSpins) {
        if (!spin->suffix().contains(QLatin1String("second")))
            continue; // the failures count
        ++seconds;
        spin->setValue(1);
        QCOMPARE(spin->suffix(), QStringLiteral(" second"));
        spin->setValue(2);
        QCOMPARE(spin->suffix(), QStringLiteral(" seconds"));
    }
    QCOMPARE(seconds, 3); // grace period, interval, timeout
    QCoreApplication::removeTranslator(&plurals);
}

QTEST_MAIN(tst_AppForm)
#include "tst_appform.moc"
