// SPDX-License-Identifier: Apache-2.0
#include "ui/packagebrowser.h"

#include "ui/backgroundpool.h"

#include "ui/builderpanel.h"
#include "ui/dependencytreemodel.h"
#include "ui/packagedetailsloader.h"
#include "ui/packagetreemodel.h"

#include <QDir>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QtConcurrent>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace habmesos {

namespace {

PackageRepository::Options repositoryOptions(const PackageSources& sources)
{
    PackageRepository::Options options;
    options.artifactCache = sources.artifactCache;
    options.installedRoot = sources.installedRoot;
    options.useInstalled = sources.useInstalled;
    return options;
}

} // namespace

PackageBrowser::PackageBrowser(QWidget* parent)
    : QWidget(parent)
    , m_repository(repositoryOptions({}))
    , m_treeModel(new PackageTreeModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_filterEdit(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_loader(new PackageDetailsLoader(this))
    , m_dependencies(new DependencyTreeModel(this))
    , m_details(new QLabel(this))
    , m_dependencyView(new QTreeView(this))
    , m_sourceTabs(new QTabWidget(this))
    , m_builder(new BuilderPanel(this))
{
    m_filter->setSourceModel(m_treeModel);
    m_filter->setRecursiveFilteringEnabled(true);
    m_filter->setAutoAcceptChildRows(true);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filterEdit->setPlaceholderText(tr("Filter packages"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setAccessibleName(tr("Filter packages"));
    m_filterEdit->installEventFilter(this); // Down and Enter move into the results
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setFilterFixedString(text);
        if (!text.isEmpty())
            m_tree->expandAll();
    });
    m_tree->setModel(m_filter);
    m_tree->setUniformRowHeights(true);
    // Names in full: in a narrow column the source scrolls into view instead of eliding them.
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setAccessibleName(tr("Packages"));
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex& current, const QModelIndex& previous) {
            const auto ref = PackageTreeModel::refAt(m_filter->mapToSource(current));
            if (!ref)
                return;
            // A click in the tree replaces the definition: the guard may keep it (Cancel), and the
            // tree then goes back to the package the definition is about.
            if (!m_openingProgrammatically && m_switchGuard && !m_switchGuard()) {
                QTimer::singleShot(0, this, [this, back = QPersistentModelIndex(previous)] {
                    const QSignalBlocker blocker(m_tree->selectionModel());
                    m_tree->setCurrentIndex(back);
                    m_tree->viewport()->update();
                });
                return;
            }
            select(*ref);
        });

    m_details->setObjectName(QStringLiteral("packageDetails"));
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setOpenExternalLinks(false);
    m_details->setTextInteractionFlags(
        Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_details, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link == QLatin1String("habmesos:demo"))
            Q_EMIT demoRequested();
    });
    showEmpty();
    m_dependencyView->setModel(m_dependencies);
    m_dependencyView->setUniformRowHeights(true);
    m_dependencyView->setAccessibleName(tr("Dependencies"));
    m_dependencyView->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_filterEdit);
    topLayout->addWidget(m_tree);
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    // Long details (a package's issues) scroll rather than push the window taller or wider.
    auto* detailsArea = new QScrollArea(bottom);
    detailsArea->setWidgetResizable(true);
    detailsArea->setFrameShape(QFrame::NoFrame);
    detailsArea->setWidget(m_details);
    bottomLayout->addWidget(detailsArea, 1);
    bottomLayout->addWidget(m_dependencyView, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    // Builder beside this machine's packages: a release opened there is downloaded, then opened
    // here as a local one.
    m_sourceTabs->addTab(top, tr("This machine"));
    m_sourceTabs->addTab(m_builder, tr("Builder"));
    m_sourceTabs->setDocumentMode(true);
    m_builder->setLocal([this](const PackageIdent& ident) { return m_repository.resolve(ident); });
    m_builder->setCaches(m_repository.artifactCacheDir(), QString());
    connect(m_builder, &BuilderPanel::packageFetched, this, [this](const QString& ident) {
        m_sourceTabs->setCurrentIndex(0);
        m_pendingOpen = ident; // opened when the rescan that finds it ends
        rescan();
    });
    splitter->addWidget(m_sourceTabs);
    splitter->addWidget(bottom);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(
        m_loader, &PackageDetailsLoader::loaded, this, [this](const PackageRef& ref, const PackageClosure& closure) {
            showDetails(ref, closure);
            Q_EMIT packageLoaded(m_currentRequest, closure);
        });
}

