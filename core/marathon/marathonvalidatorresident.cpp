// SPDX-License-Identifier: Apache-2.0
// MarathonValidator::validateSecretsAndVolumes: secret references, persistent volumes and the
// rules Marathon has for resident apps (those with a persistent volume).
#include "marathon/marathonvalidator.h"

#include "marathon/orderedjson.h"

#include <QSet>

namespace habmesos {

void MarathonValidator::validateSecretsAndVolumes(const MarathonApp& app, FieldProblems& problems)
{
    auto error = [&](const QString& field, const QString& message) {
        problems.append({ field, message, FieldProblem::Severity::Error });
    };
    auto warning = [&](const QString& field, const QString& message) {
        problems.append({ field, message, FieldProblem::Severity::Warning });
    };

    QSet<QString> declared;
    for (const MarathonSecret& secret : app.secrets) {
        const QString at = QStringLiteral("secrets/") + secret.name;
        if (secret.name.isEmpty())
            error(QStringLiteral("secrets"), tr("A secret needs a name."));
        else if (declared.contains(secret.name))
            error(at, tr("The secret “%1” is declared twice.").arg(secret.name));
        if (secret.source.isEmpty())
            error(at, tr("The secret “%1” needs the path of its value in the secret store.").arg(secret.name));
        declared.insert(secret.name);
    }
    // reference/marathon.md §2.4: non-empty `secrets` need --enable_features secrets (DC/OS has it).
    if (!app.secrets.isEmpty())
        warning(QStringLiteral("secrets"),
            tr("Marathon accepts secrets only when it runs with --enable_features secrets and a secret store (DC/OS "
               "has both); without them it refuses the app: use files downloaded into the sandbox instead"));
    QSet<QString> keys;
    for (const MarathonKeyValue& kv : app.env)
        keys.insert(kv.key);
    for (const MarathonSecretEnv& e : app.secretEnv) {
        const QString at = QStringLiteral("env/") + e.key;
        if (keys.contains(e.key))
            error(at, tr("The environment variable %1 is set twice: rename or remove one.").arg(e.key));
        keys.insert(e.key);
        if (!declared.contains(e.secret))
            error(at, tr("%1 refers to the secret “%2”, which “secrets” does not declare.").arg(e.key, e.secret));
    }

    for (qsizetype i = 0; i < app.persistentVolumes.size(); ++i) {
        const MarathonPersistentVolume& v = app.persistentVolumes[i];
        const QString at = QStringLiteral("container/volumes/%1").arg(i);
        // Marathon's form: the container path of a local persistent volume is a name in the
        // sandbox, without "/" (reference/marathon.md §7).
        if (v.containerPath.isEmpty() || v.containerPath.contains(u'/'))
            error(at + QStringLiteral("/containerPath"),
                tr("A persistent volume's path is a name in the sandbox, without “/” (it is “%1”).")
                    .arg(v.containerPath));
        if (v.sizeMiB < 1)
            error(at + QStringLiteral("/persistent/size"),
                tr("A persistent volume needs a size of at least 1 MiB (it is %1).").arg(v.sizeMiB));
    }
    if (!app.isResident())
        return;
    // Marathon's rules for resident apps (AppValidation: an upgrade may not start a task beside the
    // one that holds the volume, and at least half may stop; state/UpgradeStrategy.scala's resident
    // default is (0.5, 0), reference/mesos-agent.md D4), and unreachableStrategy "disabled"
    // (reference/marathon.md §2.7): an operator's other values are errors here, never overridden.
    if (app.upgradeStrategy) {
        if (app.upgradeStrategy->maximumOverCapacity != 0)
            error(QStringLiteral("upgradeStrategy/maximumOverCapacity"),
                tr("With a persistent volume the maximum over-capacity must be 0 (it is %1): a new task can only "
                   "start where the old one held the volume, after it stopped. Set it to 0, or remove the data "
                   "volume.")
                    .arg(OrderedJson::formatNumber(app.upgradeStrategy->maximumOverCapacity)));
        if (app.upgradeStrategy->minimumHealthCapacity > 0.5)
            error(QStringLiteral("upgradeStrategy/minimumHealthCapacity"),
                tr("With a persistent volume the minimum health capacity must be 0.5 or less (it is %1): Marathon "
                   "has to stop old tasks before their volumes can take new ones. Lower it, or remove the data "
                   "volume.")
                    .arg(OrderedJson::formatNumber(app.upgradeStrategy->minimumHealthCapacity)));
    } else {
        error(QStringLiteral("upgradeStrategy"),
            tr("An app with a persistent volume needs an upgrade strategy with maximum over-capacity 0 and minimum "
               "health capacity 0.5 or less; Marathon's default (1, 1) is refused."));
    }
    if (!app.unreachableDisabled)
        error(QStringLiteral("unreachableStrategy"),
            tr("An app with a persistent volume needs unreachableStrategy “disabled”: otherwise Marathon would replace "
               "an unreachable task elsewhere and its data with it."));
}

} // namespace habmesos
