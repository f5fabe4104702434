// SPDX-License-Identifier: Apache-2.0
// The Marathon tab's upload in the harts layout (issue #14): per file, whether it will be uploaded
// or is in the folder already, and the bytes that will move; Upload sends only what is missing and
// gives the app the folder. Against a real nginx (WebDAV PUT, HEAD with Content-Length) and a canned
// server whose HEAD gives no size.
#include "marathon/hartspublisher.h"
#include "support/cannedhttpserver.h"
#include "support/nginxprocess.h"
#include "support/testfiles.h"
#include "support/testwait.h"
#include "ui/deploypanel.h"
#include "ui/hartsuploadbox.h"
#include "ui/memorysecretstore.h"
#include "ui/settings.h"
#include "ui/uploadbox.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

#define START_NGINX(n)                                                                                                 \
    do {                                                                                                               \
        QString why;                                                                                                   \
        if (!(n).start(&why))                                                                                          \
            QFAIL(qPrintable(QStringLiteral("nginx did not start: ") + why));                                          \
    } while (false)

using namespace habmesos;
using habmesos::test::CannedHttpServer;
using habmesos::test::NginxProcess;
using habmesos::test::readAll;
using habmesos::test::writeRandomFile;

namespace {

const QString Bootstrap = QStringLiteral("habmesos-bootstrap-0123456789abcdef.tgz");
const QString Redis = QStringLiteral("core-redis-4.0.14-20190115013919-x86_64-linux.hart");
const QString Glibc = QStringLiteral("core-glibc-2.27-20190115002733-x86_64-linux.hart");

QList<HartsPublisher::File> makeFiles(const QTemporaryDir& dir)
{
    QList<HartsPublisher::File> files;
    for (const auto& [name, size] :
        QList<std::pair<QString, qint64>> { { Bootstrap, 30000 }, { Redis, 400000 }, { Glibc, 150000 } })
        files.append({ writeRandomFile(dir, name, size), name, size });
    return files;
}

// The "In the folder" column, row by row.
QStringList states(const HartsUploadBox& box)
{
    auto* list = box.findChild<QTreeWidget*>();
    QStringList out;
    for (int i = 0; list && i < list->topLevelItemCount(); ++i)
        out.append(list->topLevelItem(i)->text(2));
    return out;
}

QString summary(const HartsUploadBox& box)
{
    QStringList texts;
    for (const QLabel* label : box.findChildren<QLabel*>())
        texts.append(label->text());
    return texts.join(u'\n');
}

// The /harts/ folder of nginx, holding `published` already (an earlier release put it there);
// empty when it could not be made.
QString folderWith(const NginxProcess& nginx, const HartsPublisher::File& published)
{
    const QString stored = nginx.wwwPath(QStringLiteral("/harts"));
    if (!QDir().mkpath(stored) || !QFile::copy(published.localPath, stored + u'/' + published.fileName))
        return QString();
    return stored;
}

struct Panel
{
    QTemporaryDir dir;
    std::unique_ptr<Settings> settings;
    MemorySecretStore secrets;
    std::unique_ptr<DeployPanel> panel;
    DeployPanel::Definition definition;

    Panel()
    {
        settings = std::make_unique<Settings>(dir.filePath(QStringLiteral("habmesos.conf")));
        panel = std::make_unique<DeployPanel>(settings.get(), &secrets);
        panel->setDefinitionProvider([this] { return definition; });
    }
    HartsUploadBox* box() const { return panel->findChild<HartsUploadBox*>(); }
};

} // namespace

class tst_HartsUploadBox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsWhatWillMoveThenSendsOnlyThat();
    void newFilesReplaceACheckInFlight();
    void shownInTheHartsLayoutOnly();
    void noSizeFromHeadWarns();
    void badFolder();
};

