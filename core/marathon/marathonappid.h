// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fieldproblem.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace habmesos {

// Marathon application ids ("/origin/name"): checking them by the server's own rules, and making
// one from a Habitat package.
//
// Marathon ids are paths of DNS labels (its ids become host names such as name.origin.marathon...),
// so each segment must fully match Marathon's PathId.ID_PATH_SEGMENT_PATTERN (lowercase letters,
// digits, '-' and '.', every dot-separated label starting and ending with a letter or digit), and
// the last segment must not be one of the words the REST API uses after an id. Habitat allows '_'
// everywhere and upper case in names, so a package ident is not always a valid id.
class MarathonAppId
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::MarathonAppId)
public:
    // Marathon's per-segment regex, verbatim (it appears in Marathon's error messages).
    static QString segmentPattern();
    static QStringList reservedLastSegments(); // restart, tasks, versions, ., ..

    // Every problem Marathon would report for `id`, in the operator's words (the rule, not the regex), on `field`.
    // Relative ids are accepted (Marathon puts them under "/"), as are empty segments ("a//b"),
    // which Marathon drops.
    static FieldProblems validate(const QString& id, const QString& field = QStringLiteral("id"));
    static bool isValidSegment(QStringView segment);

    // The id for a package: "/origin/name", each segment made valid if it needs to be. Any change
    // comes back as one Warning on "id" that says what changed and why; an id that cannot be made
    // (a name that is only punctuation, or a reserved word such as "tasks") is an Error, and
    // `id` is then empty.
    struct FromPackage
    {
        QString id;
        FieldProblems problems;
    };
    static FromPackage fromPackage(const QString& origin, const QString& name);

    // One segment made valid: lowercased, '_' and other characters outside [a-z0-9.-] turned
    // into '-', '-' trimmed at the edges of each dot-separated label, empty labels dropped.
    // `changes` (optional) receives one short sentence per kind of change.
    static QString sanitizeSegment(QStringView segment, QStringList* changes = nullptr);
};

} // namespace habmesos
