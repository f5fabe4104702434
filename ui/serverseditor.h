// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/marathonserver.h"

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QStringList>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace habmesos {

class MarathonClient;
class MarathonReply;
class SecretStore;

// Adds, changes and removes Marathon servers: name, URL, authentication, user and CA file. Never
// asks for passwords or tokens (they are asked for when first needed and kept in the SecretStore).
// What is typed stays as typed while switching rows (also a URL that does not parse yet). Test
// Connection asks the chosen server for GET /v2/info (with the secret the store has, if any) and
// shows its version and leader, or why it could not.
class ServersEditorDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ServersEditorDialog(const QList<MarathonServer>& servers, QWidget* parent = nullptr);
    ~ServersEditorDialog() override;

    QList<MarathonServer> servers() const { return m_servers; }
    // What is wrong with the list, or an empty string: names must be given and unique, URLs
    // http(s) with a host.
    static QString problem(const QList<MarathonServer>& servers);

    void accept() override;

    // Where Test Connection finds a stored password or token; none: it tries without.
    void setSecretStore(SecretStore* secrets) { m_secrets = secrets; }
    void setTestTimeout(int ms) { m_testTimeoutMs = ms; }
    // Tests the current row's server; the answer is shown in testResult().
    void testConnection();
    QString testResult() const;

Q_SIGNALS:
    void connectionTested(bool ok);

private:
    void addServer();
    void removeServer();
    void showServer(int row);
    void storeForm();
    void updateForm();
    void runTest(const MarathonServer& server, const QString& secret);

    QList<MarathonServer> m_servers;
    QStringList m_typedUrls; // per row, the URL as typed
    SecretStore* m_secrets = nullptr;
    int m_testTimeoutMs = 15000;
    std::unique_ptr<MarathonClient> m_testClient;
    QPointer<MarathonReply> m_testReply;
    quint64 m_test = 0; // counts the tests: a late keyring answer for an earlier one is dropped
    int m_row = -1;
    bool m_loading = false;

    QListWidget* m_list = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_url = nullptr;
    QComboBox* m_auth = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_caFile = nullptr;
    QPushButton* m_browse = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_testButton = nullptr;
    QLabel* m_testResult = nullptr;
};

} // namespace habmesos
