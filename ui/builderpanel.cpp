// SPDX-License-Identifier: Apache-2.0
#include "ui/builderpanel.h"

#include "builder/builderclient.h"
#include "builder/builderreply.h"
#include "builder/fetchqueue.h"
#include "package/supervisorpackages.h"
#include "ui/buildersearchmodel.h"
#include "ui/secretstore.h"
#include "ui/settings.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

namespace habmesos {

namespace {
// Habitat's exporters take the Supervisor's packages from --base-pkgs-channel, default base.
const QString SupervisorChannel = QStringLiteral("base");
} // namespace

BuilderPanel::BuilderPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new BuilderSearchModel(this))
    , m_url(new QLineEdit(this))
    , m_channel(new QLineEdit(this))
    , m_tokenButton(new QPushButton(tr("Token…"), this))
    , m_where(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_results(new QListView(this))
    , m_count(new QLabel(this))
    , m_details(new QLabel(this))
    , m_open(new QPushButton(tr("Download and open"), this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    m_url->setPlaceholderText(BuilderSettings::DefaultUrl);
    m_url->setAccessibleName(tr("Builder URL"));
    m_channel->setPlaceholderText(BuilderSettings::DefaultChannel);
    m_channel->setAccessibleName(tr("Builder channel"));
    m_tokenButton->setToolTip(tr("The personal access token for private and licence-restricted packages, kept in the "
                                 "desktop's keyring"));
    m_where->setWordWrap(true);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_search->setPlaceholderText(tr("Search Builder"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search Builder"));
    m_results->setModel(m_model);
    m_results->setUniformItemSizes(true);
    m_results->setAccessibleName(tr("Builder packages"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_open->setEnabled(false);
    // The browser's column sets the window's smallest width (1024 px must do, in German too):
    // these buttons give up their text's width rather than widen it.
    for (QPushButton* button : { m_tokenButton, m_open, m_cancel }) {
        button->setSizePolicy(QSizePolicy::Ignored, button->sizePolicy().verticalPolicy());
        button->setMinimumWidth(button->fontMetrics().averageCharWidth() * 8);
    }
    m_url->setMinimumWidth(m_url->fontMetrics().averageCharWidth() * 10);
    m_channel->setMinimumWidth(m_channel->fontMetrics().averageCharWidth() * 6);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);

    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    auto* channelRow = new QHBoxLayout;
    channelRow->addWidget(m_channel, 1);
    channelRow->addWidget(m_tokenButton);
    form->addRow(tr("URL"), m_url);
    form->addRow(tr("Channel"), channelRow);
    auto* fetchRow = new QHBoxLayout;
    fetchRow->addWidget(m_progress, 1);
    fetchRow->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_where);
    layout->addWidget(m_search);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_details);
    layout->addWidget(m_open);
    layout->addLayout(fetchRow);

    connect(m_url, &QLineEdit::editingFinished, this, [this] {
        if (m_settingsStore)
            m_settingsStore->setBuilderUrl(m_url->text());
        loadToken();
    });
    connect(m_channel, &QLineEdit::editingFinished, this, [this] {
        if (m_settingsStore)
            m_settingsStore->setBuilderChannel(m_channel->text());
        applySettings();
    });
    connect(m_tokenButton, &QPushButton::clicked, this, &BuilderPanel::askForToken);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { m_model->search(m_search->text()); });
    connect(m_model, &BuilderSearchModel::countChanged, this, [this] {
        m_count->setText(m_model->term().isEmpty()
                ? QString()
                : tr("%1 of %n release(s) shown", nullptr, m_model->totalCount()).arg(m_model->rowCount()));
    });
    connect(m_model, &BuilderSearchModel::failed, this, [this](const QString& message) { m_count->setText(message); });
    connect(m_results->selectionModel(), &QItemSelectionModel::currentChanged, this, &BuilderPanel::showSelected);
    connect(m_results, &QListView::activated, this, [this](const QModelIndex& index) { openRow(index.row()); });
    connect(m_open, &QPushButton::clicked, this, [this] { openRow(m_results->currentIndex().row()); });
    connect(m_cancel, &QPushButton::clicked, this, &BuilderPanel::cancelFetch);
    applySettings();
}

BuilderPanel::~BuilderPanel() = default;

void BuilderPanel::setSettings(Settings* settings)
{
    m_settingsStore = settings;
    if (settings) {
        m_url->setText(settings->builderUrl());
        m_channel->setText(settings->builderChannel());
    }
    loadToken();
}

void BuilderPanel::setSecretStore(SecretStore* secrets)
{
    m_secrets = secrets;
    loadToken();
}

void BuilderPanel::setCaches(const QString& artifactCache, const QString& keyCache)
{
    m_artifactCache = artifactCache;
    m_keyCache = keyCache;
}

void BuilderPanel::setLocal(std::function<std::optional<PackageRef>(const PackageIdent&)> resolveLocal)
{
    m_resolveLocal = std::move(resolveLocal);
    m_model->setLocal(
        [this](const PackageIdent& ident) { return m_resolveLocal && m_resolveLocal(ident).has_value(); });
    showSelected();
}

QString BuilderPanel::tokenKey() const
{
    const QUrl url = m_settings ? m_settings->url : QUrl(BuilderSettings::DefaultUrl);
    return SecretStore::keyFor(url, QStringLiteral("habitat-builder-token"));
}

void BuilderPanel::loadToken()
{
    applySettings(); // the key follows the URL
    if (!m_secrets || !m_settings)
        return;
    m_secrets->readSecret(tokenKey(), this, [this](const SecretStore::Reply& reply) {
        const QString token = reply.outcome == SecretStore::Outcome::Ok ? reply.secret : QString();
        if (token != m_token) {
            m_token = token;
            applySettings();
        }
    });
}

void BuilderPanel::askForToken()
{
    bool ok = false;
    const QString token = QInputDialog::getText(this, tr("Builder token"),
        tr("Personal access token for %1 (empty: none; kept in %2)")
            .arg(m_settings ? m_settings->url.toString() : BuilderSettings::DefaultUrl,
                m_secrets ? m_secrets->displayName() : tr("memory")),
        QLineEdit::Password, QString(), &ok)
                              .trimmed();
    if (!ok)
        return;
    m_token = token;
    applySettings();
    if (!m_secrets)
        return;
    auto done = [this](const SecretStore::Reply& reply) {
        if (reply.outcome != SecretStore::Outcome::Ok && reply.outcome != SecretStore::Outcome::NotFound)
            m_where->setText(m_where->text() + u' ' + tr("The token could not be kept: %1").arg(reply.error));
    };
    if (token.isEmpty())
        m_secrets->deleteSecret(tokenKey(), this, done);
    else
        m_secrets->writeSecret(tokenKey(), token, this, done);
}

void BuilderPanel::applySettings()
{
    // The running download uses the client: a token the keyring sends meanwhile waits for its end.
    if (isFetching()) {
        m_applyAfterFetch = true;
        return;
    }
    BuilderSettings::Given given { m_url->text(), m_channel->text(), m_token, {} };
    const auto resolved = BuilderSettings::resolve(given);
    m_model->setClient(nullptr);
    m_client.reset();
    if (!resolved) {
        m_settings.reset();
        m_where->setText(resolved.error());
        m_search->setEnabled(false);
        return;
    }
    m_settings = resolved.value();
    const QString token = m_settings->token.isEmpty()
        ? tr("no token")
        : tr("token %1")
              .arg(m_settings->tokenFrom == BuilderSettings::From::Option
                      ? tr("from the keyring")
                      : BuilderSettings::describe(m_settings->tokenFrom,
                          m_settings->tokenFrom == BuilderSettings::From::Environment ? QStringLiteral("HAB_AUTH_TOKEN")
                                                                                      : QString()));
    m_where->setText(tr("%1, %2, %3").arg(m_settings->describeUrl(), m_settings->describeChannel(), token));
    BuilderClient::Options options;
    options.settings = *m_settings;
    m_client = std::make_unique<BuilderClient>(options);
    m_model->setClient(m_client.get());
    m_search->setEnabled(true);
    if (!m_search->text().trimmed().isEmpty())
        m_model->search(m_search->text());
}

void BuilderPanel::showSelected()
{
    const auto ident = m_model->identAt(m_results->currentIndex().row());
    m_open->setEnabled(ident.has_value() && !isFetching());
    ++m_channelsAsked;
    if (!ident || !m_client) {
        m_details->clear();
        return;
    }
    const bool here = m_resolveLocal && m_resolveLocal(*ident).has_value();
    const QString where = here ? tr("Already here.") : tr("Not here yet: opening downloads it and its closure.");
    m_details->setText(where);
    // The release's channels and the package's versions, in one line once both are in.
    auto channels = std::make_shared<QString>();
    auto versions = std::make_shared<QString>();
    auto show = [this, where, channels, versions, asked = m_channelsAsked] {
        if (asked != m_channelsAsked || channels->isNull() || versions->isNull())
            return;
        m_details->setText(QStringLiteral("%1 %2 %3").arg(*channels, *versions, where));
    };
    BuilderReply* inChannels = m_client->releaseChannels(*ident);
    connect(inChannels, &BuilderReply::finished, this, [inChannels, channels, show] {
        inChannels->deleteLater();
        QStringList names;
        for (const QJsonValue& c : inChannels->json().array())
            names << c.toObject().value(QStringLiteral("name")).toString();
        *channels = inChannels->ok() ? tr("In channels: %1.").arg(names.join(QStringLiteral(", ")))
                                     : inChannels->error().message;
        show();
    });
    BuilderReply* allVersions = m_client->versions(ident->origin(), ident->name());
    connect(allVersions, &BuilderReply::finished, this, [allVersions, versions, show] {
        allVersions->deleteLater();
        QStringList list;
        // Newest first, as Builder orders them; release_count is a string there.
        for (const QJsonValue& v : allVersions->json().array()) {
            const QJsonObject o = v.toObject();
            list << tr("%1 (%2 release(s))")
                        .arg(o.value(QStringLiteral("version")).toString(),
                            o.value(QStringLiteral("release_count")).toVariant().toString());
        }
        *versions = allVersions->ok() && !list.isEmpty()
            ? tr("Versions: %1.")
                  .arg((list.size() > 8 ? list.mid(0, 8) << QStringLiteral("…") : list).join(QStringLiteral(", ")))
            : QStringLiteral(""); // not null: shown without
        show();
    });
}

bool BuilderPanel::isFetching() const
{
    return m_queue && m_queue->isRunning();
}

void BuilderPanel::setFetching(bool fetching)
{
    m_progress->setVisible(fetching);
    m_cancel->setVisible(fetching);
    m_open->setEnabled(!fetching && m_model->identAt(m_results->currentIndex().row()).has_value());
    m_url->setEnabled(!fetching);
    m_channel->setEnabled(!fetching);
    m_tokenButton->setEnabled(!fetching);
}

void BuilderPanel::openRow(int row)
{
    const auto ident = m_model->identAt(row);
    if (!ident || !m_client || isFetching())
        return;
    QList<FetchPlan::Request> requests { { { *ident }, QString(), ident->toString() } };
    // The Supervisor's packages, when none is here (the export says what else may be missing).
    for (const SupervisorPackages::Part part : SupervisorPackages::parts) {
        if (part == SupervisorPackages::Part::Cacerts)
            continue;
        const QString name = SupervisorPackages::packageName(part);
        const PackageIdent chef(QStringLiteral("chef"), name), core(QStringLiteral("core"), name);
        if (!m_resolveLocal || (!m_resolveLocal(chef) && !m_resolveLocal(core)))
            requests << FetchPlan::Request { { chef, core }, SupervisorChannel, tr("the Supervisor's %1").arg(name) };
    }
    ClosureDownloader::Options options;
    options.artifactCache = m_artifactCache;
    options.keyCache = m_keyCache;
    if (m_resolveLocal) {
        options.alsoPresent
            = [resolveLocal = m_resolveLocal](const PackageIdent& member) { return resolveLocal(member).has_value(); };
    }
    m_queue = std::make_unique<FetchQueue>(m_client.get(), options);
    connect(m_queue.get(), &FetchQueue::progress, this, [this](const ClosureDownloader::Progress& p) {
        m_progress->setMaximum(qMax(1, p.packages));
        m_progress->setValue(p.packagesDone);
        m_progress->setFormat(tr("%1 of %2 packages, %3 MiB")
                                  .arg(p.packagesDone)
                                  .arg(p.packages)
                                  .arg(double(p.bytes) / (1 << 20), 0, 'f', 1));
    });
    connect(m_queue.get(), &FetchQueue::activity, m_details, &QLabel::setText);
    connect(m_queue.get(), &FetchQueue::finished, this, [this, ident = *ident] {
        const Status result = *m_queue->result();
        m_queue.release()->deleteLater();
        setFetching(false);
        if (std::exchange(m_applyAfterFetch, false))
            applySettings();
        if (!result) {
            const QString message
                = result.isCancelled() ? tr("Download cancelled; nothing partial was kept.") : result.error();
            m_details->setText(message);
            Q_EMIT fetchFailed(message);
            return;
        }
        m_details->setText(tr("%1 and its closure are here.").arg(ident.toString()));
        Q_EMIT packageFetched(ident.toString());
    });
    setFetching(true);
    m_progress->setMaximum(0); // busy until the closure is known
    m_queue->start(requests);
}

void BuilderPanel::cancelFetch()
{
    if (isFetching())
        m_queue->cancel();
}

} // namespace habmesos