void tst_HartsUploadBox::showsWhatWillMoveThenSendsOnlyThat()
{
    NginxProcess nginx;
    START_NGINX(nginx);
    QTemporaryDir dir;
    const QList<HartsPublisher::File> files = makeFiles(dir);
    const QString stored = folderWith(nginx, files[2]); // glibc
    QVERIFY(!stored.isEmpty());

    Panel p;
    HartsUploadBox* box = p.box();
    QVERIFY(box);
    box->setUploadUrl(nginx.url(QStringLiteral("/harts/")).toString());
    QSignalSpy checked(box, &HartsUploadBox::checked);
    // A build's files arrive with the definition: the folder is checked at once.
    p.definition.hartsLayout = true;
    p.definition.hartsFiles = files;
    p.panel->definitionChanged();
    QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, test::WaitMs);
    QCOMPARE(states(*box), (QStringList { "will be uploaded", "will be uploaded", "there already" }));
    QCOMPARE(box->bytesToMove(), 430000);
    QVERIFY2(summary(*box).contains(QLatin1String("2 of 3 file")), qPrintable(summary(*box)));
    QVERIFY(QDir(stored).entryList(QDir::Files) == QStringList { Glibc }); // a check sends nothing

    // Upload: only the two missing files go; the app gets the folder.
    QSignalSpy uri(p.panel.get(), &DeployPanel::fetchUriChanged);
    QSignalSpy done(p.panel.get(), &DeployPanel::uploadFinished);
    p.panel->upload();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, test::WaitMs);
    QVERIFY2(done[0][0].toBool(), qPrintable(p.panel->statusText()));
    QCOMPARE(uri.size(), 1);
    QCOMPARE(uri[0][0].toString(), nginx.url(QStringLiteral("/harts/")).toString());
    for (const auto& f : files)
        QCOMPARE(readAll(stored + u'/' + f.fileName), readAll(f.localPath));
    QCOMPARE(states(*box), (QStringList { "uploaded", "uploaded", "there already" }));
    QCOMPARE(box->bytesToMove(), 0);
    QVERIFY2(p.panel->statusText().contains(QLatin1String("2 file")), qPrintable(p.panel->statusText()));
    QVERIFY2(p.panel->statusText().contains(QLatin1String("1 there already")), qPrintable(p.panel->statusText()));
    // The folder is remembered.
    QCOMPARE(p.settings->uploadUrl(), nginx.url(QStringLiteral("/harts/")).toString());

    // Checked again: everything is there, nothing will move.
    box->check();
    QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 2, test::WaitMs);
    QCOMPARE(states(*box), (QStringList { "there already", "there already", "there already" }));
    QCOMPARE(box->bytesToMove(), 0);
    QVERIFY2(summary(*box).contains(QLatin1String("nothing will move")), qPrintable(summary(*box)));
}

// Another build's files while the folder is being checked: only the new files' check reports.
void tst_HartsUploadBox::newFilesReplaceACheckInFlight()
{
    NginxProcess nginx;
    START_NGINX(nginx);
    QTemporaryDir dir;
    const QList<HartsPublisher::File> files = makeFiles(dir);
    QVERIFY(!folderWith(nginx, files[1]).isEmpty()); // redis
    HartsUploadBox box(nullptr);
    box.setUploadUrl(nginx.url(QStringLiteral("/harts/")).toString());
    QSignalSpy checked(&box, &HartsUploadBox::checked);
    box.setFiles(files);
    QVERIFY(box.isChecking());
    box.setFiles(files.mid(1)); // redis and glibc only
    QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, test::WaitMs);
    QCOMPARE(states(box), (QStringList { "there already", "will be uploaded" }));
    QCOMPARE(box.bytesToMove(), 150000);
}

void tst_HartsUploadBox::shownInTheHartsLayoutOnly()
{
    Panel p;
    p.panel->show();
    p.panel->definitionChanged();
    QVERIFY(p.panel->findChild<UploadBox*>()->isVisible());
    QVERIFY(!p.box()->isVisible());
    p.definition.hartsLayout = true;
    p.panel->definitionChanged();
    QVERIFY(!p.panel->findChild<UploadBox*>()->isVisible());
    QVERIFY(p.box()->isVisible());
    // Nothing built yet: nothing to upload, and Upload says to build.
    QVERIFY(summary(*p.box()).contains(QLatin1String("Build first")));
    QSignalSpy done(p.panel.get(), &DeployPanel::uploadFinished);
    p.panel->upload();
    QCOMPARE(done.size(), 1);
    QVERIFY(!done[0][0].toBool());
    QVERIFY2(p.panel->statusText().contains(QLatin1String("Build first")), qPrintable(p.panel->statusText()));
}

void tst_HartsUploadBox::noSizeFromHeadWarns()
{
    CannedHttpServer server(201, QByteArray(), "text/plain");
    server.setAnswer("HEAD", 405, QByteArray("not allowed"), CannedHttpServer::Framing::ContentLength);
    QVERIFY(server.listen());
    QTemporaryDir dir;
    QUrl folder = server.url();
    folder.setPath(QStringLiteral("/harts/"));
    HartsUploadBox box(nullptr);
    box.setUploadUrl(folder.toString());
    QSignalSpy checked(&box, &HartsUploadBox::checked);
    box.setFiles(makeFiles(dir));
    QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, test::WaitMs);
    QCOMPARE(states(box), (QStringList(3, QStringLiteral("size not told: will be uploaded"))));
    QCOMPARE(box.bytesToMove(), 580000);
    // The consequence is named before anything is sent.
    QVERIFY2(summary(box).contains(QLatin1String("cannot cache")), qPrintable(summary(box)));
}

void tst_HartsUploadBox::badFolder()
{
    QTemporaryDir dir;
    HartsUploadBox box(nullptr);
    box.setUploadUrl(QStringLiteral("ftp://files.example.com/harts/"));
    box.setFiles(makeFiles(dir));
    QSignalSpy done(&box, &HartsUploadBox::finished);
    QSignalSpy status(&box, &HartsUploadBox::statusChanged);
    box.start();
    QCOMPARE(done.size(), 1);
    QVERIFY(!done[0][0].toBool());
    QVERIFY2(status.last()[0].toString().contains(QLatin1String("give an http:// or https:// address")),
        qPrintable(status.last()[0].toString()));
    QCOMPARE(states(box), (QStringList(3, QStringLiteral("not checked"))));
}

QTEST_MAIN(tst_HartsUploadBox)
#include "tst_hartsuploadbox.moc"
