// SPDX-License-Identifier: Apache-2.0
#include "ui/secretpromptdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace habmesos {

SecretPromptDialog::SecretPromptDialog(const MarathonServer& server, bool storeIsPersistent, QWidget* parent)
    : QDialog(parent)
    , m_persistent(storeIsPersistent)
{
    const bool isToken = server.auth == MarathonServer::Auth::DcosToken;
    const QString where = server.name.isEmpty()
        ? MarathonServer::normalizedUrl(server.url).toString()
        : tr("%1 (%2)").arg(server.name, MarathonServer::normalizedUrl(server.url).toString());
    setWindowTitle(isToken ? tr("DC/OS Token") : tr("Marathon Password"));

    m_prompt = new QLabel(this);
    m_prompt->setWordWrap(true);
    m_prompt->setTextFormat(Qt::PlainText);
    if (isToken)
        m_prompt->setText(tr("Enter the DC/OS authentication token for %1:").arg(where));
    else
        m_prompt->setText(tr("Enter the password of %1 on %2:").arg(server.userName, where));

    m_secret = new QLineEdit(this);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(isToken ? tr("Token") : tr("Password"));
    m_prompt->setBuddy(m_secret);

    m_remember = new QCheckBox(tr("&Remember in the desktop keyring"), this);
    m_remember->setChecked(true);
    m_remember->setVisible(m_persistent);

    // Whole sentences for each case: translations need their own grammar for "token" and "password".
    m_memoryNote = new QLabel(isToken ? tr("No desktop keyring is available. The token is kept in memory until "
                                           "habmesos quits and is never written to disk.")
                                      : tr("No desktop keyring is available. The password is kept in memory until "
                                           "habmesos quits and is never written to disk."),
        this);
    m_memoryNote->setWordWrap(true);
    m_memoryNote->setVisible(!m_persistent);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_secret, &QLineEdit::textChanged, this, &SecretPromptDialog::updateAcceptable);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    layout->addWidget(m_secret);
    layout->addWidget(m_remember);
    layout->addWidget(m_memoryNote);
    layout->addWidget(m_buttons);
    updateAcceptable();
}

QString SecretPromptDialog::secret() const
{
    return m_secret->text();
}

bool SecretPromptDialog::remember() const
{
    return m_persistent && m_remember->isChecked();
}

void SecretPromptDialog::updateAcceptable()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_secret->text().isEmpty());
}

} // namespace habmesos
