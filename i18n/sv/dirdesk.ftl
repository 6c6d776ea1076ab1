# dirdesk — Svenska

## Fönster och navigering
app-title = dirdesk Admin Center
nav-identity-stores = Identitetsarkiv
nav-notifications = Aviseringar
nav-history = Historik

## Sidan ”Identitetsarkiv”
identity-stores-title = Identitetsarkiv
identity-stores-create = Skapa identitetsarkiv
identity-stores-empty = Inga identitetsarkiv ännu. Klicka på ”Skapa identitetsarkiv” för att ansluta dirdesk till en Active Directory-domän eller en LDAP-katalog.

## Sidan ”Aviseringar” (kö)
notifications-title = Aviseringar
notifications-empty = Inga aviseringar i kön.

## Sidan ”Historik”
history-title = Historik
history-empty = Inga ändringar har gjorts via dirdesk ännu.

## Kommandorad
cli-error = fel: { $message }

## Unika namn (DN)
dn-empty = DN är tomt
dn-missing-equals = ”{ $part }” saknar ”=”: varje del av ett DN ser ut som cn=Namn
dn-bad-attribute-type = ”{ $part }” är ingen attributtyp
dn-empty-value = ”{ $part }” har ett tomt värde
dn-bad-escape = ”{ $part }” slutar med en ofullständig escape-sekvens

## Kontroll av identitetsarkiv och aviseringsinställningar
invalid-name-empty = Ange ett namn på identitetsarkivet.
invalid-name-taken = Det finns redan ett identitetsarkiv som heter ”{ $name }”.
invalid-no-servers = Lägg till minst en server (domännamn eller värdnamn).
invalid-host = ”{ $host }” är inget värdnamn eller IP-adress.
invalid-port = Porten för { $server } måste vara mellan 1 och 65535.
invalid-base-dn = Bas-DN är inte giltigt: { $reason }.
invalid-login-attribute = ”{ $attribute }” är inget attributnamn.
invalid-service-account = ”{ $account }” är inget tjänstekonto: ange ett DN (för Active Directory även användare@domän eller DOMÄN\användare).
invalid-smtp-server-empty = Ange SMTP-servern som skickar aviseringarna.
invalid-smtp-port = SMTP-porten måste vara mellan 1 och 65535.
invalid-ssl-on-25 = Port 25 talar inte SSL: använd STARTTLS på 25 eller 587, eller SSL på 465.
invalid-from = ”{ $address }” är ingen e-postadress för ”Avsändaradress”.
invalid-smtp-username-empty = Ange SMTP-användarnamnet eller stäng av ”Använd SMTP-autentisering”.
invalid-address = ”{ $address }” är ingen e-postadress.

## Konfigurationsfil
config-damaged = Konfigurationsfilen { $path } är skadad på rad { $line }, kolumn { $column }: { $reason }. Den lämnades som den var och en kopia sparades i { $backup }. Rätta den, eller flytta den för att börja om.
config-newer = Konfigurationsfilen { $path } skrevs av en nyare dirdesk (format { $version }); den här versionen ändrar den inte.
config-io = Kan inte läsa eller skriva { $path }: { $reason }

## Nyckelring
keychain-unavailable = Ingen användbar nyckelring: { $reason }. dirdesk sparar lösenord bara i operativsystemets nyckelring; lås upp eller starta den (på Linux en Secret Service som GNOME Keyring eller KWallet) och försök igen.
keychain-failed = Nyckelringen nekade: { $reason }

## Katalogförbindelser
ldap-refused = { $server } nekade anslutningen: är katalogservern igång och stämmer porten?
ldap-unreachable = Det går inte att nå { $server }: { $reason }
ldap-timeout = { $server } svarade inte i tid.
ldap-cert-not-trusted = TLS-certifikatet för { $server } är inte betrott: ”{ $subject }”, utfärdat av ”{ $issuer }”. Om din organisation har en egen certifikatutfärdare, välj dess CA-certifikatfil.
ldap-cert-wrong-name = TLS-certifikatet för { $server } (”{ $subject }”) gäller andra namn: { $names }. Anslut med ett av dem.
ldap-cert-expired = TLS-certifikatet för { $server } (”{ $subject }”) har gått ut.
ldap-cert-other = TLS-certifikatet för { $server } (”{ $subject }”) avvisades: { $reason }
ldap-tls = TLS med { $server } misslyckades: { $reason }
ldap-wrong-credentials = Fel användarnamn eller lösenord.
ldap-tls-required = { $server } kräver en krypterad anslutning för detta: välj LDAPS eller StartTLS.
ldap-base-dn-not-found = Bas-DN ”{ $base_dn }” finns inte på servern.
ldap-base-dn-not-found-anonymous = Bas-DN ”{ $base_dn }” hittades inte; utan tjänstekonto döljer servern det kanske för anonyma användare.
ldap-server-error = Servern svarade med fel { $code }: { $text }
ldap-disconnected = Anslutningen till katalogen bröts: { $reason }
ldap-referral = Katalogen hänvisade till en annan server ({ $to }). dirdesk pratar bara med identitetsarkivets egna servrar och följde därför inte hänvisningen.
ldap-too-many-results = Katalogen fortsatte skicka resultat efter { $limit }; dirdesk slutade läsa dem. Begränsa sökningen.
ldap-malformed = { $server } skickade ett svar som inte är giltig LDAP; ingenting ändrades.
connection-server-failed = { $server }: { $reason }

## Gemensamma etiketter (artikelns ordval)
store-type-ad = Active Directory
store-type-ldap = Allmän LDAP
security-ldaps = LDAPS
security-starttls = StartTLS
security-none = Ingen (osäker)
status-healthy = Felfri
status-errors = Fel
status-not-checked = Inte kontrollerad
smtp-security-ssl = SSL aktiverat
smtp-security-starttls = STARTTLS
smtp-security-none = Ingen (osäker)
label-smtp-server = SMTP-server
label-from = Avsändaradress
label-port = Port
label-smtp-security = Säkerhet
label-use-smtp-auth = Använd SMTP-autentisering
label-smtp-username = SMTP-användarnamn
label-smtp-ca-file = CA-certifikatfil
label-to = Till:
label-cc = Kopia:
also-logged-in-users = Inloggade användare, för deras åtgärder
also-object-modified = Objektet som ändras
also-group-owners = Gruppägare, för deras grupper
also-managers = Chefer, för deras direktrapporterande
also-added-members = Nytillagda gruppmedlemmar, när de läggs till
also-removed-members = Borttagen gruppmedlem, när den tas bort
also-public-group-owners = Ägare av offentlig grupp, när någon går med eller går ur
membership-join = Gå med
membership-leave = Gå ur
my-groups = Mina grupper
column-name = NAMN
column-type = TYP
column-servers = SERVRAR
column-security = SÄKERHET
column-base-dn = BAS-DN
column-enabled = AKTIVERAD
column-status = STATUS
column-last-check = SENASTE KONTROLL
yes = ja
no = nej
on = på
off = av

## Kommandoradens meddelanden
cli-no-such-store = Det finns inget identitetsarkiv som heter ”{ $name }”.
cli-no-stores = Inga identitetsarkiv ännu. Lägg till ett med: dirdesk store add --help
cli-bad-host = ”{ $host }” är inte VÄRD eller VÄRD:PORT.
cli-bad-addresses = Inte e-postadresser: { $addresses }
cli-empty-password = Lösenordet som lästes från standard in är tomt.
cli-prompt-service-password = Tjänstekontots lösenord:
cli-store-added = Identitetsarkivet ”{ $name }” har lagts till.
cli-store-saved = Identitetsarkivet ”{ $name }” har sparats.
cli-store-removed = Identitetsarkivet ”{ $name }” och dess lösenord har tagits bort.
cli-store-enabled = Identitetsarkivet ”{ $name }” har aktiverats.
cli-store-disabled = Identitetsarkivet ”{ $name }” har inaktiverats.
cli-test-server-ok = { $server }: ansluten ({ $vendor }; namngivningskontexter: { $contexts })
cli-test-healthy = ”{ $name }” är felfritt.
cli-test-errors = ”{ $name }” har fel: { $reason }
cli-notifications-saved = Aviseringsinställningarna för ”{ $name }” har sparats.
ldap-no-service-password = Inget lösenord är sparat för tjänstekontot: ange det med --service-password-stdin.

