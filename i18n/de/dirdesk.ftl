# dirdesk — Deutsch

## Fenster und Navigation
app-title = dirdesk Admin Center
nav-identity-stores = Identitätsspeicher
nav-notifications = Benachrichtigungen
nav-history = Verlauf

## Seite „Identitätsspeicher“
identity-stores-title = Identitätsspeicher
identity-stores-create = Identitätsspeicher erstellen
identity-stores-empty = Noch keine Identitätsspeicher. Klicken Sie auf „Identitätsspeicher erstellen“, um dirdesk mit einer Active-Directory-Domäne oder einem LDAP-Verzeichnis zu verbinden.

## Seite „Benachrichtigungen“ (Warteschlange)
notifications-title = Benachrichtigungen
notifications-empty = Keine Benachrichtigungen in der Warteschlange.

## Seite „Verlauf“
history-title = Verlauf
history-empty = Über dirdesk wurden noch keine Änderungen vorgenommen.

## Befehlszeile
cli-error = Fehler: { $message }

## Distinguished Names
dn-empty = der DN ist leer
dn-missing-equals = „{ $part }“ enthält kein „=“: jeder Teil eines DN sieht aus wie cn=Name
dn-bad-attribute-type = „{ $part }“ ist kein Attributtyp
dn-empty-value = „{ $part }“ hat einen leeren Wert
dn-bad-escape = „{ $part }“ endet mit einer unvollständigen Escape-Sequenz

## Prüfung von Identitätsspeichern und Benachrichtigungseinstellungen
invalid-name-empty = Geben Sie einen Namen für den Identitätsspeicher ein.
invalid-name-taken = Es gibt bereits einen Identitätsspeicher namens „{ $name }“.
invalid-no-servers = Fügen Sie mindestens einen Server hinzu (Domänenname oder Hostname).
invalid-host = „{ $host }“ ist kein Hostname und keine IP-Adresse.
invalid-port = Der Port von { $server } muss zwischen 1 und 65535 liegen.
invalid-base-dn = Der Basis-DN ist ungültig: { $reason }.
invalid-login-attribute = „{ $attribute }“ ist kein Attributname.
invalid-service-account = „{ $account }“ ist kein Dienstkonto: Geben Sie einen DN ein (bei Active Directory auch benutzer@domäne oder DOMÄNE\benutzer).
invalid-smtp-server-empty = Geben Sie den SMTP-Server ein, der die Benachrichtigungen versendet.
invalid-smtp-port = Der SMTP-Port muss zwischen 1 und 65535 liegen.
invalid-ssl-on-25 = Port 25 spricht kein SSL: Verwenden Sie STARTTLS auf 25 oder 587, oder SSL auf 465.
invalid-from = „{ $address }“ ist keine E-Mail-Adresse für „Absenderadresse“.
invalid-smtp-username-empty = Geben Sie den SMTP-Benutzernamen ein oder schalten Sie „SMTP-Benutzerauthentifizierung verwenden“ aus.
invalid-address = „{ $address }“ ist keine E-Mail-Adresse.

## Konfigurationsdatei
config-damaged = Die Konfigurationsdatei { $path } ist in Zeile { $line }, Spalte { $column } beschädigt: { $reason }. Sie wurde unverändert gelassen, eine Kopie liegt in { $backup }. Korrigieren Sie sie oder verschieben Sie sie, um neu zu beginnen.
config-newer = Die Konfigurationsdatei { $path } wurde von einem neueren dirdesk geschrieben (Format { $version }); diese Version ändert sie nicht.
config-io = { $path } kann nicht gelesen oder geschrieben werden: { $reason }

## Schlüsselbund
keychain-unavailable = Kein nutzbarer Schlüsselbund: { $reason }. dirdesk speichert Kennwörter nur im Schlüsselbund des Betriebssystems; entsperren oder starten Sie ihn (unter Linux einen Secret Service wie GNOME Keyring oder KWallet) und versuchen Sie es erneut.
keychain-failed = Der Schlüsselbund hat abgelehnt: { $reason }

## Verzeichnisverbindungen
ldap-refused = { $server } hat die Verbindung abgelehnt: Läuft der Verzeichnisserver, und stimmt der Port?
ldap-unreachable = { $server } ist nicht erreichbar: { $reason }
ldap-timeout = { $server } hat nicht rechtzeitig geantwortet.
ldap-cert-not-trusted = Dem TLS-Zertifikat von { $server } wird nicht vertraut: „{ $subject }“, ausgestellt von „{ $issuer }“. Wenn Ihre Organisation eine eigene Zertifizierungsstelle betreibt, wählen Sie deren CA-Zertifikatsdatei.
ldap-cert-wrong-name = Das TLS-Zertifikat von { $server } („{ $subject }“) gilt für andere Namen: { $names }. Verbinden Sie sich mit einem dieser Namen.
ldap-cert-expired = Das TLS-Zertifikat von { $server } („{ $subject }“) ist abgelaufen.
ldap-cert-other = Das TLS-Zertifikat von { $server } („{ $subject }“) wurde abgelehnt: { $reason }
ldap-tls = TLS mit { $server } ist fehlgeschlagen: { $reason }
ldap-wrong-credentials = Falscher Benutzername oder falsches Kennwort.
ldap-tls-required = { $server } verlangt dafür eine verschlüsselte Verbindung: Wählen Sie LDAPS oder StartTLS.
ldap-base-dn-not-found = Den Basis-DN „{ $base_dn }“ gibt es auf dem Server nicht.
ldap-base-dn-not-found-anonymous = Der Basis-DN „{ $base_dn }“ wurde nicht gefunden; ohne Dienstkonto verbirgt der Server ihn womöglich vor anonymen Benutzern.
ldap-server-error = Der Server antwortete mit Fehler { $code }: { $text }
ldap-disconnected = Die Verbindung zum Verzeichnis ist abgebrochen: { $reason }
ldap-referral = Das Verzeichnis hat an einen anderen Server verwiesen ({ $to }). dirdesk spricht nur mit den Servern des Identitätsspeichers und ist dem Verweis nicht gefolgt.
ldap-too-many-results = Das Verzeichnis hat über { $limit } Ergebnisse hinaus weitergeliefert; dirdesk hat das Lesen beendet. Grenzen Sie die Suche ein.
ldap-malformed = { $server } hat eine Antwort gesendet, die kein gültiges LDAP ist; nichts wurde geändert.
connection-server-failed = { $server }: { $reason }

## Gemeinsame Bezeichnungen (Wortlaut des Artikels)
store-type-ad = Active Directory
store-type-ldap = Generisches LDAP
security-ldaps = LDAPS
security-starttls = StartTLS
security-none = Keine (unsicher)
status-healthy = Fehlerfrei
status-errors = Fehler
status-not-checked = Nicht geprüft
smtp-security-ssl = SSL aktiviert
smtp-security-starttls = STARTTLS
smtp-security-none = Keine (unsicher)
label-smtp-server = SMTP-Server
label-from = Absenderadresse
label-port = Port
label-smtp-security = Sicherheit
label-use-smtp-auth = SMTP-Benutzerauthentifizierung verwenden
label-smtp-username = SMTP-Benutzername
label-smtp-ca-file = CA-Zertifikatsdatei
label-to = An:
label-cc = Cc:
also-logged-in-users = Angemeldete Benutzer für ihre Aktionen
also-object-modified = Geändertes Objekt
also-group-owners = Gruppenbesitzer für ihre Gruppen
also-managers = Vorgesetzte für ihre direkt unterstellten Mitarbeiter
also-added-members = Neu hinzugefügte Gruppenmitglieder beim Hinzufügen
also-removed-members = Entfernte Gruppenmitglieder beim Entfernen
also-public-group-owners = Besitzer öffentlicher Gruppen bei Beitritt und Austritt
membership-join = Beitreten
membership-leave = Austreten
my-groups = Meine Gruppen
column-name = NAME
column-type = TYP
column-servers = SERVER
column-security = SICHERHEIT
column-base-dn = BASIS-DN
column-enabled = AKTIVIERT
column-status = STATUS
column-last-check = LETZTE PRÜFUNG
yes = ja
no = nein
on = an
off = aus

## Meldungen der Befehlszeile
cli-no-such-store = Es gibt keinen Identitätsspeicher namens „{ $name }“.
cli-no-stores = Noch keine Identitätsspeicher. Fügen Sie einen hinzu mit: dirdesk store add --help
cli-bad-host = „{ $host }“ ist nicht HOST oder HOST:PORT.
cli-bad-addresses = Keine E-Mail-Adressen: { $addresses }
cli-empty-password = Das von der Standardeingabe gelesene Kennwort ist leer.
cli-prompt-service-password = Kennwort des Dienstkontos:
cli-store-added = Identitätsspeicher „{ $name }“ hinzugefügt.
cli-store-saved = Identitätsspeicher „{ $name }“ gespeichert.
cli-store-removed = Identitätsspeicher „{ $name }“ und seine Kennwörter entfernt.
cli-store-enabled = Identitätsspeicher „{ $name }“ aktiviert.
cli-store-disabled = Identitätsspeicher „{ $name }“ deaktiviert.
cli-test-server-ok = { $server }: verbunden ({ $vendor }; Namenskontexte: { $contexts })
cli-test-healthy = „{ $name }“ ist fehlerfrei.
cli-test-errors = „{ $name }“ hat Fehler: { $reason }
cli-notifications-saved = Benachrichtigungseinstellungen von „{ $name }“ gespeichert.
ldap-no-service-password = Für das Dienstkonto ist kein Kennwort gespeichert: Setzen Sie es mit --service-password-stdin.

