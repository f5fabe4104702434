// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QLabel;

namespace habmesos {

// Help ▸ About: the version, the libraries habmesos runs on with their versions (asked of each
// library at run time where it can say) and licences, and where the README is.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);

    // The README installed with habmesos (or beside the sources in a build tree), as a local
    // file URL; else the README's place in the sources' repository is unknown and this is empty.
    static QUrl readmeUrl();
    // "Qt 6.4.2 (LGPL-3.0)" and so on, one line per library.
    static QStringList libraries();
    QString text() const;

private:
    QLabel* m_text;
};

} // namespace habmesos