## Redigera objekt
edit-read-only = ”{ $attribute }” underhålls av katalogen och kan inte ändras.
edit-binary = ”{ $attribute }” innehåller binära data, som dirdesk inte redigerar.
edit-single-valued = ”{ $attribute }” tar bara ett värde.
ldap-account-locked = Kontot är låst. Be din administratör att låsa upp det.
ldap-account-disabled = Kontot är inaktiverat.
ldap-password-expired = Lösenordet för kontot har gått ut eller måste bytas innan du loggar in.
ldap-no-such-object = ”{ $dn }” finns inte (längre).
change-nothing = Inget att spara: värdena är desamma som i katalogen.
change-conflict = Inte sparat: någon annan har ändrat objektet sedan du öppnade det. Läs in det igen för att se de aktuella värdena.
change-insufficient-access = Inte sparat: du har inte behörighet att ändra detta ({ $detail }).
membership-closed-join = Den här gruppen låter inte medlemmar gå med själva. Katalogen svarade: { $detail }
membership-closed-leave = Den här gruppen låter inte medlemmar gå ur själva. Katalogen svarade: { $detail }
change-schema-violation = Inte sparat: katalogen godtar inte värdet ({ $detail }).
change-refused = Inte sparat: katalogen nekade ändringen ({ $detail }).
change-busy = Inte sparat: katalogen är upptagen eller inte tillgänglig ({ $detail }). Försök igen om en stund.
kind-group = grupp
kind-user = användare
kind-other = objekt
no-value = (inget värde)
binary-value = <binärt, { $bytes } byte>
cli-store-disabled-sign-in = Identitetsarkivet ”{ $name }” är inaktiverat.
cli-prompt-password = Lösenord för { $user }:
cli-password-needed = Ett lösenord behövs: använd --password-stdin eller kör i en terminal.
cli-found = { $count ->
    [one] 1 objekt hittades.
   *[other] { $count } objekt hittades.
}
cli-finished-earlier-change = En ändring som en tidigare körning sparade men inte registrerade har slutförts: { $change }
cli-bad-pair = ”{ $pair }” är inte ATTR=VÄRDE.
cli-no-edits = Inget att ändra: använd --set, --add, --remove eller --clear.
cli-changed = Ändrade ”{ $name }” ({ $kind }, { $dn }) som { $author } { $at }:
cli-current-value = { $attribute } är nu: { $value }

## Aviseringsmejl
email-subject-own = Din ändring: { $kind } ”{ $name }”
email-subject-other = { $kind } ”{ $name }” ändrad av { $author }
email-greeting = Hej { $name },
email-greeting-anonymous = Hej,
email-intro-own = härmed bekräftar vi din ändring av det här objektet i { $store }: { $kind } ”{ $name }”.
email-intro-other = { $author } har ändrat det här objektet i { $store }: { $kind } ”{ $name }”.
email-label-object = Objekt
email-label-dn = Unikt namn (DN)
email-label-author = Ändrad av
email-label-when = När
email-col-attribute = Attribut
email-col-old = Gammalt värde
email-col-new = Nytt värde
email-added = Tillagd
email-removed = Borttagen
email-no-value = (inget)
email-why-logged-in-user = Du får det här mejlet eftersom du gjorde ändringen.
email-why-list = Du får det här mejlet eftersom adressen finns på identitetsarkivets aviseringslista.
email-why-object = Du får det här mejlet eftersom ändringen gäller dig eller en grupp du tillhör.
email-why-owner = Du får det här mejlet eftersom du äger gruppen.
email-why-manager = Du får det här mejlet eftersom ändringen gäller en av dina direktrapporterande.
email-why-added = Du får det här mejlet eftersom du har lagts till i gruppen.
email-why-removed = Du får det här mejlet eftersom du har tagits bort från gruppen.
email-why-public-owner = Du får det här mejlet eftersom du äger gruppen och någon själv har gått med i eller gått ur den.
email-footer = Skickat med dirdesk.
email-digest-subject-own = Dina ändringar i { $store }: { $count }
email-digest-subject-other = Ändringar av { $author } i { $store }: { $count }
email-digest-intro-own = härmed bekräftar vi de ändringar du gjorde i { $store } i ett svep: { $count } totalt.
email-digest-intro-other = { $author } har gjort ändringar i { $store } i ett svep: { $count } totalt.
email-digest-more = De första { $listed } visas här; hela listan ({ $count } totalt) finns i den bifogade filen { $file }.
email-digest-why-logged-in-user = Du får det här mejlet eftersom du gjorde ändringarna.
email-digest-why-object = Du får det här mejlet eftersom ändringarna gäller dig eller grupper du tillhör.
email-digest-why-owner = Du får det här mejlet eftersom du äger grupper som har ändrats.
email-digest-why-manager = Du får det här mejlet eftersom ändringarna gäller dina direktrapporterande.
email-digest-why-added = Du får det här mejlet eftersom du har lagts till i grupper.
email-digest-why-removed = Du får det här mejlet eftersom du har tagits bort från grupper.
email-digest-why-public-owner = Du får det här mejlet eftersom du äger grupper som någon själv har gått med i eller gått ur.

## Aviseringskö
queue-error = Aviseringskön { $path } kan inte användas: { $reason }
queue-disk-full = disken den ligger på är full. Frigör utrymme; ingenting gick förlorat.
queue-read-only = det går inte att skriva i dess mapp (skrivskyddad). Ingenting gick förlorat.

## E-postserver
smtp-not-configured = Ingen SMTP-server är angiven i arkivets aviseringsinställningar.
smtp-refused = E-postservern { $server } nekade anslutningen: är den igång och stämmer porten?
smtp-timeout = E-postservern { $server } svarade inte i tid.
smtp-not-trusted = TLS-certifikatet för e-postservern { $server } är inte betrott ({ $detail }). Om det är signerat av din organisations egen certifikatutfärdare, ange dess CA-certifikatfil.
smtp-tls = TLS med e-postservern { $server } misslyckades: { $detail }
smtp-auth-failed = E-postservern nekade SMTP-användarnamnet eller lösenordet: { $detail }
smtp-sender-refused = E-postservern nekade avsändaradressen: { $detail }
smtp-recipient-refused = E-postservern nekade mottagaren: { $detail }
smtp-permanent = E-postservern nekade meddelandet: { $detail }
smtp-temporary = E-postservern kunde inte ta emot meddelandet just nu: { $detail }
test-email-subject = Testavisering från dirdesk
test-email-body = Det här är ett testmejl från dirdesk, skickat via { $server }. Om du kan läsa det når aviseringarna dig.
cli-notify-sent = { $address }: skickat ({ $answer })
cli-notify-queued = { $address }: i kö — { $reason } Det försöks igen automatiskt (dirdesk queue send --all skickar det nu; med --user för ett arkiv med en gemensam databas).
cli-notify-failed = { $address }: inte skickat — { $reason }
cli-notify-not-mail-enabled = { $dn }: inte skickat — kontot har ingen e-postadress (aviseringar går bara till e-postaktiverade användare).
cli-notify-malformed = { $who }: inte skickat — ”{ $address }” är ingen användbar e-postadress.
cli-notify-unwritten = { $who }: inte skickat — e-postmeddelandet kunde inte skrivas: { $problem }
cli-notify-none = Inga aviseringar för den här ändringen (inga är påslagna för identitetsarkivet).
cli-test-email-sent = Testmejlet till { $address } godtogs av servern: { $answer }
queue-status-pending = Väntar
queue-status-sending = Pågår
queue-status-sent = Skickat
queue-status-failed = Misslyckades
queue-col-id = ID
queue-col-status = Status
queue-col-subject = Ämne
queue-col-date = Datum
queue-col-to = Till
queue-col-from = Från
queue-col-cc = Kopia
queue-col-last-retry = Senaste försök
queue-col-retry-count = Försök
queue-col-in-progress = Pågår
queue-last-error = senaste fel: { $error }
queue-no-such-email = Det finns inget oskickat mejl med ID { $id } i kön.
queue-deleted = Mejl { $id } har tagits bort ur kön.
queue-store-gone = { $count } mejl i kön hör till ett identitetsarkiv som inte längre finns.
history-line = { $at }  { $author } ändrade ”{ $name }” ({ $dn }) i { $store }

