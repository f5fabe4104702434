// SPDX-License-Identifier: Apache-2.0
// The Services page's ring (how the tasks find each other) and secrets (where the ring key, the
// gateway token and the Marathon credentials come from), and where a problem's field is.
#include "ui/servicestab.h"

#include "ui/bindsmodel.h"
#include "ui/exportdocument.h"
#include "ui/problemlabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>

namespace habmesos {

namespace {

bool asksMarathon(HabitatServiceOptions::Discovery d)
{
    return d == HabitatServiceOptions::Discovery::Automatic || d == HabitatServiceOptions::Discovery::Marathon;
}

} // namespace

QWidget* ServicesTab::makeRingBox(QWidget* parent)
{
    auto* box = new QGroupBox(tr("Ring"), parent);
    auto* form = new QFormLayout(box);
    using D = Options::Discovery;
    QComboBox* discovery = makeCombo(
        Discovery, box, QStringLiteral("service/discovery"),
        { { tr("Automatic"), int(D::Automatic) }, { tr("Alone"), int(D::Alone) },
            { tr("Marathon task list"), int(D::Marathon) }, { tr("Fixed peers"), int(D::Peers) } },
        [](const Options& o) { return int(o.discovery); }, [](Options& o, int v) { o.discovery = D(v); });
    discovery->setToolTip(tr("How each task's Supervisor finds the other members of its ring"));
    m_discoveryHelp = new QLabel(box);
    m_discoveryHelp->setWordWrap(true);
    m_discoveryHelp->setEnabled(false); // greyed: an explanation, not a value
    placeRow(form, tr("Discovery:"), { discovery }, Discovery);
    form->addRow(QString(), m_discoveryHelp);

    QLineEdit* ring = makeLine(
        Ring, box, QStringLiteral("service/ring"), [](const Options& o) { return o.ring; },
        [](const QString& t, Options& o) {
            o.ring = t.trimmed();
            return QString();
        });
    ring->setPlaceholderText(tr("the app's own ring"));
    ring->setToolTip(tr("Apps that name the same ring form one (a web app and its database): every app of the "
                        "ring is labelled with it. Empty: a ring of this app's tasks only"));
    placeRow(form, tr("Ring name:"), { ring }, Ring);

    QLineEdit* url = makeLine(
        MarathonUrl, box, QStringLiteral("service/marathonUrl"), [](const Options& o) { return o.marathonUrl; },
        [](const QString& t, Options& o) {
            o.marathonUrl = t.trimmed();
            return QString();
        });
    url->setPlaceholderText(tr("the server the app is deployed to"));
    url->setToolTip(tr("The Marathon the tasks ask for the ring's task list; it must be reachable from the agents"));
    m_useServer = new QPushButton(tr("Use the selected server"), box);
    connect(m_useServer, &QPushButton::clicked, this, [this] {
        Options options = m_document->settings().service;
        options.marathonUrl = m_selectedServerUrl;
        m_fields[MarathonUrl].refused.clear();
        if (options == m_document->settings().service)
            refresh();
        else
            m_document->setService(options);
    });
    placeRow(form, tr("Marathon URL:"), { url }, MarathonUrl);
    auto* useServerRow = new QHBoxLayout;
    useServerRow->addWidget(m_useServer);
    useServerRow->addStretch();
    form->addRow(QString(), useServerRow);

    auto* peers = new QPlainTextEdit(box);
    peers->setTabChangesFocus(true);
    peers->setPlaceholderText(tr("bastion-1.example.com:9638\n10.0.0.7"));
    peers->setToolTip(tr("The permanent peers every task joins (a bastion app): host or host:port, one per line; "
                         "the port is the gossip port, 9638 when not given"));
    peers->setMaximumHeight(peers->fontMetrics().lineSpacing() * 4 + 2 * peers->frameWidth() + 8);
    peers->installEventFilter(this);
    Field& f = m_fields[Peers];
    f.widget = peers;
    f.key = QStringLiteral("service/peers");
    f.text = [](const Options& o) { return o.peers.join(u'\n'); };
    f.parse = [](const QString& text, Options& o) {
        o.peers.clear();
        for (const QString& line : text.split(u'\n')) {
            if (!line.trimmed().isEmpty())
                o.peers.append(line.trimmed());
        }
        return QString();
    };
    placeRow(form, tr("Peers:"), { peers }, Peers);
    return box;
}

QWidget* ServicesTab::makeSecretsBox(QWidget* parent)
{
    auto* box = new QGroupBox(tr("Secrets"), parent);
    auto* form = new QFormLayout(box);
    auto* note
        = new QLabel(tr("Only where each secret is kept goes into the definition; the value itself never does."), box);
    note->setWordWrap(true);
    form->addRow(note);
    addSecret(RingKeySource, RingKey, form, tr("Ring key:"), QStringLiteral("service/ringKey"), &Options::ringKey);
    m_fields[RingKey].widget->setToolTip(tr("The ring's symmetric key (the contents of a SYM-SEC-1 file, as hab ring "
                                            "key generate writes it): every member of the ring needs the same"));
    addSecret(GatewayTokenSource, GatewayToken, form, tr("Gateway token:"), QStringLiteral("service/gatewayToken"),
        &Options::gatewayToken);
    m_fields[GatewayToken].widget->setToolTip(
        tr("The token the Supervisor's HTTP gateway asks of its clients (HAB_SUP_GATEWAY_AUTH_TOKEN)"));
    addSecret(MarathonAuthSource, MarathonAuth, form, tr("Marathon credentials:"),
        QStringLiteral("service/marathonAuth"), &Options::marathonAuth);
    m_fields[MarathonAuth].widget->setToolTip(
        tr("The Authorization header the tasks send when they ask Marathon for the ring's task list"));
    return box;
}

void ServicesTab::addSecret(FieldId sourceId, FieldId referenceId, QFormLayout* form, const QString& caption,
    const QString& key, Options::Secret Options::*member)
{
    using S = Options::Secret::Source;
    QWidget* box = form->parentWidget();
    QComboBox* source = makeCombo(
        sourceId, box, QString(),
        { { tr("None"), int(S::None) }, { tr("Marathon secret"), int(S::MarathonSecret) },
            { tr("File fetched with the app"), int(S::File) } },
        [member](const Options& o) { return int((o.*member).source); },
        [member](Options& o, int v) { (o.*member).source = S(v); });
    QLineEdit* reference = makeLine(
        referenceId, box, key, [member](const Options& o) { return (o.*member).reference; },
        [member](const QString& t, Options& o) {
            (o.*member).reference = t.trimmed();
            return QString();
        });
    placeRow(form, caption, { source, reference }, referenceId, 1);
    // The caption's buddy is the source; both say which part of the secret they are.
    source->setAccessibleName(tr("%1 source").arg(QString(caption).remove(u':')));
    reference->setAccessibleName(tr("%1 reference").arg(QString(caption).remove(u':')));
}

bool ServicesTab::focusField(const QString& field)
{
    const QString bindsPrefix = QStringLiteral("service/binds");
    if (ProblemLabel::covers({ bindsPrefix }, field)) {
        const int row = m_bindsModel->rowOf(field.section(u'/', 2, 2));
        if (row >= 0)
            m_bindsView->setCurrentIndex(m_bindsModel->index(row, BindsModel::GroupColumn));
        m_bindsView->setFocus(Qt::OtherFocusReason);
        return true;
    }
    for (int id = 0; id < FieldCount; ++id) {
        const Field& f = m_fields[id];
        if (f.key.isEmpty() || !ProblemLabel::covers({ f.key }, field))
            continue;
        // A secret without a source has its reference greyed: its source is where to start.
        const bool secret = id == RingKey || id == GatewayToken || id == MarathonAuth;
        QWidget* target = secret && !f.widget->isEnabled() ? m_fields[id - 1].widget : f.widget;
        target->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return false;
}

QLineEdit* ServicesTab::lineEdit(FieldId id) const
{
    return qobject_cast<QLineEdit*>(m_fields[id].widget);
}

QComboBox* ServicesTab::combo(FieldId id) const
{
    return qobject_cast<QComboBox*>(m_fields[id].widget);
}

QPlainTextEdit* ServicesTab::peersEdit() const
{
    return qobject_cast<QPlainTextEdit*>(m_fields[Peers].widget);
}

QCheckBox* ServicesTab::dataVolumeCheck() const
{
    return qobject_cast<QCheckBox*>(m_fields[DataVolume].widget);
}

void ServicesTab::setSelectedServerUrl(const QString& url)
{
    m_selectedServerUrl = url;
    m_useServer->setToolTip(url.isEmpty() ? tr("No Marathon server is selected in the Marathon panel")
                                          : tr("Fill in %1, the server selected in the Marathon panel").arg(url));
    updateEnabled();
}

void ServicesTab::updateEnabled()
{
    using D = Options::Discovery;
    using S = Options::Secret::Source;
    const Options& s = m_document->settings().service;
    const bool marathon = asksMarathon(s.discovery);
    m_fields[Ring].widget->setEnabled(marathon);
    m_fields[MarathonUrl].widget->setEnabled(marathon);
    m_useServer->setEnabled(marathon && !m_selectedServerUrl.isEmpty());
    m_fields[Peers].widget->setEnabled(s.discovery == D::Peers);
    m_fields[MarathonAuthSource].widget->setEnabled(marathon);
    m_fields[MarathonAuth].widget->setEnabled(marathon && s.marathonAuth.source != S::None);
    m_fields[RingKey].widget->setEnabled(s.ringKey.source != S::None);
    m_fields[GatewayToken].widget->setEnabled(s.gatewayToken.source != S::None);
    m_fields[DataVolumeSize].widget->setEnabled(s.dataVolumeMiB.has_value());
    for (auto [sourceId, referenceId] : { std::pair(RingKeySource, RingKey),
             std::pair(GatewayTokenSource, GatewayToken), std::pair(MarathonAuthSource, MarathonAuth) }) {
        const auto source = S(qobject_cast<QComboBox*>(m_fields[sourceId].widget)->currentData().toInt());
        auto* reference = qobject_cast<QLineEdit*>(m_fields[referenceId].widget);
        reference->setPlaceholderText(source == S::MarathonSecret ? tr("its path in the secret store")
                : source == S::File                               ? tr("URI the agents download it from")
                                                                  : QString());
    }
    switch (s.discovery) {
    case D::Automatic:
        m_discoveryHelp->setText(tr("Marathon's task list when the app runs two or more instances or names a ring; "
                                    "otherwise each task runs alone."));
        break;
    case D::Alone:
        m_discoveryHelp->setText(tr("No ring: each task's Supervisor runs by itself and sees no other service."));
        break;
    case D::Marathon:
        m_discoveryHelp->setText(tr("The tasks ask Marathon for the running tasks of every app labelled with the "
                                    "ring's name, and join them."));
        break;
    case D::Peers:
        m_discoveryHelp->setText(
            tr("The tasks join fixed, permanent peers (a bastion app), one host[:port] per line below."));
        break;
    }
}

} // namespace habmesos
