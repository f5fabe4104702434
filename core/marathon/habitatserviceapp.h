// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fieldproblem.h"
#include "marathon/habitatserviceoptions.h"
#include "marathon/marathonapp.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace habmesos {

struct HabitatPackageFacts;

// Puts HabitatServiceOptions into the Marathon app as the contract in habitatserviceoptions.h
// says (HABMESOS_SUP_ARGS, the ring's label and variables, secret references or secret files, the
// persistent data volume), and says what is wrong with the options as FieldProblems on their
// `service/<member>` keys: check() from HabitatAppBuilder::build, apply() from ::finish, when the
// instances, the app id, the operator's environment and upgrade strategy are final.
// MarathonAppImport reads the same back.
class HabitatServiceApp
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::HabitatServiceApp)
public:
    using Options = HabitatServiceOptions;

    // One of the three secrets: the option's member, its variable, its name (in `secrets` and in
    // the sandbox, HabitatServiceOptions::secretFilePath) and its field key.
    struct SecretSlot
    {
        Options::Secret Options::*member;
        QString variable;
        QString name;
        QString field;
    };
    static QList<SecretSlot> secretSlots();

    // What the options say about the package alone (binds: required, unknown, their syntax) and
    // the syntax of the Supervisor's options: HabitatAppBuilder::build calls it.
    static void check(const HabitatPackageFacts& facts, const Options& service, FieldProblems& problems);
    // The options into the app, with what depends on the app (instances, id, the operator's
    // environment): HabitatAppBuilder::finish calls it.
    static void apply(
        MarathonApp& app, const HabitatPackageFacts& facts, const Options& service, FieldProblems& problems);

    // Discovery::Automatic resolved: Marathon when the app wants a ring (wantsRing) and Marathon's
    // address is known, else Alone (with a warning from apply() when a ring was wanted).
    static Options::Discovery discovery(const Options& service, int instances);
    // Two or more instances, or a ring name given.
    static bool wantsRing(const Options& service, int instances);
    // The ring's name: the operator's, or made from the app id (defaultRingName).
    static QString ringName(const Options& service, const QString& appId);
    // The app id as a label value and query word: without its leading '/', lower case, every
    // character other than a-z and 0-9 as '-', no leading, trailing or double '-' ("/team/web" ->
    // "team-web"); "habitat" when nothing is left.
    static QString defaultRingName(const QString& appId);

    // The `hab sup run` options the settings make, one token each ("--group", "blue", ...);
    // valid values only (check() reports the others).
    static QStringList supArgs(const Options& service, const HabitatPackageFacts& facts);
    // HABMESOS_SUP_ARGS back into `service` (the inverse of supArgs); false when it holds anything
    // supArgs does not write.
    static bool readSupArgs(const QString& value, Options& service);

    // The required binds (BINDS) the options do not give, one message each: without them the
    // Supervisor refuses to start the service (hab: Error::MissingRequiredBind).
    static QStringList missingBinds(const HabitatPackageFacts& facts, const Options& service);

    // The package has this bind (BINDS or BINDS_OPTIONAL).
    static bool hasBind(const HabitatPackageFacts& facts, const QString& name);
    // A Builder URL (--url): http or https, one token.
    static bool isBuilderUrl(const QString& value);
    // A value HABMESOS_SUP_ARGS can carry: one token, no blanks, quotes or shell-special characters
    // (init.sh expands it unquoted with globbing off).
    static bool isToken(const QString& value);
    // Habitat's ServiceGroup (core/src/service.rs FROM_STR_RE): service.group[@organization].
    static bool isServiceGroup(const QString& value);
    // A service group's group part (--group): a token without “.” and “@”.
    static bool isGroupName(const QString& value);
    // A ring name as the operator may give it.
    static bool isRingName(const QString& value);
    // A peer: host[:port].
    static bool isPeer(const QString& value);
};

} // namespace habmesos