## Kort för identitetsarkiv
store-disabled-badge = Inaktiverat
store-last-check = Senaste anslutningskontroll: { $when }
menu-more = Fler åtgärder
menu-edit = Redigera
menu-disable = Inaktivera
menu-enable = Aktivera
menu-delete = Ta bort
delete-store-question = Ta bort identitetsarkivet ”{ $name }”?
delete-store-explanation = Dess inställningar och lösenorden som sparats för det i nyckelringen tas bort. Själva katalogen ändras inte.
cancel = Avbryt

## Identitetsarkivets detaljer
store-details-title = Identitetsarkivets detaljer
tab-general = Allmänt
tab-connection = Anslutning
settings-pane = Inställningar
configurations = Konfigurationer
field-store-type = Arkivtyp
field-name = Namn
field-host = Domännamn eller värdnamn
field-port = Port
field-security = Säkerhet
security-insecure-warning = Utan kryptering färdas lösenord över nätverket läsbara för alla längs vägen. Använd LDAPS eller StartTLS.
field-ca-file = CA-certifikatfil
field-ca-file-placeholder = Sökväg till en PEM-fil (bara för en privat certifikatutfärdare)
browse = Bläddra…
file-dialog-none = Ingen fil valdes, eller systemet saknar fildialog: skriv sökvägen.
field-base-dn = Bas-DN
field-login-attribute = Inloggningsattribut
field-service-account = Tjänstekonto
field-service-password = Tjänstekontots lösenord
field-service-password-placeholder = Sparas i systemets nyckelring; lämna tomt för att behålla det sparade
servers-in-priority-order = Servrar i prioritetsordning (den första som svarar används):
add-server = Lägg till server
remove = Ta bort
test-connection = Testa anslutningen
testing-connection = Testar anslutningen…
test-server-ok = { $server }: ansluten (namngivningskontexter: { $detail })
save = Spara
back = ← Tillbaka
configurations-title = Konfigurationer — { $store }
configurations-notifications-description = SMTP-server, mottagare och vem som ska aviseras om ändringar

## Sidan för aviseringsinställningar
notifications-settings-title = Aviseringar — { $store }
section-smtp-server = SMTP-server
section-recipients = Mottagare
section-also-notify = Avisera även
label-smtp-password = SMTP-lösenord
addresses-placeholder = Adresser åtskilda med ;
also-notify-mail-enabled-note = Aviseringar går bara till e-postaktiverade användare.
test-server = Testa servern
test-notification-title = Testavisering
test-notification-address = Skicka ett testmejl till
test-notification-sending = Skickar…
test-notification-accepted = Servern godtog testmejlet: { $answer }
settings-saved = Sparat. Inställningarna gäller från nästa ändring.
close = Stäng
ok = OK
filter-pending = Väntande
filter-failed = Misslyckade
filter-all = Alla
queue-send = Skicka
history-all-stores = Alla identitetsarkiv
history-change = { $attribute }: { $old } → { $new }
history-email = Avisering till { $address }: { $status }
store-saved = Identitetsarkivet har sparats.
unsaved-question = Lämna utan att spara?
unsaved-explanation = Sidan har ändringar som inte har sparats ännu.
unsaved-stay = Stanna
unsaved-leave = Lämna utan att spara

## Objektredigeraren: sök
find-groups = Grupper
find-users = Användare
find-placeholder = Namn, konto eller e-postadress
find-search = Sök
find-searching = { $count ->
    [one] Söker… 1 hittat hittills
   *[other] Söker… { $count } hittade hittills
}
find-found = { $count ->
    [one] 1 hittat
   *[other] { $count } hittade
}

## Objektredigeraren: egenskaper
group-properties = Gruppegenskaper
user-properties = Användaregenskaper
tab-members = Medlemmar
tab-owner = Ägare
tab-email = E-post
tab-manager = Chef
tab-attributes = Attribut
prop-display-name = Visningsnamn
prop-description = Beskrivning
prop-email = E-post
prop-notes = Anteckningar
prop-title = Befattning
prop-telephone = Telefonnummer
prop-manager = Chef (DN)
members-add-placeholder = Namn eller DN på personen som ska läggas till
members-add = Lägg till…
owner-none = Gruppen har ingen ägare.
attr-read-only = skrivskyddad
attr-single = ett värde
attr-multi = flera värden
reload = Läs in igen
saving = Sparar…
apply = Verkställ
preview-title = Dessa ändringar sparas:
saved-sent = Sparat. Ett bekräftelsemejl har skickats till dig på { $address }.
saved-no-mail = Sparat. Ditt konto har ingen e-postadress, så ingen bekräftelse skickades (aviseringar går bara till e-postaktiverade användare).
saved-queued = Sparat. Bekräftelsemejlet till { $address } ligger i kö och försöks igen automatiskt: { $reason }
saved-failed = Sparat, men bekräftelsemejlet till { $address } kunde inte skickas: { $reason }
saved-not-queued = Sparat, men aviseringen kunde inte läggas i kö: { $reason }
saved-plain = Sparat.

## Objektredigeraren: logga in
nav-object-editor = Objektredigerare
sign-in-title = Logga in med ditt katalogkonto
sign-in-store = Identitetsarkiv
sign-in-user = Användarnamn
sign-in-password = Lösenord
sign-in-remember = Kom ihåg mitt lösenord (sparas i systemets nyckelring)
sign-in = Logga in
sign-in-busy = Loggar in…
sign-in-no-store = Det finns inget aktiverat identitetsarkiv att logga in i. Skapa eller aktivera ett under Identitetsarkiv.
sign-in-enter-user = Ange ditt användarnamn.
sign-in-enter-password = Ange ditt lösenord.
signed-in-as = Inloggad som { $name } i { $store }
signed-in-mail = Bekräftelsemejl går till { $address }
signed-in-no-mail = Ditt konto har ingen e-postadress: du får inga bekräftelsemejl.
sign-out = Logga ut
back-to-results = ← Tillbaka till resultaten
loading = Läser in…
group-scope-global = Global
group-scope-domain-local = Domänlokal
group-scope-universal = Universell
group-kind-security = Säkerhet
group-kind-distribution = Distribution
group-scope-and-type = Gruppomfång: { $scope } · Grupptyp: { $kind }

## Inställningar (programmets egna, i navigeringen)
# This language's name in itself, as the language list shows it.
language-name = Svenska
nav-settings = Inställningar
app-settings-title = Inställningar
app-settings-language = Språk
app-settings-language-system = Samma som systemet
app-settings-language-hint = Aviseringsmejl följer alltid varje mottagares föredragna språk, oavsett vad som väljs här.
app-settings-theme = Tema
app-settings-theme-system = Samma som systemet
app-settings-theme-light = Ljust
app-settings-theme-dark = Mörkt
# A date and time as this language writes them (strftime, as jiff reads it);
# the time zone follows.
format-date-time = %Y-%m-%d %H:%M:%S

