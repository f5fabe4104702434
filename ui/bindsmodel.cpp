// SPDX-License-Identifier: Apache-2.0
#include "ui/bindsmodel.h"

#include "ui/exportdocument.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>
#include <QSet>

namespace habmesos {

QList<BindsModel::Row> BindsModel::rowsOf(const ExportDocument& document)
{
    QList<Row> rows;
    QSet<QString> names;
    if (document.hasPackage()) {
        for (const auto& [name, exports] : document.facts().binds) {
            rows.append({ name, Kind::Required, exports });
            names.insert(name);
        }
        for (const auto& [name, exports] : document.facts().bindsOptional) {
            rows.append({ name, Kind::Optional, exports });
            names.insert(name);
        }
    }
    for (const HabitatServiceOptions::Bind& bind : document.settings().service.binds) {
        if (!names.contains(bind.name)) {
            rows.append({ bind.name, Kind::NotInPackage, {} });
            names.insert(bind.name);
        }
    }
    return rows;
}

BindsModel::BindsModel(ExportDocument* document, QObject* parent)
    : DocumentTableModel(
        document, ColumnCount, [](const ExportDocument& d) { return int(rowsOf(d).size()); }, parent)
{ }

QString BindsModel::bindName(int row) const
{
    return rowsOf(*m_document).value(row).name;
}

int BindsModel::rowOf(const QString& bindName) const
{
    const QList<Row> rows = rowsOf(*m_document);
    for (int row = 0; row < rows.size(); ++row) {
        if (rows.at(row).name == bindName)
            return row;
    }
    return -1;
}

QString BindsModel::rowField(int row) const
{
    const QString name = bindName(row);
    return name.isEmpty() ? QString() : QStringLiteral("service/binds/") + name;
}

QString BindsModel::groupOf(const QString& bindName) const
{
    for (const HabitatServiceOptions::Bind& bind : m_document->settings().service.binds) {
        if (bind.name == bindName)
            return bind.serviceGroup;
    }
    return {};
}

void BindsModel::setGroup(const QString& bindName, const QString& group)
{
    HabitatServiceOptions service = m_document->settings().service;
    const QString text = group.trimmed();
    qsizetype at = -1;
    for (qsizetype i = 0; i < service.binds.size(); ++i) {
        if (service.binds.at(i).name == bindName)
            at = i;
    }
    if (text.isEmpty()) {
        if (at >= 0)
            service.binds.removeAt(at);
    } else if (at >= 0) {
        service.binds[at].serviceGroup = text;
    } else {
        service.binds.append({ bindName, text });
    }
    m_document->setService(service); // no step when nothing changed
}

QVariant BindsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QList<Row> rows = rowsOf(*m_document);
    if (index.row() >= rows.size())
        return {};
    if (const QVariant marked = problemData(index, role); marked.isValid())
        return marked;
    const Row& row = rows.at(index.row());
    const QString group = groupOf(row.name);
    switch (index.column()) {
    case NameColumn:
        return role == Qt::DisplayRole ? QVariant(row.name) : QVariant();
    case KindColumn:
        if (role != Qt::DisplayRole)
            return {};
        return row.kind == Kind::Required ? tr("Required")
            : row.kind == Kind::Optional  ? tr("Optional")
                                          : tr("Not in the package");
    case ExportsColumn:
        if (role == Qt::DisplayRole)
            return row.exports.join(QStringLiteral(", "));
        if (role == Qt::ToolTipRole && !row.exports.isEmpty())
            return tr("The bound service group must export %1").arg(row.exports.join(QStringLiteral(", ")));
        return {};
    case GroupColumn:
        if (role == Qt::EditRole)
            return group;
        if (role == Qt::DisplayRole)
            return group.isEmpty() && row.kind == Kind::Required ? tr("not bound yet") : group;
        if (role == Qt::ForegroundRole && group.isEmpty())
            return QGuiApplication::palette().brush(QPalette::PlaceholderText); // a hint, not a value
        if (role == Qt::ToolTipRole)
            return tr("The service group to bind to: service.group, or service.group@organization");
        return {};
    }
    return {};
}

bool BindsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != GroupColumn || role != Qt::EditRole)
        return false;
    const QString name = bindName(index.row());
    if (name.isEmpty())
        return false;
    setGroup(name, value.toString());
    return true;
}

Qt::ItemFlags BindsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return index.column() == GroupColumn ? base | Qt::ItemIsEditable : base;
}

QVariant BindsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case NameColumn:
            return tr("The bind's name, as the package declares it");
        case KindColumn:
            return tr("A required bind (BINDS) must be bound before the app is exported or deployed; an optional one "
                      "(BINDS_OPTIONAL) may be");
        case ExportsColumn:
            return tr("The configuration keys the bound service group must export");
        case GroupColumn:
            return tr("service.group[@organization] of the service this bind uses (hab sup run --bind)");
        }
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Bind");
    case KindColumn:
        return tr("Kind");
    case ExportsColumn:
        return tr("Needs");
    case GroupColumn:
        return tr("Service group");
    }
    return {};
}

} // namespace habmesos
