// SPDX-License-Identifier: Apache-2.0
// The Deployment page: upgrade strategy, backoff, roles, user and extra downloads reach the
// document and the JSON with one undo step per edit, and their problems show on their fields.
#include "package/closureresolver.h"
#include "package/demopackages.h"
#include "package/keycache.h"
#include "package/packagerepository.h"
#include "support/testhome.h"
#include "ui/deploymentform.h"
#include "ui/exportdocument.h"
#include "ui/extrafetchmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace habmesos;

class tst_DeploymentForm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fieldsReachTheJsonOneUndoStepEach();
    void problemsShowOnTheirFields();
    void textThatIsNotANumberIsSaidNotTaken();
    void downloadsAreEditedInPlace();

private:
    void load(ExportDocument& document);
    // Types `text` into `edit` and leaves it, as an operator does.
    static void type(QLineEdit* edit, const QString& text);
    static QJsonObject json(const ExportDocument& document)
    {
        return QJsonDocument::fromJson(document.json()).object();
    }

    QTemporaryDir m_home;
    DemoPackages::Location m_demo;
    PackageClosure m_closure;
};

void tst_DeploymentForm::initTestCase()
{
    QVERIFY(m_home.isValid());
    const Status home = test::TestHome::redirect(m_home.path());
    QVERIFY2(home.ok(), qPrintable(home.error()));
    const auto demo = test::TestHome::demo();
    QVERIFY2(demo.ok(), qPrintable(demo.error()));
    m_demo = demo.value().location;
    m_closure = demo.value().closure;
}

void tst_DeploymentForm::load(ExportDocument& document)
{
    document.setOutputDir(m_home.filePath(QStringLiteral("out")));
    document.setPackage(m_demo.package, m_closure);
}

void tst_DeploymentForm::type(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return); // editingFinished
}

void tst_DeploymentForm::fieldsReachTheJsonOneUndoStepEach()
{
    ExportDocument document;
    load(document);
    DeploymentForm form(&document);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    const QJsonObject before = json(document);
    QVERIFY(!before.contains(QStringLiteral("backoffSeconds")));
    QCOMPARE(before.value(QStringLiteral("user")).toString(), QStringLiteral("root"));
    const int steps = document.undoStack()->count();

    type(form.minHealthEdit(), QStringLiteral("0.5"));
    type(form.maxOverEdit(), QStringLiteral("0.2"));
    type(form.backoffEdit(), QStringLiteral("3"));
    type(form.backoffFactorEdit(), QStringLiteral("2"));
    type(form.maxLaunchDelayEdit(), QStringLiteral("600"));
    type(form.rolesEdit(), QStringLiteral("slave_public, *"));
    type(form.userEdit(), QStringLiteral("nobody"));
    QCOMPARE(document.undoStack()->count(), steps + 7);

    const QJsonObject after = json(document);
    QCOMPARE(after.value(QStringLiteral("upgradeStrategy")).toObject(),
        (QJsonObject { { "minimumHealthCapacity", 0.5 }, { "maximumOverCapacity", 0.2 } }));
    QCOMPARE(after.value(QStringLiteral("backoffSeconds")).toInt(), 3);
    QCOMPARE(after.value(QStringLiteral("backoffFactor")).toDouble(), 2.0);
    QCOMPARE(after.value(QStringLiteral("maxLaunchDelaySeconds")).toInt(), 600);
    QCOMPARE(after.value(QStringLiteral("acceptedResourceRoles")).toArray(), (QJsonArray { "slave_public", "*" }));
    QCOMPARE(after.value(QStringLiteral("user")).toString(), QStringLiteral("nobody"));
    // The window and the command line say the same.
    const QStringList line = document.commandLine().arguments;
    for (const char* argument :
        { "--upgrade-min-health=0.5", "--upgrade-max-over=0.2", "--backoff=3", "--backoff-factor=2",
            "--max-launch-delay=600", "--accepted-role=slave_public", "--accepted-role=*", "--task-user=nobody" })
        QVERIFY2(line.contains(QLatin1String(argument)), argument);

    // Leaving a field without a change is no step; undo takes back one field and the form follows.
    type(form.userEdit(), QStringLiteral("nobody"));
    QCOMPARE(document.undoStack()->count(), steps + 7);
    form.backoffEdit()->setFocus(); // out of the user field, as a click on Undo would
    document.undoStack()->undo();
    QCOMPARE(json(document).value(QStringLiteral("user")).toString(), QStringLiteral("root"));
    QCOMPARE(form.userEdit()->text(), QString());
    QCOMPARE(form.userEdit()->placeholderText(), QStringLiteral("root"));
    QCOMPARE(json(document).value(QStringLiteral("acceptedResourceRoles")).toArray().size(), 2);
    // Emptied, a field goes back to Marathon's default: nothing written.
    type(form.backoffFactorEdit(), QString());
    QVERIFY(!json(document).contains(QStringLiteral("backoffFactor")));
}