## Hjälp för kommandoraden
cli-heading-usage = Användning
cli-heading-commands = Kommandon
cli-heading-options = Flaggor
cli-heading-arguments = Argument
cli-about = Admin Center och objektredigerare för Active Directory och LDAP-kataloger, med aviseringar om ändringar. Utan kommando öppnas fönstret.
cli-about-store = Hantera identitetsarkiv (katalogerna som dirdesk ansluter till)
cli-about-store-list = Lista identitetsarkiv
cli-about-store-add = Lägg till ett identitetsarkiv
cli-about-store-edit = Ändra ett identitetsarkiv; flaggor som inte anges förblir som de är
cli-about-store-remove = Ta bort ett identitetsarkiv och dess lösenord
cli-about-store-enable = Aktivera ett identitetsarkiv
cli-about-store-disable = Inaktivera ett identitetsarkiv (det sparas men erbjuds inte för inloggning)
cli-about-store-test = Testa anslutningen till varje server i ett arkiv och spara resultatet
cli-about-notifications = Visa och ändra ett arkivs aviseringsinställningar
cli-about-notifications-show = Visa ett arkivs aviseringsinställningar
cli-about-notifications-set = Ändra ett arkivs aviseringsinställningar; flaggor som inte anges förblir som de är
cli-about-notifications-test = ”{ test-server }”: skicka ett riktigt testmejl och visa serverns svar
cli-about-search = Sök grupper och användare efter namn, inloggad med ditt eget konto
cli-about-show = Visa ett objekt med alla dess attribut
cli-about-edit = Ändra ett objekt med ditt eget konto; visar ändringen och vem som meddelades
cli-about-join = Gå själv med i en grupp (när gruppen tillåter det för sina medlemmar); visar ändringen och vem som meddelades
cli-about-leave = Gå själv ur en grupp (när gruppen tillåter det för sina medlemmar); visar ändringen och vem som meddelades
cli-already-member = Du är redan medlem i { $dn }: inget att ändra.
cli-not-a-member = Du är inte medlem i { $dn }: inget att ändra.
cli-about-queue = Visa, skicka och ta bort aviseringsmejl i kön
cli-about-queue-list = Lista aviseringsmejl i kön (som standard de väntande)
cli-about-queue-send = Skicka ett mejl i kön nu, eller alla som väntar (--all)
cli-about-queue-delete = Ta bort ett mejl i kön som inte har skickats
cli-about-history = Visa ändringarna som gjorts via dirdesk
cli-about-help = Visa den här hjälpen eller hjälpen för angivet kommando
cli-arg-help = Visa hjälp
cli-arg-version = Visa version
cli-arg-config-dir = Spara inställningar och data i DIR (portabel användning, tester)
cli-arg-json = Skriv JSON i stället för en tabell
cli-arg-notifications-show-json = Skriv JSON i stället för text
cli-arg-show-json = Skriv JSON i stället för text
cli-arg-name = Identitetsarkivets namn
cli-arg-store-add-name = Arkivets namn (unikt, skiftlägesokänsligt)
cli-arg-store-edit-name = Ett nytt namn för arkivet (unikt, skiftlägesokänsligt)
cli-arg-store = Identitetsarkivets namn
cli-arg-store-edit-store = Arkivet som ska ändras
cli-arg-history-store = Bara det här identitetsarkivet
cli-arg-store-type = ldap (Generic LDAP) eller ad (Active Directory)
cli-arg-hosts = HOST[:PORT], upprepat i prioritetsordning
cli-arg-security = ldaps (TLS från första byte), starttls eller none (okrypterat, visas som osäkert)
cli-arg-ca-file = CA-certifikatfil (PEM) för servrar signerade av en egen CA ("" tar bort den)
cli-arg-base-dn = Bas-DN: där sökningar börjar (dc=example,dc=test)
cli-arg-login-attribute = Attribut som personer loggar in med (uid, sAMAccountName, mail, …)
cli-arg-service-account = Tjänstekontots DN (eller UPN / DOMÄN\användare i Active Directory)
cli-arg-service-password-stdin = Läs tjänstekontots lösenord från standard in
cli-arg-smtp-server = { label-smtp-server }: e-postserverns värdnamn eller IP-adress
cli-arg-smtp-port = E-postserverns port (465 med SSL, 587 med STARTTLS)
cli-arg-smtp-security = ssl (implicit TLS), starttls eller none
cli-arg-smtp-ca-file = CA-certifikatfil (PEM) för en e-postserver signerad av en egen CA ("" tar bort den)
cli-arg-from = { label-from }
cli-arg-smtp-user = SMTP-användarnamn; slår på ”{ label-use-smtp-auth }” ("" slår av det)
cli-arg-smtp-password-stdin = Läs SMTP-lösenordet från standard in
cli-arg-to = Mottagare av varje avisering, åtskilda med ”;”
cli-arg-cc = Kopiemottagare av varje avisering, åtskilda med ”;”
cli-arg-notifications-test-to = Adressen som testmejlet skickas till
cli-arg-logged-in-users = { section-also-notify }: { also-logged-in-users }
cli-arg-object-modified = { section-also-notify }: { also-object-modified }
cli-arg-group-owners = { section-also-notify }: { also-group-owners }
cli-arg-managers = { section-also-notify }: { also-managers }
cli-arg-added-members = { section-also-notify }: { also-added-members }
cli-arg-removed-members = { section-also-notify }: { also-removed-members }
cli-arg-public-group-owners = { section-also-notify }: { also-public-group-owners }
cli-arg-user = Användarnamnet i katalogen att logga in som
cli-arg-password-stdin = Läs lösenordet från standard in
cli-arg-groups = Bara grupper
cli-arg-users = Bara användare
cli-arg-text = Text som namnet innehåller (tomt: allt)
cli-arg-dn = Objektets unika namn (DN)
cli-arg-set = Sätt ATTR till VALUE (upprepa för flera värden)
cli-arg-add = Lägg till VALUE i ATTR
cli-arg-remove = Ta bort VALUE från ATTR
cli-arg-clear = Ta bort alla värden i ATTR
cli-arg-dry-run = Skriv ut ändringen (attribut: gammalt → nytt) utan att genomföra den
cli-arg-edit-dn = Objektets unika namn (DN); eller en massändring med --from, --filter eller --groups
cli-arg-edit-from = En massändring: varje ändring i en LDIF-fil med ändringsposter (som ldapmodify läser dem) eller ett CSV-blad (dn,ATTR,…: ersätt med cellens värde; en tom cell lämnar värdet orört)
cli-arg-edit-format = ldif eller csv (som standard csv för ett namn som slutar på .csv, annars ldif)
cli-arg-edit-clear-marker = I ett CSV-blad: celltexten som tömmer ett attribut (till exempel -)
cli-arg-edit-filter = En massändring av varje objekt som ett LDAP-filter (RFC 4515) hittar under bas-DN, med --set/--add/--remove/--clear
cli-arg-edit-groups = En massändring av varje grupp vars namn innehåller TEXT, med --set/--add/--remove/--clear
cli-arg-edit-in-flight = Antal ändringar som är på väg samtidigt i en massändring (1–64)
cli-arg-edit-json = Massändringar: ett JSON-objekt per ändring, sedan ett för hela körningen
cli-arg-pending = Bara mejl som väntar på att skickas (standard)
cli-arg-failed = Bara mejl som inte kunde skickas
cli-arg-all = Alla mejl, oavsett hur det gick för dem
cli-arg-queue-send-all = Skicka alla mejl som väntar
cli-arg-id = Mejlets nummer, så som ”dirdesk queue list” visar det
cli-arg-object = Bara det här objektet (dess DN)
invalid-smtp-unencrypted-authentication = Utan kryptering skulle SMTP-lösenordet färdas över nätverket läsbart för alla längs vägen. Välj SSL eller STARTTLS, eller tillåt det uttryckligen (”Skicka lösenordet okrypterat”; på kommandoraden --allow-unencrypted-auth on).
smtp-unencrypted-authentication = Inte skickat: { $server } skulle ha fått SMTP-lösenordet okrypterat, vilket de här inställningarna inte tillåter. Välj SSL eller STARTTLS på arkivets sida Aviseringar.
smtp-unencrypted-warning = Utan kryptering färdas SMTP-lösenordet över nätverket läsbart för alla längs vägen. Använd SSL eller STARTTLS.
label-smtp-allow-unencrypted-auth = Skicka lösenordet okrypterat
cli-arg-allow-unencrypted-auth = on: logga in på e-postservern även med --smtp-security none, fast lösenordet då färdas läsbart över nätverket
sign-in-remember-failed = Inloggad, men ditt lösenord kunde inte sparas i systemets nyckelring, så du får ange det nästa gång: { $reason }
change-not-recordable = Inte sparat: ändringen kunde inte registreras innan den gjordes, så inget ändrades ({ $detail }).
ldap-own-entry-unreadable = Ditt lösenord godkändes, men katalogen låter inte { $dn } läsa sin egen post (namn och e-postadress), och detta identitetsarkiv har inget tjänstekonto att läsa den med. Be katalogens administratör att låta användare läsa sin egen post, eller ge arkivet ett tjänstekonto.
published-damaged = Inställningarna som publicerats i katalogen är skadade och lämnades som de var: { $detail }
published-newer = Inställningarna som publicerats i katalogen har format { $format }, nyare än denna dirdesk känner till ({ $known }): uppdatera dirdesk för att följa dem. De ändras inte härifrån.

