# dirdesk — Nederlands

## Venster en navigatie
app-title = dirdesk Admin Center
nav-identity-stores = Identiteitsarchieven
nav-notifications = Meldingen
nav-history = Geschiedenis

## Pagina ‘Identiteitsarchieven’
identity-stores-title = Identiteitsarchieven
identity-stores-create = Identiteitsarchief maken
identity-stores-empty = Nog geen identiteitsarchieven. Klik op ‘Identiteitsarchief maken’ om dirdesk te verbinden met een Active Directory-domein of een LDAP-directory.

## Pagina ‘Meldingen’ (wachtrij)
notifications-title = Meldingen
notifications-empty = Geen meldingen in de wachtrij.

## Pagina ‘Geschiedenis’
history-title = Geschiedenis
history-empty = Er zijn nog geen wijzigingen via dirdesk gemaakt.

## Opdrachtregel
cli-error = fout: { $message }

## Distinguished names
dn-empty = de DN is leeg
dn-missing-equals = ‘{ $part }’ bevat geen ‘=’: elk deel van een DN ziet eruit als cn=Naam
dn-bad-attribute-type = ‘{ $part }’ is geen attribuuttype
dn-empty-value = ‘{ $part }’ heeft een lege waarde
dn-bad-escape = ‘{ $part }’ eindigt met een onvoltooide escape

## Controle van identiteitsarchieven en meldingsinstellingen
invalid-name-empty = Voer een naam in voor het identiteitsarchief.
invalid-name-taken = Er bestaat al een identiteitsarchief met de naam ‘{ $name }’.
invalid-no-servers = Voeg minstens één server toe (domeinnaam of hostnaam).
invalid-host = ‘{ $host }’ is geen hostnaam of IP-adres.
invalid-port = De poort van { $server } moet tussen 1 en 65535 liggen.
invalid-base-dn = De basis-DN is niet geldig: { $reason }.
invalid-login-attribute = ‘{ $attribute }’ is geen attribuutnaam.
invalid-service-account = ‘{ $account }’ is geen serviceaccount: voer een DN in (bij Active Directory ook gebruiker@domein of DOMEIN\gebruiker).
invalid-smtp-server-empty = Voer de SMTP-server in die de meldingen verstuurt.
invalid-smtp-port = De SMTP-poort moet tussen 1 en 65535 liggen.
invalid-ssl-on-25 = Poort 25 spreekt geen SSL: gebruik STARTTLS op 25 of 587, of SSL op 465.
invalid-from = ‘{ $address }’ is geen e-mailadres voor ‘Afzenderadres’.
invalid-smtp-username-empty = Voer de SMTP-gebruikersnaam in, of zet ‘SMTP-verificatie gebruiken’ uit.
invalid-address = ‘{ $address }’ is geen e-mailadres.

## Configuratiebestand
config-damaged = Het configuratiebestand { $path } is beschadigd op regel { $line }, kolom { $column }: { $reason }. Het is ongewijzigd gelaten en er is een kopie bewaard in { $backup }. Herstel het, of verplaats het om opnieuw te beginnen.
config-newer = Het configuratiebestand { $path } is geschreven door een nieuwere dirdesk (indeling { $version }); deze versie wijzigt het niet.
config-io = Kan { $path } niet lezen of schrijven: { $reason }

## Sleutelhanger
keychain-unavailable = Geen bruikbare sleutelhanger: { $reason }. dirdesk bewaart wachtwoorden alleen in de sleutelhanger van het besturingssysteem; ontgrendel of start die (op Linux een Secret Service zoals GNOME Keyring of KWallet) en probeer het opnieuw.
keychain-failed = De sleutelhanger weigerde: { $reason }

## Directoryverbindingen
ldap-refused = { $server } weigerde de verbinding: draait de directoryserver en klopt de poort?
ldap-unreachable = Kan { $server } niet bereiken: { $reason }
ldap-timeout = { $server } antwoordde niet op tijd.
ldap-cert-not-trusted = Het TLS-certificaat van { $server } wordt niet vertrouwd: ‘{ $subject }’, uitgegeven door ‘{ $issuer }’. Heeft uw organisatie een eigen certificeringsinstantie, kies dan het CA-certificaatbestand daarvan.
ldap-cert-wrong-name = Het TLS-certificaat van { $server } (‘{ $subject }’) is voor andere namen: { $names }. Verbind met een van die namen.
ldap-cert-expired = Het TLS-certificaat van { $server } (‘{ $subject }’) is verlopen.
ldap-cert-other = Het TLS-certificaat van { $server } (‘{ $subject }’) is geweigerd: { $reason }
ldap-tls = TLS met { $server } is mislukt: { $reason }
ldap-wrong-credentials = Onjuiste gebruikersnaam of onjuist wachtwoord.
ldap-tls-required = { $server } vereist hiervoor een versleutelde verbinding: kies LDAPS of StartTLS.
ldap-base-dn-not-found = De basis-DN ‘{ $base_dn }’ bestaat niet op de server.
ldap-base-dn-not-found-anonymous = De basis-DN ‘{ $base_dn }’ is niet gevonden; zonder serviceaccount verbergt de server hem misschien voor anonieme gebruikers.
ldap-server-error = De server antwoordde met fout { $code }: { $text }
ldap-disconnected = De verbinding met de directory is verbroken: { $reason }
ldap-referral = De directory verwees naar een andere server ({ $to }). dirdesk praat alleen met de servers van het identiteitsarchief en is de verwijzing dus niet gevolgd.
ldap-too-many-results = De directory bleef resultaten sturen na { $limit }; dirdesk is gestopt met lezen. Maak de zoekopdracht nauwkeuriger.
ldap-malformed = { $server } stuurde een antwoord dat geen geldig LDAP is; er is niets gewijzigd.
connection-server-failed = { $server }: { $reason }

## Gedeelde labels (de woorden van het artikel)
store-type-ad = Active Directory
store-type-ldap = Algemeen LDAP
security-ldaps = LDAPS
security-starttls = StartTLS
security-none = Geen (onveilig)
status-healthy = In orde
status-errors = Fouten
status-not-checked = Niet gecontroleerd
smtp-security-ssl = SSL ingeschakeld
smtp-security-starttls = STARTTLS
smtp-security-none = Geen (onveilig)
label-smtp-server = SMTP-server
label-from = Afzenderadres
label-port = Poort
label-smtp-security = Beveiliging
label-use-smtp-auth = SMTP-verificatie gebruiken
label-smtp-username = SMTP-gebruikersnaam
label-smtp-ca-file = CA-certificaatbestand
label-to = Aan:
label-cc = Cc:
also-logged-in-users = Aangemelde gebruikers, voor hun acties
also-object-modified = Gewijzigd object
also-group-owners = Groepseigenaar/-eigenaren, voor hun groepen
also-managers = Leidinggevende(n), voor hun directe medewerkers
also-added-members = Nieuw toegevoegde groepsleden, bij toevoegen
also-removed-members = Verwijderd groepslid, bij verwijderen
also-public-group-owners = Eigenaar van openbare groep, bij aan- of afmelden van leden
membership-join = Lid worden
membership-leave = Verlaten
my-groups = Mijn groepen
column-name = NAAM
column-type = TYPE
column-servers = SERVERS
column-security = BEVEILIGING
column-base-dn = BASIS-DN
column-enabled = INGESCHAKELD
column-status = STATUS
column-last-check = LAATSTE CONTROLE
yes = ja
no = nee
on = aan
off = uit

## Meldingen van de opdrachtregel
cli-no-such-store = Er is geen identiteitsarchief met de naam ‘{ $name }’.
cli-no-stores = Nog geen identiteitsarchieven. Voeg er een toe met: dirdesk store add --help
cli-bad-host = ‘{ $host }’ is niet HOST of HOST:POORT.
cli-bad-addresses = Geen e-mailadressen: { $addresses }
cli-empty-password = Het wachtwoord dat van standaardinvoer is gelezen, is leeg.
cli-prompt-service-password = Wachtwoord van het serviceaccount:
cli-store-added = Identiteitsarchief ‘{ $name }’ toegevoegd.
cli-store-saved = Identiteitsarchief ‘{ $name }’ opgeslagen.
cli-store-removed = Identiteitsarchief ‘{ $name }’ en de bijbehorende wachtwoorden verwijderd.
cli-store-enabled = Identiteitsarchief ‘{ $name }’ ingeschakeld.
cli-store-disabled = Identiteitsarchief ‘{ $name }’ uitgeschakeld.
cli-test-server-ok = { $server }: verbonden ({ $vendor }; naamgevingscontexten: { $contexts })
cli-test-healthy = ‘{ $name }’ is in orde.
cli-test-errors = ‘{ $name }’ heeft fouten: { $reason }
cli-notifications-saved = Meldingsinstellingen van ‘{ $name }’ opgeslagen.
ldap-no-service-password = Er is geen wachtwoord opgeslagen voor het serviceaccount: stel het in met --service-password-stdin.

