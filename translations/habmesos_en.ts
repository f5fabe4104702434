<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message>
        <source>one word without blanks, quotes or characters such as $ ; &amp; | * ? ( ) &lt; &gt; \</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service group “%1” must be %2, and without “.” or “@” (Habitat&apos;s service.group@organization uses them); e.g. prod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel “%1” must be %2, e.g. stable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Builder URL “%1” must be an http or https URL without blanks, quotes, a user or a password, e.g. https://bldr.habitat.sh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health check interval must be at least 1 second (it is %1); leave it empty for Habitat&apos;s 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bind “%1” is given twice: remove one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 has no binds, so there is no bind “%3”: remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 has no bind “%3”; its binds are %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bind “%1”: “%2” is not a service group; write service.group or service.group@organization (e.g. postgresql.default), %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos</name>
    <message>
        <source>The Builder the Supervisor takes updates from (default https://bldr.habitat.sh); not --uri, which is where the agents download the tarball</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between the Supervisor&apos;s runs of the service&apos;s health check hook (default 30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind one of the package&apos;s binds to the service group that provides it (repeatable), e.g. database:postgresql.default; every required bind needs one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strict (default: the service waits until every bound group is there) or relaxed (it starts anyway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ring the service&apos;s Supervisors join: apps with the same ring name form one ring (default: one ring per app, named after its id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the tasks find the ring&apos;s members: auto (default: from Marathon&apos;s task list with 2 or more instances or a ring name when Marathon&apos;s address is known, from --ring-marathon or --deploy; else alone), alone, marathon or peers (the --peer addresses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A permanent Supervisor the tasks join, host or host:port (repeatable; the ring&apos;s members are then these peers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Marathon the tasks ask for the ring&apos;s members (default: the --deploy server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt the ring&apos;s gossip with the key in this Marathon secret store path (needs Marathon&apos;s secrets, as DC/OS has them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt the ring&apos;s gossip with the key file the agents download from URI (protect it: whoever reads it can join the ring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect the Supervisor&apos;s HTTP gateway with the token in this Marathon secret store path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect the Supervisor&apos;s HTTP gateway with the token in the file the agents download from URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Authorization header the tasks send to Marathon for its task list, from this Marathon secret store path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Authorization header the tasks send to Marathon for its task list, from the file the agents download from URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the service&apos;s data (/hab/svc/&lt;name&gt;/data) on a persistent volume of this many MiB, which ties each instance to its agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the tarball goes (default: the current directory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tarball compression: tgz (default), txz or tar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Mesos version of the agents: 1.7 (default: 1.7 or later, whose fetcher cannot extract names that are not ASCII, so the export refuses them) or 1.6 (1.6 or earlier, which extract with GNU tar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where compressed packages are kept for fast re-export (default ~/.cache/habmesos/segments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither use nor fill the segment cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hab package (default: newest of chef/hab, core/hab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Supervisor package (default: newest of chef/hab-sup, core/hab-sup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Launcher package (default: newest of chef/hab-launcher, core/hab-launcher)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The busybox package (default: newest of chef/busybox-static, core/busybox-static)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificates package (default: newest present, optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::AboutDialog</name>
    <message>
        <source>About habmesos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports Chef Habitat packages as Mesos container tarballs and Marathon applications. Licensed under the Apache License 2.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the README (how to use it, how it is tested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The README is in the source distribution (README.md); it was not installed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1 (LGPL-3.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (BSD-2-Clause)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libsodium %1 (ISC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libdeflate %1 (MIT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toml++ %1.%2.%3 (MIT)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::AppDerivation</name>
    <message>
        <source>the app has no ports, so there is no port “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no port named “%1”; the app&apos;s ports are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with fixed ports every port needs a number, and %1 would stay dynamic (which Marathon cannot place with requirePorts); give each of them a --port too, or use --fixed-ports and change the numbers you need with --port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the launch command mounts the tarball&apos;s tree and chroots into it, which needs root: as “%1” the task fails at once unless the agents let that user do both. The Supervisor inside still runs the service as the package&apos;s own user (%2) either way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: it is not a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the opened definition&apos;s “%1” is kept as it was written, but the settings make this field too, so the kept value is left out; remove it from the JSON or change the setting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::AppDiff</name>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>download %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health check %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>env</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: added (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: removed (was %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::AppDiffDialog</name>
    <message>
        <source>Replace %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already runs on %2. Replacing its definition with this one changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already runs on %2, but its definition could not be read, so what changes is not known: %3

Replace it with this definition anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already runs on %2 with this same definition: replacing it changes no field (Marathon still starts a new deployment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::AppForm</name>
    <message numerus="yes">
        <source> second(s)</source>
        <translation>
            <numerusform> second</numerusform>
            <numerusform> seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Default (%n second(s))</source>
        <translation>
            <numerusform>Default (%n second)</numerusform>
            <numerusform>Default (%n seconds)</numerusform>
        </translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPUs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sized from the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extracted tarball, the tarball the Mesos fetcher keeps, and room for the service&apos;s data and logs; known once the tarball is built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;nstances:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kill grace period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long Mesos waits after asking the task to stop before it kills it (taskKillGracePeriodSeconds). The package&apos;s default is its SHUTDOWN_TIMEOUT (Habitat&apos;s %1 s when it states none) plus %2 s: the Supervisor may take SHUTDOWN_TIMEOUT to stop the service, and needs a few seconds more to hand the stop on and run post-stop hooks. Killed earlier, the service is cut short and the command cannot undo its mounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the package&apos;s default: its SHUTDOWN_TIMEOUT plus a margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ki&amp;ll grace period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the command b&amp;y hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: the command is generated, and follows port changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::ArtifactInspector</name>
    <message>
        <source>%1: member “%2”: more data than its declared size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: IDENT says %2 but the package&apos;s files are under %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (and the hashes don&apos;t match the signature of %1: the artifact was altered or damaged after signing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an installed package directory (…/hab/pkgs/&lt;origin&gt;/&lt;name&gt;/&lt;version&gt;/&lt;release&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: more than %2 files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::ArtifactStreamer</name>
    <message>
        <source>%1: not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported without verification: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: IDENT says %2 but the repository listed it as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no segment could be kept for it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::AtomicOutputFile</name>
    <message>
        <source>Could not %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a temporary file for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lock the temporary file for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: the file is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: the file is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the permissions of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename the finished file to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::BindsModel</name>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bound service group must export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not bound yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service group to bind to: service.group, or service.group@organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bind&apos;s name, as the package declares it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A required bind (BINDS) must be bound before the app is exported or deployed; an optional one (BINDS_OPTIONAL) may be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration keys the bound service group must export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service.group[@organization] of the service this bind uses (hab sup run --bind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::BuildPanel</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s), all compressed afresh.</source>
        <translation>
            <numerusform>%n package, all compressed afresh.</numerusform>
            <numerusform>%n packages, all compressed afresh.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s), %1 reused from the segment cache:</source>
        <translation>
            <numerusform>%n package, %1 reused from the segment cache:</numerusform>
            <numerusform>%n packages, %1 reused from the segment cache:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Build tarball</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the build; nothing is left in the output folder (Esc or Ctrl+.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the folder that holds the tarball</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no package to build yet: pick one in the package list or open a .hart file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the tarball for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, about %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tarball was not built: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a package first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::CensusDialog</name>
    <message>
        <source>Supervisor Gateway Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Supervisors of %1 refused the gateway token. Enter the token the app sets as HAB_SUP_GATEWAY_AUTH_TOKEN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Supervisors of %1 ask for a token. Enter the token the app sets as HAB_SUP_GATEWAY_AUTH_TOKEN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember in the desktop keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No desktop keyring is available. The token is kept in memory until habmesos quits and is never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Census of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the Supervisor of each task of %1 on %2 sees: the members of its ring, the leader, their health. Instances that see each other form one ring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway &amp;Token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token the app sets as HAB_SUP_GATEWAY_AUTH_TOKEN, when it sets one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ask Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the tasks of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the tasks of %1: canceled, as the server changed. Ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the tasks of %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the gateway token of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway token could not be kept in the keyring: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gateway token is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gateway token is sent (hidden).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::CensusModel</name>
    <message numerus="yes">
        <source>Asking %n instance(s)…</source>
        <translation>
            <numerusform>Asking %n instance…</numerusform>
            <numerusform>Asking %n instances…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n instance(s) see each other: one ring.</source>
        <translation>
            <numerusform>All %n instance see each other: one ring.</numerusform>
            <numerusform>All %n instances see each other: one ring.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n instance(s) that answered see each other: one ring.</source>
        <translation>
            <numerusform>The %n instance that answered see each other: one ring.</numerusform>
            <numerusform>The %n instances that answered see each other: one ring.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ring(s): %1. The instances did not join each other: look at the tasks&apos; logs for the peers they were given.</source>
        <translation>
            <numerusform>%n ring: %1. The instances did not join each other: look at the tasks&apos; logs for the peers they were given.</numerusform>
            <numerusform>%n rings: %1. The instances did not join each other: look at the tasks&apos; logs for the peers they were given.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marathon lists %1 of the %n instance(s) the app asks for; the others are not running.</source>
        <translation>
            <numerusform>Marathon lists %1 of the %n instance the app asks for; the others are not running.</numerusform>
            <numerusform>Marathon lists %1 of the %n instances the app asks for; the others are not running.</numerusform>
        </translation>
    </message>
    <message>
        <source>alive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>departed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked: not running yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked: no hab-http port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked: connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked: no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked: the gateway wants a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked: an HTTP error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked: the answer is no census</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked: a network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app has no tasks: there is no Supervisor to ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one instance answered: a ring of one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 answered: a ring of one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not see %2 yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One ring, still forming: %1. Ask again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance %1 could not be asked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no hab-http port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 alive, %2 suspect, %3 confirmed dead, %4 departed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (no leader topology)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no health check result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unhealthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1 on %2, running %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, gossip %2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring members it sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::ClosureResolver</name>
    <message>
        <source>%1 is not in the artifact cache (%2) nor installed (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%4) is not in the artifact cache (%2) nor installed (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: IDENT is now %2, expected %3 (the file changed since it was scanned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is built for %3, but %4 is built for %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is installed, not a signed artifact; its signature cannot be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 depends on %2, which is not in its own TDEPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 depends on %2, which is not in the TDEPS of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dependency cycle: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::ClusterAppsModel</name>
    <message numerus="yes">
        <source>Waiting (%n task(s) staged)</source>
        <translation>
            <numerusform>Waiting (%n task staged)</numerusform>
            <numerusform>Waiting (%n tasks staged)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::ClusterView</name>
    <message numerus="yes">
        <source>%n app(s) on the server.</source>
        <translation>
            <numerusform>%n app on the server.</numerusform>
            <numerusform>%n apps on the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scale %1 on %2 from %Ln instance(s) to %3?</source>
        <translation>
            <numerusform>Scale %1 on %2 from %Ln instance to %3?</numerusform>
            <numerusform>Scale %1 on %2 from %Ln instances to %3?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is being scaled to %n instance(s).</source>
        <translation>
            <numerusform>%1 is being scaled to %n instance.</numerusform>
            <numerusform>%1 is being scaled to %n instances.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apps on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen app&apos;s versions, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the apps on the server again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue editing the chosen app&apos;s definition in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart Tas&amp;ks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destro&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll &amp;Back to This Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce&amp;nsus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the Supervisor of each task of the chosen app sees: the ring&apos;s members, the leader, their health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of the chosen app:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the app is locked by the deployment(s) %2, which are still running.

Force it? This cancels those deployments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the versions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll %1 on %2 back to its version of %3? Its tasks are replaced by ones of that definition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading version %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling %1 back to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being rolled back to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart every task of %1 on %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy %1 on %2? Its tasks are killed, and its definition and every version of it are deleted from Marathon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroying %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being destroyed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::ConfigModel</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::ConstraintOperatorDelegate</name>
    <message>
        <source>Constraint operator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::ConstraintsModel</name>
    <message>
        <source>One of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::DemoPackages</name>
    <message>
        <source>cannot create the demo packages in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::DependencyTreeModel</name>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::DeployPanel</name>
    <message numerus="yes">
        <source>Not sent: the definition has %n error(s); correct the definition and deploy again.</source>
        <translation>
            <numerusform>Not sent: the definition has %n error; correct the definition and deploy again.</numerusform>
            <numerusform>Not sent: the definition has %n errors; correct the definition and deploy again.</numerusform>
        </translation>
    </message>
    <message>
        <source>(whole definition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the application to Marathon and follow the deployment until it runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the upload, or stop following the deployment (Marathon goes on with it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v/%m tasks running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no application definition to send yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the agents cannot download the tarball from %1. Upload it, or enter a URI the agents can reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the tarball is not at %1 yet. Upload it, or enter the URI where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the tarball first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the tarball is not there any more; build it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped following %1; Marathon goes on with what it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating %1 on %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating %1 on %2, canceling the deployments that hold it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating %1 on %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked by the deployment(s) %2, which are still running.

Force the change? This cancels those deployments and deploys this definition instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no field changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application Exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application with the id %1 already exists on %2.

Replacing it changes:
%3

Replace its definition with this one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deployed: %1 already exists and was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deployed: %1 is locked by the deployment(s) %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::DeployWorkflow</name>
    <message>
        <source>%1 is a file on this computer, which the agents cannot download (unless every agent sees this same path): upload the tarball (Upload), or enter a URI the agents can reach (http://, https://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file on this computer, and it is not built yet: build the tarball and upload it (Upload), or enter a URI the agents can reach (http://, https://)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::DeploymentFollower</name>
    <message>
        <source>the app&apos;s state could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 tasks running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out after %1 s waiting for %2 to run (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted (deployment %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading app %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: a task of %1 failed (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploying (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the answer is not Marathon&apos;s JSON (it starts with “%2”). Is the URL Marathon&apos;s?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::DeploymentForm</name>
    <message>
        <source>Upgrades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum health capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of instances (0 to 1) that stays healthy while a new version replaces them; 0.5 lets Marathon stop half of the old ones first (minimumHealthCapacity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum over capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many instances (a share 0 to 1 of the count) may run on top of it during an upgrade; 0 never runs more than the count, which fixed host ports need (maximumOverCapacity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relaunch after a failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backoff (s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long Marathon waits before relaunching a failed task (backoffSeconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backoff factor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the wait is multiplied by after each further failure, at least 1 (backoffFactor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest launch delay (s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wait never grows beyond this (maxLaunchDelaySeconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where and as whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted resource roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run only on resources of these Mesos roles, separated by commas: slave_public for DC/OS public agents, * for unreserved resources; empty: Marathon&apos;s --default_accepted_resource_roles (acceptedResourceRoles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user Mesos runs the task as. The launch command mounts the tarball&apos;s tree and chroots into it, which needs root; another user only works where the agents allow it. Inside, the Supervisor runs the service as the package&apos;s own SVC_USER either way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kill grace period is on the Application page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files the Mesos fetcher puts into the sandbox after the tarball, as Marathon&apos;s fetch has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a whole number of seconds; it is not taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number; it is not taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (for fixed ports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 (Marathon&apos;s default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Marathon&apos;s default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>300 (Marathon&apos;s default; 3600 before 1.8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any role Marathon accepts by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::DeploymentOptions</name>
    <message>
        <source>is not %1, so it is left out: Marathon&apos;s default applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a role name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of role names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” names no URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dest= needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of extract=, executable=, cache= or dest= (dest last)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes true or false, not “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::DroppedPrivileges</name>
    <message numerus="yes">
        <source>%1: %n member(s) lost the setuid or setgid bit (the export does not let a package grant privileges in the container): %2</source>
        <translation>
            <numerusform>%1: %n member lost the setuid or setgid bit (the export does not let a package grant privileges in the container): %2</numerusform>
            <numerusform>%1: %n members lost the setuid or setgid bit (the export does not let a package grant privileges in the container): %2</numerusform>
        </translation>
    </message>
    <message>
        <source>setuid and setgid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::EntryPolicy</name>
    <message>
        <source>a character device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of an unknown type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the package prefix %1/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not inside a package prefix hab/pkgs/&lt;origin&gt;/&lt;name&gt;/&lt;version&gt;/&lt;release&gt;/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: member “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name has an empty path component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name has a “.” component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name has a “..” component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a path component is longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package has more than %1 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name contains control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absolute name; members must be relative (hab/pkgs/…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1; a package may only hold files, directories and links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sparse files are not supported in packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member does not declare a valid size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declares %1 bytes, more than the %2 a member may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package&apos;s files together exceed %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 (only directories may sit above it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not on the same package path as the earlier directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hab/pkgs/%1 is not a valid package path origin/name/version/release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package prefix itself must be a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its parent %1 is a %2, not a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appears twice in the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symlink without a target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the symlink target is longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the symlink target is not clean UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symlink to “%1”: “..” after a name in a link target is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symlink to “%1” points outside the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symlinks into more than %1 other packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symlink to “%1” points outside the package prefix %2/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hardlink without a clean target name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hardlink to “%1”, which is outside the package prefix %2/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hardlink to “%1”, which is not a file earlier in the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package has more than %1 distinct paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: member “%2”: symlink to “%3” points into %4, which is not among the package&apos;s runtime dependencies (TDEPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::EnvironmentModel</name>
    <message>
        <source>The service configuration the Supervisor reads (the changed default.toml keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by the exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps its name: a variable needs one (remove the row to drop it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be renamed to %2: %2 is set already. Choose another name, or change that row&apos;s value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::EnvironmentTab</name>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new row; type its name, then Tab to its value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package has no service configuration (default.toml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service configuration (default.toml); changed keys go into %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::Error</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::ExportArguments</name>
    <message>
        <source>Export the built-in demo package (written on first use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The artifact cache (default /hab/cache/artifacts or ~/.hab/cache/artifacts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key cache (default $HAB_CACHE_KEY_PATH, /hab/cache/keys or ~/.hab/cache/keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed packages (default /hab/pkgs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for packages in the artifact cache only, not among the installed packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export artifacts whose signature cannot be verified (not recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPUs for the application (default 0.5, or $CPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory in MiB (default 256, or $MEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk in MiB (default: sized from the tarball, its extracted tree and room for the service&apos;s data; or $DISK); “auto” sizes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of instances (default 1, or $INSTANCES)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds Mesos waits after asking the task to stop before it kills it, 0 to 86400 (taskKillGracePeriodSeconds; default: the package&apos;s SHUTDOWN_TIMEOUT, or Habitat&apos;s 8, plus 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Marathon application id (default /origin/name, made valid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An environment variable for the service (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a key of the service&apos;s configuration (repeatable): a dotted key from default.toml and a TOML value, e.g. log_level=&apos;&quot;debug&quot;&apos; or http.port=8081; they go into HAB_&lt;PKG&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the host port of the named port (e.g. hab-http=31631; repeatable); the app then requires its ports as numbered (requirePorts), so every port needs a number: give one for each, or use --fixed-ports and change some with --port. The numbers must lie in --agent-ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not expose the Supervisor&apos;s gossip and HTTP gateway ports: it then binds 9638, 9631 and 9632 on the agent, so only one instance fits on an agent, and the default health check goes with them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the package&apos;s own port numbers on the agents (requirePorts) instead of dynamic ports: 8080, 9638, 9631, 9632 and the like, which stock agents do not offer, so this is an error unless --agent-ports includes them; change single numbers with --port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port ranges the Mesos agents offer (their --resources ports; default 31000-32000): fixed ports must lie in them. Repeatable, or comma-separated: 31000-32000,8000-9000 or [31000-32000, 8000-9000]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the health check (repeatable): KEY is protocol, path, portName, command, gracePeriodSeconds, intervalSeconds, timeoutSeconds, maxConsecutiveFailures or ignoreHttp1xx; the rest stays as the default check has it: MESOS_HTTP (HTTP with --legacy-json) on the Supervisor&apos;s HTTP gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define no health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A placement constraint (repeatable), as Marathon writes them: hostname:UNIQUE, rack:GROUP_BY:3, zone:LIKE:eu-.*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label on the application (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where Mesos agents download the tarball (a URL ending in / gets the tarball&apos;s name appended); overrides the address an upload gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON for Marathon before 1.0 (uris, ports, HTTP health check); 1.0 and later take the current JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During an upgrade, the share of instances (0 to 1) that stay healthy: 0.5 lets Marathon stop half of the old ones before the new ones are healthy (upgradeStrategy.minimumHealthCapacity; Marathon&apos;s default 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During an upgrade, how many instances (a share 0 to 1 of the count) may run on top of it: 0 never runs more than the count (upgradeStrategy.maximumOverCapacity; Marathon&apos;s default 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds Marathon waits before relaunching a failed task, 0 or more (backoffSeconds; Marathon&apos;s default 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the wait is multiplied by after each further failure, at least 1 (backoffFactor; Marathon&apos;s default 1.15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest wait before a relaunch, 0 or more seconds (maxLaunchDelaySeconds; Marathon&apos;s default 300, 3600 before 1.8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run only on resources of this Mesos role (repeatable; acceptedResourceRoles), e.g. slave_public for DC/OS public agents or * for unreserved resources; default: Marathon&apos;s --default_accepted_resource_roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user Mesos runs the task as (default root). The launch command mounts and chroots, which needs root, so another user only works where the agents allow it; the Supervisor runs the service as the package&apos;s own SVC_USER either way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One more file for the Mesos fetcher to download into the sandbox after the tarball (repeatable). FLAGS, comma-separated, as Marathon&apos;s fetch has them: extract=false (archives are unpacked by default), executable=true, cache=true, dest=PATH (the name in the sandbox; last, it takes the rest). e.g. https://example.com/tool,executable=true,dest=bin/tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service group the Supervisor runs the service in (as hab sup run --group; default: default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standalone (default) or leader: the ring elects a leader among the service&apos;s members, which needs at least three</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the Supervisor updates the service when its channel has a newer release: none (default), at-once or rolling (one member at a time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latest (default: the newest release in the channel) or track-channel (always what the channel has, rolling back too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel the Supervisor takes updates from (default: stable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not KEY=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a whole number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is less than %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not between %3 and %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the backoff factor must be at least 1 (1 keeps the wait the same after every failure); got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give a user name, or leave the option out to run the task as root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name one package (an ident or a .hart file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name exactly one package; got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a whole number of seconds from 0 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a configuration key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not NAME=NUMBER with a port number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 contradict each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not one of tgz, txz, tar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not one of 1.6 (1.6 or earlier), 1.7 (1.7 or later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the configuration key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edited ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hand-edited command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fields kept from the opened definition (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the download %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not one of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one word without blanks, quotes or characters such as $ ; &amp; | * ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a group name: %3, and without “.” or “@”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a channel name: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” must be %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a whole number of seconds, 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not NAME:SERVICE.GROUP or NAME:SERVICE.GROUP@ORGANIZATION (e.g. database:postgresql.default), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a ring name: letters, digits, “.”, “_” and “-”, starting and ending with a letter or digit, at most 63 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not HOST or HOST:PORT (a port from 1 to 65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 makes the ring&apos;s members fixed peers, and %2 says %3: leave one of them out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either %1 or %2, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give the secret&apos;s %2, or leave the option out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a whole number of MiB, 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peers, which the ring&apos;s discovery does not use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::ExportCommand</name>
    <message>
        <source>no package %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is built for %2; Mesos runs Linux containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: habmesos export [options] &lt;package&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a Habitat package as a Mesos container tarball and print its Marathon application JSON on standard output (nothing else goes there). Optionally upload the tarball and deploy the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Arguments:
  package                     A package ident (origin/name[/version[/release]]) or a .hart file
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Environment:
  CPU, MEM, DISK, INSTANCES   Defaults for --cpu, --mem, --disk, --instances
  HABMESOS_MARATHON_PASSWORD  The password for --user (without --password-file)
  HABMESOS_MARATHON_TOKEN     A DC/OS token (without --user and --token-file)
  HABMESOS_UPLOAD_PASSWORD    The password for --upload-user

Exit status:
  0   done
  1   the export failed for another reason (the message says why)
  2   usage error (a bad option or value, an unreadable password file)
  3   the package, a dependency or a Supervisor package is not there
  4   a signature is unknown, bad, or does not cover the payload
  5   a package cannot be used: corrupt, truncated, unsafe, or not for Linux
  7   the application definition breaks Marathon&apos;s rules
  8   the upload failed
  9   the deploy failed: Marathon unreachable, credentials refused, the app locked or refused
  10  the deployment failed or did not finish within --wait-timeout
  11  reading a package or writing the tarball failed (permissions, a full disk)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources (as `hab pkg export mesos`: --cpu=2 or --cpu 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment (Marathon&apos;s defaults unless given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service and ring (the Supervisor&apos;s options as `hab sup run` spells them, then the ring&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy to Marathon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials (for --deploy and --upload marathon; never on the command line itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: no --uri or --upload given, so the fetch URI is the local file %1; agents must see that path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::ExportDocument</name>
    <message>
        <source>The tarball cannot be built: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No package: pick a Habitat package first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output folder %1 is a file, not a folder: choose a folder (Browse…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output folder %1 cannot be written to: choose another (Browse…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output folder %1 does not exist yet: Build creates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output folder %1 does not exist and cannot be created (%2 cannot be written to): choose another (Browse…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the application id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change CPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size the disk from the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s is not taken: the kill grace period is from 0 to %2 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the kill grace period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the package&apos;s kill grace period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate the command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the configuration key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the configuration key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expose the Supervisor&apos;s ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the Supervisor&apos;s ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the deployment settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the service settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use fixed ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use dynamic ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the fetch URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the Mesos agents&apos; version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the JSON flavour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the Supervisor&apos;s packages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::ExportJob</name>
    <message>
        <source>%1 is built for %2; Mesos runs Linux containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output directory %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::ExportPublisher</name>
    <message>
        <source>Give the CA certificate with --ca-file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check --user and the password (--password-file or $HABMESOS_MARATHON_PASSWORD), or the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --user with --password-file FILE (or $HABMESOS_MARATHON_PASSWORD), or --token-file FILE (or $HABMESOS_MARATHON_TOKEN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the whole app definition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploaded; agents fetch it from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app %1 is locked by deployment(s) %2; forcing the update (--force), which cancels them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app %1 on %2 is locked by running deployment(s) %3. Wait for them to finish, or run again with --force to cancel them and deploy anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app %1 exists on %2; its definition could not be read to compare: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app %1 exists on %2 with this same definition; replacing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app %1 exists on %2; replacing it changes: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated app %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created app %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (deployment %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::ExportScheduler</name>
    <message numerus="yes">
        <source>the segment cache could not give back %n package(s), compressed again instead: %1</source>
        <translation>
            <numerusform>the segment cache could not give back %n package, compressed again instead: %1</numerusform>
            <numerusform>the segment cache could not give back %n packages, compressed again instead: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is built for %2, but %3 is built for %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::ExportSettingsJson</name>
    <message>
        <source>the stored session is not readable (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored session was written by a newer habmesos (format %1); this one reads format %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored session has no format this habmesos knows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::ExtraFetchModel</name>
    <message>
        <source>An http, https, ftp or file URL, or an absolute path on the agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpack archives (.tgz, .tar.gz, .zip and the like) into the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the file executable (it is then not unpacked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it in the agent&apos;s fetcher cache: it is never downloaded again from this URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name in the sandbox (destPath); empty: the URI&apos;s own name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::FetchProbe</name>
    <message>
        <source>nothing is at %1 yet (HTTP %2): upload the tarball there first (Upload), or enter the URI where it is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::FetcherNameCheck</name>
    <message>
        <source>the name is not ASCII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its hardlink target “%1” is not ASCII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: member “%2”: %3, and Mesos 1.7 and later cannot extract such a name in any tar encoding (its fetcher runs in the C locale); agents with Mesos 1.6 or earlier (GNU tar) can: export for them with --mesos-agents 1.6 (in the window: Mesos agents, on the Output tab)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::FieldNames</name>
    <message>
        <source>Port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constraint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backoff factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum launch delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kill grace period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::GzipBlockPipeline</name>
    <message>
        <source>gzip level %1 is not supported (0-12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gzip compression failed (out of memory?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::HabitatAppBuilder</name>
    <message>
        <source>the package&apos;s configuration cannot be read, so it cannot be edited and ports cannot be wired into it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no export of the package points at port %1 in its configuration, so the service keeps listening on %1 rather than on the port Marathon assigns; use fixed ports for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package has no SVC_USER, so it is not a service: the Supervisor will have nothing to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address the agents download %1 from is not known yet: upload the tarball and enter its URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tarball</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Mesos fetcher unpacks only files whose names end in .tgz, .tar.gz and the like; give the download a destPath with such a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the health check asks the Supervisor&apos;s HTTP gateway, which is not exposed; it was left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health check needs a port: pick one of the app&apos;s ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the health check&apos;s port “%1” is not one of the app&apos;s ports (it has no named ports); the check was left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the health check&apos;s port “%1” is not one of the app&apos;s ports (%2); the check was left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignoreHttp1xx applies to the HTTP and HTTPS checks only; the %1 check ignores it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without its ports in the app, the Supervisor binds its own fixed ports on the agent, 9638 (gossip), 9631 (HTTP gateway) and 9632 (control gateway), which Mesos does not reserve: a second instance, or another Supervisor, on the same agent cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; add the constraint hostname:UNIQUE to keep to one instance per agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; and the app has no health check, since the Supervisor&apos;s needs the HTTP gateway port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk of %1 MiB is less than the %2 MiB the task needs: the extracted tarball (%3 MiB), the tarball the Mesos fetcher keeps beside it (%4 MiB) and room for the service&apos;s data and logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk cannot be sized from the package before its tarball is built, so the app asks for none (and Mesos neither reserves nor limits what the task writes): build the tarball, or set the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 follows the port Marathon assigns, so the value %2 set here is not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s is shorter than the %2 s the Supervisor may take to stop the service (its SHUTDOWN_TIMEOUT): Mesos would kill it before it has stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::HabitatConfig</name>
    <message>
        <source>%1: more than %L2 keys and array items, far more than a service&apos;s configuration holds; refused before reading it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: it nests deeper than %2 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2, column %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value must be on one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one TOML value, such as 8080, &quot;text&quot;, true or [1, 2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a TOML value (%1); text needs quotes, as in &quot;info&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it nests deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON string at %1 is not valid Unicode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON key at %1 is not valid Unicode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON null at %1 has no TOML equivalent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a configuration key must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: conflicts with the key %2 of the configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than 8 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has more than %L1 keys and array items, far more than a service&apos;s configuration holds; refused before reading it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is neither TOML nor a JSON object, so the Supervisor would refuse it: line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 follows the port Marathon assigns, so %2 must be a table, not %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::HabitatServiceApp</name>
    <message numerus="yes">
        <source>The leader topology needs at least three members, and the app has %n instance(s): set 3 or more instances, share the ring with other apps (a ring name), or choose the standalone topology</source>
        <translation>
            <numerusform>The leader topology needs at least three members, and the app has %n instance: set 3 or more instances, share the ring with other apps (a ring name), or choose the standalone topology</numerusform>
            <numerusform>The leader topology needs at least three members, and the app has %n instances: set 3 or more instances, share the ring with other apps (a ring name), or choose the standalone topology</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is made from the service options, so the value set here is replaced; change the service options instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 requires the bind “%3” to a service group exporting %4; without it the Supervisor refuses to start the service and Marathon restarts the task for ever: give it, e.g. --bind %3:service.group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing in particular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tasks would find each other in Marathon&apos;s task list, but Marathon&apos;s address is not known, so each task gossips alone: give it (--ring-marathon URL), deploy with --deploy (its server is used), or choose the discovery “alone” to say so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ring name “%1” may use letters, digits, “.”, “_” and “-”, starts and ends with a letter or digit, and has at most 63 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ring&apos;s tasks find each other in Marathon&apos;s task list, so they need Marathon&apos;s address: give it (--ring-marathon URL), or deploy with --deploy, whose server is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marathon&apos;s address “%1” must be an http or https URL without blanks, quotes, a user or a password (the tasks&apos; credentials go into the Marathon credentials secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ring&apos;s members are fixed peers, and none is given: add one (host or host:port of a permanent Supervisor, e.g. a bastion app), or choose another discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer “%1” is not host or host:port (a port from 1 to 65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peers are used only when the ring&apos;s members are fixed peers; they are left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leader topology elects a leader among the ring&apos;s members, and this app&apos;s tasks form no ring: choose another discovery, or the standalone topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leader topology needs at least three members in the ring “%1”: make sure the apps sharing it have three instances together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a secret, and in the environment it would be written in plain text into the app&apos;s definition, which everyone who can read the app sees: remove the variable, and give it as a Marathon secret or a file in the service options instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Marathon credentials are used only when the ring&apos;s members come from Marathon&apos;s task list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret&apos;s path “%1” must not contain blanks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is neither a URL nor an absolute path on the agents: give where the Mesos fetcher downloads the secret&apos;s file from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data volume needs a size of at least 1 MiB (it is %1); leave it empty for none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::HartHeader</name>
    <message>
        <source>%1: empty file, not a Habitat artifact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: the file ends inside the artifact header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: longer than %3 bytes, not a Habitat artifact header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line 1: expected the format version HART-1, found “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line 2: expected a signing key name &lt;origin&gt;-&lt;YYYYMMDDhhmmss&gt;, found “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line 3: expected the hash type BLAKE2b, found “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line 5: expected the empty line that ends the header, found “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line 4: the signature is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line 4: the signature has %2 bytes, expected 128</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::HartReader</name>
    <message>
        <source>%1: read error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is truncated (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the reader is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the artifact has no payload after its header (the file is truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the payload ends after %2 bytes (the file is truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gzip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bzip2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zstd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the payload is %2-compressed; a Habitat artifact&apos;s payload is an xz-compressed tar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the payload is not xz-compressed; a Habitat artifact&apos;s payload is an xz-compressed tar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payload (an xz-compressed tar) cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the artifact is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the payload holds no package (no hab/pkgs/&lt;origin&gt;/&lt;name&gt;/&lt;version&gt;/&lt;release&gt;/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: IDENT says %2 but the package&apos;s files are under %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after member “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: a member has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: member “%2”: %3 bytes, more than the %4 a metadata file may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: member “%2”: more data than its declared size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: member “%2”: the file is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: finish() was already called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the reader is finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: signed with the key %2, which is not in the key cache: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the signature is not one made by the key %2 (from %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: hashes don&apos;t match: the key %2 signed the payload hash %3 but the payload hashes to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not a hex BLAKE2b digest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: signed by %2, payload BLAKE2b %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::HartWriter</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the payload back: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a file, directory or symlink; a package cannot hold it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create a temporary file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the payload: out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the payload: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file changed while it was packed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::HealthCheckForm</name>
    <message numerus="yes">
        <source> second(s)</source>
        <translation>
            <numerusform> second</numerusform>
            <numerusform> seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Let Marathon chec&amp;k the service&apos;s health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marathon replaces tasks that fail the check, and an upgrade waits for new tasks to pass it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP, HTTPS, TCP and COMMAND are run by Marathon (its HTTP, HTTPS and TCP checks are deprecated since 1.4); the MESOS_ ones by the agent next to the task (at most one per app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protoco&amp;l:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/ (HTTP protocols only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curl -f http://$HOST:$PORT0/ (COMMAND only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma&amp;nd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures in this time after a task starts do not count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grace period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check grace period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ti&amp;meout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marathon kills a task after this many failed checks in a row; 0: never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;x. consecutive failures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum consecutive failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore informational HTTP status codes (&amp;1xx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the Super&amp;visor&apos;s health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MESOS_HTTP (HTTP for Marathon before 1.0) on the Supervisor&apos;s gateway (hab-http), asking for the service&apos;s health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned by Marathon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unnamed (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the port on the Ports page to check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not one of the app&apos;s ports)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::HealthCheckSettings</name>
    <message>
        <source>%1 must be a whole number of 0 or more, not “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol must be one of %1, not “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignoreHttp1xx must be true or false, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown setting “%1”; the settings are %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::HttpUrl</name>
    <message>
        <source>“%1” is not an http or https URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put no user or password in the URL (they would be visible to other users); give them separately</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::InspectCommand</name>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a Habitat package (an ident found in the artifact cache or among the installed packages,
or a .hart file), checks its signature and reads its whole runtime closure (its TDEPS).
When the same package is both a signed artifact and installed, the artifact is used.
Installed packages have no signature of their own (hab checked it when installing them).

Exit status:
  0  the package and its whole closure are present, readable and verified
  1  other failure
  2  usage error
  3  the package or some of its dependencies were not found (all are listed)
  4  verification failed: unknown signing key, bad signature, or payload hash mismatch
  5  an artifact is unreadable, corrupt, truncated or unsafe (e.g. malicious member names)
  6  the closure is inconsistent (another target, TDEPS that are not a closure)
When several apply, the first of 5, 4, 3, 6 is used. The reason is one line on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the closure is not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 found, %2 missing%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found  </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unusable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binds (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The artifact cache to search (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key cache with the origins&apos; public keys (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The installed packages, a hab/pkgs directory (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect the built-in demo package (written on first use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A package ident (origin/name[/version[/release]]) or a .hart file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;ident | path.hart&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (try --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which package? give an ident or a .hart file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one package at a time; got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is neither a .hart file nor a package ident: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::InstalledTreeStreamer</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: changed while being exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::JsonPreview</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the JSON, which has %n error(s): Marathon refuses it as it is</source>
        <translation>
            <numerusform>Copied the JSON, which has %n error: Marathon refuses it as it is</numerusform>
            <numerusform>Copied the JSON, which has %n errors: Marathon refuses it as it is</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the JSON in place; valid changes go into the forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON is not valid (%1), so the forms do not have your last changes. Leave JSON mode and drop the text?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marathon JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the JSON to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the JSON to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
(%2 in the JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::KeyCache</name>
    <message>
        <source>“%1” is not a key name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no public key %1 in %2 (the signer is unknown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::KeychainSecretStore</name>
    <message>
        <source>Desktop keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop keyring did not answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password or token is stored in the keyring for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No desktop keyring (GNOME Keyring, KWallet or another Secret Service) could be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop keyring refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::LabelsModel</name>
    <message>
        <source>The label %1 keeps its name: a label needs one (remove the row to drop it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label %1 cannot be renamed to %2: %2 is a label already. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::MainWindow</name>
    <message numerus="yes">
        <source>%n package(s) found</source>
        <translation>
            <numerusform>%n package found</numerusform>
            <numerusform>%n packages found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a Habitat package to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Habitat to Mesos exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Habitat package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Habitat packages (*.hart);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Marathon app definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The definition has errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The definition has errors, and Marathon will refuse it. Save it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Marathon JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the command line that exports this package with these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the command line; it cannot say %1, so it makes the generated ones instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open .hart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Demo Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open De&amp;finition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;can Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as Command &amp;Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Build Tarball</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deploy to Marathon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About habmesos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;README</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the tarball…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build was canceled; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marathon %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marathon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::MarathonAppId</name>
    <message>
        <source>The application ID must not be empty: give one such as /team/app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application ID needs a name after the /, such as /team/app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application ID may use lower-case letters, digits and hyphens, segments separated by / (a segment starts and ends with a letter or digit, dots may separate such names); &quot;%1&quot; does not fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application ID cannot end in &quot;%1&quot;: Marathon keeps %2 for its own addresses; add a name after it or choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upper case letters were made lower case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;_&apos; became &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 became &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;-&apos; was removed where a label began or ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty labels between dots were removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package %1/%2 gives no usable Marathon id: a Marathon id segment needs at least one lowercase letter or digit; enter an id by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package name &quot;%1&quot; cannot be the last part of a Marathon id: Marathon reserves %2 for its own URLs; enter an id by hand, such as /%3/%1-app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Marathon id is %1, not /%2/%3: %4. Marathon ids are DNS labels (lowercase letters, digits, &apos;-&apos; and &apos;.&apos;, each label starting and ending with a letter or digit). Packages whose names differ only in these characters (such as a_b and a-b) get the same id, so check that it does not clash with another application.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::MarathonAppImport</name>
    <message>
        <source>the text “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the definition is empty; an app definition is a JSON object ({ … })</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an app definition is a JSON object ({ … }), and this is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this app does not say which Habitat package it runs: its “cmd” does not start a Habitat service (“/init.sh run origin/name”) and none of its downloads (“fetch”) is a tarball named origin-name-version-release.tgz; open the package first, then paste the definition into the JSON (Edit JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object ({ … })</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list ([ … ])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” should be %2, but it is %3; correct it in the JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each download in “fetch” should be an object with a “uri”, but one is %1; correct it in the JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each entry of “uris” should be an address in quotes, but one is %1; correct it in the JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as written (the forms cannot show them): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written as the settings make them, not as opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by habmesos: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out, the server&apos;s state rather than the definition: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::MarathonAuth</name>
    <message>
        <source>no credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP Basic as user “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a DC/OS token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a DC/OS login as “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::MarathonClient</name>
    <message numerus="yes">
        <source>Scaling %1 to %n instance(s)</source>
        <translation>
            <numerusform>Scaling %1 to %n instance</numerusform>
            <numerusform>Scaling %1 to %n instances</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read the CA certificate file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no certificate (expected PEM or DER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a Marathon URL; expected http://host:8080 or https://cluster/service/marathon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the answer of %2 (HTTP %3) is not Marathon&apos;s JSON (%4). Is the URL Marathon&apos;s? If it is, look at Marathon&apos;s log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it starts with “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (after a fresh login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server redirects (HTTP %2) to %3. Use that address as the Marathon URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DC/OS login as “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 failed: the uid or password was not accepted (HTTP %3%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 failed: the login endpoint could not read the request (HTTP 400%3). Is this a DC/OS cluster, and the login URL right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2: the answer holds no token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating app %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating app %1 (forced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating app %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading app %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the tasks of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the versions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading version %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling %1 back to version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting app %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading Marathon&apos;s info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %1 to Marathon&apos;s artifact store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::MarathonConstraintText</name>
    <message>
        <source>“%1” is not field:OPERATOR[:value]: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no field, such as hostname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no operator, such as UNIQUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the operator is one of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::MarathonError</name>
    <message>
        <source>(the whole app definition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required but missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is below the allowed minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is above the allowed maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty (too short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not have the required form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not one of the allowed values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marathon%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marathon could not read the request (HTTP 400%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credentials were not accepted (HTTP 401; sent: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the server asks for HTTP Basic credentials (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the server asks for a DC/OS token (log in, or give a valid token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Check the user name and password or token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed (HTTP 403%1); the credentials (%2) were accepted but lack the permission for this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found (HTTP 404%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app is locked by running deployment(s) %1 (HTTP 409). Wait for them to finish, or force the change, which cancels them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict (HTTP 409%1). To change an existing app, update it instead of creating it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marathon could not read the app definition (HTTP 422 Invalid JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app definition is not valid (HTTP 422%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marathon refused the request (HTTP 422%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marathon has no leader at the moment (HTTP %1: Could not determine the current leader). Retry in a moment; if it lasts, check the Marathon instances and ZooKeeper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered HTTP %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marathon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 did not answer in time. Check the URL, and that the server is up and reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 does not speak TLS: it answered the https:// request as a plain HTTP server does. Use http:// in the server&apos;s URL, or the port where it serves HTTPS (Marathon&apos;s default is 8443).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the TLS connection to %2 failed: %3. If the server uses its own certificate authority (DC/OS, self-signed), give its CA certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the connection to %2 was refused; nothing listens there. Check the URL and port, and that the server runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the host of %2 is unknown. Check the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the connection to %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::MarathonJsonWriter</name>
    <message>
        <source>the legacy &quot;uris&quot; field keeps only the URI: executable, cache and destPath are lost, and Marathon decides from the file name whether to extract it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the legacy &quot;uris&quot; field cannot ask for extraction: Marathon extracts only names ending in .tgz, .tar.gz, .zip and the like, so %1 is downloaded as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the legacy &quot;uris&quot; field cannot turn extraction off: Marathon extracts %1 because its name ends in an archive suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the legacy &quot;ports&quot; field cannot name a port; &quot;%1&quot; is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the legacy &quot;ports&quot; field is TCP only; protocol &quot;%1&quot; is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the legacy &quot;ports&quot; field cannot carry port labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marathon before 1.0 has no secrets: %1 is left out, so the task does not get it; use a file downloaded into the sandbox instead, or the current JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marathon before 1.0 has no secrets: the &quot;secrets&quot; field is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marathon before 1.0 has no persistent volumes: the data volume is left out, so the service&apos;s data is lost whenever its task stops; use the current JSON to keep it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::MarathonTask</name>
    <message>
        <source>%1 has no “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “state” is “%2”, not a Mesos task state such as TASK_RUNNING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: port %2 is not a port number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, address %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: address %2 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: protocol “%2” is neither IPv4 nor IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, health check result %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, health check result %2: “alive” is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “consecutiveFailures” is not a count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marathon&apos;s task list is not JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it starts with “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marathon&apos;s task list has no “tasks” list; is the server Marathon 1.0 or later?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1 of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::MarathonValidator</name>
    <message>
        <source>%1 must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be at least %2 (it is %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be from %2 to %3 (it is %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An environment variable needs a name: type one, or remove the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label needs a name: type one, or remove the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable %1 is set twice: rename or remove one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label %1 is given twice: rename or remove one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable %1: a name cannot contain &apos;=&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not contain NUL characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application needs either a command or arguments (args), not both: edit the command on the Application tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command must not be empty (Marathon wants at least two characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory must be more than 0 MiB (it is %1): a task without memory cannot start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user must not be empty; leave it out to run as Marathon&apos;s default user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fetch URI must not be empty: give the address the Mesos fetcher downloads from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fetch URI is %1 characters long; Marathon allows at most 1024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fetch destination path is %1 characters long; Marathon allows at most 1024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 (no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the number %2 is used twice; give one of them another number, or 0 for any free port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the protocol must be tcp, udp or udp,tcp (it is &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a port name may use lower-case letters, digits and hyphens, and starts and ends with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Marathon 1.7 and older want port names to start with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the name is used twice; port names must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health check&apos;s protocol must be one of %1 (it is &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application can have at most one Mesos health check (MESOS_HTTP, MESOS_HTTPS, MESOS_TCP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A COMMAND health check needs a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health check names a port number and a port index: give one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health check&apos;s port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health check needs a port, and the application has none: add one on the Ports tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health check&apos;s port index must be from 0 to %1 (it is %2): pick one of the application&apos;s ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only HTTP and HTTPS health checks use a path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grace period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failures allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constraint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a field, such as hostname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the operator must be one of %2 (it is &quot;%3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: UNIQUE takes no value; clear the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 needs a regular expression as its value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the value is not a regular expression (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: MAX_PER needs a whole number as its value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: GROUP_BY takes a whole number or no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: IS needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kill grace period must be at least 0 seconds (it is %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum health capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum over-capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backoff must be 0 seconds or more (it is %1); it is how long Marathon waits before relaunching a failed task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backoff factor must be a finite number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backoff factor must be at least 1 (it is %1); 1 keeps the wait the same after every failure, more makes it grow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest launch delay must be 0 seconds or more (it is %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest launch delay is shorter than the backoff (%1 s), so every relaunch waits only %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role needs a name, such as slave_public or * (unreserved resources).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a role name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role “%1”: a role name cannot start with “-”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role “%1”: a role name cannot contain spaces, tabs, line breaks or “/”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role “%1” is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is neither a URL nor an absolute path: give an http://, https://, ftp:// or file:// URL (or hdfs://, s3:// for the agent&apos;s Hadoop client), or an absolute path on the agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Mesos fetcher hands “%1://” URLs to the agent&apos;s Hadoop client, which must be installed and know that scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an executable download is not extracted: Mesos only makes the file executable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret “%1” is declared twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret “%1” needs the path of its value in the secret store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marathon accepts secrets only when it runs with --enable_features secrets and a secret store (DC/OS has both); without them it refuses the app: use files downloaded into the sandbox instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refers to the secret “%2”, which “secrets” does not declare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A persistent volume&apos;s path is a name in the sandbox, without “/” (it is “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A persistent volume needs a size of at least 1 MiB (it is %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a persistent volume the maximum over-capacity must be 0 (it is %1): a new task can only start where the old one held the volume, after it stopped. Set it to 0, or remove the data volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a persistent volume the minimum health capacity must be 0.5 or less (it is %1): Marathon has to stop old tasks before their volumes can take new ones. Lower it, or remove the data volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An app with a persistent volume needs an upgrade strategy with maximum over-capacity 0 and minimum health capacity 0.5 or less; Marathon&apos;s default (1, 1) is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An app with a persistent volume needs unreachableStrategy “disabled”: otherwise Marathon would replace an unreachable task elsewhere and its data with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::MemorySecretStore</name>
    <message>
        <source>Memory (until habmesos quits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password or token is stored for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::MissingDependencies</name>
    <message numerus="yes">
        <source>missing dependencies (%Ln): %1</source>
        <translation>
            <numerusform>missing dependencies (%Ln): %1</numerusform>
            <numerusform>missing dependencies (%Ln): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>missing dependencies (%Ln): %1; looked in %2</source>
        <translation>
            <numerusform>missing dependencies (%Ln): %1; looked in %2</numerusform>
            <numerusform>missing dependencies (%Ln): %1; looked in %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is installed only for %2, but %3 is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the artifact cache only for %2, but %3 is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (required by %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::OrderedJsonReader</name>
    <message>
        <source>the text is %1 MiB, more than the %2 MiB an app definition may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3 (this is not JSON there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON nests deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::OutputTab</name>
    <message>
        <source>Fetch URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where Mesos agents download the tarball; empty: the local file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch UR&amp;I:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output fo&amp;lder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gzip (.tgz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xz (.txz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uncompressed (.tar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpression:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesos 1.7 or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesos 1.6 or earlier (GNU tar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesos 1.7 and later cannot extract file names that are not ASCII, so the export refuses packages with such names; Mesos 1.6 and earlier extract them with GNU tar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesos a&amp;gents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marathon 1.0 and later (fetch, portDefinitions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marathon before 1.0 (uris, ports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest of chef/%1, core/%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 package:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the current folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::PackageArtifact</name>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload does not match its signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsigned (installed package)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::PackageBrowser</name>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>%n present</numerusform>
            <numerusform>%n present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n missing</numerusform>
            <numerusform>%n missing</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No package %1 in %2. Pick one in the list, or open its .hart file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for packages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 and its dependencies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a package, open a .hart file or drop one here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No package found. Open a .hart file, drop one here, or build one with Habitat first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the artifact cache %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the installed packages in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::PackageIdent</name>
    <message>
        <source>“%1” is not a package identifier: expected origin/name[/version[/release]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: invalid origin “%2” (lowercase letters, digits, &apos;-&apos; and &apos;_&apos;, starting with a letter or digit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: invalid package name “%2” (letters, digits, &apos;-&apos; and &apos;_&apos; only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: invalid version “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: invalid release “%2” (expected 14 digits, YYYYMMDDhhmmss)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::PackageLocator</name>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no readable package %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no package %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Supervisor&apos;s package %1 is not in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Supervisor needs chef/%1 or core/%1, found in neither %2 nor the installed packages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::PackageMetadata</name>
    <message>
        <source>not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control character in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a single line, found another: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected name=config.key, found “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected bind=export1 export2 …, found “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a single &apos;:&apos;-separated line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an absolute directory without shell metacharacters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one line of space-separated ports, found another line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a port number (1–65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes, more than the %2 a metadata file may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: more than %2 files in hooks/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not fully qualified (origin/name/version/release)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no IDENT file: not a Habitat package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: IDENT: “%2” is not fully qualified (origin/name/version/release)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no TARGET file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: TARGET: “%2” is not a package target (architecture-system, e.g. x86_64-linux)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user name (lowercase letters, digits, “_” and “-”, not starting with a digit or “-”, at most 32 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a group name (lowercase letters, digits, “_” and “-”, not starting with a digit or “-”, at most 32 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a signal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a package type (native or standard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: SHUTDOWN_TIMEOUT: “%2” is not a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::PackageRef</name>
    <message>
        <source>artifact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cached artifact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::PackageRepository</name>
    <message>
        <source>%1: missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: longer than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: IDENT “%2” is not a fully qualified ident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the artifact has no TARGET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: TARGET “%2” is not a package target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the artifact cache is not a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the artifact cache cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read (permission denied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an installed package: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: IDENT “%2” is not a fully qualified ident%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: IDENT says %2 but the package is installed as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no usable TARGET: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::PackageTreeModel</name>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::PlacementTab</name>
    <message>
        <source>Constraints: where Marathon may place the tasks (hostname UNIQUE: at most one Supervisor per agent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new row (hostname UNIQUE); type its field, then Tab to the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels: for the operators&apos; tools, service discovery and load balancers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new row; type its name, then Tab to its value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::PortPlacement</name>
    <message>
        <source>no port range given: write LOW-HIGH, e.g. 31000-32000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a port range LOW-HIGH with 1 ≤ LOW ≤ HIGH ≤ 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app requires its ports on the agents as numbered (requirePorts), but this one has no number: Marathon would pick one from 10000–20000 and wait for an agent offering it, while the agents offer %1; give every port a number, or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 is not among the ports the agents offer (%2), so Marathon would wait for ever for an offer; pick a port in that range, or, if the agents&apos; --resources offer it, add it to the agents&apos; port ranges (--agent-ports, or “Agents offer” on the Ports page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed ports allow one task per agent: with %1 instances, add the constraint hostname:UNIQUE so that Marathon places each on an agent of its own</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::PortsModel</name>
    <message>
        <source>dynamic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1: &quot;%2&quot; is not a port number; give a number from 1 to 65535, or 0 for any free port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::PortsTab</name>
    <message>
        <source>Expose the Supervisor&apos;s gossip and HTTP gateway ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed ports: the package&apos;s own port numbers on the agents (requirePorts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents&apos; port ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port ranges the Mesos agents offer (their --resources ports, by default 31000-32000): fixed ports must lie in them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gents offer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset ports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::ProblemLabel</name>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::PublicSigningKey</name>
    <message>
        <source>%1: not a regular file, so not a key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read key file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a key file (%2 bytes; a public key file is under %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is named for %2 but holds the key %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a key file (too large)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the key file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this is an encryption key (BOX-PUB-1), not an origin signing key (SIG-PUB-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this is a secret signing key (SIG-SEC-1); a public key (SIG-PUB-1) is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: key without a version line (the format before April 2016 is not supported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line 1: unsupported key version “%2”, expected SIG-PUB-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line 2: “%2” is not a key name of the form &lt;origin&gt;-&lt;YYYYMMDDhhmmss&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line 3: expected an empty line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line 4: the key is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line 4: the key has %2 bytes, an Ed25519 public key has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: unexpected text after the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature too short (%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature was not made with the key %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::PublishArguments</name>
    <message>
        <source>Print the JSON without building the tarball</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After building, HTTP PUT the tarball to URL (WebDAV, a pre-signed URL; a URL ending in / gets the tarball&apos;s name appended), or “marathon”: the artifact store of the --deploy server (Marathon 0.7 to 1.4). The fetch URI in the JSON is then the uploaded file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP Basic user for --upload URL; the password comes from --upload-password-file or $HABMESOS_UPLOAD_PASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the --upload-user&apos;s password from FILE (- for standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up an upload that has not finished within SECONDS (default 3600)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the app on this Marathon (http(s)://host:8080, https://cluster/service/marathon), or update it when it exists. The JSON is printed first all the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When running deployments lock the app, cancel them and deploy anyway (Marathon&apos;s force=true)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the deployment until the app&apos;s tasks run, each change on standard error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up waiting after SECONDS (default 600)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up a call to Marathon that has not answered completely within SECONDS (default 120)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to Marathon as USER with HTTP Basic (or to DC/OS, with --dcos-login); the password comes from --password-file or $HABMESOS_MARATHON_PASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from FILE (- for standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a DC/OS authentication token from FILE (- for standard input); without --user and --token-file, $HABMESOS_MARATHON_TOKEN is used when set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange --user and the password for a DC/OS token at the cluster&apos;s login endpoint, instead of HTTP Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the CA certificates in FILE (PEM or DER) besides the system&apos;s, for --deploy and --upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is for --deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is for --deploy (and --upload marathon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--upload marathon uses the artifact store of the --deploy server; give --deploy URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--upload needs the tarball, which --json-only does not build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--deploy with --json-only needs --uri: where the agents download the tarball</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--upload-user and --upload-password-file are for --upload URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--upload-password-file needs --upload-user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --user (with a password) or --token-file, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dcos-login needs --user (the DC/OS uid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-file needs --user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one secret can be read from standard input (-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--upload-deadline is for --upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user needs a password: --password-file FILE, or $HABMESOS_MARATHON_PASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--upload-user needs a password: --upload-password-file FILE, or $HABMESOS_UPLOAD_PASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::RegularFile</name>
    <message>
        <source>a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown kind of file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a regular file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::ReplyGuard</name>
    <message>
        <source>%1: %2 did not finish answering within %3 s (it may be overloaded, or something between drips the answer). Try again later, or allow more time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 sent an answer larger than %3 bytes; this is not the server expected. Check the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 bytes announced came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the answer (HTTP %2) was cut short: %3. Nothing can be concluded from it; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::RootfsLayout</name>
    <message>
        <source>the service package %1 is not fully qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: SVC_USER/SVC_GROUP “%2” is not a valid account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Supervisor&apos;s packages are incomplete: %1 is not fully qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a program name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a key name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two items at %1 in the image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::RootfsWriter</name>
    <message>
        <source>the Supervisor&apos;s %1 package is not among the exported packages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::SecretInput</name>
    <message>
        <source>%1: type the secret and press Enter: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing was typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is larger than 64 KiB; expected a password or token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::SecretPromptDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DC/OS Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marathon Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the DC/OS authentication token for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password of %1 on %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember in the desktop keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No desktop keyring is available. The token is kept in memory until habmesos quits and is never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No desktop keyring is available. The password is kept in memory until habmesos quits and is never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::SecretSigningKey</name>
    <message>
        <source>%1: cannot read key file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a key file (too large)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line 1: expected SIG-SEC-1, found “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line 2: “%2” is not a key name of the form &lt;origin&gt;-&lt;YYYYMMDDhhmmss&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line 3: expected an empty line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line 4: expected the base64 of a %2-byte secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid origin name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot set the permissions: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::SegmentCache</name>
    <message>
        <source>Could not create the segment cache directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a segment cache key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cached segment %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cached segment %1 is damaged; removed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove %1 from the cache</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::ServerPicker</name>
    <message>
        <source>&amp;Servers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, change or remove Marathon servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the password or token of this server; it is asked for again next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marathon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is forgotten; it is asked for at the next connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be removed from the keyring: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Marathon server first (Servers…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the password of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: no password or token was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be kept in the keyring: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::ServersEditorDialog</name>
    <message>
        <source>Marathon Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://marathon.example.com:8443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name and password (HTTP Basic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DC/OS token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DC/OS login (user name and password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the system&apos;s certificate authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server for its version and leader (GET /v2/info)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords and tokens are asked for when first needed and never stored in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Au&amp;thentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every server needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the URL must start with http:// or https:// and name a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this kind of authentication needs a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marathon %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL must start with http:// or https:// and name a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answers and asks for credentials; none are stored for it yet (they are asked for at the first deploy).
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answers, but not as Marathon does (no name and version in its /v2/info). Is the URL Marathon&apos;s?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marathon %1 answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marathon %1 answers; the leader is %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::ServicesTab</name>
    <message>
        <source>Binds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package has no binds: it needs no other service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relaxed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict: the service starts only once every bound service group is there; relaxed: it starts without them (--binding-mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (Habitat&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service group&apos;s name after the service&apos;s: other services bind to name.group (--group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standalone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader: the members elect one leader, which needs at least three of them (--topology)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topology:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the Supervisor updates the service from Builder by itself: never, all members at once, or one member after the other (--strategy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update strategy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track the channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest: only newer releases; track the channel: whatever the channel holds, older ones too (--update-condition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update condition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stable (Habitat&apos;s default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Builder channel updates come from (--channel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://bldr.habitat.sh (Habitat&apos;s default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Builder the updates come from (--url)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builder URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a whole number of seconds; it is not taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 (Habitat&apos;s default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often, in seconds, the Supervisor runs the service&apos;s health-check hook (--health-check-interval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health-check interval (s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the service&apos;s data on a persistent volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A persistent local volume on the agent for the service&apos;s data directory: it outlives restarts, and the task stays on that agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volume needs a size in MiB; an empty size is not taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a whole number of MiB; it is not taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marathon task list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How each task&apos;s Supervisor finds the other members of its ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app&apos;s own ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps that name the same ring form one (a web app and its database): every app of the ring is labelled with it. Empty: a ring of this app&apos;s tasks only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server the app is deployed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Marathon the tasks ask for the ring&apos;s task list; it must be reachable from the agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the selected server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marathon URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bastion-1.example.com:9638
10.0.0.7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permanent peers every task joins (a bastion app): host or host:port, one per line; the port is the gossip port, 9638 when not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only where each secret is kept goes into the definition; the value itself never does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ring&apos;s symmetric key (the contents of a SYM-SEC-1 file, as hab ring key generate writes it): every member of the ring needs the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token the Supervisor&apos;s HTTP gateway asks of its clients (HAB_SUP_GATEWAY_AUTH_TOKEN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marathon credentials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Authorization header the tasks send when they ask Marathon for the ring&apos;s task list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marathon secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File fetched with the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Marathon server is selected in the Marathon panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in %1, the server selected in the Marathon panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its path in the secret store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URI the agents download it from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marathon&apos;s task list when the app runs two or more instances or names a ring; otherwise each task runs alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ring: each task&apos;s Supervisor runs by itself and sees no other service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tasks ask Marathon for the running tasks of every app labelled with the ring&apos;s name, and join them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tasks join fixed, permanent peers (a bastion app), one host[:port] per line below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::SessionKeeper</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Marathon JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last session could not be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last session&apos;s package %1 is not there any more; its settings are kept until another package is opened. Add the package to the cache (or open it), then reopen it from File ▸ Open Recent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs %2, which is not among the packages here; add it to the cache (or open its .hart file) and open the definition again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for an app definition (more than %2 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read, so %2 was not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the last session of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The definition of %1 has changes that are not saved. Save them to a file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The definition of %1 has changes that are not saved in %2. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The definition was not saved, so nothing was closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::Settings</name>
    <message>
        <source>%1: cannot read the settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the settings file is damaged; using the defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the settings file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::ShortList</name>
    <message numerus="yes">
        <source>%1 … and %Ln more</source>
        <translation>
            <numerusform>%1 … and %Ln more</numerusform>
            <numerusform>%1 … and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>habmesos::Subcommand</name>
    <message>
        <source>Show a package, its signature and its closure; check them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the Mesos container tarball and print the Marathon application JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 [&lt;subcommand&gt; [options] ...]

Exports Chef Habitat packages as Mesos container tarballs and Marathon applications.
Without a subcommand, opens the main window.

Subcommands (run without a display; `%1 &lt;subcommand&gt; --help` for details):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Options:
  -h, --help     Displays this help.
  -v, --version  Displays version information.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown subcommand “%2”; try --help
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::SupervisorCensus</name>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s). A firewall may block the agent&apos;s ports from here, or the agent is down.</source>
        <translation>
            <numerusform>%1 did not answer within %n second. A firewall may block the agent&apos;s ports from here, or the agent is down.</numerusform>
            <numerusform>%1 did not answer within %n seconds. A firewall may block the agent&apos;s ports from here, or the agent is down.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking task %1 for its census</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the census</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not running: its Supervisor cannot be asked yet. Ask again once Marathon shows it running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no port for the Supervisor&apos;s HTTP gateway (hab-http) in Marathon&apos;s task list; it may still be starting. Reload, or give the app a port named hab-http.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing listens there (connection refused). The Supervisor may not have started yet, or listens on another port: look at the task&apos;s log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the Supervisor&apos;s gateway asks for a token (the app sets HAB_SUP_GATEWAY_AUTH_TOKEN). Enter the gateway token and ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the Supervisor&apos;s gateway refused the token. Enter the app&apos;s gateway token again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 instead of the census. Is the port named hab-http the Supervisor&apos;s HTTP gateway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer with a Supervisor census (%2). Is the port named hab-http the Supervisor&apos;s HTTP gateway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be asked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a port number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed under another id (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, “sys”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not JSON; it starts with “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, member %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no port named %2, so its Supervisors&apos; HTTP gateway cannot be found. Export the app with the Supervisor&apos;s ports (hab-gossip, hab-http, hab-ctl) and deploy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::SupervisorRoles</name>
    <message>
        <source>%1 cannot be the Supervisor&apos;s %2 package: it has no bin/%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::TarArchives</name>
    <message>
        <source>Could not write %1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: out of memory (libarchive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choosing the pax format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting the pax option hdrcharset=BINARY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting unblocked output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting the tar stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tar member “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2: out of memory (libarchive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ending the tar stream</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::TarEntry</name>
    <message>
        <source>tar member “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the root directory may have an empty path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path or link target contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path contains “..” (extractors refuse it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link needs a target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hardlink target must be a member path without “..”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::TarballUploader</name>
    <message>
        <source>Uploading %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only http and https URLs can be uploaded to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the server answered HTTP %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. The server wants credentials; give a user and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. The server does not accept uploads there: check that it allows PUT (WebDAV) at this path and that the credentials may write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. The folder may not exist on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. The file is larger than the server accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %1 to Marathon&apos;s artifact store: canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %1 to Marathon&apos;s artifact store at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this Marathon has no artifact store (HTTP %2: %3). The store existed in Marathon 0.7 to 1.4 and was removed in 1.5; upload the tarball to an HTTP or WebDAV server instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Marathon has no artifact store configured (%2). Start it with --artifact_store, or upload the tarball to an HTTP or WebDAV server instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::TarballWriter</name>
    <message>
        <source>gzip block size %1 is out of range (4 KiB to 1 GiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tarball is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: tar member “%2”: %3 of its %4 bytes are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot append the compressed segment %1 to %2: only gzip tarballs take segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot append the compressed segment %1 inside a segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot append the compressed segment %1 before the data of “%2” is complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot append the compressed segment %1: it was made with gzip level %2 and %3-byte blocks, this tarball uses level %4 and %5-byte blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot append the compressed segment %1: it is not whole tar blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: tar member “%2”: more data than its declared %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: a segment is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: only gzip tarballs can keep segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: “%2” is not a segment cache key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: no segment is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the cached segment %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cached segment %1 changed while being read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is shorter than its trailer says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: a segment is still open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::UploadBox</name>
    <message>
        <source>Upload the tarball</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tarball built yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To a &amp;URL (WebDAV or pre-signed PUT):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To Marathon&apos;s &amp;artifact store (Marathon 1.4 and older)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://files.example.com/habitat/ (a folder URL gets the file name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if agents download from another URL than the upload URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;pload tarball</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tarball: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %1 to the artifact store of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload URL: give an http:// or https:// address, e.g. https://files.example.com/habitat/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %1 to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded %1; the application now needs another tarball, so its fetch URI was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded. Mesos agents download the tarball from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habmesos::XzStreamEncoder</name>
    <message>
        <source>xz compression: out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xz compression: unsupported preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xz compression: unsupported check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xz compression failed (liblzma error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xz level %1 is not supported (0-9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xz compression was not started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Habitat packages on Mesos and Marathon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the built-in demo package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the main window&apos;s states into DIR as PNG files and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .hart file or package ident to open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
