// SPDX-License-Identifier: Apache-2.0
#include "ui/buildersearchmodel.h"

#include "builder/builderclient.h"
#include "builder/builderpackage.h"
#include "builder/builderreply.h"

namespace habmesos {

BuilderSearchModel::BuilderSearchModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void BuilderSearchModel::setClient(BuilderClient* client)
{
    m_client = client;
    search(QString());
}

void BuilderSearchModel::setLocal(std::function<bool(const PackageIdent&)> isLocal)
{
    m_isLocal = std::move(isLocal);
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_items.size()) - 1), { Qt::DisplayRole, Qt::ToolTipRole, LocalRole });
}

void BuilderSearchModel::dropReply()
{
    if (!m_reply)
        return;
    disconnect(m_reply, nullptr, this, nullptr);
    m_reply->abort();
    m_reply->deleteLater();
    m_reply = nullptr;
    Q_EMIT loadingChanged(false);
}

void BuilderSearchModel::search(const QString& term)
{
    dropReply();
    beginResetModel();
    m_term = term.trimmed();
    m_items.clear();
    m_total = 0;
    m_nextRange = 0;
    m_more = false;
    endResetModel();
    Q_EMIT countChanged();
    if (!m_term.isEmpty() && m_client)
        requestPage(0);
}

void BuilderSearchModel::requestPage(int range)
{
    m_reply = m_client->search(m_term, range, false);
    Q_EMIT loadingChanged(true);
    BuilderReply* reply = m_reply;
    connect(reply, &BuilderReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_reply = nullptr;
        Q_EMIT loadingChanged(false);
        if (!reply->ok()) {
            m_more = false;
            Q_EMIT failed(reply->error().message);
            return;
        }
        const auto page = BuilderPage::fromJson(reply->body(), tr("searching for “%1”").arg(m_term));
        if (!page) {
            m_more = false;
            Q_EMIT failed(page.error());
            return;
        }
        // Builder's search pages are aligned on 50: ask from the end of this one.
        if (!page->items.isEmpty()) {
            beginInsertRows({}, int(m_items.size()), int(m_items.size() + page->items.size()) - 1);
            m_items += page->items;
            endInsertRows();
        }
        m_total = page->totalCount;
        m_nextRange = page->rangeEnd + 1;
        m_more = page->hasMore() && !page->items.isEmpty();
        Q_EMIT countChanged();
    });
}

std::optional<PackageIdent> BuilderSearchModel::identAt(int row) const
{
    if (row < 0 || row >= m_items.size())
        return std::nullopt;
    return m_items.at(row);
}

int BuilderSearchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant BuilderSearchModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const PackageIdent& ident = m_items.at(index.row());
    const bool local = ident.isFullyQualified() && m_isLocal && m_isLocal(ident);
    switch (role) {
    case Qt::DisplayRole:
        return local ? tr("%1 (here)").arg(ident.toString()) : ident.toString();
    case Qt::ToolTipRole:
        return local ? tr("Already in the artifact cache or installed") : tr("On Builder only");
    case IdentRole:
        return ident.toString();
    case LocalRole:
        return local;
    default:
        return {};
    }
}

bool BuilderSearchModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more && !m_reply;
}

void BuilderSearchModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent) && m_client)
        requestPage(m_nextRange);
}

} // namespace habmesos