## Objecten bewerken
edit-read-only = ‘{ $attribute }’ wordt door de directory bijgehouden en kan niet worden gewijzigd.
edit-binary = ‘{ $attribute }’ bevat binaire gegevens, die dirdesk niet bewerkt.
edit-single-valued = ‘{ $attribute }’ neemt maar één waarde aan.
ldap-account-locked = Dit account is vergrendeld. Vraag uw beheerder het te ontgrendelen.
ldap-account-disabled = Dit account is uitgeschakeld.
ldap-password-expired = Het wachtwoord van dit account is verlopen of moet worden gewijzigd voordat u zich aanmeldt.
ldap-no-such-object = ‘{ $dn }’ bestaat niet (meer).
change-nothing = Niets op te slaan: de waarden zijn gelijk aan die in de directory.
change-conflict = Niet opgeslagen: iemand anders heeft dit object gewijzigd sinds u het opende. Laad het opnieuw om de huidige waarden te zien.
change-insufficient-access = Niet opgeslagen: u hebt geen toestemming om dit te wijzigen ({ $detail }).
membership-closed-join = Deze groep staat niet toe dat leden er zelf lid van worden. De directory meldde: { $detail }
membership-closed-leave = Deze groep staat niet toe dat leden haar zelf verlaten. De directory meldde: { $detail }
change-schema-violation = Niet opgeslagen: de directory accepteert deze waarde niet ({ $detail }).
change-refused = Niet opgeslagen: de directory weigerde de wijziging ({ $detail }).
change-busy = Niet opgeslagen: de directory is bezet of niet beschikbaar ({ $detail }). Probeer het zo opnieuw.
kind-group = groep
kind-user = gebruiker
kind-other = object
no-value = (geen waarde)
binary-value = <binair, { $bytes } bytes>
cli-store-disabled-sign-in = Het identiteitsarchief ‘{ $name }’ is uitgeschakeld.
cli-prompt-password = Wachtwoord voor { $user }:
cli-password-needed = Er is een wachtwoord nodig: gebruik --password-stdin, of voer het uit in een terminal.
cli-found = { $count ->
    [one] 1 object gevonden.
   *[other] { $count } objecten gevonden.
}
cli-finished-earlier-change = Een wijziging die een eerdere uitvoering opsloeg maar niet vastlegde, is afgerond: { $change }
cli-bad-pair = ‘{ $pair }’ is niet ATTR=WAARDE.
cli-no-edits = Niets te wijzigen: gebruik --set, --add, --remove of --clear.
cli-changed = ‘{ $name }’ ({ $kind }, { $dn }) gewijzigd als { $author } op { $at }:
cli-current-value = { $attribute } is nu: { $value }

## Meldingsmails
email-subject-own = Uw wijziging: { $kind } ‘{ $name }’
email-subject-other = { $kind } ‘{ $name }’ gewijzigd door { $author }
email-greeting = Hallo { $name },
email-greeting-anonymous = Hallo,
email-intro-own = hierbij bevestigen we uw wijziging aan dit object in { $store }: { $kind } ‘{ $name }’.
email-intro-other = { $author } heeft dit object in { $store } gewijzigd: { $kind } ‘{ $name }’.
email-label-object = Object
email-label-dn = Distinguished name
email-label-author = Gewijzigd door
email-label-when = Wanneer
email-col-attribute = Attribuut
email-col-old = Oude waarde
email-col-new = Nieuwe waarde
email-added = Toegevoegd
email-removed = Verwijderd
email-no-value = (geen)
email-why-logged-in-user = U ontvangt deze e-mail omdat u deze wijziging hebt gemaakt.
email-why-list = U ontvangt deze e-mail omdat dit adres op de meldingslijst van het identiteitsarchief staat.
email-why-object = U ontvangt deze e-mail omdat de wijziging u betreft of een groep waartoe u behoort.
email-why-owner = U ontvangt deze e-mail omdat u eigenaar bent van deze groep.
email-why-manager = U ontvangt deze e-mail omdat de wijziging een van uw directe medewerkers betreft.
email-why-added = U ontvangt deze e-mail omdat u aan deze groep bent toegevoegd.
email-why-removed = U ontvangt deze e-mail omdat u uit deze groep bent verwijderd.
email-why-public-owner = U ontvangt deze e-mail omdat u eigenaar bent van deze groep en iemand er zelf lid van is geworden of haar zelf heeft verlaten.
email-footer = Gemaakt met dirdesk.
email-digest-subject-own = Uw wijzigingen in { $store }: { $count }
email-digest-subject-other = Wijzigingen door { $author } in { $store }: { $count }
email-digest-intro-own = hierbij bevestigen we de wijzigingen die u in één keer in { $store } hebt gemaakt: { $count } in totaal.
email-digest-intro-other = { $author } heeft in één keer wijzigingen gemaakt in { $store }: { $count } in totaal.
email-digest-more = Hier staan de eerste { $listed }; de volledige lijst ({ $count } in totaal) staat in het bijgevoegde bestand { $file }.
email-digest-why-logged-in-user = U ontvangt deze e-mail omdat u deze wijzigingen hebt gemaakt.
email-digest-why-object = U ontvangt deze e-mail omdat deze wijzigingen u betreffen of groepen waartoe u behoort.
email-digest-why-owner = U ontvangt deze e-mail omdat u eigenaar bent van groepen die zijn gewijzigd.
email-digest-why-manager = U ontvangt deze e-mail omdat deze wijzigingen uw directe medewerkers betreffen.
email-digest-why-added = U ontvangt deze e-mail omdat u aan groepen bent toegevoegd.
email-digest-why-removed = U ontvangt deze e-mail omdat u uit groepen bent verwijderd.
email-digest-why-public-owner = U ontvangt deze e-mail omdat u eigenaar bent van groepen waarvan iemand zelf lid is geworden of die iemand zelf heeft verlaten.

## Meldingswachtrij
queue-error = De meldingswachtrij { $path } kan niet worden gebruikt: { $reason }
queue-disk-full = de schijf waarop ze staat, is vol. Maak ruimte vrij; er is niets verloren gegaan.
queue-read-only = er kan niet in haar map worden geschreven (alleen-lezen). Er is niets verloren gegaan.

## Mailserver
smtp-not-configured = In de meldingsinstellingen van het archief is geen SMTP-server ingesteld.
smtp-refused = De mailserver { $server } weigerde de verbinding: draait hij en klopt de poort?
smtp-timeout = De mailserver { $server } antwoordde niet op tijd.
smtp-not-trusted = Het TLS-certificaat van de mailserver { $server } wordt niet vertrouwd ({ $detail }). Is het ondertekend door de eigen certificeringsinstantie van uw organisatie, stel dan het CA-certificaatbestand daarvan in.
smtp-tls = TLS met de mailserver { $server } is mislukt: { $detail }
smtp-auth-failed = De mailserver weigerde de SMTP-gebruikersnaam of het wachtwoord: { $detail }
smtp-sender-refused = De mailserver weigerde het afzenderadres: { $detail }
smtp-recipient-refused = De mailserver weigerde de ontvanger: { $detail }
smtp-permanent = De mailserver weigerde het bericht: { $detail }
smtp-temporary = De mailserver kon het bericht nu niet aannemen: { $detail }
test-email-subject = Testmelding van dirdesk
test-email-body = Dit is een testmail van dirdesk, verzonden via { $server }. Kunt u hem lezen, dan bereiken meldingen u.
cli-notify-sent = { $address }: verzonden ({ $answer })
cli-notify-queued = { $address }: in de wachtrij — { $reason } Er wordt automatisch opnieuw geprobeerd (dirdesk queue send --all verstuurt hem nu; met --user voor een archief met een gedeelde database).
cli-notify-failed = { $address }: niet verzonden — { $reason }
cli-notify-not-mail-enabled = { $dn }: niet verzonden — het account heeft geen e-mailadres (meldingen gaan alleen naar gebruikers met e-mail).
cli-notify-malformed = { $who }: niet verzonden — ‘{ $address }’ is geen bruikbaar e-mailadres.
cli-notify-unwritten = { $who }: niet verzonden — de e-mail kon niet worden opgesteld: { $problem }
cli-notify-none = Geen meldingen voor deze wijziging (er zijn er geen ingeschakeld voor dit identiteitsarchief).
cli-test-email-sent = Testmail aan { $address } geaccepteerd door de server: { $answer }
queue-status-pending = In afwachting
queue-status-sending = Bezig
queue-status-sent = Verzonden
queue-status-failed = Mislukt
queue-col-id = ID
queue-col-status = Status
queue-col-subject = Onderwerp
queue-col-date = Datum
queue-col-to = Aan
queue-col-from = Van
queue-col-cc = Cc
queue-col-last-retry = Laatste poging
queue-col-retry-count = Pogingen
queue-col-in-progress = Bezig
queue-last-error = laatste fout: { $error }
queue-no-such-email = Er staat geen onverzonden e-mail met ID { $id } in de wachtrij.
queue-deleted = E-mail { $id } uit de wachtrij verwijderd.
queue-store-gone = { $count } e-mails in de wachtrij horen bij een identiteitsarchief dat niet meer bestaat.
history-line = { $at }  { $author } wijzigde ‘{ $name }’ ({ $dn }) in { $store }

