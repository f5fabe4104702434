<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>habmesos</name>
    <message>
        <source>Seconds between the Supervisor&apos;s runs of the service&apos;s health check hook (default 30)</source>
        <translation>Sekunden zwischen den Ausführungen des Health-Check-Hooks des Dienstes durch den Supervisor (Standard 30)</translation>
    </message>
    <message>
        <source>Bind one of the package&apos;s binds to the service group that provides it (repeatable), e.g. database:postgresql.default; every required bind needs one</source>
        <translation>Eines der Binds des Pakets an die Dienstgruppe binden, die es bereitstellt (mehrfach möglich), z. B. database:postgresql.default; jedes erforderliche Bind braucht eine solche Angabe</translation>
    </message>
    <message>
        <source>strict (default: the service waits until every bound group is there) or relaxed (it starts anyway)</source>
        <translation>strict (Standard: der Dienst wartet, bis jede gebundene Gruppe da ist) oder relaxed (er startet trotzdem)</translation>
    </message>
    <message>
        <source>The ring the service&apos;s Supervisors join: apps with the same ring name form one ring (default: one ring per app, named after its id)</source>
        <translation>Der Ring, dem die Supervisors des Dienstes beitreten: Apps mit demselben Ringnamen bilden einen Ring (Standard: ein Ring pro App, benannt nach ihrer ID)</translation>
    </message>
    <message>
        <source>How the tasks find the ring&apos;s members: auto (default: from Marathon&apos;s task list with 2 or more instances or a ring name when Marathon&apos;s address is known, from --ring-marathon or --deploy; else alone), alone, marathon or peers (the --peer addresses)</source>
        <translation>Wie die Tasks die Mitglieder des Rings finden: auto (Standard: aus der Task-Liste von Marathon bei 2 oder mehr Instanzen oder einem Ring-Namen, wenn die Adresse von Marathon bekannt ist, aus --ring-marathon oder --deploy; sonst alone), alone, marathon oder peers (die Adressen aus --peer)</translation>
    </message>
    <message>
        <source>A permanent Supervisor the tasks join, host or host:port (repeatable; the ring&apos;s members are then these peers)</source>
        <translation>Ein dauerhafter Supervisor, dem die Tasks beitreten, host oder host:port (mehrfach möglich; die Mitglieder des Rings sind dann diese Peers)</translation>
    </message>
    <message>
        <source>The Marathon the tasks ask for the ring&apos;s members (default: the --deploy server)</source>
        <translation>Der Marathon, den die Tasks nach den Mitgliedern des Rings fragen (Standard: der Server von --deploy)</translation>
    </message>
    <message>
        <source>Encrypt the ring&apos;s gossip with the key in this Marathon secret store path (needs Marathon&apos;s secrets, as DC/OS has them)</source>
        <translation>Den Gossip des Rings mit dem Schlüssel unter diesem Pfad im Secret Store von Marathon verschlüsseln (braucht die Secrets von Marathon, wie DC/OS sie hat)</translation>
    </message>
    <message>
        <source>Encrypt the ring&apos;s gossip with the key file the agents download from URI (protect it: whoever reads it can join the ring)</source>
        <translation>Den Gossip des Rings mit der Schlüsseldatei verschlüsseln, die die Agents von URI herunterladen (schützen Sie sie: Wer sie lesen kann, kann dem Ring beitreten)</translation>
    </message>
    <message>
        <source>Protect the Supervisor&apos;s HTTP gateway with the token in this Marathon secret store path</source>
        <translation>Das HTTP-Gateway des Supervisors mit dem Token unter diesem Pfad im Secret-Store von Marathon schützen</translation>
    </message>
    <message>
        <source>Protect the Supervisor&apos;s HTTP gateway with the token in the file the agents download from URI</source>
        <translation>Das HTTP-Gateway des Supervisors mit dem Token aus der Datei schützen, die die Agents von URI herunterladen</translation>
    </message>
    <message>
        <source>The Authorization header the tasks send to Marathon for its task list, from this Marathon secret store path</source>
        <translation>Der Authorization-Header, den die Tasks für die Task-Liste an Marathon senden, aus diesem Pfad im Marathon-Secret-Store</translation>
    </message>
    <message>
        <source>The Authorization header the tasks send to Marathon for its task list, from the file the agents download from URI</source>
        <translation>Der Authorization-Header, den die Tasks für die Task-Liste an Marathon senden, aus der Datei, die die Agents von URI herunterladen</translation>
    </message>
    <message>
        <source>Keep the service&apos;s data (/hab/svc/&lt;name&gt;/data) on a persistent volume of this many MiB, which ties each instance to its agent</source>
        <translation>Die Daten des Dienstes (/hab/svc/&lt;name&gt;/data) auf einem persistenten Volume mit so vielen MiB halten, was jede Instanz an ihren Agent bindet</translation>
    </message>
    <message>
        <source>Where the tarball goes (default: the current directory)</source>
        <translation>Wohin der Tarball geschrieben wird (Standard: das aktuelle Verzeichnis)</translation>
    </message>
    <message>
        <source>Tarball compression: tgz (default), txz or tar</source>
        <translation>Kompression des Tarballs: tgz (Standard), txz oder tar</translation>
    </message>
    <message>
        <source>The Mesos version of the agents: 1.7 (default: 1.7 or later, whose fetcher cannot extract names that are not ASCII, so the export refuses them) or 1.6 (1.6 or earlier, which extract with GNU tar)</source>
        <translation>Die Mesos-Version der Agents: 1.7 (Standard: 1.7 oder neuer, deren Fetcher Namen, die nicht ASCII sind, nicht entpacken kann, weshalb der Export sie ablehnt) oder 1.6 (1.6 oder älter, die mit GNU tar entpacken)</translation>
    </message>
    <message>
        <source>Where compressed packages are kept for fast re-export (default ~/.cache/habmesos/segments)</source>
        <translation>Wo komprimierte Pakete für schnelles erneutes Exportieren aufbewahrt werden (Standard ~/.cache/habmesos/segments)</translation>
    </message>
    <message>
        <source>Neither use nor fill the segment cache</source>
        <translation>Den Segment-Cache weder verwenden noch füllen</translation>
    </message>
    <message>
        <source>The hab package (default: newest of chef/hab, core/hab)</source>
        <translation>Das hab-Paket (Standard: das neueste aus chef/hab, core/hab)</translation>
    </message>
    <message>
        <source>The Supervisor package (default: newest of chef/hab-sup, core/hab-sup)</source>
        <translation>Das Supervisor-Paket (Standard: das neueste aus chef/hab-sup, core/hab-sup)</translation>
    </message>
    <message>
        <source>The Launcher package (default: newest of chef/hab-launcher, core/hab-launcher)</source>
        <translation>Das Launcher-Paket (Standard: das neueste aus chef/hab-launcher, core/hab-launcher)</translation>
    </message>
    <message>
        <source>The busybox package (default: newest of chef/busybox-static, core/busybox-static)</source>
        <translation>Das busybox-Paket (Standard: das neueste aus chef/busybox-static, core/busybox-static)</translation>
    </message>
    <message>
        <source>The CA certificates package (default: newest present, optional)</source>
        <translation>Das Paket mit den CA-Zertifikaten (Standard: das neueste vorhandene, optional)</translation>
    </message>
    <message>
        <source>How the agents receive the packages: tarball (default: one tarball with every package unpacked) or harts (a small bootstrap and each signed .hart as it is, cached by the agents&apos; fetcher, installed by hab in the task; only what changed is downloaded again)</source>
        <translation>Wie die Agenten die Pakete erhalten: tarball (Standard: ein Tarball mit allen Paketen entpackt) oder harts (ein kleiner Bootstrap und jede signierte .hart-Datei unverändert, vom Fetcher der Agenten zwischengespeichert und von hab in der Aufgabe installiert; nur Geändertes wird erneut heruntergeladen)</translation>
    </message>
    <message>
        <source>The channel missing packages are fetched from (default: HAB_BLDR_CHANNEL, then base) and the Supervisor takes updates from (default: stable)</source>
        <translation>Der Kanal, aus dem fehlende Pakete geholt werden (Standard: HAB_BLDR_CHANNEL, dann base) und aus dem der Supervisor Updates bezieht (Standard: stable)</translation>
    </message>
    <message>
        <source>The Builder missing packages are fetched from and the Supervisor takes updates from (default: HAB_BLDR_URL, then hab&apos;s cli.toml, then https://bldr.habitat.sh); not --uri, which is where the agents download the tarball</source>
        <translation>Der Builder, von dem fehlende Pakete geholt werden und von dem der Supervisor Updates bezieht (Standard: HAB_BLDR_URL, dann die cli.toml von hab, dann https://bldr.habitat.sh); nicht --uri, von wo die Agents den Tarball herunterladen</translation>
    </message>
</context>
<context>
    <name>habmesos::AboutDialog</name>
    <message>
        <source>About habmesos</source>
        <translation>Über habmesos</translation>
    </message>
    <message>
        <source>Exports Chef Habitat packages as Mesos container tarballs and Marathon applications. Licensed under the Apache License 2.0.</source>
        <translation>Exportiert Chef-Habitat-Pakete als Mesos-Container-Tarballs und Marathon-Anwendungen. Lizenziert unter der Apache License 2.0.</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Erstellt mit:</translation>
    </message>
    <message>
        <source>Read the README (how to use it, how it is tested)</source>
        <translation>Die README lesen (wie man es benutzt, wie es getestet wird)</translation>
    </message>
    <message>
        <source>The README is in the source distribution (README.md); it was not installed here.</source>
        <translation>Die README liegt in der Quelldistribution (README.md); sie wurde hier nicht installiert.</translation>
    </message>
    <message>
        <source>Qt %1 (LGPL-3.0)</source>
        <translation>Qt %1 (LGPL-3.0)</translation>
    </message>
    <message>
        <source>%1 (BSD-2-Clause)</source>
        <translation>%1 (BSD-2-Clause)</translation>
    </message>
    <message>
        <source>libsodium %1 (ISC)</source>
        <translation>libsodium %1 (ISC)</translation>
    </message>
    <message>
        <source>libdeflate %1 (MIT)</source>
        <translation>libdeflate %1 (MIT)</translation>
    </message>
    <message>
        <source>toml++ %1.%2.%3 (MIT)</source>
        <translation>toml++ %1.%2.%3 (MIT)</translation>
    </message>
</context>
<context>
    <name>habmesos::AppDerivation</name>
    <message>
        <source>the app has no ports, so there is no port “%1”</source>
        <translation>die App hat keine Ports, also auch keinen Port „%1“</translation>
    </message>
    <message>
        <source>no port named “%1”; the app&apos;s ports are %2</source>
        <translation>kein Port namens „%1“; die Ports der App sind %2</translation>
    </message>
    <message>
        <source>with fixed ports every port needs a number, and %1 would stay dynamic (which Marathon cannot place with requirePorts); give each of them a --port too, or use --fixed-ports and change the numbers you need with --port</source>
        <translation>mit festen Ports braucht jeder Port eine Nummer, und %1 bliebe dynamisch (was Marathon mit requirePorts nicht platzieren kann); geben Sie jedem davon ebenfalls ein --port, oder nehmen Sie --fixed-ports und ändern Sie die nötigen Nummern mit --port</translation>
    </message>
    <message>
        <source>the launch command mounts the tarball&apos;s tree and chroots into it, which needs root: as “%1” the task fails at once unless the agents let that user do both. The Supervisor inside still runs the service as the package&apos;s own user (%2) either way</source>
        <translation>der Startbefehl hängt den Baum des Tarballs ein und wechselt per chroot hinein, was root braucht: Als „%1“ schlägt der Task sofort fehl, außer die Agents erlauben diesem Benutzer beides. Der Supervisor darin führt den Dienst so oder so als eigenen Benutzer des Pakets (%2) aus</translation>
    </message>
    <message>
        <source>none: it is not a service</source>
        <translation>keiner: es ist kein Dienst</translation>
    </message>
    <message>
        <source>the opened definition&apos;s “%1” is kept as it was written, but the settings make this field too, so the kept value is left out; remove it from the JSON or change the setting</source>
        <translation>„%1“ der geöffneten Definition wird so behalten, wie es geschrieben wurde, aber die Einstellungen erzeugen dieses Feld ebenfalls, daher wird der behaltene Wert weggelassen; entfernen Sie es aus dem JSON oder ändern Sie die Einstellung</translation>
    </message>
</context>
<context>
    <name>habmesos::AppDiff</name>
    <message>
        <source>number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <source>download %1</source>
        <translation>Download %1</translation>
    </message>
    <message>
        <source>health check %1</source>
        <translation>Health-Check %1</translation>
    </message>
    <message>
        <source>env</source>
        <translation>Umgebungsvariable</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>constraint</source>
        <translation>Constraint</translation>
    </message>
    <message>
        <source>upgrade strategy</source>
        <translation>Upgrade-Strategie</translation>
    </message>
    <message>
        <source>%1: added (%2)</source>
        <translation>%1: hinzugefügt (%2)</translation>
    </message>
    <message>
        <source>%1: removed (was %2)</source>
        <translation>%1: entfernt (war %2)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>habmesos::AppDiffDialog</name>
    <message>
        <source>Replace %1?</source>
        <translation>%1 ersetzen?</translation>
    </message>
    <message>
        <source>%1 already runs on %2. Replacing its definition with this one changes:</source>
        <translation>%1 läuft bereits auf %2. Wird ihre Definition durch diese ersetzt, ändert sich:</translation>
    </message>
    <message>
        <source>%1 already runs on %2, but its definition could not be read, so what changes is not known: %3

Replace it with this definition anyway?</source>
        <translation>%1 läuft bereits auf %2, aber ihre Definition konnte nicht gelesen werden, daher ist nicht bekannt, was sich ändert: %3

Trotzdem durch diese Definition ersetzen?</translation>
    </message>
    <message>
        <source>%1 already runs on %2 with this same definition: replacing it changes no field (Marathon still starts a new deployment).</source>
        <translation>%1 läuft bereits mit genau dieser Definition auf %2: Das Ersetzen ändert kein Feld (Marathon startet trotzdem ein neues Deployment).</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Auf dem Server</translation>
    </message>
    <message>
        <source>This definition</source>
        <translation>Diese Definition</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
</context>
<context>
    <name>habmesos::AppForm</name>
    <message>
        <source>Application id</source>
        <translation>Anwendungs-ID</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>A&amp;rbeitsspeicher:</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Plattenplatz</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>I&amp;nstances:</source>
        <translation>I&amp;nstanzen:</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Off: the command is generated, and follows port changes</source>
        <translation>Aus: Der Befehl wird erzeugt und folgt Änderungen der Ports</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Kill grace period</source>
        <translation>Kill-Wartezeit</translation>
    </message>
    <message>
        <source>How long Mesos waits after asking the task to stop before it kills it (taskKillGracePeriodSeconds). The package&apos;s default is its SHUTDOWN_TIMEOUT (Habitat&apos;s %1 s when it states none) plus %2 s: the Supervisor may take SHUTDOWN_TIMEOUT to stop the service, and needs a few seconds more to hand the stop on and run post-stop hooks. Killed earlier, the service is cut short and the command cannot undo its mounts.</source>
        <translation>Wie lange Mesos nach der Aufforderung zum Beenden wartet, bevor es den Task tötet (taskKillGracePeriodSeconds). Die Vorgabe des Pakets ist sein SHUTDOWN_TIMEOUT (Habitats %1 s, wenn es keinen angibt) plus %2 s: Der Supervisor darf SHUTDOWN_TIMEOUT lang brauchen, um den Dienst zu beenden, und braucht einige Sekunden mehr, um das Beenden weiterzugeben und Post-Stop-Hooks auszuführen. Früher getötet, wird der Dienst abgewürgt, und der Befehl kann seine Mounts nicht mehr aufheben.</translation>
    </message>
    <message>
        <source>Ki&amp;ll grace period:</source>
        <translation>Kill-&amp;Wartezeit:</translation>
    </message>
    <message>
        <source>Sized from the package</source>
        <translation>Aus dem Paket bemessen</translation>
    </message>
    <message>
        <source>The extracted tarball, the tarball the Mesos fetcher keeps, and room for the service&apos;s data and logs; known once the tarball is built</source>
        <translation>Der entpackte Tarball, der Tarball, den der Mesos-Fetcher behält, und Platz für die Daten und Logs des Dienstes; bekannt, sobald der Tarball erstellt ist</translation>
    </message>
    <message numerus="yes">
        <source> second(s)</source>
        <translation>
            <numerusform> Sekunde</numerusform>
            <numerusform> Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Health-Check</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Platzierung</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Strg+%1</translation>
    </message>
    <message>
        <source>CPUs:</source>
        <translation>CPUs:</translation>
    </message>
    <message>
        <source>Dis&amp;k:</source>
        <translation>&amp;Plattenplatz:</translation>
    </message>
    <message>
        <source>Back to the package&apos;s default: its SHUTDOWN_TIMEOUT plus a margin</source>
        <translation>Zurück zur Vorgabe des Pakets: sein SHUTDOWN_TIMEOUT plus eine Reserve</translation>
    </message>
    <message>
        <source>Edit the command b&amp;y hand</source>
        <translation>Befehl &amp;manuell bearbeiten</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>Befehl:</translation>
    </message>
    <message numerus="yes">
        <source>Default (%n second(s))</source>
        <translation>
            <numerusform>Vorgabe (%n Sekunde)</numerusform>
            <numerusform>Vorgabe (%n Sekunden)</numerusform>
        </translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
</context>
<context>
    <name>habmesos::ArtifactHead</name>
    <message>
        <source>%1: %2 is %3 bytes, more than the bootstrap takes</source>
        <translation>%1: %2 hat %3 Bytes, mehr als der Bootstrap aufnimmt</translation>
    </message>
    <message>
        <source>%1: IDENT says %2 but the package&apos;s files are under hab/pkgs/%3</source>
        <translation>%1: IDENT nennt %2, die Dateien des Pakets liegen aber unter hab/pkgs/%3</translation>
    </message>
    <message>
        <source>%1: the package has no program bin/%2</source>
        <translation>%1: Das Paket hat kein Programm bin/%2</translation>
    </message>
</context>
<context>
    <name>habmesos::ArtifactInspector</name>
    <message>
        <source>%1: not an installed package directory (…/hab/pkgs/&lt;origin&gt;/&lt;name&gt;/&lt;version&gt;/&lt;release&gt;)</source>
        <translation>%1: kein Verzeichnis eines installierten Pakets (…/hab/pkgs/&lt;Origin&gt;/&lt;Name&gt;/&lt;Version&gt;/&lt;Release&gt;)</translation>
    </message>
    <message>
        <source>%1: not a directory</source>
        <translation>%1: kein Verzeichnis</translation>
    </message>
    <message>
        <source>%1: more than %2 files</source>
        <translation>%1: mehr als %2 Dateien</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: IDENT says %2 but the package&apos;s files are under %3</source>
        <translation>%1: IDENT nennt %2, aber die Dateien des Pakets liegen unter %3</translation>
    </message>
    <message>
        <source> (and the hashes don&apos;t match the signature of %1: the artifact was altered or damaged after signing)</source>
        <translation> (und die Hashes passen nicht zur Signatur von %1: Das Artefakt wurde nach dem Signieren verändert oder beschädigt)</translation>
    </message>
</context>
<context>
    <name>habmesos::ArtifactStreamer</name>
    <message>
        <source>%1: not verified</source>
        <translation>%1: nicht verifiziert</translation>
    </message>
    <message>
        <source>exported without verification: %1</source>
        <translation>ohne Verifizierung exportiert: %1</translation>
    </message>
    <message>
        <source>%1: IDENT says %2 but the repository listed it as %3</source>
        <translation>%1: IDENT nennt %2, aber das Repository führt es als %3</translation>
    </message>
    <message>
        <source>%1: no segment could be kept for it</source>
        <translation>%1: Dafür konnte kein Segment behalten werden</translation>
    </message>
</context>
<context>
    <name>habmesos::AtomicOutputFile</name>
    <message>
        <source>Could not %1 %2: %3</source>
        <translation>Fehler beim %1 %2: %3</translation>
    </message>
    <message>
        <source>“%1” is not a file name</source>
        <translation>„%1“ ist kein Dateiname</translation>
    </message>
    <message>
        <source>create a temporary file for</source>
        <translation>Anlegen einer temporären Datei für</translation>
    </message>
    <message>
        <source>lock the temporary file for</source>
        <translation>Sperren der temporären Datei für</translation>
    </message>
    <message>
        <source>Could not write %1: the file is not open</source>
        <translation>%1 kann nicht geschrieben werden: Die Datei ist nicht geöffnet</translation>
    </message>
    <message>
        <source>write</source>
        <translation>Schreiben von</translation>
    </message>
    <message>
        <source>Could not save %1: the file is not open</source>
        <translation>%1 kann nicht gespeichert werden: Die Datei ist nicht geöffnet</translation>
    </message>
    <message>
        <source>set the permissions of</source>
        <translation>Setzen der Zugriffsrechte von</translation>
    </message>
    <message>
        <source>rename the finished file to</source>
        <translation>Umbenennen der fertigen Datei in</translation>
    </message>
</context>
<context>
    <name>habmesos::BindsModel</name>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Not in the package</source>
        <translation>Nicht im Paket</translation>
    </message>
    <message>
        <source>The bound service group must export %1</source>
        <translation>Die gebundene Dienstgruppe muss %1 exportieren</translation>
    </message>
    <message>
        <source>not bound yet</source>
        <translation>noch nicht gebunden</translation>
    </message>
    <message>
        <source>The service group to bind to: service.group, or service.group@organization</source>
        <translation>Die Dienstgruppe, an die gebunden wird: service.group oder service.group@organization</translation>
    </message>
    <message>
        <source>The bind&apos;s name, as the package declares it</source>
        <translation>Der Name des Binds, wie das Paket ihn deklariert</translation>
    </message>
    <message>
        <source>A required bind (BINDS) must be bound before the app is exported or deployed; an optional one (BINDS_OPTIONAL) may be</source>
        <translation>Ein erforderliches Bind (BINDS) muss gebunden sein, bevor die App exportiert oder deployt wird; ein optionales (BINDS_OPTIONAL) kann es sein</translation>
    </message>
    <message>
        <source>The configuration keys the bound service group must export</source>
        <translation>Die Konfigurationsschlüssel, die die gebundene Dienstgruppe exportieren muss</translation>
    </message>
    <message>
        <source>service.group[@organization] of the service this bind uses (hab sup run --bind)</source>
        <translation>service.group[@organization] des Dienstes, den dieses Bind nutzt (hab sup run --bind)</translation>
    </message>
    <message>
        <source>Bind</source>
        <translation>Bind</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Benötigt</translation>
    </message>
    <message>
        <source>Service group</source>
        <translation>Dienstgruppe</translation>
    </message>
</context>
<context>
    <name>habmesos::BuildPanel</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Show the folder that holds the tarball</source>
        <translation>Den Ordner mit dem Tarball anzeigen</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Bereit.</translation>
    </message>
    <message>
        <source>Building the tarball for %1…</source>
        <translation>Der Tarball für %1 wird erstellt…</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1, about %2 left</source>
        <translation>%1, noch etwa %2</translation>
    </message>
    <message>
        <source>Canceled. Nothing was written.</source>
        <translation>Abgebrochen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Built %1 (%2).</source>
        <translation>%1 erstellt (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s), all compressed afresh.</source>
        <translation>
            <numerusform>%n Paket, neu komprimiert.</numerusform>
            <numerusform>%n Pakete, alle neu komprimiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s), %1 reused from the segment cache:</source>
        <translation>
            <numerusform>%n Paket, %1 aus dem Segment-Cache wiederverwendet:</numerusform>
            <numerusform>%n Pakete, %1 aus dem Segment-Cache wiederverwendet:</numerusform>
        </translation>
    </message>
    <message>
        <source>The tarball was not built: %1</source>
        <translation>Der Tarball wurde nicht erstellt: %1</translation>
    </message>
    <message>
        <source>Stop the build; nothing is left in the output folder (Esc or Ctrl+.)</source>
        <translation>Das Erstellen stoppen; im Ausgabeordner bleibt nichts zurück (Esc oder Strg+.)</translation>
    </message>
    <message>
        <source>There is no package to build yet: pick one in the package list or open a .hart file.</source>
        <translation>Es gibt noch kein Paket zum Erstellen: Wählen Sie eines in der Paketliste aus, oder öffnen Sie eine .hart-Datei.</translation>
    </message>
    <message>
        <source>Pick a package first</source>
        <translation>Wählen Sie zuerst ein Paket aus</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Files written</source>
        <translation>Geschriebene Dateien</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n file(s)</source>
        <translation>
            <numerusform>Gesamt: %n Datei</numerusform>
            <numerusform>Gesamt: %n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Built the bootstrap and %n .hart file(s) in %1 (%2 in all).</source>
        <translation>
            <numerusform>Bootstrap und %n .hart-Datei in %1 erstellt (insgesamt %2).</numerusform>
            <numerusform>Bootstrap und %n .hart-Dateien in %1 erstellt (insgesamt %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>Verifying the closure of %1 and building its bootstrap…</source>
        <translation>Die Abhängigkeiten von %1 werden geprüft und das Bootstrap-Archiv wird erstellt…</translation>
    </message>
</context>
<context>
    <name>habmesos::BuilderArguments</name>
    <message>
        <source>The Builder to fetch packages from (default: HAB_BLDR_URL, then bldr_url in hab&apos;s cli.toml, then %1)</source>
        <translation>Der Builder, von dem Pakete geholt werden (Standard: HAB_BLDR_URL, dann bldr_url in der cli.toml von hab, dann %1)</translation>
    </message>
    <message>
        <source>The channel a package&apos;s newest release is taken from (default: HAB_BLDR_CHANNEL, then %1)</source>
        <translation>Der Kanal, aus dem das neueste Release eines Pakets genommen wird (Standard: HAB_BLDR_CHANNEL, dann %1)</translation>
    </message>
    <message>
        <source>A file holding the Builder personal access token (-: standard input); default: HAB_AUTH_TOKEN, then auth_token in hab&apos;s cli.toml. Needed for private and licence-restricted packages</source>
        <translation>Eine Datei mit dem persönlichen Zugriffstoken für Builder (-: Standardeingabe); Standard: HAB_AUTH_TOKEN, dann auth_token in der cli.toml von hab. Nötig für private und lizenzbeschränkte Pakete</translation>
    </message>
    <message>
        <source>A CA certificate (PEM or DER) an on-premises Builder&apos;s HTTPS certificate is signed with, besides the system&apos;s</source>
        <translation>Ein CA-Zertifikat (PEM oder DER), mit dem das HTTPS-Zertifikat eines selbst betriebenen (On-Premises-)Builders signiert ist, zusätzlich zu denen des Systems</translation>
    </message>
    <message>
        <source>-z/--auth takes a file holding the token (-: standard input), not the token itself, and the value given is no file; or set HAB_AUTH_TOKEN</source>
        <translation>-z/--auth erwartet eine Datei mit dem Token (-: Standardeingabe), nicht das Token selbst, und der angegebene Wert ist keine Datei; oder setzen Sie HAB_AUTH_TOKEN</translation>
    </message>
</context>
<context>
    <name>habmesos::BuilderClient</name>
    <message>
        <source>looking up %1 in channel %2</source>
        <translation>Abfrage von %1 im Kanal %2</translation>
    </message>
    <message>
        <source>looking up %1</source>
        <translation>Abfrage von %1</translation>
    </message>
    <message>
        <source>listing the channels of origin %1</source>
        <translation>Auflisten der Kanäle der Origin %1</translation>
    </message>
    <message>
        <source>listing the channels of %1</source>
        <translation>Auflisten der Kanäle von %1</translation>
    </message>
    <message>
        <source>listing the versions of %1/%2</source>
        <translation>Auflisten der Versionen von %1/%2</translation>
    </message>
    <message>
        <source>listing the releases of %1</source>
        <translation>Auflisten der Releases von %1</translation>
    </message>
    <message>
        <source>searching for “%1”</source>
        <translation>Suche nach „%1“</translation>
    </message>
    <message>
        <source>downloading %1</source>
        <translation>Download von %1</translation>
    </message>
    <message>
        <source>downloading the public key %1-%2</source>
        <translation>Download des öffentlichen Schlüssels %1-%2</translation>
    </message>
    <message>
        <source>%1: cannot write %2: %3</source>
        <translation>%1: %2 kann nicht geschrieben werden: %3</translation>
    </message>
    <message>
        <source>%1: no answer from %2: %3</source>
        <translation>%1: keine Antwort von %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 redirected (%3) to %4, which is not followed</source>
        <translation>%1: %2 leitete (%3) auf %4 um; dieser Umleitung wird nicht gefolgt</translation>
    </message>
    <message>
        <source>%1: the download from %2 was cut short after %3 bytes: %4</source>
        <translation>%1: Der Download von %2 brach nach %3 Bytes ab: %4</translation>
    </message>
    <message>
        <source>%1 bytes were announced</source>
        <translation>%1 Bytes waren angekündigt</translation>
    </message>
    <message>
        <source>%1: %2 refused the token (401)%3. Check that it is a valid personal access token.</source>
        <translation>%1: %2 hat das Token abgelehnt (401)%3. Prüfen Sie, ob es ein gültiges persönliches Zugriffstoken ist.</translation>
    </message>
    <message>
        <source>%1: %2 requires a token (401)%3. Give a personal access token (-z/--auth, HAB_AUTH_TOKEN, or the window&apos;s Builder settings).</source>
        <translation>%1: %2 verlangt ein Token (401)%3. Geben Sie ein persönliches Zugriffstoken an (-z/--auth, HAB_AUTH_TOKEN oder die Builder-Einstellungen im Fenster).</translation>
    </message>
    <message>
        <source>%1: %2 refused access (403)%3. A package only in licence-restricted channels needs a token whose account has a valid licence key; other refusals need origin membership.</source>
        <translation>%1: %2 hat den Zugriff verweigert (403)%3. Ein Paket, das nur in lizenzbeschränkten Kanälen liegt, braucht ein Token, dessen Konto einen gültigen Lizenzschlüssel hat; bei anderen Ablehnungen ist die Mitgliedschaft in der Origin nötig.</translation>
    </message>
    <message>
        <source>%1: not found on %2, or private (a private package needs a token of a member of its origin)</source>
        <translation>%1: auf %2 nicht gefunden oder privat (ein privates Paket braucht das Token eines Mitglieds seiner Origin)</translation>
    </message>
    <message>
        <source>%1: %2 refused the request (422)%3. Builder answers so for a target it does not serve (%4 was asked for).</source>
        <translation>%1: %2 hat die Anfrage abgelehnt (422)%3. So antwortet Builder bei einer Zielplattform, die er nicht bedient (angefragt wurde %4).</translation>
    </message>
    <message>
        <source>%1: %2 answered HTTP %3%4</source>
        <translation>%1: %2 antwortete mit HTTP %3%4</translation>
    </message>
    <message numerus="yes">
        <source>(%n attempt(s))</source>
        <translation>
            <numerusform>(%n Versuch)</numerusform>
            <numerusform>(%n Versuche)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>habmesos::BuilderFetch</name>
    <message>
        <source>channel %1</source>
        <translation>Kanal %1</translation>
    </message>
    <message>
        <source>fetching %1 from %2, %3</source>
        <translation>%1 wird geholt von %2, %3</translation>
    </message>
    <message>
        <source>fetching %1 (%2) from %3, %4</source>
        <translation>%1 (%2) wird geholt von %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n package(s) downloaded and verified (%3 MiB), %4 already here</source>
        <translation>
            <numerusform>%1: %2 von %n Paket heruntergeladen und verifiziert (%3 MiB), %4 schon vorhanden</numerusform>
            <numerusform>%1: %2 von %n Paketen heruntergeladen und verifiziert (%3 MiB), %4 schon vorhanden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>habmesos::BuilderPackage</name>
    <message>
        <source>%1: the answer is not a Builder package (%2)</source>
        <translation>%1: Die Antwort ist kein Builder-Paket (%2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>ident %1</source>
        <translation>ident %1</translation>
    </message>
    <message>
        <source>deps %1</source>
        <translation>deps %1</translation>
    </message>
    <message>
        <source>tdeps %1</source>
        <translation>tdeps %1</translation>
    </message>
</context>
<context>
    <name>habmesos::BuilderPage</name>
    <message>
        <source>%1: the answer is not a page of Builder&apos;s results</source>
        <translation>%1: Die Antwort ist keine Ergebnisseite von Builder</translation>
    </message>
    <message>
        <source>%1: an item is not a package: %2</source>
        <translation>%1: Ein Eintrag ist kein Paket: %2</translation>
    </message>
</context>
<context>
    <name>habmesos::BuilderPanel</name>
    <message>
        <source>Token…</source>
        <translation>Token…</translation>
    </message>
    <message>
        <source>Download and open</source>
        <translation>Herunterladen und öffnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Builder URL</source>
        <translation>Builder-URL</translation>
    </message>
    <message>
        <source>Builder channel</source>
        <translation>Builder-Kanal</translation>
    </message>
    <message>
        <source>The personal access token for private and licence-restricted packages, kept in the desktop&apos;s keyring</source>
        <translation>Das persönliche Zugriffstoken für private und lizenzbeschränkte Pakete, aufbewahrt im Schlüsselbund der Arbeitsumgebung</translation>
    </message>
    <message>
        <source>Search Builder</source>
        <translation>Builder durchsuchen</translation>
    </message>
    <message>
        <source>Builder packages</source>
        <translation>Builder-Pakete</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n release(s) shown</source>
        <translation>
            <numerusform>%1 von %n Release angezeigt</numerusform>
            <numerusform>%1 von %n Releases angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Builder token</source>
        <translation>Builder-Token</translation>
    </message>
    <message>
        <source>Personal access token for %1 (empty: none; kept in %2)</source>
        <translation>Persönliches Zugriffstoken für %1 (leer: keines; aufbewahrt in: %2)</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>The token could not be kept: %1</source>
        <translation>Das Token konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>no token</source>
        <translation>kein Token</translation>
    </message>
    <message>
        <source>token %1</source>
        <translation>Token %1</translation>
    </message>
    <message>
        <source>from the keyring</source>
        <translation>aus dem Schlüsselbund</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Already here.</source>
        <translation>Schon vorhanden.</translation>
    </message>
    <message>
        <source>Not here yet: opening downloads it and its closure.</source>
        <translation>Noch nicht vorhanden: Beim Öffnen wird es mit seiner Abhängigkeitshülle heruntergeladen.</translation>
    </message>
    <message>
        <source>In channels: %1.</source>
        <translation>In den Kanälen: %1.</translation>
    </message>
    <message>
        <source>%1 (%2 release(s))</source>
        <translation>%1 (Releases: %2)</translation>
    </message>
    <message>
        <source>Versions: %1.</source>
        <translation>Versionen: %1.</translation>
    </message>
    <message>
        <source>the Supervisor&apos;s %1</source>
        <translation>%1 des Supervisors</translation>
    </message>
    <message>
        <source>%1 of %2 packages, %3 MiB</source>
        <translation>%1 von %2 Paketen, %3 MiB</translation>
    </message>
    <message>
        <source>Download cancelled; nothing partial was kept.</source>
        <translation>Download abgebrochen; nichts Unvollständiges wurde behalten.</translation>
    </message>
    <message>
        <source>%1 and its closure are here.</source>
        <translation>%1 und seine Abhängigkeitshülle sind vorhanden.</translation>
    </message>
</context>
<context>
    <name>habmesos::BuilderSearchModel</name>
    <message>
        <source>searching for “%1”</source>
        <translation>Suche nach „%1“</translation>
    </message>
    <message>
        <source>%1 (here)</source>
        <translation>%1 (vorhanden)</translation>
    </message>
    <message>
        <source>Already in the artifact cache or installed</source>
        <translation>Schon im Artefakt-Cache oder installiert</translation>
    </message>
    <message>
        <source>On Builder only</source>
        <translation>Nur auf Builder</translation>
    </message>
</context>
<context>
    <name>habmesos::BuilderSettings</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2 must be a string</source>
        <translation>%1: %2 muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1: Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 is not an http(s) URL with a host</source>
        <translation>%1: %2 ist keine http(s)-URL mit Host</translation>
    </message>
    <message>
        <source>%1: a Builder URL takes no user name or password; give a personal access token instead</source>
        <translation>%1: Eine Builder-URL enthält keinen Benutzernamen und kein Passwort; geben Sie stattdessen ein persönliches Zugriffstoken an</translation>
    </message>
    <message>
        <source>%1: a Builder URL has no query or fragment: %2</source>
        <translation>%1: Eine Builder-URL hat keinen Query-Teil und kein Fragment: %2</translation>
    </message>
    <message>
        <source>Builder URL</source>
        <translation>Builder-URL</translation>
    </message>
    <message>
        <source>%1 is not a channel name (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;)</source>
        <translation>%1 ist kein Kanalname (Buchstaben, Ziffern, „-“, „_“ und „.“)</translation>
    </message>
    <message>
        <source>the Builder token (%1) contains white space; a personal access token is one word</source>
        <translation>das Builder-Token (%1) enthält Leerraum; ein persönliches Zugriffstoken ist ein einziges Wort</translation>
    </message>
    <message>
        <source>the CA certificate file %1 does not exist</source>
        <translation>die CA-Zertifikatsdatei %1 existiert nicht</translation>
    </message>
    <message>
        <source>given</source>
        <translation>angegeben</translation>
    </message>
    <message>
        <source>from the environment</source>
        <translation>aus der Umgebung</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>aus %1</translation>
    </message>
    <message>
        <source>from hab&apos;s cli.toml</source>
        <translation>aus der cli.toml von hab</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>channel %1 (%2)</source>
        <translation>Kanal %1 (%2)</translation>
    </message>
</context>
<context>
    <name>habmesos::CensusDialog</name>
    <message>
        <source>Supervisor Gateway Token</source>
        <translation>Supervisor-Gateway-Token</translation>
    </message>
    <message>
        <source>The Supervisors of %1 refused the gateway token. Enter the token the app sets as HAB_SUP_GATEWAY_AUTH_TOKEN:</source>
        <translation>Die Supervisors von %1 haben das Gateway-Token abgelehnt. Geben Sie das Token ein, das die App als HAB_SUP_GATEWAY_AUTH_TOKEN setzt:</translation>
    </message>
    <message>
        <source>The Supervisors of %1 ask for a token. Enter the token the app sets as HAB_SUP_GATEWAY_AUTH_TOKEN:</source>
        <translation>Die Supervisors von %1 verlangen ein Token. Geben Sie das Token ein, das die App als HAB_SUP_GATEWAY_AUTH_TOKEN setzt:</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>&amp;Remember in the desktop keyring</source>
        <translation>Im Schlüsselbund der Arbeitsumgebung &amp;merken</translation>
    </message>
    <message>
        <source>No desktop keyring is available. The token is kept in memory until habmesos quits and is never written to disk.</source>
        <translation>Es ist kein Schlüsselbund der Arbeitsumgebung verfügbar. Das Token bleibt nur im Arbeitsspeicher, bis habmesos beendet wird, und wird nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>Census of %1</source>
        <translation>Census von %1</translation>
    </message>
    <message>
        <source>What the Supervisor of each task of %1 on %2 sees: the members of its ring, the leader, their health. Instances that see each other form one ring.</source>
        <translation>Was der Supervisor jedes Tasks von %1 auf %2 sieht: die Mitglieder seines Rings, den Leader, ihre Gesundheit. Instanzen, die einander sehen, bilden einen Ring.</translation>
    </message>
    <message>
        <source>Gateway &amp;Token…</source>
        <translation>Gateway-&amp;Token…</translation>
    </message>
    <message>
        <source>The token the app sets as HAB_SUP_GATEWAY_AUTH_TOKEN, when it sets one</source>
        <translation>Das Token, das die App als HAB_SUP_GATEWAY_AUTH_TOKEN setzt, falls sie eines setzt</translation>
    </message>
    <message>
        <source>&amp;Forget Token</source>
        <translation>Token &amp;vergessen</translation>
    </message>
    <message>
        <source>&amp;Ask Again</source>
        <translation>&amp;Erneut fragen</translation>
    </message>
    <message>
        <source>Listing the tasks of %1…</source>
        <translation>Tasks von %1 werden aufgelistet…</translation>
    </message>
    <message>
        <source>Listing the tasks of %1: canceled, as the server changed. Ask again.</source>
        <translation>Auflisten der Tasks von %1: abgebrochen, da der Server gewechselt hat. Fragen Sie erneut ab.</translation>
    </message>
    <message>
        <source>Listing the tasks of %1 on %2: %3</source>
        <translation>Auflisten der Tasks von %1 auf %2: %3</translation>
    </message>
    <message>
        <source>Reading the gateway token of %1…</source>
        <translation>Gateway-Token von %1 wird gelesen…</translation>
    </message>
    <message>
        <source>The gateway token could not be kept in the keyring: %1</source>
        <translation>Das Gateway-Token konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>No gateway token is sent.</source>
        <translation>Es wird kein Gateway-Token gesendet.</translation>
    </message>
    <message>
        <source>A gateway token is sent (hidden).</source>
        <translation>Ein Gateway-Token wird gesendet (verborgen).</translation>
    </message>
</context>
<context>
    <name>habmesos::CensusModel</name>
    <message>
        <source>alive</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>suspect</source>
        <translation>verdächtig</translation>
    </message>
    <message>
        <source>confirmed dead</source>
        <translation>bestätigt tot</translation>
    </message>
    <message>
        <source>departed</source>
        <translation>ausgeschieden</translation>
    </message>
    <message>
        <source>not asked: not running yet</source>
        <translation>nicht abgefragt: läuft noch nicht</translation>
    </message>
    <message>
        <source>not asked: no hab-http port</source>
        <translation>nicht gefragt: kein hab-http-Port</translation>
    </message>
    <message>
        <source>not asked: connection refused</source>
        <translation>nicht abgefragt: Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>not asked: no answer in time</source>
        <translation>nicht abgefragt: keine rechtzeitige Antwort</translation>
    </message>
    <message>
        <source>not asked: the gateway wants a token</source>
        <translation>nicht gefragt: das Gateway verlangt ein Token</translation>
    </message>
    <message>
        <source>not asked: an HTTP error</source>
        <translation>nicht abgefragt: ein HTTP-Fehler</translation>
    </message>
    <message>
        <source>not asked: the answer is no census</source>
        <translation>nicht abgefragt: die Antwort ist kein Census</translation>
    </message>
    <message>
        <source>not asked: a network error</source>
        <translation>nicht gefragt: ein Netzwerkfehler</translation>
    </message>
    <message>
        <source>The app has no tasks: there is no Supervisor to ask.</source>
        <translation>Die App hat keine Tasks: Es gibt keinen Supervisor zum Abfragen.</translation>
    </message>
    <message numerus="yes">
        <source>Asking %n instance(s)…</source>
        <translation>
            <numerusform>%n Instanz wird abgefragt…</numerusform>
            <numerusform>%n Instanzen werden abgefragt…</numerusform>
        </translation>
    </message>
    <message>
        <source>The one instance answered: a ring of one.</source>
        <translation>Die einzige Instanz hat geantwortet: ein Ring aus einem Mitglied.</translation>
    </message>
    <message>
        <source>Only %1 answered: a ring of one.</source>
        <translation>Nur %1 hat geantwortet: ein Ring aus einem Mitglied.</translation>
    </message>
    <message numerus="yes">
        <source>All %n instance(s) see each other: one ring.</source>
        <translation>
            <numerusform>Die %n Instanz sieht sich selbst: ein Ring.</numerusform>
            <numerusform>Alle %n Instanzen sehen einander: ein Ring.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n instance(s) that answered see each other: one ring.</source>
        <translation>
            <numerusform>Die %n Instanz, die geantwortet hat, sieht die anderen: ein Ring.</numerusform>
            <numerusform>Die %n Instanzen, die geantwortet haben, sehen einander: ein Ring.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not see %2 yet</source>
        <translation>%1 sieht %2 noch nicht</translation>
    </message>
    <message>
        <source>One ring, still forming: %1. Ask again in a minute.</source>
        <translation>Ein Ring, der sich noch bildet: %1. Fragen Sie in einer Minute erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%n ring(s): %1. The instances did not join each other: look at the tasks&apos; logs for the peers they were given.</source>
        <translation>
            <numerusform>%n Ring: %1. Die Instanzen sind einander nicht beigetreten: Sehen Sie in den Logs der Tasks nach, welche Peers ihnen gegeben wurden.</numerusform>
            <numerusform>%n Ringe: %1. Die Instanzen sind einander nicht beigetreten: Sehen Sie in den Logs der Tasks nach, welche Peers ihnen gegeben wurden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Instance %1 could not be asked: %2</source>
        <translation>Instanz %1 konnte nicht abgefragt werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Marathon lists %1 of the %n instance(s) the app asks for; the others are not running.</source>
        <translation>
            <numerusform>Marathon führt %1 der %n Instanz auf, die die App verlangt; die übrigen laufen nicht.</numerusform>
            <numerusform>Marathon führt %1 der %n Instanzen auf, die die App verlangt; die übrigen laufen nicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>Task %1</translation>
    </message>
    <message>
        <source>(no hab-http port)</source>
        <translation>(kein hab-http-Port)</translation>
    </message>
    <message>
        <source>asking…</source>
        <translation>wird abgefragt…</translation>
    </message>
    <message>
        <source>%1 alive, %2 suspect, %3 confirmed dead, %4 departed</source>
        <translation>%1 lebendig, %2 verdächtig, %3 bestätigt tot, %4 ausgetreten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none (no leader topology)</source>
        <translation>keiner (keine Leader-Topologie)</translation>
    </message>
    <message>
        <source>no health check result</source>
        <translation>kein Health-Check-Ergebnis</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <source>unhealthy</source>
        <translation>nicht gesund</translation>
    </message>
    <message>
        <source>Member %1 on %2, running %3</source>
        <translation>Mitglied %1 auf %2, führt %3 aus</translation>
    </message>
    <message>
        <source>%1 (itself)</source>
        <translation>%1 (selbst)</translation>
    </message>
    <message>
        <source>%1, gossip %2:%3</source>
        <translation>%1, Gossip %2:%3</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>follower</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>update leader</source>
        <translation>Update-Leader</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Ring members it sees</source>
        <translation>Sichtbare Ring-Mitglieder</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gesundheit</translation>
    </message>
</context>
<context>
    <name>habmesos::ClosureDownloader</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>looking up %1 on %2</source>
        <translation>%1 wird auf %2 abgefragt</translation>
    </message>
    <message>
        <source>looking up %1</source>
        <translation>Abfrage von %1</translation>
    </message>
    <message>
        <source>asked %1 for %2, it answered with %3</source>
        <translation>%1 wurde nach %2 gefragt und antwortete mit %3</translation>
    </message>
    <message>
        <source>%1 on %2 is built for %3, not %4</source>
        <translation>%1 auf %2 ist für %3 gebaut, nicht für %4</translation>
    </message>
    <message>
        <source>%1 for %2 is not on %3, or it is private (a private package needs a token of a member of origin %4)</source>
        <translation>%1 für %2 ist nicht auf %3 oder es ist privat (ein privates Paket braucht das Token eines Mitglieds der Origin %4)</translation>
    </message>
    <message>
        <source>%1 is not in channel %2 of %3 for %4, nor in another channel, or it is private (a private package needs a token of a member of origin %5)</source>
        <translation>%1 ist weder im Kanal %2 von %3 für %4 noch in einem anderen Kanal, oder es ist privat (ein privates Paket braucht das Token eines Mitglieds der Origin %5)</translation>
    </message>
    <message>
        <source>%1 is not in channel %2 of %3 for %4; it is in: %5. Choose one of these channels.</source>
        <translation>%1 ist nicht im Kanal %2 von %3 für %4; es ist in: %5. Wählen Sie einen dieser Kanäle.</translation>
    </message>
    <message>
        <source>cannot write into the artifact cache %1: %2</source>
        <translation>in den Artefakt-Cache %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>downloading %1</source>
        <translation>%1 wird heruntergeladen</translation>
    </message>
    <message>
        <source>downloading %1: the answer of %2 has no x-filename header, which Builder always sends (hab refuses such an answer too)</source>
        <translation>Download von %1: Die Antwort von %2 hat keinen x-filename-Header, den Builder immer sendet (auch hab lehnt eine solche Antwort ab)</translation>
    </message>
    <message>
        <source>downloading %1: %2 sent the file %3 instead of %4</source>
        <translation>Download von %1: %2 hat die Datei %3 statt %4 gesendet</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the download of %1</source>
        <translation>der Download von %1</translation>
    </message>
    <message>
        <source>the download of %1 names the signing key “%2”, which is no &lt;origin&gt;-&lt;revision&gt;</source>
        <translation>der Download von %1 nennt den Signaturschlüssel „%2“, der kein &lt;origin&gt;-&lt;revision&gt; ist</translation>
    </message>
    <message>
        <source>cannot write into the key cache %1: %2</source>
        <translation>in den Schlüssel-Cache %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the public key %1, which signed %2, is not on %3</source>
        <translation>der öffentliche Schlüssel %1, der %2 signiert hat, ist nicht auf %3</translation>
    </message>
    <message>
        <source>asked %1 for the public key %2, it sent %3</source>
        <translation>%1 wurde nach dem öffentlichen Schlüssel %2 gefragt und sandte %3</translation>
    </message>
    <message>
        <source>the public key %1 from %2: %3</source>
        <translation>der öffentliche Schlüssel %1 von %2: %3</translation>
    </message>
    <message>
        <source>verifying %1</source>
        <translation>%1 wird verifiziert</translation>
    </message>
    <message>
        <source>%1 holds %2</source>
        <translation>%1 enthält %2</translation>
    </message>
    <message>
        <source>%1 is built for %2, not %3</source>
        <translation>%1 ist für %2 gebaut, nicht für %3</translation>
    </message>
    <message>
        <source>cannot write the public key %1</source>
        <translation>der öffentliche Schlüssel %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot store %1 in the artifact cache</source>
        <translation>%1 kann nicht im Artefakt-Cache abgelegt werden</translation>
    </message>
</context>
<context>
    <name>habmesos::ClosureResolver</name>
    <message>
        <source>%1 is not in the artifact cache (%2) nor installed (%3)</source>
        <translation>%1 ist weder im Artefakt-Cache (%2) noch installiert (%3)</translation>
    </message>
    <message>
        <source>%1 (%4) is not in the artifact cache (%2) nor installed (%3)</source>
        <translation>%1 (%4) ist weder im Artefakt-Cache (%2) noch installiert (%3)</translation>
    </message>
    <message>
        <source>%1: IDENT is now %2, expected %3 (the file changed since it was scanned)</source>
        <translation>%1: IDENT ist jetzt %2, erwartet wurde %3 (die Datei hat sich seit dem Einlesen geändert)</translation>
    </message>
    <message>
        <source>%1 (%2) is built for %3, but %4 is built for %5</source>
        <translation>%1 (%2) ist für %3 gebaut, %4 aber für %5</translation>
    </message>
    <message>
        <source>%1: %2 is installed, not a signed artifact; its signature cannot be checked</source>
        <translation>%1: %2 ist installiert, kein signiertes Artefakt; seine Signatur kann nicht geprüft werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 depends on %2, which is not in its own TDEPS</source>
        <translation>%1 hängt von %2 ab, das nicht in seinen eigenen TDEPS steht</translation>
    </message>
    <message>
        <source>%1 depends on %2, which is not in the TDEPS of %3</source>
        <translation>%1 hängt von %2 ab, das nicht in den TDEPS von %3 steht</translation>
    </message>
    <message>
        <source>dependency cycle: %1</source>
        <translation>Abhängigkeitszyklus: %1</translation>
    </message>
</context>
<context>
    <name>habmesos::ClusterAppsModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>no health check</source>
        <translation>kein Health-Check</translation>
    </message>
    <message>
        <source>Deploying</source>
        <translation>Deployment läuft</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Angehalten</translation>
    </message>
    <message numerus="yes">
        <source>Waiting (%n task(s) staged)</source>
        <translation>
            <numerusform>Wartet (%n Task in Vorbereitung)</numerusform>
            <numerusform>Wartet (%n Tasks in Vorbereitung)</numerusform>
        </translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>habmesos::ClusterView</name>
    <message>
        <source>Apps on the server</source>
        <translation>Apps auf dem Server</translation>
    </message>
    <message>
        <source>Scale %1</source>
        <translation>%1 skalieren</translation>
    </message>
    <message>
        <source>Instances of %1:</source>
        <translation>Instanzen von %1:</translation>
    </message>
    <message>
        <source>The chosen app&apos;s versions, newest first</source>
        <translation>Die Versionen der gewählten App, die neueste zuerst</translation>
    </message>
    <message>
        <source>List the apps on the server again</source>
        <translation>Die Apps auf dem Server erneut auflisten</translation>
    </message>
    <message>
        <source>Continue editing the chosen app&apos;s definition in the window</source>
        <translation>Die Definition der gewählten App im Fenster weiterbearbeiten</translation>
    </message>
    <message>
        <source>Versions of the chosen app:</source>
        <translation>Versionen der gewählten App:</translation>
    </message>
    <message>
        <source>Application Locked</source>
        <translation>Anwendung gesperrt</translation>
    </message>
    <message>
        <source>%1: the app is locked by the deployment(s) %2, which are still running.

Force it? This cancels those deployments.</source>
        <translation>%1: Die App ist durch die noch laufenden Deployments %2 gesperrt.

Erzwingen? Dadurch werden diese Deployments abgebrochen.</translation>
    </message>
    <message>
        <source>Listing the apps</source>
        <translation>Auflisten der Apps</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) on the server.</source>
        <translation>
            <numerusform>%n App auf dem Server.</numerusform>
            <numerusform>%n Apps auf dem Server.</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing the versions of %1</source>
        <translation>Auflisten der Versionen von %1</translation>
    </message>
    <message>
        <source>Roll Back</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Roll %1 on %2 back to its version of %3? Its tasks are replaced by ones of that definition.</source>
        <translation>%1 auf %2 auf ihre Version vom %3 zurücksetzen? Ihre Tasks werden durch Tasks dieser Definition ersetzt.</translation>
    </message>
    <message>
        <source>Reading version %1 of %2</source>
        <translation>Lesen der Version %1 von %2</translation>
    </message>
    <message>
        <source>Rolling %1 back to %2</source>
        <translation>Zurücksetzen von %1 auf %2</translation>
    </message>
    <message>
        <source>%1 is being rolled back to %2.</source>
        <translation>%1 wird auf %2 zurückgesetzt.</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skalieren</translation>
    </message>
    <message numerus="yes">
        <source>Scale %1 on %2 from %Ln instance(s) to %3?</source>
        <translation>
            <numerusform>%1 auf %2 von %Ln Instanz auf %3 skalieren?</numerusform>
            <numerusform>%1 auf %2 von %Ln Instanzen auf %3 skalieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Scaling %1</source>
        <translation>Skalieren von %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 is being scaled to %n instance(s).</source>
        <translation>
            <numerusform>%1 wird auf %n Instanz skaliert.</numerusform>
            <numerusform>%1 wird auf %n Instanzen skaliert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Restart every task of %1 on %2?</source>
        <translation>Alle Tasks von %1 auf %2 neu starten?</translation>
    </message>
    <message>
        <source>Restarting %1</source>
        <translation>Neustart von %1</translation>
    </message>
    <message>
        <source>%1 is being restarted.</source>
        <translation>%1 wird neu gestartet.</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>Zerstören</translation>
    </message>
    <message>
        <source>Destroy %1 on %2? Its tasks are killed, and its definition and every version of it are deleted from Marathon.</source>
        <translation>%1 auf %2 zerstören? Ihre Tasks werden getötet, und ihre Definition samt allen Versionen wird aus Marathon gelöscht.</translation>
    </message>
    <message>
        <source>Destroying %1</source>
        <translation>Zerstören von %1</translation>
    </message>
    <message>
        <source>%1 is being destroyed.</source>
        <translation>%1 wird zerstört.</translation>
    </message>
    <message>
        <source>What the Supervisor of each task of the chosen app sees: the ring&apos;s members, the leader, their health</source>
        <translation>Was der Supervisor jedes Tasks der gewählten App sieht: die Mitglieder des Rings, den Leader, ihre Gesundheit</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Scale…</source>
        <translation>Skalieren…</translation>
    </message>
    <message>
        <source>Restart Tasks</source>
        <translation>Tasks neu starten</translation>
    </message>
    <message>
        <source>Roll Back to This Version</source>
        <translation>Auf diese Version zurücksetzen</translation>
    </message>
    <message>
        <source>Census…</source>
        <translation>Census…</translation>
    </message>
</context>
<context>
    <name>habmesos::ConfigModel</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>habmesos::ConstraintOperatorDelegate</name>
    <message>
        <source>Constraint operator</source>
        <translation>Constraint-Operator</translation>
    </message>
</context>
<context>
    <name>habmesos::ConstraintsModel</name>
    <message>
        <source>One of %1</source>
        <translation>Einer von %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>habmesos::DemoPackages</name>
    <message>
        <source>cannot create the demo packages in %1</source>
        <translation>Die Demo-Pakete können nicht in %1 angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>habmesos::DependencyTreeModel</name>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>unlesbar: %1</translation>
    </message>
</context>
<context>
    <name>habmesos::DeployPanel</name>
    <message>
        <source>(whole definition)</source>
        <translation>(ganze Definition)</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>Deplo&amp;yen</translation>
    </message>
    <message>
        <source>Send the application to Marathon and follow the deployment until it runs</source>
        <translation>Die Anwendung an Marathon senden und das Deployment verfolgen, bis sie läuft</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>St&amp;oppen</translation>
    </message>
    <message>
        <source>Stop the upload, or stop following the deployment (Marathon goes on with it)</source>
        <translation>Den Upload stoppen oder das Deployment nicht mehr verfolgen (Marathon setzt es fort)</translation>
    </message>
    <message>
        <source>%v/%m tasks running</source>
        <translation>%v/%m Tasks laufen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>There is no application definition to send yet.</source>
        <translation>Es gibt noch keine Anwendungsdefinition zum Senden.</translation>
    </message>
    <message>
        <source>Creating %1 on %2…</source>
        <translation>%1 wird auf %2 angelegt…</translation>
    </message>
    <message>
        <source>Updating %1 on %2, canceling the deployments that hold it…</source>
        <translation>%1 wird auf %2 aktualisiert, die blockierenden Deployments werden abgebrochen…</translation>
    </message>
    <message>
        <source>Updating %1 on %2…</source>
        <translation>%1 wird auf %2 aktualisiert…</translation>
    </message>
    <message>
        <source>Application Exists</source>
        <translation>Anwendung existiert bereits</translation>
    </message>
    <message>
        <source>Not deployed: %1 already exists and was left as it is.</source>
        <translation>Nicht deployt: %1 existiert bereits und wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>Application Locked</source>
        <translation>Anwendung gesperrt</translation>
    </message>
    <message>
        <source>%1 is locked by the deployment(s) %2, which are still running.

Force the change? This cancels those deployments and deploys this definition instead.</source>
        <translation>%1 ist durch die noch laufenden Deployments %2 gesperrt.

Änderung erzwingen? Dadurch werden diese Deployments abgebrochen und stattdessen diese Definition deployt.</translation>
    </message>
    <message>
        <source>Not deployed: %1 is locked by the deployment(s) %2.</source>
        <translation>Nicht deployt: %1 ist durch die Deployments %2 gesperrt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 runs: %2</source>
        <translation>%1 läuft: %2</translation>
    </message>
    <message>
        <source>Build the tarball first.</source>
        <translation>Erstellen Sie zuerst den Tarball.</translation>
    </message>
    <message>
        <source>%1: the tarball is not there any more; build it again.</source>
        <translation>%1: Der Tarball ist nicht mehr vorhanden; erstellen Sie ihn neu.</translation>
    </message>
    <message>
        <source>Upload canceled.</source>
        <translation>Upload abgebrochen.</translation>
    </message>
    <message>
        <source>Stopped following %1; Marathon goes on with what it was sent.</source>
        <translation>%1 wird nicht mehr verfolgt; Marathon arbeitet mit dem Gesendeten weiter.</translation>
    </message>
    <message>
        <source>Not sent: the agents cannot download the tarball from %1. Upload it, or enter a URI the agents can reach.</source>
        <translation>Nicht gesendet: Die Agents können den Tarball nicht von %1 herunterladen. Laden Sie ihn hoch, oder geben Sie eine URI ein, die die Agents erreichen.</translation>
    </message>
    <message>
        <source>Not sent: the tarball is not at %1 yet. Upload it, or enter the URI where it is.</source>
        <translation>Nicht gesendet: Der Tarball liegt noch nicht unter %1. Laden Sie ihn hoch, oder geben Sie die URI ein, unter der er liegt.</translation>
    </message>
    <message>
        <source>(no field changes)</source>
        <translation>(kein Feld ändert sich)</translation>
    </message>
    <message>
        <source>An application with the id %1 already exists on %2.

Replacing it changes:
%3

Replace its definition with this one?</source>
        <translation>Auf %2 gibt es bereits eine Anwendung mit der ID %1.

Das Ersetzen ändert:
%3

Ihre Definition durch diese ersetzen?</translation>
    </message>
    <message numerus="yes">
        <source>Not sent: the definition has %n error(s); correct the definition and deploy again.</source>
        <translation>
            <numerusform>Nicht gesendet: Die Definition hat %n Fehler; korrigieren Sie die Definition und deployen Sie erneut.</numerusform>
            <numerusform>Nicht gesendet: Die Definition hat %n Fehler; korrigieren Sie die Definition und deployen Sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Build first: the bootstrap and the .hart files are uploaded together.</source>
        <translation>Zuerst erstellen: Das Bootstrap-Archiv und die .hart-Dateien werden zusammen hochgeladen.</translation>
    </message>
</context>
<context>
    <name>habmesos::DeployWorkflow</name>
    <message>
        <source>%1 is a file on this computer, which the agents cannot download (unless every agent sees this same path): upload the tarball (Upload), or enter a URI the agents can reach (http://, https://)</source>
        <translation>%1 ist eine Datei auf diesem Computer, die die Agents nicht herunterladen können (außer jeder Agent sieht denselben Pfad): Laden Sie den Tarball hoch (Upload), oder geben Sie eine URI ein, die die Agents erreichen (http://, https://)</translation>
    </message>
    <message>
        <source>%1 is a file on this computer, and it is not built yet: build the tarball and upload it (Upload), or enter a URI the agents can reach (http://, https://)</source>
        <translation>%1 ist eine Datei auf diesem Computer und noch nicht erstellt: Erstellen Sie den Tarball und laden Sie ihn hoch (Upload), oder geben Sie eine URI ein, die die Agents erreichen (http://, https://)</translation>
    </message>
</context>
<context>
    <name>habmesos::DeploymentFollower</name>
    <message>
        <source>the app&apos;s state could not be read</source>
        <translation>der Zustand der App konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1/%2 tasks running</source>
        <translation>%1/%2 Tasks laufen</translation>
    </message>
    <message>
        <source>Timed out after %1 s waiting for %2 to run (%3)</source>
        <translation>Zeitüberschreitung nach %1 s beim Warten, bis %2 läuft (%3)</translation>
    </message>
    <message>
        <source>; last error: %1</source>
        <translation>; letzter Fehler: %1</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Übermittelt</translation>
    </message>
    <message>
        <source>Submitted (deployment %1)</source>
        <translation>Übermittelt (Deployment %1)</translation>
    </message>
    <message>
        <source>Listing deployments</source>
        <translation>Auflisten der Deployments</translation>
    </message>
    <message>
        <source>Reading app %1</source>
        <translation>Lesen der App %1</translation>
    </message>
    <message>
        <source>Failed: a task of %1 failed (%2): %3</source>
        <translation>Fehlgeschlagen: Ein Task von %1 ist fehlgeschlagen (%2): %3</translation>
    </message>
    <message>
        <source>Running (%1)</source>
        <translation>Läuft (%1)</translation>
    </message>
    <message>
        <source>Deploying (%1)</source>
        <translation>Deployment läuft (%1)</translation>
    </message>
    <message>
        <source>%1: the answer is not Marathon&apos;s JSON (it starts with “%2”). Is the URL Marathon&apos;s?</source>
        <translation>%1: Die Antwort ist kein JSON von Marathon (sie beginnt mit „%2“). Ist das die URL von Marathon?</translation>
    </message>
</context>
<context>
    <name>habmesos::DeploymentForm</name>
    <message>
        <source>Upgrades</source>
        <translation>Upgrades</translation>
    </message>
    <message>
        <source>Minimum health capacity:</source>
        <translation>Minimale gesunde Kapazität:</translation>
    </message>
    <message>
        <source>The share of instances (0 to 1) that stays healthy while a new version replaces them; 0.5 lets Marathon stop half of the old ones first (minimumHealthCapacity)</source>
        <translation>Der Anteil der Instanzen (0 bis 1), der gesund bleibt, während eine neue Version sie ersetzt; bei 0,5 darf Marathon zuerst die Hälfte der alten stoppen (minimumHealthCapacity)</translation>
    </message>
    <message>
        <source>Maximum over capacity:</source>
        <translation>Maximale Überkapazität:</translation>
    </message>
    <message>
        <source>How many instances (a share 0 to 1 of the count) may run on top of it during an upgrade; 0 never runs more than the count, which fixed host ports need (maximumOverCapacity)</source>
        <translation>Wie viele Instanzen (ein Anteil 0 bis 1 der Anzahl) während eines Upgrades zusätzlich laufen dürfen; bei 0 laufen nie mehr als die Anzahl, was feste Host-Ports brauchen (maximumOverCapacity)</translation>
    </message>
    <message>
        <source>Relaunch after a failure</source>
        <translation>Neustart nach einem Fehlschlag</translation>
    </message>
    <message>
        <source>Backoff (s):</source>
        <translation>Backoff (s):</translation>
    </message>
    <message>
        <source>How long Marathon waits before relaunching a failed task (backoffSeconds)</source>
        <translation>Wie lange Marathon wartet, bevor es einen fehlgeschlagenen Task neu startet (backoffSeconds)</translation>
    </message>
    <message>
        <source>Backoff factor:</source>
        <translation>Backoff-Faktor:</translation>
    </message>
    <message>
        <source>What the wait is multiplied by after each further failure, at least 1 (backoffFactor)</source>
        <translation>Womit die Wartezeit nach jedem weiteren Fehlschlag multipliziert wird, mindestens 1 (backoffFactor)</translation>
    </message>
    <message>
        <source>Longest launch delay (s):</source>
        <translation>Längste Startverzögerung (s):</translation>
    </message>
    <message>
        <source>The wait never grows beyond this (maxLaunchDelaySeconds)</source>
        <translation>Länger wird die Wartezeit nie (maxLaunchDelaySeconds)</translation>
    </message>
    <message>
        <source>Where and as whom</source>
        <translation>Wo und als wer</translation>
    </message>
    <message>
        <source>Accepted resource roles:</source>
        <translation>Akzeptierte Ressourcenrollen:</translation>
    </message>
    <message>
        <source>Run only on resources of these Mesos roles, separated by commas: slave_public for DC/OS public agents, * for unreserved resources; empty: Marathon&apos;s --default_accepted_resource_roles (acceptedResourceRoles)</source>
        <translation>Nur auf Ressourcen dieser Mesos-Rollen laufen, durch Kommas getrennt: slave_public für öffentliche DC/OS-Agents, * für nicht reservierte Ressourcen; leer: --default_accepted_resource_roles von Marathon (acceptedResourceRoles)</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>The user Mesos runs the task as. The launch command mounts the tarball&apos;s tree and chroots into it, which needs root; another user only works where the agents allow it. Inside, the Supervisor runs the service as the package&apos;s own SVC_USER either way</source>
        <translation>Der Benutzer, als der Mesos den Task ausführt. Der Startbefehl hängt den Baum des Tarballs ein und wechselt per chroot hinein, was root braucht; ein anderer Benutzer funktioniert nur, wo die Agents es erlauben. Darin führt der Supervisor den Dienst so oder so als SVC_USER des Pakets aus</translation>
    </message>
    <message>
        <source>The kill grace period is on the Application page.</source>
        <translation>Die Kill-Wartezeit steht auf der Seite „Anwendung“.</translation>
    </message>
    <message>
        <source>More downloads</source>
        <translation>Weitere Downloads</translation>
    </message>
    <message>
        <source>Files the Mesos fetcher puts into the sandbox after the tarball, as Marathon&apos;s fetch has them.</source>
        <translation>Dateien, die der Mesos-Fetcher nach dem Tarball in die Sandbox legt, wie im fetch von Marathon.</translation>
    </message>
    <message>
        <source>Add download</source>
        <translation>Download hinzufügen</translation>
    </message>
    <message>
        <source>Remove download</source>
        <translation>Download entfernen</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of seconds; it is not taken</source>
        <translation>„%1“ ist keine ganze Zahl von Sekunden; der Wert wird nicht übernommen</translation>
    </message>
    <message>
        <source>“%1” is not a number; it is not taken</source>
        <translation>„%1“ ist keine Zahl; der Wert wird nicht übernommen</translation>
    </message>
    <message>
        <source>%1 (for fixed ports)</source>
        <translation>%1 (für feste Ports)</translation>
    </message>
    <message>
        <source>1 (Marathon&apos;s default)</source>
        <translation>1 (Standard von Marathon)</translation>
    </message>
    <message>
        <source>%1 (Marathon&apos;s default)</source>
        <translation>%1 (Standard von Marathon)</translation>
    </message>
    <message>
        <source>300 (Marathon&apos;s default; 3600 before 1.8)</source>
        <translation>300 (Standard von Marathon; vor 1.8: 3600)</translation>
    </message>
    <message>
        <source>any role Marathon accepts by default</source>
        <translation>jede Rolle, die Marathon standardmäßig akzeptiert</translation>
    </message>
    <message>
        <source>root</source>
        <translation>root</translation>
    </message>
    <message>
        <source>Download %1: %2</source>
        <translation>Download %1: %2</translation>
    </message>
    <message>
        <source>Download %1 (%2): %3</source>
        <translation>Download %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>habmesos::DeploymentOptions</name>
    <message>
        <source>is not %1, so it is left out: Marathon&apos;s default applies</source>
        <translation>erwartet wird %1, daher weggelassen: Es gilt der Standard von Marathon</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a role name</source>
        <translation>ein Rollenname</translation>
    </message>
    <message>
        <source>a list of role names</source>
        <translation>eine Liste von Rollennamen</translation>
    </message>
    <message>
        <source>a user name</source>
        <translation>ein Benutzername</translation>
    </message>
    <message>
        <source>a URI</source>
        <translation>eine URI</translation>
    </message>
    <message>
        <source>“%1” names no URI</source>
        <translation>„%1“ nennt keine URI</translation>
    </message>
    <message>
        <source>dest= needs a file name</source>
        <translation>dest= braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>“%1” is not one of extract=, executable=, cache= or dest= (dest last)</source>
        <translation>„%1“ ist keines von extract=, executable=, cache= oder dest= (dest zuletzt)</translation>
    </message>
    <message>
        <source>%1 takes true or false, not “%2”</source>
        <translation>%1 erwartet true oder false, nicht „%2“</translation>
    </message>
</context>
<context>
    <name>habmesos::DroppedPrivileges</name>
    <message>
        <source>setuid and setgid</source>
        <translation>setuid und setgid</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n member(s) lost the setuid or setgid bit (the export does not let a package grant privileges in the container): %2</source>
        <translation>
            <numerusform>%1: %n Eintrag hat das setuid- oder setgid-Bit verloren (der Export lässt ein Paket im Container keine Rechte vergeben): %2</numerusform>
            <numerusform>%1: %n Einträge haben das setuid- oder setgid-Bit verloren (der Export lässt ein Paket im Container keine Rechte vergeben): %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>habmesos::EntryPolicy</name>
    <message>
        <source>%1: member “%2”: %3</source>
        <translation>%1: Eintrag „%2“: %3</translation>
    </message>
    <message>
        <source>the name has an empty path component</source>
        <translation>der Name hat einen leeren Pfadbestandteil</translation>
    </message>
    <message>
        <source>the name has a “.” component</source>
        <translation>der Name hat einen Bestandteil „.“</translation>
    </message>
    <message>
        <source>the name has a “..” component</source>
        <translation>der Name hat einen Bestandteil „..“</translation>
    </message>
    <message>
        <source>a path component is longer than %1 bytes</source>
        <translation>ein Pfadbestandteil ist länger als %1 Bytes</translation>
    </message>
    <message>
        <source>the package has more than %1 members</source>
        <translation>das Paket hat mehr als %1 Einträge</translation>
    </message>
    <message>
        <source>the name is longer than %1 bytes</source>
        <translation>der Name ist länger als %1 Bytes</translation>
    </message>
    <message>
        <source>empty name</source>
        <translation>leerer Name</translation>
    </message>
    <message>
        <source>the name contains control characters</source>
        <translation>der Name enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>the name is not valid UTF-8</source>
        <translation>der Name ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>absolute name; members must be relative (hab/pkgs/…)</source>
        <translation>absoluter Name; Einträge müssen relativ sein (hab/pkgs/…)</translation>
    </message>
    <message>
        <source>is %1; a package may only hold files, directories and links</source>
        <translation>ist %1; ein Paket darf nur Dateien, Verzeichnisse und Links enthalten</translation>
    </message>
    <message>
        <source>sparse files are not supported in packages</source>
        <translation>Sparse-Dateien werden in Paketen nicht unterstützt</translation>
    </message>
    <message>
        <source>the member does not declare a valid size</source>
        <translation>der Eintrag gibt keine gültige Größe an</translation>
    </message>
    <message>
        <source>declares %1 bytes, more than the %2 a member may have</source>
        <translation>gibt %1 Bytes an, mehr als die %2, die ein Eintrag haben darf</translation>
    </message>
    <message>
        <source>the package&apos;s files together exceed %1 bytes</source>
        <translation>die Dateien des Pakets überschreiten zusammen %1 Bytes</translation>
    </message>
    <message>
        <source>outside the package prefix %1/</source>
        <translation>außerhalb des Paketpräfixes %1/</translation>
    </message>
    <message>
        <source>not inside a package prefix hab/pkgs/&lt;origin&gt;/&lt;name&gt;/&lt;version&gt;/&lt;release&gt;/</source>
        <translation>nicht in einem Paketpräfix hab/pkgs/&lt;Origin&gt;/&lt;Name&gt;/&lt;Version&gt;/&lt;Release&gt;/</translation>
    </message>
    <message>
        <source>is %1</source>
        <translation>ist %1</translation>
    </message>
    <message>
        <source>is %1 (only directories may sit above it)</source>
        <translation>ist %1 (darüber dürfen nur Verzeichnisse liegen)</translation>
    </message>
    <message>
        <source>is not on the same package path as the earlier directory %1</source>
        <translation>liegt nicht auf demselben Paketpfad wie das frühere Verzeichnis %1</translation>
    </message>
    <message>
        <source>hab/pkgs/%1 is not a valid package path origin/name/version/release</source>
        <translation>hab/pkgs/%1 ist kein gültiger Paketpfad Origin/Name/Version/Release</translation>
    </message>
    <message>
        <source>the package prefix itself must be a directory</source>
        <translation>das Paketpräfix selbst muss ein Verzeichnis sein</translation>
    </message>
    <message>
        <source>its parent %1 is a %2, not a directory</source>
        <translation>der übergeordnete Eintrag %1 ist kein Verzeichnis (%2)</translation>
    </message>
    <message>
        <source>symlink</source>
        <translation>Symlink</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>appears twice in the archive</source>
        <translation>kommt zweimal im Archiv vor</translation>
    </message>
    <message>
        <source>symlink without a target</source>
        <translation>Symlink ohne Ziel</translation>
    </message>
    <message>
        <source>the symlink target is longer than %1 bytes</source>
        <translation>das Symlink-Ziel ist länger als %1 Bytes</translation>
    </message>
    <message>
        <source>the symlink target is not clean UTF-8 text</source>
        <translation>das Symlink-Ziel ist kein sauberer UTF-8-Text</translation>
    </message>
    <message>
        <source>symlink to “%1”: “..” after a name in a link target is not allowed</source>
        <translation>Symlink auf „%1“: „..“ nach einem Namen ist in einem Linkziel nicht erlaubt</translation>
    </message>
    <message>
        <source>symlink to “%1” points outside the package</source>
        <translation>Symlink auf „%1“ zeigt aus dem Paket hinaus</translation>
    </message>
    <message>
        <source>symlinks into more than %1 other packages</source>
        <translation>Symlinks in mehr als %1 andere Pakete</translation>
    </message>
    <message>
        <source>symlink to “%1” points outside the package prefix %2/</source>
        <translation>Symlink auf „%1“ zeigt aus dem Paketpräfix %2/ hinaus</translation>
    </message>
    <message>
        <source>hardlink without a clean target name</source>
        <translation>Hardlink ohne sauberen Zielnamen</translation>
    </message>
    <message>
        <source>hardlink to “%1”, which is outside the package prefix %2/</source>
        <translation>Hardlink auf „%1“, das außerhalb des Paketpräfixes %2/ liegt</translation>
    </message>
    <message>
        <source>hardlink to “%1”, which is not a file earlier in the archive</source>
        <translation>Hardlink auf „%1“, das keine frühere Datei im Archiv ist</translation>
    </message>
    <message>
        <source>the package has more than %1 distinct paths</source>
        <translation>das Paket hat mehr als %1 verschiedene Pfade</translation>
    </message>
    <message>
        <source>%1: member “%2”: symlink to “%3” points into %4, which is not among the package&apos;s runtime dependencies (TDEPS)</source>
        <translation>%1: Eintrag „%2“: Symlink auf „%3“ zeigt in %4, das nicht zu den Laufzeitabhängigkeiten (TDEPS) des Pakets gehört</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot read the link</source>
        <translation>%1: Der Link kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>ein blockorientiertes Gerät</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>ein FIFO</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>of an unknown type</source>
        <translation>von unbekanntem Typ</translation>
    </message>
</context>
<context>
    <name>habmesos::EnvironmentModel</name>
    <message>
        <source>The service configuration the Supervisor reads (the changed default.toml keys)</source>
        <translation>Die Dienstkonfiguration, die der Supervisor liest (die geänderten Schlüssel aus default.toml)</translation>
    </message>
    <message>
        <source>Added by you</source>
        <translation>Von Ihnen hinzugefügt</translation>
    </message>
    <message>
        <source>Set by the exporter</source>
        <translation>Vom Exporter gesetzt</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>%1 keeps its name: a variable needs one (remove the row to drop it).</source>
        <translation>%1 behält seinen Namen: Eine Variable braucht einen (entfernen Sie die Zeile, um sie zu löschen).</translation>
    </message>
    <message>
        <source>%1 cannot be renamed to %2: %2 is set already. Choose another name, or change that row&apos;s value.</source>
        <translation>%1 kann nicht in %2 umbenannt werden: %2 ist bereits gesetzt. Wählen Sie einen anderen Namen oder ändern Sie den Wert jener Zeile.</translation>
    </message>
</context>
<context>
    <name>habmesos::EnvironmentTab</name>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Add variable</source>
        <translation>Variable hinzufügen</translation>
    </message>
    <message>
        <source>A new row; type its name, then Tab to its value</source>
        <translation>Eine neue Zeile; geben Sie ihren Namen ein, dann mit Tab zu ihrem Wert</translation>
    </message>
    <message>
        <source>Remove variable</source>
        <translation>Variable entfernen</translation>
    </message>
    <message>
        <source>Service configuration</source>
        <translation>Dienstkonfiguration</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Auf Standardwert zurücksetzen</translation>
    </message>
    <message>
        <source>The package has no service configuration (default.toml).</source>
        <translation>Das Paket hat keine Dienstkonfiguration (default.toml).</translation>
    </message>
    <message>
        <source>Service configuration (default.toml); changed keys go into %1:</source>
        <translation>Dienstkonfiguration (default.toml); geänderte Schlüssel kommen in %1:</translation>
    </message>
</context>
<context>
    <name>habmesos::Error</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>habmesos::ExportArguments</name>
    <message>
        <source>Export the built-in demo package (written on first use)</source>
        <translation>Das eingebaute Demo-Paket exportieren (wird beim ersten Gebrauch geschrieben)</translation>
    </message>
    <message>
        <source>The artifact cache (default /hab/cache/artifacts or ~/.hab/cache/artifacts)</source>
        <translation>Der Artefakt-Cache (Standard /hab/cache/artifacts oder ~/.hab/cache/artifacts)</translation>
    </message>
    <message>
        <source>The public key cache (default $HAB_CACHE_KEY_PATH, /hab/cache/keys or ~/.hab/cache/keys)</source>
        <translation>Der Cache der öffentlichen Schlüssel (Standard $HAB_CACHE_KEY_PATH, /hab/cache/keys oder ~/.hab/cache/keys)</translation>
    </message>
    <message>
        <source>Installed packages (default /hab/pkgs)</source>
        <translation>Installierte Pakete (Standard /hab/pkgs)</translation>
    </message>
    <message>
        <source>Look for packages in the artifact cache only, not among the installed packages</source>
        <translation>Pakete nur im Artefakt-Cache suchen, nicht unter den installierten Paketen</translation>
    </message>
    <message>
        <source>Export artifacts whose signature cannot be verified (not recommended)</source>
        <translation>Artefakte exportieren, deren Signatur nicht verifiziert werden kann (nicht empfohlen)</translation>
    </message>
    <message>
        <source>CPUs for the application (default 0.5, or $CPU)</source>
        <translation>CPUs für die Anwendung (Standard 0.5 oder $CPU)</translation>
    </message>
    <message>
        <source>Memory in MiB (default 256, or $MEM)</source>
        <translation>Arbeitsspeicher in MiB (Standard 256 oder $MEM)</translation>
    </message>
    <message>
        <source>Disk in MiB (default: sized from the tarball, its extracted tree and room for the service&apos;s data; or $DISK); “auto” sizes it</source>
        <translation>Plattenplatz in MiB (Standard: bemessen aus dem Tarball, seinem entpackten Baum und Platz für die Daten des Dienstes; oder $DISK); „auto“ bemisst ihn</translation>
    </message>
    <message>
        <source>Number of instances (default 1, or $INSTANCES)</source>
        <translation>Anzahl der Instanzen (Standard 1 oder $INSTANCES)</translation>
    </message>
    <message>
        <source>Seconds Mesos waits after asking the task to stop before it kills it, 0 to 86400 (taskKillGracePeriodSeconds; default: the package&apos;s SHUTDOWN_TIMEOUT, or Habitat&apos;s 8, plus 10)</source>
        <translation>Sekunden, die Mesos nach der Aufforderung zum Beenden wartet, bevor es den Task tötet, 0 bis 86400 (taskKillGracePeriodSeconds; Vorgabe: SHUTDOWN_TIMEOUT des Pakets oder Habitats 8, plus 10)</translation>
    </message>
    <message>
        <source>The Marathon application id (default /origin/name, made valid)</source>
        <translation>Die ID der Marathon-Anwendung (Standard /origin/name, gültig gemacht)</translation>
    </message>
    <message>
        <source>An environment variable for the service (repeatable)</source>
        <translation>Eine Umgebungsvariable für den Dienst (mehrfach möglich)</translation>
    </message>
    <message>
        <source>Set a key of the service&apos;s configuration (repeatable): a dotted key from default.toml and a TOML value, e.g. log_level=&apos;&quot;debug&quot;&apos; or http.port=8081; they go into HAB_&lt;PKG&gt;</source>
        <translation>Einen Schlüssel der Dienstkonfiguration setzen (mehrfach möglich): ein Schlüssel mit Punkten aus default.toml und ein TOML-Wert, z. B. log_level=&apos;&quot;debug&quot;&apos; oder http.port=8081; sie kommen in HAB_&lt;PKG&gt;</translation>
    </message>
    <message>
        <source>Fix the host port of the named port (e.g. hab-http=31631; repeatable); the app then requires its ports as numbered (requirePorts), so every port needs a number: give one for each, or use --fixed-ports and change some with --port. The numbers must lie in --agent-ports</source>
        <translation>Den Host-Port des benannten Ports festlegen (z. B. hab-http=31631; mehrfach möglich); die App verlangt dann ihre Ports mit diesen Nummern (requirePorts), also braucht jeder Port eine Nummer: für jeden eine angeben, oder --fixed-ports verwenden und einzelne mit --port ändern. Die Nummern müssen in --agent-ports liegen</translation>
    </message>
    <message>
        <source>Do not expose the Supervisor&apos;s gossip and HTTP gateway ports: it then binds 9638, 9631 and 9632 on the agent, so only one instance fits on an agent, and the default health check goes with them</source>
        <translation>Die Gossip- und HTTP-Gateway-Ports des Supervisors nicht freigeben: er bindet dann 9638, 9631 und 9632 auf dem Agent, sodass nur eine Instanz auf einen Agent passt, und der Standard-Health-Check entfällt mit ihnen</translation>
    </message>
    <message>
        <source>Use the package&apos;s own port numbers on the agents (requirePorts) instead of dynamic ports: 8080, 9638, 9631, 9632 and the like, which stock agents do not offer, so this is an error unless --agent-ports includes them; change single numbers with --port</source>
        <translation>Auf den Agents die eigenen Portnummern des Pakets verwenden (requirePorts) statt dynamischer Ports: 8080, 9638, 9631, 9632 und ähnliche, die unveränderte Agents nicht anbieten; daher ein Fehler, außer --agent-ports enthält sie; einzelne Nummern mit --port ändern</translation>
    </message>
    <message>
        <source>The port ranges the Mesos agents offer (their --resources ports; default 31000-32000): fixed ports must lie in them. Repeatable, or comma-separated: 31000-32000,8000-9000 or [31000-32000, 8000-9000]</source>
        <translation>Die Portbereiche, die die Mesos-Agents anbieten (ihre --resources-Ports; Standard 31000-32000): feste Ports müssen darin liegen. Mehrfach möglich oder durch Kommas getrennt: 31000-32000,8000-9000 oder [31000-32000, 8000-9000]</translation>
    </message>
    <message>
        <source>Change the health check (repeatable): KEY is protocol, path, portName, command, gracePeriodSeconds, intervalSeconds, timeoutSeconds, maxConsecutiveFailures or ignoreHttp1xx; the rest stays as the default check has it: MESOS_HTTP (HTTP with --legacy-json) on the Supervisor&apos;s HTTP gateway</source>
        <translation>Den Health-Check ändern (mehrfach möglich): KEY ist protocol, path, portName, command, gracePeriodSeconds, intervalSeconds, timeoutSeconds, maxConsecutiveFailures oder ignoreHttp1xx; der Rest bleibt, wie ihn der Standard-Check hat: MESOS_HTTP (HTTP mit --legacy-json) auf dem HTTP-Gateway des Supervisors</translation>
    </message>
    <message>
        <source>Define no health check</source>
        <translation>Keinen Health-Check definieren</translation>
    </message>
    <message>
        <source>A placement constraint (repeatable), as Marathon writes them: hostname:UNIQUE, rack:GROUP_BY:3, zone:LIKE:eu-.*</source>
        <translation>Ein Constraint für die Platzierung (mehrfach möglich), wie Marathon sie schreibt: hostname:UNIQUE, rack:GROUP_BY:3, zone:LIKE:eu-.*</translation>
    </message>
    <message>
        <source>A label on the application (repeatable)</source>
        <translation>Ein Label an der Anwendung (mehrfach möglich)</translation>
    </message>
    <message>
        <source>Where Mesos agents download the tarball (a URL ending in / gets the tarball&apos;s name appended); overrides the address an upload gives</source>
        <translation>Von wo die Mesos-Agents den Tarball herunterladen (an eine URL, die auf / endet, wird der Name des Tarballs angehängt); hat Vorrang vor der Adresse aus einem Upload</translation>
    </message>
    <message>
        <source>JSON for Marathon before 1.0 (uris, ports, HTTP health check); 1.0 and later take the current JSON</source>
        <translation>JSON für Marathon vor 1.0 (uris, ports, HTTP-Health-Check); 1.0 und neuer nehmen das aktuelle JSON</translation>
    </message>
    <message>
        <source>%1: “%2” is not KEY=VALUE</source>
        <translation>%1: „%2“ ist nicht KEY=VALUE</translation>
    </message>
    <message>
        <source>name one package (an ident or a .hart file)</source>
        <translation>Geben Sie ein Paket an (ein Ident oder eine .hart-Datei)</translation>
    </message>
    <message>
        <source>name exactly one package; got %1</source>
        <translation>Geben Sie genau ein Paket an; erhalten: %1</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number</source>
        <translation>%1: „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <source>%1: “%2” is not a whole number</source>
        <translation>%1: „%2“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1: %2 is too large</source>
        <translation>%1: %2 ist zu groß</translation>
    </message>
    <message>
        <source>%1: “%2” is not a whole number of seconds from 0 to %3</source>
        <translation>%1: „%2“ ist keine ganze Zahl von Sekunden zwischen 0 und %3</translation>
    </message>
    <message>
        <source>%1: “%2” is not a configuration key</source>
        <translation>%1: „%2“ ist kein Konfigurationsschlüssel</translation>
    </message>
    <message>
        <source>%1: “%2” is not NAME=NUMBER with a port number from 1 to 65535</source>
        <translation>%1: „%2“ ist nicht NAME=NUMMER mit einer Portnummer von 1 bis 65535</translation>
    </message>
    <message>
        <source>%1 and %2 contradict each other</source>
        <translation>%1 und %2 widersprechen sich</translation>
    </message>
    <message>
        <source>%1: “%2” is not one of tgz, txz, tar</source>
        <translation>%1: „%2“ ist keines von tgz, txz, tar</translation>
    </message>
    <message>
        <source>%1: “%2” is not one of 1.6 (1.6 or earlier), 1.7 (1.7 or later)</source>
        <translation>%1: „%2“ ist keines von 1.6 (1.6 oder älter), 1.7 (1.7 oder neuer)</translation>
    </message>
    <message>
        <source>the configuration key %1</source>
        <translation>den Konfigurationsschlüssel %1</translation>
    </message>
    <message>
        <source>the edited ports</source>
        <translation>die bearbeiteten Ports</translation>
    </message>
    <message>
        <source>the hand-edited command</source>
        <translation>den von Hand bearbeiteten Befehl</translation>
    </message>
    <message>
        <source>During an upgrade, the share of instances (0 to 1) that stay healthy: 0.5 lets Marathon stop half of the old ones before the new ones are healthy (upgradeStrategy.minimumHealthCapacity; Marathon&apos;s default 1)</source>
        <translation>Während eines Upgrades der Anteil der Instanzen (0 bis 1), die gesund bleiben: 0.5 lässt Marathon die Hälfte der alten stoppen, bevor die neuen gesund sind (upgradeStrategy.minimumHealthCapacity; Standard von Marathon 1)</translation>
    </message>
    <message>
        <source>During an upgrade, how many instances (a share 0 to 1 of the count) may run on top of it: 0 never runs more than the count (upgradeStrategy.maximumOverCapacity; Marathon&apos;s default 1)</source>
        <translation>Während eines Upgrades, wie viele Instanzen (ein Anteil 0 bis 1 der Anzahl) zusätzlich laufen dürfen: 0 führt nie mehr als die Anzahl aus (upgradeStrategy.maximumOverCapacity; Standard von Marathon 1)</translation>
    </message>
    <message>
        <source>Seconds Marathon waits before relaunching a failed task, 0 or more (backoffSeconds; Marathon&apos;s default 1)</source>
        <translation>Sekunden, die Marathon wartet, bevor ein fehlgeschlagener Task neu gestartet wird, 0 oder mehr (backoffSeconds; Standard von Marathon 1)</translation>
    </message>
    <message>
        <source>What the wait is multiplied by after each further failure, at least 1 (backoffFactor; Marathon&apos;s default 1.15)</source>
        <translation>Womit die Wartezeit nach jedem weiteren Fehlschlag multipliziert wird, mindestens 1 (backoffFactor; Standard von Marathon 1.15)</translation>
    </message>
    <message>
        <source>The longest wait before a relaunch, 0 or more seconds (maxLaunchDelaySeconds; Marathon&apos;s default 300, 3600 before 1.8)</source>
        <translation>Die längste Wartezeit vor einem Neustart, 0 oder mehr Sekunden (maxLaunchDelaySeconds; Standard von Marathon 300, vor 1.8: 3600)</translation>
    </message>
    <message>
        <source>Run only on resources of this Mesos role (repeatable; acceptedResourceRoles), e.g. slave_public for DC/OS public agents or * for unreserved resources; default: Marathon&apos;s --default_accepted_resource_roles</source>
        <translation>Nur auf Ressourcen dieser Mesos-Rolle ausführen (mehrfach möglich; acceptedResourceRoles), z. B. slave_public für öffentliche DC/OS-Agents oder * für nicht reservierte Ressourcen; Standard: --default_accepted_resource_roles von Marathon</translation>
    </message>
    <message>
        <source>The user Mesos runs the task as (default root). The launch command mounts and chroots, which needs root, so another user only works where the agents allow it; the Supervisor runs the service as the package&apos;s own SVC_USER either way</source>
        <translation>Der Benutzer, als der Mesos den Task ausführt (Standard root). Der Startbefehl mountet und führt chroot aus, was root erfordert, daher funktioniert ein anderer Benutzer nur, wo die Agents es erlauben; der Supervisor führt den Dienst in jedem Fall als SVC_USER des Pakets aus</translation>
    </message>
    <message>
        <source>One more file for the Mesos fetcher to download into the sandbox after the tarball (repeatable). FLAGS, comma-separated, as Marathon&apos;s fetch has them: extract=false (archives are unpacked by default), executable=true, cache=true, dest=PATH (the name in the sandbox; last, it takes the rest). e.g. https://example.com/tool,executable=true,dest=bin/tool</source>
        <translation>Eine weitere Datei, die der Mesos-Fetcher nach dem Tarball in die Sandbox herunterlädt (mehrfach möglich). FLAGS, durch Kommas getrennt, wie im fetch von Marathon: extract=false (Archive werden standardmäßig entpackt), executable=true, cache=true, dest=PFAD (der Name in der Sandbox; zuletzt, es nimmt den Rest). z. B. https://example.com/tool,executable=true,dest=bin/tool</translation>
    </message>
    <message>
        <source>%1: “%2” is not a whole number of seconds</source>
        <translation>%1: „%2“ ist keine ganze Zahl von Sekunden</translation>
    </message>
    <message>
        <source>%1: %2 is less than %3</source>
        <translation>%1: %2 ist kleiner als %3</translation>
    </message>
    <message>
        <source>%1: %2 is not between %3 and %4</source>
        <translation>%1: %2 liegt nicht zwischen %3 und %4</translation>
    </message>
    <message>
        <source>%1: the backoff factor must be at least 1 (1 keeps the wait the same after every failure); got %2</source>
        <translation>%1: Der Backoff-Faktor muss mindestens 1 sein (1 lässt die Wartezeit nach jedem Fehlschlag gleich); erhalten: %2</translation>
    </message>
    <message>
        <source>%1: give a user name, or leave the option out to run the task as root</source>
        <translation>%1: Geben Sie einen Benutzernamen an oder lassen Sie die Option weg, um den Task als root auszuführen</translation>
    </message>
    <message>
        <source>the fields kept from the opened definition (%1)</source>
        <translation>die aus der geöffneten Definition übernommenen Felder (%1)</translation>
    </message>
    <message>
        <source>the download %1</source>
        <translation>den Download %1</translation>
    </message>
    <message>
        <source>The service group the Supervisor runs the service in (as hab sup run --group; default: default)</source>
        <translation>Die Dienstgruppe, in der der Supervisor den Dienst ausführt (wie hab sup run --group; Standard: default)</translation>
    </message>
    <message>
        <source>standalone (default) or leader: the ring elects a leader among the service&apos;s members, which needs at least three</source>
        <translation>standalone (Standard) oder leader: Der Ring wählt unter den Mitgliedern des Dienstes einen Leader, wofür mindestens drei nötig sind</translation>
    </message>
    <message>
        <source>How the Supervisor updates the service when its channel has a newer release: none (default), at-once or rolling (one member at a time)</source>
        <translation>Wie der Supervisor den Dienst aktualisiert, wenn sein Kanal ein neueres Release hat: none (Standard), at-once oder rolling (ein Mitglied nach dem anderen)</translation>
    </message>
    <message>
        <source>latest (default: the newest release in the channel) or track-channel (always what the channel has, rolling back too)</source>
        <translation>latest (Standard: das neueste Release im Kanal) oder track-channel (immer, was der Kanal hat, auch zurück)</translation>
    </message>
    <message>
        <source>%1: “%2” is not one of %3</source>
        <translation>%1: „%2“ ist keiner der Werte %3</translation>
    </message>
    <message>
        <source>one word without blanks, quotes or characters such as $ ; &amp; | * ?</source>
        <translation>ein Wort ohne Leerzeichen, Anführungszeichen oder Zeichen wie $ ; &amp; | * ?</translation>
    </message>
    <message>
        <source>%1: “%2” is not a group name: %3, and without “.” or “@”</source>
        <translation>%1: „%2“ ist kein Gruppenname: %3, und ohne „.“ oder „@“</translation>
    </message>
    <message>
        <source>%1: “%2” is not a channel name: %3</source>
        <translation>%1: „%2“ ist kein Kanalname: %3</translation>
    </message>
    <message>
        <source>%1: “%2” must be %3</source>
        <translation>%1: „%2“ muss %3 sein</translation>
    </message>
    <message>
        <source>%1: “%2” is not a whole number of seconds, 1 or more</source>
        <translation>%1: „%2“ ist keine ganze Zahl von Sekunden ab 1</translation>
    </message>
    <message>
        <source>%1: “%2” is not NAME:SERVICE.GROUP or NAME:SERVICE.GROUP@ORGANIZATION (e.g. database:postgresql.default), %3</source>
        <translation>%1: „%2“ ist nicht NAME:SERVICE.GROUP oder NAME:SERVICE.GROUP@ORGANIZATION (z. B. database:postgresql.default), %3</translation>
    </message>
    <message>
        <source>%1: “%2” is not a ring name: letters, digits, “.”, “_” and “-”, starting and ending with a letter or digit, at most 63 characters</source>
        <translation>%1: „%2“ ist kein Ringname: Buchstaben, Ziffern, „.“, „_“ und „-“, beginnend und endend mit einem Buchstaben oder einer Ziffer, höchstens 63 Zeichen</translation>
    </message>
    <message>
        <source>%1: “%2” is not HOST or HOST:PORT (a port from 1 to 65535)</source>
        <translation>%1: „%2“ ist nicht HOST oder HOST:PORT (ein Port von 1 bis 65535)</translation>
    </message>
    <message>
        <source>%1 makes the ring&apos;s members fixed peers, and %2 says %3: leave one of them out</source>
        <translation>%1 macht die Mitglieder des Rings zu festen Peers, und %2 sagt %3: Lassen Sie eines davon weg</translation>
    </message>
    <message>
        <source>give either %1 or %2, not both</source>
        <translation>geben Sie entweder %1 oder %2 an, nicht beides</translation>
    </message>
    <message>
        <source>%1: give the secret&apos;s %2, or leave the option out</source>
        <translation>%1: Geben Sie %2 des Secrets an, oder lassen Sie die Option weg</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>%1: “%2” is not a whole number of MiB, 1 or more</source>
        <translation>%1: „%2“ ist keine ganze Zahl von MiB ab 1</translation>
    </message>
    <message>
        <source>the peers, which the ring&apos;s discovery does not use</source>
        <translation>die Peers, die die Erkennung des Rings nicht verwendet</translation>
    </message>
    <message>
        <source>%1: “%2” is not one of tarball, harts</source>
        <translation>%1: „%2“ ist weder tarball noch harts</translation>
    </message>
</context>
<context>
    <name>habmesos::ExportCommand</name>
    <message>
        <source>Show this help</source>
        <translation>Diese Hilfe anzeigen</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Resources (as `hab pkg export mesos`: --cpu=2 or --cpu 2)</source>
        <translation>Ressourcen (wie bei `hab pkg export mesos`: --cpu=2 oder --cpu 2)</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Upload</translation>
    </message>
    <message>
        <source>Deploy to Marathon</source>
        <translation>Deployment auf Marathon</translation>
    </message>
    <message>
        <source>Credentials (for --deploy and --upload marathon; never on the command line itself)</source>
        <translation>Zugangsdaten (für --deploy und --upload marathon; nie auf der Befehlszeile selbst)</translation>
    </message>
    <message>
        <source>Supervisor packages</source>
        <translation>Supervisor-Pakete</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Export a Habitat package as a Mesos container tarball and print its Marathon application JSON on standard output (nothing else goes there). Optionally upload the tarball and deploy the app.</source>
        <translation>Ein Habitat-Paket als Mesos-Container-Tarball exportieren und das JSON seiner Marathon-Anwendung auf die Standardausgabe schreiben (sonst nichts). Wahlweise den Tarball hochladen und die App deployen.</translation>
    </message>
    <message>
        <source>no package %1 in %2</source>
        <translation>kein Paket %1 in %2</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>note: no --uri or --upload given, so the fetch URI is the local file %1; agents must see that path</source>
        <translation>Hinweis: weder --uri noch --upload angegeben, daher ist die Fetch-URI die lokale Datei %1; die Agents müssen diesen Pfad sehen</translation>
    </message>
    <message>
        <source>%1 is built for %2; Mesos runs Linux containers</source>
        <translation>%1 ist für %2 gebaut; Mesos führt Linux-Container aus</translation>
    </message>
    <message>
        <source>Usage: habmesos export [options] &lt;package&gt;</source>
        <translation>Aufruf: habmesos export [Optionen] &lt;Paket&gt;</translation>
    </message>
    <message>
        <source>
Arguments:
  package                     A package ident (origin/name[/version[/release]]) or a .hart file
</source>
        <translation>
Argumente:
  Paket                       Ein Paket-Ident (Origin/Name[/Version[/Release]]) oder eine .hart-Datei
</translation>
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
        <translation>
Umgebung:
  CPU, MEM, DISK, INSTANCES   Vorgaben für --cpu, --mem, --disk, --instances
  HABMESOS_MARATHON_PASSWORD  Das Passwort für --user (ohne --password-file)
  HABMESOS_MARATHON_TOKEN     Ein DC/OS-Token (ohne --user und --token-file)
  HABMESOS_UPLOAD_PASSWORD    Das Passwort für --upload-user

Rückgabewert:
  0   erledigt
  1   der Export schlug aus einem anderen Grund fehl (die Meldung sagt, warum)
  2   Aufruffehler (eine falsche Option oder ein falscher Wert, eine unlesbare Passwortdatei)
  3   das Paket, eine Abhängigkeit oder ein Paket des Supervisors ist nicht da
  4   eine Signatur ist unbekannt, falsch oder deckt die Nutzdaten nicht ab
  5   ein Paket ist unbrauchbar: beschädigt, abgeschnitten, unsicher oder nicht für Linux
  7   die Anwendungsdefinition verletzt Marathons Regeln
  8   der Upload schlug fehl
  9   das Deployen schlug fehl: Marathon nicht erreichbar, Zugangsdaten abgelehnt, die App gesperrt oder abgelehnt
  10  das Deployment schlug fehl oder wurde nicht innerhalb von --wait-timeout fertig
  11  ein Paket lesen oder den Tarball schreiben schlug fehl (Berechtigungen, volle Platte)
</translation>
    </message>
    <message>
        <source>Deployment (Marathon&apos;s defaults unless given)</source>
        <translation>Deployment (ohne Angabe gelten die Standards von Marathon)</translation>
    </message>
    <message>
        <source>Service and ring (the Supervisor&apos;s options as `hab sup run` spells them, then the ring&apos;s)</source>
        <translation>Dienst und Ring (die Optionen des Supervisors, wie `hab sup run` sie schreibt, dann die des Rings)</translation>
    </message>
    <message>
        <source>the harts layout&apos;s definition names the bootstrap by a hash of its content and lists every .hart of the closure, which only the export knows: leave out --json-only</source>
        <translation>Die Definition des Harts-Layouts benennt den Bootstrap nach einem Hash seines Inhalts und führt jede .hart-Datei des Abschlusses auf, was erst der Export weiß: --json-only weglassen</translation>
    </message>
    <message>
        <source>the harts layout publishes into a folder whose server answers HEAD with the size (the agents&apos; fetcher cache needs it); Marathon&apos;s artifact store is not one: give --upload a WebDAV folder URL</source>
        <translation>Das Harts-Layout veröffentlicht in einen Ordner, dessen Server HEAD mit der Größe beantwortet (der Fetcher-Cache der Agenten braucht das); Marathons Artefaktspeicher tut das nicht: Geben Sie --upload die URL eines WebDAV-Ordners</translation>
    </message>
    <message>
        <source>Builder (what is missing here is fetched when one is named: -u, -c, -z, HAB_BLDR_URL, cli.toml)</source>
        <translation>Builder (was hier fehlt, wird geholt, wenn einer angegeben ist: -u, -c, -z, HAB_BLDR_URL, cli.toml)</translation>
    </message>
</context>
<context>
    <name>habmesos::ExportDocument</name>
    <message>
        <source>Change the application id</source>
        <translation>Anwendungs-ID ändern</translation>
    </message>
    <message>
        <source>Change CPUs</source>
        <translation>CPUs ändern</translation>
    </message>
    <message>
        <source>Change memory</source>
        <translation>Arbeitsspeicher ändern</translation>
    </message>
    <message>
        <source>Change disk</source>
        <translation>Plattenplatz ändern</translation>
    </message>
    <message>
        <source>Change instances</source>
        <translation>Instanzen ändern</translation>
    </message>
    <message>
        <source>Edit the command</source>
        <translation>Befehl bearbeiten</translation>
    </message>
    <message>
        <source>Generate the command</source>
        <translation>Befehl erzeugen</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>%1 setzen</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Set the configuration key %1</source>
        <translation>Konfigurationsschlüssel %1 setzen</translation>
    </message>
    <message>
        <source>Reset the configuration key %1</source>
        <translation>Konfigurationsschlüssel %1 zurücksetzen</translation>
    </message>
    <message>
        <source>Edit the ports</source>
        <translation>Ports bearbeiten</translation>
    </message>
    <message>
        <source>Reset the ports</source>
        <translation>Ports zurücksetzen</translation>
    </message>
    <message>
        <source>Expose the Supervisor&apos;s ports</source>
        <translation>Ports des Supervisors freigeben</translation>
    </message>
    <message>
        <source>Hide the Supervisor&apos;s ports</source>
        <translation>Ports des Supervisors verbergen</translation>
    </message>
    <message>
        <source>Add the health check</source>
        <translation>Health-Check hinzufügen</translation>
    </message>
    <message>
        <source>Remove the health check</source>
        <translation>Health-Check entfernen</translation>
    </message>
    <message>
        <source>Use fixed ports</source>
        <translation>Feste Ports verwenden</translation>
    </message>
    <message>
        <source>Use dynamic ports</source>
        <translation>Dynamische Ports verwenden</translation>
    </message>
    <message>
        <source>Change the fetch URI</source>
        <translation>Fetch-URI ändern</translation>
    </message>
    <message>
        <source>Change the output folder</source>
        <translation>Ausgabeordner ändern</translation>
    </message>
    <message>
        <source>Change the compression</source>
        <translation>Kompression ändern</translation>
    </message>
    <message>
        <source>Change the JSON flavour</source>
        <translation>JSON-Variante ändern</translation>
    </message>
    <message>
        <source>Change the Supervisor&apos;s packages</source>
        <translation>Pakete des Supervisors ändern</translation>
    </message>
    <message>
        <source>Change the health check</source>
        <translation>Den Health-Check ändern</translation>
    </message>
    <message>
        <source>Reset the health check</source>
        <translation>Den Health-Check zurücksetzen</translation>
    </message>
    <message>
        <source>Change the constraints</source>
        <translation>Constraints ändern</translation>
    </message>
    <message>
        <source>Change the labels</source>
        <translation>Labels ändern</translation>
    </message>
    <message>
        <source>No package: pick a Habitat package first.</source>
        <translation>Kein Paket: Wählen Sie zuerst ein Habitat-Paket.</translation>
    </message>
    <message>
        <source>%1 s is not taken: the kill grace period is from 0 to %2 seconds</source>
        <translation>%1 s wird nicht übernommen: Die Kill-Wartezeit liegt zwischen 0 und %2 Sekunden</translation>
    </message>
    <message>
        <source>Change the kill grace period</source>
        <translation>Die Kill-Wartezeit ändern</translation>
    </message>
    <message>
        <source>Back to the package&apos;s kill grace period</source>
        <translation>Zurück zur Kill-Wartezeit des Pakets</translation>
    </message>
    <message>
        <source>Size the disk from the package</source>
        <translation>Plattenplatz aus dem Paket bemessen</translation>
    </message>
    <message>
        <source>Change the Mesos agents&apos; version</source>
        <translation>Mesos-Version der Agents ändern</translation>
    </message>
    <message>
        <source>The tarball cannot be built: %1</source>
        <translation>Der Tarball kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>The output folder %1 is a file, not a folder: choose a folder (Browse…).</source>
        <translation>Der Ausgabeordner %1 ist eine Datei, kein Ordner: Wählen Sie einen Ordner (Durchsuchen…).</translation>
    </message>
    <message>
        <source>The output folder %1 cannot be written to: choose another (Browse…).</source>
        <translation>In den Ausgabeordner %1 kann nicht geschrieben werden: Wählen Sie einen anderen (Durchsuchen…).</translation>
    </message>
    <message>
        <source>The output folder %1 does not exist yet: Build creates it.</source>
        <translation>Der Ausgabeordner %1 existiert noch nicht: „Erstellen“ legt ihn an.</translation>
    </message>
    <message>
        <source>The output folder %1 does not exist and cannot be created (%2 cannot be written to): choose another (Browse…).</source>
        <translation>Der Ausgabeordner %1 existiert nicht und kann nicht angelegt werden (in %2 kann nicht geschrieben werden): Wählen Sie einen anderen (Durchsuchen…).</translation>
    </message>
    <message>
        <source>Change the deployment settings</source>
        <translation>Deployment-Einstellungen ändern</translation>
    </message>
    <message>
        <source>Change the service settings</source>
        <translation>Diensteinstellungen ändern</translation>
    </message>
    <message>
        <source>Change the deployment layout</source>
        <translation>Deployment-Layout ändern</translation>
    </message>
</context>
<context>
    <name>habmesos::ExportJob</name>
    <message>
        <source>the output directory %1 does not exist</source>
        <translation>das Ausgabeverzeichnis %1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot create a temporary directory: %1</source>
        <translation>ein temporäres Verzeichnis kann nicht angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>habmesos::ExportPublisher</name>
    <message>
        <source>(the whole app definition)</source>
        <translation>(die ganze Anwendungsdefinition)</translation>
    </message>
    <message>
        <source>uploaded; agents fetch it from %1</source>
        <translation>hochgeladen; die Agents holen ihn von %1</translation>
    </message>
    <message>
        <source>app %1 on %2 is locked by running deployment(s) %3. Wait for them to finish, or run again with --force to cancel them and deploy anyway.</source>
        <translation>App %1 auf %2 ist durch laufende Deployments gesperrt: %3. Warten Sie, bis sie fertig sind, oder starten Sie erneut mit --force, um sie abzubrechen und trotzdem zu deployen.</translation>
    </message>
    <message>
        <source>app %1 is locked by deployment(s) %2; forcing the update (--force), which cancels them</source>
        <translation>App %1 ist durch Deployments gesperrt: %2; die Aktualisierung wird erzwungen (--force), wodurch sie abgebrochen werden</translation>
    </message>
    <message>
        <source>updated app %1 on %2</source>
        <translation>App %1 auf %2 aktualisiert</translation>
    </message>
    <message>
        <source>created app %1 on %2</source>
        <translation>App %1 auf %2 angelegt</translation>
    </message>
    <message>
        <source>%1 (deployment %2)</source>
        <translation>%1 (Deployment %2)</translation>
    </message>
    <message>
        <source>Give the CA certificate with --ca-file FILE.</source>
        <translation>Geben Sie das CA-Zertifikat mit --ca-file FILE an.</translation>
    </message>
    <message>
        <source>Check --user and the password (--password-file or $HABMESOS_MARATHON_PASSWORD), or the token.</source>
        <translation>Prüfen Sie --user und das Passwort (--password-file oder $HABMESOS_MARATHON_PASSWORD) bzw. das Token.</translation>
    </message>
    <message>
        <source>Give --user with --password-file FILE (or $HABMESOS_MARATHON_PASSWORD), or --token-file FILE (or $HABMESOS_MARATHON_TOKEN).</source>
        <translation>Geben Sie --user mit --password-file FILE (oder $HABMESOS_MARATHON_PASSWORD) an, oder --token-file FILE (oder $HABMESOS_MARATHON_TOKEN).</translation>
    </message>
    <message>
        <source>app %1 exists on %2; its definition could not be read to compare: %3</source>
        <translation>die App %1 existiert auf %2; ihre Definition konnte für den Vergleich nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>app %1 exists on %2 with this same definition; replacing it</source>
        <translation>die App %1 existiert auf %2 mit genau dieser Definition; sie wird ersetzt</translation>
    </message>
    <message>
        <source>app %1 exists on %2; replacing it changes: %3</source>
        <translation>die App %1 existiert auf %2; das Ersetzen ändert: %3</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message numerus="yes">
        <source>published to %1: %n file(s) sent (%2 MiB), %3 there already</source>
        <translation>
            <numerusform>veröffentlicht nach %1: %n Datei gesendet (%2 MiB), %3 schon vorhanden</numerusform>
            <numerusform>veröffentlicht nach %1: %n Dateien gesendet (%2 MiB), %3 schon vorhanden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>habmesos::ExportScheduler</name>
    <message numerus="yes">
        <source>the segment cache could not give back %n package(s), compressed again instead: %1</source>
        <translation>
            <numerusform>der Segment-Cache konnte %n Paket nicht zurückgeben, es wurde stattdessen neu komprimiert: %1</numerusform>
            <numerusform>der Segment-Cache konnte %n Pakete nicht zurückgeben, sie wurden stattdessen neu komprimiert: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is built for %2, but %3 is built for %4</source>
        <translation>%1 ist für %2 gebaut, %3 aber für %4</translation>
    </message>
</context>
<context>
    <name>habmesos::ExportSettingsJson</name>
    <message>
        <source>the stored session is not readable (%1)</source>
        <translation>die gespeicherte Sitzung ist nicht lesbar (%1)</translation>
    </message>
    <message>
        <source>the stored session was written by a newer habmesos (format %1); this one reads format %2</source>
        <translation>die gespeicherte Sitzung wurde von einem neueren habmesos geschrieben (Format %1); dieses liest Format %2</translation>
    </message>
    <message>
        <source>the stored session has no format this habmesos knows</source>
        <translation>die gespeicherte Sitzung hat kein Format, das dieses habmesos kennt</translation>
    </message>
</context>
<context>
    <name>habmesos::ExtraFetchModel</name>
    <message>
        <source>An http, https, ftp or file URL, or an absolute path on the agents</source>
        <translation>Eine http-, https-, ftp- oder file-URL oder ein absoluter Pfad auf den Agents</translation>
    </message>
    <message>
        <source>Unpack archives (.tgz, .tar.gz, .zip and the like) into the sandbox</source>
        <translation>Archive (.tgz, .tar.gz, .zip und Ähnliches) in die Sandbox entpacken</translation>
    </message>
    <message>
        <source>Make the file executable (it is then not unpacked)</source>
        <translation>Die Datei ausführbar machen (sie wird dann nicht entpackt)</translation>
    </message>
    <message>
        <source>Keep it in the agent&apos;s fetcher cache: it is never downloaded again from this URI</source>
        <translation>Im Fetcher-Cache des Agents behalten: Sie wird von dieser URI nie wieder heruntergeladen</translation>
    </message>
    <message>
        <source>The file name in the sandbox (destPath); empty: the URI&apos;s own name</source>
        <translation>Der Dateiname in der Sandbox (destPath); leer: der Name aus der URI</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Extract</source>
        <translation>Entpacken</translation>
    </message>
    <message>
        <source>Executable</source>
        <translation>Ausführbar</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Speichern als</translation>
    </message>
</context>
<context>
    <name>habmesos::FetchCommand</name>
    <message>
        <source>Show this help</source>
        <translation>Diese Hilfe anzeigen</translation>
    </message>
    <message>
        <source>The artifact cache to download into (default: %1)</source>
        <translation>Der Artefakt-Cache, in den heruntergeladen wird (Standard: %1)</translation>
    </message>
    <message>
        <source>The key cache for the signers&apos; public keys (default: %1)</source>
        <translation>Der Schlüssel-Cache für die öffentlichen Schlüssel der Unterzeichner (Standard: %1)</translation>
    </message>
    <message>
        <source>origin/name[/version[/release]]: the newest release in the channel unless fully qualified</source>
        <translation>origin/name[/version[/release]]: das neueste Release im Kanal, sofern nicht vollständig qualifiziert</translation>
    </message>
    <message>
        <source>
Exit status: 0 fetched (or already here), 1 Builder unreachable or refusing, 2 usage, 3 not found (or private), 4 a download does not verify, 5 refused target or unusable artifact, 11 cannot write the caches.
</source>
        <translation>
Exit-Status: 0 geholt (oder schon vorhanden), 1 Builder nicht erreichbar oder ablehnend, 2 falscher Aufruf, 3 nicht gefunden (oder privat), 4 ein Download lässt sich nicht verifizieren, 5 Zielplattform abgelehnt oder Artefakt unbrauchbar, 11 Caches nicht beschreibbar.
</translation>
    </message>
    <message>
        <source>which package? give an ident, e.g. core/redis</source>
        <translation>welches Paket? Geben Sie ein Ident an, z. B. core/redis</translation>
    </message>
    <message>
        <source>--%1 needs a directory</source>
        <translation>--%1 braucht ein Verzeichnis</translation>
    </message>
</context>
<context>
    <name>habmesos::FetchPlan</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>required by %1</source>
        <translation>benötigt von %1</translation>
    </message>
    <message>
        <source>the Supervisor&apos;s %1</source>
        <translation>%1 des Supervisors</translation>
    </message>
</context>
<context>
    <name>habmesos::FetchProbe</name>
    <message>
        <source>nothing is at %1 yet (HTTP %2): upload the tarball there first (Upload), or enter the URI where it is</source>
        <translation>unter %1 liegt noch nichts (HTTP %2): Laden Sie den Tarball zuerst dorthin hoch (Upload) oder geben Sie die URI ein, unter der er liegt</translation>
    </message>
</context>
<context>
    <name>habmesos::FetcherNameCheck</name>
    <message>
        <source>the name is not ASCII</source>
        <translation>der Name ist nicht ASCII</translation>
    </message>
    <message>
        <source>its hardlink target “%1” is not ASCII</source>
        <translation>sein Hardlink-Ziel „%1“ ist nicht ASCII</translation>
    </message>
    <message>
        <source>%1: member “%2”: %3, and Mesos 1.7 and later cannot extract such a name in any tar encoding (its fetcher runs in the C locale); agents with Mesos 1.6 or earlier (GNU tar) can: export for them with --mesos-agents 1.6 (in the window: Mesos agents, on the Output tab)</source>
        <translation>%1: Eintrag „%2“: %3, und Mesos ab 1.7 kann einen solchen Namen in keiner tar-Kodierung entpacken (sein Fetcher läuft in der C-Locale); Agents mit Mesos 1.6 oder älter (GNU tar) können es: exportieren Sie für sie mit --mesos-agents 1.6 (im Fenster: Mesos-Agents, im Reiter Ausgabe)</translation>
    </message>
</context>
<context>
    <name>habmesos::FieldNames</name>
    <message>
        <source>Port %1</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Environment variable %1</source>
        <translation>Umgebungsvariable %1</translation>
    </message>
    <message>
        <source>Label %1</source>
        <translation>Label %1</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Platzierung</translation>
    </message>
    <message>
        <source>Constraint %1</source>
        <translation>Constraint %1</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation>Download %1</translation>
    </message>
    <message>
        <source>Bind %1</source>
        <translation>Bind %1</translation>
    </message>
    <message>
        <source>Application ID</source>
        <translation>Anwendungs-ID</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Plattenplatz</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Task user</source>
        <translation>Task-Benutzer</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Health-Check</translation>
    </message>
    <message>
        <source>Upgrade strategy</source>
        <translation>Upgrade-Strategie</translation>
    </message>
    <message>
        <source>Unreachable strategy</source>
        <translation>Strategie für nicht erreichbare Tasks</translation>
    </message>
    <message>
        <source>Backoff</source>
        <translation>Backoff</translation>
    </message>
    <message>
        <source>Backoff factor</source>
        <translation>Backoff-Faktor</translation>
    </message>
    <message>
        <source>Maximum launch delay</source>
        <translation>Längste Startverzögerung</translation>
    </message>
    <message>
        <source>Accepted roles</source>
        <translation>Akzeptierte Rollen</translation>
    </message>
    <message>
        <source>Kill grace period</source>
        <translation>Kill-Wartezeit</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
</context>
<context>
    <name>habmesos::GzipBlockPipeline</name>
    <message>
        <source>gzip level %1 is not supported (0-12)</source>
        <translation>gzip-Stufe %1 wird nicht unterstützt (0–12)</translation>
    </message>
    <message>
        <source>gzip compression failed (out of memory?)</source>
        <translation>gzip-Kompression fehlgeschlagen (Arbeitsspeicher erschöpft?)</translation>
    </message>
</context>
<context>
    <name>habmesos::HabitatAppBuilder</name>
    <message>
        <source>the package&apos;s configuration cannot be read, so it cannot be edited and ports cannot be wired into it: %1</source>
        <translation>die Konfiguration des Pakets kann nicht gelesen werden, daher kann sie weder bearbeitet noch können Ports in ihr verdrahtet werden: %1</translation>
    </message>
    <message>
        <source>no export of the package points at port %1 in its configuration, so the service keeps listening on %1 rather than on the port Marathon assigns; use fixed ports for it</source>
        <translation>kein Export des Pakets verweist in seiner Konfiguration auf Port %1, daher lauscht der Dienst weiter auf %1 statt auf dem Port, den Marathon zuweist; verwenden Sie dafür feste Ports</translation>
    </message>
    <message>
        <source>%1 follows the port Marathon assigns, so the value %2 set here is not used</source>
        <translation>%1 folgt dem Port, den Marathon zuweist, daher wird der hier gesetzte Wert %2 nicht verwendet</translation>
    </message>
    <message>
        <source>the package has no SVC_USER, so it is not a service: the Supervisor will have nothing to run</source>
        <translation>das Paket hat kein SVC_USER, ist also kein Dienst: Der Supervisor wird nichts auszuführen haben</translation>
    </message>
    <message>
        <source>the address the agents download %1 from is not known yet: upload the tarball and enter its URI</source>
        <translation>die Adresse, von der die Agents %1 herunterladen, ist noch nicht bekannt: Laden Sie den Tarball hoch und geben Sie seine URI ein</translation>
    </message>
    <message>
        <source>the tarball</source>
        <translation>den Tarball</translation>
    </message>
    <message>
        <source>the Mesos fetcher unpacks only files whose names end in .tgz, .tar.gz and the like; give the download a destPath with such a name</source>
        <translation>der Mesos-Fetcher entpackt nur Dateien, deren Namen auf .tgz, .tar.gz und Ähnliches enden; geben Sie dem Download einen destPath mit einem solchen Namen</translation>
    </message>
    <message>
        <source>the health check asks the Supervisor&apos;s HTTP gateway, which is not exposed; it was left out</source>
        <translation>der Health-Check fragt das HTTP-Gateway des Supervisors ab, das nicht freigegeben ist; er wurde weggelassen</translation>
    </message>
    <message>
        <source>the health check&apos;s port “%1” is not one of the app&apos;s ports (it has no named ports); the check was left out</source>
        <translation>der Port „%1“ des Health-Checks ist keiner der Ports der App (sie hat keine benannten Ports); der Check wurde weggelassen</translation>
    </message>
    <message>
        <source>the health check&apos;s port “%1” is not one of the app&apos;s ports (%2); the check was left out</source>
        <translation>der Port „%1“ des Health-Checks ist keiner der Ports der App (%2); der Check wurde weggelassen</translation>
    </message>
    <message>
        <source></source>
        <translation>%1/%2 verlangt das Bind „%3“ (an eine Dienstgruppe, die %4 exportiert), und dem Supervisor kann noch kein Bind übergeben werden: er würde den Dienst nicht starten, und Marathon würde den Task endlos neu starten</translation>
    </message>
    <message>
        <source>%1 s is shorter than the %2 s the Supervisor may take to stop the service (its SHUTDOWN_TIMEOUT): Mesos would kill it before it has stopped</source>
        <translation>%1 s ist kürzer als die %2 s, die der Supervisor zum Beenden des Dienstes brauchen darf (sein SHUTDOWN_TIMEOUT): Mesos würde ihn töten, bevor er beendet ist</translation>
    </message>
    <message>
        <source>ignoreHttp1xx applies to the HTTP and HTTPS checks only; the %1 check ignores it</source>
        <translation>ignoreHttp1xx gilt nur für die HTTP- und HTTPS-Checks; der %1-Check beachtet es nicht</translation>
    </message>
    <message>
        <source>without its ports in the app, the Supervisor binds its own fixed ports on the agent, 9638 (gossip), 9631 (HTTP gateway) and 9632 (control gateway), which Mesos does not reserve: a second instance, or another Supervisor, on the same agent cannot start</source>
        <translation>ohne seine Ports in der App bindet der Supervisor auf dem Agent seine eigenen festen Ports 9638 (Gossip), 9631 (HTTP-Gateway) und 9632 (Steuerungs-Gateway), die Mesos nicht reserviert: eine zweite Instanz oder ein anderer Supervisor auf demselben Agent kann nicht starten</translation>
    </message>
    <message>
        <source>; add the constraint hostname:UNIQUE to keep to one instance per agent</source>
        <translation>; den Constraint hostname:UNIQUE hinzufügen, damit es bei einer Instanz pro Agent bleibt</translation>
    </message>
    <message>
        <source>; and the app has no health check, since the Supervisor&apos;s needs the HTTP gateway port</source>
        <translation>; und die App hat keinen Health-Check, da der des Supervisors dessen HTTP-Gateway-Port braucht</translation>
    </message>
    <message>
        <source>The health check needs a port: pick one of the app&apos;s ports.</source>
        <translation>Der Health-Check braucht einen Port: Wählen Sie einen der Ports der App.</translation>
    </message>
    <message>
        <source>The disk of %1 MiB is less than the %2 MiB the task needs: the extracted tarball (%3 MiB), the tarball the Mesos fetcher keeps beside it (%4 MiB) and room for the service&apos;s data and logs.</source>
        <translation>Der Plattenplatz von %1 MiB ist kleiner als die %2 MiB, die der Task braucht: der entpackte Tarball (%3 MiB), der Tarball, den der Mesos-Fetcher daneben behält (%4 MiB), und Platz für die Daten und Logs des Dienstes.</translation>
    </message>
    <message>
        <source>The disk cannot be sized from the package before its tarball is built, so the app asks for none (and Mesos neither reserves nor limits what the task writes): build the tarball, or set the disk.</source>
        <translation>Der Plattenplatz kann erst aus dem Paket bemessen werden, wenn dessen Tarball erstellt ist, daher fordert die App keinen an (und Mesos reserviert und begrenzt nicht, was der Task schreibt): Erstellen Sie den Tarball oder legen Sie den Plattenplatz fest.</translation>
    </message>
    <message>
        <source>the harts layout&apos;s downloads (the bootstrap and every .hart of the closure) are known once the export has run: export first</source>
        <translation>Die Downloads des Harts-Layouts (der Bootstrap und jede .hart-Datei des Abschlusses) sind erst nach dem Export bekannt: zuerst exportieren</translation>
    </message>
</context>
<context>
    <name>habmesos::HabitatConfig</name>
    <message>
        <source>a configuration key must not be empty</source>
        <translation>ein Konfigurationsschlüssel darf nicht leer sein</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: conflicts with the key %2 of the configuration</source>
        <translation>%1: steht im Widerspruch zum Schlüssel %2 der Konfiguration</translation>
    </message>
    <message>
        <source>it is larger than 8 MiB</source>
        <translation>es ist größer als 8 MiB</translation>
    </message>
    <message>
        <source>it nests deeper than %1 levels</source>
        <translation>es ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>it is neither TOML nor a JSON object, so the Supervisor would refuse it: line %1, column %2: %3</source>
        <translation>es ist weder TOML noch ein JSON-Objekt, daher würde der Supervisor es ablehnen: Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>%1 follows the port Marathon assigns, so %2 must be a table, not %3</source>
        <translation>%1 folgt dem Port, den Marathon zuweist, daher muss %2 eine Tabelle sein, nicht %3</translation>
    </message>
    <message>
        <source>it has more than %L1 keys and array items, far more than a service&apos;s configuration holds; refused before reading it</source>
        <translation>es hat mehr als %L1 Schlüssel und Array-Einträge, weit mehr, als die Konfiguration eines Dienstes enthält; vor dem Lesen abgelehnt</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: %4</source>
        <translation>%1: Zeile %2, Spalte %3: %4</translation>
    </message>
    <message>
        <source>a value must be on one line</source>
        <translation>ein Wert muss in einer Zeile stehen</translation>
    </message>
    <message>
        <source>expected one TOML value, such as 8080, &quot;text&quot;, true or [1, 2]</source>
        <translation>ein TOML-Wert erwartet, etwa 8080, &quot;text&quot;, true oder [1, 2]</translation>
    </message>
    <message>
        <source>not a TOML value (%1); text needs quotes, as in &quot;info&quot;</source>
        <translation>kein TOML-Wert (%1); Text braucht Anführungszeichen, wie in &quot;info&quot;</translation>
    </message>
    <message>
        <source>the JSON string at %1 is not valid Unicode</source>
        <translation>die JSON-Zeichenkette bei %1 ist kein gültiges Unicode</translation>
    </message>
    <message>
        <source>a JSON key at %1 is not valid Unicode</source>
        <translation>ein JSON-Schlüssel bei %1 ist kein gültiges Unicode</translation>
    </message>
    <message>
        <source>the JSON null at %1 has no TOML equivalent</source>
        <translation>das JSON-null bei %1 hat keine Entsprechung in TOML</translation>
    </message>
    <message>
        <source>%1: more than %L2 keys and array items, far more than a service&apos;s configuration holds; refused before reading it</source>
        <translation>%1: mehr als %L2 Schlüssel und Array-Einträge, weit mehr, als die Konfiguration eines Dienstes enthält; vor dem Lesen abgelehnt</translation>
    </message>
    <message>
        <source>%1: it nests deeper than %2 levels</source>
        <translation>%1: es ist tiefer als %2 Ebenen verschachtelt</translation>
    </message>
</context>
<context>
    <name>habmesos::HabitatServiceApp</name>
    <message>
        <source>%1 is made from the service options, so the value set here is replaced; change the service options instead</source>
        <translation>%1 wird aus den Dienstoptionen erzeugt, daher wird der hier gesetzte Wert ersetzt; ändern Sie stattdessen die Dienstoptionen</translation>
    </message>
    <message>
        <source>%1/%2 requires the bind “%3” to a service group exporting %4; without it the Supervisor refuses to start the service and Marathon restarts the task for ever: give it, e.g. --bind %3:service.group</source>
        <translation>%1/%2 verlangt das Bind „%3“ an eine Dienstgruppe, die %4 exportiert; ohne es startet der Supervisor den Dienst nicht, und Marathon startet den Task endlos neu: Geben Sie es an, z. B. --bind %3:service.group</translation>
    </message>
    <message>
        <source>nothing in particular</source>
        <translation>nichts Bestimmtes</translation>
    </message>
    <message>
        <source>The tasks would find each other in Marathon&apos;s task list, but Marathon&apos;s address is not known, so each task gossips alone: give it (--ring-marathon URL), deploy with --deploy (its server is used), or choose the discovery “alone” to say so</source>
        <translation>Die Tasks würden einander in der Task-Liste von Marathon finden, aber die Adresse von Marathon ist nicht bekannt, also gossipt jeder Task allein: Geben Sie sie an (--ring-marathon URL), deployen Sie mit --deploy (dessen Server wird verwendet), oder wählen Sie ausdrücklich die Discovery „alone“</translation>
    </message>
    <message>
        <source>The ring name “%1” may use letters, digits, “.”, “_” and “-”, starts and ends with a letter or digit, and has at most 63 characters</source>
        <translation>Der Ringname „%1“ darf Buchstaben, Ziffern, „.“, „_“ und „-“ enthalten, beginnt und endet mit einem Buchstaben oder einer Ziffer und hat höchstens 63 Zeichen</translation>
    </message>
    <message>
        <source>The ring&apos;s tasks find each other in Marathon&apos;s task list, so they need Marathon&apos;s address: give it (--ring-marathon URL), or deploy with --deploy, whose server is used</source>
        <translation>Die Tasks des Rings finden einander in der Task-Liste von Marathon und brauchen daher die Adresse von Marathon: Geben Sie sie an (--ring-marathon URL), oder deployen Sie mit --deploy, dessen Server dann verwendet wird</translation>
    </message>
    <message>
        <source>Marathon&apos;s address “%1” must be an http or https URL without blanks, quotes, a user or a password (the tasks&apos; credentials go into the Marathon credentials secret)</source>
        <translation>Die Adresse von Marathon „%1“ muss eine http- oder https-URL ohne Leerzeichen, Anführungszeichen, Benutzer oder Passwort sein (die Zugangsdaten der Tasks gehören in das Secret der Marathon-Zugangsdaten)</translation>
    </message>
    <message>
        <source>The ring&apos;s members are fixed peers, and none is given: add one (host or host:port of a permanent Supervisor, e.g. a bastion app), or choose another discovery</source>
        <translation>Die Mitglieder des Rings sind feste Peers, und keiner ist angegeben: Fügen Sie einen hinzu (Host oder Host:Port eines dauerhaften Supervisors, z. B. einer Bastion-App), oder wählen Sie eine andere Erkennung</translation>
    </message>
    <message>
        <source>The peer “%1” is not host or host:port (a port from 1 to 65535)</source>
        <translation>Der Peer „%1“ ist nicht host oder host:port (ein Port von 1 bis 65535)</translation>
    </message>
    <message>
        <source>The peers are used only when the ring&apos;s members are fixed peers; they are left out</source>
        <translation>Die Peers werden nur verwendet, wenn die Mitglieder des Rings feste Peers sind; sie werden weggelassen</translation>
    </message>
    <message>
        <source>The leader topology elects a leader among the ring&apos;s members, and this app&apos;s tasks form no ring: choose another discovery, or the standalone topology</source>
        <translation>Die Leader-Topologie wählt einen Leader unter den Mitgliedern des Rings, und die Tasks dieser App bilden keinen Ring: Wählen Sie eine andere Erkennung oder die eigenständige Topologie</translation>
    </message>
    <message numerus="yes">
        <source>The leader topology needs at least three members, and the app has %n instance(s): set 3 or more instances, share the ring with other apps (a ring name), or choose the standalone topology</source>
        <translation>
            <numerusform>Die Leader-Topologie braucht mindestens drei Mitglieder, und die App hat %n Instanz: Setzen Sie 3 oder mehr Instanzen, teilen Sie den Ring mit anderen Apps (ein Ring-Name), oder wählen Sie die Standalone-Topologie</numerusform>
            <numerusform>Die Leader-Topologie braucht mindestens drei Mitglieder, und die App hat %n Instanzen: Setzen Sie 3 oder mehr Instanzen, teilen Sie den Ring mit anderen Apps (ein Ring-Name), oder wählen Sie die Standalone-Topologie</numerusform>
        </translation>
    </message>
    <message>
        <source>The leader topology needs at least three members in the ring “%1”: make sure the apps sharing it have three instances together</source>
        <translation>Die Leader-Topologie braucht mindestens drei Mitglieder im Ring „%1“: Sorgen Sie dafür, dass die Apps, die ihn teilen, zusammen drei Instanzen haben</translation>
    </message>
    <message>
        <source>%1 is a secret, and in the environment it would be written in plain text into the app&apos;s definition, which everyone who can read the app sees: remove the variable, and give it as a Marathon secret or a file in the service options instead</source>
        <translation>%1 ist geheim, und in der Umgebung stünde es im Klartext in der Definition der App, die jeder sieht, der die App lesen kann: Entfernen Sie die Variable, und geben Sie den Wert stattdessen in den Dienstoptionen als Marathon-Secret oder als Datei an</translation>
    </message>
    <message>
        <source>The Marathon credentials are used only when the ring&apos;s members come from Marathon&apos;s task list</source>
        <translation>Die Marathon-Zugangsdaten werden nur verwendet, wenn die Mitglieder des Rings aus der Task-Liste von Marathon kommen</translation>
    </message>
    <message>
        <source>The secret&apos;s path “%1” must not contain blanks</source>
        <translation>Der Pfad des Secrets „%1“ darf keine Leerzeichen enthalten</translation>
    </message>
    <message>
        <source>“%1” is neither a URL nor an absolute path on the agents: give where the Mesos fetcher downloads the secret&apos;s file from</source>
        <translation>„%1“ ist weder eine URL noch ein absoluter Pfad auf den Agents: Geben Sie an, woher der Mesos-Fetcher die Datei des Secrets herunterlädt</translation>
    </message>
    <message>
        <source>The data volume needs a size of at least 1 MiB (it is %1); leave it empty for none</source>
        <translation>Das Datenvolume braucht eine Größe von mindestens 1 MiB (sie ist %1); lassen Sie das Feld leer, wenn Sie keines wollen</translation>
    </message>
    <message>
        <source>The tasks cannot send Marathon&apos;s credentials over https (busybox could only put them on a command line), so they would never find each other: give them Marathon&apos;s http address inside the cluster, e.g. --ring-marathon http://marathon.mesos:8080</source>
        <translation>Die Tasks können die Zugangsdaten für Marathon nicht über https senden (busybox könnte sie nur in eine Befehlszeile schreiben), also fänden sie einander nie: Geben Sie ihnen die http-Adresse von Marathon im Cluster, z. B. --ring-marathon http://marathon.mesos:8080</translation>
    </message>
    <message>
        <source>The tasks ask Marathon with busybox, whose TLS checks no certificate and fails with servers that refuse SHA-1 signatures: prefer Marathon&apos;s http address inside the cluster, e.g. --ring-marathon http://marathon.mesos:8080</source>
        <translation>Die Tasks fragen Marathon mit busybox, dessen TLS kein Zertifikat prüft und an Servern scheitert, die SHA-1-Signaturen ablehnen: Nehmen Sie besser die http-Adresse von Marathon im Cluster, z. B. --ring-marathon http://marathon.mesos:8080</translation>
    </message>
    <message>
        <source>one word without blanks, quotes or characters such as $ ; &amp; | * ? ( ) &lt; &gt; \</source>
        <translation>ein Wort ohne Leerzeichen, Anführungszeichen oder Zeichen wie $ ; &amp; | * ? ( ) &lt; &gt; \</translation>
    </message>
    <message>
        <source>The service group “%1” must be %2, and without “.” or “@” (Habitat&apos;s service.group@organization uses them); e.g. prod</source>
        <translation>Die Dienstgruppe „%1“ muss %2 sein, und ohne „.“ oder „@“ (die Habitat in service.group@organization verwendet); z. B. prod</translation>
    </message>
    <message>
        <source>The channel “%1” must be %2, e.g. stable</source>
        <translation>Der Kanal „%1“ muss %2 sein, z. B. stable</translation>
    </message>
    <message>
        <source>The Builder URL “%1” must be an http or https URL without blanks, quotes, a user or a password, e.g. https://bldr.habitat.sh</source>
        <translation>Die Builder-URL „%1“ muss eine http- oder https-URL ohne Leerzeichen, Anführungszeichen, Benutzer oder Passwort sein, z. B. https://bldr.habitat.sh</translation>
    </message>
    <message>
        <source>The health check interval must be at least 1 second (it is %1); leave it empty for Habitat&apos;s 30</source>
        <translation>Das Health-Check-Intervall muss mindestens 1 Sekunde betragen (es ist %1); lassen Sie es leer für Habitats 30</translation>
    </message>
    <message>
        <source>The bind “%1” is given twice: remove one.</source>
        <translation>Das Bind „%1“ ist zweimal angegeben: Entfernen Sie eines.</translation>
    </message>
    <message>
        <source>%1/%2 has no binds, so there is no bind “%3”: remove it.</source>
        <translation>%1/%2 hat keine Binds, also gibt es keinen Bind „%3“: Entfernen Sie ihn.</translation>
    </message>
    <message>
        <source>%1/%2 has no bind “%3”; its binds are %4.</source>
        <translation>%1/%2 hat kein Bind „%3“; seine Binds sind %4.</translation>
    </message>
    <message>
        <source>The bind “%1”: “%2” is not a service group; write service.group or service.group@organization (e.g. postgresql.default), %3</source>
        <translation>Das Bind „%1“: „%2“ ist keine Dienstgruppe; schreiben Sie service.group oder service.group@organization (z. B. postgresql.default), %3</translation>
    </message>
</context>
<context>
    <name>habmesos::HartHeader</name>
    <message>
        <source>%1: empty file, not a Habitat artifact</source>
        <translation>%1: leere Datei, kein Habitat-Artefakt</translation>
    </message>
    <message>
        <source>%1: line %2: the file ends inside the artifact header</source>
        <translation>%1: Zeile %2: Die Datei endet mitten im Artefakt-Kopf</translation>
    </message>
    <message>
        <source>%1: line %2: longer than %3 bytes, not a Habitat artifact header</source>
        <translation>%1: Zeile %2: länger als %3 Bytes, kein Habitat-Artefakt-Kopf</translation>
    </message>
    <message>
        <source>%1: line 1: expected the format version HART-1, found “%2”</source>
        <translation>%1: Zeile 1: Formatversion HART-1 erwartet, „%2“ gefunden</translation>
    </message>
    <message>
        <source>%1: line 2: expected a signing key name &lt;origin&gt;-&lt;YYYYMMDDhhmmss&gt;, found “%2”</source>
        <translation>%1: Zeile 2: Signaturschlüsselname &lt;Origin&gt;-&lt;JJJJMMTThhmmss&gt; erwartet, „%2“ gefunden</translation>
    </message>
    <message>
        <source>%1: line 3: expected the hash type BLAKE2b, found “%2”</source>
        <translation>%1: Zeile 3: Hash-Typ BLAKE2b erwartet, „%2“ gefunden</translation>
    </message>
    <message>
        <source>%1: line 5: expected the empty line that ends the header, found “%2”</source>
        <translation>%1: Zeile 5: Leerzeile am Ende des Kopfes erwartet, „%2“ gefunden</translation>
    </message>
    <message>
        <source>%1: line 4: the signature is not valid base64</source>
        <translation>%1: Zeile 4: Die Signatur ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>%1: line 4: the signature has %2 bytes, expected 128</source>
        <translation>%1: Zeile 4: Die Signatur hat %2 Bytes, erwartet werden 128</translation>
    </message>
</context>
<context>
    <name>habmesos::HartReader</name>
    <message>
        <source>%1: the reader is already open</source>
        <translation>%1: Der Leser ist bereits geöffnet</translation>
    </message>
    <message>
        <source>%1: the artifact has no payload after its header (the file is truncated)</source>
        <translation>%1: Das Artefakt hat nach seinem Kopf keine Nutzdaten (die Datei ist abgeschnitten)</translation>
    </message>
    <message>
        <source>%1: the payload ends after %2 bytes (the file is truncated)</source>
        <translation>%1: Die Nutzdaten enden nach %2 Bytes (die Datei ist abgeschnitten)</translation>
    </message>
    <message>
        <source>gzip</source>
        <translation>gzip</translation>
    </message>
    <message>
        <source>bzip2</source>
        <translation>bzip2</translation>
    </message>
    <message>
        <source>zstd</source>
        <translation>zstd</translation>
    </message>
    <message>
        <source>%1: the payload is %2-compressed; a Habitat artifact&apos;s payload is an xz-compressed tar</source>
        <translation>%1: Die Nutzdaten sind %2-komprimiert; die Nutzdaten eines Habitat-Artefakts sind ein xz-komprimiertes tar</translation>
    </message>
    <message>
        <source>%1: the payload is not xz-compressed; a Habitat artifact&apos;s payload is an xz-compressed tar</source>
        <translation>%1: Die Nutzdaten sind nicht xz-komprimiert; die Nutzdaten eines Habitat-Artefakts sind ein xz-komprimiertes tar</translation>
    </message>
    <message>
        <source>%1: out of memory</source>
        <translation>%1: Arbeitsspeicher erschöpft</translation>
    </message>
    <message>
        <source>the payload (an xz-compressed tar) cannot be read</source>
        <translation>die Nutzdaten (ein xz-komprimiertes tar) können nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: the artifact is not open</source>
        <translation>%1: Das Artefakt ist nicht geöffnet</translation>
    </message>
    <message>
        <source>member “%1”</source>
        <translation>Eintrag „%1“</translation>
    </message>
    <message>
        <source>%1: the payload holds no package (no hab/pkgs/&lt;origin&gt;/&lt;name&gt;/&lt;version&gt;/&lt;release&gt;/)</source>
        <translation>%1: Die Nutzdaten enthalten kein Paket (kein hab/pkgs/&lt;Origin&gt;/&lt;Name&gt;/&lt;Version&gt;/&lt;Release&gt;/)</translation>
    </message>
    <message>
        <source>%1: IDENT says %2 but the package&apos;s files are under %3</source>
        <translation>%1: IDENT nennt %2, aber die Dateien des Pakets liegen unter %3</translation>
    </message>
    <message>
        <source>reading the payload</source>
        <translation>beim Lesen der Nutzdaten</translation>
    </message>
    <message>
        <source>after member “%1”</source>
        <translation>nach Eintrag „%1“</translation>
    </message>
    <message>
        <source>%1: member “%2”: %3 bytes, more than the %4 a metadata file may have</source>
        <translation>%1: Eintrag „%2“: %3 Bytes, mehr als die %4, die eine Metadatendatei haben darf</translation>
    </message>
    <message>
        <source>%1: member “%2”: more data than its declared size</source>
        <translation>%1: Eintrag „%2“: mehr Daten als seine angegebene Größe</translation>
    </message>
    <message>
        <source>%1: member “%2”: the file is truncated</source>
        <translation>%1: Eintrag „%2“: Die Datei ist abgeschnitten</translation>
    </message>
    <message>
        <source>%1: not open</source>
        <translation>%1: nicht geöffnet</translation>
    </message>
    <message>
        <source>%1: finish() was already called</source>
        <translation>%1: finish() wurde bereits aufgerufen</translation>
    </message>
    <message>
        <source>%1: read error: %2</source>
        <translation>%1: Lesefehler: %2</translation>
    </message>
    <message>
        <source>%1: the reader is finished</source>
        <translation>%1: Der Leser ist beendet</translation>
    </message>
    <message>
        <source>%1: signed with the key %2, which is not in the key cache: %3</source>
        <translation>%1: mit dem Schlüssel %2 signiert, der nicht im Schlüssel-Cache ist: %3</translation>
    </message>
    <message>
        <source>%1: the signature is not one made by the key %2 (from %3)</source>
        <translation>%1: Die Signatur stammt nicht vom Schlüssel %2 (aus %3)</translation>
    </message>
    <message>
        <source>%1: hashes don&apos;t match: the key %2 signed the payload hash %3 but the payload hashes to %4</source>
        <translation>%1: Die Hashes stimmen nicht überein: Der Schlüssel %2 hat den Nutzdaten-Hash %3 signiert, die Nutzdaten ergeben aber den Hash %4</translation>
    </message>
    <message>
        <source>(not a hex BLAKE2b digest)</source>
        <translation>(kein hexadezimaler BLAKE2b-Hash)</translation>
    </message>
    <message>
        <source>%1: signed by %2, payload BLAKE2b %3</source>
        <translation>%1: signiert von %2, BLAKE2b der Nutzdaten %3</translation>
    </message>
    <message>
        <source>%1: %2: a member has no name</source>
        <translation>%1: %2: ein Eintrag hat keinen Namen</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>the file is truncated (%1)</source>
        <translation>die Datei ist abgeschnitten (%1)</translation>
    </message>
</context>
<context>
    <name>habmesos::HartWriter</name>
    <message>
        <source>%1: not a directory</source>
        <translation>%1: kein Verzeichnis</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot read the link</source>
        <translation>%1: Der Link kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: not a file, directory or symlink; a package cannot hold it</source>
        <translation>%1: keine Datei, kein Verzeichnis und kein Symlink; ein Paket kann es nicht enthalten</translation>
    </message>
    <message>
        <source>%1: cannot create a temporary file: %2</source>
        <translation>%1: Eine temporäre Datei kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot write the payload: %2</source>
        <translation>%1: Die Nutzdaten können nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: the file changed while it was packed</source>
        <translation>%1: Die Datei hat sich beim Packen geändert</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot write the payload: out of memory</source>
        <translation>%1: Nutzdaten können nicht geschrieben werden: Arbeitsspeicher erschöpft</translation>
    </message>
    <message>
        <source>%1: cannot read the payload back: %2</source>
        <translation>%1: Die Nutzdaten können nicht zurückgelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>habmesos::HartsExport</name>
    <message>
        <source>cannot put %1 in place: %2</source>
        <translation>%1 kann nicht an seinen Platz gelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is only installed (%2), not in the artifact cache: the harts layout ships every package as its signed .hart; put the artifact into the cache or use the tarball layout</source>
        <translation>%1 ist nur installiert (%2), nicht im Artefakt-Cache: Das Harts-Layout liefert jedes Paket als seine signierte .hart-Datei aus; legen Sie das Artefakt in den Cache oder verwenden Sie das Tarball-Layout</translation>
    </message>
    <message>
        <source>%1: %2; hab checks every signature again on the agent and would refuse it</source>
        <translation>%1: %2; hab prüft jede Signatur auf dem Agenten erneut und würde es ablehnen</translation>
    </message>
    <message>
        <source>the output directory %1 does not exist</source>
        <translation>das Ausgabeverzeichnis %1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is built for %2, the package for %3</source>
        <translation>%1 ist für %2 gebaut, das Paket für %3</translation>
    </message>
    <message>
        <source>%1 holds %2, not %3</source>
        <translation>%1 enthält %2, nicht %3</translation>
    </message>
    <message>
        <source>%1 was not read</source>
        <translation>%1 wurde nicht gelesen</translation>
    </message>
</context>
<context>
    <name>habmesos::HartsPublisher</name>
    <message>
        <source>Publishing to %1: canceled.</source>
        <translation>Veröffentlichen nach %1: abgebrochen.</translation>
    </message>
    <message>
        <source>Publishing to %1</source>
        <translation>Veröffentlichen nach %1</translation>
    </message>
    <message>
        <source>%1: only http and https URLs can be uploaded to</source>
        <translation>%1: Hochladen ist nur an http- und https-URLs möglich</translation>
    </message>
    <message>
        <source>%1: a folder URL cannot carry a query (a pre-signed URL names one file)</source>
        <translation>%1: Eine Ordner-URL kann keine Abfrage tragen (eine vorsignierte URL benennt eine einzelne Datei)</translation>
    </message>
    <message>
        <source>%1: “%2” is not a file name</source>
        <translation>%1: „%2“ ist kein Dateiname</translation>
    </message>
    <message>
        <source>%1: two files are named %2</source>
        <translation>%1: Zwei Dateien heißen %2</translation>
    </message>
    <message>
        <source>%1: no local file for %2</source>
        <translation>%1: keine lokale Datei für %2</translation>
    </message>
    <message>
        <source>%1: cannot read %2: there is no such file</source>
        <translation>%1: %2 kann nicht gelesen werden: Diese Datei gibt es nicht</translation>
    </message>
    <message>
        <source>%1: %2 has %3 bytes, not the %4 expected: it changed since it was made</source>
        <translation>%1: %2 hat %3 Bytes, nicht die erwarteten %4: Die Datei hat sich seit ihrer Erstellung geändert</translation>
    </message>
    <message>
        <source>Checking %1 at %2</source>
        <translation>Prüfen von %1 unter %2</translation>
    </message>
    <message>
        <source>%1 failed: the server answered HTTP %2 %3</source>
        <translation>%1 fehlgeschlagen: Der Server antwortete mit HTTP %2 %3</translation>
    </message>
    <message>
        <source>. The server wants credentials; give a user and password.</source>
        <translation>. Der Server verlangt Zugangsdaten; geben Sie Benutzer und Passwort an.</translation>
    </message>
    <message>
        <source>. The server does not let these credentials read there: check the user and that it may read and write at this path.</source>
        <translation>. Der Server lässt mit diesen Zugangsdaten dort nicht lesen: Prüfen Sie den Benutzer und ob er unter diesem Pfad lesen und schreiben darf.</translation>
    </message>
    <message>
        <source>%1: the server has %2 bytes at %3, not %4. A file of this name never changes, so this is someone else&apos;s file or a broken upload; publishing sends it again.</source>
        <translation>%1: Der Server hat %2 Bytes unter %3, nicht %4. Eine Datei dieses Namens ändert sich nie, also ist dies die Datei eines anderen oder ein abgebrochener Upload; das Veröffentlichen sendet sie erneut.</translation>
    </message>
    <message>
        <source>Publishing %1: the server took it, yet answers HEAD at %2 with HTTP %3; the agents would not find it there either. Check that the server serves the files it stores at the URL they were put to.</source>
        <translation>Veröffentlichen von %1: Der Server hat die Datei angenommen, beantwortet HEAD unter %2 aber mit HTTP %3; die Agenten fänden sie dort auch nicht. Prüfen Sie, ob der Server die gespeicherten Dateien unter der URL ausliefert, unter der sie abgelegt wurden.</translation>
    </message>
    <message>
        <source>Publishing %1: after the upload of %2 bytes the server has %3 bytes at %4: the upload did not land whole. Try again.</source>
        <translation>Veröffentlichen von %1: Nach dem Upload von %2 Bytes hat der Server %3 Bytes unter %4: Der Upload ist nicht vollständig angekommen. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>answers HEAD with HTTP %1</source>
        <translation>beantwortet HEAD mit HTTP %1</translation>
    </message>
    <message>
        <source>answers HEAD without Content-Length</source>
        <translation>beantwortet HEAD ohne Content-Length</translation>
    </message>
    <message>
        <source>answers HEAD with Content-Length %1</source>
        <translation>beantwortet HEAD mit Content-Length %1</translation>
    </message>
    <message>
        <source>%1 files (%2, …)</source>
        <translation>%1 Dateien (%2, …)</translation>
    </message>
    <message>
        <source>%1 %2 for %3. Mesos agents size a download with HEAD before they cache it, so they cannot cache these files: every task downloads every one of them into its sandbox. Make the server answer HEAD with the file&apos;s Content-Length for the fetcher cache to work.</source>
        <translation>%1 %2 für %3. Mesos-Agenten ermitteln die Größe eines Downloads mit HEAD, bevor sie ihn zwischenspeichern, also können sie diese Dateien nicht zwischenspeichern: Jede Aufgabe lädt jede davon in ihre Sandbox herunter. Lassen Sie den Server HEAD mit der Content-Length der Datei beantworten, damit der Fetcher-Cache funktioniert.</translation>
    </message>
</context>
<context>
    <name>habmesos::HartsUploadBox</name>
    <message>
        <source>Upload the bootstrap and .hart files</source>
        <translation>Bootstrap-Archiv und .hart-Dateien hochladen</translation>
    </message>
    <message>
        <source>https://files.example.com/habitat/ (a WebDAV folder)</source>
        <translation>https://files.example.com/habitat/ (ein WebDAV-Ordner)</translation>
    </message>
    <message>
        <source>Only if agents download from another folder than the upload folder</source>
        <translation>Nur wenn die Agenten aus einem anderen Ordner laden als dem Upload-Ordner</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>In the folder</source>
        <translation>Im Ordner</translation>
    </message>
    <message>
        <source>Chec&amp;k folder</source>
        <translation>Ordner prü&amp;fen</translation>
    </message>
    <message>
        <source>Ask the folder which files it has already (nothing is sent)</source>
        <translation>Den Ordner fragen, welche Dateien er schon hat (nichts wird gesendet)</translation>
    </message>
    <message>
        <source>U&amp;pload missing files</source>
        <translation>Fehlende Dateien &amp;hochladen</translation>
    </message>
    <message>
        <source>Upload folder:</source>
        <translation>Upload-Ordner:</translation>
    </message>
    <message>
        <source>Download folder:</source>
        <translation>Download-Ordner:</translation>
    </message>
    <message>
        <source>Upload folder: give an http:// or https:// address, e.g. https://files.example.com/habitat/</source>
        <translation>Upload-Ordner: Geben Sie eine http://- oder https://-Adresse an, z. B. https://files.example.com/habitat/</translation>
    </message>
    <message>
        <source>Uploading to %1 what it lacks…</source>
        <translation>Was in %1 fehlt, wird hochgeladen…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>Upload canceled.</source>
        <translation>Upload abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Published: %n file(s) sent (%1), %2 there already. Mesos agents download them from %3</source>
        <translation>
            <numerusform>Veröffentlicht: %n Datei gesendet (%1), %2 schon vorhanden. Die Mesos-Agenten laden sie von %3</numerusform>
            <numerusform>Veröffentlicht: %n Dateien gesendet (%1), %2 schon vorhanden. Die Mesos-Agenten laden sie von %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Build first: the bootstrap and the .hart files of the closure go into one folder, and only what the folder lacks is sent.</source>
        <translation>Zuerst erstellen: Das Bootstrap-Archiv und die .hart-Dateien der Abhängigkeiten kommen in einen Ordner, und nur, was dort fehlt, wird gesendet.</translation>
    </message>
    <message>
        <source>Each file keeps its name, so the Mesos agents&apos; fetcher cache reuses what it has: only what the folder lacks is sent.</source>
        <translation>Jede Datei behält ihren Namen, so verwendet der Fetcher-Cache der Mesos-Agenten wieder, was er hat: Nur, was im Ordner fehlt, wird gesendet.</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>hochgeladen</translation>
    </message>
    <message>
        <source>will be uploaded</source>
        <translation>wird hochgeladen</translation>
    </message>
    <message>
        <source>there already</source>
        <translation>schon vorhanden</translation>
    </message>
    <message>
        <source>another size there (%1): will be uploaded</source>
        <translation>dort in anderer Größe (%1): wird hochgeladen</translation>
    </message>
    <message>
        <source>size not told: will be uploaded</source>
        <translation>Größe nicht genannt: wird hochgeladen</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 in all; check the folder to see what will move.</source>
        <translation>
            <numerusform>%n Datei, %1 insgesamt; prüfen Sie den Ordner, um zu sehen, was übertragen wird.</numerusform>
            <numerusform>%n Dateien, %1 insgesamt; prüfen Sie den Ordner, um zu sehen, was übertragen wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every file is in the folder already: nothing will move.</source>
        <translation>Alle Dateien sind schon im Ordner: Nichts wird übertragen.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 file(s) will be uploaded: %2 of %3 will move.</source>
        <translation>
            <numerusform>%n von %1 Dateien wird hochgeladen: %2 von %3 werden übertragen.</numerusform>
            <numerusform>%n von %1 Dateien werden hochgeladen: %2 von %3 werden übertragen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>habmesos::HealthCheckForm</name>
    <message>
        <source>Marathon replaces tasks that fail the check, and an upgrade waits for new tasks to pass it</source>
        <translation>Marathon ersetzt Tasks, die den Check nicht bestehen, und ein Upgrade wartet, bis neue Tasks ihn bestehen</translation>
    </message>
    <message>
        <source>Health check protocol</source>
        <translation>Protokoll des Health-Checks</translation>
    </message>
    <message>
        <source>Protoco&amp;l:</source>
        <translation>P&amp;rotokoll:</translation>
    </message>
    <message>
        <source>Health check port</source>
        <translation>Port des Health-Checks</translation>
    </message>
    <message>
        <source>Health check path</source>
        <translation>Pfad des Health-Checks</translation>
    </message>
    <message>
        <source>Health check command</source>
        <translation>Befehl des Health-Checks</translation>
    </message>
    <message>
        <source>curl -f http://$HOST:$PORT0/ (COMMAND only)</source>
        <translation>curl -f http://$HOST:$PORT0/ (nur COMMAND)</translation>
    </message>
    <message>
        <source>Comma&amp;nd:</source>
        <translation>Befeh&amp;l:</translation>
    </message>
    <message>
        <source>Failures in this time after a task starts do not count</source>
        <translation>Fehlschläge in dieser Zeit nach dem Start eines Tasks zählen nicht</translation>
    </message>
    <message>
        <source>&amp;Grace period:</source>
        <translation>Kare&amp;nzzeit:</translation>
    </message>
    <message>
        <source>Health check grace period</source>
        <translation>Karenzzeit des Health-Checks</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervall:</translation>
    </message>
    <message>
        <source>Health check interval</source>
        <translation>Intervall des Health-Checks</translation>
    </message>
    <message>
        <source>Health check timeout</source>
        <translation>Zeitlimit des Health-Checks</translation>
    </message>
    <message>
        <source>Marathon kills a task after this many failed checks in a row; 0: never</source>
        <translation>Marathon beendet einen Task nach so vielen fehlgeschlagenen Checks in Folge; 0: nie</translation>
    </message>
    <message>
        <source>Ma&amp;x. consecutive failures:</source>
        <translation>Ma&amp;x. Fehlschläge in Folge:</translation>
    </message>
    <message>
        <source>Maximum consecutive failures</source>
        <translation>Höchstzahl an Fehlschlägen in Folge</translation>
    </message>
    <message>
        <source>Ignore informational HTTP status codes (&amp;1xx)</source>
        <translation>Informative HTTP-Statuscodes ignorieren (&amp;1xx)</translation>
    </message>
    <message>
        <source>assigned by Marathon</source>
        <translation>von Marathon zugewiesen</translation>
    </message>
    <message>
        <source>unnamed (%1, %2)</source>
        <translation>unbenannt (%1, %2)</translation>
    </message>
    <message>
        <source>Name the port on the Ports page to check it</source>
        <translation>Benennen Sie den Port auf der Seite „Ports“, um ihn zu prüfen</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1 (not one of the app&apos;s ports)</source>
        <translation>%1 (keiner der Ports der App)</translation>
    </message>
    <message>
        <source>/ (HTTP protocols only)</source>
        <translation>/ (nur HTTP-Protokolle)</translation>
    </message>
    <message>
        <source>HTTP, HTTPS, TCP and COMMAND are run by Marathon (its HTTP, HTTPS and TCP checks are deprecated since 1.4); the MESOS_ ones by the agent next to the task (at most one per app)</source>
        <translation>HTTP, HTTPS, TCP und COMMAND führt Marathon aus (seine HTTP-, HTTPS- und TCP-Checks sind seit 1.4 veraltet); die MESOS_-Varianten der Agent neben dem Task (höchstens einer pro App)</translation>
    </message>
    <message>
        <source>MESOS_HTTP (HTTP for Marathon before 1.0) on the Supervisor&apos;s gateway (hab-http), asking for the service&apos;s health</source>
        <translation>MESOS_HTTP (HTTP für Marathon vor 1.0) über das Gateway des Supervisors (hab-http), das nach der Gesundheit des Dienstes fragt</translation>
    </message>
    <message>
        <source>Let Marathon chec&amp;k the service&apos;s health</source>
        <translation>&amp;Marathon die Gesundheit des Dienstes prüfen lassen</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Pfad:</translation>
    </message>
    <message>
        <source>Ti&amp;meout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message numerus="yes">
        <source> second(s)</source>
        <translation>
            <numerusform> Sekunde</numerusform>
            <numerusform> Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Back to the Supervisor&apos;s health check</source>
        <translation>Zurück zum Health-Check des Supervisors</translation>
    </message>
</context>
<context>
    <name>habmesos::HealthCheckSettings</name>
    <message>
        <source>%1 must be a whole number of 0 or more, not “%2”</source>
        <translation>%1 muss eine ganze Zahl ab 0 sein, nicht „%2“</translation>
    </message>
    <message>
        <source>protocol must be one of %1, not “%2”</source>
        <translation>protocol muss eines von %1 sein, nicht „%2“</translation>
    </message>
    <message>
        <source>ignoreHttp1xx must be true or false, not “%1”</source>
        <translation>ignoreHttp1xx muss true oder false sein, nicht „%1“</translation>
    </message>
    <message>
        <source>unknown setting “%1”; the settings are %2</source>
        <translation>unbekannte Einstellung „%1“; die Einstellungen sind %2</translation>
    </message>
</context>
<context>
    <name>habmesos::HttpUrl</name>
    <message>
        <source>“%1” is not an http or https URL</source>
        <translation>„%1“ ist keine http- oder https-URL</translation>
    </message>
    <message>
        <source>put no user or password in the URL (they would be visible to other users); give them separately</source>
        <translation>keinen Benutzer und kein Passwort in die URL schreiben (andere Benutzer könnten sie sehen); geben Sie sie getrennt an</translation>
    </message>
</context>
<context>
    <name>habmesos::InspectCommand</name>
    <message>
        <source>%1: the closure is not complete</source>
        <translation>%1: Die Abhängigkeitshülle ist nicht vollständig</translation>
    </message>
    <message>
        <source>request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>found</source>
        <translation>gefunden</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>ident</source>
        <translation>Ident</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Zielplattform</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>signer</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <source>verification</source>
        <translation>Verifizierung</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>closure</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <source>%1 found, %2 missing%3</source>
        <translation>%1 gefunden, %2 fehlen%3</translation>
    </message>
    <message>
        <source>, complete</source>
        <translation>, vollständig</translation>
    </message>
    <message>
        <source>found  </source>
        <translation>gefunden</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt   </translation>
    </message>
    <message>
        <source>required by %1</source>
        <translation>benötigt von %1</translation>
    </message>
    <message>
        <source>unusable: %1</source>
        <translation>unbrauchbar: %1</translation>
    </message>
    <message>
        <source>problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>exposes</source>
        <translation>Exponierte Ports</translation>
    </message>
    <message>
        <source>exports</source>
        <translation>Exporte</translation>
    </message>
    <message>
        <source>binds</source>
        <translation>Binds</translation>
    </message>
    <message>
        <source>binds (optional)</source>
        <translation>Binds (optional)</translation>
    </message>
    <message>
        <source>service user</source>
        <translation>Dienstbenutzer</translation>
    </message>
    <message>
        <source>service group</source>
        <translation>Dienstgruppe</translation>
    </message>
    <message>
        <source>Displays this help.</source>
        <translation>Zeigt diese Hilfe an.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Zeigt die Versionsinformationen an.</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Ein JSON-Objekt statt Text ausgeben.</translation>
    </message>
    <message>
        <source>The artifact cache to search (default: %1).</source>
        <translation>Der zu durchsuchende Artefakt-Cache (Standard: %1).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>The key cache with the origins&apos; public keys (default: %1).</source>
        <translation>Der Schlüssel-Cache mit den öffentlichen Schlüsseln der Origins (Standard: %1).</translation>
    </message>
    <message>
        <source>The installed packages, a hab/pkgs directory (default: %1).</source>
        <translation>Die installierten Pakete, ein hab/pkgs-Verzeichnis (Standard: %1).</translation>
    </message>
    <message>
        <source>Inspect the built-in demo package (written on first use).</source>
        <translation>Das eingebaute Demo-Paket untersuchen (wird beim ersten Gebrauch geschrieben).</translation>
    </message>
    <message>
        <source>A package ident (origin/name[/version[/release]]) or a .hart file.</source>
        <translation>Ein Paket-Ident (Origin/Name[/Version[/Release]]) oder eine .hart-Datei.</translation>
    </message>
    <message>
        <source>&lt;ident | path.hart&gt;</source>
        <translation>&lt;Ident | Pfad.hart&gt;</translation>
    </message>
    <message>
        <source> (try --help)</source>
        <translation> (siehe --help)</translation>
    </message>
    <message>
        <source>which package? give an ident or a .hart file</source>
        <translation>welches Paket? Geben Sie ein Ident oder eine .hart-Datei an</translation>
    </message>
    <message>
        <source>one package at a time; got %1</source>
        <translation>jeweils nur ein Paket; erhalten: %1</translation>
    </message>
    <message>
        <source>--%1 needs a directory</source>
        <translation>--%1 braucht ein Verzeichnis</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>“%1” is neither a .hart file nor a package ident: %2</source>
        <translation>„%1“ ist weder eine .hart-Datei noch ein Paket-Ident: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <translation>Zeigt ein Habitat-Paket (ein Ident aus dem Artefakt-Cache oder unter den installierten Paketen,
oder eine .hart-Datei), prüft seine Signatur und liest seine ganze Laufzeit-Abhängigkeitshülle (seine TDEPS).
Ist dasselbe Paket sowohl als signiertes Artefakt vorhanden als auch installiert, wird das Artefakt verwendet.
Installierte Pakete haben keine eigene Signatur (hab hat sie bei der Installation geprüft).

Exit-Status:
  0  das Paket und seine ganze Abhängigkeitshülle sind vorhanden, lesbar und verifiziert
  1  anderer Fehler
  2  falscher Aufruf
  3  das Paket oder einige seiner Abhängigkeiten wurden nicht gefunden (alle werden aufgeführt)
  4  Verifizierung fehlgeschlagen: unbekannter Signaturschlüssel, ungültige Signatur oder Hash der Nutzdaten stimmt nicht
  5  ein Artefakt ist unlesbar, beschädigt, abgeschnitten oder unsicher (z. B. bösartige Eintragsnamen)
  6  die Abhängigkeitshülle ist widersprüchlich (andere Zielplattform, TDEPS, die keine Hülle bilden)
Treffen mehrere zu, gilt der erste von 5, 4, 3, 6. Der Grund steht in einer Zeile auf stderr.</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>habmesos::InstalledTreeStreamer</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: changed while being exported</source>
        <translation>%1: hat sich während des Exports geändert</translation>
    </message>
</context>
<context>
    <name>habmesos::JsonPreview</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Marathon JSON</source>
        <translation>Marathon-JSON</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Copy the JSON to the clipboard</source>
        <translation>Das JSON in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Save the JSON to a file</source>
        <translation>Das JSON in einer Datei speichern</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No package</source>
        <translation>Kein Paket</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &amp;JSON</source>
        <translation>&amp;JSON bearbeiten</translation>
    </message>
    <message>
        <source>Edit the JSON in place; valid changes go into the forms</source>
        <translation>Das JSON direkt bearbeiten; gültige Änderungen gehen in die Formulare</translation>
    </message>
    <message>
        <source>Edit JSON</source>
        <translation>JSON bearbeiten</translation>
    </message>
    <message>
        <source>The JSON is not valid (%1), so the forms do not have your last changes. Leave JSON mode and drop the text?</source>
        <translation>Das JSON ist nicht gültig (%1), daher enthalten die Formulare Ihre letzten Änderungen nicht. JSON-Modus verlassen und den Text verwerfen?</translation>
    </message>
    <message>
        <source>Edit the JSON</source>
        <translation>Das JSON bearbeiten</translation>
    </message>
    <message>
        <source>Copied the JSON</source>
        <translation>JSON kopiert</translation>
    </message>
    <message numerus="yes">
        <source>Copied the JSON, which has %n error(s): Marathon refuses it as it is</source>
        <translation>
            <numerusform>JSON kopiert; es hat %n Fehler: Marathon lehnt es so ab</numerusform>
            <numerusform>JSON kopiert; es hat %n Fehler: Marathon lehnt es so ab</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
(%2 in the JSON)</source>
        <translation>%1
(%2 im JSON)</translation>
    </message>
</context>
<context>
    <name>habmesos::KeyCache</name>
    <message>
        <source>“%1” is not a key name</source>
        <translation>„%1“ ist kein Schlüsselname</translation>
    </message>
    <message>
        <source>no public key %1 in %2 (the signer is unknown)</source>
        <translation>kein öffentlicher Schlüssel %1 in %2 (der Unterzeichner ist unbekannt)</translation>
    </message>
</context>
<context>
    <name>habmesos::KeychainSecretStore</name>
    <message>
        <source>Desktop keyring</source>
        <translation>Schlüsselbund der Arbeitsumgebung</translation>
    </message>
    <message>
        <source>The desktop keyring did not answer within %1 seconds.</source>
        <translation>Der Schlüsselbund der Arbeitsumgebung hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>No password or token is stored in the keyring for %1.</source>
        <translation>Im Schlüsselbund ist für %1 kein Passwort und kein Token gespeichert.</translation>
    </message>
    <message>
        <source>The desktop keyring refused: %1</source>
        <translation>Der Schlüsselbund der Arbeitsumgebung hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>No desktop keyring (GNOME Keyring, KWallet or another Secret Service) could be reached: %1</source>
        <translation>Kein Schlüsselbund der Arbeitsumgebung (GNOME Keyring, KWallet oder ein anderer Secret Service) erreichbar: %1</translation>
    </message>
</context>
<context>
    <name>habmesos::LabelsModel</name>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>The label %1 keeps its name: a label needs one (remove the row to drop it).</source>
        <translation>Das Label %1 behält seinen Namen: Ein Label braucht einen (entfernen Sie die Zeile, um es zu löschen).</translation>
    </message>
    <message>
        <source>The label %1 cannot be renamed to %2: %2 is a label already. Choose another name.</source>
        <translation>Das Label %1 kann nicht in %2 umbenannt werden: %2 ist bereits ein Label. Wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>habmesos::MainWindow</name>
    <message>
        <source>Habitat to Mesos exporter</source>
        <translation>Habitat-nach-Mesos-Exporter</translation>
    </message>
    <message>
        <source>Pick a Habitat package to export.</source>
        <translation>Wählen Sie ein Habitat-Paket zum Exportieren aus.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>%1 could not be read</source>
        <translation>%1 konnte nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) found</source>
        <translation>
            <numerusform>%n Paket gefunden</numerusform>
            <numerusform>%n Pakete gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open .hart…</source>
        <translation>&amp;Öffnen (.hart)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Package</source>
        <translation>&amp;Demo-Paket öffnen</translation>
    </message>
    <message>
        <source>&amp;Save JSON…</source>
        <translation>JSON &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Copy JSON</source>
        <translation>JSON &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Find Package</source>
        <translation>Paket &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>&amp;Deploy to Marathon</source>
        <translation>Auf Marathon &amp;deployen</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Liste leeren</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo package</source>
        <translation>Demo-Paket</translation>
    </message>
    <message>
        <source>Open a Habitat package</source>
        <translation>Ein Habitat-Paket öffnen</translation>
    </message>
    <message>
        <source>Habitat packages (*.hart);;All files (*)</source>
        <translation>Habitat-Pakete (*.hart);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The definition has errors.</source>
        <translation>Die Definition hat Fehler.</translation>
    </message>
    <message>
        <source>Save JSON</source>
        <translation>JSON speichern</translation>
    </message>
    <message>
        <source>The definition has errors, and Marathon will refuse it. Save it anyway?</source>
        <translation>Die Definition hat Fehler, und Marathon wird sie ablehnen. Trotzdem speichern?</translation>
    </message>
    <message>
        <source>Save the Marathon JSON</source>
        <translation>Das Marathon-JSON speichern</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Built %1</source>
        <translation>%1 erstellt</translation>
    </message>
    <message>
        <source>Marathon</source>
        <translation>Marathon</translation>
    </message>
    <message>
        <source>The build failed: %1</source>
        <translation>Das Erstellen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The build was canceled; nothing was written</source>
        <translation>Das Erstellen wurde abgebrochen; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>&amp;Cancel Build</source>
        <translation>Erstellen a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Copy as Command &amp;Line</source>
        <translation>Als &amp;Befehlszeile kopieren</translation>
    </message>
    <message>
        <source>Copied the command line that exports this package with these settings</source>
        <translation>Die Befehlszeile kopiert, die dieses Paket mit diesen Einstellungen exportiert</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Copied the command line; it cannot say %1, so it makes the generated ones instead</source>
        <translation>Die Befehlszeile kopiert; sie kann %1 nicht ausdrücken und erzeugt dafür die generierten</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Open a Marathon app definition</source>
        <translation>Eine Marathon-App-Definition öffnen</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open De&amp;finition…</source>
        <translation>De&amp;finition öffnen…</translation>
    </message>
    <message>
        <source>Res&amp;can Packages</source>
        <translation>Pakete &amp;neu einlesen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About habmesos</source>
        <translation>Ü&amp;ber habmesos</translation>
    </message>
    <message>
        <source>Open the &amp;README</source>
        <translation>&amp;README öffnen</translation>
    </message>
    <message>
        <source>Marathon %1: %2</source>
        <translation>Marathon %1: %2</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>Building…</source>
        <translation>Wird erstellt…</translation>
    </message>
</context>
<context>
    <name>habmesos::MarathonAppId</name>
    <message>
        <source>upper case letters were made lower case</source>
        <translation>Großbuchstaben wurden zu Kleinbuchstaben</translation>
    </message>
    <message>
        <source>&apos;_&apos; became &apos;-&apos;</source>
        <translation>„_“ wurde zu „-“</translation>
    </message>
    <message>
        <source>%1 became &apos;-&apos;</source>
        <translation>%1 wurde zu „-“</translation>
    </message>
    <message>
        <source>&apos;-&apos; was removed where a label began or ended</source>
        <translation>„-“ wurde am Anfang oder Ende eines Labels entfernt</translation>
    </message>
    <message>
        <source>empty labels between dots were removed</source>
        <translation>leere Labels zwischen Punkten wurden entfernt</translation>
    </message>
    <message>
        <source>the package %1/%2 gives no usable Marathon id: a Marathon id segment needs at least one lowercase letter or digit; enter an id by hand</source>
        <translation>das Paket %1/%2 ergibt keine brauchbare Marathon-ID: Ein Segment einer Marathon-ID braucht mindestens einen Kleinbuchstaben oder eine Ziffer; geben Sie eine ID von Hand ein</translation>
    </message>
    <message>
        <source>the package name &quot;%1&quot; cannot be the last part of a Marathon id: Marathon reserves %2 for its own URLs; enter an id by hand, such as /%3/%1-app</source>
        <translation>der Paketname „%1“ kann nicht der letzte Teil einer Marathon-ID sein: Marathon reserviert %2 für seine eigenen URLs; geben Sie eine ID von Hand ein, etwa /%3/%1-app</translation>
    </message>
    <message>
        <source>the Marathon id is %1, not /%2/%3: %4. Marathon ids are DNS labels (lowercase letters, digits, &apos;-&apos; and &apos;.&apos;, each label starting and ending with a letter or digit). Packages whose names differ only in these characters (such as a_b and a-b) get the same id, so check that it does not clash with another application.</source>
        <translation>die Marathon-ID ist %1, nicht /%2/%3: %4. Marathon-IDs sind DNS-Labels (Kleinbuchstaben, Ziffern, „-“ und „.“, jedes Label beginnt und endet mit einem Buchstaben oder einer Ziffer). Pakete, deren Namen sich nur in diesen Zeichen unterscheiden (etwa a_b und a-b), erhalten dieselbe ID; prüfen Sie daher, dass sie nicht mit einer anderen Anwendung kollidiert.</translation>
    </message>
    <message>
        <source>The application ID must not be empty: give one such as /team/app.</source>
        <translation>Die Anwendungs-ID darf nicht leer sein: Geben Sie eine an, etwa /team/app.</translation>
    </message>
    <message>
        <source>The application ID needs a name after the /, such as /team/app.</source>
        <translation>Die Anwendungs-ID braucht einen Namen nach dem /, etwa /team/app.</translation>
    </message>
    <message>
        <source>The application ID may use lower-case letters, digits and hyphens, segments separated by / (a segment starts and ends with a letter or digit, dots may separate such names); &quot;%1&quot; does not fit.</source>
        <translation>Die Anwendungs-ID darf Kleinbuchstaben, Ziffern und Bindestriche enthalten, Segmente getrennt durch / (ein Segment beginnt und endet mit einem Buchstaben oder einer Ziffer, Punkte dürfen solche Namen trennen); „%1“ passt nicht.</translation>
    </message>
    <message>
        <source>The application ID cannot end in &quot;%1&quot;: Marathon keeps %2 for its own addresses; add a name after it or choose another.</source>
        <translation>Die Anwendungs-ID darf nicht auf „%1“ enden: Marathon reserviert %2 für seine eigenen Adressen; fügen Sie danach einen Namen an oder wählen Sie eine andere.</translation>
    </message>
</context>
<context>
    <name>habmesos::MarathonAppImport</name>
    <message>
        <source>the text “%1”</source>
        <translation>der Text „%1“</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>etwas anderes</translation>
    </message>
    <message>
        <source>the definition is empty; an app definition is a JSON object ({ … })</source>
        <translation>die Definition ist leer; eine App-Definition ist ein JSON-Objekt ({ … })</translation>
    </message>
    <message>
        <source>an app definition is a JSON object ({ … }), and this is %1</source>
        <translation>eine App-Definition ist ein JSON-Objekt ({ … }), und dies ist %1</translation>
    </message>
    <message>
        <source>this app does not say which Habitat package it runs: its “cmd” does not start a Habitat service (“/init.sh run origin/name”) and none of its downloads (“fetch”) is a tarball named origin-name-version-release.tgz; open the package first, then paste the definition into the JSON (Edit JSON)</source>
        <translation>diese App gibt nicht an, welches Habitat-Paket sie ausführt: Ihr „cmd“ startet keinen Habitat-Dienst („/init.sh run origin/name“), und keiner ihrer Downloads („fetch“) ist ein Tarball namens origin-name-version-release.tgz; öffnen Sie zuerst das Paket und fügen Sie dann die Definition in das JSON ein (JSON bearbeiten)</translation>
    </message>
    <message>
        <source>text in quotes</source>
        <translation>Text in Anführungszeichen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>an object ({ … })</source>
        <translation>ein Objekt ({ … })</translation>
    </message>
    <message>
        <source>a list ([ … ])</source>
        <translation>eine Liste ([ … ])</translation>
    </message>
    <message>
        <source>“%1” should be %2, but it is %3; correct it in the JSON</source>
        <translation>„%1“ sollte %2 sein, ist aber %3; korrigieren Sie es im JSON</translation>
    </message>
    <message>
        <source>each download in “fetch” should be an object with a “uri”, but one is %1; correct it in the JSON</source>
        <translation>jeder Download in „fetch“ sollte ein Objekt mit einer „uri“ sein, aber einer ist %1; korrigieren Sie es im JSON</translation>
    </message>
    <message>
        <source>each entry of “uris” should be an address in quotes, but one is %1; correct it in the JSON</source>
        <translation>jeder Eintrag in „uris“ sollte eine Adresse in Anführungszeichen sein, aber einer ist %1; korrigieren Sie es im JSON</translation>
    </message>
    <message>
        <source>Kept as written (the forms cannot show them): %1</source>
        <translation>Beibehalten wie geschrieben (die Formulare können sie nicht anzeigen): %1</translation>
    </message>
    <message>
        <source>Written as the settings make them, not as opened: %1</source>
        <translation>So geschrieben, wie die Einstellungen sie ergeben, nicht wie geöffnet: %1</translation>
    </message>
    <message>
        <source>Added by habmesos: %1</source>
        <translation>Von habmesos hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Left out, the server&apos;s state rather than the definition: %1</source>
        <translation>Weggelassen, da Zustand des Servers und nicht Teil der Definition: %1</translation>
    </message>
</context>
<context>
    <name>habmesos::MarathonAuth</name>
    <message>
        <source>no credentials</source>
        <translation>keine Zugangsdaten</translation>
    </message>
    <message>
        <source>HTTP Basic as user “%1”</source>
        <translation>HTTP Basic als Benutzer „%1“</translation>
    </message>
    <message>
        <source>a DC/OS token</source>
        <translation>ein DC/OS-Token</translation>
    </message>
    <message>
        <source>a DC/OS login as “%1”</source>
        <translation>eine DC/OS-Anmeldung als „%1“</translation>
    </message>
</context>
<context>
    <name>habmesos::MarathonClient</name>
    <message>
        <source>cannot read the CA certificate file %1: %2</source>
        <translation>die CA-Zertifikatsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no certificate (expected PEM or DER)</source>
        <translation>%1 enthält kein Zertifikat (erwartet: PEM oder DER)</translation>
    </message>
    <message>
        <source>Creating the app</source>
        <translation>Anlegen der App</translation>
    </message>
    <message>
        <source>Creating app %1</source>
        <translation>Anlegen der App %1</translation>
    </message>
    <message>
        <source>Updating app %1 (forced)</source>
        <translation>Aktualisieren der App %1 (erzwungen)</translation>
    </message>
    <message>
        <source>Updating app %1</source>
        <translation>Aktualisieren der App %1</translation>
    </message>
    <message>
        <source>Reading app %1</source>
        <translation>Lesen der App %1</translation>
    </message>
    <message>
        <source>Deleting app %1</source>
        <translation>Löschen der App %1</translation>
    </message>
    <message>
        <source>Listing deployments</source>
        <translation>Auflisten der Deployments</translation>
    </message>
    <message>
        <source>Reading Marathon&apos;s info</source>
        <translation>Lesen der Marathon-Informationen</translation>
    </message>
    <message>
        <source>Uploading %1 to Marathon&apos;s artifact store</source>
        <translation>Hochladen von %1 in den Artefaktspeicher von Marathon</translation>
    </message>
    <message>
        <source>%1: canceled.</source>
        <translation>%1: abgebrochen.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a Marathon URL; expected http://host:8080 or https://cluster/service/marathon.</source>
        <translation>%1: „%2“ ist keine Marathon-URL; erwartet wird http://host:8080 oder https://cluster/service/marathon.</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source> (after a fresh login)</source>
        <translation> (nach einer erneuten Anmeldung)</translation>
    </message>
    <message>
        <source>%1: the server redirects (HTTP %2) to %3. Use that address as the Marathon URL.</source>
        <translation>%1: Der Server leitet weiter (HTTP %2) auf %3. Verwenden Sie diese Adresse als Marathon-URL.</translation>
    </message>
    <message>
        <source>DC/OS login as “%1”</source>
        <translation>DC/OS-Anmeldung als „%1“</translation>
    </message>
    <message>
        <source>%1 at %2 failed: the uid or password was not accepted (HTTP %3%4).</source>
        <translation>%1 bei %2 fehlgeschlagen: uid oder Passwort wurden nicht akzeptiert (HTTP %3%4).</translation>
    </message>
    <message>
        <source>%1 at %2 failed: the login endpoint could not read the request (HTTP 400%3). Is this a DC/OS cluster, and the login URL right?</source>
        <translation>%1 bei %2 fehlgeschlagen: Der Login-Endpunkt konnte die Anfrage nicht lesen (HTTP 400%3). Ist das ein DC/OS-Cluster, und stimmt die Login-URL?</translation>
    </message>
    <message>
        <source>%1 at %2: the answer holds no token</source>
        <translation>%1 bei %2: Die Antwort enthält kein Token</translation>
    </message>
    <message>
        <source>%1: the answer of %2 (HTTP %3) is not Marathon&apos;s JSON (%4). Is the URL Marathon&apos;s? If it is, look at Marathon&apos;s log.</source>
        <translation>%1: Die Antwort von %2 (HTTP %3) ist kein JSON von Marathon (%4). Ist das die URL von Marathon? Wenn ja, sehen Sie im Log von Marathon nach.</translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation>der Inhalt ist leer</translation>
    </message>
    <message>
        <source>it starts with “%1”</source>
        <translation>sie beginnt mit „%1“</translation>
    </message>
    <message>
        <source>Listing the apps</source>
        <translation>Auflisten der Apps</translation>
    </message>
    <message>
        <source>Listing the versions of %1</source>
        <translation>Auflisten der Versionen von %1</translation>
    </message>
    <message>
        <source>Reading version %1 of %2</source>
        <translation>Lesen der Version %1 von %2</translation>
    </message>
    <message>
        <source>Rolling %1 back to version %2</source>
        <translation>Zurücksetzen von %1 auf Version %2</translation>
    </message>
    <message numerus="yes">
        <source>Scaling %1 to %n instance(s)</source>
        <translation>
            <numerusform>Skalieren von %1 auf %n Instanz</numerusform>
            <numerusform>Skalieren von %1 auf %n Instanzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Restarting %1</source>
        <translation>Neustart von %1</translation>
    </message>
    <message>
        <source>Listing the tasks of %1</source>
        <translation>Auflisten der Tasks von %1</translation>
    </message>
</context>
<context>
    <name>habmesos::MarathonConstraintText</name>
    <message>
        <source>“%1” is not field:OPERATOR[:value]: %2</source>
        <translation>„%1“ hat nicht die Form field:OPERATOR[:value]: %2</translation>
    </message>
    <message>
        <source>it names no field, such as hostname</source>
        <translation>es nennt kein Feld, etwa hostname</translation>
    </message>
    <message>
        <source>it has no operator, such as UNIQUE</source>
        <translation>es hat keinen Operator, etwa UNIQUE</translation>
    </message>
    <message>
        <source>the operator is one of %1</source>
        <translation>der Operator ist einer von %1</translation>
    </message>
</context>
<context>
    <name>habmesos::MarathonError</name>
    <message>
        <source> at %1</source>
        <translation> bei %1</translation>
    </message>
    <message>
        <source>Marathon%1</source>
        <translation>Marathon%1</translation>
    </message>
    <message>
        <source>%1%2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Marathon could not read the request (HTTP 400%1)</source>
        <translation>Marathon konnte die Anfrage nicht lesen (HTTP 400%1)</translation>
    </message>
    <message>
        <source>the credentials were not accepted (HTTP 401; sent: %1)</source>
        <translation>die Zugangsdaten wurden nicht akzeptiert (HTTP 401; gesendet: %1)</translation>
    </message>
    <message>
        <source>; the server asks for HTTP Basic credentials (%1)</source>
        <translation>; der Server verlangt HTTP-Basic-Zugangsdaten (%1)</translation>
    </message>
    <message>
        <source>; the server asks for a DC/OS token (log in, or give a valid token)</source>
        <translation>; der Server verlangt ein DC/OS-Token (melden Sie sich an oder geben Sie ein gültiges Token an)</translation>
    </message>
    <message>
        <source>. Check the user name and password or token.</source>
        <translation>. Prüfen Sie Benutzername und Passwort bzw. das Token.</translation>
    </message>
    <message>
        <source>not allowed (HTTP 403%1); the credentials (%2) were accepted but lack the permission for this</source>
        <translation>nicht erlaubt (HTTP 403%1); die Zugangsdaten (%2) wurden akzeptiert, haben aber nicht die nötige Berechtigung</translation>
    </message>
    <message>
        <source>not found (HTTP 404%1)</source>
        <translation>nicht gefunden (HTTP 404%1)</translation>
    </message>
    <message>
        <source>the app is locked by running deployment(s) %1 (HTTP 409). Wait for them to finish, or force the change, which cancels them.</source>
        <translation>die App ist durch laufende Deployments gesperrt: %1 (HTTP 409). Warten Sie, bis sie fertig sind, oder erzwingen Sie die Änderung, wodurch sie abgebrochen werden.</translation>
    </message>
    <message>
        <source>conflict (HTTP 409%1). To change an existing app, update it instead of creating it.</source>
        <translation>Konflikt (HTTP 409%1). Um eine bestehende App zu ändern, aktualisieren Sie sie, statt sie anzulegen.</translation>
    </message>
    <message>
        <source>Marathon could not read the app definition (HTTP 422 Invalid JSON)</source>
        <translation>Marathon konnte die Anwendungsdefinition nicht lesen (HTTP 422 Invalid JSON)</translation>
    </message>
    <message>
        <source>the app definition is not valid (HTTP 422%1)</source>
        <translation>die Anwendungsdefinition ist ungültig (HTTP 422%1)</translation>
    </message>
    <message>
        <source>Marathon refused the request (HTTP 422%1)</source>
        <translation>Marathon hat die Anfrage abgelehnt (HTTP 422%1)</translation>
    </message>
    <message>
        <source>Marathon has no leader at the moment (HTTP %1: Could not determine the current leader). Retry in a moment; if it lasts, check the Marathon instances and ZooKeeper.</source>
        <translation>Marathon hat im Moment keinen Leader (HTTP %1: Could not determine the current leader). Versuchen Sie es gleich noch einmal; hält es an, prüfen Sie die Marathon-Instanzen und ZooKeeper.</translation>
    </message>
    <message>
        <source>the server answered HTTP %1%2</source>
        <translation>der Server antwortete mit HTTP %1%2</translation>
    </message>
    <message>
        <source>Marathon</source>
        <translation>Marathon</translation>
    </message>
    <message>
        <source>%1: %2 did not answer in time. Check the URL, and that the server is up and reachable.</source>
        <translation>%1: %2 hat nicht rechtzeitig geantwortet. Prüfen Sie die URL und ob der Server läuft und erreichbar ist.</translation>
    </message>
    <message>
        <source>%1: the TLS connection to %2 failed: %3. If the server uses its own certificate authority (DC/OS, self-signed), give its CA certificate file.</source>
        <translation>%1: Die TLS-Verbindung zu %2 ist fehlgeschlagen: %3. Verwendet der Server eine eigene Zertifizierungsstelle (DC/OS, selbst signiert), geben Sie deren CA-Zertifikatsdatei an.</translation>
    </message>
    <message>
        <source>%1: the connection to %2 was refused; nothing listens there. Check the URL and port, and that the server runs.</source>
        <translation>%1: Die Verbindung zu %2 wurde abgelehnt; dort lauscht nichts. Prüfen Sie URL und Port und ob der Server läuft.</translation>
    </message>
    <message>
        <source>%1: the host of %2 is unknown. Check the URL.</source>
        <translation>%1: Der Host von %2 ist unbekannt. Prüfen Sie die URL.</translation>
    </message>
    <message>
        <source>%1: canceled.</source>
        <translation>%1: abgebrochen.</translation>
    </message>
    <message>
        <source>%1: the connection to %2 failed: %3</source>
        <translation>%1: Die Verbindung zu %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>(the whole app definition)</source>
        <translation>(die ganze Anwendungsdefinition)</translation>
    </message>
    <message>
        <source>is not valid</source>
        <translation>ist ungültig</translation>
    </message>
    <message>
        <source>is required but missing</source>
        <translation>ist erforderlich, fehlt aber</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>is below the allowed minimum</source>
        <translation>liegt unter dem erlaubten Minimum</translation>
    </message>
    <message>
        <source>is above the allowed maximum</source>
        <translation>liegt über dem erlaubten Maximum</translation>
    </message>
    <message>
        <source>must not be empty (too short)</source>
        <translation>darf nicht leer sein (zu kurz)</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>ist zu lang</translation>
    </message>
    <message>
        <source>does not have the required form</source>
        <translation>hat nicht die erforderliche Form</translation>
    </message>
    <message>
        <source>is not one of the allowed values</source>
        <translation>ist keiner der erlaubten Werte</translation>
    </message>
    <message>
        <source>%1: %2 does not speak TLS: it answered the https:// request as a plain HTTP server does. Use http:// in the server&apos;s URL, or the port where it serves HTTPS (Marathon&apos;s default is 8443).</source>
        <translation>%1: %2 spricht kein TLS: Es hat die https://-Anfrage wie ein einfacher HTTP-Server beantwortet. Verwenden Sie http:// in der URL des Servers oder den Port, auf dem er HTTPS anbietet (Marathons Standard ist 8443).</translation>
    </message>
</context>
<context>
    <name>habmesos::MarathonJsonWriter</name>
    <message>
        <source>the legacy &quot;uris&quot; field keeps only the URI: executable, cache and destPath are lost, and Marathon decides from the file name whether to extract it</source>
        <translation>das alte Feld „uris“ behält nur die URI: executable, cache und destPath gehen verloren, und Marathon entscheidet anhand des Dateinamens, ob entpackt wird</translation>
    </message>
    <message>
        <source>the legacy &quot;ports&quot; field cannot name a port; &quot;%1&quot; is lost</source>
        <translation>das alte Feld „ports“ kann keinen Port benennen; „%1“ geht verloren</translation>
    </message>
    <message>
        <source>the legacy &quot;ports&quot; field is TCP only; protocol &quot;%1&quot; is lost</source>
        <translation>das alte Feld „ports“ kennt nur TCP; das Protokoll „%1“ geht verloren</translation>
    </message>
    <message>
        <source>the legacy &quot;ports&quot; field cannot carry port labels</source>
        <translation>das alte Feld „ports“ kann keine Port-Labels tragen</translation>
    </message>
    <message>
        <source>the legacy &quot;uris&quot; field cannot ask for extraction: Marathon extracts only names ending in .tgz, .tar.gz, .zip and the like, so %1 is downloaded as it is</source>
        <translation>das alte Feld „uris“ kann kein Entpacken anfordern: Marathon entpackt nur Namen, die auf .tgz, .tar.gz, .zip und Ähnliches enden, daher wird %1 unverändert heruntergeladen</translation>
    </message>
    <message>
        <source>the legacy &quot;uris&quot; field cannot turn extraction off: Marathon extracts %1 because its name ends in an archive suffix</source>
        <translation>das alte Feld „uris“ kann das Entpacken nicht abschalten: Marathon entpackt %1, weil sein Name auf eine Archivendung endet</translation>
    </message>
    <message>
        <source>Marathon before 1.0 has no secrets: %1 is left out, so the task does not get it; use a file downloaded into the sandbox instead, or the current JSON</source>
        <translation>Marathon vor 1.0 kennt keine Secrets: %1 wird weggelassen, sodass der Task es nicht erhält; verwenden Sie stattdessen eine in die Sandbox heruntergeladene Datei oder das aktuelle JSON</translation>
    </message>
    <message>
        <source>Marathon before 1.0 has no secrets: the &quot;secrets&quot; field is left out</source>
        <translation>Marathon vor 1.0 hat keine Secrets: Das Feld &quot;secrets&quot; wird weggelassen</translation>
    </message>
    <message>
        <source>Marathon before 1.0 has no persistent volumes: the data volume is left out, so the service&apos;s data is lost whenever its task stops; use the current JSON to keep it</source>
        <translation>Marathon vor 1.0 hat keine persistenten Volumes: Das Daten-Volume wird weggelassen, sodass die Daten des Dienstes verloren gehen, sobald sein Task stoppt; verwenden Sie das aktuelle JSON, um sie zu behalten</translation>
    </message>
</context>
<context>
    <name>habmesos::MarathonTask</name>
    <message>
        <source>%1 has no “%2”</source>
        <translation>%1 hat kein „%2“</translation>
    </message>
    <message>
        <source>%1: “%2” is not text</source>
        <translation>%1: „%2“ ist kein Text</translation>
    </message>
    <message>
        <source>%1: “%2” is not a list</source>
        <translation>%1: „%2“ ist keine Liste</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>Task %1</translation>
    </message>
    <message>
        <source>%1: “state” is “%2”, not a Mesos task state such as TASK_RUNNING</source>
        <translation>%1: „state“ ist „%2“, kein Mesos-Task-Zustand wie TASK_RUNNING</translation>
    </message>
    <message>
        <source>%1: port %2 is not a port number</source>
        <translation>%1: Port %2 ist keine Portnummer</translation>
    </message>
    <message>
        <source>%1, address %2</source>
        <translation>%1, Adresse %2</translation>
    </message>
    <message>
        <source>%1: address %2 is not an object</source>
        <translation>%1: Adresse %2 ist kein Objekt</translation>
    </message>
    <message>
        <source>%1: protocol “%2” is neither IPv4 nor IPv6</source>
        <translation>%1: Protokoll „%2“ ist weder IPv4 noch IPv6</translation>
    </message>
    <message>
        <source>%1: “%2” is not an IP address</source>
        <translation>%1: „%2“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>%1, health check result %2</source>
        <translation>%1, Health-Check-Ergebnis %2</translation>
    </message>
    <message>
        <source>%1, health check result %2: “alive” is not true or false</source>
        <translation>%1, Health-Check-Ergebnis %2: „alive“ ist nicht true oder false</translation>
    </message>
    <message>
        <source>%1: “consecutiveFailures” is not a count</source>
        <translation>%1: „consecutiveFailures“ ist keine Anzahl</translation>
    </message>
    <message>
        <source>Marathon&apos;s task list is not JSON (%1)</source>
        <translation>Die Task-Liste von Marathon ist kein JSON (%1)</translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation>der Inhalt ist leer</translation>
    </message>
    <message>
        <source>it starts with “%1”</source>
        <translation>sie beginnt mit „%1“</translation>
    </message>
    <message>
        <source>Marathon&apos;s task list has no “tasks” list; is the server Marathon 1.0 or later?</source>
        <translation>Die Task-Liste von Marathon hat keine Liste „tasks“; ist der Server Marathon 1.0 oder neuer?</translation>
    </message>
    <message>
        <source>task %1 of the list</source>
        <translation>Task %1 der Liste</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 ist kein Objekt</translation>
    </message>
</context>
<context>
    <name>habmesos::MarathonValidator</name>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>%1 must be at least %2 (it is %3).</source>
        <translation>%1 muss mindestens %2 sein (ist %3).</translation>
    </message>
    <message>
        <source>%1 must be from %2 to %3 (it is %4).</source>
        <translation>%1 muss zwischen %2 und %3 liegen (ist %4).</translation>
    </message>
    <message>
        <source>An environment variable needs a name: type one, or remove the row.</source>
        <translation>Eine Umgebungsvariable braucht einen Namen: Geben Sie einen ein, oder entfernen Sie die Zeile.</translation>
    </message>
    <message>
        <source>A label needs a name: type one, or remove the row.</source>
        <translation>Ein Label braucht einen Namen: Geben Sie einen ein, oder entfernen Sie die Zeile.</translation>
    </message>
    <message>
        <source>The environment variable %1 is set twice: rename or remove one.</source>
        <translation>Die Umgebungsvariable %1 ist zweimal gesetzt: Benennen Sie eine um, oder entfernen Sie eine.</translation>
    </message>
    <message>
        <source>The label %1 is given twice: rename or remove one.</source>
        <translation>Das Label %1 ist zweimal angegeben: Benennen Sie eines um, oder entfernen Sie eines.</translation>
    </message>
    <message>
        <source>The environment variable %1: a name cannot contain &apos;=&apos;.</source>
        <translation>Die Umgebungsvariable %1: Ein Name darf kein „=“ enthalten.</translation>
    </message>
    <message>
        <source>%1 must not contain NUL characters.</source>
        <translation>%1 darf keine NUL-Zeichen enthalten.</translation>
    </message>
    <message>
        <source>The application needs either a command or arguments (args), not both: edit the command on the Application tab.</source>
        <translation>Die Anwendung braucht entweder einen Befehl oder Argumente (args), nicht beides: Bearbeiten Sie den Befehl im Reiter Anwendung.</translation>
    </message>
    <message>
        <source>The command must not be empty (Marathon wants at least two characters).</source>
        <translation>Der Befehl darf nicht leer sein (Marathon verlangt mindestens zwei Zeichen).</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <source>Memory must be more than 0 MiB (it is %1): a task without memory cannot start.</source>
        <translation>Der Arbeitsspeicher muss mehr als 0 MiB betragen (ist %1): Ein Task ohne Arbeitsspeicher kann nicht starten.</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Plattenplatz</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>The user must not be empty; leave it out to run as Marathon&apos;s default user.</source>
        <translation>Der Benutzer darf nicht leer sein; lassen Sie ihn weg, um als Standardbenutzer von Marathon zu laufen.</translation>
    </message>
    <message>
        <source>The fetch URI must not be empty: give the address the Mesos fetcher downloads from.</source>
        <translation>Die Fetch-URI darf nicht leer sein: Geben Sie die Adresse an, von der der Mesos-Fetcher herunterlädt.</translation>
    </message>
    <message>
        <source>The fetch URI is %1 characters long; Marathon allows at most 1024.</source>
        <translation>Die Fetch-URI ist %1 Zeichen lang; Marathon erlaubt höchstens 1024.</translation>
    </message>
    <message>
        <source>The fetch destination path is %1 characters long; Marathon allows at most 1024.</source>
        <translation>Der Zielpfad des Downloads ist %1 Zeichen lang; Marathon erlaubt höchstens 1024.</translation>
    </message>
    <message>
        <source>Port %1 (no name)</source>
        <translation>Port %1 (ohne Namen)</translation>
    </message>
    <message>
        <source>Port %1</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <source>%1: the number</source>
        <translation>%1: die Nummer</translation>
    </message>
    <message>
        <source>%1: the number %2 is used twice; give one of them another number, or 0 for any free port.</source>
        <translation>%1: Die Nummer %2 wird zweimal verwendet; geben Sie einer davon eine andere Nummer oder 0 für einen beliebigen freien Port.</translation>
    </message>
    <message>
        <source>%1: the protocol must be tcp, udp or udp,tcp (it is &quot;%2&quot;).</source>
        <translation>%1: Das Protokoll muss tcp, udp oder udp,tcp sein (ist „%2“).</translation>
    </message>
    <message>
        <source>%1: a port name may use lower-case letters, digits and hyphens, and starts and ends with a letter or digit.</source>
        <translation>%1: Ein Portname darf Kleinbuchstaben, Ziffern und Bindestriche enthalten und beginnt und endet mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>%1: Marathon 1.7 and older want port names to start with a letter.</source>
        <translation>%1: Marathon 1.7 und älter verlangt, dass Portnamen mit einem Buchstaben beginnen.</translation>
    </message>
    <message>
        <source>%1: the name is used twice; port names must be unique.</source>
        <translation>%1: Der Name wird zweimal verwendet; Portnamen müssen eindeutig sein.</translation>
    </message>
    <message>
        <source>The health check&apos;s protocol must be one of %1 (it is &quot;%2&quot;).</source>
        <translation>Das Protokoll des Health-Checks muss eines von %1 sein (ist „%2“).</translation>
    </message>
    <message>
        <source>An application can have at most one Mesos health check (MESOS_HTTP, MESOS_HTTPS, MESOS_TCP).</source>
        <translation>Eine Anwendung kann höchstens einen Mesos-Health-Check haben (MESOS_HTTP, MESOS_HTTPS, MESOS_TCP).</translation>
    </message>
    <message>
        <source>A COMMAND health check needs a command.</source>
        <translation>Ein COMMAND-Health-Check braucht einen Befehl.</translation>
    </message>
    <message>
        <source>The health check names a port number and a port index: give one of them.</source>
        <translation>Der Health-Check nennt eine Portnummer und einen Portindex: Geben Sie nur eines davon an.</translation>
    </message>
    <message>
        <source>The health check&apos;s port</source>
        <translation>Der Port des Health-Checks</translation>
    </message>
    <message>
        <source>The health check needs a port, and the application has none: add one on the Ports tab.</source>
        <translation>Der Health-Check braucht einen Port, und die Anwendung hat keinen: Fügen Sie im Reiter Ports einen hinzu.</translation>
    </message>
    <message>
        <source>The health check&apos;s port index must be from 0 to %1 (it is %2): pick one of the application&apos;s ports.</source>
        <translation>Der Portindex des Health-Checks muss zwischen 0 und %1 liegen (ist %2): Wählen Sie einen der Ports der Anwendung.</translation>
    </message>
    <message>
        <source>Only HTTP and HTTPS health checks use a path.</source>
        <translation>Nur HTTP- und HTTPS-Health-Checks verwenden einen Pfad.</translation>
    </message>
    <message>
        <source>The grace period</source>
        <translation>Die Karenzzeit</translation>
    </message>
    <message>
        <source>The interval</source>
        <translation>Das Intervall</translation>
    </message>
    <message>
        <source>The timeout</source>
        <translation>Das Zeitlimit</translation>
    </message>
    <message>
        <source>The failures allowed</source>
        <translation>Die Höchstzahl an Fehlschlägen</translation>
    </message>
    <message>
        <source>Constraint %1</source>
        <translation>Constraint %1</translation>
    </message>
    <message>
        <source>%1 needs a field, such as hostname.</source>
        <translation>%1 braucht ein Feld, etwa hostname.</translation>
    </message>
    <message>
        <source>%1: the operator must be one of %2 (it is &quot;%3&quot;).</source>
        <translation>%1: Der Operator muss einer von %2 sein (ist „%3“).</translation>
    </message>
    <message>
        <source>%1: UNIQUE takes no value; clear the value.</source>
        <translation>%1: UNIQUE nimmt keinen Wert; leeren Sie den Wert.</translation>
    </message>
    <message>
        <source>%1: %2 needs a regular expression as its value.</source>
        <translation>%1: %2 braucht einen regulären Ausdruck als Wert.</translation>
    </message>
    <message>
        <source>%1: the value is not a regular expression (%2).</source>
        <translation>%1: Der Wert ist kein regulärer Ausdruck (%2).</translation>
    </message>
    <message>
        <source>%1: MAX_PER needs a whole number as its value.</source>
        <translation>%1: MAX_PER braucht eine ganze Zahl als Wert.</translation>
    </message>
    <message>
        <source>%1: GROUP_BY takes a whole number or no value.</source>
        <translation>%1: GROUP_BY nimmt eine ganze Zahl oder keinen Wert.</translation>
    </message>
    <message>
        <source>%1: IS needs a value.</source>
        <translation>%1: IS braucht einen Wert.</translation>
    </message>
    <message>
        <source>The kill grace period must be at least 0 seconds (it is %1).</source>
        <translation>Die Kill-Wartezeit muss mindestens 0 Sekunden betragen (ist %1).</translation>
    </message>
    <message>
        <source>The minimum health capacity</source>
        <translation>Die Mindestkapazität gesunder Instanzen</translation>
    </message>
    <message>
        <source>The maximum over-capacity</source>
        <translation>Die maximale Überkapazität</translation>
    </message>
    <message>
        <source>The backoff must be 0 seconds or more (it is %1); it is how long Marathon waits before relaunching a failed task.</source>
        <translation>Der Backoff muss 0 Sekunden oder mehr betragen (ist %1); er gibt an, wie lange Marathon wartet, bevor ein fehlgeschlagener Task neu gestartet wird.</translation>
    </message>
    <message>
        <source>The backoff factor must be a finite number.</source>
        <translation>Der Backoff-Faktor muss eine endliche Zahl sein.</translation>
    </message>
    <message>
        <source>The backoff factor must be at least 1 (it is %1); 1 keeps the wait the same after every failure, more makes it grow.</source>
        <translation>Der Backoff-Faktor muss mindestens 1 sein (ist %1); 1 hält die Wartezeit nach jedem Fehlschlag gleich, ein größerer Wert lässt sie wachsen.</translation>
    </message>
    <message>
        <source>The longest launch delay must be 0 seconds or more (it is %1).</source>
        <translation>Die längste Startverzögerung muss 0 Sekunden oder mehr betragen (ist %1).</translation>
    </message>
    <message>
        <source>The longest launch delay is shorter than the backoff (%1 s), so every relaunch waits only %2 s.</source>
        <translation>Die längste Startverzögerung ist kürzer als der Backoff (%1 s), daher wartet jeder Neustart nur %2 s.</translation>
    </message>
    <message>
        <source>A role needs a name, such as slave_public or * (unreserved resources).</source>
        <translation>Eine Rolle braucht einen Namen, etwa slave_public oder * (nicht reservierte Ressourcen).</translation>
    </message>
    <message>
        <source>“%1” is not a role name.</source>
        <translation>„%1“ ist kein Rollenname.</translation>
    </message>
    <message>
        <source>Role “%1”: a role name cannot start with “-”.</source>
        <translation>Rolle „%1“: Ein Rollenname darf nicht mit „-“ beginnen.</translation>
    </message>
    <message>
        <source>Role “%1”: a role name cannot contain spaces, tabs, line breaks or “/”.</source>
        <translation>Rolle „%1“: Ein Rollenname darf keine Leerzeichen, Tabulatoren, Zeilenumbrüche oder „/“ enthalten.</translation>
    </message>
    <message>
        <source>Role “%1” is listed twice.</source>
        <translation>Rolle „%1“ ist zweimal aufgeführt.</translation>
    </message>
    <message>
        <source>“%1” is neither a URL nor an absolute path: give an http://, https://, ftp:// or file:// URL (or hdfs://, s3:// for the agent&apos;s Hadoop client), or an absolute path on the agents</source>
        <translation>„%1“ ist weder eine URL noch ein absoluter Pfad: Geben Sie eine http://-, https://-, ftp://- oder file://-URL an (oder hdfs://, s3:// für den Hadoop-Client des Agents) oder einen absoluten Pfad auf den Agents</translation>
    </message>
    <message>
        <source>the Mesos fetcher hands “%1://” URLs to the agent&apos;s Hadoop client, which must be installed and know that scheme</source>
        <translation>der Mesos-Fetcher übergibt „%1://“-URLs an den Hadoop-Client des Agents, der installiert sein und dieses Schema kennen muss</translation>
    </message>
    <message>
        <source>an executable download is not extracted: Mesos only makes the file executable</source>
        <translation>ein ausführbarer Download wird nicht entpackt: Mesos macht die Datei nur ausführbar</translation>
    </message>
    <message>
        <source>A secret needs a name.</source>
        <translation>Ein Secret braucht einen Namen.</translation>
    </message>
    <message>
        <source>The secret “%1” is declared twice.</source>
        <translation>Das Secret „%1“ ist zweimal deklariert.</translation>
    </message>
    <message>
        <source>The secret “%1” needs the path of its value in the secret store.</source>
        <translation>Das Secret „%1“ braucht den Pfad seines Werts im Secret-Store.</translation>
    </message>
    <message>
        <source>Marathon accepts secrets only when it runs with --enable_features secrets and a secret store (DC/OS has both); without them it refuses the app: use files downloaded into the sandbox instead</source>
        <translation>Marathon akzeptiert Secrets nur, wenn es mit --enable_features secrets und einem Secret-Store läuft (DC/OS hat beides); ohne sie lehnt es die App ab: Verwenden Sie stattdessen Dateien, die in die Sandbox heruntergeladen werden</translation>
    </message>
    <message>
        <source>%1 refers to the secret “%2”, which “secrets” does not declare.</source>
        <translation>%1 verweist auf das Secret „%2“, das „secrets“ nicht deklariert.</translation>
    </message>
    <message>
        <source>A persistent volume&apos;s path is a name in the sandbox, without “/” (it is “%1”).</source>
        <translation>Der Pfad eines persistenten Volumes ist ein Name in der Sandbox, ohne „/“ (er ist „%1“).</translation>
    </message>
    <message>
        <source>A persistent volume needs a size of at least 1 MiB (it is %1).</source>
        <translation>Ein persistentes Volume braucht eine Größe von mindestens 1 MiB (es ist %1).</translation>
    </message>
    <message>
        <source>With a persistent volume the maximum over-capacity must be 0 (it is %1): a new task can only start where the old one held the volume, after it stopped. Set it to 0, or remove the data volume.</source>
        <translation>Mit einem persistenten Volume muss die maximale Überkapazität 0 sein (sie ist %1): Ein neuer Task kann nur dort starten, wo der alte das Volume hatte, und erst, nachdem dieser beendet ist. Setzen Sie sie auf 0, oder entfernen Sie das Datenvolume.</translation>
    </message>
    <message>
        <source>With a persistent volume the minimum health capacity must be 0.5 or less (it is %1): Marathon has to stop old tasks before their volumes can take new ones. Lower it, or remove the data volume.</source>
        <translation>Mit einem persistenten Volume muss die minimale gesunde Kapazität 0.5 oder weniger sein (sie ist %1): Marathon muss alte Tasks stoppen, bevor ihre Volumes neue aufnehmen können. Senken Sie sie, oder entfernen Sie das Datenvolume.</translation>
    </message>
    <message>
        <source>An app with a persistent volume needs an upgrade strategy with maximum over-capacity 0 and minimum health capacity 0.5 or less; Marathon&apos;s default (1, 1) is refused.</source>
        <translation>Eine App mit persistentem Volume braucht eine Upgrade-Strategie mit maximaler Überkapazität 0 und Mindestkapazität gesunder Instanzen von höchstens 0,5; der Standard von Marathon (1, 1) wird abgelehnt.</translation>
    </message>
    <message>
        <source>An app with a persistent volume needs unreachableStrategy “disabled”: otherwise Marathon would replace an unreachable task elsewhere and its data with it.</source>
        <translation>Eine App mit persistentem Volume braucht unreachableStrategy „disabled“: Sonst würde Marathon einen unerreichbaren Task anderswo ersetzen und mit ihm seine Daten.</translation>
    </message>
</context>
<context>
    <name>habmesos::MemorySecretStore</name>
    <message>
        <source>Memory (until habmesos quits)</source>
        <translation>Arbeitsspeicher (bis habmesos beendet wird)</translation>
    </message>
    <message>
        <source>No password or token is stored for %1.</source>
        <translation>Für %1 ist kein Passwort und kein Token gespeichert.</translation>
    </message>
</context>
<context>
    <name>habmesos::MissingDependencies</name>
    <message>
        <source>%1 is installed only for %2, but %3 is needed</source>
        <translation>%1 ist nur für %2 installiert, benötigt wird aber %3</translation>
    </message>
    <message>
        <source>%1 is in the artifact cache only for %2, but %3 is needed</source>
        <translation>%1 liegt im Artefakt-Cache nur für %2, benötigt wird aber %3</translation>
    </message>
    <message>
        <source>%1 (required by %2)</source>
        <translation>%1 (benötigt von %2)</translation>
    </message>
    <message numerus="yes">
        <source>missing dependencies (%Ln): %1</source>
        <translation>
            <numerusform>fehlende Abhängigkeiten (%Ln): %1</numerusform>
            <numerusform>fehlende Abhängigkeiten (%Ln): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>missing dependencies (%Ln): %1; looked in %2</source>
        <translation>
            <numerusform>fehlende Abhängigkeiten (%Ln): %1; gesucht in %2</numerusform>
            <numerusform>fehlende Abhängigkeiten (%Ln): %1; gesucht in %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>habmesos::OrderedJsonReader</name>
    <message>
        <source>the text is %1 MiB, more than the %2 MiB an app definition may have</source>
        <translation>der Text ist %1 MiB groß, mehr als die %2 MiB, die eine App-Definition haben darf</translation>
    </message>
    <message>
        <source>line %1, column %2: %3 (this is not JSON there)</source>
        <translation>Zeile %1, Spalte %2: %3 (dort ist das kein JSON)</translation>
    </message>
    <message>
        <source>the JSON nests deeper than %1 levels</source>
        <translation>das JSON ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
</context>
<context>
    <name>habmesos::OutputTab</name>
    <message>
        <source>Fetch URI</source>
        <translation>Fetch-URI</translation>
    </message>
    <message>
        <source>Where Mesos agents download the tarball; empty: the local file</source>
        <translation>Von wo die Mesos-Agents den Tarball herunterladen; leer: die lokale Datei</translation>
    </message>
    <message>
        <source>Fetch UR&amp;I:</source>
        <translation>Fetch-UR&amp;I:</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Output fo&amp;lder:</source>
        <translation>Ausgabeo&amp;rdner:</translation>
    </message>
    <message>
        <source>gzip (.tgz)</source>
        <translation>gzip (.tgz)</translation>
    </message>
    <message>
        <source>xz (.txz)</source>
        <translation>xz (.txz)</translation>
    </message>
    <message>
        <source>uncompressed (.tar)</source>
        <translation>unkomprimiert (.tar)</translation>
    </message>
    <message>
        <source>Co&amp;mpression:</source>
        <translation>Ko&amp;mpression:</translation>
    </message>
    <message>
        <source>Mesos 1.7 or later</source>
        <translation>Mesos 1.7 oder neuer</translation>
    </message>
    <message>
        <source>Mesos 1.6 or earlier (GNU tar)</source>
        <translation>Mesos 1.6 oder älter (GNU tar)</translation>
    </message>
    <message>
        <source>Mesos 1.7 and later cannot extract file names that are not ASCII, so the export refuses packages with such names; Mesos 1.6 and earlier extract them with GNU tar.</source>
        <translation>Mesos ab 1.7 kann Dateinamen, die nicht ASCII sind, nicht entpacken; der Export lehnt Pakete mit solchen Namen daher ab. Mesos 1.6 und älter entpackt sie mit GNU tar.</translation>
    </message>
    <message>
        <source>Mesos a&amp;gents:</source>
        <translation>Mesos-A&amp;gents:</translation>
    </message>
    <message>
        <source>Marathon 1.0 and later (fetch, portDefinitions)</source>
        <translation>Marathon 1.0 und neuer (fetch, portDefinitions)</translation>
    </message>
    <message>
        <source>Marathon before 1.0 (uris, ports)</source>
        <translation>Marathon vor 1.0 (uris, ports)</translation>
    </message>
    <message>
        <source>newest of chef/%1, core/%1</source>
        <translation>das neueste aus chef/%1, core/%1</translation>
    </message>
    <message>
        <source>%1 package</source>
        <translation>%1-Paket</translation>
    </message>
    <message>
        <source>%1 package:</source>
        <translation>%1-Paket:</translation>
    </message>
    <message>
        <source>the current folder</source>
        <translation>der aktuelle Ordner</translation>
    </message>
    <message>
        <source>JSO&amp;N for:</source>
        <translation>JSO&amp;N für:</translation>
    </message>
    <message>
        <source>One tarball (every package unpacked)</source>
        <translation>Ein Tarball (alle Pakete entpackt)</translation>
    </message>
    <message>
        <source>Deplo&amp;yment:</source>
        <translation>De&amp;ployment:</translation>
    </message>
    <message>
        <source>The folder the Mesos agents download the bootstrap and every .hart from (each file&apos;s name is added); empty: the output folder</source>
        <translation>Der Ordner, aus dem die Mesos-Agents den Bootstrap und jede .hart-Datei herunterladen (der Name jeder Datei wird angehängt); leer: der Ausgabeordner</translation>
    </message>
    <message>
        <source>The bootstrap is always a gzip archive (.tgz) and the .hart files go as they are: the compression is for the one-tarball layout only.</source>
        <translation>Der Bootstrap ist immer ein gzip-Archiv (.tgz), und die .hart-Dateien bleiben unverändert: Die Kompression gilt nur für das Layout mit einem Tarball.</translation>
    </message>
    <message>
        <source>Bootstrap and .hart files (cached by agents)</source>
        <translation>Bootstrap und .hart-Dateien (im Fetcher-Cache)</translation>
    </message>
    <message>
        <source>One tarball: every package unpacked into one archive, downloaded whole for each release.</source>
        <translation>Ein Tarball: alle Pakete entpackt in einem Archiv, das für jedes Release ganz heruntergeladen wird.</translation>
    </message>
    <message>
        <source>Bootstrap and .hart files: a small bootstrap and each package&apos;s signed .hart as it is. The agents&apos; fetcher cache keeps each file, so a new release moves only the packages that changed; the server must answer HEAD with Content-Length. hab installs the packages when the task starts. Needs Mesos 1.0 or later and Marathon 1.4 or later (destPath).</source>
        <translation>Bootstrap und .hart-Dateien: ein kleiner Bootstrap und die signierte .hart-Datei jedes Pakets unverändert. Der Fetcher-Cache der Agents behält jede Datei, sodass ein neues Release nur die geänderten Pakete überträgt; der Server muss HEAD mit Content-Length beantworten. hab installiert die Pakete beim Start des Tasks. Erfordert Mesos ab 1.0 und Marathon ab 1.4 (destPath).</translation>
    </message>
</context>
<context>
    <name>habmesos::PackageArtifact</name>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <source>unknown signer</source>
        <translation>unbekannter Unterzeichner</translation>
    </message>
    <message>
        <source>bad signature</source>
        <translation>ungültige Signatur</translation>
    </message>
    <message>
        <source>payload does not match its signature</source>
        <translation>Nutzdaten passen nicht zu ihrer Signatur</translation>
    </message>
    <message>
        <source>unsigned (installed package)</source>
        <translation>nicht signiert (installiertes Paket)</translation>
    </message>
</context>
<context>
    <name>habmesos::PackageBrowser</name>
    <message>
        <source>Filter packages</source>
        <translation>Pakete filtern</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <source>Looking for packages…</source>
        <translation>Pakete werden gesucht…</translation>
    </message>
    <message>
        <source>Reading %1 and its dependencies…</source>
        <translation>%1 und seine Abhängigkeiten werden gelesen…</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielplattform</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Exposes</source>
        <translation>Exponierte Ports</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exporte</translation>
    </message>
    <message>
        <source>Service user</source>
        <translation>Dienstbenutzer</translation>
    </message>
    <message>
        <source>not a service</source>
        <translation>kein Dienst</translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>%n vorhanden</numerusform>
            <numerusform>%n vorhanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n fehlt</numerusform>
            <numerusform>%n fehlen</numerusform>
        </translation>
    </message>
    <message>
        <source>No package %1 in %2. Pick one in the list, or open its .hart file.</source>
        <translation>Kein Paket %1 in %2. Wählen Sie eines aus der Liste, oder öffnen Sie seine .hart-Datei.</translation>
    </message>
    <message>
        <source>the artifact cache %1</source>
        <translation>der Artefakt-Cache %1</translation>
    </message>
    <message>
        <source>the installed packages in %1</source>
        <translation>die installierten Pakete in %1</translation>
    </message>
    <message>
        <source>Looked in:</source>
        <translation>Gesucht in:</translation>
    </message>
    <message>
        <source>Open the demo package</source>
        <translation>Das Demo-Paket öffnen</translation>
    </message>
    <message>
        <source>This machine</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Builder</source>
        <translation>Builder</translation>
    </message>
    <message>
        <source>Pick a package, find one on Builder (the Builder tab), open a .hart file or drop one here.</source>
        <translation>Wählen Sie ein Paket aus, suchen Sie eines auf Builder (Reiter Builder), öffnen Sie eine .hart-Datei oder legen Sie eine hier ab.</translation>
    </message>
    <message>
        <source>No package found. Find one on Builder (the Builder tab), open a .hart file, drop one here, or build one with Habitat first.</source>
        <translation>Kein Paket gefunden. Suchen Sie eines auf Builder (Reiter Builder), öffnen Sie eine .hart-Datei, legen Sie eine hier ab oder erstellen Sie zuerst eines mit Habitat.</translation>
    </message>
</context>
<context>
    <name>habmesos::PackageIdent</name>
    <message>
        <source>“%1” is not a package identifier: expected origin/name[/version[/release]]</source>
        <translation>„%1“ ist keine Paketkennung: erwartet wird Origin/Name[/Version[/Release]]</translation>
    </message>
    <message>
        <source>“%1”: invalid origin “%2” (lowercase letters, digits, &apos;-&apos; and &apos;_&apos;, starting with a letter or digit)</source>
        <translation>„%1“: ungültige Origin „%2“ (Kleinbuchstaben, Ziffern, „-“ und „_“, beginnend mit einem Buchstaben oder einer Ziffer)</translation>
    </message>
    <message>
        <source>“%1”: invalid package name “%2” (letters, digits, &apos;-&apos; and &apos;_&apos; only)</source>
        <translation>„%1“: ungültiger Paketname „%2“ (nur Buchstaben, Ziffern, „-“ und „_“)</translation>
    </message>
    <message>
        <source>“%1”: invalid version “%2”</source>
        <translation>„%1“: ungültige Version „%2“</translation>
    </message>
    <message>
        <source>“%1”: invalid release “%2” (expected 14 digits, YYYYMMDDhhmmss)</source>
        <translation>„%1“: ungültiges Release „%2“ (erwartet werden 14 Ziffern, JJJJMMTThhmmss)</translation>
    </message>
</context>
<context>
    <name>habmesos::PackageLocator</name>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>no readable package %1 in %2: %3</source>
        <translation>kein lesbares Paket %1 in %2: %3</translation>
    </message>
    <message>
        <source>no package %1 in %2</source>
        <translation>kein Paket %1 in %2</translation>
    </message>
    <message>
        <source>the Supervisor&apos;s package %1 is not in %2</source>
        <translation>das Paket %1 des Supervisors ist nicht in %2</translation>
    </message>
    <message>
        <source>the Supervisor needs chef/%1 or core/%1, found in neither %2 nor the installed packages</source>
        <translation>der Supervisor braucht chef/%1 oder core/%1, weder in %2 noch unter den installierten Paketen gefunden</translation>
    </message>
    <message>
        <source>%1 is built for %2; Mesos runs Linux containers</source>
        <translation>%1 ist für %2 gebaut; Mesos führt Linux-Container aus</translation>
    </message>
</context>
<context>
    <name>habmesos::PackageMetadata</name>
    <message>
        <source>“%1” is not fully qualified (origin/name/version/release)</source>
        <translation>„%1“ ist nicht vollständig qualifiziert (Origin/Name/Version/Release)</translation>
    </message>
    <message>
        <source>%1 bytes, more than the %2 a metadata file may have</source>
        <translation>%1 Bytes, mehr als die %2, die eine Metadatendatei haben darf</translation>
    </message>
    <message>
        <source>%1: no IDENT file: not a Habitat package</source>
        <translation>%1: keine IDENT-Datei: kein Habitat-Paket</translation>
    </message>
    <message>
        <source>%1: IDENT: “%2” is not fully qualified (origin/name/version/release)</source>
        <translation>%1: IDENT: „%2“ ist nicht vollständig qualifiziert (Origin/Name/Version/Release)</translation>
    </message>
    <message>
        <source>%1: no TARGET file</source>
        <translation>%1: keine TARGET-Datei</translation>
    </message>
    <message>
        <source>%1: TARGET: “%2” is not a package target (architecture-system, e.g. x86_64-linux)</source>
        <translation>%1: TARGET: „%2“ ist keine Paket-Zielplattform (Architektur-System, z. B. x86_64-linux)</translation>
    </message>
    <message>
        <source>%1: SHUTDOWN_TIMEOUT: “%2” is not a number of seconds</source>
        <translation>%1: SHUTDOWN_TIMEOUT: „%2“ ist keine Anzahl von Sekunden</translation>
    </message>
    <message>
        <source>%1: more than %2 files in hooks/</source>
        <translation>%1: mehr als %2 Dateien in hooks/</translation>
    </message>
    <message>
        <source>a signal name</source>
        <translation>ein Signalname</translation>
    </message>
    <message>
        <source>a package type (native or standard)</source>
        <translation>ein Pakettyp (native oder standard)</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>kein UTF-8-Text</translation>
    </message>
    <message>
        <source>control character in the text</source>
        <translation>Steuerzeichen im Text</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>Zeile %1: </translation>
    </message>
    <message>
        <source>a user name (lowercase letters, digits, “_” and “-”, not starting with a digit or “-”, at most 32 characters)</source>
        <translation>ein Benutzername (Kleinbuchstaben, Ziffern, „_“ und „-“, nicht mit einer Ziffer oder „-“ beginnend, höchstens 32 Zeichen)</translation>
    </message>
    <message>
        <source>a group name (lowercase letters, digits, “_” and “-”, not starting with a digit or “-”, at most 32 characters)</source>
        <translation>ein Gruppenname (Kleinbuchstaben, Ziffern, „_“ und „-“, nicht mit einer Ziffer oder „-“ beginnend, höchstens 32 Zeichen)</translation>
    </message>
    <message>
        <source>expected a single line, found another: “%1”</source>
        <translation>eine einzelne Zeile erwartet, eine weitere gefunden: „%1“</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>Die Datei ist leer</translation>
    </message>
    <message>
        <source>“%1” is not %2</source>
        <translation>„%1“ ist nicht %2</translation>
    </message>
    <message>
        <source>expected name=config.key, found “%1”</source>
        <translation>name=config.key erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>expected bind=export1 export2 …, found “%1”</source>
        <translation>bind=export1 export2 … erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>expected a single &apos;:&apos;-separated line</source>
        <translation>eine einzelne, durch „:“ getrennte Zeile erwartet</translation>
    </message>
    <message>
        <source>“%1” is not an absolute directory without shell metacharacters</source>
        <translation>„%1“ ist kein absolutes Verzeichnis ohne Shell-Metazeichen</translation>
    </message>
    <message>
        <source>expected one line of space-separated ports, found another line</source>
        <translation>eine Zeile mit durch Leerzeichen getrennten Ports erwartet, eine weitere Zeile gefunden</translation>
    </message>
    <message>
        <source>“%1” is not a port number (1–65535)</source>
        <translation>„%1“ ist keine Portnummer (1–65535)</translation>
    </message>
</context>
<context>
    <name>habmesos::PackageRef</name>
    <message>
        <source>artifact</source>
        <translation>Artefakt</translation>
    </message>
    <message>
        <source>cached artifact</source>
        <translation>Artefakt im Cache</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>installiert</translation>
    </message>
</context>
<context>
    <name>habmesos::PackageRepository</name>
    <message>
        <source>%1: IDENT “%2” is not a fully qualified ident</source>
        <translation>%1: IDENT „%2“ ist kein vollständig qualifiziertes Ident</translation>
    </message>
    <message>
        <source>%1: the artifact has no TARGET</source>
        <translation>%1: Das Artefakt hat kein TARGET</translation>
    </message>
    <message>
        <source>%1: TARGET “%2” is not a package target</source>
        <translation>%1: TARGET „%2“ ist keine Paket-Zielplattform</translation>
    </message>
    <message>
        <source>%1: the artifact cache is not a directory</source>
        <translation>%1: Der Artefakt-Cache ist kein Verzeichnis</translation>
    </message>
    <message>
        <source>%1: the artifact cache cannot be read</source>
        <translation>%1: Der Artefakt-Cache kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: cannot be read (permission denied)</source>
        <translation>%1: kann nicht gelesen werden (Zugriff verweigert)</translation>
    </message>
    <message>
        <source>%1: not an installed package: %2</source>
        <translation>%1: kein installiertes Paket: %2</translation>
    </message>
    <message>
        <source>%1: IDENT “%2” is not a fully qualified ident%3</source>
        <translation>%1: IDENT „%2“ ist kein vollständig qualifiziertes Ident%3</translation>
    </message>
    <message>
        <source>%1: IDENT says %2 but the package is installed as %3</source>
        <translation>%1: IDENT nennt %2, aber das Paket ist als %3 installiert</translation>
    </message>
    <message>
        <source>%1: no usable TARGET: %2</source>
        <translation>%1: kein brauchbares TARGET: %2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1: fehlt</translation>
    </message>
    <message>
        <source>%1: longer than %2 bytes</source>
        <translation>%1: länger als %2 Bytes</translation>
    </message>
</context>
<context>
    <name>habmesos::PackageTreeModel</name>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>habmesos::PlacementTab</name>
    <message>
        <source>Constraints: where Marathon may place the tasks (hostname UNIQUE: at most one Supervisor per agent)</source>
        <translation>Constraints: wo Marathon die Tasks platzieren darf (hostname UNIQUE: höchstens ein Supervisor pro Agent)</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Constraints</translation>
    </message>
    <message>
        <source>Add constraint</source>
        <translation>Constraint hinzufügen</translation>
    </message>
    <message>
        <source>A new row (hostname UNIQUE); type its field, then Tab to the operator</source>
        <translation>Eine neue Zeile (hostname UNIQUE); geben Sie ihr Feld ein, dann mit Tab zum Operator</translation>
    </message>
    <message>
        <source>Remove constraint</source>
        <translation>Constraint entfernen</translation>
    </message>
    <message>
        <source>Labels: for the operators&apos; tools, service discovery and load balancers</source>
        <translation>Labels: für die Werkzeuge des Betriebs, Service Discovery und Load Balancer</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>Label hinzufügen</translation>
    </message>
    <message>
        <source>A new row; type its name, then Tab to its value</source>
        <translation>Eine neue Zeile; geben Sie ihren Namen ein, dann mit Tab zu ihrem Wert</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation>Label entfernen</translation>
    </message>
</context>
<context>
    <name>habmesos::PortPlacement</name>
    <message>
        <source>no port range given: write LOW-HIGH, e.g. 31000-32000</source>
        <translation>kein Portbereich angegeben: LOW-HIGH schreiben, z. B. 31000-32000</translation>
    </message>
    <message>
        <source>“%1” is not a port range LOW-HIGH with 1 ≤ LOW ≤ HIGH ≤ 65535</source>
        <translation>„%1“ ist kein Portbereich LOW-HIGH mit 1 ≤ LOW ≤ HIGH ≤ 65535</translation>
    </message>
    <message>
        <source>the app requires its ports on the agents as numbered (requirePorts), but this one has no number: Marathon would pick one from 10000–20000 and wait for an agent offering it, while the agents offer %1; give every port a number, or none</source>
        <translation>die App verlangt ihre Ports auf den Agents mit diesen Nummern (requirePorts), aber dieser hat keine: Marathon würde eine aus 10000–20000 wählen und auf einen Agent warten, der sie anbietet, während die Agents %1 anbieten; jedem Port eine Nummer geben, oder keinem</translation>
    </message>
    <message>
        <source>port %1 is not among the ports the agents offer (%2), so Marathon would wait for ever for an offer; pick a port in that range, or, if the agents&apos; --resources offer it, add it to the agents&apos; port ranges (--agent-ports, or “Agents offer” on the Ports page)</source>
        <translation>Port %1 gehört nicht zu den Ports, die die Agents anbieten (%2), also würde Marathon endlos auf ein Angebot warten; einen Port aus diesem Bereich wählen, oder, wenn die --resources der Agents ihn anbieten, ihn zu den Portbereichen der Agents hinzufügen (--agent-ports oder „Agents bieten an“ auf der Seite Ports)</translation>
    </message>
    <message>
        <source>fixed ports allow one task per agent: with %1 instances, add the constraint hostname:UNIQUE so that Marathon places each on an agent of its own</source>
        <translation>feste Ports erlauben einen Task pro Agent: bei %1 Instanzen den Constraint hostname:UNIQUE hinzufügen, damit Marathon jede auf einen eigenen Agent setzt</translation>
    </message>
</context>
<context>
    <name>habmesos::PortsModel</name>
    <message>
        <source>dynamic</source>
        <translation>dynamisch</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Port %1: &quot;%2&quot; is not a port number; give a number from 1 to 65535, or 0 for any free port.</source>
        <translation>Port %1: „%2“ ist keine Portnummer; geben Sie eine Zahl von 1 bis 65535 an oder 0 für einen beliebigen freien Port.</translation>
    </message>
</context>
<context>
    <name>habmesos::PortsTab</name>
    <message>
        <source>Expose the Supervisor&apos;s gossip and HTTP gateway ports</source>
        <translation>Die Gossip- und HTTP-Gateway-Ports des Supervisors freigeben</translation>
    </message>
    <message>
        <source>Fixed ports: the package&apos;s own port numbers on the agents (requirePorts)</source>
        <translation>Feste Ports: die eigenen Portnummern des Pakets auf den Agents (requirePorts)</translation>
    </message>
    <message>
        <source>Agents&apos; port ranges</source>
        <translation>Portbereiche der Agents</translation>
    </message>
    <message>
        <source>The port ranges the Mesos agents offer (their --resources ports, by default 31000-32000): fixed ports must lie in them</source>
        <translation>Die Portbereiche, die die Mesos-Agents anbieten (ihre --resources-Ports, standardmäßig 31000-32000): feste Ports müssen darin liegen</translation>
    </message>
    <message>
        <source>A&amp;gents offer:</source>
        <translation>Agents b&amp;ieten an:</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Add port</source>
        <translation>Port hinzufügen</translation>
    </message>
    <message>
        <source>Remove port</source>
        <translation>Port entfernen</translation>
    </message>
    <message>
        <source>Reset ports</source>
        <translation>Ports zurücksetzen</translation>
    </message>
</context>
<context>
    <name>habmesos::ProblemLabel</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>habmesos::PublicSigningKey</name>
    <message>
        <source>%1: cannot read key file: %2</source>
        <translation>%1: Die Schlüsseldatei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: not a key file (%2 bytes; a public key file is under %3)</source>
        <translation>%1: keine Schlüsseldatei (%2 Bytes; eine Datei mit einem öffentlichen Schlüssel ist kleiner als %3)</translation>
    </message>
    <message>
        <source>%1: the file is named for %2 but holds the key %3</source>
        <translation>%1: Die Datei ist nach %2 benannt, enthält aber den Schlüssel %3</translation>
    </message>
    <message>
        <source>%1: not a key file (too large)</source>
        <translation>%1: keine Schlüsseldatei (zu groß)</translation>
    </message>
    <message>
        <source>%1: the key file is empty</source>
        <translation>%1: Die Schlüsseldatei ist leer</translation>
    </message>
    <message>
        <source>%1: this is an encryption key (BOX-PUB-1), not an origin signing key (SIG-PUB-1)</source>
        <translation>%1: Dies ist ein Verschlüsselungsschlüssel (BOX-PUB-1), kein Origin-Signaturschlüssel (SIG-PUB-1)</translation>
    </message>
    <message>
        <source>%1: this is a secret signing key (SIG-SEC-1); a public key (SIG-PUB-1) is needed</source>
        <translation>%1: Dies ist ein geheimer Signaturschlüssel (SIG-SEC-1); benötigt wird ein öffentlicher Schlüssel (SIG-PUB-1)</translation>
    </message>
    <message>
        <source>%1: key without a version line (the format before April 2016 is not supported)</source>
        <translation>%1: Schlüssel ohne Versionszeile (das Format vor April 2016 wird nicht unterstützt)</translation>
    </message>
    <message>
        <source>%1: line 1: unsupported key version “%2”, expected SIG-PUB-1</source>
        <translation>%1: Zeile 1: nicht unterstützte Schlüsselversion „%2“, erwartet wird SIG-PUB-1</translation>
    </message>
    <message>
        <source>%1: line 2: “%2” is not a key name of the form &lt;origin&gt;-&lt;YYYYMMDDhhmmss&gt;</source>
        <translation>%1: Zeile 2: „%2“ ist kein Schlüsselname der Form &lt;Origin&gt;-&lt;JJJJMMTThhmmss&gt;</translation>
    </message>
    <message>
        <source>%1: line 3: expected an empty line</source>
        <translation>%1: Zeile 3: Leerzeile erwartet</translation>
    </message>
    <message>
        <source>%1: line 4: the key is not valid base64</source>
        <translation>%1: Zeile 4: Der Schlüssel ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>%1: line 4: the key has %2 bytes, an Ed25519 public key has %3</source>
        <translation>%1: Zeile 4: Der Schlüssel hat %2 Bytes, ein öffentlicher Ed25519-Schlüssel hat %3</translation>
    </message>
    <message>
        <source>%1: line %2: unexpected text after the key</source>
        <translation>%1: Zeile %2: unerwarteter Text nach dem Schlüssel</translation>
    </message>
    <message>
        <source>signature too short (%1 bytes)</source>
        <translation>Signatur zu kurz (%1 Bytes)</translation>
    </message>
    <message>
        <source>the signature was not made with the key %1</source>
        <translation>Die Signatur wurde nicht mit dem Schlüssel %1 erstellt</translation>
    </message>
    <message>
        <source>%1: not a regular file, so not a key file</source>
        <translation>%1: keine reguläre Datei, also keine Schlüsseldatei</translation>
    </message>
</context>
<context>
    <name>habmesos::PublishArguments</name>
    <message>
        <source>Print the JSON without building the tarball</source>
        <translation>Das JSON ausgeben, ohne den Tarball zu bauen</translation>
    </message>
    <message>
        <source>After building, HTTP PUT the tarball to URL (WebDAV, a pre-signed URL; a URL ending in / gets the tarball&apos;s name appended), or “marathon”: the artifact store of the --deploy server (Marathon 0.7 to 1.4). The fetch URI in the JSON is then the uploaded file</source>
        <translation>Den Tarball nach dem Bauen per HTTP PUT an URL hochladen (WebDAV, eine vorsignierte URL; an eine URL, die auf / endet, wird der Name des Tarballs angehängt), oder „marathon“: in den Artefaktspeicher des --deploy-Servers (Marathon 0.7 bis 1.4). Die Fetch-URI im JSON ist dann die hochgeladene Datei</translation>
    </message>
    <message>
        <source>HTTP Basic user for --upload URL; the password comes from --upload-password-file or $HABMESOS_UPLOAD_PASSWORD</source>
        <translation>HTTP-Basic-Benutzer für --upload URL; das Passwort kommt aus --upload-password-file oder $HABMESOS_UPLOAD_PASSWORD</translation>
    </message>
    <message>
        <source>Read the --upload-user&apos;s password from FILE (- for standard input)</source>
        <translation>Das Passwort des --upload-user aus FILE lesen (- für die Standardeingabe)</translation>
    </message>
    <message>
        <source>Give up an upload that has not finished within SECONDS (default 3600)</source>
        <translation>Einen Upload aufgeben, der nicht innerhalb von SECONDS fertig ist (Standard 3600)</translation>
    </message>
    <message>
        <source>Create the app on this Marathon (http(s)://host:8080, https://cluster/service/marathon), or update it when it exists. The JSON is printed first all the same</source>
        <translation>Die App auf diesem Marathon anlegen (http(s)://host:8080, https://cluster/service/marathon) oder sie aktualisieren, wenn sie existiert. Das JSON wird trotzdem zuerst ausgegeben</translation>
    </message>
    <message>
        <source>When running deployments lock the app, cancel them and deploy anyway (Marathon&apos;s force=true)</source>
        <translation>Wenn laufende Deployments die App sperren, diese abbrechen und trotzdem deployen (force=true von Marathon)</translation>
    </message>
    <message>
        <source>Follow the deployment until the app&apos;s tasks run, each change on standard error</source>
        <translation>Das Deployment verfolgen, bis die Tasks der App laufen; jede Änderung auf der Standardfehlerausgabe</translation>
    </message>
    <message>
        <source>Give up waiting after SECONDS (default 600)</source>
        <translation>Das Warten nach SECONDS aufgeben (Standard 600)</translation>
    </message>
    <message>
        <source>Give up a call to Marathon that has not answered completely within SECONDS (default 120)</source>
        <translation>Einen Aufruf von Marathon aufgeben, der nicht innerhalb von SECONDS vollständig beantwortet ist (Standard 120)</translation>
    </message>
    <message>
        <source>Log in to Marathon as USER with HTTP Basic (or to DC/OS, with --dcos-login); the password comes from --password-file or $HABMESOS_MARATHON_PASSWORD</source>
        <translation>Bei Marathon als USER mit HTTP Basic anmelden (oder bei DC/OS, mit --dcos-login); das Passwort kommt aus --password-file oder $HABMESOS_MARATHON_PASSWORD</translation>
    </message>
    <message>
        <source>Read the password from FILE (- for standard input)</source>
        <translation>Das Passwort aus FILE lesen (- für die Standardeingabe)</translation>
    </message>
    <message>
        <source>Read a DC/OS authentication token from FILE (- for standard input); without --user and --token-file, $HABMESOS_MARATHON_TOKEN is used when set</source>
        <translation>Ein DC/OS-Authentifizierungstoken aus FILE lesen (- für die Standardeingabe); ohne --user und --token-file wird $HABMESOS_MARATHON_TOKEN verwendet, falls gesetzt</translation>
    </message>
    <message>
        <source>Exchange --user and the password for a DC/OS token at the cluster&apos;s login endpoint, instead of HTTP Basic</source>
        <translation>--user und das Passwort am Login-Endpunkt des Clusters gegen ein DC/OS-Token tauschen, statt HTTP Basic zu verwenden</translation>
    </message>
    <message>
        <source>Trust the CA certificates in FILE (PEM or DER) besides the system&apos;s, for --deploy and --upload</source>
        <translation>Den CA-Zertifikaten in FILE (PEM oder DER) zusätzlich zu denen des Systems vertrauen, für --deploy und --upload</translation>
    </message>
    <message>
        <source>%1 is for --deploy</source>
        <translation>%1 gehört zu --deploy</translation>
    </message>
    <message>
        <source>%1 is for --deploy (and --upload marathon)</source>
        <translation>%1 gehört zu --deploy (und --upload marathon)</translation>
    </message>
    <message>
        <source>--upload marathon uses the artifact store of the --deploy server; give --deploy URL</source>
        <translation>--upload marathon verwendet den Artefaktspeicher des --deploy-Servers; geben Sie --deploy URL an</translation>
    </message>
    <message>
        <source>--upload needs the tarball, which --json-only does not build</source>
        <translation>--upload braucht den Tarball, den --json-only nicht baut</translation>
    </message>
    <message>
        <source>--deploy with --json-only needs --uri: where the agents download the tarball</source>
        <translation>--deploy mit --json-only braucht --uri: woher die Agents den Tarball herunterladen</translation>
    </message>
    <message>
        <source>--upload-user and --upload-password-file are for --upload URL</source>
        <translation>--upload-user und --upload-password-file gehören zu --upload URL</translation>
    </message>
    <message>
        <source>--upload-password-file needs --upload-user</source>
        <translation>--upload-password-file braucht --upload-user</translation>
    </message>
    <message>
        <source>give either --user (with a password) or --token-file, not both</source>
        <translation>Geben Sie entweder --user (mit Passwort) oder --token-file an, nicht beides</translation>
    </message>
    <message>
        <source>--dcos-login needs --user (the DC/OS uid)</source>
        <translation>--dcos-login braucht --user (die DC/OS-uid)</translation>
    </message>
    <message>
        <source>--password-file needs --user</source>
        <translation>--password-file braucht --user</translation>
    </message>
    <message>
        <source>only one secret can be read from standard input (-)</source>
        <translation>nur ein Geheimnis kann von der Standardeingabe (-) gelesen werden</translation>
    </message>
    <message>
        <source>--upload-deadline is for --upload</source>
        <translation>--upload-deadline gehört zu --upload</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number of seconds</source>
        <translation>%1: „%2“ ist keine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>--user needs a password: --password-file FILE, or $HABMESOS_MARATHON_PASSWORD</source>
        <translation>--user braucht ein Passwort: --password-file FILE oder $HABMESOS_MARATHON_PASSWORD</translation>
    </message>
    <message>
        <source>--upload-user needs a password: --upload-password-file FILE, or $HABMESOS_UPLOAD_PASSWORD</source>
        <translation>--upload-user braucht ein Passwort: --upload-password-file FILE oder $HABMESOS_UPLOAD_PASSWORD</translation>
    </message>
</context>
<context>
    <name>habmesos::RegularFile</name>
    <message>
        <source>a directory</source>
        <translation>ein Verzeichnis</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>ein FIFO</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>ein blockorientiertes Gerät</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>an unknown kind of file</source>
        <translation>eine Datei unbekannter Art</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: not a regular file (%2)</source>
        <translation>%1: keine reguläre Datei (%2)</translation>
    </message>
</context>
<context>
    <name>habmesos::ReplyGuard</name>
    <message>
        <source>%1: %2 did not finish answering within %3 s (it may be overloaded, or something between drips the answer). Try again later, or allow more time.</source>
        <translation>%1: %2 hat nicht innerhalb von %3 s fertig geantwortet (der Server ist vielleicht überlastet, oder etwas dazwischen liefert die Antwort tröpfchenweise). Versuchen Sie es später noch einmal, oder lassen Sie mehr Zeit.</translation>
    </message>
    <message>
        <source>%1: %2 sent an answer larger than %3 bytes; this is not the server expected. Check the URL.</source>
        <translation>%1: %2 hat eine Antwort größer als %3 Bytes geschickt; das ist nicht der erwartete Server. Prüfen Sie die URL.</translation>
    </message>
    <message>
        <source>%1 of the %2 bytes announced came</source>
        <translation>%1 der angekündigten %2 Bytes kamen an</translation>
    </message>
    <message>
        <source>%1: the answer (HTTP %2) was cut short: %3. Nothing can be concluded from it; try again.</source>
        <translation>%1: Die Antwort (HTTP %2) wurde abgeschnitten: %3. Aus ihr lässt sich nichts schließen; versuchen Sie es noch einmal.</translation>
    </message>
</context>
<context>
    <name>habmesos::RootfsLayout</name>
    <message>
        <source>the service package %1 is not fully qualified</source>
        <translation>Das Dienstpaket %1 ist nicht vollständig qualifiziert</translation>
    </message>
    <message>
        <source>%1: SVC_USER/SVC_GROUP “%2” is not a valid account name</source>
        <translation>%1: SVC_USER/SVC_GROUP „%2“ ist kein gültiger Kontoname</translation>
    </message>
    <message>
        <source>the Supervisor&apos;s packages are incomplete: %1 is not fully qualified</source>
        <translation>Die Pakete des Supervisors sind unvollständig: %1 ist nicht vollständig qualifiziert</translation>
    </message>
    <message>
        <source>%1: “%2” is not a program name</source>
        <translation>%1: „%2“ ist kein Programmname</translation>
    </message>
    <message>
        <source>“%1” is not a key name</source>
        <translation>„%1“ ist kein Schlüsselname</translation>
    </message>
    <message>
        <source>two items at %1 in the image</source>
        <translation>zwei Einträge unter %1 im Abbild</translation>
    </message>
    <message>
        <source>%1: bin/busybox is empty</source>
        <translation>%1: bin/busybox ist leer</translation>
    </message>
</context>
<context>
    <name>habmesos::RootfsWriter</name>
    <message>
        <source>the Supervisor&apos;s %1 package is not among the exported packages</source>
        <translation>das %1-Paket des Supervisors ist nicht unter den exportierten Paketen</translation>
    </message>
</context>
<context>
    <name>habmesos::SecretInput</name>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1: %2 is larger than 64 KiB; expected a password or token</source>
        <translation>%1: %2 ist größer als 64 KiB; erwartet wird ein Passwort oder Token</translation>
    </message>
    <message>
        <source>%1: %2 is empty</source>
        <translation>%1: %2 ist leer</translation>
    </message>
    <message>
        <source>%1: type the secret and press Enter: </source>
        <translation>%1: Geheimnis eingeben und Eingabetaste drücken: </translation>
    </message>
    <message>
        <source>%1: nothing was typed</source>
        <translation>%1: Es wurde nichts eingegeben</translation>
    </message>
</context>
<context>
    <name>habmesos::SecretPromptDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>DC/OS Token</source>
        <translation>DC/OS-Token</translation>
    </message>
    <message>
        <source>Marathon Password</source>
        <translation>Marathon-Passwort</translation>
    </message>
    <message>
        <source>Enter the DC/OS authentication token for %1:</source>
        <translation>Geben Sie das DC/OS-Authentifizierungstoken für %1 ein:</translation>
    </message>
    <message>
        <source>Enter the password of %1 on %2:</source>
        <translation>Geben Sie das Passwort von %1 auf %2 ein:</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Remember in the desktop keyring</source>
        <translation>Im Schlüsselbund der Arbeitsumgebung &amp;merken</translation>
    </message>
    <message>
        <source>No desktop keyring is available. The token is kept in memory until habmesos quits and is never written to disk.</source>
        <translation>Es ist kein Schlüsselbund der Arbeitsumgebung verfügbar. Das Token bleibt nur im Arbeitsspeicher, bis habmesos beendet wird, und wird nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>No desktop keyring is available. The password is kept in memory until habmesos quits and is never written to disk.</source>
        <translation>Es ist kein Schlüsselbund der Arbeitsumgebung verfügbar. Das Passwort bleibt nur im Arbeitsspeicher, bis habmesos beendet wird, und wird nie auf die Festplatte geschrieben.</translation>
    </message>
</context>
<context>
    <name>habmesos::SecretSigningKey</name>
    <message>
        <source>%1: cannot read key file: %2</source>
        <translation>%1: Die Schlüsseldatei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: not a key file (too large)</source>
        <translation>%1: keine Schlüsseldatei (zu groß)</translation>
    </message>
    <message>
        <source>%1: line 1: expected SIG-SEC-1, found “%2”</source>
        <translation>%1: Zeile 1: SIG-SEC-1 erwartet, „%2“ gefunden</translation>
    </message>
    <message>
        <source>%1: line 2: “%2” is not a key name of the form &lt;origin&gt;-&lt;YYYYMMDDhhmmss&gt;</source>
        <translation>%1: Zeile 2: „%2“ ist kein Schlüsselname der Form &lt;Origin&gt;-&lt;JJJJMMTThhmmss&gt;</translation>
    </message>
    <message>
        <source>%1: line 3: expected an empty line</source>
        <translation>%1: Zeile 3: Leerzeile erwartet</translation>
    </message>
    <message>
        <source>%1: line 4: expected the base64 of a %2-byte secret key</source>
        <translation>%1: Zeile 4: Base64 eines geheimen Schlüssels mit %2 Bytes erwartet</translation>
    </message>
    <message>
        <source>“%1” is not a valid origin name</source>
        <translation>„%1“ ist kein gültiger Origin-Name</translation>
    </message>
    <message>
        <source>%1: cannot create the directory</source>
        <translation>%1: Das Verzeichnis kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot set the permissions: %2</source>
        <translation>%1: Die Zugriffsrechte können nicht gesetzt werden: %2</translation>
    </message>
</context>
<context>
    <name>habmesos::SegmentCache</name>
    <message>
        <source>Could not create the segment cache directory %1</source>
        <translation>Das Segment-Cache-Verzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>“%1” is not a segment cache key</source>
        <translation>„%1“ ist kein Segment-Cache-Schlüssel</translation>
    </message>
    <message>
        <source>no cached segment %1: %2</source>
        <translation>kein Segment %1 im Cache: %2</translation>
    </message>
    <message>
        <source>the cached segment %1 is damaged; removed it</source>
        <translation>Das Segment %1 im Cache ist beschädigt; es wurde entfernt</translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Could not remove %1 from the cache</source>
        <translation>%1 kann nicht aus dem Cache entfernt werden</translation>
    </message>
</context>
<context>
    <name>habmesos::ServerPicker</name>
    <message>
        <source>Add, change or remove Marathon servers</source>
        <translation>Marathon-Server hinzufügen, ändern oder entfernen</translation>
    </message>
    <message>
        <source>Forget the password or token of this server; it is asked for again next time</source>
        <translation>Passwort oder Token dieses Servers vergessen; beim nächsten Mal wird erneut danach gefragt</translation>
    </message>
    <message>
        <source>Marathon:</source>
        <translation>Marathon:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The password is forgotten; it is asked for at the next connection.</source>
        <translation>Das Passwort ist vergessen; bei der nächsten Verbindung wird danach gefragt.</translation>
    </message>
    <message>
        <source>The password could not be removed from the keyring: %1</source>
        <translation>Das Passwort konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <source>Add a Marathon server first (Servers…).</source>
        <translation>Fügen Sie zuerst einen Marathon-Server hinzu (Server…).</translation>
    </message>
    <message>
        <source>Reading the password of %1…</source>
        <translation>Das Passwort für %1 wird gelesen…</translation>
    </message>
    <message>
        <source>Nothing was sent: no password or token was given.</source>
        <translation>Nichts gesendet: Es wurde kein Passwort und kein Token angegeben.</translation>
    </message>
    <message>
        <source>The password could not be kept in the keyring: %1</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Ser&amp;vers…</source>
        <translation>Ser&amp;ver…</translation>
    </message>
    <message>
        <source>Forget password</source>
        <translation>Passwort vergessen</translation>
    </message>
</context>
<context>
    <name>habmesos::ServersEditorDialog</name>
    <message>
        <source>Marathon Servers</source>
        <translation>Marathon-Server</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>e.g. staging</source>
        <translation>z. B. staging</translation>
    </message>
    <message>
        <source>https://marathon.example.com:8443</source>
        <translation>https://marathon.example.com:8443</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>User name and password (HTTP Basic)</source>
        <translation>Benutzername und Passwort (HTTP Basic)</translation>
    </message>
    <message>
        <source>DC/OS token</source>
        <translation>DC/OS-Token</translation>
    </message>
    <message>
        <source>DC/OS login (user name and password)</source>
        <translation>DC/OS-Anmeldung (Benutzername und Passwort)</translation>
    </message>
    <message>
        <source>Empty: the system&apos;s certificate authorities</source>
        <translation>Leer: die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Passwords and tokens are asked for when first needed and never stored in the settings file.</source>
        <translation>Passwörter und Tokens werden beim ersten Bedarf abgefragt und nie in der Einstellungsdatei gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Au&amp;thentication:</source>
        <translation>Authen&amp;tifizierung:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Every server needs a name.</source>
        <translation>Jeder Server braucht einen Namen.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is used twice.</source>
        <translation>Der Name „%1“ wird zweimal verwendet.</translation>
    </message>
    <message>
        <source>%1: the URL must start with http:// or https:// and name a host.</source>
        <translation>%1: Die URL muss mit http:// oder https:// beginnen und einen Host nennen.</translation>
    </message>
    <message>
        <source>%1: this kind of authentication needs a user name.</source>
        <translation>%1: Diese Art der Authentifizierung braucht einen Benutzernamen.</translation>
    </message>
    <message>
        <source>Marathon %1</source>
        <translation>Marathon %1</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Ask the server for its version and leader (GET /v2/info)</source>
        <translation>Den Server nach seiner Version und seinem Leader fragen (GET /v2/info)</translation>
    </message>
    <message>
        <source>The URL must start with http:// or https:// and name a host.</source>
        <translation>Die URL muss mit http:// oder https:// beginnen und einen Host nennen.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>%1 wird gefragt…</translation>
    </message>
    <message>
        <source>The server answers and asks for credentials; none are stored for it yet (they are asked for at the first deploy).
%1</source>
        <translation>Der Server antwortet und verlangt Zugangsdaten; für ihn sind noch keine gespeichert (sie werden beim ersten Deployen abgefragt).
%1</translation>
    </message>
    <message>
        <source>The server answers, but not as Marathon does (no name and version in its /v2/info). Is the URL Marathon&apos;s?</source>
        <translation>Der Server antwortet, aber nicht wie Marathon (kein Name und keine Version in seinem /v2/info). Ist die URL die von Marathon?</translation>
    </message>
    <message>
        <source>Marathon %1 answers.</source>
        <translation>Marathon %1 antwortet.</translation>
    </message>
    <message>
        <source>Marathon %1 answers; the leader is %2.</source>
        <translation>Marathon %1 antwortet; der Leader ist %2.</translation>
    </message>
</context>
<context>
    <name>habmesos::ServicesTab</name>
    <message>
        <source>Binds</source>
        <translation>Binds</translation>
    </message>
    <message>
        <source>This package has no binds: it needs no other service.</source>
        <translation>Dieses Paket hat keine Binds: Es braucht keinen anderen Dienst.</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>Strikt</translation>
    </message>
    <message>
        <source>Relaxed</source>
        <translation>Tolerant</translation>
    </message>
    <message>
        <source>Strict: the service starts only once every bound service group is there; relaxed: it starts without them (--binding-mode)</source>
        <translation>Strikt: Der Dienst startet erst, wenn jede gebundene Dienstgruppe da ist; locker: Er startet ohne sie (--binding-mode)</translation>
    </message>
    <message>
        <source>Binding mode:</source>
        <translation>Bindungsmodus:</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>default (Habitat&apos;s)</source>
        <translation>Standard (von Habitat)</translation>
    </message>
    <message>
        <source>The service group&apos;s name after the service&apos;s: other services bind to name.group (--group)</source>
        <translation>Der Name der Dienstgruppe nach dem des Dienstes: Andere Dienste binden an name.group (--group)</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Gruppe:</translation>
    </message>
    <message>
        <source>Standalone</source>
        <translation>Eigenständig</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Leader: the members elect one leader, which needs at least three of them (--topology)</source>
        <translation>Leader: Die Mitglieder wählen einen Leader, wofür es mindestens drei von ihnen braucht (--topology)</translation>
    </message>
    <message>
        <source>Topology:</source>
        <translation>Topologie:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>Alle auf einmal</translation>
    </message>
    <message>
        <source>Rolling</source>
        <translation>Rollierend</translation>
    </message>
    <message>
        <source>Whether the Supervisor updates the service from Builder by itself: never, all members at once, or one member after the other (--strategy)</source>
        <translation>Ob der Supervisor den Dienst selbst aus Builder aktualisiert: nie, alle Mitglieder auf einmal oder ein Mitglied nach dem anderen (--strategy)</translation>
    </message>
    <message>
        <source>Update strategy:</source>
        <translation>Update-Strategie:</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Neueste</translation>
    </message>
    <message>
        <source>Track the channel</source>
        <translation>Dem Kanal folgen</translation>
    </message>
    <message>
        <source>Latest: only newer releases; track the channel: whatever the channel holds, older ones too (--update-condition)</source>
        <translation>Neueste: nur neuere Releases; dem Kanal folgen: was immer der Kanal enthält, auch ältere (--update-condition)</translation>
    </message>
    <message>
        <source>Update condition:</source>
        <translation>Update-Bedingung:</translation>
    </message>
    <message>
        <source>stable (Habitat&apos;s default)</source>
        <translation>stable (Standard von Habitat)</translation>
    </message>
    <message>
        <source>The Builder channel updates come from (--channel)</source>
        <translation>Der Builder-Kanal, aus dem Updates kommen (--channel)</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <source>https://bldr.habitat.sh (Habitat&apos;s default)</source>
        <translation>https://bldr.habitat.sh (Standard von Habitat)</translation>
    </message>
    <message>
        <source>The Builder the updates come from (--url)</source>
        <translation>Der Builder, von dem die Updates kommen (--url)</translation>
    </message>
    <message>
        <source>Builder URL:</source>
        <translation>Builder-URL:</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of seconds; it is not taken</source>
        <translation>„%1“ ist keine ganze Zahl von Sekunden; der Wert wird nicht übernommen</translation>
    </message>
    <message>
        <source>30 (Habitat&apos;s default)</source>
        <translation>30 (Standard von Habitat)</translation>
    </message>
    <message>
        <source>How often, in seconds, the Supervisor runs the service&apos;s health-check hook (--health-check-interval)</source>
        <translation>Wie oft in Sekunden der Supervisor den Health-Check-Hook des Dienstes ausführt (--health-check-interval)</translation>
    </message>
    <message>
        <source>Health-check interval (s):</source>
        <translation>Health-Check-Intervall (s):</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Keep the service&apos;s data on a persistent volume</source>
        <translation>Die Daten des Dienstes auf einem persistenten Volume behalten</translation>
    </message>
    <message>
        <source>A persistent local volume on the agent for the service&apos;s data directory: it outlives restarts, and the task stays on that agent</source>
        <translation>Ein persistentes lokales Volume auf dem Agent für das Datenverzeichnis des Dienstes: Es übersteht Neustarts, und der Task bleibt auf diesem Agent</translation>
    </message>
    <message>
        <source>The volume needs a size in MiB; an empty size is not taken</source>
        <translation>Das Volume braucht eine Größe in MiB; eine leere Größe wird nicht übernommen</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of MiB; it is not taken</source>
        <translation>„%1“ ist keine ganze Zahl von MiB; der Wert wird nicht übernommen</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Bind %1: %2</source>
        <translation>Bind %1: %2</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Ring</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Alone</source>
        <translation>Allein</translation>
    </message>
    <message>
        <source>Marathon task list</source>
        <translation>Task-Liste von Marathon</translation>
    </message>
    <message>
        <source>Fixed peers</source>
        <translation>Feste Peers</translation>
    </message>
    <message>
        <source>How each task&apos;s Supervisor finds the other members of its ring</source>
        <translation>Wie der Supervisor jedes Tasks die anderen Mitglieder seines Rings findet</translation>
    </message>
    <message>
        <source>Discovery:</source>
        <translation>Erkennung:</translation>
    </message>
    <message>
        <source>the app&apos;s own ring</source>
        <translation>der eigene Ring der App</translation>
    </message>
    <message>
        <source>Apps that name the same ring form one (a web app and its database): every app of the ring is labelled with it. Empty: a ring of this app&apos;s tasks only</source>
        <translation>Apps, die denselben Ring nennen, bilden einen (eine Web-App und ihre Datenbank): Jede App des Rings erhält ihn als Label. Leer: ein Ring nur aus den Tasks dieser App</translation>
    </message>
    <message>
        <source>Ring name:</source>
        <translation>Ring-Name:</translation>
    </message>
    <message>
        <source>the server the app is deployed to</source>
        <translation>der Server, auf den die App deployt wird</translation>
    </message>
    <message>
        <source>The Marathon the tasks ask for the ring&apos;s task list; it must be reachable from the agents</source>
        <translation>Der Marathon, den die Tasks nach der Task-Liste des Rings fragen; er muss von den Agents erreichbar sein</translation>
    </message>
    <message>
        <source>Use the selected server</source>
        <translation>Ausgewählten Server verwenden</translation>
    </message>
    <message>
        <source>Marathon URL:</source>
        <translation>Marathon-URL:</translation>
    </message>
    <message>
        <source>bastion-1.example.com:9638
10.0.0.7</source>
        <translation>bastion-1.example.com:9638
10.0.0.7</translation>
    </message>
    <message>
        <source>The permanent peers every task joins (a bastion app): host or host:port, one per line; the port is the gossip port, 9638 when not given</source>
        <translation>Die festen Peers, denen jeder Task beitritt (eine Bastion-App): host oder host:port, einer pro Zeile; der Port ist der Gossip-Port, 9638, wenn keiner angegeben ist</translation>
    </message>
    <message>
        <source>Peers:</source>
        <translation>Peers:</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Only where each secret is kept goes into the definition; the value itself never does.</source>
        <translation>In die Definition kommt nur, wo jedes Secret aufbewahrt wird, nie der Wert selbst.</translation>
    </message>
    <message>
        <source>Ring key:</source>
        <translation>Ring-Schlüssel:</translation>
    </message>
    <message>
        <source>The ring&apos;s symmetric key (the contents of a SYM-SEC-1 file, as hab ring key generate writes it): every member of the ring needs the same</source>
        <translation>Der symmetrische Schlüssel des Rings (der Inhalt einer SYM-SEC-1-Datei, wie hab ring key generate sie schreibt): Jedes Mitglied des Rings braucht denselben</translation>
    </message>
    <message>
        <source>Gateway token:</source>
        <translation>Gateway-Token:</translation>
    </message>
    <message>
        <source>The token the Supervisor&apos;s HTTP gateway asks of its clients (HAB_SUP_GATEWAY_AUTH_TOKEN)</source>
        <translation>Das Token, das das HTTP-Gateway des Supervisors von seinen Clients verlangt (HAB_SUP_GATEWAY_AUTH_TOKEN)</translation>
    </message>
    <message>
        <source>Marathon credentials:</source>
        <translation>Marathon-Zugangsdaten:</translation>
    </message>
    <message>
        <source>The Authorization header the tasks send when they ask Marathon for the ring&apos;s task list</source>
        <translation>Der Authorization-Header, den die Tasks senden, wenn sie Marathon nach der Task-Liste des Rings fragen</translation>
    </message>
    <message>
        <source>Marathon secret</source>
        <translation>Marathon-Secret</translation>
    </message>
    <message>
        <source>File fetched with the app</source>
        <translation>Mit der App abgerufene Datei</translation>
    </message>
    <message>
        <source>%1 source</source>
        <translation>Quelle für %1</translation>
    </message>
    <message>
        <source>%1 reference</source>
        <translation>%1 (Verweis)</translation>
    </message>
    <message>
        <source>No Marathon server is selected in the Marathon panel</source>
        <translation>Im Marathon-Bereich ist kein Marathon-Server ausgewählt</translation>
    </message>
    <message>
        <source>Fill in %1, the server selected in the Marathon panel</source>
        <translation>%1 eintragen, den im Marathon-Bereich ausgewählten Server</translation>
    </message>
    <message>
        <source>its path in the secret store</source>
        <translation>sein Pfad im Secret Store</translation>
    </message>
    <message>
        <source>URI the agents download it from</source>
        <translation>URI, von der die Agents sie herunterladen</translation>
    </message>
    <message>
        <source>Marathon&apos;s task list when the app runs two or more instances or names a ring; otherwise each task runs alone.</source>
        <translation>Die Task-Liste von Marathon, wenn die App zwei oder mehr Instanzen ausführt oder einen Ring nennt; sonst läuft jeder Task allein.</translation>
    </message>
    <message>
        <source>No ring: each task&apos;s Supervisor runs by itself and sees no other service.</source>
        <translation>Kein Ring: Der Supervisor jedes Tasks läuft für sich und sieht keinen anderen Dienst.</translation>
    </message>
    <message>
        <source>The tasks ask Marathon for the running tasks of every app labelled with the ring&apos;s name, and join them.</source>
        <translation>Die Tasks fragen Marathon nach den laufenden Tasks jeder App mit dem Namen des Rings als Label und treten ihnen bei.</translation>
    </message>
    <message>
        <source>The tasks join fixed, permanent peers (a bastion app), one host[:port] per line below.</source>
        <translation>Die Tasks treten festen, dauerhaften Peers bei (einer Bastion-App), unten ein host[:port] pro Zeile.</translation>
    </message>
</context>
<context>
    <name>habmesos::SessionKeeper</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the Marathon JSON</source>
        <translation>Das Marathon-JSON speichern</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>The last session could not be restored: %1</source>
        <translation>Die letzte Sitzung konnte nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>The last session&apos;s package %1 is not there any more; its settings are kept until another package is opened. Add the package to the cache (or open it), then reopen it from File ▸ Open Recent.</source>
        <translation>Das Paket %1 der letzten Sitzung ist nicht mehr vorhanden; seine Einstellungen bleiben erhalten, bis ein anderes Paket geöffnet wird. Fügen Sie das Paket dem Cache hinzu (oder öffnen Sie es), und öffnen Sie es dann erneut über Datei ▸ Zuletzt geöffnet.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 runs %2, which is not among the packages here; add it to the cache (or open its .hart file) and open the definition again</source>
        <translation>%1 führt %2 aus, das nicht unter den Paketen hier ist; fügen Sie es dem Cache hinzu (oder öffnen Sie seine .hart-Datei), und öffnen Sie die Definition erneut</translation>
    </message>
    <message>
        <source>%1 is too large for an app definition (more than %2 MiB)</source>
        <translation>%1 ist zu groß für eine App-Definition (mehr als %2 MiB)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 could not be read, so %2 was not opened</source>
        <translation>%1 konnte nicht gelesen werden, daher wurde %2 nicht geöffnet</translation>
    </message>
    <message>
        <source>the last session</source>
        <translation>die letzte Sitzung</translation>
    </message>
    <message>
        <source>Restore the last session</source>
        <translation>Letzte Sitzung wiederherstellen</translation>
    </message>
    <message>
        <source>Restored the last session of %1</source>
        <translation>Letzte Sitzung von %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1. geöffnet</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>The definition of %1 has changes that are not saved. Save them to a file?</source>
        <translation>Die Definition von %1 hat ungespeicherte Änderungen. In einer Datei speichern?</translation>
    </message>
    <message>
        <source>The definition of %1 has changes that are not saved in %2. Save them?</source>
        <translation>Die Definition von %1 hat Änderungen, die nicht in %2 gespeichert sind. Speichern?</translation>
    </message>
    <message>
        <source>The definition was not saved, so nothing was closed: %1</source>
        <translation>Die Definition wurde nicht gespeichert, daher wurde nichts geschlossen: %1</translation>
    </message>
</context>
<context>
    <name>habmesos::Settings</name>
    <message>
        <source>%1: cannot read the settings file</source>
        <translation>%1: Die Einstellungsdatei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: the settings file is damaged; using the defaults</source>
        <translation>%1: Die Einstellungsdatei ist beschädigt; es werden die Standardwerte verwendet</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: Der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: cannot write the settings file</source>
        <translation>%1: Die Einstellungsdatei kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>habmesos::ShortList</name>
    <message numerus="yes">
        <source>%1 … and %Ln more</source>
        <translation>
            <numerusform>%1 … und %Ln weitere</numerusform>
            <numerusform>%1 … und %Ln weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>habmesos::Subcommand</name>
    <message>
        <source>Show a package, its signature and its closure; check them</source>
        <translation>Ein Paket, seine Signatur und seine Abhängigkeitshülle anzeigen und prüfen</translation>
    </message>
    <message>
        <source>Build the Mesos container tarball and print the Marathon application JSON</source>
        <translation>Den Mesos-Container-Tarball bauen und das JSON der Marathon-Anwendung ausgeben</translation>
    </message>
    <message>
        <source>Usage: %1 [&lt;subcommand&gt; [options] ...]

Exports Chef Habitat packages as Mesos container tarballs and Marathon applications.
Without a subcommand, opens the main window.

Subcommands (run without a display; `%1 &lt;subcommand&gt; --help` for details):
</source>
        <translation>Aufruf: %1 [&lt;Unterbefehl&gt; [Optionen] ...]

Exportiert Chef-Habitat-Pakete als Mesos-Container-Tarballs und Marathon-Anwendungen.
Ohne Unterbefehl wird das Hauptfenster geöffnet.

Unterbefehle (laufen ohne grafische Oberfläche; Einzelheiten mit `%1 &lt;Unterbefehl&gt; --help`):
</translation>
    </message>
    <message>
        <source>
Options:
  -h, --help     Displays this help.
  -v, --version  Displays version information.
</source>
        <translation>
Optionen:
  -h, --help     Zeigt diese Hilfe an.
  -v, --version  Zeigt die Versionsinformationen an.
</translation>
    </message>
    <message>
        <source>%1: unknown subcommand “%2”; try --help
</source>
        <translation>%1: unbekannter Unterbefehl „%2“; siehe --help
</translation>
    </message>
    <message>
        <source>Download a package&apos;s closure and its keys from Builder into hab&apos;s caches, verified</source>
        <translation>Die Abhängigkeitshülle eines Pakets und ihre Schlüssel verifiziert von Builder in die Caches von hab herunterladen</translation>
    </message>
</context>
<context>
    <name>habmesos::SupervisorCensus</name>
    <message>
        <source>Asking task %1 for its census</source>
        <translation>Task %1 wird nach seinem Census gefragt</translation>
    </message>
    <message>
        <source>the census</source>
        <translation>der Census</translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>Task %1</translation>
    </message>
    <message>
        <source>Task %1 at %2</source>
        <translation>Task %1 unter %2</translation>
    </message>
    <message>
        <source>%1 is %2, not running: its Supervisor cannot be asked yet. Ask again once Marathon shows it running.</source>
        <translation>%1 ist %2 und läuft nicht: Sein Supervisor kann noch nicht gefragt werden. Fragen Sie erneut, sobald Marathon ihn als laufend anzeigt.</translation>
    </message>
    <message>
        <source>%1 has no port for the Supervisor&apos;s HTTP gateway (hab-http) in Marathon&apos;s task list; it may still be starting. Reload, or give the app a port named hab-http.</source>
        <translation>%1 hat in der Task-Liste von Marathon keinen Port für das HTTP-Gateway des Supervisors (hab-http); vielleicht startet er noch. Laden Sie neu, oder geben Sie der App einen Port namens hab-http.</translation>
    </message>
    <message>
        <source>%1: nothing listens there (connection refused). The Supervisor may not have started yet, or listens on another port: look at the task&apos;s log.</source>
        <translation>%1: Dort lauscht nichts (Verbindung abgelehnt). Der Supervisor ist vielleicht noch nicht gestartet oder lauscht auf einem anderen Port: Sehen Sie im Log des Tasks nach.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s). A firewall may block the agent&apos;s ports from here, or the agent is down.</source>
        <translation>
            <numerusform>%1 hat nicht innerhalb von %n Sekunde geantwortet. Vielleicht blockiert eine Firewall die Ports des Agents von hier aus, oder der Agent ist ausgefallen.</numerusform>
            <numerusform>%1 hat nicht innerhalb von %n Sekunden geantwortet. Vielleicht blockiert eine Firewall die Ports des Agents von hier aus, oder der Agent ist ausgefallen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the Supervisor&apos;s gateway asks for a token (the app sets HAB_SUP_GATEWAY_AUTH_TOKEN). Enter the gateway token and ask again.</source>
        <translation>%1: Das Gateway des Supervisors verlangt ein Token (die App setzt HAB_SUP_GATEWAY_AUTH_TOKEN). Geben Sie das Gateway-Token ein und fragen Sie erneut.</translation>
    </message>
    <message>
        <source>%1: the Supervisor&apos;s gateway refused the token. Enter the app&apos;s gateway token again.</source>
        <translation>%1: Das Gateway des Supervisors hat das Token abgelehnt. Geben Sie das Gateway-Token der App erneut ein.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 instead of the census. Is the port named hab-http the Supervisor&apos;s HTTP gateway?</source>
        <translation>%1 antwortete mit HTTP %2 statt mit dem Census. Ist der Port namens hab-http das HTTP-Gateway des Supervisors?</translation>
    </message>
    <message>
        <source>%1 did not answer with a Supervisor census (%2). Is the port named hab-http the Supervisor&apos;s HTTP gateway?</source>
        <translation>%1 hat nicht mit einem Supervisor-Census geantwortet (%2). Ist der Port namens hab-http das HTTP-Gateway des Supervisors?</translation>
    </message>
    <message>
        <source>%1 could not be asked: %2</source>
        <translation>%1 konnte nicht abgefragt werden: %2</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>is not text</source>
        <translation>ist kein Text</translation>
    </message>
    <message>
        <source>is not true or false</source>
        <translation>ist nicht true oder false</translation>
    </message>
    <message>
        <source>is not a port number</source>
        <translation>ist keine Portnummer</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>ist kein Objekt</translation>
    </message>
    <message>
        <source>%1: “%2” %3</source>
        <translation>%1: „%2“ %3</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 ist kein Objekt</translation>
    </message>
    <message>
        <source>%1 is listed under another id (%2)</source>
        <translation>%1 ist unter einer anderen ID aufgeführt (%2)</translation>
    </message>
    <message>
        <source>%1, “sys”</source>
        <translation>%1, „sys“</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>die Antwort ist leer</translation>
    </message>
    <message>
        <source>the answer is not JSON; it starts with “%1”</source>
        <translation>die Antwort ist kein JSON; sie beginnt mit „%1“</translation>
    </message>
    <message>
        <source>service group %1</source>
        <translation>Dienstgruppe %1</translation>
    </message>
    <message>
        <source>%1, member %2</source>
        <translation>%1, Mitglied %2</translation>
    </message>
    <message>
        <source>%1 has no port named %2, so its Supervisors&apos; HTTP gateway cannot be found. Export the app with the Supervisor&apos;s ports (hab-gossip, hab-http, hab-ctl) and deploy it again.</source>
        <translation>%1 hat keinen Port namens %2, daher lässt sich das HTTP-Gateway seiner Supervisors nicht finden. Exportieren Sie die App mit den Ports des Supervisors (hab-gossip, hab-http, hab-ctl), und deployen Sie sie erneut.</translation>
    </message>
    <message>
        <source>The app</source>
        <translation>Die App</translation>
    </message>
</context>
<context>
    <name>habmesos::SupervisorRoles</name>
    <message>
        <source>%1 cannot be the Supervisor&apos;s %2 package: it has no bin/%3</source>
        <translation>%1 kann nicht das %2-Paket des Supervisors sein: Es hat kein bin/%3</translation>
    </message>
</context>
<context>
    <name>habmesos::TarArchives</name>
    <message>
        <source>Could not write %1: %2: %3</source>
        <translation>%1 kann nicht geschrieben werden: %2: %3</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Could not write %1: out of memory (libarchive)</source>
        <translation>%1 kann nicht geschrieben werden: Arbeitsspeicher erschöpft (libarchive)</translation>
    </message>
    <message>
        <source>choosing the pax format</source>
        <translation>beim Wählen des pax-Formats</translation>
    </message>
    <message>
        <source>setting the pax option hdrcharset=BINARY</source>
        <translation>beim Setzen der pax-Option hdrcharset=BINARY</translation>
    </message>
    <message>
        <source>setting unblocked output</source>
        <translation>beim Einstellen der ungeblockten Ausgabe</translation>
    </message>
    <message>
        <source>starting the tar stream</source>
        <translation>beim Beginnen des tar-Datenstroms</translation>
    </message>
    <message>
        <source>tar member “%1”</source>
        <translation>tar-Eintrag „%1“</translation>
    </message>
    <message>
        <source>Could not write %1: %2: out of memory (libarchive)</source>
        <translation>%1 kann nicht geschrieben werden: %2: Arbeitsspeicher erschöpft (libarchive)</translation>
    </message>
    <message>
        <source>ending the tar stream</source>
        <translation>beim Beenden des tar-Datenstroms</translation>
    </message>
</context>
<context>
    <name>habmesos::TarEntry</name>
    <message>
        <source>tar member “%1”: %2</source>
        <translation>tar-Eintrag „%1“: %2</translation>
    </message>
    <message>
        <source>only the root directory may have an empty path</source>
        <translation>nur das Wurzelverzeichnis darf einen leeren Pfad haben</translation>
    </message>
    <message>
        <source>the path or link target contains a NUL character</source>
        <translation>der Pfad oder das Linkziel enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>the path contains “..” (extractors refuse it)</source>
        <translation>der Pfad enthält „..“ (Entpacker lehnen das ab)</translation>
    </message>
    <message>
        <source>negative size</source>
        <translation>negative Größe</translation>
    </message>
    <message>
        <source>a link needs a target</source>
        <translation>ein Link braucht ein Ziel</translation>
    </message>
    <message>
        <source>the hardlink target must be a member path without “..”</source>
        <translation>das Ziel eines Hardlinks muss ein Eintragspfad ohne „..“ sein</translation>
    </message>
</context>
<context>
    <name>habmesos::TarballUploader</name>
    <message>
        <source>Uploading %1 to %2</source>
        <translation>Hochladen von %1 nach %2</translation>
    </message>
    <message>
        <source>%1: only http and https URLs can be uploaded to</source>
        <translation>%1: Hochladen ist nur an http- und https-URLs möglich</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1: canceled.</source>
        <translation>%1: abgebrochen.</translation>
    </message>
    <message>
        <source>%1 failed: the server answered HTTP %2 %3</source>
        <translation>%1 fehlgeschlagen: Der Server antwortete mit HTTP %2 %3</translation>
    </message>
    <message>
        <source>. The server wants credentials; give a user and password.</source>
        <translation>. Der Server verlangt Zugangsdaten; geben Sie Benutzer und Passwort an.</translation>
    </message>
    <message>
        <source>. The server does not accept uploads there: check that it allows PUT (WebDAV) at this path and that the credentials may write.</source>
        <translation>. Der Server nimmt dort keine Uploads an: Prüfen Sie, ob er unter diesem Pfad PUT (WebDAV) erlaubt und ob die Zugangsdaten schreiben dürfen.</translation>
    </message>
    <message>
        <source>. The folder may not exist on the server.</source>
        <translation>. Der Ordner existiert auf dem Server möglicherweise nicht.</translation>
    </message>
    <message>
        <source>. The file is larger than the server accepts.</source>
        <translation>. Die Datei ist größer, als der Server annimmt.</translation>
    </message>
    <message>
        <source>Uploading %1 to Marathon&apos;s artifact store: canceled.</source>
        <translation>Hochladen von %1 in den Artefaktspeicher von Marathon: abgebrochen.</translation>
    </message>
    <message>
        <source>Uploading %1 to Marathon&apos;s artifact store at %2</source>
        <translation>Hochladen von %1 in den Artefaktspeicher von Marathon bei %2</translation>
    </message>
    <message>
        <source>%1: this Marathon has no artifact store (HTTP %2: %3). The store existed in Marathon 0.7 to 1.4 and was removed in 1.5; upload the tarball to an HTTP or WebDAV server instead.</source>
        <translation>%1: Dieses Marathon hat keinen Artefaktspeicher (HTTP %2: %3). Den Speicher gab es in Marathon 0.7 bis 1.4, in 1.5 wurde er entfernt; laden Sie den Tarball stattdessen auf einen HTTP- oder WebDAV-Server hoch.</translation>
    </message>
    <message>
        <source>%1: Marathon has no artifact store configured (%2). Start it with --artifact_store, or upload the tarball to an HTTP or WebDAV server instead.</source>
        <translation>%1: In Marathon ist kein Artefaktspeicher konfiguriert (%2). Starten Sie es mit --artifact_store oder laden Sie den Tarball stattdessen auf einen HTTP- oder WebDAV-Server hoch.</translation>
    </message>
</context>
<context>
    <name>habmesos::TarballWriter</name>
    <message>
        <source>gzip block size %1 is out of range (4 KiB to 1 GiB)</source>
        <translation>gzip-Blockgröße %1 liegt außerhalb des erlaubten Bereichs (4 KiB bis 1 GiB)</translation>
    </message>
    <message>
        <source>Could not write %1: tar member “%2”: more data than its declared %3 bytes</source>
        <translation>%1 kann nicht geschrieben werden: tar-Eintrag „%2“: mehr Daten als seine angegebenen %3 Bytes</translation>
    </message>
    <message>
        <source>Could not write %1: a segment is already open</source>
        <translation>%1 kann nicht geschrieben werden: Ein Segment ist bereits geöffnet</translation>
    </message>
    <message>
        <source>Could not write %1: only gzip tarballs can keep segments</source>
        <translation>%1 kann nicht geschrieben werden: Nur gzip-Tarballs können Segmente behalten</translation>
    </message>
    <message>
        <source>Could not write %1: “%2” is not a segment cache key</source>
        <translation>%1 kann nicht geschrieben werden: „%2“ ist kein Segment-Cache-Schlüssel</translation>
    </message>
    <message>
        <source>Could not write %1: no segment is open</source>
        <translation>%1 kann nicht geschrieben werden: Es ist kein Segment geöffnet</translation>
    </message>
    <message>
        <source>Could not read the cached segment %1: %2</source>
        <translation>Das Segment %1 im Cache kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The cached segment %1 changed while being read</source>
        <translation>Das Segment %1 im Cache hat sich beim Lesen geändert</translation>
    </message>
    <message>
        <source>the file is shorter than its trailer says</source>
        <translation>die Datei ist kürzer, als ihr Trailer angibt</translation>
    </message>
    <message>
        <source>Could not write %1: a segment is still open</source>
        <translation>%1 kann nicht geschrieben werden: Ein Segment ist noch geöffnet</translation>
    </message>
    <message>
        <source>The tarball is not open</source>
        <translation>Der Tarball ist nicht geöffnet</translation>
    </message>
    <message>
        <source>Could not write %1: tar member “%2”: %3 of its %4 bytes are missing</source>
        <translation>%1 kann nicht geschrieben werden: tar-Eintrag „%2“: %3 seiner %4 Bytes fehlen</translation>
    </message>
    <message>
        <source>Cannot append the compressed segment %1 to %2: only gzip tarballs take segments</source>
        <translation>Das komprimierte Segment %1 kann nicht an %2 angehängt werden: Nur gzip-Tarballs nehmen Segmente auf</translation>
    </message>
    <message>
        <source>Cannot append the compressed segment %1 inside a segment</source>
        <translation>Das komprimierte Segment %1 kann nicht innerhalb eines Segments angehängt werden</translation>
    </message>
    <message>
        <source>Cannot append the compressed segment %1 before the data of “%2” is complete</source>
        <translation>Das komprimierte Segment %1 kann nicht angehängt werden, bevor die Daten von „%2“ vollständig sind</translation>
    </message>
    <message>
        <source>Cannot append the compressed segment %1: it was made with gzip level %2 and %3-byte blocks, this tarball uses level %4 and %5-byte blocks</source>
        <translation>Das komprimierte Segment %1 kann nicht angehängt werden: Es wurde mit gzip-Stufe %2 und %3-Byte-Blöcken erstellt, dieser Tarball verwendet Stufe %4 und %5-Byte-Blöcke</translation>
    </message>
    <message>
        <source>Cannot append the compressed segment %1: it is not whole tar blocks</source>
        <translation>Das komprimierte Segment %1 kann nicht angehängt werden: Es besteht nicht aus ganzen tar-Blöcken</translation>
    </message>
    <message>
        <source>Could not write %1: </source>
        <translation>%1 kann nicht geschrieben werden: </translation>
    </message>
</context>
<context>
    <name>habmesos::UploadBox</name>
    <message>
        <source>Upload the tarball</source>
        <translation>Tarball hochladen</translation>
    </message>
    <message>
        <source>No tarball built yet.</source>
        <translation>Noch kein Tarball erstellt.</translation>
    </message>
    <message>
        <source>To a &amp;URL (WebDAV or pre-signed PUT):</source>
        <translation>An eine &amp;URL (WebDAV oder vorsignierter PUT):</translation>
    </message>
    <message>
        <source>To Marathon&apos;s &amp;artifact store (Marathon 1.4 and older)</source>
        <translation>In den Arte&amp;faktspeicher von Marathon (Marathon 1.4 und älter)</translation>
    </message>
    <message>
        <source>https://files.example.com/habitat/ (a folder URL gets the file name)</source>
        <translation>https://files.example.com/habitat/ (an eine Ordner-URL wird der Dateiname angehängt)</translation>
    </message>
    <message>
        <source>Only if agents download from another URL than the upload URL</source>
        <translation>Nur wenn die Agents von einer anderen URL herunterladen als der Upload-URL</translation>
    </message>
    <message>
        <source>U&amp;pload tarball</source>
        <translation>&amp;Tarball hochladen</translation>
    </message>
    <message>
        <source>Upload URL:</source>
        <translation>Upload-URL:</translation>
    </message>
    <message>
        <source>Download URL:</source>
        <translation>Download-URL:</translation>
    </message>
    <message>
        <source>Tarball: %1</source>
        <translation>Tarball: %1</translation>
    </message>
    <message>
        <source>Uploading %1 to the artifact store of %2…</source>
        <translation>%1 wird in den Artefaktspeicher von %2 hochgeladen…</translation>
    </message>
    <message>
        <source>Upload URL: give an http:// or https:// address, e.g. https://files.example.com/habitat/</source>
        <translation>Upload-URL: Geben Sie eine http://- oder https://-Adresse an, z. B. https://files.example.com/habitat/</translation>
    </message>
    <message>
        <source>Uploading %1 to %2…</source>
        <translation>%1 wird nach %2 hochgeladen…</translation>
    </message>
    <message>
        <source>Upload canceled.</source>
        <translation>Upload abgebrochen.</translation>
    </message>
    <message>
        <source>Uploaded %1; the application now needs another tarball, so its fetch URI was left as it is.</source>
        <translation>%1 hochgeladen; die Anwendung braucht inzwischen einen anderen Tarball, daher blieb ihre Fetch-URI unverändert.</translation>
    </message>
    <message>
        <source>Uploaded. Mesos agents download the tarball from %1</source>
        <translation>Hochgeladen. Die Mesos-Agents laden den Tarball von %1 herunter</translation>
    </message>
</context>
<context>
    <name>habmesos::XzStreamEncoder</name>
    <message>
        <source>xz compression: out of memory</source>
        <translation>xz-Kompression: Arbeitsspeicher erschöpft</translation>
    </message>
    <message>
        <source>xz compression: unsupported preset</source>
        <translation>xz-Kompression: nicht unterstützte Voreinstellung</translation>
    </message>
    <message>
        <source>xz compression: unsupported check</source>
        <translation>xz-Kompression: nicht unterstützte Prüfsumme</translation>
    </message>
    <message>
        <source>xz compression failed (liblzma error %1)</source>
        <translation>xz-Kompression fehlgeschlagen (liblzma-Fehler %1)</translation>
    </message>
    <message>
        <source>xz level %1 is not supported (0-9)</source>
        <translation>xz-Stufe %1 wird nicht unterstützt (0–9)</translation>
    </message>
    <message>
        <source>xz compression was not started</source>
        <translation>xz-Kompression wurde nicht gestartet</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Habitat packages on Mesos and Marathon</source>
        <translation>Habitat-Pakete auf Mesos und Marathon</translation>
    </message>
    <message>
        <source>Open the built-in demo package</source>
        <translation>Das eingebaute Demo-Paket öffnen</translation>
    </message>
    <message>
        <source>Render the main window&apos;s states into DIR as PNG files and exit</source>
        <translation>Die Zustände des Hauptfensters als PNG-Dateien nach DIR rendern und beenden</translation>
    </message>
    <message>
        <source>A .hart file or package ident to open</source>
        <translation>Eine .hart-Datei oder ein Paket-Ident zum Öffnen</translation>
    </message>
</context>
</TS>