## Objekte bearbeiten
edit-read-only = „{ $attribute }“ wird vom Verzeichnis verwaltet und kann nicht geändert werden.
edit-binary = „{ $attribute }“ enthält Binärdaten, die dirdesk nicht bearbeitet.
edit-single-valued = „{ $attribute }“ nimmt nur einen Wert auf.
ldap-account-locked = Dieses Konto ist gesperrt. Bitten Sie Ihren Administrator, es zu entsperren.
ldap-account-disabled = Dieses Konto ist deaktiviert.
ldap-password-expired = Das Kennwort dieses Kontos ist abgelaufen oder muss vor der Anmeldung geändert werden.
ldap-no-such-object = „{ $dn }“ existiert nicht (mehr).
change-nothing = Nichts zu speichern: Die Werte entsprechen denen im Verzeichnis.
change-conflict = Nicht gespeichert: Jemand anderes hat dieses Objekt geändert, seit Sie es geöffnet haben. Laden Sie es neu, um die aktuellen Werte zu sehen.
change-insufficient-access = Nicht gespeichert: Sie dürfen dies nicht ändern ({ $detail }).
membership-closed-join = Diese Gruppe erlaubt Mitgliedern nicht, ihr selbst beizutreten. Das Verzeichnis meldete: { $detail }
membership-closed-leave = Diese Gruppe erlaubt Mitgliedern nicht, selbst aus ihr auszutreten. Das Verzeichnis meldete: { $detail }
change-schema-violation = Nicht gespeichert: Das Verzeichnis akzeptiert diesen Wert nicht ({ $detail }).
change-refused = Nicht gespeichert: Das Verzeichnis hat die Änderung abgelehnt ({ $detail }).
change-busy = Nicht gespeichert: Das Verzeichnis ist ausgelastet oder nicht verfügbar ({ $detail }). Versuchen Sie es gleich noch einmal.
kind-group = Gruppe
kind-user = Benutzer
kind-other = Objekt
no-value = (kein Wert)
binary-value = <binär, { $bytes } Bytes>
cli-store-disabled-sign-in = Der Identitätsspeicher „{ $name }“ ist deaktiviert.
cli-prompt-password = Kennwort für { $user }:
cli-password-needed = Ein Kennwort wird benötigt: Verwenden Sie --password-stdin oder starten Sie in einem Terminal.
cli-found = { $count ->
    [one] 1 Objekt gefunden.
   *[other] { $count } Objekte gefunden.
}
cli-finished-earlier-change = Eine Änderung, die ein früherer Lauf gespeichert, aber nicht protokolliert hat, wurde abgeschlossen: { $change }
cli-bad-pair = „{ $pair }“ ist nicht ATTR=WERT.
cli-no-edits = Nichts zu ändern: Verwenden Sie --set, --add, --remove oder --clear.
cli-changed = „{ $name }“ ({ $kind }, { $dn }) geändert als { $author } am { $at }:
cli-current-value = { $attribute } ist jetzt: { $value }

## Benachrichtigungs-E-Mails
email-subject-own = Ihre Änderung: { $kind } „{ $name }“
email-subject-other = { $kind } „{ $name }“ wurde von { $author } geändert
email-greeting = Hallo { $name },
email-greeting-anonymous = Hallo,
email-intro-own = hiermit bestätigen wir Ihre Änderung an folgendem Objekt in { $store }: { $kind } „{ $name }“.
email-intro-other = { $author } hat folgendes Objekt in { $store } geändert: { $kind } „{ $name }“.
email-label-object = Objekt
email-label-dn = Distinguished Name
email-label-author = Geändert von
email-label-when = Zeitpunkt
email-col-attribute = Attribut
email-col-old = Alter Wert
email-col-new = Neuer Wert
email-added = Hinzugefügt
email-removed = Entfernt
email-no-value = (kein Wert)
email-why-logged-in-user = Sie erhalten diese E-Mail, weil Sie diese Änderung vorgenommen haben.
email-why-list = Sie erhalten diese E-Mail, weil diese Adresse auf der Benachrichtigungsliste des Identitätsspeichers steht.
email-why-object = Sie erhalten diese E-Mail, weil die Änderung Sie oder eine Ihrer Gruppen betrifft.
email-why-owner = Sie erhalten diese E-Mail, weil Sie Besitzer dieser Gruppe sind.
email-why-manager = Sie erhalten diese E-Mail, weil die Änderung eine Ihnen direkt unterstellte Person betrifft.
email-why-added = Sie erhalten diese E-Mail, weil Sie zu dieser Gruppe hinzugefügt wurden.
email-why-removed = Sie erhalten diese E-Mail, weil Sie aus dieser Gruppe entfernt wurden.
email-why-public-owner = Sie erhalten diese E-Mail, weil Sie Besitzer dieser Gruppe sind und jemand ihr selbst beigetreten oder aus ihr ausgetreten ist.
email-footer = Erstellt mit dirdesk.
email-digest-subject-own = Ihre Änderungen in { $store }: { $count }
email-digest-subject-other = Änderungen von { $author } in { $store }: { $count }
email-digest-intro-own = hiermit bestätigen wir die Änderungen, die Sie in einem Durchgang in { $store } vorgenommen haben: insgesamt { $count }.
email-digest-intro-other = { $author } hat in einem Durchgang Änderungen in { $store } vorgenommen: insgesamt { $count }.
email-digest-more = Hier sind die ersten { $listed } aufgeführt; die vollständige Liste (insgesamt { $count }) steht in der angehängten Datei { $file }.
email-digest-why-logged-in-user = Sie erhalten diese E-Mail, weil Sie diese Änderungen vorgenommen haben.
email-digest-why-object = Sie erhalten diese E-Mail, weil diese Änderungen Sie oder Gruppen betreffen, denen Sie angehören.
email-digest-why-owner = Sie erhalten diese E-Mail, weil Sie Besitzer von Gruppen sind, die geändert wurden.
email-digest-why-manager = Sie erhalten diese E-Mail, weil diese Änderungen Ihnen direkt unterstellte Personen betreffen.
email-digest-why-added = Sie erhalten diese E-Mail, weil Sie zu Gruppen hinzugefügt wurden.
email-digest-why-removed = Sie erhalten diese E-Mail, weil Sie aus Gruppen entfernt wurden.
email-digest-why-public-owner = Sie erhalten diese E-Mail, weil Sie Besitzer von Gruppen sind, denen jemand selbst beigetreten oder aus denen jemand selbst ausgetreten ist.

## Benachrichtigungswarteschlange
queue-error = Die Benachrichtigungswarteschlange { $path } kann nicht verwendet werden: { $reason }
queue-disk-full = Der Datenträger, auf dem sie liegt, ist voll. Geben Sie Speicherplatz frei; nichts ging verloren.
queue-read-only = In ihren Ordner kann nicht geschrieben werden (schreibgeschützt). Nichts ging verloren.

## Mailserver
smtp-not-configured = In den Benachrichtigungseinstellungen des Speichers ist kein SMTP-Server eingetragen.
smtp-refused = Der Mailserver { $server } hat die Verbindung abgelehnt: Läuft er, und stimmt der Port?
smtp-timeout = Der Mailserver { $server } hat nicht rechtzeitig geantwortet.
smtp-not-trusted = Dem TLS-Zertifikat des Mailservers { $server } wird nicht vertraut ({ $detail }). Wenn es von der eigenen Zertifizierungsstelle Ihrer Organisation signiert ist, tragen Sie deren CA-Zertifikatsdatei ein.
smtp-tls = TLS mit dem Mailserver { $server } ist fehlgeschlagen: { $detail }
smtp-auth-failed = Der Mailserver hat den SMTP-Benutzernamen oder das Kennwort abgelehnt: { $detail }
smtp-sender-refused = Der Mailserver hat die Absenderadresse abgelehnt: { $detail }
smtp-recipient-refused = Der Mailserver hat den Empfänger abgelehnt: { $detail }
smtp-permanent = Der Mailserver hat die Nachricht abgelehnt: { $detail }
smtp-temporary = Der Mailserver konnte die Nachricht gerade nicht annehmen: { $detail }
test-email-subject = dirdesk-Testbenachrichtigung
test-email-body = Dies ist eine Test-E-Mail von dirdesk, gesendet über { $server }. Wenn Sie sie lesen können, erreichen Sie die Benachrichtigungen.
cli-notify-sent = { $address }: gesendet ({ $answer })
cli-notify-queued = { $address }: in der Warteschlange — { $reason } Sie wird automatisch erneut versucht (dirdesk queue send --all sendet sie sofort; mit --user für einen Speicher mit gemeinsamer Datenbank).
cli-notify-failed = { $address }: nicht gesendet — { $reason }
cli-notify-not-mail-enabled = { $dn }: nicht gesendet — das Konto hat keine E-Mail-Adresse (Benachrichtigungen gehen nur an E-Mail-aktivierte Benutzer).
cli-notify-malformed = { $who }: nicht gesendet — „{ $address }“ ist keine verwendbare E-Mail-Adresse.
cli-notify-unwritten = { $who }: nicht gesendet — die E-Mail konnte nicht erstellt werden: { $problem }
cli-notify-none = Keine Benachrichtigungen zu dieser Änderung (für diesen Identitätsspeicher ist keine eingeschaltet).
cli-test-email-sent = Test-E-Mail an { $address } vom Server angenommen: { $answer }
queue-status-pending = Ausstehend
queue-status-sending = In Bearbeitung
queue-status-sent = Gesendet
queue-status-failed = Fehlgeschlagen
queue-col-id = ID
queue-col-status = Status
queue-col-subject = Betreff
queue-col-date = Datum
queue-col-to = An
queue-col-from = Von
queue-col-cc = Cc
queue-col-last-retry = Letzter Versuch
queue-col-retry-count = Versuche
queue-col-in-progress = In Bearbeitung
queue-last-error = letzter Fehler: { $error }
queue-no-such-email = Es gibt keine ungesendete E-Mail mit der ID { $id } in der Warteschlange.
queue-deleted = E-Mail { $id } aus der Warteschlange gelöscht.
queue-store-gone = { $count } E-Mails in der Warteschlange gehören zu einem Identitätsspeicher, den es nicht mehr gibt.
history-line = { $at }  { $author } hat „{ $name }“ ({ $dn }) in { $store } geändert