## Kaarten van identiteitsarchieven
store-disabled-badge = Uitgeschakeld
store-last-check = Laatste verbindingscontrole: { $when }
menu-more = Meer acties
menu-edit = Bewerken
menu-disable = Uitschakelen
menu-enable = Inschakelen
menu-delete = Verwijderen
delete-store-question = Het identiteitsarchief ‘{ $name }’ verwijderen?
delete-store-explanation = De instellingen en de daarvoor in de sleutelhanger bewaarde wachtwoorden worden verwijderd. De directory zelf blijft ongewijzigd.
cancel = Annuleren

## Details van het identiteitsarchief
store-details-title = Details van het identiteitsarchief
tab-general = Algemeen
tab-connection = Verbinding
settings-pane = Instellingen
configurations = Configuraties
field-store-type = Type archief
field-name = Naam
field-host = Domeinnaam of hostnaam
field-port = Poort
field-security = Beveiliging
security-insecure-warning = Zonder versleuteling gaan wachtwoorden leesbaar over het netwerk voor iedereen onderweg. Gebruik LDAPS of StartTLS.
field-ca-file = CA-certificaatbestand
field-ca-file-placeholder = Pad van een PEM-bestand (alleen voor een eigen certificeringsinstantie)
browse = Bladeren…
file-dialog-none = Er is geen bestand gekozen, of dit systeem heeft geen bestandsdialoog: typ het pad.
field-base-dn = Basis-DN
field-login-attribute = Aanmeldattribuut
field-service-account = Serviceaccount
field-service-password = Wachtwoord van het serviceaccount
field-service-password-placeholder = Bewaard in de sleutelhanger van het systeem; laat leeg om het opgeslagen wachtwoord te houden
servers-in-priority-order = Servers in volgorde van voorkeur (de eerste die antwoordt, wordt gebruikt):
add-server = Server toevoegen
remove = Verwijderen
test-connection = Verbinding testen
testing-connection = Verbinding wordt getest…
test-server-ok = { $server }: verbonden (naamgevingscontexten: { $detail })
save = Opslaan
back = ← Terug
configurations-title = Configuraties — { $store }
configurations-notifications-description = SMTP-server, ontvangers en wie over wijzigingen wordt geïnformeerd

## Pagina met meldingsinstellingen
notifications-settings-title = Meldingen — { $store }
section-smtp-server = SMTP-server
section-recipients = Ontvangers
section-also-notify = Ook informeren
label-smtp-password = SMTP-wachtwoord
addresses-placeholder = Adressen gescheiden door ;
also-notify-mail-enabled-note = Meldingen gaan alleen naar gebruikers met e-mail.
test-server = Server testen
test-notification-title = Testmelding
test-notification-address = Een testmail sturen naar
test-notification-sending = Bezig met verzenden…
test-notification-accepted = De server heeft de testmail geaccepteerd: { $answer }
settings-saved = Opgeslagen. De instellingen gelden vanaf de volgende wijziging.
close = Sluiten
ok = OK
filter-pending = In afwachting
filter-failed = Mislukt
filter-all = Alle
queue-send = Versturen
history-all-stores = Alle identiteitsarchieven
history-change = { $attribute }: { $old } → { $new }
history-email = Melding aan { $address }: { $status }
store-saved = Identiteitsarchief opgeslagen.
unsaved-question = Verlaten zonder opslaan?
unsaved-explanation = Deze pagina bevat wijzigingen die nog niet zijn opgeslagen.
unsaved-stay = Blijven
unsaved-leave = Verlaten zonder opslaan

## Objecteditor: zoeken
find-groups = Groepen
find-users = Gebruikers
find-placeholder = Naam, account of e-mailadres
find-search = Zoeken
find-searching = { $count ->
    [one] Zoeken… tot nu toe 1 gevonden
   *[other] Zoeken… tot nu toe { $count } gevonden
}
find-found = { $count ->
    [one] 1 gevonden
   *[other] { $count } gevonden
}

## Objecteditor: eigenschappen
group-properties = Groepseigenschappen
user-properties = Gebruikerseigenschappen
tab-members = Leden
tab-owner = Eigenaar
tab-email = E-mail
tab-manager = Leidinggevende
tab-attributes = Attributen
prop-display-name = Weergavenaam
prop-description = Beschrijving
prop-email = E-mail
prop-notes = Notities
prop-title = Functie
prop-telephone = Telefoonnummer
prop-manager = Leidinggevende (DN)
members-add-placeholder = Naam of DN van de persoon die u wilt toevoegen
members-add = Toevoegen…
owner-none = Deze groep heeft geen eigenaar.
attr-read-only = alleen-lezen
attr-single = één waarde
attr-multi = meerdere waarden
reload = Opnieuw laden
saving = Bezig met opslaan…
apply = Toepassen
preview-title = Deze wijzigingen worden opgeslagen:
saved-sent = Opgeslagen. Er is een bevestigingsmail naar u gestuurd op { $address }.
saved-no-mail = Opgeslagen. Uw account heeft geen e-mailadres, dus er is geen bevestiging gestuurd (meldingen gaan alleen naar gebruikers met e-mail).
saved-queued = Opgeslagen. De bevestigingsmail aan { $address } staat in de wachtrij en wordt automatisch opnieuw geprobeerd: { $reason }
saved-failed = Opgeslagen, maar de bevestigingsmail aan { $address } kon niet worden verzonden: { $reason }
saved-not-queued = Opgeslagen, maar de melding kon niet in de wachtrij worden gezet: { $reason }
saved-plain = Opgeslagen.

## Objecteditor: aanmelden
nav-object-editor = Objecteditor
sign-in-title = Meld u aan met uw directoryaccount
sign-in-store = Identiteitsarchief
sign-in-user = Gebruikersnaam
sign-in-password = Wachtwoord
sign-in-remember = Mijn wachtwoord onthouden (bewaard in de sleutelhanger van het systeem)
sign-in = Aanmelden
sign-in-busy = Bezig met aanmelden…
sign-in-no-store = Er is geen ingeschakeld identiteitsarchief om bij aan te melden. Maak er een of schakel er een in onder Identiteitsarchieven.
sign-in-enter-user = Voer uw gebruikersnaam in.
sign-in-enter-password = Voer uw wachtwoord in.
signed-in-as = Aangemeld als { $name } bij { $store }
signed-in-mail = Bevestigingsmails gaan naar { $address }
signed-in-no-mail = Uw account heeft geen e-mailadres: u ontvangt geen bevestigingsmails.
sign-out = Afmelden
back-to-results = ← Terug naar de resultaten
loading = Bezig met laden…
group-scope-global = Globaal
group-scope-domain-local = Lokaal domein
group-scope-universal = Universeel
group-kind-security = Beveiliging
group-kind-distribution = Distributie
group-scope-and-type = Groepsbereik: { $scope } · Groepstype: { $kind }

## Instellingen (van het programma zelf, in de navigatie)
# This language's name in itself, as the language list shows it.
language-name = Nederlands
nav-settings = Instellingen
app-settings-title = Instellingen
app-settings-language = Taal
app-settings-language-system = Zelfde als het systeem
app-settings-language-hint = Meldingsmails volgen altijd de voorkeurstaal van elke ontvanger, wat hier ook gekozen is.
app-settings-theme = Thema
app-settings-theme-system = Zelfde als het systeem
app-settings-theme-light = Licht
app-settings-theme-dark = Donker
# A date and time as this language writes them (strftime, as jiff reads it);
# the time zone follows.
format-date-time = %d-%m-%Y %H:%M:%S