void PackageBrowser::setSources(const PackageSources& sources)
{
    m_sources = sources;
    m_repository = PackageRepository(repositoryOptions(sources));
    m_builder->setCaches(m_repository.artifactCacheDir(), sources.keyDir);
    m_explicit.clear();
    // A closure being read, or a package waiting for the scan, belongs to the old folders.
    if (m_loader->isLoading() || !m_pendingOpen.isEmpty() || m_currentRequest.isEmpty()) {
        m_currentRequest.clear();
        showEmpty();
    }
    m_loader->cancel();
    m_pendingOpen.clear();
    rescan();
}

void PackageBrowser::rescan()
{
    if (m_scan) {
        // The running scan's result is for an older state of the folders: drop it.
        m_scan->disconnect(this);
        m_scan->deleteLater();
    }
    m_scanning = true;
    m_scan = new QFutureWatcher<PackageRepository>(this);
    auto* watcher = m_scan;
    connect(watcher, &QFutureWatcher<PackageRepository>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_scan = nullptr;
        m_scanning = false;
        m_repository = watcher->result();
        // A .hart opened earlier that no longer reads (deleted, replaced by something else) leaves
        // the list, as it would if it had never been opened.
        m_explicit.removeIf([this](const PackageRef& ref) { return !m_repository.addArtifact(ref.path).ok(); });
        m_treeModel->setPackages(m_repository.packages());
        m_tree->expandToDepth(1);
        m_builder->setLocal([this](const PackageIdent& ident) { return m_repository.resolve(ident); });
        if (m_currentRequest.isEmpty() && m_pendingOpen.isEmpty())
            showEmpty(); // now with what was found
        Q_EMIT scanFinished();
        if (!m_pendingOpen.isEmpty())
            openPackage(std::exchange(m_pendingOpen, QString()));
    });
    watcher->setFuture(QtConcurrent::run(backgroundPool(), [repository = m_repository]() mutable {
        repository.scan();
        return repository;
    }));
}

bool PackageBrowser::openPackage(const QString& package)
{
    if (PackageRepository::namesFile(package))
        return openArtifact(package);
    if (m_scanning) {
        m_pendingOpen = package;
        return true;
    }
    const auto ident = PackageIdent::parse(package);
    if (!ident) {
        fail(package, ident.error());
        return false;
    }
    const auto ref = m_repository.resolve(ident.value());
    if (!ref) {
        fail(package,
            tr("No package %1 in %2. Pick one in the list, or open its .hart file.")
                .arg(package, QDir::toNativeSeparators(m_repository.artifactCacheDir())));
        return false;
    }
    const QModelIndex index = m_filter->mapFromSource(m_treeModel->indexOf(ref->ident.toString()));
    if (index.isValid() && index != m_tree->currentIndex()) {
        m_openingProgrammatically = true; // the window asked about unsaved changes already
        m_tree->setCurrentIndex(index); // selects through currentChanged
        m_openingProgrammatically = false;
        m_tree->scrollTo(index);
    } else {
        select(*ref);
    }
    return true;
}

bool PackageBrowser::openArtifact(const QString& hartPath)
{
    if (m_scanning) {
        // Its dependencies are looked up in the cache being scanned: wait for the scan.
        m_pendingOpen = hartPath;
        m_details->setText(tr("Looking for packages…"));
        return true;
    }
    auto added = m_repository.addArtifact(hartPath);
    if (!added) {
        fail(hartPath, added.error());
        return false;
    }
    m_explicit.append(added.value());
    select(added.value());
    return true;
}

void PackageBrowser::select(const PackageRef& ref)
{
    m_currentRequest = ref.source == PackageRef::Source::ExplicitArtifact ? ref.path : ref.ident.toString();
    m_details->setText(tr("Reading %1 and its dependencies…").arg(ref.ident.toString()));
    m_dependencies->setClosure({});
    Q_EMIT packageLoading(m_currentRequest);
    m_loader->load(ref, m_repository, m_sources.keyDir);
}

void PackageBrowser::fail(const QString& request, const QString& message)
{
    m_loader->cancel(); // a package still being read is no longer the one asked for
    m_currentRequest.clear();
    m_dependencies->setClosure({});
    showMessage(message);
    Q_EMIT packageFailed(request, message);
}