## Karten der Identitätsspeicher
store-disabled-badge = Deaktiviert
store-last-check = Letzte Verbindungsprüfung: { $when }
menu-more = Weitere Aktionen
menu-edit = Bearbeiten
menu-disable = Deaktivieren
menu-enable = Aktivieren
menu-delete = Löschen
delete-store-question = Den Identitätsspeicher „{ $name }“ löschen?
delete-store-explanation = Seine Einstellungen und die dafür im Schlüsselbund gespeicherten Kennwörter werden entfernt. Das Verzeichnis selbst bleibt unverändert.
cancel = Abbrechen

## Details des Identitätsspeichers
store-details-title = Details des Identitätsspeichers
tab-general = Allgemein
tab-connection = Verbindung
settings-pane = Einstellungen
configurations = Konfigurationen
field-store-type = Speichertyp
field-name = Name
field-host = Domänenname oder Hostname
field-port = Port
field-security = Sicherheit
security-insecure-warning = Ohne Verschlüsselung gehen Kennwörter lesbar für jeden auf dem Weg durchs Netz. Verwenden Sie LDAPS oder StartTLS.
field-ca-file = CA-Zertifikatsdatei
field-ca-file-placeholder = Pfad einer PEM-Datei (nur für eine private Zertifizierungsstelle)
browse = Durchsuchen…
file-dialog-none = Es wurde keine Datei gewählt, oder dieses System hat keinen Dateidialog: Geben Sie den Pfad ein.
field-base-dn = Basis-DN
field-login-attribute = Anmeldeattribut
field-service-account = Dienstkonto
field-service-password = Kennwort des Dienstkontos
field-service-password-placeholder = Im Schlüsselbund des Systems gespeichert; leer lassen, um das gespeicherte zu behalten
servers-in-priority-order = Server nach Priorität (der erste, der antwortet, wird verwendet):
add-server = Server hinzufügen
remove = Entfernen
test-connection = Verbindung testen
testing-connection = Verbindung wird getestet…
test-server-ok = { $server }: verbunden (Namenskontexte: { $detail })
save = Speichern
back = ← Zurück
configurations-title = Konfigurationen — { $store }
configurations-notifications-description = SMTP-Server, Empfänger und wer über Änderungen benachrichtigt wird

## Seite „Benachrichtigungseinstellungen“
notifications-settings-title = Benachrichtigungen — { $store }
section-smtp-server = SMTP-Server
section-recipients = Empfänger
section-also-notify = Auch benachrichtigen
label-smtp-password = SMTP-Kennwort
addresses-placeholder = Adressen, getrennt durch ;
also-notify-mail-enabled-note = Benachrichtigungen gehen nur an E-Mail-aktivierte Benutzer.
test-server = Server testen
test-notification-title = Testbenachrichtigung
test-notification-address = Test-E-Mail senden an
test-notification-sending = Wird gesendet…
test-notification-accepted = Der Server hat die Test-E-Mail angenommen: { $answer }
settings-saved = Gespeichert. Die Einstellungen gelten ab der nächsten Änderung.
close = Schließen
ok = OK
filter-pending = Ausstehend
filter-failed = Fehlgeschlagen
filter-all = Alle
queue-send = Senden
history-all-stores = Alle Identitätsspeicher
history-change = { $attribute }: { $old } → { $new }
history-email = Benachrichtigung an { $address }: { $status }
store-saved = Identitätsspeicher gespeichert.
unsaved-question = Ohne Speichern verlassen?
unsaved-explanation = Auf dieser Seite gibt es noch nicht gespeicherte Änderungen.
unsaved-stay = Bleiben
unsaved-leave = Ohne Speichern verlassen

## Objekteditor: Suchen
find-groups = Gruppen
find-users = Benutzer
find-placeholder = Name, Konto oder E-Mail-Adresse
find-search = Suchen
find-searching = { $count ->
    [one] Suche läuft… bisher 1 gefunden
   *[other] Suche läuft… bisher { $count } gefunden
}
find-found = { $count ->
    [one] 1 gefunden
   *[other] { $count } gefunden
}

## Objekteditor: Eigenschaften
group-properties = Gruppeneigenschaften
user-properties = Benutzereigenschaften
tab-members = Mitglieder
tab-owner = Besitzer
tab-email = E-Mail
tab-manager = Vorgesetzter
tab-attributes = Attribute
prop-display-name = Anzeigename
prop-description = Beschreibung
prop-email = E-Mail
prop-notes = Notizen
prop-title = Position
prop-telephone = Telefonnummer
prop-manager = Vorgesetzter (DN)
members-add-placeholder = Name oder DN der hinzuzufügenden Person
members-add = Hinzufügen…
owner-none = Diese Gruppe hat keinen Besitzer.
attr-read-only = schreibgeschützt
attr-single = ein Wert
attr-multi = mehrere Werte
reload = Neu laden
saving = Wird gespeichert…
apply = Übernehmen
preview-title = Diese Änderungen werden gespeichert:
saved-sent = Gespeichert. Eine Bestätigungs-E-Mail wurde an Sie gesendet: { $address }.
saved-no-mail = Gespeichert. Ihr Konto hat keine E-Mail-Adresse, daher wurde keine Bestätigung gesendet (Benachrichtigungen gehen nur an E-Mail-aktivierte Benutzer).
saved-queued = Gespeichert. Die Bestätigungs-E-Mail an { $address } ist in der Warteschlange und wird automatisch erneut versucht: { $reason }
saved-failed = Gespeichert, aber die Bestätigungs-E-Mail an { $address } konnte nicht gesendet werden: { $reason }
saved-not-queued = Gespeichert, aber die Benachrichtigung konnte nicht in die Warteschlange gestellt werden: { $reason }
saved-plain = Gespeichert.

## Objekteditor: Anmelden
nav-object-editor = Objekteditor
sign-in-title = Mit Ihrem Verzeichniskonto anmelden
sign-in-store = Identitätsspeicher
sign-in-user = Benutzername
sign-in-password = Kennwort
sign-in-remember = Kennwort merken (im Schlüsselbund des Systems)
sign-in = Anmelden
sign-in-busy = Anmeldung läuft…
sign-in-no-store = Es gibt keinen aktivierten Identitätsspeicher zum Anmelden. Erstellen oder aktivieren Sie einen unter „Identitätsspeicher“.
sign-in-enter-user = Geben Sie Ihren Benutzernamen ein.
sign-in-enter-password = Geben Sie Ihr Kennwort ein.
signed-in-as = Angemeldet als { $name } bei { $store }
signed-in-mail = Bestätigungs-E-Mails gehen an { $address }
signed-in-no-mail = Ihr Konto hat keine E-Mail-Adresse: Sie erhalten keine Bestätigungs-E-Mails.
sign-out = Abmelden
back-to-results = ← Zurück zu den Ergebnissen
loading = Wird geladen…
group-scope-global = Global
group-scope-domain-local = Lokal (in Domäne)
group-scope-universal = Universal
group-kind-security = Sicherheit
group-kind-distribution = Verteilung
group-scope-and-type = Gruppenbereich: { $scope } · Gruppentyp: { $kind }

## Einstellungen (die des Programms, in der Navigation)
# This language's name in itself, as the language list shows it.
language-name = Deutsch
nav-settings = Einstellungen
app-settings-title = Einstellungen
app-settings-language = Sprache
app-settings-language-system = Wie das System
app-settings-language-hint = Benachrichtigungs-E-Mails folgen der bevorzugten Sprache jedes Empfängers, unabhängig von dieser Auswahl.
app-settings-theme = Design
app-settings-theme-system = Wie das System
app-settings-theme-light = Hell
app-settings-theme-dark = Dunkel
# A date and time as this language writes them (strftime, as jiff reads it);
# the time zone follows.
format-date-time = %d.%m.%Y, %H:%M:%S

