// SPDX-License-Identifier: Apache-2.0
#include "ui/labelsmodel.h"

#include "ui/exportdocument.h"

namespace habmesos {

LabelsModel::LabelsModel(ExportDocument* document, QObject* parent)
    : DocumentTableModel(
        document, ColumnCount, [](const ExportDocument& d) { return int(d.app().labels.size()); }, parent)
{ }

QString LabelsModel::keyAt(int row) const
{
    const auto& labels = m_document->app().labels;
    return row >= 0 && row < labels.size() ? labels.at(row).key : QString();
}

QVariant LabelsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& labels = m_document->app().labels;
    if (index.row() >= labels.size() || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    const MarathonKeyValue& kv = labels.at(index.row());
    return index.column() == KeyColumn ? kv.key : kv.value;
}

bool LabelsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    MarathonKeyValues labels = m_document->app().labels;
    MarathonKeyValue& kv = labels[index.row()];
    if (index.column() == KeyColumn) {
        const QString key = value.toString().trimmed();
        if (key.isEmpty())
            return false;
        kv.key = key;
    } else {
        kv.value = value.toString();
    }
    return m_document->setLabels(labels); // refused when the new key is another label's
}

Qt::ItemFlags LabelsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant LabelsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == KeyColumn ? tr("Label") : tr("Value");
}

bool LabelsModel::addLabel(const QString& key)
{
    const QString trimmed = key.trimmed();
    MarathonKeyValues labels = m_document->app().labels;
    if (trimmed.isEmpty())
        return false;
    for (const MarathonKeyValue& kv : labels) {
        if (kv.key == trimmed)
            return false;
    }
    labels.append({ trimmed, QString() });
    return m_document->setLabels(labels);
}

void LabelsModel::removeLabel(int row)
{
    MarathonKeyValues labels = m_document->app().labels;
    if (row < 0 || row >= labels.size())
        return;
    labels.removeAt(row);
    m_document->setLabels(labels);
}

} // namespace habmesos
