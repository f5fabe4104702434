// SPDX-License-Identifier: Apache-2.0
#include "ui/portsmodel.h"

#include "ui/exportdocument.h"

namespace habmesos {

PortsModel::PortsModel(ExportDocument* document, QObject* parent)
    : DocumentTableModel(
        document, ColumnCount, [](const ExportDocument& d) { return int(d.app().portDefinitions.size()); }, parent)
{ }

QVariant PortsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (const QVariant marked = problemData(index, role); marked.isValid())
        return marked;
    const auto& ports = m_document->app().portDefinitions;
    if (index.row() >= ports.size())
        return {};
    const MarathonPortDefinition& p = ports.at(index.row());
    if (role == Qt::DisplayRole && index.column() == PortColumn && p.port == 0)
        return tr("dynamic");
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return p.name;
    case PortColumn:
        return p.port;
    case ProtocolColumn:
        return p.protocol;
    default:
        return {};
    }
}

bool PortsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    QList<MarathonPortDefinition> ports = m_document->app().portDefinitions;
    MarathonPortDefinition& p = ports[index.row()];
    switch (index.column()) {
    case NameColumn:
        p.name = value.toString().trimmed();
        break;
    case PortColumn: {
        // Any whole number is taken as typed; out of 0-65535 the validator says so on the row.
        bool ok = false;
        const int port = value.toString().trimmed().toInt(&ok);
        if (!ok) {
            m_document->refuseEdit(rowField(index.row()) + QStringLiteral("/port"),
                tr("Port %1: \"%2\" is not a port number; give a number from 1 to 65535, or 0 for any free port.")
                    .arg(p.name.isEmpty() ? QString::number(index.row() + 1) : p.name, value.toString()));
            return false;
        }
        p.port = port;
        break;
    }
    case ProtocolColumn:
        p.protocol = value.toString().trimmed();
        break;
    default:
        return false;
    }
    m_document->setPorts(ports);
    return true;
}

Qt::ItemFlags PortsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant PortsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case PortColumn:
        return tr("Port");
    case ProtocolColumn:
        return tr("Protocol");
    default:
        return {};
    }
}

void PortsModel::addPort()
{
    QList<MarathonPortDefinition> ports = m_document->app().portDefinitions;
    MarathonPortDefinition p;
    p.name = QStringLiteral("port%1").arg(ports.size());
    ports.append(p);
    m_document->setPorts(ports);
}

void PortsModel::removePort(int row)
{
    QList<MarathonPortDefinition> ports = m_document->app().portDefinitions;
    if (row < 0 || row >= ports.size())
        return;
    ports.removeAt(row);
    m_document->setPorts(ports);
}

QString PortsModel::rowField(int row) const
{
    // The legacy flavour's "ports" are the same rows.
    return QStringLiteral("portDefinitions/%1").arg(row);
}

} // namespace habmesos
