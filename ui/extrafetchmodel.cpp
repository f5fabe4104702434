// SPDX-License-Identifier: Apache-2.0
#include "ui/extrafetchmodel.h"

#include "ui/exportdocument.h"

#include <QBrush>
#include <QPalette>

namespace habmesos {

namespace {

const QList<MarathonFetch>& extras(const ExportDocument& d)
{
    return d.settings().deployment.extraFetch;
}

bool isFlag(int column)
{
    return column == ExtraFetchModel::ExtractColumn || column == ExtraFetchModel::ExecutableColumn
        || column == ExtraFetchModel::CacheColumn;
}

bool& flagOf(MarathonFetch& f, int column)
{
    return column == ExtraFetchModel::ExtractColumn   ? f.extract
        : column == ExtraFetchModel::ExecutableColumn ? f.executable
                                                      : f.cache;
}

} // namespace

ExtraFetchModel::ExtraFetchModel(ExportDocument* document, QObject* parent)
    : DocumentTableModel(
        document, ColumnCount, [](const ExportDocument& d) { return int(extras(d).size()); }, parent)
{ }

int ExtraFetchModel::fetchIndexOf(int row) const
{
    // The builder leaves the tarball out when its address is not known: count from the end.
    return int(m_document->app().fetch.size() - extras(*m_document).size()) + row;
}

QString ExtraFetchModel::rowField(int row) const
{
    return QStringLiteral("fetch/%1").arg(fetchIndexOf(row));
}

QStringList ExtraFetchModel::problemsOf(int row) const
{
    return rowProblems(row);
}

QVariant ExtraFetchModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& list = extras(*m_document);
    if (index.row() >= list.size())
        return {};
    const MarathonFetch& f = list.at(index.row());
    const int column = index.column();
    if (const QVariant marked = problemData(index, role); marked.isValid())
        return marked;
    if (isFlag(column)) {
        if (role != Qt::CheckStateRole)
            return {};
        MarathonFetch copy = f;
        return flagOf(copy, column) ? Qt::Checked : Qt::Unchecked;
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    return column == UriColumn ? f.uri : f.destPath;
}

bool ExtraFetchModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int column = index.column();
    if (isFlag(column)) {
        if (role != Qt::CheckStateRole)
            return false;
        const bool on = value.toInt() == Qt::Checked; // the delegate sends an int or a Qt::CheckState
        replace(index.row(), [&](MarathonFetch& f) { flagOf(f, column) = on; });
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    const QString text = value.toString().trimmed();
    replace(index.row(), [&](MarathonFetch& f) { (column == UriColumn ? f.uri : f.destPath) = text; });
    return true;
}

Qt::ItemFlags ExtraFetchModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return isFlag(index.column()) ? base | Qt::ItemIsUserCheckable : base | Qt::ItemIsEditable;
}

QVariant ExtraFetchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case UriColumn:
            return tr("An http, https, ftp or file URL, or an absolute path on the agents");
        case ExtractColumn:
            return tr("Unpack archives (.tgz, .tar.gz, .zip and the like) into the sandbox");
        case ExecutableColumn:
            return tr("Make the file executable (it is then not unpacked)");
        case CacheColumn:
            return tr("Keep it in the agent's fetcher cache: it is never downloaded again from this URI");
        case DestPathColumn:
            return tr("The file name in the sandbox (destPath); empty: the URI's own name");
        }
        return {};
    }
    switch (section) {
    case UriColumn:
        return tr("URI");
    case ExtractColumn:
        return tr("Extract");
    case ExecutableColumn:
        return tr("Executable");
    case CacheColumn:
        return tr("Cache");
    case DestPathColumn:
        return tr("Save as");
    }
    return {};
}

void ExtraFetchModel::replace(int row, auto&& change)
{
    DeploymentOptions d = m_document->settings().deployment;
    if (row < 0 || row >= d.extraFetch.size())
        return;
    change(d.extraFetch[row]);
    m_document->setDeployment(d);
}

void ExtraFetchModel::addRow()
{
    DeploymentOptions d = m_document->settings().deployment;
    d.extraFetch.append(MarathonFetch());
    m_document->setDeployment(d);
}

void ExtraFetchModel::removeRow(int row)
{
    DeploymentOptions d = m_document->settings().deployment;
    if (row < 0 || row >= d.extraFetch.size())
        return;
    d.extraFetch.removeAt(row);
    m_document->setDeployment(d);
}

} // namespace habmesos
