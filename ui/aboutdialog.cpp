// SPDX-License-Identifier: Apache-2.0
#include "ui/aboutdialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QUrl>
#include <QVBoxLayout>

#include <archive.h>
#include <libdeflate.h>
#include <sodium.h>
#include <toml++/impl/version.h>

namespace habmesos {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
    , m_text(new QLabel(this))
{
    setWindowTitle(tr("About habmesos"));
    QString html = QStringLiteral("<h3>habmesos %1</h3><p>%2</p>")
                       .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                           tr("Exports Chef Habitat packages as Mesos container tarballs and Marathon applications. "
                              "Licensed under the Apache License 2.0.")
                               .toHtmlEscaped());
    html += QStringLiteral("<p>%1</p><ul>").arg(tr("Built with:").toHtmlEscaped());
    for (const QString& library : libraries())
        html += QStringLiteral("<li>%1</li>").arg(library.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    const QUrl readme = readmeUrl();
    if (!readme.isEmpty())
        html += QStringLiteral("<p><a href=\"%1\">%2</a></p>")
                    .arg(readme.toString(QUrl::FullyEncoded), tr("Read the README (how to use it, how it is tested)"));
    else
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("The README is in the source distribution (README.md); it was not installed here.")
                             .toHtmlEscaped());
    m_text->setText(html);
    m_text->setTextFormat(Qt::RichText);
    m_text->setOpenExternalLinks(true);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString AboutDialog::text() const
{
    return m_text->text();
}

QStringList AboutDialog::libraries()
{
    // Versions of the libraries loaded now, where they say (a shared library may be newer than the
    // headers habmesos was built with); libdeflate and toml++ only have their headers' version.
    return {
        tr("Qt %1 (LGPL-3.0)").arg(QString::fromLatin1(qVersion())),
        tr("%1 (BSD-2-Clause)").arg(QString::fromLatin1(archive_version_string())),
        tr("libsodium %1 (ISC)").arg(QString::fromLatin1(sodium_version_string())),
        tr("libdeflate %1 (MIT)").arg(QStringLiteral(LIBDEFLATE_VERSION_STRING)),
        tr("toml++ %1.%2.%3 (MIT)").arg(TOML_LIB_MAJOR).arg(TOML_LIB_MINOR).arg(TOML_LIB_PATCH),
    };
}

QUrl AboutDialog::readmeUrl()
{
    for (const char* path : { HABMESOS_INSTALLED_README, HABMESOS_SOURCE_README }) {
        const QString file = QString::fromLocal8Bit(path);
        if (QFileInfo(file).isFile())
            return QUrl::fromLocalFile(file);
    }
    return {};
}

} // namespace habmesos
