// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "builder/builderclient.h"
#include "builder/builderreply.h"
#include "package/packageident.h"

#include <QAbstractListModel>
#include <QPointer>

#include <functional>
#include <optional>

namespace habmesos {

// The releases a Builder search found, paged as Builder pages them: 50 at a time, the next page
// asked for only when the view scrolls to the end (canFetchMore/fetchMore). Each row says
// whether that release is already here.
class BuilderSearchModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdentRole = Qt::UserRole + 1, // the release as "origin/name/version/release"
        LocalRole, // bool: already in the artifact cache or installed
    };

    explicit BuilderSearchModel(QObject* parent = nullptr);

    // Not owned; a new client (or none) drops what was shown.
    void setClient(BuilderClient* client);
    void setLocal(std::function<bool(const PackageIdent&)> isLocal);
    // Starts a search; an empty term clears the list.
    void search(const QString& term);
    const QString& term() const { return m_term; }
    int totalCount() const { return m_total; }
    bool isLoading() const { return m_reply != nullptr; }
    std::optional<PackageIdent> identAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void countChanged();
    void failed(const QString& message);

private:
    void requestPage(int range);
    void dropReply();

    QPointer<BuilderClient> m_client;
    std::function<bool(const PackageIdent&)> m_isLocal;
    QString m_term;
    QList<PackageIdent> m_items;
    int m_total = 0;
    int m_nextRange = 0;
    bool m_more = false;
    QPointer<BuilderReply> m_reply;
};

} // namespace habmesos
