// SPDX-License-Identifier: Apache-2.0
#include "ui/configmodel.h"

#include "ui/exportdocument.h"

#include <QFont>

namespace habmesos {

ConfigModel::ConfigModel(ExportDocument* document, QObject* parent)
    : DocumentTableModel(
        document, ColumnCount, [](const ExportDocument& d) { return int(d.config().entries().size()); }, parent)
{ }

QVariant ConfigModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (const QVariant marked = problemData(index, role); marked.isValid())
        return marked;
    const auto& entries = m_document->config().entries();
    if (index.row() >= entries.size())
        return {};
    const HabitatConfig::Entry& e = entries.at(index.row());
    if (role == Qt::FontRole && e.changed) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case KeyColumn:
        return HabitatConfig::dottedKey(e.keys);
    case DefaultColumn:
        return e.defaultValue;
    case ValueColumn:
        return e.value;
    default:
        return {};
    }
}

bool ConfigModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || index.column() != ValueColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const auto& entries = m_document->config().entries();
    if (index.row() >= entries.size())
        return false;
    m_document->setConfigValue(entries.at(index.row()).keys, value.toString().trimmed());
    return true;
}

Qt::ItemFlags ConfigModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == ValueColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ConfigModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case DefaultColumn:
        return tr("Default");
    case ValueColumn:
        return tr("Value");
    default:
        return {};
    }
}

void ConfigModel::resetRow(int row)
{
    const auto& entries = m_document->config().entries();
    if (row >= 0 && row < entries.size())
        m_document->resetConfigValue(entries.at(row).keys);
}

QString ConfigModel::rowField(int row) const
{
    const auto& entries = m_document->config().entries();
    if (row < 0 || row >= entries.size())
        return {};
    // A refused value is said on "env/HAB_<PKG>/<dotted key>" (ExportDocument::setConfigValue).
    return QStringLiteral("env/%1/%2").arg(m_document->configEnvName(), HabitatConfig::dottedKey(entries.at(row).keys));
}

} // namespace habmesos