## Hulp bij de opdrachtregel
cli-heading-usage = Gebruik
cli-heading-commands = Opdrachten
cli-heading-options = Opties
cli-heading-arguments = Argumenten
cli-about = Admin Center en objecteditor voor Active Directory en LDAP-directory’s, met meldingen van wijzigingen. Zonder opdracht opent het venster.
cli-about-store = Identiteitsarchieven beheren (de directory’s waarmee dirdesk verbindt)
cli-about-store-list = Identiteitsarchieven weergeven
cli-about-store-add = Een identiteitsarchief toevoegen
cli-about-store-edit = Een identiteitsarchief wijzigen; niet opgegeven opties blijven zoals ze zijn
cli-about-store-remove = Een identiteitsarchief en zijn wachtwoorden verwijderen
cli-about-store-enable = Een identiteitsarchief inschakelen
cli-about-store-disable = Een identiteitsarchief uitschakelen (bewaard, maar niet aangeboden om aan te melden)
cli-about-store-test = De verbinding met elke server van een archief testen en het resultaat vastleggen
cli-about-notifications = De meldingsinstellingen van een archief bekijken en wijzigen
cli-about-notifications-show = De meldingsinstellingen van een archief bekijken
cli-about-notifications-set = De meldingsinstellingen van een archief wijzigen; niet opgegeven opties blijven zoals ze zijn
cli-about-notifications-test = ‘{ test-server }’: een echte testmail versturen en het antwoord van de server tonen
cli-about-search = Groepen en gebruikers op naam zoeken, aangemeld met uw eigen account
cli-about-show = Eén object met al zijn attributen tonen
cli-about-edit = Een object wijzigen met uw eigen account; toont de wijziging en wie op de hoogte is gebracht
cli-about-join = Zelf lid worden van een groep (als de groep dit haar leden toestaat); toont de wijziging en wie op de hoogte is gebracht
cli-about-leave = Zelf een groep verlaten (als de groep dit haar leden toestaat); toont de wijziging en wie op de hoogte is gebracht
cli-already-member = U bent al lid van { $dn }: niets te wijzigen.
cli-not-a-member = U bent geen lid van { $dn }: niets te wijzigen.
cli-about-queue = Meldingsmails in de wachtrij bekijken, versturen en verwijderen
cli-about-queue-list = Meldingsmails in de wachtrij weergeven (standaard de wachtende)
cli-about-queue-send = Eén mail uit de wachtrij nu versturen, of alle wachtende (--all)
cli-about-queue-delete = Een niet-verstuurde mail uit de wachtrij verwijderen
cli-about-history = De wijzigingen tonen die via dirdesk zijn gemaakt
cli-about-help = Deze hulp tonen, of die van de opgegeven opdracht
cli-arg-help = Hulp tonen
cli-arg-version = Versie tonen
cli-arg-config-dir = Configuratie en gegevens in DIR bewaren (draagbaar gebruik, tests)
cli-arg-json = JSON in plaats van een tabel afdrukken
cli-arg-notifications-show-json = JSON in plaats van tekst afdrukken
cli-arg-show-json = JSON in plaats van tekst afdrukken
cli-arg-name = De naam van het identiteitsarchief
cli-arg-store-add-name = De naam van het archief (uniek, hoofdletterongevoelig)
cli-arg-store-edit-name = Een nieuwe naam voor het archief (uniek, hoofdletterongevoelig)
cli-arg-store = De naam van het identiteitsarchief
cli-arg-store-edit-store = Het archief dat gewijzigd wordt
cli-arg-history-store = Alleen dit identiteitsarchief
cli-arg-store-type = ldap (Generic LDAP) of ad (Active Directory)
cli-arg-hosts = HOST[:PORT], herhaald in volgorde van prioriteit
cli-arg-security = ldaps (TLS vanaf de eerste byte), starttls of none (onversleuteld, als onveilig getoond)
cli-arg-ca-file = CA-certificaatbestand (PEM) voor servers die door een eigen CA zijn ondertekend ("" verwijdert het)
cli-arg-base-dn = Basis-DN: waar zoekopdrachten beginnen (dc=example,dc=test)
cli-arg-login-attribute = Attribuut waarmee mensen zich aanmelden (uid, sAMAccountName, mail, …)
cli-arg-service-account = DN van het serviceaccount (of UPN / DOMEIN\gebruiker in Active Directory)
cli-arg-service-password-stdin = Het wachtwoord van het serviceaccount van standaardinvoer lezen
cli-arg-smtp-server = { label-smtp-server }: hostnaam of IP-adres van de mailserver
cli-arg-smtp-port = Poort van de mailserver (465 met SSL, 587 met STARTTLS)
cli-arg-smtp-security = ssl (impliciete TLS), starttls of none
cli-arg-smtp-ca-file = CA-certificaatbestand (PEM) voor een mailserver die door een eigen CA is ondertekend ("" verwijdert het)
cli-arg-from = { label-from }
cli-arg-smtp-user = SMTP-gebruikersnaam; zet ‘{ label-use-smtp-auth }’ aan ("" zet het uit)
cli-arg-smtp-password-stdin = Het SMTP-wachtwoord van standaardinvoer lezen
cli-arg-to = Ontvangers van elke melding, gescheiden door ‘;’
cli-arg-cc = CC-ontvangers van elke melding, gescheiden door ‘;’
cli-arg-notifications-test-to = Het adres waarnaar de testmail gaat
cli-arg-logged-in-users = { section-also-notify }: { also-logged-in-users }
cli-arg-object-modified = { section-also-notify }: { also-object-modified }
cli-arg-group-owners = { section-also-notify }: { also-group-owners }
cli-arg-managers = { section-also-notify }: { also-managers }
cli-arg-added-members = { section-also-notify }: { also-added-members }
cli-arg-removed-members = { section-also-notify }: { also-removed-members }
cli-arg-public-group-owners = { section-also-notify }: { also-public-group-owners }
cli-arg-user = De gebruikersnaam in de directory waarmee u zich aanmeldt
cli-arg-password-stdin = Het wachtwoord van standaardinvoer lezen
cli-arg-groups = Alleen groepen
cli-arg-users = Alleen gebruikers
cli-arg-text = Tekst die de naam bevat (leeg: alles)
cli-arg-dn = De distinguished name (DN) van het object
cli-arg-set = ATTR op VALUE zetten (herhalen voor meerdere waarden)
cli-arg-add = VALUE aan ATTR toevoegen
cli-arg-remove = VALUE uit ATTR verwijderen
cli-arg-clear = Alle waarden van ATTR verwijderen
cli-arg-dry-run = De wijziging (attribuut: oud → nieuw) afdrukken zonder haar toe te passen
cli-arg-edit-dn = De distinguished name (DN) van het object; of een bulkwijziging met --from, --filter of --groups
cli-arg-edit-from = Een bulkwijziging: elke wijziging uit een LDIF-bestand met wijzigingsrecords (zoals ldapmodify ze leest) of een CSV-blad (dn,ATTR,…: vervangen door de waarde van de cel; een lege cel laat de waarde ongemoeid)
cli-arg-edit-format = ldif of csv (standaard csv voor een naam die op .csv eindigt, anders ldif)
cli-arg-edit-clear-marker = In een CSV-blad: de celtekst die een attribuut leegmaakt (bijvoorbeeld -)
cli-arg-edit-filter = Een bulkwijziging van elk object dat een LDAP-filter (RFC 4515) onder de basis-DN vindt, met --set/--add/--remove/--clear
cli-arg-edit-groups = Een bulkwijziging van elke groep waarvan de naam TEXT bevat, met --set/--add/--remove/--clear
cli-arg-edit-in-flight = Aantal wijzigingen dat bij een bulkwijziging tegelijk onderweg is (1–64)
cli-arg-edit-json = Bulkwijzigingen: één JSON-object per wijziging, daarna één voor de hele uitvoering
cli-arg-pending = Alleen mails die nog verstuurd moeten worden (standaard)
cli-arg-failed = Alleen mails die niet verstuurd konden worden
cli-arg-all = Alle mails, wat er ook van geworden is
cli-arg-queue-send-all = Alle wachtende mails versturen
cli-arg-id = Het nummer van de mail, zoals ‘dirdesk queue list’ het toont
cli-arg-object = Alleen dit object (zijn DN)
invalid-smtp-unencrypted-authentication = Zonder versleuteling zou het SMTP-wachtwoord leesbaar over het netwerk gaan voor iedereen onderweg. Kies SSL of STARTTLS, of sta het uitdrukkelijk toe (‘Wachtwoord onversleuteld verzenden’; op de opdrachtregel --allow-unencrypted-auth on).
smtp-unencrypted-authentication = Niet verzonden: { $server } zou het SMTP-wachtwoord onversleuteld hebben ontvangen, en deze instellingen staan dat niet toe. Kies SSL of STARTTLS op de pagina Meldingen van de opslag.
smtp-unencrypted-warning = Zonder versleuteling gaat het SMTP-wachtwoord leesbaar over het netwerk voor iedereen onderweg. Gebruik SSL of STARTTLS.
label-smtp-allow-unencrypted-auth = Wachtwoord onversleuteld verzenden
cli-arg-allow-unencrypted-auth = on: ook met --smtp-security none bij de mailserver aanmelden, hoewel het wachtwoord dan leesbaar over het netwerk gaat
sign-in-remember-failed = Aangemeld, maar uw wachtwoord kon niet in de sleutelhanger van het systeem worden bewaard, dus het wordt de volgende keer weer gevraagd: { $reason }
change-not-recordable = Niet opgeslagen: de wijziging kon niet vooraf worden vastgelegd, dus er is niets gewijzigd ({ $detail }).
ldap-own-entry-unreadable = Uw wachtwoord is geaccepteerd, maar de directory laat { $dn } zijn eigen vermelding (naam en e-mailadres) niet lezen, en deze identiteitsopslag heeft geen serviceaccount om die mee te lezen. Vraag de beheerder van de directory gebruikers hun eigen vermelding te laten lezen, of geef de opslag een serviceaccount.
published-damaged = De in de directory gepubliceerde instellingen zijn beschadigd en zijn gelaten zoals ze zijn: { $detail }
published-newer = De in de directory gepubliceerde instellingen hebben formaat { $format }, nieuwer dan deze dirdesk kent ({ $known }): werk dirdesk bij om ze te volgen. Ze worden van hieruit niet gewijzigd.

