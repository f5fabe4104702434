// SPDX-License-Identifier: Apache-2.0
#include "ui/constraintsmodel.h"

#include "marathon/marathonvalidator.h"
#include "ui/exportdocument.h"

namespace habmesos {

ConstraintsModel::ConstraintsModel(ExportDocument* document, QObject* parent)
    : DocumentTableModel(
        document, ColumnCount, [](const ExportDocument& d) { return int(d.app().constraints.size()); }, parent)
{ }

QVariant ConstraintsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (const QVariant marked = problemData(index, role); marked.isValid())
        return marked;
    const auto& constraints = m_document->app().constraints;
    if (index.row() >= constraints.size())
        return {};
    const MarathonConstraint& c = constraints.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == OperatorColumn)
        return tr("One of %1").arg(MarathonValidator::constraintOperators().join(QStringLiteral(", ")));
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case FieldColumn:
        return c.field;
    case OperatorColumn:
        return c.op;
    case ValueColumn:
        return c.value.value_or(QString());
    default:
        return {};
    }
}

bool ConstraintsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    QList<MarathonConstraint> constraints = m_document->app().constraints;
    MarathonConstraint& c = constraints[index.row()];
    const QString text = value.toString();
    switch (index.column()) {
    case FieldColumn:
        c.field = text.trimmed();
        break;
    case OperatorColumn:
        c.op = text.trimmed().toUpper();
        break;
    case ValueColumn:
        c.value = text.isEmpty() ? std::nullopt : std::optional<QString>(text);
        break;
    default:
        return false;
    }
    m_document->setConstraints(constraints);
    return true;
}

Qt::ItemFlags ConstraintsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant ConstraintsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case OperatorColumn:
        return tr("Operator");
    case ValueColumn:
        return tr("Value");
    default:
        return {};
    }
}

void ConstraintsModel::addConstraint()
{
    QList<MarathonConstraint> constraints = m_document->app().constraints;
    constraints.append({ QStringLiteral("hostname"), QStringLiteral("UNIQUE"), std::nullopt });
    m_document->setConstraints(constraints);
}

void ConstraintsModel::removeConstraint(int row)
{
    QList<MarathonConstraint> constraints = m_document->app().constraints;
    if (row < 0 || row >= constraints.size())
        return;
    constraints.removeAt(row);
    m_document->setConstraints(constraints);
}

QString ConstraintsModel::rowField(int row) const
{
    return QStringLiteral("constraints/%1").arg(row);
}

} // namespace habmesos
