// SPDX-License-Identifier: Apache-2.0
#include "ui/desktopintegration.h"

#include <QFile>
#include <QGuiApplication>
#include <QImageReader>
#include <QTest>

using namespace habmesos;

class tst_DesktopIntegration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appIdMatchesInstalledFiles();
    void iconIsEmbedded();
    void applySetsDesktopFileNameAndIcon();
};

void tst_DesktopIntegration::appIdMatchesInstalledFiles()
{
    const QString id = DesktopIntegration::appId();
    QCOMPARE(id, QStringLiteral("io.github.habmesos.Habmesos"));
    for (const QString& suffix :
        { QStringLiteral(".desktop"), QStringLiteral(".metainfo.xml"), QStringLiteral(".svg") })
        QVERIFY2(
            QFile::exists(QStringLiteral(HABMESOS_SOURCE_DIR "/resources/") + id + suffix), qPrintable(id + suffix));
}

void tst_DesktopIntegration::iconIsEmbedded()
{
    QFile svg(QStringLiteral(":/icons/%1.svg").arg(DesktopIntegration::appId()));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QVERIFY(svg.readAll().contains("<svg"));
}

void tst_DesktopIntegration::applySetsDesktopFileNameAndIcon()
{
    DesktopIntegration::apply();
    QCOMPARE(QGuiApplication::desktopFileName(), DesktopIntegration::appId());
    // Rendering the SVG needs Qt's SVG icon engine (Debian: libqt6svg6, in scripts/debian-packages.txt).
    if (!QImageReader::supportedImageFormats().contains("svg"))
        QSKIP("Qt's SVG plugins (libqt6svg6) are not installed: the window icon cannot be rendered");
    const QIcon icon = QGuiApplication::windowIcon();
    QVERIFY(!icon.isNull());
    const QImage image = icon.pixmap(64, 64).toImage();
    QCOMPARE(image.size(), QSize(64, 64));
    // The hexagon's orange is at the top centre; the corners are transparent.
    QCOMPARE(image.pixelColor(2, 2).alpha(), 0);
    const QColor top = image.pixelColor(32, 8);
    QVERIFY2(top.red() > 200 && top.green() > 100 && top.blue() < 100, qPrintable(top.name()));
}

QTEST_MAIN(tst_DesktopIntegration)
#include "tst_desktopintegration.moc"
