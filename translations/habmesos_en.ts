<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>habmesos::AppForm</name>
    <message numerus="yes">
        <source> second(s)</source>
        <translation><numerusform> second</numerusform><numerusform> seconds</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Default (%n second(s))</source>
        <translation><numerusform>Default (%n second)</numerusform><numerusform>Default (%n seconds)</numerusform></translation>
    </message>
    </context>
<context>
    <name>habmesos::BuildPanel</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation><numerusform>%n second</numerusform><numerusform>%n seconds</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation><numerusform>%n minute</numerusform><numerusform>%n minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n package(s), all compressed afresh.</source>
        <translation><numerusform>%n package, all compressed afresh.</numerusform><numerusform>%n packages, all compressed afresh.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n package(s), %1 reused from the segment cache:</source>
        <translation><numerusform>%n package, %1 reused from the segment cache:</numerusform><numerusform>%n packages, %1 reused from the segment cache:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Total: %n file(s)</source>
        <translation><numerusform>Total: %n file</numerusform><numerusform>Total: %n files</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Built the bootstrap and %n .hart file(s) in %1 (%2 in all).</source>
        <translation><numerusform>Built the bootstrap and %n .hart file in %1 (%2 in all).</numerusform><numerusform>Built the bootstrap and %n .hart files in %1 (%2 in all).</numerusform></translation>
    </message>
    </context>
<context>
    <name>habmesos::BuilderClient</name>
    <message numerus="yes">
        <source>(%n attempt(s))</source>
        <translation><numerusform>(%n attempt)</numerusform><numerusform>(%n attempts)</numerusform></translation>
    </message>
    </context>
<context>
    <name>habmesos::BuilderFetch</name>
    <message numerus="yes">
        <source>%1: %2 of %n package(s) downloaded and verified (%3 MiB), %4 already here</source>
        <translation><numerusform>%1: %2 of %n package downloaded and verified (%3 MiB), %4 already here</numerusform><numerusform>%1: %2 of %n packages downloaded and verified (%3 MiB), %4 already here</numerusform></translation>
    </message>
    </context>
<context>
    <name>habmesos::BuilderPanel</name>
    <message numerus="yes">
        <source>%1 of %n release(s) shown</source>
        <translation><numerusform>%1 of %n release shown</numerusform><numerusform>%1 of %n releases shown</numerusform></translation>
    </message>
    </context>
<context>
    <name>habmesos::CensusModel</name>
    <message numerus="yes">
        <source>Asking %n instance(s)…</source>
        <translation><numerusform>Asking %n instance…</numerusform><numerusform>Asking %n instances…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>All %n instance(s) see each other: one ring.</source>
        <translation><numerusform>All %n instance see each other: one ring.</numerusform><numerusform>All %n instances see each other: one ring.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The %n instance(s) that answered see each other: one ring.</source>
        <translation><numerusform>The %n instance that answered see each other: one ring.</numerusform><numerusform>The %n instances that answered see each other: one ring.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n ring(s): %1. The instances did not join each other: look at the tasks' logs for the peers they were given.</source>
        <translation><numerusform>%n ring: %1. The instances did not join each other: look at the tasks' logs for the peers they were given.</numerusform><numerusform>%n rings: %1. The instances did not join each other: look at the tasks' logs for the peers they were given.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Marathon lists %1 of the %n instance(s) the app asks for; the others are not running.</source>
        <translation><numerusform>Marathon lists %1 of the %n instance the app asks for; the others are not running.</numerusform><numerusform>Marathon lists %1 of the %n instances the app asks for; the others are not running.</numerusform></translation>
    </message>
    </context>
<context>
    <name>habmesos::ClusterAppsModel</name>
    <message numerus="yes">
        <source>Waiting (%n task(s) staged)</source>
        <translation><numerusform>Waiting (%n task staged)</numerusform><numerusform>Waiting (%n tasks staged)</numerusform></translation>
    </message>
    </context>
<context>
    <name>habmesos::ClusterView</name>
    <message numerus="yes">
        <source>%n app(s) on the server.</source>
        <translation><numerusform>%n app on the server.</numerusform><numerusform>%n apps on the server.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Scale %1 on %2 from %Ln instance(s) to %3?</source>
        <translation><numerusform>Scale %1 on %2 from %Ln instance to %3?</numerusform><numerusform>Scale %1 on %2 from %Ln instances to %3?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 is being scaled to %n instance(s).</source>
        <translation><numerusform>%1 is being scaled to %n instance.</numerusform><numerusform>%1 is being scaled to %n instances.</numerusform></translation>
    </message>
    </context>
<context>
    <name>habmesos::DeployPanel</name>
    <message numerus="yes">
        <source>Not sent: the definition has %n error(s); correct the definition and deploy again.</source>
        <translation><numerusform>Not sent: the definition has %n error; correct the definition and deploy again.</numerusform><numerusform>Not sent: the definition has %n errors; correct the definition and deploy again.</numerusform></translation>
    </message>
    </context>
<context>
    <name>habmesos::DroppedPrivileges</name>
    <message numerus="yes">
        <source>%1: %n member(s) lost the setuid or setgid bit (the export does not let a package grant privileges in the container): %2</source>
        <translation><numerusform>%1: %n member lost the setuid or setgid bit (the export does not let a package grant privileges in the container): %2</numerusform><numerusform>%1: %n members lost the setuid or setgid bit (the export does not let a package grant privileges in the container): %2</numerusform></translation>
    </message>
    </context>
