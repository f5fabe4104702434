// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/marathonserver.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace habmesos {

// Adds, changes and removes Marathon servers: name, URL, authentication, user and CA file. Never
// asks for passwords or tokens (they are asked for when first needed and kept in the SecretStore).
class ServersEditorDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ServersEditorDialog(const QList<MarathonServer>& servers, QWidget* parent = nullptr);

    QList<MarathonServer> servers() const { return m_servers; }
    // What is wrong with the list, or an empty string: names must be given and unique, URLs
    // http(s) with a host.
    static QString problem(const QList<MarathonServer>& servers);

    void accept() override;

private:
    void addServer();
    void removeServer();
    void showServer(int row);
    void storeForm();
    void updateForm();

    QList<MarathonServer> m_servers;
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
};

} // namespace habmesos
