// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/marathonserver.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace habmesos {

// Asks for the password or DC/OS token of a Marathon server when the SecretStore has none. With a
// keyring (a persistent store) the user may choose to remember it there; without one the dialog
// says that it is kept in memory only, until habmesos quits.
class SecretPromptDialog : public QDialog
{
    Q_OBJECT
public:
    SecretPromptDialog(const MarathonServer& server, bool storeIsPersistent, QWidget* parent = nullptr);

    QString secret() const;
    // Whether to write the secret into the keyring; always false without one.
    bool remember() const;

private:
    void updateAcceptable();

    QLabel* m_prompt = nullptr;
    QLineEdit* m_secret = nullptr;
    QCheckBox* m_remember = nullptr;
    QLabel* m_memoryNote = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_persistent = false;
};

} // namespace habmesos