## Published stores: one policy for every desk
invalid-login-dn-template = ”{ $template }” är ingen mall för inloggnings-DN: det måste vara ett DN med { "{" }user{ "}" } där inloggningsnamnet ska stå, t.ex. uid={ "{" }user{ "}" },ou=people,dc=example,dc=test.
published-missing = Ingenting är publicerat i katalogen på { $dn }.
published-unreadable = Katalogen låter inte det här kontot läsa inställningarna som publicerats på { $dn }: { $detail }
published-unusable = Inställningarna som publicerats på { $dn } kan inte följas: { $problem }
published-no-settings-attribute = posten finns, men dess attribut { $attribute } kan inte läsas
publish-conflict = Inte publicerat: någon annan har under tiden publicerat andra inställningar på { $dn } ({ $by }, { $when }). Ingenting ändrades; inställningarna som är publicerade nu visas — gör din ändring igen.
publish-refused = Inte publicerat: katalogen nekade ({ $reason }). Ingenting ändrades.
published-keeps-copy = { $problem } Denna dirdesk fortsätter att följa kopian den läste { $when }.
smtp-needs-signed-in-user = Det här mejlet skickas med kontot för personen som gjorde ändringen, och dirdesk känner bara till personens lösenord medan hen är inloggad: mejlet väntar i kön och skickas nästa gång hen sparar en ändring.
smtp-no-store-password = Lösenordet för arkivets SMTP-konto ”{ $user }” finns inte i den här datorns nyckelring: mejlet väntar i kön. Den som känner till det kan ange det på sidan Aviseringar eller med ”dirdesk notifications set --store NAME --smtp-password-stdin”.
cli-warning = varning: { $message }
cli-one-secret-from-stdin = Bara ett lösenord kan läsas från standard in: ange --smtp-password-stdin och --password-stdin i två separata kommandon.
cli-publish-needs-account = Den här datorn har inget tjänstekonto för ”{ $name }” att skriva de publicerade inställningarna med: ange med --user ett konto som katalogen låter skriva dem.
cli-store-published = De gemensamma inställningarna för ”{ $name }” har publicerats i katalogen på { $dn }: varje dirdesk som följer dem använder dem från sin nästa ändring.
cli-store-unpublished = Inställningarna som publicerats på { $dn } har tagits bort. De dirdesk-installationer som följde ”{ $name }” behåller kopian de senast läste och får veta att publiceringen är borta; denna dirdesk behåller inställningarna som sina egna.
cli-store-follows = Följer inställningarna som publicerats i katalogen på { $dn } av { $by }, { $when }.
cli-notifications-published = Aviseringsinställningarna för ”{ $name }” har publicerats i katalogen på { $dn }.
cli-about-store-publish = Publicera ett arkivs gemensamma inställningar i katalogen (aldrig ett lösenord) så att varje dirdesk följer dem
cli-about-store-unpublish = Ta bort ett arkivs publicerade inställningar från katalogen
cli-arg-location = DN för den publicerade posten (standard: cn=dirdesk under bas-DN)
cli-arg-login-dn-template = Allmän LDAP: det DN som personer loggar in som, där { "{" }user{ "}" } står för deras inloggningsnamn (uid={ "{" }user{ "}" },ou=people,dc=example,dc=test); inget tjänstekonto behövs för att hitta dem
cli-arg-smtp-auth = Hur man loggar in på e-postservern: none (ett relä), basic (arkivets SMTP-konto, --smtp-user), signed-in-user (varje persons eget användarnamn och lösenord i katalogen) eller oauth2 (en token från --oauth-token-endpoint: med --smtp-user och dess lösenord via password grant, utan dem endast som app)
cli-arg-smtp-login-as = Med --smtp-auth signed-in-user: logga in på e-postservern med det inskrivna användarnamnet (login) eller med personens e-postadress (mail)
settings-source-local = Den här datorns inställningar (inte publicerade i katalogen).
settings-source-published = Publicerade i katalogen på { $dn } av { $by }, { $when } (senast lästa { $read }).
settings-source-published-unread = Publicerade i katalogen på { $dn } (inte lästa ännu: de läses vid nästa inloggning).
label-smtp-password-source = SMTP-lösenord
smtp-password-not-used = används inte
smtp-password-signed-in-user = varje persons eget lösenord i katalogen, medan hen är inloggad
smtp-password-in-keychain = i den här datorns nyckelring
smtp-password-missing = finns inte i den här datorns nyckelring
published-read-only = De här inställningarna är publicerade i katalogen, och den här datorn har inget konto som får ändra dem: de kan ändras i en dirdesk som har arkivets tjänstekonto, eller med ”dirdesk notifications set --store NAME --user …” som ett konto som katalogen låter skriva dem.
settings-publishing = Publicerar i katalogen…
label-smtp-signed-in-user = Logga in med den inloggade användarens inloggningsuppgifter
settings-published = Publicerade i katalogen på { $dn }: varje dirdesk som följer publiceringen använder de här inställningarna från sin nästa ändring.
publish-refused-access = Inte publicerat: katalogen låter inte det här kontot ändra de publicerade inställningarna ({ $detail }). Ingenting ändrades.
machine-config-problem = Datorns konfigurationsfil { $path } kunde inte användas, så identitetsarkiven som den lägger till saknas: { $detail }
store-managed = Tillagt för alla användare av den här datorn av dess administratör.
cli-store-managed = ”{ $name }” har lagts till för alla användare av den här datorn av dess administratör ({ $path }); det kan inte tas bort här.
cli-notify-waiting = { $address }: väntar — { $reason }
smtp-test-needs-user = Var och en loggar in på den här e-postservern med sitt eget användarnamn och lösenord, så testet behöver ett: dirdesk notifications test --store NAME --to ADDRESS --user LOGIN --password-stdin.
published-foreign = Posten { $dn } är inte dirdesks publicerade inställningar (ett annat slags objekt har det namnet): den lämnas orörd. Publicera någon annanstans med --location.
publish-location-not-cn = platsen { $dn } måste börja med cn= (posten namnges efter sitt cn)
field-login-dn-template = Mall för inloggnings-DN (valfri)

## Big groups, Member Of, finding people as ADUC does
members-count = { $count ->
    [one] 1 medlem
   *[other] { $count } medlemmar
}
members-shown = { $shown } av { $count } visas
members-reading-names = Läser namn… { $read } av { $count }
members-filter-placeholder = Filtrera medlemmar efter namn eller DN
tab-member-of = Medlem av
member-of-nested = Ta med grupper som den är medlem i via andra grupper
member-of-none = Inte medlem i någon grupp.
member-of-count = { $count ->
    [one] Medlem i 1 grupp
   *[other] Medlem i { $count } grupper
}
member-of-direct = direkt
member-of-nested-via = via en annan grupp
member-of-primary = primär grupp
find-matched = { $attribute }: { $value }

## Kerberos single sign-on
kerberos-no-ticket = Ingen Kerberos-biljett: den här datorn har ingen Windows/Kerberos-inloggning att använda (på Linux eller macOS kör du först ”kinit”). Logga in med ditt användarnamn och lösenord i stället.
kerberos-expired = Din Kerberos-biljett har gått ut: logga in i Windows igen (eller kör ”kinit”), eller logga in med ditt användarnamn och lösenord.
kerberos-clock-skew = Den här datorns klocka och domänkontrollantens skiljer sig åt mer än Kerberos tillåter (5 minuter): ställ klockan rätt, eller logga in med ditt användarnamn och lösenord.
kerberos-no-spn = Katalogen har inget Kerberos-tjänsthuvudnamn { $spn }: anslut till domänkontrollanten med dess fullständiga namn (så som det är registrerat i katalogen), eller logga in med ditt användarnamn och lösenord.
kerberos-other = Kerberos-inloggningen misslyckades: { $reason }
kerberos-signed-in = Inloggad som { $principal } med din Windows/Kerberos-inloggning, inuti den verifierade TLS-anslutningen.
kerberos-mail-needs-password = Det här arkivet skickar bekräftelser med ditt eget e-postkonto, som kräver ditt lösenord; en Kerberos-inloggning ger inte dirdesk något. Dina bekräftelser väntar i kön tills du har loggat in en gång med ditt användarnamn och lösenord.
sign-in-kerberos = Logga in som { $principal }
kerberos-signed-in-sealed = Inloggad som { $principal } med din Windows/Kerberos-inloggning; det här arkivet använder inte TLS, så Kerberos krypterar själv anslutningen.
kerberos-no-sealing = { $server } erbjuder ingen Kerberos-kryptering för en anslutning utan TLS, och dirdesk loggar aldrig in okrypterat: välj LDAPS eller StartTLS för det här arkivet, eller logga in med ditt användarnamn och lösenord.
kerberos-not-inside-tls = { $server } tar inte emot en Kerberos-inloggning inuti TLS ({ $reason }). Windows-domänkontrollanter gör det; på Samba är inställningen ”ldap server require strong auth = allow_sasl_over_tls”. Logga in med ditt användarnamn och lösenord tills dess, eller anslut till det här arkivet utan TLS: Kerberos krypterar då själv anslutningen.
kerberos-other-person = Kerberos-biljetten på den här datorn tillhör nu någon annan ({ $now }): inget mer görs under den här inloggningen. Logga in igen.
kerberos-kdc-timeout = Kerberos-domänkontrollanten (KDC) svarade inte i tid.
kerberos-other-realm = Kerberos-biljetten gäller { $principal }, från en annan sfär än det här arkivets ({ $realm }), och katalogen kan inte säga vem det är här: logga in med ditt användarnamn och lösenord.
cli-arg-member-of = Visa även grupperna den är medlem i (Medlem av)
cli-arg-nested = Med --member-of: även grupperna den är medlem i via andra grupper
cli-arg-kerberos = Logga in med din Kerberos-biljett (din Windows-inloggning eller kinit) i stället för ett lösenord

