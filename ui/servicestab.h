// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "marathon/habitatserviceoptions.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace habmesos {

class BindsModel;
class ExportDocument;

// How the Supervisor runs the service in the task (ExportSettings::service): the package's binds,
// the `hab sup run` options, the ring the tasks form, where its secrets come from and a persistent
// volume for the service's data. A text field takes its value when editing finishes, a choice when
// it is made: one undo step each. Text that is not a value (a number field) is not taken and said
// under the field; the derivation's problems on `service/<member>` show under their fields.
class ServicesTab : public QWidget
{
    Q_OBJECT
public:
    enum FieldId
    {
        Group,
        Topology,
        Strategy,
        UpdateCondition,
        Channel,
        BuilderUrl,
        HealthCheckInterval,
        BindingMode,
        Discovery,
        Ring,
        MarathonUrl,
        Peers,
        RingKeySource, // each secret: its source right before its reference
        RingKey,
        GatewayTokenSource,
        GatewayToken,
        MarathonAuthSource,
        MarathonAuth,
        DataVolume, // the check box
        DataVolumeSize,
        FieldCount
    };

    explicit ServicesTab(ExportDocument* document, QWidget* parent = nullptr);
    ~ServicesTab() override;

    // As wide as the page's fields, as short as the scroll area inside: the form column makes room
    // for the fields, the page scrolls down.
    QSize minimumSizeHint() const override;

    // Focuses the widget of a problem's field ("service/peers", "service/binds/db"); false when the
    // field is not on this page.
    bool focusField(const QString& field);
    // The server picker's current server ("Use the selected server"); empty: none.
    void setSelectedServerUrl(const QString& url);

    // For tests.
    QWidget* field(FieldId id) const { return m_fields[id].widget; }
    QLineEdit* lineEdit(FieldId id) const;
    QComboBox* combo(FieldId id) const;
    QPlainTextEdit* peersEdit() const;
    QCheckBox* dataVolumeCheck() const;
    // The text under a field (hidden when it has no problem); nullptr for a field whose problems
    // show under its partner (a secret's source, the volume's check box).
    QLabel* problemLabelOf(FieldId id) const { return m_fields[id].problem; }
    QLabel* discoveryHelpLabel() const { return m_discoveryHelp; }
    QPushButton* useSelectedServerButton() const { return m_useServer; }
    QTableView* bindsView() const { return m_bindsView; }
    BindsModel* bindsModel() const { return m_bindsModel; }
    QLabel* noBindsLabel() const { return m_noBinds; }
    QLabel* bindsProblemLabel() const { return m_bindsProblem; }

private:
    using Options = HabitatServiceOptions;
    struct Field
    {
        QWidget* widget = nullptr;
        QLabel* problem = nullptr;
        QString key; // the FieldProblem field ("service/group"); empty: shown with its partner
        QString refused; // text that was not taken, until the next edit
        // Text fields: the text the settings make, and the settings with the text (or why not).
        std::function<QString(const Options&)> text;
        std::function<QString(const QString&, Options&)> parse;
        // Choices (combo boxes, the check box): which one the settings make, and the settings with one.
        std::function<int(const Options&)> choice;
        std::function<void(Options&, int)> choose;
    };

    QWidget* makeBindsBox(QWidget* parent);
    QWidget* makeServiceBox(QWidget* parent);
    QWidget* makeRingBox(QWidget* parent);
    QWidget* makeSecretsBox(QWidget* parent);
    QWidget* makeDataBox(QWidget* parent);
    // Field widgets wired to the document (a text field commits when editing finishes).
    QLineEdit* makeLine(FieldId id, QWidget* parent, const QString& key, std::function<QString(const Options&)> text,
        std::function<QString(const QString&, Options&)> parse);
    QComboBox* makeCombo(FieldId id, QWidget* parent, const QString& key, const QList<QPair<QString, int>>& items,
        std::function<int(const Options&)> choice, std::function<void(Options&, int)> choose);
    // A row of `form`: the widgets side by side (widget `stretch` takes the room; -1: none does),
    // the problems of field `problemOf` under them.
    void placeRow(
        QFormLayout* form, const QString& caption, const QList<QWidget*>& widgets, FieldId problemOf, int stretch = 0);
    void addSecret(FieldId sourceId, FieldId referenceId, QFormLayout* form, const QString& caption, const QString& key,
        Options::Secret Options::*member);
    void commitText(FieldId id);
    void commitChoice(FieldId id, int value);
    bool eventFilter(QObject* watched, QEvent* event) override;
    void refresh();
    void updateEnabled();

    QPointer<ExportDocument> m_document; // the window may delete the document first
    QWidget* m_page = nullptr; // what the scroll area scrolls
    Field m_fields[FieldCount];
    BindsModel* m_bindsModel = nullptr;
    QTableView* m_bindsView = nullptr;
    QLabel* m_noBinds = nullptr;
    QLabel* m_bindsProblem = nullptr;
    QLabel* m_discoveryHelp = nullptr;
    QPushButton* m_useServer = nullptr;
    QString m_selectedServerUrl;
};

} // namespace habmesos