## Published stores: one policy for every desk
invalid-login-dn-template = ‘{ $template }’ is geen sjabloon voor de aanmeld-DN: het moet een DN zijn met { "{" }user{ "}" } op de plaats van de aanmeldnaam, bijv. uid={ "{" }user{ "}" },ou=people,dc=example,dc=test.
published-missing = Er is niets gepubliceerd in de directory op { $dn }.
published-unreadable = De directory laat dit account de op { $dn } gepubliceerde instellingen niet lezen: { $detail }
published-unusable = De op { $dn } gepubliceerde instellingen kunnen niet worden gevolgd: { $problem }
published-no-settings-attribute = de vermelding bestaat, maar het attribuut { $attribute } ervan kan niet worden gelezen
publish-conflict = Niet gepubliceerd: iemand anders heeft intussen andere instellingen op { $dn } gepubliceerd ({ $by }, { $when }). Er is niets gewijzigd; de nu gepubliceerde instellingen worden getoond — breng uw wijziging opnieuw aan.
publish-refused = Niet gepubliceerd: de directory weigerde ({ $reason }). Er is niets gewijzigd.
published-keeps-copy = { $problem } Deze dirdesk blijft de kopie volgen die hij op { $when } heeft gelezen.
smtp-needs-signed-in-user = Deze e-mail wordt verzonden met het account van degene die de wijziging heeft gemaakt, en dirdesk kent diens wachtwoord alleen zolang die persoon is aangemeld: de e-mail wacht in de wachtrij en gaat de volgende keer dat die persoon een wijziging opslaat de deur uit.
smtp-no-store-password = Het wachtwoord van het SMTP-account ‘{ $user }’ van het archief staat niet in de sleutelhanger van deze computer: de e-mail wacht in de wachtrij. Iemand die het kent, kan het invoeren op de pagina Meldingen of met ‘dirdesk notifications set --store NAME --smtp-password-stdin’.
cli-warning = waarschuwing: { $message }
cli-one-secret-from-stdin = Er kan maar één wachtwoord van standaardinvoer worden gelezen: geef --smtp-password-stdin en --password-stdin in twee afzonderlijke opdrachten.
cli-publish-needs-account = Deze computer heeft geen serviceaccount voor ‘{ $name }’ om de gepubliceerde instellingen mee te schrijven: geef met --user een account op dat die van de directory mag schrijven.
cli-store-published = De gedeelde instellingen van ‘{ $name }’ zijn gepubliceerd in de directory op { $dn }: elke dirdesk die ze volgt, gebruikt ze vanaf zijn volgende wijziging.
cli-store-unpublished = De op { $dn } gepubliceerde instellingen zijn verwijderd. De dirdesks die ‘{ $name }’ volgden, houden de kopie die ze het laatst lazen en krijgen te horen dat de publicatie weg is; deze dirdesk houdt de instellingen als zijn eigen.
cli-store-follows = Volgt de instellingen die in de directory op { $dn } zijn gepubliceerd door { $by }, { $when }.
cli-notifications-published = De meldingsinstellingen van ‘{ $name }’ zijn gepubliceerd in de directory op { $dn }.
cli-about-store-publish = De gedeelde instellingen van een archief in de directory publiceren (nooit een wachtwoord), zodat elke dirdesk ze volgt
cli-about-store-unpublish = De gepubliceerde instellingen van een archief uit de directory verwijderen
cli-arg-location = De DN van de gepubliceerde vermelding (standaard: cn=dirdesk onder de basis-DN)
cli-arg-login-dn-template = Algemeen LDAP: de DN waarmee mensen zich aanmelden, met { "{" }user{ "}" } in plaats van hun aanmeldnaam (uid={ "{" }user{ "}" },ou=people,dc=example,dc=test); er is geen serviceaccount nodig om ze te vinden
cli-arg-smtp-auth = Hoe bij de mailserver aan te melden: none (een relay), basic (het SMTP-account van het archief, --smtp-user), signed-in-user (de eigen aanmeldnaam en het eigen wachtwoord in de directory van elke persoon) of oauth2 (een token van --oauth-token-endpoint: met --smtp-user en het wachtwoord daarvan via password grant, zonder die alleen als app)
cli-arg-smtp-login-as = Met --smtp-auth signed-in-user: bij de mailserver aanmelden met de getypte aanmeldnaam (login) of met het e-mailadres van de persoon (mail)
settings-source-local = Instellingen van deze computer (niet gepubliceerd in de directory).
settings-source-published = Gepubliceerd in de directory op { $dn } door { $by }, { $when } (laatst gelezen { $read }).
settings-source-published-unread = Gepubliceerd in de directory op { $dn } (nog niet gelezen: ze worden gelezen bij de volgende aanmelding).
label-smtp-password-source = SMTP-wachtwoord
smtp-password-not-used = niet gebruikt
smtp-password-signed-in-user = het eigen directorywachtwoord van elke persoon, zolang die is aangemeld
smtp-password-in-keychain = in de sleutelhanger van deze computer
smtp-password-missing = niet in de sleutelhanger van deze computer
published-read-only = Deze instellingen zijn gepubliceerd in de directory en deze computer heeft geen account dat ze mag wijzigen: ze kunnen worden gewijzigd op een dirdesk met het serviceaccount van het archief, of met ‘dirdesk notifications set --store NAME --user …’ als een account dat ze van de directory mag schrijven.
settings-publishing = Bezig met publiceren in de directory…
label-smtp-signed-in-user = Aanmelden met de aanmeldgegevens van de aangemelde gebruiker
settings-published = Gepubliceerd in de directory op { $dn }: elke dirdesk die de publicatie volgt, gebruikt deze instellingen vanaf zijn volgende wijziging.
publish-refused-access = Niet gepubliceerd: de directory laat dit account de gepubliceerde instellingen niet wijzigen ({ $detail }). Er is niets gewijzigd.
machine-config-problem = Het configuratiebestand van de computer { $path } kon niet worden gebruikt, dus de identiteitsarchieven die het toevoegt, ontbreken: { $detail }
store-managed = Door de beheerder van deze computer toegevoegd voor alle gebruikers ervan.
cli-store-managed = ‘{ $name }’ is door de beheerder van deze computer toegevoegd voor alle gebruikers ervan ({ $path }); het kan hier niet worden verwijderd.
cli-notify-waiting = { $address }: wacht — { $reason }
smtp-test-needs-user = Iedereen meldt zich bij deze mailserver aan met een eigen gebruikersnaam en wachtwoord, dus de test heeft er een nodig: dirdesk notifications test --store NAME --to ADDRESS --user LOGIN --password-stdin.
published-foreign = De vermelding { $dn } bevat niet de door dirdesk gepubliceerde instellingen (een ander soort object heeft die naam): ze blijft ongemoeid. Publiceer elders met --location.
publish-location-not-cn = de locatie { $dn } moet met cn= beginnen (de vermelding is genoemd naar haar cn)
field-login-dn-template = Sjabloon voor de aanmeld-DN (optioneel)

## Big groups, Member Of, finding people as ADUC does
members-count = { $count ->
    [one] 1 lid
   *[other] { $count } leden
}
members-shown = { $shown } van { $count } getoond
members-reading-names = Namen worden gelezen… { $read } van { $count }
members-filter-placeholder = Leden filteren op naam of DN
tab-member-of = Lid van
member-of-nested = Ook groepen opnemen waarvan het via andere groepen lid is
member-of-none = Geen lid van een groep.
member-of-count = { $count ->
    [one] Lid van 1 groep
   *[other] Lid van { $count } groepen
}
member-of-direct = direct
member-of-nested-via = via een andere groep
member-of-primary = primaire groep
find-matched = { $attribute }: { $value }

## Kerberos single sign-on
kerberos-no-ticket = Geen Kerberos-ticket: deze computer heeft geen Windows/Kerberos-aanmelding om te gebruiken (voer op Linux of macOS eerst ‘kinit’ uit). Meld u in plaats daarvan aan met uw gebruikersnaam en wachtwoord.
kerberos-expired = Uw Kerberos-ticket is verlopen: meld u opnieuw aan bij Windows (of voer ‘kinit’ uit), of meld u aan met uw gebruikersnaam en wachtwoord.
kerberos-clock-skew = De klok van deze computer en die van de domeincontroller lopen verder uiteen dan Kerberos toestaat (5 minuten): zet de klok goed, of meld u aan met uw gebruikersnaam en wachtwoord.
kerberos-no-spn = De directory heeft geen Kerberos-service-principal { $spn }: maak verbinding met de domeincontroller via de volledige naam (zoals die in de directory is geregistreerd), of meld u aan met uw gebruikersnaam en wachtwoord.
kerberos-other = Aanmelden met Kerberos is mislukt: { $reason }
kerberos-signed-in = Aangemeld als { $principal } met uw Windows/Kerberos-aanmelding, binnen de geverifieerde TLS-verbinding.
kerberos-mail-needs-password = Dit archief verstuurt bevestigingen met uw eigen e-mailaccount, en daarvoor is uw wachtwoord nodig; een Kerberos-aanmelding geeft dirdesk dat niet. Uw bevestigingen wachten in de wachtrij tot u zich één keer aanmeldt met uw gebruikersnaam en wachtwoord.
sign-in-kerberos = Aanmelden als { $principal }
kerberos-signed-in-sealed = Aangemeld als { $principal } met uw Windows/Kerberos-aanmelding; dit archief gebruikt geen TLS, dus versleutelt Kerberos de verbinding zelf.
kerberos-no-sealing = { $server } biedt geen Kerberos-versleuteling voor een verbinding zonder TLS, en dirdesk meldt zich nooit onversleuteld aan: kies LDAPS of StartTLS voor dit archief, of meld u aan met uw gebruikersnaam en wachtwoord.
kerberos-not-inside-tls = { $server } accepteert geen Kerberos-aanmelding binnen TLS ({ $reason }). Windows-domeincontrollers doen dat wel; op Samba is de instelling ‘ldap server require strong auth = allow_sasl_over_tls’. Meld u tot die tijd aan met uw gebruikersnaam en wachtwoord, of maak zonder TLS verbinding met dit archief: Kerberos versleutelt de verbinding dan zelf.
kerberos-other-person = Het Kerberos-ticket op deze computer is nu van iemand anders ({ $now }): onder deze aanmelding gebeurt niets meer. Meld u opnieuw aan.
kerberos-kdc-timeout = De Kerberos-domeincontroller (KDC) antwoordde niet op tijd.
kerberos-other-realm = Het Kerberos-ticket is voor { $principal }, uit een ander realm dan dat van deze opslag ({ $realm }), en de directory kan niet zeggen wie dat hier is: meld u aan met uw gebruikersnaam en wachtwoord.
cli-arg-member-of = Ook de groepen tonen waarvan het lid is (Lid van)
cli-arg-nested = Met --member-of: ook de groepen waarvan het via andere groepen lid is
cli-arg-kerberos = Aanmelden met uw Kerberos-ticket (uw Windows-aanmelding of kinit) in plaats van een wachtwoord