## OAuth 2.0 for SMTP (Microsoft 365, Google)
oauth-bad-endpoint = Token Endpoint ”{ $endpoint }” är ingen https://-adress: dirdesk skickar en klienthemlighet bara över verifierad TLS.
oauth-no-client-secret = Det finns ingen OAuth 2.0-klienthemlighet för det här arkivet i den här datorns nyckelring: ange Client Secret på sidan Aviseringar eller använd ”dirdesk notifications set --oauth-client-secret-stdin”.
oauth-wrong-client-secret = Tokenslutpunkten nekade Client ID eller Client Secret ({ $detail }): kontrollera båda på sidan Aviseringar; en utgången hemlighet behöver ersättas med en ny från appregistreringen.
oauth-wrong-password = Tokenslutpunkten nekade användarnamnet eller lösenordet ({ $detail }).
oauth-needs-mfa = Tokenslutpunkten begär inloggning med flera faktorer för det här kontot ({ $detail }), vilket en e-postavsändare inte kan ge: det här kontot får inte kräva inloggning med flera faktorer (undanta det i klientorganisationens Conditional Access), eller lämna Användarnamn och Lösenord tomma för att skicka endast som app.
oauth-refused = Tokenslutpunkten vägrade utfärda en token: { $detail }
oauth-unreachable = Tokenslutpunkten { $endpoint } kan inte nås ({ $detail }); mejlen väntar och ett nytt försök görs senare.
oauth-not-trusted = Tokenslutpunkten { $endpoint } kan inte betros ({ $detail }): lägg till dess CA-certifikat i CA-certifikatfilen för SMTP eller bland den här datorns betrodda certifikat.
oauth-malformed = Tokenslutpunkten { $endpoint } svarade utan token ({ $detail }).
smtp-token-refused = E-postservern nekade OAuth 2.0-token, även en nyhämtad ({ $detail }): postlådan eller appen får kanske inte skicka via SMTP (Exchange: SMTP AUTH påslaget för postlådan och behörigheten SMTP.Send eller SMTP.SendAsApp för appen).
smtp-needs-oauth = E-postservern tar inte emot lösenord ({ $detail }): den här servern kräver OAuth 2.0 — välj OAuth 2.0 under ”Använd SMTP-autentisering”.
cli-oauth-needs-client-id = OAuth 2.0 behöver appens klient-ID: --oauth-client-id.
cli-arg-oauth-token-endpoint = OAuth 2.0-tokenslutpunkt (https://…/oauth2/v2.0/token)
cli-arg-oauth-client-id = OAuth 2.0-klient-ID (appregistreringens)
cli-arg-oauth-client-secret-stdin = Läs OAuth 2.0-klienthemligheten från standard in (även med --smtp-password-stdin: hemligheten på första raden, lösenordet på andra)
cli-arg-oauth-scope = OAuth 2.0-omfång, åtskilda med blanksteg (t.ex. https://outlook.office365.com/.default)
label-smtp-auth-method = Autentisering
smtp-auth-basic = Basic
smtp-auth-oauth2 = OAuth 2.0 (Token Endpoint { $endpoint }, Client ID { $client }, Scope { $scope }; Client Secret sparas i den här datorns nyckelring)
label-oauth-token-endpoint = Token Endpoint
label-oauth-client-id = Client ID
label-oauth-client-secret = Client Secret
label-oauth-scope = Scope
smtp-auth-oauth2-choice = OAuth 2.0
invalid-oauth-client-id-empty = Ange appregistreringens Client ID.

## Notification Editor (templates)
template-email-change = Ändringsbekräftelse
template-email-test = Testmejl
template-email-digest = Sammanfattning av massändring
template-part-subject = Ämne
template-part-html = HTML
template-part-text = Oformaterad text
template-problem-at = { $part }, rad { $line }, kolumn { $column }: { $detail }
template-problem-line = { $part }, rad { $line }: { $detail }
template-problem = { $part }: { $detail }
template-unknown-tag = okänd tagg ”{ $tag }”
template-tag-object-name = Objektets namn
template-tag-object-kind = Objekttyp
template-tag-object-dn = Objektets unika namn (DN)
template-tag-changes = Tabell över ändrade attribut (gamla och nya värden)
template-tag-author-name = Ändrad av: namn
template-tag-author-mail = Ändrad av: e-postadress
template-tag-author-dn = Ändrad av: unikt namn (DN)
template-tag-when = När
template-tag-store = Identitetsarkiv
template-tag-recipient-name = Mottagarens namn
template-tag-recipient-address = Mottagarens adress
template-tag-own = Om mottagaren själv gjorde ändringen
template-tag-reasons = Varför mottagaren får det här mejlet
template-tag-server = E-postserver
template-tag-count = Antal ändrade objekt
template-tag-objects = Tabell över ändrade objekt och attribut (gamla och nya värden)
template-tag-more = Hur många som inte listas (de finns i bilagan)
template-tag-attachment = Namnet på den bifogade listan
template-built-in = inbyggd
template-custom = arkivets egen
template-custom-parts = arkivets egen: { $parts }
cli-about-templates = Aviseringsredigeraren: formuleringen av mejlen som dirdesk skickar, per språk
cli-about-templates-list = Lista ett arkivs mejlmallar och vilka som är arkivets egna
cli-about-templates-show = Visa en malls ämne, HTML och oformaterade text (arkivets egen eller den inbyggda)
cli-about-templates-set = Ändra en mall; delar som inte anges förblir som de är. Kontrolleras innan den sparas
cli-about-templates-reset = Gå tillbaka till den inbyggda mallen
cli-about-templates-preview = Fyll i en mall med en exempeländring: skriver ut ämnet och den oformaterade texten
cli-arg-email = Vilket mejl: change (ändringsbekräftelsen) eller test (mejlet från ”{ test-server }”)
cli-arg-lang = Språket: da, de, en, es, fi, fr, is, it, nl, pt, sv eller tr
cli-arg-part = Skriv bara ut källan till den här delen: subject, html eller text
cli-arg-subject = Ämnet (taggar tillåtna, t.ex. { "{{" } object.name { "}}" })
cli-arg-html-file = En fil med HTML-delen (UTF-8)
cli-arg-text-file = En fil med textdelen (UTF-8)
cli-arg-templates-preview-html = Skriv även den ifyllda HTML-delen till FILE, för att öppna i en webbläsare
cli-template-no-such-language = Det finns ingen mall på ”{ $lang }”: språken är { $languages }.
cli-template-nothing-to-set = Ange --subject, --html-file eller --text-file.
cli-template-refused = Mallen sparades inte: { $problems }
cli-template-saved = Sparat:
cli-template-reset = Tillbaka till den inbyggda mallen:
cli-template-which = mejlet ”{ $email }” på ”{ $lang }” för { $name }.
cli-template-unreadable = Kunde inte läsa { $file }: { $error }
cli-template-too-big = { $file } är { $size } byte; en malldel får vara högst { $max }.
cli-template-not-utf8 = { $file } är inte UTF-8-text (vid byte { $offset }).
cli-template-unwritable = Kunde inte skriva { $file }: { $error }
cli-template-html-written = HTML-delen finns i { $file }.
template-editor-open = Aviseringsredigerare
template-editor-title = Aviseringsredigerare — { $store }
template-email = E-post
template-language = Språk
template-save-to-switch = Spara eller förkasta dina ändringar för att välja ett annat mejl eller språk.
template-tags = Taggar
template-tags-into = Klicka på en tagg för att infoga den i ”{ $part }” vid markören.
template-preview = Förhandsgranskning (med en exempeländring)
template-preview-own = Så som personen som gjorde ändringen läser det
template-no-preview = Ingen förhandsgranskning så länge mallen har ett problem.
template-reset = Återställ till inbyggd
template-discard = Förkasta ändringar
template-no-store = Lägg först till ett identitetsarkiv: mallar hör till ett arkiv.
template-too-big = delen är { $size } byte; en malldel får vara högst { $max }
template-store = Identitetsarkiv

## Bulk edits (LDIF and CSV files)
bulk-problem-at = rad { $line }: { $detail }
bulk-same-object-twice = { $dn } ändras två gånger (första gången på rad { $first }): samla alla ändringar av det i en post
bulk-not-a-dn = ”{ $dn }” är inte ett unikt namn (DN)
ldif-no-colon = ”{ $text }” har inte formen ”namn: värde”
ldif-bad-base64 = base64-värdet för { $name } går inte att avkoda: { $error }
ldif-not-text = värdet för { $name } är inte UTF-8-text
ldif-no-urls = { $name } hänvisar till en fil eller URL (:<): ange själva värdet
ldif-dn-first = en post börjar med dn:, inte med { $name }:
ldif-no-controls = LDAP-kontroller skickas inte vid massändringar
ldif-only-modify = changetype: { $changetype } är ingen ändring av ett objekt (det är bara changetype: modify)
ldif-no-changetype = posten för { $dn } har ingen changetype: modify
ldif-other-attribute = { $name }: i avsnittet för { $attribute }
ldif-add-without-values = add: { $attribute } anger inga värden
ldif-unknown-operation = ”{ $operation }” är varken add, delete eller replace
ldif-nothing-to-change = posten för { $dn } ändrar ingenting
csv-dn-first = rubriken för den första kolumnen måste vara dn
csv-empty-header = en kolumn saknar attributnamn i rubrikraden
csv-header-twice = kolumnen { $attribute } finns två gånger i rubrikraden
csv-wrong-field-count = { $found } fält där rubrikraden har { $expected }
csv-no-dn = raden saknar dn
bulk-unknown-attribute = katalogen har inget attribut { $attribute }
bulk-bad-dn = { $attribute } ska vara ett unikt namn (DN), inte ”{ $value }”
bulk-bad-integer = { $attribute } ska vara ett heltal, inte ”{ $value }”
bulk-bad-boolean = { $attribute } ska vara TRUE eller FALSE, inte ”{ $value }”
bulk-bad-time = { $attribute } ska vara en tidpunkt som 20261201120000Z, inte ”{ $value }”
bulk-bad-ascii = { $attribute } ska vara ren ASCII-text, inte ”{ $value }”
bulk-applied = genomförd
bulk-nothing-to-change = inget att ändra: objektet har redan de här värdena
bulk-conflict = någon annan har ändrat objektet sedan det lästes; inget skrevs över
bulk-refused = nekad: { $reason }
bulk-unknown = skickad, men inget svar kom ({ $reason }); nästa körning eller sparning tar reda på om ändringen genomfördes och registrerar den en gång
bulk-not-sent = inte skickad: { $reason }
bulk-cancelled = körningen avbröts
bulk-connection-lost = anslutningen till katalogen bröts
bulk-title = Massändring
bulk-explanation = Ändra många objekt på en gång: öppna en LDIF-fil med ändringsposter (som ldapmodify läser dem) eller ett CSV-blad (en dn-kolumn, sedan en kolumn per attribut), eller ge de hittade objekten en gemensam ändring. Inget skrivs innan du har läst förhandsgranskningen och klickat på ”Verkställ”.
bulk-file-placeholder = /sökväg/till/changes.ldif eller changes.csv
bulk-open = Öppna fil
bulk-attribute = Attribut
bulk-value = Värde
bulk-op-set = Sätt till
bulk-op-add = Lägg till
bulk-op-remove = Ta bort
bulk-use-found = { $count ->
    [one] Redigera det hittade objektet
   *[other] Redigera de { $count } hittade objekten
}
bulk-use-selected = { $count ->
    [one] Redigera det valda objektet
   *[other] Redigera de { $count } valda objekten
}
bulk-previewed = { $count ->
    [one] Förhandsgranskning: { $count } ändring, varav { $problems } med problem (inget skrivs förrän du klickar på ”Verkställ”).
   *[other] Förhandsgranskning: { $count } ändringar, varav { $problems } med problem (inget skrivs förrän du klickar på ”Verkställ”).
}
bulk-col-line = Rad
bulk-col-object = Objekt
bulk-col-old-new = Gammalt → nytt
bulk-col-outcome = Resultat
bulk-more-rows = { $count ->
    [one] … och { $count } rad till.
   *[other] … och { $count } rader till.
}
bulk-apply = Verkställ
bulk-progress = { $done } av { $total }
bulk-outcomes = Genomförda: { $applied } av { $count }; inte genomförda: { $failed }.
bulk-retry-failed = Försök igen med misslyckade
bulk-export-failed = Exportera misslyckade som CSV…
bulk-exported = { $count ->
    [one] { $count } misslyckad rad exporterades.
   *[other] { $count } misslyckade rader exporterades.
}
bulk-close = Stäng massändring
cli-bulk-nothing-found = Inget att ändra: sökningen hittade inga objekt.
cli-bulk-unreadable = Kan inte läsa { $path }: { $reason }
cli-bulk-not-utf8 = { $path } är inte UTF-8-text: spara filen som UTF-8 (med eller utan BOM).
cli-bulk-refused = Inget ändrades: problemen med { $source } visas ovan.
cli-bulk-the-search = ändringen av de hittade objekten
cli-bulk-row = rad { $line }: { $dn }: { $outcome }
cli-bulk-summary = Genomförda: { $applied }; inget att ändra: { $unchanged }; ändrade av någon annan: { $conflicts }; nekade: { $refused }; svar förlorat: { $unknown }; inte skickade: { $not_sent }.
cli-bulk-told-later = Anslutningen bröts: aviseringarna från den här körningen skickas vid nästa sparning eller körning, tillsammans med de ändringar vars svar gick förlorade.
cli-json-bulk-only = --json är för massändringar (--from, --filter, --groups).

## The organisation's shared database (PostgreSQL)
database-url-bad = Databasadressen ”{ $url }” kan inte användas: { $reason }
database-url-scheme = den måste börja med postgresql://
database-url-credentials = den får inte innehålla något användarnamn eller lösenord (alla loggar in med sitt eget katalogkonto)
database-url-options = den får inte innehålla några alternativ (TLS är alltid på och verifierat)
database-url-no-host = den anger ingen server
database-url-no-database = den anger ingen databas (postgresql://HOST:PORT/DB)
database-unreachable = Den gemensamma databasen { $url } svarar inte: { $detail }
database-certificate = Den gemensamma databasen { $url } har ett certifikat som den här datorn inte litar på, eller erbjuder inte TLS: { $detail }
database-wrong-password = Den gemensamma databasen { $url } nekade din inloggning: { $detail }
database-ca-file = CA-certifikatfilen för den gemensamma databasen { $url } kan inte användas: { $detail }
database-no-role = Du har inget konto i den gemensamma databasen { $url } ännu: be din databasadministratör att köra ”dirdesk db sync-roles”. ({ $detail })
database-not-allowed = Den gemensamma databasen { $url } släpper inte in dig härifrån: { $detail }
database-missing = Den gemensamma databasen { $url } finns inte: { $detail }
database-not-set-up = Den gemensamma databasen { $url } är inte konfigurerad för dirdesk ännu: be din databasadministratör att köra ”dirdesk db init”.
database-newer = Den gemensamma databasen { $url } konfigurerades av en nyare dirdesk (schema { $version }; denna känner till { $known }): uppdatera dirdesk för att använda den. Inget skrevs.
database-refused = Den gemensamma databasen { $url } nekade detta: { $detail }
database-other = Den gemensamma databasen { $url } svarade med ett fel: { $detail }
db-check-not-set-up = Schemat finns inte: kör ”dirdesk db init”.
db-check-behind = Schemat har version { $version }; denna dirdesk har med sig { $latest }: kör ”dirdesk db migrate”.
db-check-newer = Schemat har version { $version }, nyare än denna dirdesk känner till ({ $latest }).
db-check-no-role = Grupprollen { $role } finns inte: kör ”dirdesk db init”.
db-check-unsecured = Säkerhet på radnivå är avstängd för { $table }: användare skulle kunna läsa varandras Historik.
db-check-history-writable = { $role } får ändra eller ta bort rader i Historiken: Historiken skulle då inte längre vara enbart för tillägg.
db-check-retention-open = Inte bara dirdesk_admin får ta bort gammal Historik.
db-check-added-policy = Radsäkerhetsprincipen { $policy } skapades inte av dirdesk: den kan låta personer läsa eller skriva sådant de inte borde.
db-check-owner-records = Tabellernas ägare finns i dirdesk_user: radsäkerhet gäller inte ägaren, så ägaren bör inte registrera ändringar.
cli-db-no-database = Arkivet ”{ $name }” anger ingen gemensam databas (dirdesk store edit --database postgresql://HOST:PORT/DB).
cli-db-needs-password = Den gemensamma databasen loggar in dig med ditt lösenord i katalogen: logga in med ditt användarnamn och lösenord, inte med Kerberos.
cli-db-up-to-date = Schemat är aktuellt (version { $version }).
cli-db-applied = Tillämpade migrering { $version }: { $name }
cli-db-version = Schemaversion: { $version } (denna dirdesk: { $latest })
cli-db-my-roles = Dina roller: { $roles }
cli-db-no-roles = inga
cli-db-problem = Problem: { $problem }
cli-db-all-well = Allt är som dirdesk konfigurerade det.
cli-db-role-created = Skapade inloggningsrollen { $login }
cli-db-role-granted = { $login } ingår nu i { $role }
cli-db-role-revoked = { $login } ingår inte längre i { $role }
cli-db-roles-as-they-were = Rollerna stämde redan med grupperna.
cli-db-member-unread = Medlemmen { $dn } kunde inte läsas ({ $reason }): ingen roll ändrades.
cli-db-group-empty = Gruppen { $dn } är tom: ingen roll ändrades (det skulle ta bort allas åtkomst).
cli-db-role-kept = { $login } stannar i { $role }: det medlemskapet gavs av någon annan.
cli-db-role-skipped = Hoppade över { $login }: PostgreSQL kan inte använda det som rollnamn (för långt eller reserverat).
cli-database-ca-without-database = --database-ca-file kräver en databas: ange även --database postgresql://HOST:PORT/DB.
cli-about-db = Konfigurera och kontrollera ett arkivs gemensamma databas (PostgreSQL), för databasadministratörer
cli-about-db-init = Skapa grupprollerna dirdesk_user och dirdesk_admin och schemat (säkert att köra igen)
cli-about-db-migrate = Uppdatera schemat till denna dirdesks version
cli-about-db-check = Visa schemats version, dina roller och om Historikens skydd håller
cli-about-db-sync-roles = Skapa inloggningsroller för personerna i två kataloggrupper och gör dem till medlemmar i dirdesk_user eller dirdesk_admin
cli-arg-users-group = Gruppen vars medlemmar registrerar sina ändringar och läser sin egen Historik
cli-arg-admins-group = Gruppen vars medlemmar läser allas Historik och kö
cli-arg-database = Organisationens gemensamma Historik och kö, postgresql://HOST:PORT/DB ("" går tillbaka till denna dirdesks egen fil); publiceras med arkivet
cli-arg-database-ca-file = CA-certifikatfil (PEM) som databasens certifikat kontrolleras mot ("" tar bort den)
database-no-bulk-yet = Den här dirdesk registrerar ännu inte massredigeringar i den gemensamma databasen: inget ändrades. Redigera objekten ett i taget, eller uppdatera dirdesk.
queue-finished-elsewhere = en annan av dina arbetsstationer registrerade ändringen under tiden; den registreras inte två gånger.
history-bad-date = ”{ $date }” är inget datum: skriv 2026-11-30 eller 2026-11-30T08:00:00Z.
history-col-when = När
history-col-store = Identitetsarkiv
history-col-object = Objekt
history-col-dn = DN
history-col-author = Ändrad av
history-col-attribute = Attribut
history-col-old = Gammalt värde
history-col-new = Nytt värde
history-col-told = Aviseringar
cli-history-needs-user = Arkivet ”{ $name }” har sin Historik i en gemensam databas: logga in med --user och --password-stdin för att läsa den.
cli-history-written = Ändringar skrivna till { $path }: { $count }.
cli-arg-user-filter = Bara ändringarna som den här personen har gjort (personens inloggningsnamn)
cli-arg-attribute = Bara ändringar av det här attributet
cli-arg-contains = Bara ändringar där ett gammalt eller nytt värde innehåller den här texten
cli-arg-since = Från och med den här dagen (2026-11-30) eller tidpunkten (2026-11-30T08:00:00Z)
cli-arg-until = Till slutet av den här dagen, eller till den här tidpunkten
cli-arg-csv = Skriv ändringarna till den här filen som CSV, en rad per attribut
cli-arg-history-user = Vem som loggar in för att läsa ett arkivs gemensamma databas
queue-not-here = Mejl { $id } till { $address } skickades inte från denna dirdesk: { $reason }
queue-waits-for-sender = det skickas med e-postkontot som tillhör { $login }, från en dirdesk där { $login } är inloggad
cli-queue-needs-user = Arkivet ”{ $name }” har sin kö i en gemensam databas: logga in med --user och --password-stdin.
cli-queue-local-store = Arkivet ”{ $name }” har sin kö på denna dirdesk: ingen inloggning behövs (utelämna --user).
cli-queue-no-shared-store = Inget identitetsarkiv här har sin kö i en gemensam databas: utelämna --user för denna dirdesks egen kö.
cli-queue-which-store = Flera identitetsarkiv här har sin kö i en gemensam databas: ange ett med --store.
history-filter-user = Ändrad av (användarnamn)
history-filter-object = Objekt (DN)
history-filter-attribute = Attribut
history-filter-contains = Gammalt eller nytt värde innehåller
history-filter-since = Från
history-filter-until = Till
history-search = Sök
history-clear = Rensa
history-export = Exportera CSV…
history-previous = Föregående
history-next = Nästa
history-page = Sida { $number }
history-recorded-by = registrerad av { $login } { $at }
history-source-this-desk = Registrerad på denna dirdesk.
history-source-shared = Från organisationens databas { $database }, som { $person }.
history-sign-in-first = ”{ $store }” har sin Historik och kö i organisationens databas { $database }: logga in i ”{ $store }” i Objektredigeraren för att se dem.
keep-days = { $count ->
    [one] { $count } dag
   *[other] { $count } dagar
}
keep-months = { $count ->
    [one] { $count } månad
   *[other] { $count } månader
}
keep-years = { $count ->
    [one] { $count } år
   *[other] { $count } år
}
keep-all = Allt (inget tas bort)
keep-unknown = ”{ $text }” är inget val av lagringstid: använd ett av { $choices }.
keep-other = en period som denna dirdesk inte erbjuder
cli-db-retention = Historiken behålls i { $keep } (valt av { $who }, { $at }); äldre poster tas bort av arbetsstationerna, utom de som ett mejl fortfarande väntar på.
cli-db-retention-unchosen = Hela Historiken behålls: ingen administratör har valt hur länge.
cli-db-retention-removed = Tog bort { $count } poster i Historiken som var äldre än så.
cli-about-db-retention = Visa hur länge den gemensamma Historiken behålls, eller (medlemmar i dirdesk_admin) välj det
cli-arg-keep = 30-days, 60-days, 90-days, 6-months, 1-year, 2-years, 5-years eller all (inget tas bort)
history-keep = Behåll Historik:
history-keep-chosen-by = valt av { $who }
history-kept = Behållen enligt valet: { $count } äldre poster borttagna.
cli-history-uploaded = Laddade upp { $added } av dina ändringar från denna dirdesks Historik; { $there } fanns där redan.
cli-history-left-for = { $count } gjorda av { $name } stannar på denna dirdesk tills den personen själv laddar upp dem (inloggad som sig själv).
cli-arg-upload = Lägg till dina ändringar i denna dirdesks egen Historik för arkivet i dess gemensamma databas (en gång: att köra det igen lägger inte till något)
queue-waits-for-store-account = det skickas med arkivets eget e-postkonto, från en dirdesk som är inställd på att skicka med det