void tst_DeploymentForm::problemsShowOnTheirFields()
{
    ExportDocument document;
    load(document);
    DeploymentForm form(&document);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    for (QLineEdit* edit : { form.backoffFactorEdit(), form.rolesEdit(), form.minHealthEdit() })
        QVERIFY(form.problemLabelOf(edit)->isHidden());

    type(form.backoffFactorEdit(), QStringLiteral("0.5"));
    QLabel* factorProblem = form.problemLabelOf(form.backoffFactorEdit());
    QVERIFY(factorProblem->isVisible());
    QVERIFY2(factorProblem->text().contains(QLatin1String("at least 1")), qPrintable(factorProblem->text()));
    QVERIFY(document.hasErrors());

    type(form.rolesEdit(), QStringLiteral("ops/web"));
    QLabel* rolesProblem = form.problemLabelOf(form.rolesEdit());
    QVERIFY(rolesProblem->isVisible());
    QVERIFY2(rolesProblem->text().contains(QStringLiteral("“ops/web”")), qPrintable(rolesProblem->text()));

    type(form.minHealthEdit(), QStringLiteral("1.5"));
    QVERIFY2(form.problemLabelOf(form.minHealthEdit())->text().contains(QLatin1String("from 0 to 1 (it is 1.5)")),
        qPrintable(form.problemLabelOf(form.minHealthEdit())->text()));

    // The task's user other than root: a warning with what it means for hab.
    type(form.userEdit(), QStringLiteral("nobody"));
    QLabel* userProblem = form.problemLabelOf(form.userEdit());
    QVERIFY(userProblem->isVisible());
    QVERIFY2(userProblem->text().contains(QLatin1String("root")), qPrintable(userProblem->text()));

    // A problem in the window's list leads to its field.
    QVERIFY(form.focusField(QStringLiteral("acceptedResourceRoles/0")));
    QTRY_VERIFY(form.rolesEdit()->hasFocus());
    QVERIFY(!form.focusField(QStringLiteral("cpus")));

    // Fixed: the messages go.
    type(form.backoffFactorEdit(), QStringLiteral("1.5"));
    type(form.rolesEdit(), QStringLiteral("slave_public"));
    type(form.minHealthEdit(), QStringLiteral("1"));
    QVERIFY(factorProblem->isHidden());
    QVERIFY(rolesProblem->isHidden());
    QVERIFY(form.problemLabelOf(form.minHealthEdit())->isHidden());
}

void tst_DeploymentForm::textThatIsNotANumberIsSaidNotTaken()
{
    ExportDocument document;
    load(document);
    DeploymentForm form(&document);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    const int steps = document.undoStack()->count();
    type(form.backoffEdit(), QStringLiteral("soon"));
    QCOMPARE(document.undoStack()->count(), steps); // not taken...
    QCOMPARE(form.backoffEdit()->text(), QStringLiteral("soon")); // ...not reverted in silence...
    QVERIFY2(form.problemLabelOf(form.backoffEdit())->text().contains(QStringLiteral("“soon”")),
        qPrintable(form.problemLabelOf(form.backoffEdit())->text())); // ...but said
    type(form.backoffEdit(), QStringLiteral("2.5"));
    QVERIFY(form.problemLabelOf(form.backoffEdit())->text().contains(QLatin1String("whole number")));
    type(form.backoffEdit(), QStringLiteral("4"));
    QCOMPARE(document.undoStack()->count(), steps + 1);
    QVERIFY(form.problemLabelOf(form.backoffEdit())->isHidden());
}

void tst_DeploymentForm::downloadsAreEditedInPlace()
{
    ExportDocument document;
    load(document);
    DeploymentForm form(&document);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    ExtraFetchModel* model = form.fetchModel();
    const int steps = document.undoStack()->count();

    QTest::mouseClick(form.addFetchButton(), Qt::LeftButton);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(document.undoStack()->count(), steps + 1);
    // An empty URI is a problem on its row and under the table, in full.
    QVERIFY(form.fetchProblemLabel()->isVisible());
    QVERIFY2(form.fetchProblemLabel()->text().startsWith(QLatin1String("Download 1: ")),
        qPrintable(form.fetchProblemLabel()->text()));
    QVERIFY(!model->data(model->index(0, ExtraFetchModel::UriColumn), Qt::ToolTipRole).toString().isEmpty());

    QVERIFY(model->setData(model->index(0, ExtraFetchModel::UriColumn), QStringLiteral("https://files.example/tool")));
    QVERIFY(model->setData(model->index(0, ExtraFetchModel::ExtractColumn), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(model->setData(model->index(0, ExtraFetchModel::ExecutableColumn), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model->setData(model->index(0, ExtraFetchModel::DestPathColumn), QStringLiteral("bin/tool")));
    QCOMPARE(document.undoStack()->count(), steps + 5);
    QVERIFY(form.fetchProblemLabel()->isHidden());
    const QJsonArray fetch = json(document).value(QStringLiteral("fetch")).toArray();
    QCOMPARE(fetch.size(), 2); // the tarball first
    QCOMPARE(fetch.at(1).toObject(),
        (QJsonObject { { "uri", "https://files.example/tool" }, { "extract", false }, { "executable", true },
            { "cache", false }, { "destPath", "bin/tool" } }));
    QVERIFY(document.commandLine().arguments.contains(
        QStringLiteral("--fetch=https://files.example/tool,extract=false,executable=true,dest=bin/tool")));

    // A path the fetcher cannot take: said on the row, with the row's URI.
    QVERIFY(model->setData(model->index(0, ExtraFetchModel::UriColumn), QStringLiteral("tools/x")));
    QVERIFY2(form.fetchProblemLabel()->text().startsWith(QLatin1String("Download 1 (tools/x): ")),
        qPrintable(form.fetchProblemLabel()->text()));
    QVERIFY(model->data(model->index(0, ExtraFetchModel::UriColumn), Qt::BackgroundRole).isValid());

    form.fetchTable()->setCurrentIndex(model->index(0, 0));
    QTest::mouseClick(form.removeFetchButton(), Qt::LeftButton);
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(json(document).value(QStringLiteral("fetch")).toArray().size(), 1);
    document.undoStack()->undo();
    QCOMPARE(model->rowCount(), 1);
}

QTEST_MAIN(tst_DeploymentForm)
#include "tst_deploymentform.moc"