<context>
    <name>habmesos::ExportPublisher</name>
    <message numerus="yes">
        <source>published to %1: %n file(s) sent (%2 MiB), %3 there already</source>
        <translation><numerusform>published to %1: %n file sent (%2 MiB), %3 there already</numerusform><numerusform>published to %1: %n files sent (%2 MiB), %3 there already</numerusform></translation>
    </message>
    </context>
<context>
    <name>habmesos::ExportScheduler</name>
    <message numerus="yes">
        <source>the segment cache could not give back %n package(s), compressed again instead: %1</source>
        <translation><numerusform>the segment cache could not give back %n package, compressed again instead: %1</numerusform><numerusform>the segment cache could not give back %n packages, compressed again instead: %1</numerusform></translation>
    </message>
    </context>
<context>
    <name>habmesos::HabitatServiceApp</name>
    <message numerus="yes">
        <source>The leader topology needs at least three members, and the app has %n instance(s): set 3 or more instances, share the ring with other apps (a ring name), or choose the standalone topology</source>
        <translation><numerusform>The leader topology needs at least three members, and the app has %n instance: set 3 or more instances, share the ring with other apps (a ring name), or choose the standalone topology</numerusform><numerusform>The leader topology needs at least three members, and the app has %n instances: set 3 or more instances, share the ring with other apps (a ring name), or choose the standalone topology</numerusform></translation>
    </message>
    </context>
<context>
    <name>habmesos::HartsUploadBox</name>
    <message numerus="yes">
        <source>Published: %n file(s) sent (%1), %2 there already. Mesos agents download them from %3</source>
        <translation><numerusform>Published: %n file sent (%1), %2 there already. Mesos agents download them from %3</numerusform><numerusform>Published: %n files sent (%1), %2 there already. Mesos agents download them from %3</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 in all; check the folder to see what will move.</source>
        <translation><numerusform>%n file, %1 in all; check the folder to see what will move.</numerusform><numerusform>%n files, %1 in all; check the folder to see what will move.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 file(s) will be uploaded: %2 of %3 will move.</source>
        <translation><numerusform>%n of %1 file will be uploaded: %2 of %3 will move.</numerusform><numerusform>%n of %1 files will be uploaded: %2 of %3 will move.</numerusform></translation>
    </message>
    </context>
<context>
    <name>habmesos::HealthCheckForm</name>
    <message numerus="yes">
        <source> second(s)</source>
        <translation><numerusform> second</numerusform><numerusform> seconds</numerusform></translation>
    </message>
    </context>
<context>
    <name>habmesos::JsonPreview</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation><numerusform>%n error</numerusform><numerusform>%n errors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation><numerusform>%n warning</numerusform><numerusform>%n warnings</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Copied the JSON, which has %n error(s): Marathon refuses it as it is</source>
        <translation><numerusform>Copied the JSON, which has %n error: Marathon refuses it as it is</numerusform><numerusform>Copied the JSON, which has %n errors: Marathon refuses it as it is</numerusform></translation>
    </message>
    </context>
<context>
    <name>habmesos::MainWindow</name>
    <message numerus="yes">
        <source>%n package(s) found</source>
        <translation><numerusform>%n package found</numerusform><numerusform>%n packages found</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation><numerusform>%n error</numerusform><numerusform>%n errors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation><numerusform>%n warning</numerusform><numerusform>%n warnings</numerusform></translation>
    </message>
    </context>
<context>
    <name>habmesos::MarathonClient</name>
    <message numerus="yes">
        <source>Scaling %1 to %n instance(s)</source>
        <translation><numerusform>Scaling %1 to %n instance</numerusform><numerusform>Scaling %1 to %n instances</numerusform></translation>
    </message>
    </context>
<context>
    <name>habmesos::MissingDependencies</name>
    <message numerus="yes">
        <source>missing dependencies (%Ln): %1</source>
        <translation><numerusform>missing dependencies (%Ln): %1</numerusform><numerusform>missing dependencies (%Ln): %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>missing dependencies (%Ln): %1; looked in %2</source>
        <translation><numerusform>missing dependencies (%Ln): %1; looked in %2</numerusform><numerusform>missing dependencies (%Ln): %1; looked in %2</numerusform></translation>
    </message>
    </context>
<context>
    <name>habmesos::PackageBrowser</name>
    <message numerus="yes">
        <source>%n present</source>
        <translation><numerusform>%n present</numerusform><numerusform>%n present</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation><numerusform>%n missing</numerusform><numerusform>%n missing</numerusform></translation>
    </message>
    </context>
<context>
    <name>habmesos::ShortList</name>
    <message numerus="yes">
        <source>%1 … and %Ln more</source>
        <translation><numerusform>%1 … and %Ln more</numerusform><numerusform>%1 … and %Ln more</numerusform></translation>
    </message>
</context>
<context>
    <name>habmesos::SupervisorCensus</name>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s). A firewall may block the agent's ports from here, or the agent is down.</source>
        <translation><numerusform>%1 did not answer within %n second. A firewall may block the agent's ports from here, or the agent is down.</numerusform><numerusform>%1 did not answer within %n seconds. A firewall may block the agent's ports from here, or the agent is down.</numerusform></translation>
    </message>
    </context>
</TS>