<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>KeyCache</name>
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
    <name>Settings</name>
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
        <translation>%1: Zeile 2: Signaturschlüsselname &lt;Ursprung&gt;-&lt;JJJJMMTThhmmss&gt; erwartet, „%2“ gefunden</translation>
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
    <name>habmesos::MainWindow</name>
    <message>
        <source>Habitat to Mesos exporter</source>
        <translation>Habitat-nach-Mesos-Exporter</translation>
    </message>
    <message>
        <source>Pick a Habitat package to export.</source>
        <translation>Wählen Sie ein Habitat-Paket zum Exportieren aus.</translation>
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
    <name>habmesos::PackageIdent</name>
    <message>
        <source>“%1” is not a package identifier: expected origin/name[/version[/release]]</source>
        <translation>„%1“ ist keine Paketkennung: erwartet wird Ursprung/Name[/Version[/Release]]</translation>
    </message>
    <message>
        <source>“%1”: invalid origin “%2” (lowercase letters, digits, &apos;-&apos; and &apos;_&apos;, starting with a letter or digit)</source>
        <translation>„%1“: ungültiger Ursprung „%2“ (Kleinbuchstaben, Ziffern, „-“ und „_“, beginnend mit einem Buchstaben oder einer Ziffer)</translation>
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
        <translation>%1: Dies ist ein Verschlüsselungsschlüssel (BOX-PUB-1), kein Signaturschlüssel eines Ursprungs (SIG-PUB-1)</translation>
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
        <translation>%1: Zeile 2: „%2“ ist kein Schlüsselname der Form &lt;Ursprung&gt;-&lt;JJJJMMTThhmmss&gt;</translation>
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
</TS>