## OAuth 2.0 for SMTP (Microsoft 365, Google)
oauth-bad-endpoint = Het Token Endpoint ‘{ $endpoint }’ is geen https://-adres: dirdesk verstuurt een clientgeheim alleen over geverifieerde TLS.
oauth-no-client-secret = Er staat geen OAuth 2.0-clientgeheim voor dit archief in de sleutelhanger van deze computer: voer het Client Secret in op de pagina Meldingen, of gebruik ‘dirdesk notifications set --oauth-client-secret-stdin’.
oauth-wrong-client-secret = Het tokeneindpunt weigerde de Client ID of het Client Secret ({ $detail }): controleer beide op de pagina Meldingen; een verlopen geheim moet worden vervangen door een nieuw uit de app-registratie.
oauth-wrong-password = Het tokeneindpunt weigerde de gebruikersnaam of het wachtwoord ({ $detail }).
oauth-needs-mfa = Het tokeneindpunt vraagt dit account om meervoudige aanmelding ({ $detail }), wat een mailafzender niet kan geven: dit account mag geen meervoudige aanmelding vereisen (sluit het uit in de Conditional Access van de tenant), of laat Gebruikersnaam en Wachtwoord leeg om alleen als app te verzenden.
oauth-refused = Het tokeneindpunt weigerde een token uit te geven: { $detail }
oauth-unreachable = Het tokeneindpunt { $endpoint } is niet bereikbaar ({ $detail }); de e-mails wachten en worden opnieuw geprobeerd.
oauth-not-trusted = Het tokeneindpunt { $endpoint } kan niet worden vertrouwd ({ $detail }): voeg het CA-certificaat ervan toe aan het CA-certificaatbestand voor SMTP, of aan de vertrouwde certificaten van deze computer.
oauth-malformed = Het tokeneindpunt { $endpoint } antwoordde zonder token ({ $detail }).
smtp-token-refused = De mailserver weigerde het OAuth 2.0-token, ook een nieuw ({ $detail }): de mailbox of de app mag mogelijk niet via SMTP verzenden (Exchange: SMTP AUTH aangezet voor de mailbox, en de machtiging SMTP.Send of SMTP.SendAsApp voor de app).
smtp-needs-oauth = De mailserver accepteert geen wachtwoord ({ $detail }): deze server vereist OAuth 2.0 — kies OAuth 2.0 bij ‘SMTP-verificatie gebruiken’.
cli-oauth-needs-client-id = OAuth 2.0 heeft de client-ID van de app nodig: --oauth-client-id.
cli-arg-oauth-token-endpoint = OAuth 2.0-tokeneindpunt (https://…/oauth2/v2.0/token)
cli-arg-oauth-client-id = OAuth 2.0-client-ID (die van de app-registratie)
cli-arg-oauth-client-secret-stdin = Het OAuth 2.0-clientgeheim van standaardinvoer lezen (samen met --smtp-password-stdin: het geheim op de eerste regel, het wachtwoord op de tweede)
cli-arg-oauth-scope = OAuth 2.0-scopes, gescheiden door spaties (bijv. https://outlook.office365.com/.default)
label-smtp-auth-method = Authenticatie
smtp-auth-basic = Basic
smtp-auth-oauth2 = OAuth 2.0 (Token Endpoint { $endpoint }, Client ID { $client }, Scope { $scope }; het Client Secret staat in de sleutelhanger van deze computer)
label-oauth-token-endpoint = Token Endpoint
label-oauth-client-id = Client ID
label-oauth-client-secret = Client Secret
label-oauth-scope = Scope
smtp-auth-oauth2-choice = OAuth 2.0
invalid-oauth-client-id-empty = Vul de Client ID van de app-registratie in.

## Notification Editor (templates)
template-email-change = Wijzigingsbevestiging
template-email-test = Testmail
template-email-digest = Overzicht van een bulkwijziging
template-part-subject = Onderwerp
template-part-html = HTML
template-part-text = Platte tekst
template-problem-at = { $part }, regel { $line }, kolom { $column }: { $detail }
template-problem-line = { $part }, regel { $line }: { $detail }
template-problem = { $part }: { $detail }
template-unknown-tag = onbekende tag ‘{ $tag }’
template-tag-object-name = Objectnaam
template-tag-object-kind = Objecttype
template-tag-object-dn = Distinguished name van het object
template-tag-changes = Tabel van gewijzigde attributen (oude en nieuwe waarden)
template-tag-author-name = Gewijzigd door: naam
template-tag-author-mail = Gewijzigd door: e-mailadres
template-tag-author-dn = Gewijzigd door: distinguished name
template-tag-when = Wanneer
template-tag-store = Identiteitsarchief
template-tag-recipient-name = Naam van de ontvanger
template-tag-recipient-address = Adres van de ontvanger
template-tag-own = Of de ontvanger de wijziging zelf heeft gemaakt
template-tag-reasons = Waarom de ontvanger deze mail krijgt
template-tag-server = Mailserver
template-tag-count = Aantal gewijzigde objecten
template-tag-objects = Tabel van gewijzigde objecten en attributen (oude en nieuwe waarden)
template-tag-more = Hoeveel er niet vermeld zijn (ze staan in de bijlage)
template-tag-attachment = Naam van de bijgevoegde lijst
template-built-in = ingebouwd
template-custom = eigen sjabloon van het archief
template-custom-parts = eigen sjabloon van het archief: { $parts }
cli-about-templates = De Meldingeneditor: de tekst van de mails die dirdesk verstuurt, per taal
cli-about-templates-list = De mailsjablonen van een archief tonen, en welke daarvan eigen sjablonen zijn
cli-about-templates-show = Onderwerp, HTML en platte tekst van een sjabloon tonen (het eigen sjabloon van het archief of het ingebouwde)
cli-about-templates-set = Een sjabloon wijzigen; niet opgegeven delen blijven zoals ze zijn. Wordt gecontroleerd voordat het wordt opgeslagen
cli-about-templates-reset = Teruggaan naar het ingebouwde sjabloon
cli-about-templates-preview = Een sjabloon invullen met een voorbeeldwijziging: drukt het onderwerp en de platte tekst af
cli-arg-email = Welke mail: change (de wijzigingsbevestiging) of test (de mail van ‘{ test-server }’)
cli-arg-lang = De taal: da, de, en, es, fi, fr, is, it, nl, pt, sv of tr
cli-arg-part = Alleen de bron van dit deel afdrukken: subject, html of text
cli-arg-subject = Het onderwerp (tags toegestaan, bijv. { "{{" } object.name { "}}" })
cli-arg-html-file = Een bestand met het HTML-deel (UTF-8)
cli-arg-text-file = Een bestand met het deel in platte tekst (UTF-8)
cli-arg-templates-preview-html = Het ingevulde HTML-deel ook naar FILE schrijven, om in een browser te openen
cli-template-no-such-language = Er is geen sjabloon ‘{ $lang }’: de talen zijn { $languages }.
cli-template-nothing-to-set = Geef --subject, --html-file of --text-file op.
cli-template-refused = Het sjabloon is niet opgeslagen: { $problems }
cli-template-saved = Opgeslagen:
cli-template-reset = Terug naar het ingebouwde sjabloon:
cli-template-which = de mail ‘{ $email }’ in ‘{ $lang }’ van { $name }.
cli-template-unreadable = Kan { $file } niet lezen: { $error }
cli-template-too-big = { $file } is { $size } bytes; een sjabloondeel mag hoogstens { $max } zijn.
cli-template-not-utf8 = { $file } is geen UTF-8-tekst (bij byte { $offset }).
cli-template-unwritable = Kan { $file } niet schrijven: { $error }
cli-template-html-written = Het HTML-deel staat in { $file }.
template-editor-open = Meldingeneditor
template-editor-title = Meldingeneditor — { $store }
template-email = E-mail
template-language = Taal
template-save-to-switch = Sla uw wijzigingen op of verwerp ze om een andere mail of taal te kiezen.
template-tags = Tags
template-tags-into = Klik op een tag om die bij de cursor in ‘{ $part }’ in te voegen.
template-preview = Voorbeeld (met een voorbeeldwijziging)
template-preview-own = Zoals degene die de wijziging maakte het leest
template-no-preview = Geen voorbeeld zolang het sjabloon een probleem heeft.
template-reset = Herstellen naar ingebouwd
template-discard = Wijzigingen verwerpen
template-no-store = Voeg eerst een identiteitsarchief toe: sjablonen horen bij een archief.
template-too-big = het deel is { $size } bytes; een sjabloondeel mag hoogstens { $max } zijn
template-store = Identiteitsarchief

## Bulk edits (LDIF and CSV files)
bulk-problem-at = regel { $line }: { $detail }
bulk-same-object-twice = { $dn } wordt twee keer gewijzigd (het eerst op regel { $first }): zet alle wijzigingen ervan in één record
bulk-not-a-dn = ‘{ $dn }’ is geen distinguished name
ldif-no-colon = ‘{ $text }’ heeft niet de vorm ‘naam: waarde’
ldif-bad-base64 = de base64-waarde van { $name } is niet te decoderen: { $error }
ldif-not-text = de waarde van { $name } is geen UTF-8-tekst
ldif-no-urls = { $name } verwijst naar een bestand of URL (:<): geef de waarde zelf op
ldif-dn-first = een record begint met dn:, niet met { $name }:
ldif-no-controls = LDAP-controls worden bij bulkwijzigingen niet verzonden
ldif-only-modify = changetype: { $changetype } is geen wijziging van een object (alleen changetype: modify is dat)
ldif-no-changetype = het record van { $dn } heeft geen changetype: modify
ldif-other-attribute = { $name }: in de sectie van { $attribute }
ldif-add-without-values = add: { $attribute } noemt geen waarden
ldif-unknown-operation = ‘{ $operation }’ is geen add, delete of replace
ldif-nothing-to-change = het record van { $dn } wijzigt niets
csv-dn-first = de kop van de eerste kolom moet dn zijn
csv-empty-header = een kolom heeft geen attribuutnaam in de kopregel
csv-header-twice = de kolom { $attribute } staat twee keer in de kopregel
csv-wrong-field-count = { $found } velden waar de kopregel er { $expected } heeft
csv-no-dn = de rij heeft geen dn
bulk-unknown-attribute = de directory heeft geen attribuut { $attribute }
bulk-bad-dn = { $attribute } verwacht een distinguished name, niet ‘{ $value }’
bulk-bad-integer = { $attribute } verwacht een geheel getal, niet ‘{ $value }’
bulk-bad-boolean = { $attribute } verwacht TRUE of FALSE, niet ‘{ $value }’
bulk-bad-time = { $attribute } verwacht een tijdstip zoals 20261201120000Z, niet ‘{ $value }’
bulk-bad-ascii = { $attribute } accepteert alleen ASCII-tekst, niet ‘{ $value }’
bulk-applied = toegepast
bulk-nothing-to-change = niets te wijzigen: het object heeft deze waarden al
bulk-conflict = iemand anders heeft dit object gewijzigd sinds het werd gelezen; er is niets overschreven
bulk-refused = geweigerd: { $reason }
bulk-unknown = verzonden, maar er kwam geen antwoord ({ $reason }); de volgende uitvoering of opslag zoekt uit of de wijziging is toegepast en legt die eenmaal vast
bulk-not-sent = niet verzonden: { $reason }
bulk-cancelled = de uitvoering is geannuleerd
bulk-connection-lost = de verbinding met de directory is verbroken
bulk-title = Bulkwijziging
bulk-explanation = Wijzig veel objecten tegelijk: open een LDIF-bestand met wijzigingsrecords (zoals ldapmodify ze leest) of een CSV-blad (een dn-kolom, daarna een kolom per attribuut), of geef de gevonden objecten één gezamenlijke wijziging. Er wordt niets geschreven voordat u het voorbeeld hebt gelezen en op ‘Toepassen’ hebt geklikt.
bulk-file-placeholder = /pad/naar/changes.ldif of changes.csv
bulk-open = Bestand openen
bulk-attribute = Attribuut
bulk-value = Waarde
bulk-op-set = Instellen op
bulk-op-add = Toevoegen
bulk-op-remove = Verwijderen
bulk-use-found = { $count ->
    [one] Het gevonden object bewerken
   *[other] De { $count } gevonden objecten bewerken
}
bulk-use-selected = { $count ->
    [one] Het geselecteerde object bewerken
   *[other] De { $count } geselecteerde objecten bewerken
}
bulk-previewed = { $count ->
    [one] Voorbeeld: { $count } wijziging, waarvan { $problems } met een probleem (er wordt niets geschreven totdat u op ‘Toepassen’ klikt).
   *[other] Voorbeeld: { $count } wijzigingen, waarvan { $problems } met een probleem (er wordt niets geschreven totdat u op ‘Toepassen’ klikt).
}
bulk-col-line = Regel
bulk-col-object = Object
bulk-col-old-new = Oud → nieuw
bulk-col-outcome = Resultaat
bulk-more-rows = { $count ->
    [one] … en nog { $count } rij.
   *[other] … en nog { $count } rijen.
}
bulk-apply = Toepassen
bulk-progress = { $done } van { $total }
bulk-outcomes = Toegepast: { $applied } van { $count }; niet toegepast: { $failed }.
bulk-retry-failed = Mislukte opnieuw proberen
bulk-export-failed = Mislukte exporteren als CSV…
bulk-exported = { $count ->
    [one] { $count } mislukte rij geëxporteerd.
   *[other] { $count } mislukte rijen geëxporteerd.
}
bulk-close = Bulkwijziging sluiten
cli-bulk-nothing-found = Niets te wijzigen: de zoekopdracht vond geen objecten.
cli-bulk-unreadable = Kan { $path } niet lezen: { $reason }
cli-bulk-not-utf8 = { $path } is geen UTF-8-tekst: sla het bestand op als UTF-8 (met of zonder BOM).
cli-bulk-refused = Er is niets gewijzigd: de problemen met { $source } staan hierboven.
cli-bulk-the-search = de wijziging van de gevonden objecten
cli-bulk-row = regel { $line }: { $dn }: { $outcome }
cli-bulk-summary = Toegepast: { $applied }; niets te wijzigen: { $unchanged }; door iemand anders gewijzigd: { $conflicts }; geweigerd: { $refused }; antwoord verloren: { $unknown }; niet verzonden: { $not_sent }.
cli-bulk-told-later = De verbinding is verbroken: de meldingen van deze uitvoering gaan uit bij de volgende opslag of uitvoering, samen met de wijzigingen waarvan het antwoord verloren ging.
cli-json-bulk-only = --json is voor bulkwijzigingen (--from, --filter, --groups).

## The organisation's shared database (PostgreSQL)
database-url-bad = Het databaseadres ‘{ $url }’ kan niet worden gebruikt: { $reason }
database-url-scheme = het moet beginnen met postgresql://
database-url-credentials = het mag geen gebruikersnaam of wachtwoord bevatten (iedereen meldt zich aan met zijn eigen directoryaccount)
database-url-options = het mag geen opties bevatten (TLS staat altijd aan en wordt gecontroleerd)
database-url-no-host = het noemt geen server
database-url-no-database = het noemt geen database (postgresql://HOST:PORT/DB)
database-unreachable = De gedeelde database { $url } antwoordt niet: { $detail }
database-certificate = De gedeelde database { $url } heeft een certificaat dat deze computer niet vertrouwt, of biedt geen TLS: { $detail }
database-wrong-password = De gedeelde database { $url } weigerde uw aanmelding: { $detail }
database-ca-file = Het CA-certificaatbestand voor de gedeelde database { $url } kan niet worden gebruikt: { $detail }
database-no-role = U hebt nog geen account in de gedeelde database { $url }: vraag uw databasebeheerder ‘dirdesk db sync-roles’ uit te voeren. ({ $detail })
database-not-allowed = De gedeelde database { $url } laat u van hieruit niet binnen: { $detail }
database-missing = De gedeelde database { $url } bestaat niet: { $detail }
database-not-set-up = De gedeelde database { $url } is nog niet ingericht voor dirdesk: vraag uw databasebeheerder ‘dirdesk db init’ uit te voeren.
database-newer = De gedeelde database { $url } is ingericht door een nieuwere dirdesk (schema { $version }; deze kent { $known }): werk dirdesk bij om hem te gebruiken. Er is niets geschreven.
database-refused = De gedeelde database { $url } weigerde dit: { $detail }
database-other = De gedeelde database { $url } antwoordde met een fout: { $detail }
db-check-not-set-up = Het schema is er niet: voer ‘dirdesk db init’ uit.
db-check-behind = Het schema heeft versie { $version }; deze dirdesk brengt { $latest } mee: voer ‘dirdesk db migrate’ uit.
db-check-newer = Het schema heeft versie { $version }, nieuwer dan deze dirdesk kent ({ $latest }).
db-check-no-role = De groepsrol { $role } bestaat niet: voer ‘dirdesk db init’ uit.
db-check-unsecured = Beveiliging op rijniveau staat uit voor { $table }: gebruikers zouden elkaars Geschiedenis kunnen lezen.
db-check-history-writable = { $role } mag rijen van de Geschiedenis wijzigen of verwijderen: aan de Geschiedenis zou dan niet meer alleen kunnen worden toegevoegd.
db-check-retention-open = Niet alleen dirdesk_admin mag oude Geschiedenis verwijderen.
db-check-added-policy = Het rijbeveiligingsbeleid { $policy } is niet door dirdesk gemaakt: het kan mensen laten lezen of schrijven wat niet mag.
db-check-owner-records = De eigenaar van de tabellen zit in dirdesk_user: rijbeveiliging geldt niet voor de eigenaar, dus die hoort geen wijzigingen vast te leggen.
cli-db-no-database = Het archief ‘{ $name }’ noemt geen gedeelde database (dirdesk store edit --database postgresql://HOST:PORT/DB).
cli-db-needs-password = De gedeelde database meldt u aan met uw directorywachtwoord: meld u aan met uw gebruikersnaam en wachtwoord, niet met Kerberos.
cli-db-up-to-date = Het schema is bijgewerkt (versie { $version }).
cli-db-applied = Migratie { $version } toegepast: { $name }
cli-db-version = Schemaversie: { $version } (deze dirdesk: { $latest })
cli-db-my-roles = Uw rollen: { $roles }
cli-db-no-roles = geen
cli-db-problem = Probleem: { $problem }
cli-db-all-well = Alles is zoals dirdesk het heeft ingericht.
cli-db-role-created = Aanmeldrol { $login } aangemaakt
cli-db-role-granted = { $login } is nu lid van { $role }
cli-db-role-revoked = { $login } is geen lid meer van { $role }
cli-db-roles-as-they-were = De rollen kwamen al overeen met de groepen.
cli-db-member-unread = Het lid { $dn } kon niet worden gelezen ({ $reason }): er is geen rol gewijzigd.
cli-db-group-empty = De groep { $dn } is leeg: er is geen rol gewijzigd (dat zou iedereen de toegang ontnemen).
cli-db-role-kept = { $login } blijft in { $role }: dat lidmaatschap is door iemand anders toegekend.
cli-db-role-skipped = { $login } overgeslagen: PostgreSQL kan dit niet als rolnaam gebruiken (te lang of gereserveerd).
cli-database-ca-without-database = --database-ca-file heeft een database nodig: geef ook --database postgresql://HOST:PORT/DB op.
cli-about-db = De gedeelde database (PostgreSQL) van een archief inrichten en controleren, voor databasebeheerders
cli-about-db-init = De groepsrollen dirdesk_user en dirdesk_admin en het schema aanmaken (veilig om opnieuw uit te voeren)
cli-about-db-migrate = Het schema bijwerken naar de versie van deze dirdesk
cli-about-db-check = Tonen welke versie het schema heeft, welke rollen u hebt en of de beveiligingen van de Geschiedenis standhouden
cli-about-db-sync-roles = Aanmeldrollen maken voor de mensen in twee directorygroepen en ze lid maken van dirdesk_user of dirdesk_admin
cli-arg-users-group = De groep waarvan de leden hun wijzigingen vastleggen en hun eigen Geschiedenis lezen
cli-arg-admins-group = De groep waarvan de leden ieders Geschiedenis en wachtrij lezen
cli-arg-database = De gedeelde Geschiedenis en wachtrij van de organisatie, postgresql://HOST:PORT/DB ("" gaat terug naar het eigen bestand van deze dirdesk); wordt met het archief gepubliceerd
cli-arg-database-ca-file = CA-certificaatbestand (PEM) waartegen het certificaat van de database wordt gecontroleerd ("" verwijdert het)
database-no-bulk-yet = Deze dirdesk legt bulkbewerkingen nog niet vast in de gedeelde database: er is niets gewijzigd. Bewerk de objecten een voor een, of werk dirdesk bij.
queue-finished-elsewhere = een andere werkplek van u heeft deze wijziging intussen vastgelegd; ze wordt niet twee keer vastgelegd.
history-bad-date = ‘{ $date }’ is geen datum: schrijf 2026-11-30 of 2026-11-30T08:00:00Z.
history-col-when = Wanneer
history-col-store = Identiteitsarchief
history-col-object = Object
history-col-dn = DN
history-col-author = Gewijzigd door
history-col-attribute = Attribuut
history-col-old = Oude waarde
history-col-new = Nieuwe waarde
history-col-told = Meldingen
cli-history-needs-user = Het archief ‘{ $name }’ bewaart zijn Geschiedenis in een gedeelde database: meld u aan met --user en --password-stdin om die te lezen.
cli-history-written = Wijzigingen geschreven naar { $path }: { $count }.
cli-arg-user-filter = Alleen de wijzigingen die deze persoon heeft gemaakt (diens aanmeldnaam)
cli-arg-attribute = Alleen wijzigingen van dit attribuut
cli-arg-contains = Alleen wijzigingen waarbij een oude of nieuwe waarde deze tekst bevat
cli-arg-since = Vanaf deze dag (2026-11-30) of dit moment (2026-11-30T08:00:00Z)
cli-arg-until = Tot het einde van deze dag, of tot dit moment
cli-arg-csv = De wijzigingen als CSV naar dit bestand schrijven, één rij per attribuut
cli-arg-history-user = Wie zich aanmeldt om de gedeelde database van een archief te lezen
queue-not-here = E-mail { $id } aan { $address } is niet vanaf deze dirdesk verzonden: { $reason }
queue-waits-for-sender = hij wordt verzonden met het eigen e-mailaccount van { $login }, vanaf een dirdesk waarop { $login } is aangemeld
cli-queue-needs-user = Het archief ‘{ $name }’ bewaart zijn wachtrij in een gedeelde database: meld u aan met --user en --password-stdin.
cli-queue-local-store = Het archief ‘{ $name }’ bewaart zijn wachtrij op deze dirdesk: aanmelden is niet nodig (laat --user weg).
cli-queue-no-shared-store = Geen enkel identiteitsarchief hier bewaart zijn wachtrij in een gedeelde database: laat --user weg voor de eigen wachtrij van deze dirdesk.
cli-queue-which-store = Meerdere identiteitsarchieven hier bewaren hun wachtrij in een gedeelde database: geef er een op met --store.
history-filter-user = Gewijzigd door (aanmeldnaam)
history-filter-object = Object (DN)
history-filter-attribute = Attribuut
history-filter-contains = Oude of nieuwe waarde bevat
history-filter-since = Van
history-filter-until = Tot
history-search = Zoeken
history-clear = Wissen
history-export = CSV exporteren…
history-previous = Vorige
history-next = Volgende
history-page = Pagina { $number }
history-recorded-by = vastgelegd door { $login } op { $at }
history-source-this-desk = Vastgelegd op deze dirdesk.
history-source-shared = Uit de database { $database } van de organisatie, als { $person }.
history-sign-in-first = ‘{ $store }’ bewaart zijn Geschiedenis en wachtrij in de database { $database } van de organisatie: meld u in de Objecteditor aan bij ‘{ $store }’ om ze te zien.
keep-days = { $count ->
    [one] { $count } dag
   *[other] { $count } dagen
}
keep-months = { $count ->
    [one] { $count } maand
   *[other] { $count } maanden
}
keep-years = { $count ->
    [one] { $count } jaar
   *[other] { $count } jaar
}
keep-all = Alles (er wordt niets verwijderd)
keep-unknown = ‘{ $text }’ is geen bewaarkeuze: gebruik een van { $choices }.
keep-other = een periode die deze dirdesk niet aanbiedt
cli-db-retention = De Geschiedenis wordt gedurende { $keep } bewaard (gekozen door { $who }, { $at }); oudere items worden door de werkplekken verwijderd, behalve die waarop een e-mail nog wacht.
cli-db-retention-unchosen = De hele Geschiedenis wordt bewaard: geen beheerder heeft gekozen hoe lang.
cli-db-retention-removed = { $count } items uit de Geschiedenis verwijderd die ouder waren.
cli-about-db-retention = Tonen hoe lang de gedeelde Geschiedenis wordt bewaard, of (leden van dirdesk_admin) dat kiezen
cli-arg-keep = 30-days, 60-days, 90-days, 6-months, 1-year, 2-years, 5-years of all (er wordt niets verwijderd)
history-keep = Geschiedenis bewaren:
history-keep-chosen-by = gekozen door { $who }
history-kept = Bewaard zoals gekozen: { $count } oudere items verwijderd.
cli-history-uploaded = { $added } van uw wijzigingen uit de Geschiedenis van deze dirdesk geüpload; { $there } stonden er al.
cli-history-left-for = { $count } gemaakt door { $name } blijven op deze dirdesk tot die persoon ze zelf uploadt (aangemeld als zichzelf).
cli-arg-upload = Uw wijzigingen in de eigen Geschiedenis van deze dirdesk voor het archief toevoegen aan de gedeelde database ervan (eenmalig: opnieuw uitvoeren voegt niets toe)
queue-waits-for-store-account = hij wordt verzonden met het eigen e-mailaccount van het archief, vanaf een dirdesk die is ingesteld om ermee te verzenden