## Hilfe der Befehlszeile
cli-heading-usage = Aufruf
cli-heading-commands = Befehle
cli-heading-options = Optionen
cli-heading-arguments = Argumente
cli-about = Admin Center und Objekteditor für Active Directory und LDAP-Verzeichnisse, mit Änderungsbenachrichtigungen. Ohne Befehl öffnet sich das Fenster.
cli-about-store = Identitätsspeicher verwalten (die Verzeichnisse, mit denen sich dirdesk verbindet)
cli-about-store-list = Identitätsspeicher auflisten
cli-about-store-add = Einen Identitätsspeicher hinzufügen
cli-about-store-edit = Einen Identitätsspeicher ändern; nicht angegebene Optionen bleiben, wie sie sind
cli-about-store-remove = Einen Identitätsspeicher und seine Kennwörter entfernen
cli-about-store-enable = Einen Identitätsspeicher aktivieren
cli-about-store-disable = Einen Identitätsspeicher deaktivieren (er bleibt erhalten, wird aber nicht zur Anmeldung angeboten)
cli-about-store-test = Die Verbindung zu jedem Server eines Speichers testen und das Ergebnis festhalten
cli-about-notifications = Die Benachrichtigungseinstellungen eines Speichers anzeigen und ändern
cli-about-notifications-show = Die Benachrichtigungseinstellungen eines Speichers anzeigen
cli-about-notifications-set = Die Benachrichtigungseinstellungen eines Speichers ändern; nicht angegebene Optionen bleiben, wie sie sind
cli-about-notifications-test = „{ test-server }“: eine echte Test-E-Mail senden und die Antwort des Servers zeigen
cli-about-search = Gruppen und Benutzer nach Namen suchen, mit Ihrem eigenen Konto angemeldet
cli-about-show = Ein Objekt mit all seinen Attributen anzeigen
cli-about-edit = Ein Objekt mit Ihrem eigenen Konto ändern; zeigt die Änderung und wer benachrichtigt wurde
cli-about-join = Einer Gruppe selbst beitreten (wenn die Gruppe es ihren Mitgliedern erlaubt); zeigt die Änderung und wer benachrichtigt wurde
cli-about-leave = Selbst aus einer Gruppe austreten (wenn die Gruppe es ihren Mitgliedern erlaubt); zeigt die Änderung und wer benachrichtigt wurde
cli-already-member = Sie sind bereits Mitglied von { $dn }: nichts zu ändern.
cli-not-a-member = Sie sind kein Mitglied von { $dn }: nichts zu ändern.
cli-about-queue = Wartende Benachrichtigungs-E-Mails anzeigen, senden und löschen
cli-about-queue-list = Wartende Benachrichtigungs-E-Mails auflisten (standardmäßig die ausstehenden)
cli-about-queue-send = Eine wartende E-Mail jetzt senden oder alle wartenden (--all)
cli-about-queue-delete = Eine nicht gesendete E-Mail aus der Warteschlange löschen
cli-about-history = Die über dirdesk vorgenommenen Änderungen anzeigen
cli-about-help = Diese Hilfe oder die Hilfe des angegebenen Befehls anzeigen
cli-arg-help = Hilfe anzeigen
cli-arg-version = Version anzeigen
cli-arg-config-dir = Konfiguration und Daten in DIR ablegen (portable Nutzung, Tests)
cli-arg-json = JSON statt einer Tabelle ausgeben
cli-arg-notifications-show-json = JSON statt Text ausgeben
cli-arg-show-json = JSON statt Text ausgeben
cli-arg-name = Der Name des Identitätsspeichers
cli-arg-store-add-name = Der Name des Speichers (eindeutig, ohne Beachtung der Groß-/Kleinschreibung)
cli-arg-store-edit-name = Ein neuer Name für den Speicher (eindeutig, ohne Beachtung der Groß-/Kleinschreibung)
cli-arg-store = Der Name des Identitätsspeichers
cli-arg-store-edit-store = Der zu ändernde Speicher
cli-arg-history-store = Nur dieser Identitätsspeicher
cli-arg-store-type = ldap (Generic LDAP) oder ad (Active Directory)
cli-arg-hosts = HOST[:PORT], mehrfach in der Reihenfolge der Priorität
cli-arg-security = ldaps (TLS ab dem ersten Byte), starttls oder none (unverschlüsselt, als unsicher angezeigt)
cli-arg-ca-file = CA-Zertifikatsdatei (PEM) für Server, die von einer privaten CA signiert sind ("" entfernt sie)
cli-arg-base-dn = Basis-DN: wo Suchen beginnen (dc=example,dc=test)
cli-arg-login-attribute = Attribut, mit dem sich Personen anmelden (uid, sAMAccountName, mail, …)
cli-arg-service-account = DN des Dienstkontos (oder UPN / DOMÄNE\Benutzer im Active Directory)
cli-arg-service-password-stdin = Das Kennwort des Dienstkontos von der Standardeingabe lesen
cli-arg-smtp-server = { label-smtp-server }: Hostname oder IP-Adresse des Mailservers
cli-arg-smtp-port = Port des Mailservers (465 mit SSL, 587 mit STARTTLS)
cli-arg-smtp-security = ssl (implizites TLS), starttls oder none
cli-arg-smtp-ca-file = CA-Zertifikatsdatei (PEM) für einen Mailserver, der von einer privaten CA signiert ist ("" entfernt sie)
cli-arg-from = { label-from }
cli-arg-smtp-user = SMTP-Benutzername; schaltet „{ label-use-smtp-auth }“ ein ("" schaltet es aus)
cli-arg-smtp-password-stdin = Das SMTP-Kennwort von der Standardeingabe lesen
cli-arg-to = Empfänger jeder Benachrichtigung, getrennt durch „;“
cli-arg-cc = CC-Empfänger jeder Benachrichtigung, getrennt durch „;“
cli-arg-notifications-test-to = Die Adresse, an die die Test-E-Mail geht
cli-arg-logged-in-users = { section-also-notify }: { also-logged-in-users }
cli-arg-object-modified = { section-also-notify }: { also-object-modified }
cli-arg-group-owners = { section-also-notify }: { also-group-owners }
cli-arg-managers = { section-also-notify }: { also-managers }
cli-arg-added-members = { section-also-notify }: { also-added-members }
cli-arg-removed-members = { section-also-notify }: { also-removed-members }
cli-arg-public-group-owners = { section-also-notify }: { also-public-group-owners }
cli-arg-user = Der Verzeichnis-Benutzername für die Anmeldung
cli-arg-password-stdin = Das Kennwort von der Standardeingabe lesen
cli-arg-groups = Nur Gruppen
cli-arg-users = Nur Benutzer
cli-arg-text = Text, den der Name enthält (leer: alles)
cli-arg-dn = Der Distinguished Name (DN) des Objekts
cli-arg-set = ATTR auf VALUE setzen (mehrfach für mehrere Werte)
cli-arg-add = VALUE zu ATTR hinzufügen
cli-arg-remove = VALUE aus ATTR entfernen
cli-arg-clear = Alle Werte von ATTR entfernen
cli-arg-dry-run = Die Änderung (Attribut: alt → neu) ausgeben, ohne sie anzuwenden
cli-arg-edit-dn = Der Distinguished Name (DN) des Objekts; oder eine Massenänderung mit --from, --filter oder --groups
cli-arg-edit-from = Eine Massenänderung: jede Änderung einer LDIF-Datei mit Änderungsdatensätzen (wie ldapmodify sie liest) oder einer CSV-Tabelle (dn,ATTR,…: durch den Wert der Zelle ersetzen; eine leere Zelle lässt den Wert unverändert)
cli-arg-edit-format = ldif oder csv (standardmäßig csv für einen Namen, der auf .csv endet, sonst ldif)
cli-arg-edit-clear-marker = In einer CSV-Tabelle der Zellentext, der ein Attribut leert (zum Beispiel -)
cli-arg-edit-filter = Eine Massenänderung aller Objekte, die ein LDAP-Filter (RFC 4515) unterhalb des Basis-DN findet, mit --set/--add/--remove/--clear
cli-arg-edit-groups = Eine Massenänderung aller Gruppen, deren Name TEXT enthält, mit --set/--add/--remove/--clear
cli-arg-edit-in-flight = Wie viele Änderungen einer Massenänderung gleichzeitig unterwegs sind (1–64)
cli-arg-edit-json = Massenänderungen: ein JSON-Objekt pro Änderung, dann eines für den ganzen Lauf
cli-arg-pending = Nur E-Mails, die auf den Versand warten (Standard)
cli-arg-failed = Nur E-Mails, die nicht gesendet werden konnten
cli-arg-all = Alle E-Mails, gleich was aus ihnen wurde
cli-arg-queue-send-all = Alle wartenden E-Mails senden
cli-arg-id = Die Nummer der E-Mail, wie „dirdesk queue list“ sie zeigt
cli-arg-object = Nur dieses Objekt (sein DN)
invalid-smtp-unencrypted-authentication = Ohne Verschlüsselung ginge das SMTP-Kennwort lesbar für jeden auf dem Weg durchs Netz. Wählen Sie SSL oder STARTTLS oder erlauben Sie es ausdrücklich („Kennwort unverschlüsselt senden“; in der Befehlszeile --allow-unencrypted-auth on).
smtp-unencrypted-authentication = Nicht gesendet: { $server } hätte das SMTP-Kennwort unverschlüsselt erhalten, was diese Einstellungen nicht erlauben. Wählen Sie SSL oder STARTTLS auf der Seite „Benachrichtigungen“ des Speichers.
smtp-unencrypted-warning = Ohne Verschlüsselung geht das SMTP-Kennwort lesbar für jeden auf dem Weg durchs Netz. Verwenden Sie SSL oder STARTTLS.
label-smtp-allow-unencrypted-auth = Kennwort unverschlüsselt senden
cli-arg-allow-unencrypted-auth = on: auch mit --smtp-security none beim Mailserver anmelden, obwohl das Kennwort dann lesbar durchs Netz geht
sign-in-remember-failed = Angemeldet, aber Ihr Kennwort konnte nicht im Schlüsselbund des Systems gespeichert werden; Sie werden beim nächsten Mal danach gefragt: { $reason }
change-not-recordable = Nicht gespeichert: Die Änderung konnte nicht vorab protokolliert werden, daher wurde nichts geändert ({ $detail }).
ldap-own-entry-unreadable = Ihr Kennwort wurde angenommen, aber das Verzeichnis lässt { $dn } seinen eigenen Eintrag (Name und E-Mail-Adresse) nicht lesen, und dieser Identitätsspeicher hat kein Dienstkonto, um ihn zu lesen. Bitten Sie den Verzeichnisadministrator, Benutzern das Lesen ihres eigenen Eintrags zu erlauben, oder geben Sie dem Speicher ein Dienstkonto.
published-damaged = Die im Verzeichnis veröffentlichten Einstellungen sind beschädigt und wurden unverändert gelassen: { $detail }
published-newer = Die im Verzeichnis veröffentlichten Einstellungen haben das Format { $format }, neuer als dieses dirdesk kennt ({ $known }): Aktualisieren Sie dirdesk, um ihnen zu folgen. Von hier aus werden sie nicht geändert.

