// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "definition/deploymentoptions.h"

#include <QWidget>

#include <functional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace habmesos {

class ExportDocument;
class ExtraFetchModel;

// How Marathon rolls the app out and relaunches it, where it may run and what else the agents
// download: Marathon's upgrade strategy, backoff, accepted resource roles, user and extra fetch
// URIs (DeploymentOptions). Empty fields leave Marathon's defaults, shown greyed in them. A field
// takes its value when editing finishes (one undo step); a value that is not a number is not taken
// and said under the field, as are the validator's problems.
class DeploymentForm : public QWidget
{
    Q_OBJECT
public:
    explicit DeploymentForm(ExportDocument* document, QWidget* parent = nullptr);

    // Focuses the widget of a problem's field ("backoffFactor", "acceptedResourceRoles/1", "fetch/2/uri"
    // for an extra download); false when the field is not on this page.
    bool focusField(const QString& field);

    // For tests.
    QLineEdit* minHealthEdit() const { return m_fields[MinHealth].edit; }
    QLineEdit* maxOverEdit() const { return m_fields[MaxOver].edit; }
    QLineEdit* backoffEdit() const { return m_fields[Backoff].edit; }
    QLineEdit* backoffFactorEdit() const { return m_fields[BackoffFactor].edit; }
    QLineEdit* maxLaunchDelayEdit() const { return m_fields[MaxLaunchDelay].edit; }
    QLineEdit* rolesEdit() const { return m_fields[Roles].edit; }
    QLineEdit* userEdit() const { return m_fields[User].edit; }
    QLabel* problemLabelOf(const QLineEdit* edit) const;
    QTableView* fetchTable() const { return m_fetchTable; }
    ExtraFetchModel* fetchModel() const { return m_fetchModel; }
    QPushButton* addFetchButton() const { return m_addFetch; }
    QPushButton* removeFetchButton() const { return m_removeFetch; }
    QLabel* fetchProblemLabel() const { return m_fetchProblem; }

private:
    enum FieldId
    {
        MinHealth,
        MaxOver,
        Backoff,
        BackoffFactor,
        MaxLaunchDelay,
        Roles,
        User,
        FieldCount
    };
    struct Field
    {
        QLineEdit* edit = nullptr;
        QLabel* problem = nullptr;
        QString path; // the JSON field its problems are on (a prefix for the roles)
        QString refused; // a value that was not taken, until the next edit
    };

    QLineEdit* addField(FieldId id, QFormLayout* form, const QString& label, const QString& path, const QString& help);
    void commit(FieldId id);
    // The options with field `id` set from `text`; a message when the text is not a value.
    QString parse(FieldId id, const QString& text, DeploymentOptions& options) const;
    QString textOf(FieldId id) const; // the field as the settings have it
    QString placeholderOf(FieldId id) const; // Marathon's default, or the builder's
    void refresh();

    ExportDocument* m_document;
    Field m_fields[FieldCount];
    QTableView* m_fetchTable = nullptr;
    ExtraFetchModel* m_fetchModel = nullptr;
    QPushButton* m_addFetch = nullptr;
    QPushButton* m_removeFetch = nullptr;
    QLabel* m_fetchProblem = nullptr;
};

} // namespace habmesos
