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
    if (const QVariant marked = problemData(index, role); marked.isValid())
        return marked;
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
    const QString oldKey = kv.key;
    if (index.column() == KeyColumn) {
        const QString key = value.toString().trimmed();
        if (key.isEmpty()) {
            m_document->refuseEdit(rowField(index.row()),
                tr("The label %1 keeps its name: a label needs one (remove the row to drop it).").arg(oldKey));
            return false;
        }
        kv.key = key;
    } else {
        kv.value = value.toString();
    }
    if (m_document->setLabels(labels))
        return true;
    // Refused when the new key is another label's: said on the row, never a silent no-op.
    m_document->refuseEdit(rowField(index.row()),
        tr("The label %1 cannot be renamed to %2: %2 is a label already. Choose another name.").arg(oldKey, kv.key));
    return false;
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

int LabelsModel::addRow()
{
    QString key = QStringLiteral("new-label");
    auto taken = [this](const QString& k) {
        for (const MarathonKeyValue& kv : m_document->app().labels) {
            if (kv.key == k)
                return true;
        }
        return false;
    };
    for (int n = 2; taken(key); ++n)
        key = QStringLiteral("new-label-%1").arg(n);
    return addLabel(key) ? rowCount() - 1 : -1;
}

QString LabelsModel::rowField(int row) const
{
    const QString key = keyAt(row);
    return key.isEmpty() ? QString() : QStringLiteral("labels/") + key;
}

} // namespace habmesos