## Published stores: one policy for every desk
invalid-login-dn-template = „{ $template }“ ist keine Vorlage für den Anmelde-DN: Es muss ein DN sein, der { "{" }user{ "}" } dort enthält, wo der Anmeldename steht, z. B. uid={ "{" }user{ "}" },ou=people,dc=example,dc=test.
published-missing = Im Verzeichnis ist unter { $dn } nichts veröffentlicht.
published-unreadable = Das Verzeichnis lässt dieses Konto die unter { $dn } veröffentlichten Einstellungen nicht lesen: { $detail }
published-unusable = Den unter { $dn } veröffentlichten Einstellungen kann nicht gefolgt werden: { $problem }
published-no-settings-attribute = der Eintrag ist vorhanden, aber sein Attribut { $attribute } kann nicht gelesen werden
publish-conflict = Nicht veröffentlicht: Jemand anderes hat inzwischen andere Einstellungen unter { $dn } veröffentlicht ({ $by }, { $when }). Nichts wurde geändert; die jetzt veröffentlichten Einstellungen werden angezeigt — nehmen Sie Ihre Änderung erneut vor.
publish-refused = Nicht veröffentlicht: Das Verzeichnis hat abgelehnt ({ $reason }). Nichts wurde geändert.
published-keeps-copy = { $problem } Dieses dirdesk folgt weiterhin der Kopie, die es am { $when } gelesen hat.
smtp-needs-signed-in-user = Diese E-Mail wird mit dem Konto der Person gesendet, die die Änderung vorgenommen hat, und deren Kennwort kennt dirdesk nur, solange sie angemeldet ist: Die E-Mail wartet in der Warteschlange und geht hinaus, sobald diese Person das nächste Mal eine Änderung speichert.
smtp-no-store-password = Das Kennwort des SMTP-Kontos „{ $user }“ des Speichers ist nicht im Schlüsselbund dieses Computers: Die E-Mail wartet in der Warteschlange. Wer es kennt, kann es auf der Seite „Benachrichtigungen“ eingeben oder mit „dirdesk notifications set --store NAME --smtp-password-stdin“.
cli-warning = Warnung: { $message }
cli-one-secret-from-stdin = Von der Standardeingabe kann nur ein Kennwort gelesen werden: Geben Sie --smtp-password-stdin und --password-stdin in zwei getrennten Befehlen an.
cli-publish-needs-account = Dieser Computer hat kein Dienstkonto für „{ $name }“, mit dem die veröffentlichten Einstellungen geschrieben werden könnten: Nennen Sie mit --user ein Konto, dem das Verzeichnis das Schreiben erlaubt.
cli-store-published = Die gemeinsamen Einstellungen von „{ $name }“ wurden im Verzeichnis unter { $dn } veröffentlicht: Jedes dirdesk, das ihnen folgt, verwendet sie ab seiner nächsten Änderung.
cli-store-unpublished = Die unter { $dn } veröffentlichten Einstellungen wurden entfernt. dirdesk-Installationen, die „{ $name }“ gefolgt sind, behalten die zuletzt gelesene Kopie und erfahren, dass die Veröffentlichung entfernt wurde; dieses dirdesk behält die Einstellungen als seine eigenen.
cli-store-follows = Folgt den Einstellungen, die { $by } am { $when } im Verzeichnis unter { $dn } veröffentlicht hat.
cli-notifications-published = Die Benachrichtigungseinstellungen von „{ $name }“ wurden im Verzeichnis unter { $dn } veröffentlicht.
cli-about-store-publish = Die gemeinsamen Einstellungen eines Speichers im Verzeichnis veröffentlichen (nie ein Kennwort), damit jedes dirdesk ihnen folgt
cli-about-store-unpublish = Die veröffentlichten Einstellungen eines Speichers aus dem Verzeichnis entfernen
cli-arg-location = DN des veröffentlichten Eintrags (Standard: cn=dirdesk unter dem Basis-DN)
cli-arg-login-dn-template = Generisches LDAP: der DN, als der sich Personen anmelden, wobei { "{" }user{ "}" } für ihren Anmeldenamen steht (uid={ "{" }user{ "}" },ou=people,dc=example,dc=test); zum Finden ist kein Dienstkonto nötig
cli-arg-smtp-auth = Wie die Anmeldung beim Mailserver erfolgt: none (ein Relay), basic (das SMTP-Konto des Speichers, --smtp-user), signed-in-user (Verzeichnis-Anmeldename und Kennwort der jeweiligen Person) oder oauth2 (ein Token von --oauth-token-endpoint: mit --smtp-user und dessen Kennwort per Password Grant, ohne sie nur als App)
cli-arg-smtp-login-as = Mit --smtp-auth signed-in-user: beim Mailserver mit dem eingegebenen Anmeldenamen (login) oder mit der E-Mail-Adresse der Person (mail) anmelden
settings-source-local = Einstellungen dieses Computers (nicht im Verzeichnis veröffentlicht).
settings-source-published = Im Verzeichnis unter { $dn } von { $by } am { $when } veröffentlicht (zuletzt gelesen am { $read }).
settings-source-published-unread = Im Verzeichnis unter { $dn } veröffentlicht (noch nicht gelesen; das geschieht bei der nächsten Anmeldung).
label-smtp-password-source = SMTP-Kennwort
smtp-password-not-used = nicht verwendet
smtp-password-signed-in-user = das eigene Verzeichniskennwort der jeweiligen Person, solange sie angemeldet ist
smtp-password-in-keychain = im Schlüsselbund dieses Computers
smtp-password-missing = nicht im Schlüsselbund dieses Computers
published-read-only = Diese Einstellungen sind im Verzeichnis veröffentlicht, und dieser Computer hat kein Konto, das sie ändern darf: Geändert werden können sie an einem dirdesk mit dem Dienstkonto des Speichers oder mit „dirdesk notifications set --store NAME --user …“ als ein Konto, dem das Verzeichnis das Schreiben erlaubt.
settings-publishing = Wird im Verzeichnis veröffentlicht…
label-smtp-signed-in-user = Mit den Anmeldedaten des angemeldeten Benutzers anmelden
settings-published = Im Verzeichnis unter { $dn } veröffentlicht: Jedes dirdesk, das der Veröffentlichung folgt, verwendet diese Einstellungen ab seiner nächsten Änderung.
publish-refused-access = Nicht veröffentlicht: Das Verzeichnis lässt dieses Konto die veröffentlichten Einstellungen nicht ändern ({ $detail }). Nichts wurde geändert.
machine-config-problem = Die Konfigurationsdatei des Computers { $path } konnte nicht verwendet werden, daher fehlen die Identitätsspeicher, die sie hinzufügt: { $detail }
store-managed = Vom Administrator dieses Computers für alle seine Benutzer hinzugefügt.
cli-store-managed = „{ $name }“ wurde vom Administrator dieses Computers für alle seine Benutzer hinzugefügt ({ $path }); hier kann er nicht entfernt werden.
cli-notify-waiting = { $address }: wartet — { $reason }
smtp-test-needs-user = Jede Person meldet sich an diesem Mailserver mit ihrem eigenen Anmeldenamen und Kennwort an, daher braucht der Test einen: dirdesk notifications test --store NAME --to ADDRESS --user LOGIN --password-stdin.
published-foreign = Der Eintrag unter { $dn } sind keine von dirdesk veröffentlichten Einstellungen (ein anderes Objekt trägt diesen Namen): Er bleibt unverändert. Veröffentlichen Sie mit --location an einer anderen Stelle.
publish-location-not-cn = der Ort { $dn } muss mit cn= beginnen (der Eintrag wird nach seinem cn benannt)
field-login-dn-template = Vorlage für den Anmelde-DN (optional)

## Big groups, Member Of, finding people as ADUC does
members-count = { $count ->
    [one] 1 Mitglied
   *[other] { $count } Mitglieder
}
members-shown = { $shown } von { $count } angezeigt
members-reading-names = Namen werden gelesen… { $read } von { $count }
members-filter-placeholder = Mitglieder nach Name oder DN filtern
tab-member-of = Mitglied von
member-of-nested = Auch Gruppen einbeziehen, in denen es über andere Gruppen Mitglied ist
member-of-none = Kein Mitglied einer Gruppe.
member-of-count = { $count ->
    [one] Mitglied von 1 Gruppe
   *[other] Mitglied von { $count } Gruppen
}
member-of-direct = direkt
member-of-nested-via = über eine andere Gruppe
member-of-primary = primäre Gruppe
find-matched = { $attribute }: { $value }

## Kerberos single sign-on
kerberos-no-ticket = Kein Kerberos-Ticket: Auf diesem Computer gibt es keine Windows/Kerberos-Anmeldung, die verwendet werden kann (unter Linux oder macOS führen Sie zuerst „kinit“ aus). Melden Sie sich stattdessen mit Ihrem Benutzernamen und Kennwort an.
kerberos-expired = Ihr Kerberos-Ticket ist abgelaufen: Melden Sie sich erneut bei Windows an (oder führen Sie „kinit“ aus), oder melden Sie sich mit Ihrem Benutzernamen und Kennwort an.
kerberos-clock-skew = Die Uhr dieses Computers und die des Domänencontrollers weichen stärker voneinander ab, als Kerberos erlaubt (5 Minuten): Stellen Sie die Uhr richtig, oder melden Sie sich mit Ihrem Benutzernamen und Kennwort an.
kerberos-no-spn = Das Verzeichnis hat keinen Kerberos-Dienstprinzipal { $spn }: Verbinden Sie sich mit dem Domänencontroller über seinen vollständigen Namen (wie im Verzeichnis registriert), oder melden Sie sich mit Ihrem Benutzernamen und Kennwort an.
kerberos-other = Die Kerberos-Anmeldung ist fehlgeschlagen: { $reason }
kerberos-signed-in = Angemeldet als { $principal } mit Ihrer Windows/Kerberos-Anmeldung, innerhalb der überprüften TLS-Verbindung.
kerberos-mail-needs-password = Dieser Speicher sendet Bestätigungen mit Ihrem eigenen E-Mail-Konto, das Ihr Kennwort benötigt; eine Kerberos-Anmeldung gibt dirdesk keines. Ihre Bestätigungen warten in der Warteschlange, bis Sie sich einmal mit Ihrem Benutzernamen und Kennwort anmelden.
sign-in-kerberos = Als { $principal } anmelden
kerberos-signed-in-sealed = Angemeldet als { $principal } mit Ihrer Windows/Kerberos-Anmeldung; dieser Speicher verwendet kein TLS, daher verschlüsselt Kerberos die Verbindung selbst.
kerberos-no-sealing = { $server } bietet keine Kerberos-Verschlüsselung für eine Verbindung ohne TLS, und dirdesk meldet sich nie unverschlüsselt an: Wählen Sie für diesen Speicher LDAPS oder StartTLS, oder melden Sie sich mit Ihrem Benutzernamen und Kennwort an.
kerberos-not-inside-tls = { $server } akzeptiert keine Kerberos-Anmeldung innerhalb von TLS ({ $reason }). Windows-Domänencontroller tun das; unter Samba lautet die Einstellung „ldap server require strong auth = allow_sasl_over_tls“. Melden Sie sich bis dahin mit Ihrem Benutzernamen und Kennwort an, oder verbinden Sie sich ohne TLS mit diesem Speicher: Kerberos verschlüsselt die Verbindung dann selbst.
kerberos-other-person = Das Kerberos-Ticket auf diesem Computer gehört jetzt jemand anderem ({ $now }): unter dieser Anmeldung geschieht nichts mehr. Melden Sie sich erneut an.
kerberos-kdc-timeout = Der Kerberos-Domänencontroller (KDC) hat nicht rechtzeitig geantwortet.
kerberos-other-realm = Das Kerberos-Ticket gilt für { $principal } aus einem anderen Bereich als dem dieses Speichers ({ $realm }), und das Verzeichnis kann nicht sagen, wer das hier ist: Melden Sie sich mit Benutzername und Kennwort an.
cli-arg-member-of = Auch die Gruppen anzeigen, in denen es Mitglied ist (Mitglied von)
cli-arg-nested = Mit --member-of: auch die Gruppen, in denen es über andere Gruppen Mitglied ist
cli-arg-kerberos = Mit Ihrem Kerberos-Ticket (Ihrer Windows-Anmeldung oder kinit) statt eines Kennworts anmelden

