// SPDX-License-Identifier: Apache-2.0
#include "ui/environmentmodel.h"

#include "ui/exportdocument.h"

#include <QFont>

namespace habmesos {

EnvironmentModel::EnvironmentModel(ExportDocument* document, QObject* parent)
    : DocumentTableModel(
        document, ColumnCount, [](const ExportDocument& d) { return int(d.app().env.size()); }, parent)
{ }

QString EnvironmentModel::keyAt(int row) const
{
    const auto& env = m_document->app().env;
    return row >= 0 && row < env.size() ? env.at(row).key : QString();
}

QVariant EnvironmentModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (const QVariant marked = problemData(index, role); marked.isValid())
        return marked;
    const auto& env = m_document->app().env;
    if (index.row() >= env.size())
        return {};
    const MarathonKeyValue& kv = env.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return index.column() == KeyColumn ? kv.key : kv.value;
    case Qt::ToolTipRole:
        if (kv.key == m_document->configEnvName())
            return tr("The service configuration the Supervisor reads (the changed default.toml keys)");
        return m_document->isExtraEnv(kv.key) ? tr("Added by you") : tr("Set by the exporter");
    case Qt::FontRole:
        if (m_document->isExtraEnv(kv.key)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

bool EnvironmentModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString key = keyAt(index.row());
    if (index.column() == KeyColumn) {
        const QString newKey = value.toString().trimmed();
        if (!m_document->isExtraEnv(key))
            return false;
        if (newKey.isEmpty()) {
            m_document->refuseEdit(rowField(index.row()),
                tr("%1 keeps its name: a variable needs one (remove the row to drop it).").arg(key));
            return false;
        }
        if (!m_document->renameEnv(key, newKey)) {
            // Said on the row, never a silent no-op: the two would collapse into one.
            m_document->refuseEdit(rowField(index.row()),
                tr("%1 cannot be renamed to %2: %2 is set already. Choose another name, or change that row's value.")
                    .arg(key, newKey));
            return false;
        }
        return true;
    } else {
        m_document->setEnv(key, value.toString());
    }
    return true;
}

Qt::ItemFlags EnvironmentModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const QString key = keyAt(index.row());
    // The configuration override is edited key by key in the configuration table.
    if (index.column() == ValueColumn && key != m_document->configEnvName())
        f |= Qt::ItemIsEditable;
    if (index.column() == KeyColumn && m_document->isExtraEnv(key))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant EnvironmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == KeyColumn ? tr("Variable") : tr("Value");
}

int EnvironmentModel::addVariable()
{
    QString key = QStringLiteral("NEW_VARIABLE");
    for (int n = 2; m_document->app().envValue(key); ++n)
        key = QStringLiteral("NEW_VARIABLE_%1").arg(n);
    if (!m_document->addEnv(key))
        return -1;
    for (int row = 0; row < rowCount(); ++row) {
        if (keyAt(row) == key)
            return row;
    }
    return -1;
}

QString EnvironmentModel::rowField(int row) const
{
    const QString key = keyAt(row);
    return key.isEmpty() ? QString() : QStringLiteral("env/") + key;
}

} // namespace habmesos
