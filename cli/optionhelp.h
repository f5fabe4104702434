// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

namespace habmesos {

// QCommandLineParser lists options in one block; with some forty of them the help is readable only
// in groups, so the text is laid out here (in Qt's format) from the same option objects.
class OptionHelp
{
public:
    struct Group
    {
        QString title;
        QList<QCommandLineOption> options;
    };
    // usage: "Usage: habmesos export [options] <package>"; arguments: the positional arguments' block.
    static QString text(const QString& usage, const QString& description, const QList<Group>& groups,
        const QString& arguments, const QString& epilogue);
};

} // namespace habmesos