## OAuth 2.0 for SMTP (Microsoft 365, Google)
oauth-bad-endpoint = Der Token Endpoint „{ $endpoint }“ ist keine https://-Adresse: dirdesk sendet ein Clientgeheimnis nur über überprüftes TLS.
oauth-no-client-secret = Im Schlüsselbund dieses Computers ist kein OAuth-2.0-Clientgeheimnis für diesen Speicher: Geben Sie das Client Secret auf der Seite „Benachrichtigungen“ ein oder verwenden Sie „dirdesk notifications set --oauth-client-secret-stdin“.
oauth-wrong-client-secret = Der Token-Endpunkt hat die Client ID oder das Client Secret abgelehnt ({ $detail }): Prüfen Sie beide auf der Seite „Benachrichtigungen“; ein abgelaufenes Geheimnis muss durch ein neues aus der App-Registrierung ersetzt werden.
oauth-wrong-password = Der Token-Endpunkt hat den Benutzernamen oder das Kennwort abgelehnt ({ $detail }).
oauth-needs-mfa = Der Token-Endpunkt verlangt für dieses Konto eine Multi-Faktor-Anmeldung ({ $detail }), die ein E-Mail-Absender nicht leisten kann: Dieses Konto darf keine Multi-Faktor-Anmeldung erfordern (nehmen Sie es im Conditional Access des Mandanten aus), oder lassen Sie Benutzername und Kennwort leer, um nur als App zu senden.
oauth-refused = Der Token-Endpunkt hat sich geweigert, ein Token auszustellen: { $detail }
oauth-unreachable = Der Token-Endpunkt { $endpoint } ist nicht erreichbar ({ $detail }); die E-Mails warten und werden erneut versucht.
oauth-not-trusted = Dem Token-Endpunkt { $endpoint } kann nicht vertraut werden ({ $detail }): Fügen Sie sein CA-Zertifikat der CA-Zertifikatsdatei für SMTP oder den vertrauenswürdigen Zertifikaten dieses Computers hinzu.
oauth-malformed = Der Token-Endpunkt { $endpoint } hat ohne Token geantwortet ({ $detail }).
smtp-token-refused = Der Mailserver hat das OAuth-2.0-Token abgelehnt, auch ein frisch geholtes ({ $detail }): Das Postfach oder die App darf womöglich nicht per SMTP senden (Exchange: SMTP AUTH für das Postfach eingeschaltet und die Berechtigung SMTP.Send oder SMTP.SendAsApp für die App).
smtp-needs-oauth = Der Mailserver nimmt kein Kennwort an ({ $detail }): Dieser Server braucht OAuth 2.0 — wählen Sie OAuth 2.0 unter „SMTP-Benutzerauthentifizierung verwenden“.
cli-oauth-needs-client-id = OAuth 2.0 braucht die Client-ID der App: --oauth-client-id.
cli-arg-oauth-token-endpoint = OAuth-2.0-Token-Endpunkt (https://…/oauth2/v2.0/token)
cli-arg-oauth-client-id = OAuth-2.0-Client-ID (die der App-Registrierung)
cli-arg-oauth-client-secret-stdin = Das OAuth-2.0-Clientgeheimnis von der Standardeingabe lesen (zusammen mit --smtp-password-stdin: das Geheimnis in der ersten Zeile, das Kennwort in der zweiten)
cli-arg-oauth-scope = OAuth-2.0-Scopes, durch Leerzeichen getrennt (z. B. https://outlook.office365.com/.default)
label-smtp-auth-method = Authentifizierung
smtp-auth-basic = Basic
smtp-auth-oauth2 = OAuth 2.0 (Token Endpoint { $endpoint }, Client ID { $client }, Scope { $scope }; das Client Secret liegt im Schlüsselbund dieses Computers)
label-oauth-token-endpoint = Token Endpoint
label-oauth-client-id = Client ID
label-oauth-client-secret = Client Secret
label-oauth-scope = Scope
smtp-auth-oauth2-choice = OAuth 2.0
invalid-oauth-client-id-empty = Geben Sie die Client ID der App-Registrierung ein.

## Notification Editor (templates)
template-email-change = Änderungsbestätigung
template-email-test = Test-E-Mail
template-email-digest = Zusammenfassung einer Massenänderung
template-part-subject = Betreff
template-part-html = HTML
template-part-text = Nur-Text
template-problem-at = { $part }, Zeile { $line }, Spalte { $column }: { $detail }
template-problem-line = { $part }, Zeile { $line }: { $detail }
template-problem = { $part }: { $detail }
template-unknown-tag = unbekannter Platzhalter „{ $tag }“
template-tag-object-name = Objektname
template-tag-object-kind = Objekttyp
template-tag-object-dn = Distinguished Name des Objekts
template-tag-changes = Tabelle der geänderten Attribute (alte und neue Werte)
template-tag-author-name = Geändert von: Name
template-tag-author-mail = Geändert von: E-Mail-Adresse
template-tag-author-dn = Geändert von: Distinguished Name
template-tag-when = Zeitpunkt
template-tag-store = Identitätsspeicher
template-tag-recipient-name = Name des Empfängers
template-tag-recipient-address = Adresse des Empfängers
template-tag-own = Ob der Empfänger die Änderung selbst vorgenommen hat
template-tag-reasons = Warum der Empfänger diese E-Mail erhält
template-tag-server = Mailserver
template-tag-count = Anzahl der geänderten Objekte
template-tag-objects = Tabelle der geänderten Objekte und Attribute (alte und neue Werte)
template-tag-more = Wie viele nicht aufgeführt sind (sie stehen im Anhang)
template-tag-attachment = Name der angehängten Liste
template-built-in = mitgeliefert
template-custom = eigene Vorlage des Speichers
template-custom-parts = eigene Vorlage des Speichers: { $parts }
cli-about-templates = Der Benachrichtigungseditor: der Wortlaut der E-Mails, die dirdesk sendet, je Sprache
cli-about-templates-list = Die E-Mail-Vorlagen eines Speichers auflisten und zeigen, welche seine eigenen sind
cli-about-templates-show = Betreff, HTML und Nur-Text einer Vorlage anzeigen (die eigene des Speichers oder die mitgelieferte)
cli-about-templates-set = Eine Vorlage ändern; nicht angegebene Teile bleiben, wie sie sind. Wird vor dem Speichern geprüft
cli-about-templates-reset = Zur mitgelieferten Vorlage zurückkehren
cli-about-templates-preview = Eine Vorlage mit einer Beispieländerung ausfüllen: gibt Betreff und Nur-Text aus
cli-arg-email = Welche E-Mail: change (die Änderungsbestätigung) oder test (die E-Mail von „{ test-server }“)
cli-arg-lang = Die Sprache: da, de, en, es, fi, fr, is, it, nl, pt, sv oder tr
cli-arg-part = Nur den Quelltext dieses Teils ausgeben: subject, html oder text
cli-arg-subject = Der Betreff (Platzhalter erlaubt, z. B. { "{{" } object.name { "}}" })
cli-arg-html-file = Eine Datei mit dem HTML-Teil (UTF-8)
cli-arg-text-file = Eine Datei mit dem Nur-Text-Teil (UTF-8)
cli-arg-templates-preview-html = Zusätzlich den ausgefüllten HTML-Teil in FILE schreiben, zum Öffnen im Browser
cli-template-no-such-language = Es gibt keine Vorlage „{ $lang }“: Die Sprachen sind { $languages }.
cli-template-nothing-to-set = Geben Sie --subject, --html-file oder --text-file an.
cli-template-refused = Die Vorlage wurde nicht gespeichert: { $problems }
cli-template-saved = Gespeichert:
cli-template-reset = Zurück zur mitgelieferten Vorlage:
cli-template-which = die E-Mail „{ $email }“ in „{ $lang }“ von { $name }.
cli-template-unreadable = { $file } konnte nicht gelesen werden: { $error }
cli-template-too-big = { $file } hat { $size } Bytes; ein Vorlagenteil darf höchstens { $max } haben.
cli-template-not-utf8 = { $file } ist kein UTF-8-Text (bei Byte { $offset }).
cli-template-unwritable = { $file } konnte nicht geschrieben werden: { $error }
cli-template-html-written = Der HTML-Teil liegt in { $file }.
template-editor-open = Benachrichtigungseditor
template-editor-title = Benachrichtigungseditor — { $store }
template-email = E-Mail
template-language = Sprache
template-save-to-switch = Speichern oder verwerfen Sie Ihre Änderungen, um eine andere E-Mail oder Sprache zu wählen.
template-tags = Platzhalter
template-tags-into = Klicken Sie auf einen Platzhalter, um ihn an der Cursorposition in „{ $part }“ einzufügen.
template-preview = Vorschau (mit einer Beispieländerung)
template-preview-own = So, wie die Person, die die Änderung vorgenommen hat, sie liest
template-no-preview = Keine Vorschau, solange die Vorlage ein Problem hat.
template-reset = Auf mitgelieferte Vorlage zurücksetzen
template-discard = Änderungen verwerfen
template-no-store = Fügen Sie zuerst einen Identitätsspeicher hinzu: Vorlagen gehören zu einem Speicher.
template-too-big = der Teil hat { $size } Bytes; ein Vorlagenteil darf höchstens { $max } haben
template-store = Identitätsspeicher

## Bulk edits (LDIF and CSV files)
bulk-problem-at = Zeile { $line }: { $detail }
bulk-same-object-twice = { $dn } wird zweimal geändert (zuerst in Zeile { $first }): Fassen Sie alle Änderungen daran in einem Datensatz zusammen
bulk-not-a-dn = „{ $dn }“ ist kein Distinguished Name
ldif-no-colon = „{ $text }“ hat nicht die Form „Name: Wert“
ldif-bad-base64 = der base64-Wert von { $name } lässt sich nicht decodieren: { $error }
ldif-not-text = der Wert von { $name } ist kein UTF-8-Text
ldif-no-urls = { $name } verweist auf eine Datei oder URL (:<): Geben Sie den Wert selbst an
ldif-dn-first = ein Datensatz beginnt mit dn:, nicht mit { $name }:
ldif-no-controls = LDAP-Controls werden bei Massenänderungen nicht gesendet
ldif-only-modify = changetype: { $changetype } ist keine Änderung eines Objekts (das ist nur changetype: modify)
ldif-no-changetype = dem Datensatz von { $dn } fehlt changetype: modify
ldif-other-attribute = { $name }: im Abschnitt von { $attribute }
ldif-add-without-values = add: { $attribute } nennt keine Werte
ldif-unknown-operation = „{ $operation }“ ist weder add noch delete noch replace
ldif-nothing-to-change = der Datensatz von { $dn } ändert nichts
csv-dn-first = die erste Spalte muss in der Kopfzeile dn heißen
csv-empty-header = eine Spalte hat in der Kopfzeile keinen Attributnamen
csv-header-twice = die Spalte { $attribute } steht zweimal in der Kopfzeile
csv-wrong-field-count = { $found } Felder, wo die Kopfzeile { $expected } hat
csv-no-dn = die Zeile hat keinen dn
bulk-unknown-attribute = das Verzeichnis hat kein Attribut { $attribute }
bulk-bad-dn = { $attribute } erwartet einen Distinguished Name, nicht „{ $value }“
bulk-bad-integer = { $attribute } erwartet eine ganze Zahl, nicht „{ $value }“
bulk-bad-boolean = { $attribute } erwartet TRUE oder FALSE, nicht „{ $value }“
bulk-bad-time = { $attribute } erwartet eine Zeitangabe wie 20261201120000Z, nicht „{ $value }“
bulk-bad-ascii = { $attribute } erwartet reinen ASCII-Text, nicht „{ $value }“
bulk-applied = angewendet
bulk-nothing-to-change = nichts zu ändern: Das Objekt hat diese Werte bereits
bulk-conflict = jemand anderes hat dieses Objekt geändert, seit es gelesen wurde; nichts wurde überschrieben
bulk-refused = abgelehnt: { $reason }
bulk-unknown = gesendet, aber keine Antwort erhalten ({ $reason }); der nächste Lauf oder das nächste Speichern stellt fest, ob die Änderung angewendet wurde, und protokolliert sie einmal
bulk-not-sent = nicht gesendet: { $reason }
bulk-cancelled = der Lauf wurde abgebrochen
bulk-connection-lost = die Verbindung zum Verzeichnis ist abgebrochen
bulk-title = Massenänderung
bulk-explanation = Viele Objekte auf einmal ändern: Öffnen Sie eine LDIF-Datei mit Änderungsdatensätzen (wie ldapmodify sie liest) oder eine CSV-Tabelle (eine dn-Spalte, dann eine Spalte pro Attribut), oder geben Sie den gefundenen Objekten eine gemeinsame Änderung. Es wird nichts geschrieben, bevor Sie die Vorschau gelesen und auf „Übernehmen“ geklickt haben.
bulk-file-placeholder = /Pfad/zu/changes.ldif oder changes.csv
bulk-open = Datei öffnen
bulk-attribute = Attribut
bulk-value = Wert
bulk-op-set = Setzen auf
bulk-op-add = Hinzufügen
bulk-op-remove = Entfernen
bulk-use-found = { $count ->
    [one] Das gefundene Objekt bearbeiten
   *[other] Die { $count } gefundenen Objekte bearbeiten
}
bulk-use-selected = { $count ->
    [one] Das ausgewählte Objekt bearbeiten
   *[other] Die { $count } ausgewählten Objekte bearbeiten
}
bulk-previewed = { $count ->
    [one] Vorschau: { $count } Änderung, davon { $problems } mit einem Problem (es wird nichts geschrieben, bevor Sie auf „Übernehmen“ klicken).
   *[other] Vorschau: { $count } Änderungen, davon { $problems } mit einem Problem (es wird nichts geschrieben, bevor Sie auf „Übernehmen“ klicken).
}
bulk-col-line = Zeile
bulk-col-object = Objekt
bulk-col-old-new = Alt → neu
bulk-col-outcome = Ergebnis
bulk-more-rows = { $count ->
    [one] … und { $count } weitere Zeile.
   *[other] … und { $count } weitere Zeilen.
}
bulk-apply = Übernehmen
bulk-progress = { $done } von { $total }
bulk-outcomes = { $applied } von { $count } angewendet; { $failed } nicht angewendet.
bulk-retry-failed = Fehlgeschlagene erneut versuchen
bulk-export-failed = Fehlgeschlagene als CSV exportieren…
bulk-exported = { $count ->
    [one] { $count } fehlgeschlagene Zeile exportiert.
   *[other] { $count } fehlgeschlagene Zeilen exportiert.
}
bulk-close = Massenänderung schließen
cli-bulk-nothing-found = Nichts zu ändern: Die Suche hat keine Objekte gefunden.
cli-bulk-unreadable = { $path } kann nicht gelesen werden: { $reason }
cli-bulk-not-utf8 = { $path } ist kein UTF-8-Text: Speichern Sie die Datei als UTF-8 (mit oder ohne BOM).
cli-bulk-refused = Nichts wurde geändert: Die Probleme mit { $source } sind oben aufgeführt.
cli-bulk-the-search = der Änderung der gefundenen Objekte
cli-bulk-row = Zeile { $line }: { $dn }: { $outcome }
cli-bulk-summary = Angewendet: { $applied }; nichts zu ändern: { $unchanged }; von jemand anderem geändert: { $conflicts }; abgelehnt: { $refused }; Antwort verloren: { $unknown }; nicht gesendet: { $not_sent }.
cli-bulk-told-later = Die Verbindung ist abgebrochen: Die Benachrichtigungen dieses Laufs werden beim nächsten Speichern oder Lauf versendet, zusammen mit den Änderungen, deren Antworten verloren gingen.
cli-json-bulk-only = --json ist für Massenänderungen gedacht (--from, --filter, --groups).

## The organisation's shared database (PostgreSQL)
database-url-bad = Die Datenbankadresse „{ $url }“ kann nicht verwendet werden: { $reason }
database-url-scheme = sie muss mit postgresql:// beginnen
database-url-credentials = sie darf keinen Benutzernamen und kein Kennwort enthalten (jeder meldet sich mit seinem eigenen Verzeichniskonto an)
database-url-options = sie darf keine Optionen enthalten (TLS ist immer eingeschaltet und wird geprüft)
database-url-no-host = sie nennt keinen Server
database-url-no-database = sie nennt keine Datenbank (postgresql://HOST:PORT/DB)
database-unreachable = Die gemeinsame Datenbank { $url } antwortet nicht: { $detail }
database-certificate = Die gemeinsame Datenbank { $url } hat ein Zertifikat, dem dieser Computer nicht vertraut, oder bietet kein TLS an: { $detail }
database-wrong-password = Die gemeinsame Datenbank { $url } hat Ihre Anmeldung abgelehnt: { $detail }
database-ca-file = Die CA-Zertifikatsdatei für die gemeinsame Datenbank { $url } kann nicht verwendet werden: { $detail }
database-no-role = Sie haben noch kein Konto in der gemeinsamen Datenbank { $url }: Bitten Sie Ihren Datenbankadministrator, „dirdesk db sync-roles“ auszuführen. ({ $detail })
database-not-allowed = Die gemeinsame Datenbank { $url } lässt Sie von hier aus nicht hinein: { $detail }
database-missing = Die gemeinsame Datenbank { $url } existiert nicht: { $detail }
database-not-set-up = Die gemeinsame Datenbank { $url } ist noch nicht für dirdesk eingerichtet: Bitten Sie Ihren Datenbankadministrator, „dirdesk db init“ auszuführen.
database-newer = Die gemeinsame Datenbank { $url } wurde von einem neueren dirdesk eingerichtet (Schema { $version }; dieses kennt { $known }): Aktualisieren Sie dirdesk, um sie zu verwenden. Es wurde nichts geschrieben.
database-refused = Die gemeinsame Datenbank { $url } hat dies abgelehnt: { $detail }
database-other = Die gemeinsame Datenbank { $url } antwortete mit einem Fehler: { $detail }
db-check-not-set-up = Das Schema ist nicht vorhanden: Führen Sie „dirdesk db init“ aus.
db-check-behind = Das Schema hat Version { $version }; dieses dirdesk bringt { $latest } mit: Führen Sie „dirdesk db migrate“ aus.
db-check-newer = Das Schema hat Version { $version }, neuer als dieses dirdesk kennt ({ $latest }).
db-check-no-role = Die Gruppenrolle { $role } existiert nicht: Führen Sie „dirdesk db init“ aus.
db-check-unsecured = Die Sicherheit auf Zeilenebene ist für { $table } ausgeschaltet: Benutzer könnten gegenseitig ihren Verlauf lesen.
db-check-history-writable = { $role } darf Zeilen des Verlaufs ändern oder entfernen: Der Verlauf ließe sich dann nicht mehr nur ergänzen.
db-check-retention-open = Nicht nur dirdesk_admin darf alten Verlauf entfernen.
db-check-added-policy = Die Zeilenschutzrichtlinie { $policy } stammt nicht von dirdesk: Sie kann Personen lesen oder schreiben lassen, was sie nicht sollten.
db-check-owner-records = Der Eigentümer der Tabellen ist in dirdesk_user: Für den Eigentümer gilt der Zeilenschutz nicht, daher sollte er keine Änderungen aufzeichnen.
cli-db-no-database = Der Speicher „{ $name }“ nennt keine gemeinsame Datenbank (dirdesk store edit --database postgresql://HOST:PORT/DB).
cli-db-needs-password = Die gemeinsame Datenbank meldet Sie mit Ihrem Verzeichniskennwort an: Melden Sie sich mit Ihrem Benutzernamen und Ihrem Kennwort an, nicht mit Kerberos.
cli-db-up-to-date = Das Schema ist aktuell (Version { $version }).
cli-db-applied = Migration { $version } angewendet: { $name }
cli-db-version = Schemaversion: { $version } (dieses dirdesk: { $latest })
cli-db-my-roles = Ihre Rollen: { $roles }
cli-db-no-roles = keine
cli-db-problem = Problem: { $problem }
cli-db-all-well = Alles ist so, wie dirdesk es eingerichtet hat.
cli-db-role-created = Anmelderolle { $login } erstellt
cli-db-role-granted = { $login } ist jetzt in { $role }
cli-db-role-revoked = { $login } ist nicht mehr in { $role }
cli-db-roles-as-they-were = Die Rollen entsprachen bereits den Gruppen.
cli-db-member-unread = Das Mitglied { $dn } konnte nicht gelesen werden ({ $reason }): Keine Rolle wurde geändert.
cli-db-group-empty = Die Gruppe { $dn } ist leer: Keine Rolle wurde geändert (das würde allen den Zugang nehmen).
cli-db-role-kept = { $login } bleibt in { $role }: Diese Mitgliedschaft hat jemand anderes vergeben.
cli-db-role-skipped = { $login } ausgelassen: PostgreSQL kann das nicht als Rollennamen verwenden (zu lang oder reserviert).
cli-database-ca-without-database = --database-ca-file braucht eine Datenbank: Geben Sie auch --database postgresql://HOST:PORT/DB an.
cli-about-db = Die gemeinsame Datenbank (PostgreSQL) eines Speichers einrichten und prüfen, für Datenbankadministratoren
cli-about-db-init = Die Gruppenrollen dirdesk_user und dirdesk_admin und das Schema anlegen (kann gefahrlos erneut ausgeführt werden)
cli-about-db-migrate = Das Schema auf den Stand dieses dirdesk bringen
cli-about-db-check = Schemaversion und Ihre Rollen anzeigen und prüfen, ob die Schutzmaßnahmen des Verlaufs greifen
cli-about-db-sync-roles = Anmelderollen für die Personen in zwei Verzeichnisgruppen anlegen und sie zu Mitgliedern von dirdesk_user oder dirdesk_admin machen
cli-arg-users-group = Die Gruppe, deren Mitglieder ihre Änderungen aufzeichnen und ihren eigenen Verlauf lesen
cli-arg-admins-group = Die Gruppe, deren Mitglieder den Verlauf und die Warteschlange aller lesen
cli-arg-database = Gemeinsamer Verlauf und gemeinsame Warteschlange der Organisation, postgresql://HOST:PORT/DB ("" kehrt zur eigenen Datei dieses dirdesk zurück); wird mit dem Speicher veröffentlicht
cli-arg-database-ca-file = CA-Zertifikatsdatei (PEM), gegen die das Zertifikat der Datenbank geprüft wird ("" entfernt sie)
database-no-bulk-yet = Massenbearbeitungen zeichnet dieses dirdesk noch nicht in der gemeinsamen Datenbank auf: Es wurde nichts geändert. Bearbeiten Sie die Objekte einzeln oder aktualisieren Sie dirdesk.
queue-finished-elsewhere = ein anderer Arbeitsplatz von Ihnen hat diese Änderung inzwischen aufgezeichnet; sie wird nicht doppelt aufgezeichnet.
history-bad-date = „{ $date }“ ist kein Datum: Schreiben Sie 2026-11-30 oder 2026-11-30T08:00:00Z.
history-col-when = Wann
history-col-store = Identitätsspeicher
history-col-object = Objekt
history-col-dn = DN
history-col-author = Geändert von
history-col-attribute = Attribut
history-col-old = Alter Wert
history-col-new = Neuer Wert
history-col-told = Benachrichtigungen
cli-history-needs-user = Der Speicher „{ $name }“ führt seinen Verlauf in einer gemeinsamen Datenbank: Melden Sie sich mit --user und --password-stdin an, um ihn zu lesen.
cli-history-written = In { $path } geschriebene Änderungen: { $count }.
cli-arg-user-filter = Nur die Änderungen, die diese Person vorgenommen hat (ihr Anmeldename)
cli-arg-attribute = Nur Änderungen dieses Attributs
cli-arg-contains = Nur Änderungen, bei denen ein alter oder neuer Wert diesen Text enthält
cli-arg-since = Ab diesem Tag (2026-11-30) oder Zeitpunkt (2026-11-30T08:00:00Z)
cli-arg-until = Bis zum Ende dieses Tages oder bis zu diesem Zeitpunkt
cli-arg-csv = Die Änderungen als CSV in diese Datei schreiben, eine Zeile pro Attribut
cli-arg-history-user = Wer sich anmeldet, um die gemeinsame Datenbank eines Speichers zu lesen
queue-not-here = E-Mail { $id } an { $address } wurde nicht von diesem dirdesk gesendet: { $reason }
queue-waits-for-sender = sie wird mit dem eigenen E-Mail-Konto von { $login } gesendet, und zwar von einem dirdesk, an dem { $login } angemeldet ist
cli-queue-needs-user = Der Speicher „{ $name }“ führt seine Warteschlange in einer gemeinsamen Datenbank: Melden Sie sich mit --user und --password-stdin an.
cli-queue-local-store = Der Speicher „{ $name }“ führt seine Warteschlange auf diesem dirdesk: Eine Anmeldung ist nicht nötig (lassen Sie --user weg).
cli-queue-no-shared-store = Keiner der Identitätsspeicher hier führt seine Warteschlange in einer gemeinsamen Datenbank: Lassen Sie --user weg, um die eigene Warteschlange dieses dirdesk zu verwenden.
cli-queue-which-store = Mehrere Identitätsspeicher hier führen ihre Warteschlange in einer gemeinsamen Datenbank: Nennen Sie einen mit --store.
history-filter-user = Geändert von (Anmeldename)
history-filter-object = Objekt (DN)
history-filter-attribute = Attribut
history-filter-contains = Alter oder neuer Wert enthält
history-filter-since = Von
history-filter-until = Bis
history-search = Suchen
history-clear = Leeren
history-export = CSV exportieren…
history-previous = Zurück
history-next = Weiter
history-page = Seite { $number }
history-recorded-by = aufgezeichnet von { $login } am { $at }
history-source-this-desk = Auf diesem dirdesk aufgezeichnet.
history-source-shared = Aus der Datenbank { $database } der Organisation, als { $person }.
history-sign-in-first = „{ $store }“ führt seinen Verlauf und seine Warteschlange in der Datenbank { $database } der Organisation: Melden Sie sich im Objekteditor bei „{ $store }“ an, um sie zu sehen.
keep-days = { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
}
keep-months = { $count ->
    [one] { $count } Monat
   *[other] { $count } Monate
}
keep-years = { $count ->
    [one] { $count } Jahr
   *[other] { $count } Jahre
}
keep-all = Alle (nichts wird entfernt)
keep-unknown = „{ $text }“ ist keine Aufbewahrungsdauer: Verwenden Sie eine von { $choices }.
keep-other = ein Zeitraum, den dieses dirdesk nicht anbietet
cli-db-retention = Aufbewahrungsdauer des Verlaufs: { $keep } (gewählt von { $who }, { $at }); ältere Einträge werden von den Arbeitsplätzen entfernt, außer denen, auf die noch eine E-Mail wartet.
cli-db-retention-unchosen = Der gesamte Verlauf wird aufbewahrt: Kein Administrator hat eine Dauer gewählt.
cli-db-retention-removed = { $count } Einträge des Verlaufs entfernt, die älter waren.
cli-about-db-retention = Anzeigen, wie lange der gemeinsame Verlauf aufbewahrt wird, oder (Mitglieder von dirdesk_admin) dies festlegen
cli-arg-keep = 30-days, 60-days, 90-days, 6-months, 1-year, 2-years, 5-years oder all (nichts wird entfernt)
history-keep = Verlauf aufbewahren:
history-keep-chosen-by = gewählt von { $who }
history-kept = Wie gewählt aufbewahrt: { $count } ältere Einträge entfernt.
cli-history-uploaded = { $added } Ihrer Änderungen aus dem Verlauf dieses dirdesk hochgeladen; { $there } waren bereits vorhanden.
cli-history-left-for = { $count } Änderungen von { $name } bleiben auf diesem dirdesk, bis diese Person sie selbst hochlädt (mit der eigenen Anmeldung).
cli-arg-upload = Ihre Änderungen im eigenen Verlauf dieses dirdesk für den Speicher in dessen gemeinsame Datenbank übernehmen (einmalig: erneutes Ausführen fügt nichts hinzu)
queue-waits-for-store-account = sie wird mit dem eigenen E-Mail-Konto des Speichers gesendet, und zwar von einem dirdesk, der zum Senden damit eingerichtet ist