QString PackageBrowser::emptyText() const
{
    const int found = m_treeModel->rowCount();
    QString html
        = QStringLiteral("<p>%1</p>")
              .arg(found > 0
                      ? tr("Pick a package, find one on Builder (the Builder tab), open a .hart file or drop one here.")
                            .toHtmlEscaped()
                      : tr("No package found. Find one on Builder (the Builder tab), open a .hart file, "
                           "drop one here, or build one with Habitat first.")
                            .toHtmlEscaped());
    QStringList places;
    if (!m_sources.artifactCache.isEmpty())
        places.append(tr("the artifact cache %1").arg(QDir::toNativeSeparators(m_sources.artifactCache)));
    if (m_sources.useInstalled && !m_sources.installedRoot.isEmpty())
        places.append(tr("the installed packages in %1").arg(QDir::toNativeSeparators(m_sources.installedRoot)));
    if (!places.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("Looked in:").toHtmlEscaped());
        html += QStringLiteral("<ul>");
        for (const QString& place : places)
            html += QStringLiteral("<li>%1</li>").arg(place.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<p><a href=\"habmesos:demo\">%1</a></p>").arg(tr("Open the demo package").toHtmlEscaped());
    return html;
}

void PackageBrowser::showEmpty()
{
    m_details->setText(emptyText());
}

bool PackageBrowser::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_filterEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_filter->rowCount() == 0)
                return false;
            m_tree->setFocus(Qt::TabFocusReason);
            if (!m_tree->currentIndex().isValid())
                m_tree->setCurrentIndex(m_filter->index(0, 0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PackageBrowser::showMessage(const QString& text)
{
    m_details->setText(text.toHtmlEscaped());
}

void PackageBrowser::showDetails(const PackageRef& ref, const PackageClosure& closure)
{
    m_dependencies->setClosure(closure);
    m_dependencyView->expandAll();
    const PackageClosure::Member* root = closure.rootMember();
    if (!root || !root->inspected) {
        QString why = root ? root->error : QString();
        if (why.isEmpty() && !closure.issues.isEmpty())
            why = closure.issues.first().message;
        showMessage(tr("%1 could not be read: %2").arg(ref.ident.toString(), why));
        return;
    }
    const PackageArtifact& a = root->artifact;
    const PackageMetadata& m = a.metadata;
    auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value);
    };
    QStringList exposes;
    for (quint16 port : m.exposes)
        exposes.append(QString::number(port));
    QStringList exports;
    for (const auto& [name, key] : m.exports)
        exports.append(QStringLiteral("%1 → %2").arg(name, key).toHtmlEscaped());
    const bool verified = a.verification == Verification::Verified;
    QString verification = verificationText(a.verification).toHtmlEscaped();
    if (!verified && !a.verificationDetail.isEmpty())
        verification += QStringLiteral("<br><small>%1</small>").arg(a.verificationDetail.toHtmlEscaped());
    QString html = QStringLiteral("<table cellspacing=2>");
    html += row(tr("Package"), m.ident.toString().toHtmlEscaped());
    html += row(tr("Target"), m.target.toHtmlEscaped());
    html += row(tr("Source"), PackageRef::sourceText(ref.source).toHtmlEscaped());
    html += row(tr("Signer"), a.signer.isEmpty() ? tr("none") : a.signer.toHtmlEscaped());
    html += row(tr("Signature"),
        QStringLiteral("<span style='color:%1'>%2</span>")
            .arg(verified ? QStringLiteral("green") : QStringLiteral("#b00000"), verification));
    html += row(tr("Exposes"), exposes.isEmpty() ? tr("nothing") : exposes.join(QStringLiteral(", ")));
    html += row(tr("Exports"), exports.isEmpty() ? tr("nothing") : exports.join(QStringLiteral("<br>")));
    html += row(tr("Service user"),
        m.svcUser.isEmpty() ? tr("not a service") : QStringLiteral("%1:%2").arg(m.svcUser, m.svcGroup).toHtmlEscaped());
    html += row(tr("Dependencies"),
        tr("%n present", nullptr, int(closure.members.size()) - 1)
            + (closure.missing.isEmpty() ? QString()
                                         : QStringLiteral(", <span style='color:#b00000'>%1</span>")
                                               .arg(tr("%n missing", nullptr, int(closure.missing.size())))));
    html += QStringLiteral("</table>");
    for (const PackageClosure::Issue& issue : closure.issues) {
        if (issue.kind == PackageClosure::Issue::Kind::Unverified && issue.package == m.ident)
            continue; // already said above
        html += QStringLiteral("<p style='color:%1'>%2</p>")
                    .arg(issue.isError() ? QStringLiteral("#b00000") : QStringLiteral("#8a6d00"),
                        issue.message.toHtmlEscaped());
    }
    m_details->setText(html);
}

} // namespace habmesos
