# dirdesk — Dansk

## Vindue og navigation
app-title = dirdesk Admin Center
nav-identity-stores = Identitetslagre
nav-notifications = Notifikationer
nav-history = Historik

## Siden “Identitetslagre”
identity-stores-title = Identitetslagre
identity-stores-create = Opret identitetslager
identity-stores-empty = Ingen identitetslagre endnu. Klik på “Opret identitetslager” for at forbinde dirdesk med et Active Directory-domæne eller en LDAP-mappe.

## Siden “Notifikationer” (kø)
notifications-title = Notifikationer
notifications-empty = Ingen notifikationer i køen.

## Siden “Historik”
history-title = Historik
history-empty = Der er endnu ikke foretaget ændringer via dirdesk.

## Kommandolinje
cli-error = fejl: { $message }

## Entydige navne (DN)
dn-empty = DN er tomt
dn-missing-equals = “{ $part }” har intet “=”: hver del af et DN ser ud som cn=Navn
dn-bad-attribute-type = “{ $part }” er ikke en attributtype
dn-empty-value = “{ $part }” har en tom værdi
dn-bad-escape = “{ $part }” slutter med en ufuldstændig escape-sekvens

## Kontrol af identitetslagre og notifikationsindstillinger
invalid-name-empty = Angiv et navn til identitetslageret.
invalid-name-taken = Der findes allerede et identitetslager med navnet “{ $name }”.
invalid-no-servers = Tilføj mindst én server (domænenavn eller værtsnavn).
invalid-host = “{ $host }” er hverken et værtsnavn eller en IP-adresse.
invalid-port = Porten for { $server } skal være mellem 1 og 65535.
invalid-base-dn = Basis-DN er ikke gyldigt: { $reason }.
invalid-login-attribute = “{ $attribute }” er ikke et attributnavn.
invalid-service-account = “{ $account }” er ikke en tjenestekonto: angiv et DN (for Active Directory også bruger@domæne eller DOMÆNE\bruger).
invalid-smtp-server-empty = Angiv den SMTP-server, der sender notifikationerne.
invalid-smtp-port = SMTP-porten skal være mellem 1 og 65535.
invalid-ssl-on-25 = Port 25 taler ikke SSL: brug STARTTLS på 25 eller 587, eller SSL på 465.
invalid-from = “{ $address }” er ikke en e-mailadresse til “Afsenderadresse”.
invalid-smtp-username-empty = Angiv SMTP-brugernavnet, eller slå “Brug SMTP-godkendelse” fra.
invalid-address = “{ $address }” er ikke en e-mailadresse.

## Konfigurationsfil
config-damaged = Konfigurationsfilen { $path } er beskadiget i linje { $line }, kolonne { $column }: { $reason }. Den er ladet uændret, og en kopi er gemt i { $backup }. Ret den, eller flyt den for at starte forfra.
config-newer = Konfigurationsfilen { $path } er skrevet af en nyere dirdesk (format { $version }); denne version ændrer den ikke.
config-io = Kan ikke læse eller skrive { $path }: { $reason }

## Nøglering
keychain-unavailable = Ingen brugbar nøglering: { $reason }. dirdesk gemmer kun adgangskoder i operativsystemets nøglering; lås den op eller start den (på Linux en Secret Service som GNOME Keyring eller KWallet), og prøv igen.
keychain-failed = Nøgleringen afviste: { $reason }

## Forbindelser til mappen
ldap-refused = { $server } afviste forbindelsen: kører mappeserveren, og er porten rigtig?
ldap-unreachable = Kan ikke nå { $server }: { $reason }
ldap-timeout = { $server } svarede ikke i tide.
ldap-cert-not-trusted = TLS-certifikatet for { $server } er ikke betroet: “{ $subject }”, udstedt af “{ $issuer }”. Hvis din organisation har sin egen certifikatudsteder, så vælg dens CA-certifikatfil.
ldap-cert-wrong-name = TLS-certifikatet for { $server } (“{ $subject }”) gælder andre navne: { $names }. Forbind med et af dem.
ldap-cert-expired = TLS-certifikatet for { $server } (“{ $subject }”) er udløbet.
ldap-cert-other = TLS-certifikatet for { $server } (“{ $subject }”) blev afvist: { $reason }
ldap-tls = TLS med { $server } mislykkedes: { $reason }
ldap-wrong-credentials = Forkert brugernavn eller adgangskode.
ldap-tls-required = { $server } kræver en krypteret forbindelse til dette: vælg LDAPS eller StartTLS.
ldap-base-dn-not-found = Basis-DN “{ $base_dn }” findes ikke på serveren.
ldap-base-dn-not-found-anonymous = Basis-DN “{ $base_dn }” blev ikke fundet; uden tjenestekonto skjuler serveren det måske for anonyme brugere.
ldap-server-error = Serveren svarede med fejl { $code }: { $text }
ldap-disconnected = Forbindelsen til mappen blev afbrudt: { $reason }
ldap-referral = Mappen henviste til en anden server ({ $to }). dirdesk taler kun med identitetslagerets egne servere og fulgte derfor ikke henvisningen.
ldap-too-many-results = Mappen blev ved med at sende resultater ud over { $limit }; dirdesk holdt op med at læse dem. Indsnævr søgningen.
ldap-malformed = { $server } sendte et svar, der ikke er gyldig LDAP; intet blev ændret.
connection-server-failed = { $server }: { $reason }

## Fælles betegnelser (artiklens ordvalg)
store-type-ad = Active Directory
store-type-ldap = Generisk LDAP
security-ldaps = LDAPS
security-starttls = StartTLS
security-none = Ingen (usikker)
status-healthy = Fejlfri
status-errors = Fejl
status-not-checked = Ikke kontrolleret
smtp-security-ssl = SSL slået til
smtp-security-starttls = STARTTLS
smtp-security-none = Ingen (usikker)
label-smtp-server = SMTP-server
label-from = Afsenderadresse
label-port = Port
label-smtp-security = Sikkerhed
label-use-smtp-auth = Brug SMTP-godkendelse
label-smtp-username = SMTP-brugernavn
label-smtp-ca-file = CA-certifikatfil
label-to = Til:
label-cc = Cc:
also-logged-in-users = Indloggede brugere, for deres handlinger
also-object-modified = Objektet, der ændres
also-group-owners = Gruppeejer(e), for deres grupper
also-managers = Leder(e), for deres direkte medarbejdere
also-added-members = Nye gruppemedlemmer, når de tilføjes
also-removed-members = Fjernet gruppemedlem, når det fjernes
also-public-group-owners = Ejer af offentlig gruppe, når nogen melder sig ind eller ud
membership-join = Meld dig ind
membership-leave = Meld dig ud
my-groups = Mine grupper
column-name = NAVN
column-type = TYPE
column-servers = SERVERE
column-security = SIKKERHED
column-base-dn = BASIS-DN
column-enabled = AKTIVERET
column-status = STATUS
column-last-check = SENESTE KONTROL
yes = ja
no = nej
on = til
off = fra

## Kommandolinjens meddelelser
cli-no-such-store = Der findes intet identitetslager med navnet “{ $name }”.
cli-no-stores = Ingen identitetslagre endnu. Tilføj et med: dirdesk store add --help
cli-bad-host = “{ $host }” er ikke VÆRT eller VÆRT:PORT.
cli-bad-addresses = Ikke e-mailadresser: { $addresses }
cli-empty-password = Adgangskoden læst fra standardinput er tom.
cli-prompt-service-password = Tjenestekontoens adgangskode:
cli-store-added = Identitetslageret “{ $name }” er tilføjet.
cli-store-saved = Identitetslageret “{ $name }” er gemt.
cli-store-removed = Identitetslageret “{ $name }” og dets adgangskoder er fjernet.
cli-store-enabled = Identitetslageret “{ $name }” er aktiveret.
cli-store-disabled = Identitetslageret “{ $name }” er deaktiveret.
cli-test-server-ok = { $server }: forbundet ({ $vendor }; navngivningskontekster: { $contexts })
cli-test-healthy = “{ $name }” er fejlfri.
cli-test-errors = “{ $name }” har fejl: { $reason }
cli-notifications-saved = Notifikationsindstillingerne for “{ $name }” er gemt.
ldap-no-service-password = Der er ikke gemt en adgangskode til tjenestekontoen: angiv den med --service-password-stdin.

## Redigering af objekter
edit-read-only = “{ $attribute }” vedligeholdes af mappen og kan ikke ændres.
edit-binary = “{ $attribute }” indeholder binære data, som dirdesk ikke redigerer.
edit-single-valued = “{ $attribute }” tager kun én værdi.
ldap-account-locked = Kontoen er låst. Bed din administrator om at låse den op.
ldap-account-disabled = Kontoen er deaktiveret.
ldap-password-expired = Kontoens adgangskode er udløbet eller skal skiftes, før du logger ind.
ldap-no-such-object = “{ $dn }” findes ikke (længere).
change-nothing = Intet at gemme: værdierne er de samme som i mappen.
change-conflict = Ikke gemt: en anden har ændret objektet, siden du åbnede det. Indlæs det igen for at se de aktuelle værdier.
change-insufficient-access = Ikke gemt: du har ikke tilladelse til at ændre dette ({ $detail }).
membership-closed-join = Denne gruppe tillader ikke, at medlemmer selv melder sig ind. Mappen svarede: { $detail }
membership-closed-leave = Denne gruppe tillader ikke, at medlemmer selv melder sig ud. Mappen svarede: { $detail }
change-schema-violation = Ikke gemt: mappen accepterer ikke værdien ({ $detail }).
change-refused = Ikke gemt: mappen afviste ændringen ({ $detail }).
change-busy = Ikke gemt: mappen er optaget eller utilgængelig ({ $detail }). Prøv igen om lidt.
kind-group = gruppe
kind-user = bruger
kind-other = objekt
no-value = (ingen værdi)
binary-value = <binær, { $bytes } byte>
cli-store-disabled-sign-in = Identitetslageret “{ $name }” er deaktiveret.
cli-prompt-password = Adgangskode til { $user }:
cli-password-needed = Der skal bruges en adgangskode: brug --password-stdin, eller kør i en terminal.
cli-found = { $count ->
    [one] 1 objekt fundet.
   *[other] { $count } objekter fundet.
}
cli-finished-earlier-change = En ændring, som en tidligere kørsel gemte men ikke registrerede, er fuldført: { $change }
cli-bad-pair = “{ $pair }” er ikke ATTR=VÆRDI.
cli-no-edits = Intet at ændre: brug --set, --add, --remove eller --clear.
cli-changed = Ændrede “{ $name }” ({ $kind }, { $dn }) som { $author } { $at }:
cli-current-value = { $attribute } er nu: { $value }

## Notifikationsmails
email-subject-own = Din ændring: { $kind } “{ $name }”
email-subject-other = { $kind } “{ $name }” ændret af { $author }
email-greeting = Hej { $name }
email-greeting-anonymous = Hej
email-intro-own = Hermed bekræfter vi din ændring af dette objekt i { $store }: { $kind } “{ $name }”.
email-intro-other = { $author } har ændret dette objekt i { $store }: { $kind } “{ $name }”.
email-label-object = Objekt
email-label-dn = Entydigt navn (DN)
email-label-author = Ændret af
email-label-when = Tidspunkt
email-col-attribute = Attribut
email-col-old = Gammel værdi
email-col-new = Ny værdi
email-added = Tilføjet
email-removed = Fjernet
email-no-value = (ingen)
email-why-logged-in-user = Du modtager denne mail, fordi du foretog ændringen.
email-why-list = Du modtager denne mail, fordi adressen står på identitetslagerets notifikationsliste.
email-why-object = Du modtager denne mail, fordi ændringen vedrører dig eller en gruppe, du er med i.
email-why-owner = Du modtager denne mail, fordi du ejer gruppen.
email-why-manager = Du modtager denne mail, fordi ændringen vedrører en af dine direkte medarbejdere.
email-why-added = Du modtager denne mail, fordi du er blevet føjet til gruppen.
email-why-removed = Du modtager denne mail, fordi du er blevet fjernet fra gruppen.
email-why-public-owner = Du modtager denne mail, fordi du ejer gruppen, og nogen selv har meldt sig ind i eller ud af den.
email-footer = Sendt med dirdesk.
email-digest-subject-own = Dine ændringer i { $store }: { $count }
email-digest-subject-other = Ændringer foretaget af { $author } i { $store }: { $count }
email-digest-intro-own = Hermed bekræfter vi de ændringer, du foretog i { $store } på én gang: { $count } i alt.
email-digest-intro-other = { $author } har foretaget ændringer i { $store } på én gang: { $count } i alt.
email-digest-more = De første { $listed } står her; hele listen ({ $count } i alt) er i den vedhæftede fil { $file }.
email-digest-why-logged-in-user = Du modtager denne mail, fordi du foretog ændringerne.
email-digest-why-object = Du modtager denne mail, fordi ændringerne vedrører dig eller grupper, du er med i.
email-digest-why-owner = Du modtager denne mail, fordi du ejer grupper, der blev ændret.
email-digest-why-manager = Du modtager denne mail, fordi ændringerne vedrører dine direkte medarbejdere.
email-digest-why-added = Du modtager denne mail, fordi du er blevet føjet til grupper.
email-digest-why-removed = Du modtager denne mail, fordi du er blevet fjernet fra grupper.
email-digest-why-public-owner = Du modtager denne mail, fordi du ejer grupper, som nogen selv har meldt sig ind i eller ud af.

## Notifikationskø
queue-error = Notifikationskøen { $path } kan ikke bruges: { $reason }
queue-disk-full = disken, den ligger på, er fuld. Frigør plads; intet gik tabt.
queue-read-only = der kan ikke skrives i dens mappe (skrivebeskyttet). Intet gik tabt.

## Mailserver
smtp-not-configured = Der er ikke angivet nogen SMTP-server i lagerets notifikationsindstillinger.
smtp-refused = Mailserveren { $server } afviste forbindelsen: kører den, og er porten rigtig?
smtp-timeout = Mailserveren { $server } svarede ikke i tide.
smtp-not-trusted = TLS-certifikatet for mailserveren { $server } er ikke betroet ({ $detail }). Hvis det er signeret af din organisations egen certifikatudsteder, så angiv dens CA-certifikatfil.
smtp-tls = TLS med mailserveren { $server } mislykkedes: { $detail }
smtp-auth-failed = Mailserveren afviste SMTP-brugernavnet eller adgangskoden: { $detail }
smtp-sender-refused = Mailserveren afviste afsenderadressen: { $detail }
smtp-recipient-refused = Mailserveren afviste modtageren: { $detail }
smtp-permanent = Mailserveren afviste meddelelsen: { $detail }
smtp-temporary = Mailserveren kunne ikke tage imod meddelelsen lige nu: { $detail }
test-email-subject = Testnotifikation fra dirdesk
test-email-body = Dette er en testmail fra dirdesk, sendt via { $server }. Hvis du kan læse den, når notifikationerne frem til dig.
cli-notify-sent = { $address }: sendt ({ $answer })
cli-notify-queued = { $address }: i kø — { $reason } Der forsøges igen automatisk (dirdesk queue send --all sender den nu; med --user for et lager med en fælles database).
cli-notify-failed = { $address }: ikke sendt — { $reason }
cli-notify-not-mail-enabled = { $dn }: ikke sendt — kontoen har ingen e-mailadresse (notifikationer går kun til mailaktiverede brugere).
cli-notify-malformed = { $who }: ikke sendt — “{ $address }” er ikke en brugbar e-mailadresse.
cli-notify-unwritten = { $who }: ikke sendt — e-mailen kunne ikke skrives: { $problem }
cli-notify-none = Ingen notifikationer for denne ændring (ingen er slået til for identitetslageret).
cli-test-email-sent = Testmailen til { $address } blev accepteret af serveren: { $answer }
queue-status-pending = Afventer
queue-status-sending = I gang
queue-status-sent = Sendt
queue-status-failed = Mislykket
queue-col-id = ID
queue-col-status = Status
queue-col-subject = Emne
queue-col-date = Dato
queue-col-to = Til
queue-col-from = Fra
queue-col-cc = Cc
queue-col-last-retry = Seneste forsøg
queue-col-retry-count = Forsøg
queue-col-in-progress = I gang
queue-last-error = seneste fejl: { $error }
queue-no-such-email = Der er ingen ikke-sendt mail med ID { $id } i køen.
queue-deleted = Mail { $id } er slettet fra køen.
queue-store-gone = { $count } mails i køen hører til et identitetslager, der ikke findes længere.
history-line = { $at }  { $author } ændrede “{ $name }” ({ $dn }) i { $store }

## Kort for identitetslagre
store-disabled-badge = Deaktiveret
store-last-check = Seneste forbindelseskontrol: { $when }
menu-more = Flere handlinger
menu-edit = Rediger
menu-disable = Deaktiver
menu-enable = Aktiver
menu-delete = Slet
delete-store-question = Slet identitetslageret “{ $name }”?
delete-store-explanation = Dets indstillinger og de adgangskoder, der er gemt til det i nøgleringen, fjernes. Selve mappen ændres ikke.
cancel = Annuller

## Identitetslagerets detaljer
store-details-title = Identitetslagerets detaljer
tab-general = Generelt
tab-connection = Forbindelse
settings-pane = Indstillinger
configurations = Konfigurationer
field-store-type = Lagertype
field-name = Navn
field-host = Domænenavn eller værtsnavn
field-port = Port
field-security = Sikkerhed
security-insecure-warning = Uden kryptering går adgangskoder over netværket, læsbare for alle undervejs. Brug LDAPS eller StartTLS.
field-ca-file = CA-certifikatfil
field-ca-file-placeholder = Sti til en PEM-fil (kun for en privat certifikatudsteder)
browse = Gennemse…
file-dialog-none = Der blev ikke valgt nogen fil, eller systemet har ingen fildialog: skriv stien.
field-base-dn = Basis-DN
field-login-attribute = Loginattribut
field-service-account = Tjenestekonto
field-service-password = Tjenestekontoens adgangskode
field-service-password-placeholder = Gemmes i systemets nøglering; lad feltet stå tomt for at beholde den gemte
servers-in-priority-order = Servere i prioriteret rækkefølge (den første, der svarer, bruges):
add-server = Tilføj server
remove = Fjern
test-connection = Test forbindelsen
testing-connection = Tester forbindelsen…
test-server-ok = { $server }: forbundet (navngivningskontekster: { $detail })
save = Gem
back = ← Tilbage
configurations-title = Konfigurationer — { $store }
configurations-notifications-description = SMTP-server, modtagere og hvem der skal have besked om ændringer

## Siden med notifikationsindstillinger
notifications-settings-title = Notifikationer — { $store }
section-smtp-server = SMTP-server
section-recipients = Modtagere
section-also-notify = Giv også besked til
label-smtp-password = SMTP-adgangskode
addresses-placeholder = Adresser adskilt af ;
also-notify-mail-enabled-note = Notifikationer går kun til mailaktiverede brugere.
test-server = Test serveren
test-notification-title = Testnotifikation
test-notification-address = Send en testmail til
test-notification-sending = Sender…
test-notification-accepted = Serveren accepterede testmailen: { $answer }
settings-saved = Gemt. Indstillingerne gælder fra næste ændring.
close = Luk
ok = OK
filter-pending = Afventende
filter-failed = Mislykkede
filter-all = Alle
queue-send = Send
history-all-stores = Alle identitetslagre
history-change = { $attribute }: { $old } → { $new }
history-email = Notifikation til { $address }: { $status }
store-saved = Identitetslageret er gemt.
unsaved-question = Forlad uden at gemme?
unsaved-explanation = Siden har ændringer, der ikke er gemt endnu.
unsaved-stay = Bliv
unsaved-leave = Forlad uden at gemme

## Objekteditor: søg
find-groups = Grupper
find-users = Brugere
find-placeholder = Navn, konto eller e-mailadresse
find-search = Søg
find-searching = { $count ->
    [one] Søger… 1 fundet indtil videre
   *[other] Søger… { $count } fundet indtil videre
}
find-found = { $count ->
    [one] 1 fundet
   *[other] { $count } fundet
}

## Objekteditor: egenskaber
group-properties = Gruppeegenskaber
user-properties = Brugeregenskaber
tab-members = Medlemmer
tab-owner = Ejer
tab-email = E-mail
tab-manager = Leder
tab-attributes = Attributter
prop-display-name = Visningsnavn
prop-description = Beskrivelse
prop-email = E-mail
prop-notes = Noter
prop-title = Stilling
prop-telephone = Telefonnummer
prop-manager = Leder (DN)
members-add-placeholder = Navn eller DN på den person, der skal tilføjes
members-add = Tilføj…
owner-none = Gruppen har ingen ejer.
attr-read-only = skrivebeskyttet
attr-single = én værdi
attr-multi = flere værdier
reload = Indlæs igen
saving = Gemmer…
apply = Anvend
preview-title = Disse ændringer gemmes:
saved-sent = Gemt. Der er sendt en bekræftelsesmail til dig på { $address }.
saved-no-mail = Gemt. Din konto har ingen e-mailadresse, så der blev ikke sendt nogen bekræftelse (notifikationer går kun til mailaktiverede brugere).
saved-queued = Gemt. Bekræftelsesmailen til { $address } er i kø og forsøges igen automatisk: { $reason }
saved-failed = Gemt, men bekræftelsesmailen til { $address } kunne ikke sendes: { $reason }
saved-not-queued = Gemt, men notifikationen kunne ikke sættes i kø: { $reason }
saved-plain = Gemt.

## Objekteditor: log ind
nav-object-editor = Objekteditor
sign-in-title = Log ind med din mappekonto
sign-in-store = Identitetslager
sign-in-user = Brugernavn
sign-in-password = Adgangskode
sign-in-remember = Husk min adgangskode (gemmes i systemets nøglering)
sign-in = Log ind
sign-in-busy = Logger ind…
sign-in-no-store = Der er intet aktiveret identitetslager at logge ind på. Opret eller aktiver et under Identitetslagre.
sign-in-enter-user = Indtast dit brugernavn.
sign-in-enter-password = Indtast din adgangskode.
signed-in-as = Logget ind som { $name } på { $store }
signed-in-mail = Bekræftelsesmails går til { $address }
signed-in-no-mail = Din konto har ingen e-mailadresse: du får ingen bekræftelsesmails.
sign-out = Log ud
back-to-results = ← Tilbage til resultaterne
loading = Indlæser…
group-scope-global = Global
group-scope-domain-local = Domænelokal
group-scope-universal = Universel
group-kind-security = Sikkerhed
group-kind-distribution = Distribution
group-scope-and-type = Gruppeomfang: { $scope } · Gruppetype: { $kind }

## Indstillinger (programmets egne, i navigationen)
# This language's name in itself, as the language list shows it.
language-name = Dansk
nav-settings = Indstillinger
app-settings-title = Indstillinger
app-settings-language = Sprog
app-settings-language-system = Samme som systemet
app-settings-language-hint = Notifikationsmails følger hver modtagers foretrukne sprog, uanset hvad der vælges her.
app-settings-theme = Tema
app-settings-theme-system = Samme som systemet
app-settings-theme-light = Lyst
app-settings-theme-dark = Mørkt
# A date and time as this language writes them (strftime, as jiff reads it);
# the time zone follows.
format-date-time = %d.%m.%Y %H.%M.%S

## Hjælp til kommandolinjen
cli-heading-usage = Brug
cli-heading-commands = Kommandoer
cli-heading-options = Tilvalg
cli-heading-arguments = Argumenter
cli-about = Admin Center og objekteditor til Active Directory og LDAP-kataloger, med notifikationer om ændringer. Uden en kommando åbnes vinduet.
cli-about-store = Administrer identitetslagre (de kataloger, dirdesk forbinder til)
cli-about-store-list = Vis identitetslagre
cli-about-store-add = Tilføj et identitetslager
cli-about-store-edit = Ret et identitetslager; tilvalg, der ikke angives, forbliver som de er
cli-about-store-remove = Fjern et identitetslager og dets adgangskoder
cli-about-store-enable = Aktivér et identitetslager
cli-about-store-disable = Deaktivér et identitetslager (det bevares, men tilbydes ikke ved login)
cli-about-store-test = Test forbindelsen til hver server i et lager, og gem resultatet
cli-about-notifications = Vis og ret et lagers notifikationsindstillinger
cli-about-notifications-show = Vis et lagers notifikationsindstillinger
cli-about-notifications-set = Ret et lagers notifikationsindstillinger; tilvalg, der ikke angives, forbliver som de er
cli-about-notifications-test = “{ test-server }”: send en rigtig testmail, og vis serverens svar
cli-about-search = Søg efter grupper og brugere ved navn, logget ind med din egen konto
cli-about-show = Vis ét objekt med alle dets attributter
cli-about-edit = Ret et objekt med din egen konto; viser ændringen og hvem der fik besked
cli-about-join = Meld dig selv ind i en gruppe (når gruppen tillader sine medlemmer det); viser ændringen og hvem der fik besked
cli-about-leave = Meld dig selv ud af en gruppe (når gruppen tillader sine medlemmer det); viser ændringen og hvem der fik besked
cli-already-member = Du er allerede medlem af { $dn }: intet at ændre.
cli-not-a-member = Du er ikke medlem af { $dn }: intet at ændre.
cli-about-queue = Vis, send og slet notifikationsmails i køen
cli-about-queue-list = Vis notifikationsmails i køen (som standard de ventende)
cli-about-queue-send = Send én mail i køen nu, eller alle der venter (--all)
cli-about-queue-delete = Slet en mail i køen, som ikke blev sendt
cli-about-history = Vis de ændringer, der er foretaget gennem dirdesk
cli-about-help = Vis denne hjælp eller hjælpen til den angivne kommando
cli-arg-help = Vis hjælp
cli-arg-version = Vis version
cli-arg-config-dir = Gem konfiguration og data i DIR (bærbar brug, test)
cli-arg-json = Udskriv JSON i stedet for en tabel
cli-arg-notifications-show-json = Udskriv JSON i stedet for tekst
cli-arg-show-json = Udskriv JSON i stedet for tekst
cli-arg-name = Identitetslagerets navn
cli-arg-store-add-name = Lagerets navn (entydigt, uden forskel på store og små bogstaver)
cli-arg-store-edit-name = Et nyt navn til lageret (entydigt, uden forskel på store og små bogstaver)
cli-arg-store = Identitetslagerets navn
cli-arg-store-edit-store = Det lager, der skal rettes
cli-arg-history-store = Kun dette identitetslager
cli-arg-store-type = ldap (Generic LDAP) eller ad (Active Directory)
cli-arg-hosts = HOST[:PORT], gentaget i prioriteret rækkefølge
cli-arg-security = ldaps (TLS fra første byte), starttls eller none (ukrypteret, vises som usikkert)
cli-arg-ca-file = CA-certifikatfil (PEM) til servere signeret af en privat CA ("" fjerner den)
cli-arg-base-dn = Basis-DN: hvor søgninger begynder (dc=example,dc=test)
cli-arg-login-attribute = Attribut, som folk logger ind med (uid, sAMAccountName, mail, …)
cli-arg-service-account = Tjenestekontoens DN (eller UPN / DOMÆNE\bruger i Active Directory)
cli-arg-service-password-stdin = Læs tjenestekontoens adgangskode fra standardinput
cli-arg-smtp-server = { label-smtp-server }: mailserverens værtsnavn eller IP-adresse
cli-arg-smtp-port = Mailserverens port (465 med SSL, 587 med STARTTLS)
cli-arg-smtp-security = ssl (implicit TLS), starttls eller none
cli-arg-smtp-ca-file = CA-certifikatfil (PEM) til en mailserver signeret af en privat CA ("" fjerner den)
cli-arg-from = { label-from }
cli-arg-smtp-user = SMTP-brugernavn; slår “{ label-use-smtp-auth }” til ("" slår det fra)
cli-arg-smtp-password-stdin = Læs SMTP-adgangskoden fra standardinput
cli-arg-to = Modtagere af hver notifikation, adskilt af “;”
cli-arg-cc = CC-modtagere af hver notifikation, adskilt af “;”
cli-arg-notifications-test-to = Adressen, testmailen sendes til
cli-arg-logged-in-users = { section-also-notify }: { also-logged-in-users }
cli-arg-object-modified = { section-also-notify }: { also-object-modified }
cli-arg-group-owners = { section-also-notify }: { also-group-owners }
cli-arg-managers = { section-also-notify }: { also-managers }
cli-arg-added-members = { section-also-notify }: { also-added-members }
cli-arg-removed-members = { section-also-notify }: { also-removed-members }
cli-arg-public-group-owners = { section-also-notify }: { also-public-group-owners }
cli-arg-user = Brugernavnet i kataloget, der logges ind med
cli-arg-password-stdin = Læs adgangskoden fra standardinput
cli-arg-groups = Kun grupper
cli-arg-users = Kun brugere
cli-arg-text = Tekst, som navnet indeholder (tom: alt)
cli-arg-dn = Objektets entydige navn (DN)
cli-arg-set = Sæt ATTR til VALUE (gentag for flere værdier)
cli-arg-add = Tilføj VALUE til ATTR
cli-arg-remove = Fjern VALUE fra ATTR
cli-arg-clear = Fjern alle værdier af ATTR
cli-arg-dry-run = Udskriv ændringen (attribut: gammel → ny) uden at udføre den
cli-arg-edit-dn = Objektets entydige navn (DN); eller en masseændring med --from, --filter eller --groups
cli-arg-edit-from = En masseændring: alle ændringer i en LDIF-fil med ændringsposter (sådan som ldapmodify læser dem) eller et CSV-ark (dn,ATTR,…: erstat med cellens værdi; en tom celle lader værdien være)
cli-arg-edit-format = ldif eller csv (som standard csv for et navn, der ender på .csv, ellers ldif)
cli-arg-edit-clear-marker = I et CSV-ark: den celletekst, der rydder en attribut (for eksempel -)
cli-arg-edit-filter = En masseændring af alle objekter, som et LDAP-filter (RFC 4515) finder under basis-DN, med --set/--add/--remove/--clear
cli-arg-edit-groups = En masseændring af alle grupper, hvis navn indeholder TEXT, med --set/--add/--remove/--clear
cli-arg-edit-in-flight = Antal ændringer, der er undervejs på én gang i en masseændring (1–64)
cli-arg-edit-json = Masseændringer: ét JSON-objekt pr. ændring og derefter ét for hele kørslen
cli-arg-pending = Kun mails, der venter på at blive sendt (standard)
cli-arg-failed = Kun mails, der ikke kunne sendes
cli-arg-all = Alle mails, uanset hvad der skete med dem
cli-arg-queue-send-all = Send alle mails, der venter
cli-arg-id = Mailens nummer, som “dirdesk queue list” viser det
cli-arg-object = Kun dette objekt (dets DN)
invalid-smtp-unencrypted-authentication = Uden kryptering ville SMTP-adgangskoden gå over netværket, læsbar for alle undervejs. Vælg SSL eller STARTTLS, eller tillad det udtrykkeligt (“Send adgangskoden uden kryptering”; på kommandolinjen --allow-unencrypted-auth on).
smtp-unencrypted-authentication = Ikke sendt: { $server } ville have modtaget SMTP-adgangskoden uden kryptering, hvilket disse indstillinger ikke tillader. Vælg SSL eller STARTTLS på lagerets side Notifikationer.
smtp-unencrypted-warning = Uden kryptering går SMTP-adgangskoden over netværket, læsbar for alle undervejs. Brug SSL eller STARTTLS.
label-smtp-allow-unencrypted-auth = Send adgangskoden uden kryptering
cli-arg-allow-unencrypted-auth = on: log på mailserveren selv med --smtp-security none, selvom adgangskoden så går læsbar over netværket
sign-in-remember-failed = Logget på, men din adgangskode kunne ikke gemmes i systemets nøglering, så du bliver spurgt om den næste gang: { $reason }
change-not-recordable = Ikke gemt: ændringen kunne ikke registreres, før den blev foretaget, så intet blev ændret ({ $detail }).
ldap-own-entry-unreadable = Din adgangskode blev godkendt, men mappen lader ikke { $dn } læse sin egen post (navn og e-mailadresse), og dette identitetslager har ingen tjenestekonto at læse den med. Bed mappens administrator om at lade brugere læse deres egen post, eller giv lageret en tjenestekonto.
published-damaged = Indstillingerne, der er udgivet i mappen, er beskadigede og blev ladt, som de er: { $detail }
published-newer = Indstillingerne, der er udgivet i mappen, er i format { $format }, nyere end denne dirdesk kender ({ $known }): opdater dirdesk for at følge dem. De ændres ikke herfra.

## Published stores: one policy for every desk
invalid-login-dn-template = “{ $template }” er ikke en skabelon for login-DN: det skal være et DN med { "{" }user{ "}" } dér, hvor loginnavnet skal stå, f.eks. uid={ "{" }user{ "}" },ou=people,dc=example,dc=test.
published-missing = Der er intet udgivet i mappen på { $dn }.
published-unreadable = Mappen lader ikke denne konto læse de indstillinger, der er udgivet på { $dn }: { $detail }
published-unusable = Indstillingerne, der er udgivet på { $dn }, kan ikke følges: { $problem }
published-no-settings-attribute = posten findes, men dens attribut { $attribute } kan ikke læses
publish-conflict = Ikke udgivet: en anden har i mellemtiden udgivet andre indstillinger på { $dn } ({ $by }, { $when }). Intet blev ændret; de indstillinger, der er udgivet nu, vises — foretag din ændring igen.
publish-refused = Ikke udgivet: mappen afviste ({ $reason }). Intet blev ændret.
published-keeps-copy = { $problem } Denne dirdesk følger fortsat den kopi, den læste { $when }.
smtp-needs-signed-in-user = Denne mail sendes med kontoen hos den person, der foretog ændringen, og dirdesk kender kun vedkommendes adgangskode, mens vedkommende er logget ind: mailen venter i køen og sendes, næste gang vedkommende gemmer en ændring.
smtp-no-store-password = Adgangskoden til lagerets SMTP-konto “{ $user }” findes ikke i denne computers nøglering: mailen venter i køen. En, der kender den, kan angive den på siden Notifikationer eller med “dirdesk notifications set --store NAME --smtp-password-stdin”.
cli-warning = advarsel: { $message }
cli-one-secret-from-stdin = Der kan kun læses én adgangskode fra standardinput: angiv --smtp-password-stdin og --password-stdin i to separate kommandoer.
cli-publish-needs-account = Denne computer har ingen tjenestekonto til “{ $name }”, som de udgivne indstillinger kan skrives med: angiv med --user en konto, som mappen tillader at skrive dem.
cli-store-published = De fælles indstillinger for “{ $name }” er udgivet i mappen på { $dn }: hver dirdesk, der følger dem, bruger dem fra sin næste ændring.
cli-store-unpublished = De indstillinger, der var udgivet på { $dn }, er fjernet. De dirdesk-installationer, der fulgte “{ $name }”, beholder den kopi, de sidst læste, og får besked om, at udgivelsen er væk; denne dirdesk beholder indstillingerne som sine egne.
cli-store-follows = Følger de indstillinger, der er udgivet i mappen på { $dn } af { $by }, { $when }.
cli-notifications-published = Notifikationsindstillingerne for “{ $name }” er udgivet i mappen på { $dn }.
cli-about-store-publish = Udgiv et lagers fælles indstillinger i mappen (aldrig en adgangskode), så hver dirdesk kan følge dem
cli-about-store-unpublish = Fjern et lagers udgivne indstillinger fra mappen
cli-arg-location = Den udgivne posts DN (standard: cn=dirdesk under basis-DN)
cli-arg-login-dn-template = Generisk LDAP: det DN, folk logger ind som, hvor { "{" }user{ "}" } står for deres loginnavn (uid={ "{" }user{ "}" },ou=people,dc=example,dc=test); der kræves ingen tjenestekonto for at finde dem
cli-arg-smtp-auth = Sådan logges der på mailserveren: none (et mailrelæ), basic (lagerets SMTP-konto, --smtp-user), signed-in-user (hver persons eget loginnavn og adgangskode i mappen) eller oauth2 (et token fra --oauth-token-endpoint: med --smtp-user og dens adgangskode via password grant, uden dem kun som app)
cli-arg-smtp-login-as = Med --smtp-auth signed-in-user: log på mailserveren med det indtastede loginnavn (login) eller personens e-mailadresse (mail)
settings-source-local = Denne computers egne indstillinger (ikke udgivet i mappen).
settings-source-published = Udgivet i mappen på { $dn } af { $by }, { $when } (sidst læst { $read }).
settings-source-published-unread = Udgivet i mappen på { $dn } (endnu ikke læst: de læses ved næste login).
label-smtp-password-source = SMTP-adgangskode
smtp-password-not-used = bruges ikke
smtp-password-signed-in-user = hver persons egen adgangskode i mappen, mens vedkommende er logget ind
smtp-password-in-keychain = i denne computers nøglering
smtp-password-missing = ikke i denne computers nøglering
published-read-only = Disse indstillinger er udgivet i mappen, og denne computer har ingen konto, der må ændre dem: de kan ændres på en dirdesk med lagerets tjenestekonto eller med “dirdesk notifications set --store NAME --user …” som en konto, mappen tillader at skrive dem.
settings-publishing = Udgiver i mappen…
label-smtp-signed-in-user = Log på med den indloggede brugers loginoplysninger
settings-published = Udgivet i mappen på { $dn }: hver dirdesk, der følger udgivelsen, bruger disse indstillinger fra sin næste ændring.
publish-refused-access = Ikke udgivet: mappen lader ikke denne konto ændre de udgivne indstillinger ({ $detail }). Intet blev ændret.
machine-config-problem = Computerens konfigurationsfil { $path } kunne ikke bruges, så de identitetslagre, den tilføjer, mangler: { $detail }
store-managed = Tilføjet for alle brugere af denne computer af dens administrator.
cli-store-managed = “{ $name }” er tilføjet for alle brugere af denne computer af dens administrator ({ $path }); det kan ikke fjernes herfra.
cli-notify-waiting = { $address }: venter — { $reason }
smtp-test-needs-user = Hver person logger på denne mailserver med sit eget login og adgangskode, så testen skal bruge et: dirdesk notifications test --store NAME --to ADDRESS --user LOGIN --password-stdin.
published-foreign = Posten på { $dn } er ikke dirdesks publicerede indstillinger (en anden slags objekt har det navn): den røres ikke. Publicér et andet sted med --location.
publish-location-not-cn = placeringen { $dn } skal begynde med cn= (posten navngives efter sit cn)
field-login-dn-template = Skabelon for login-DN (valgfri)

## Big groups, Member Of, finding people as ADUC does
members-count = { $count ->
    [one] 1 medlem
   *[other] { $count } medlemmer
}
members-shown = { $shown } af { $count } vist
members-reading-names = Læser navne… { $read } af { $count }
members-filter-placeholder = Filtrér medlemmer efter navn eller DN
tab-member-of = Medlem af
member-of-nested = Medtag grupper, den er medlem af via andre grupper
member-of-none = Ikke medlem af nogen gruppe.
member-of-count = { $count ->
    [one] Medlem af 1 gruppe
   *[other] Medlem af { $count } grupper
}
member-of-direct = direkte
member-of-nested-via = via en anden gruppe
member-of-primary = primær gruppe
find-matched = { $attribute }: { $value }

## Kerberos single sign-on
kerberos-no-ticket = Ingen Kerberos-billet: denne computer har intet Windows/Kerberos-login at bruge (på Linux eller macOS skal du først køre “kinit”). Log i stedet ind med dit brugernavn og din adgangskode.
kerberos-expired = Din Kerberos-billet er udløbet: log ind i Windows igen (eller kør “kinit”), eller log ind med dit brugernavn og din adgangskode.
kerberos-clock-skew = Denne computers ur og domænecontrollerens afviger mere fra hinanden, end Kerberos tillader (5 minutter): stil uret rigtigt, eller log ind med dit brugernavn og din adgangskode.
kerberos-no-spn = Mappen har ingen Kerberos-tjenesteprincipal { $spn }: opret forbindelse til domænecontrolleren med dens fulde navn (som det er registreret i mappen), eller log ind med dit brugernavn og din adgangskode.
kerberos-other = Kerberos-login mislykkedes: { $reason }
kerberos-signed-in = Logget ind som { $principal } med dit Windows/Kerberos-login, inden for den verificerede TLS-forbindelse.
kerberos-mail-needs-password = Dette lager sender bekræftelser med din egen mailkonto, som kræver din adgangskode; et Kerberos-login giver ikke dirdesk nogen. Dine bekræftelser venter i køen, indtil du har logget ind én gang med dit brugernavn og din adgangskode.
sign-in-kerberos = Log ind som { $principal }
kerberos-signed-in-sealed = Logget ind som { $principal } med dit Windows/Kerberos-login; dette lager bruger ikke TLS, så Kerberos krypterer selv forbindelsen.
kerberos-no-sealing = { $server } tilbyder ingen Kerberos-kryptering for en forbindelse uden TLS, og dirdesk logger aldrig ind ukrypteret: vælg LDAPS eller StartTLS til dette lager, eller log ind med dit brugernavn og din adgangskode.
kerberos-not-inside-tls = { $server } accepterer ikke et Kerberos-login inden for TLS ({ $reason }). Windows-domænecontrollere gør det; på Samba er indstillingen “ldap server require strong auth = allow_sasl_over_tls”. Indtil da skal du logge ind med dit brugernavn og din adgangskode eller oprette forbindelse til dette lager uden TLS: Kerberos krypterer så selv forbindelsen.
kerberos-other-person = Kerberos-billetten på denne computer tilhører nu en anden ({ $now }): der gøres ikke mere under dette login. Log ind igen.
kerberos-kdc-timeout = Kerberos-domænecontrolleren (KDC) svarede ikke i tide.
kerberos-other-realm = Kerberos-billetten er til { $principal }, fra et andet område end dette lagers ({ $realm }), og kataloget kan ikke sige, hvem det er her: log ind med dit brugernavn og din adgangskode.
cli-arg-member-of = Vis også de grupper, den er medlem af (Medlem af)
cli-arg-nested = Med --member-of: også de grupper, den er medlem af gennem andre grupper
cli-arg-kerberos = Log ind med din Kerberos-billet (dit Windows-login eller kinit) i stedet for en adgangskode

## OAuth 2.0 for SMTP (Microsoft 365, Google)
oauth-bad-endpoint = Token Endpoint “{ $endpoint }” er ikke en https://-adresse: dirdesk sender kun en klienthemmelighed over verificeret TLS.
oauth-no-client-secret = Der findes ingen OAuth 2.0-klienthemmelighed til dette lager i denne computers nøglering: angiv Client Secret på siden Notifikationer, eller brug “dirdesk notifications set --oauth-client-secret-stdin”.
oauth-wrong-client-secret = Tokenslutpunktet afviste Client ID eller Client Secret ({ $detail }): kontrollér begge på siden Notifikationer; en udløbet hemmelighed skal erstattes af en ny fra appregistreringen.
oauth-wrong-password = Tokenslutpunktet afviste brugernavnet eller adgangskoden ({ $detail }).
oauth-needs-mfa = Tokenslutpunktet beder denne konto om login med flere faktorer ({ $detail }), hvilket en mailafsender ikke kan give: denne konto må ikke kræve login med flere faktorer (undtag den i lejerens Conditional Access), eller lad Brugernavn og Adgangskode være tomme for kun at sende som app.
oauth-refused = Tokenslutpunktet nægtede at udstede et token: { $detail }
oauth-unreachable = Tokenslutpunktet { $endpoint } kan ikke nås ({ $detail }); mailene venter og forsøges sendt igen.
oauth-not-trusted = Tokenslutpunktet { $endpoint } kan ikke betros ({ $detail }): føj dets CA-certifikat til CA-certifikatfilen for SMTP eller til denne computers betroede certifikater.
oauth-malformed = Tokenslutpunktet { $endpoint } svarede uden et token ({ $detail }).
smtp-token-refused = Mailserveren afviste OAuth 2.0-tokenet, også et nyt ({ $detail }): postkassen eller appen må måske ikke sende via SMTP (Exchange: SMTP AUTH slået til for postkassen og tilladelsen SMTP.Send eller SMTP.SendAsApp for appen).
smtp-needs-oauth = Mailserveren tager ikke imod adgangskoder ({ $detail }): denne server kræver OAuth 2.0 — vælg OAuth 2.0 under “Brug SMTP-godkendelse”.
cli-oauth-needs-client-id = OAuth 2.0 kræver appens klient-id: --oauth-client-id.
cli-arg-oauth-token-endpoint = OAuth 2.0-tokenslutpunkt (https://…/oauth2/v2.0/token)
cli-arg-oauth-client-id = OAuth 2.0-klient-id (appregistreringens)
cli-arg-oauth-client-secret-stdin = Læs OAuth 2.0-klienthemmeligheden fra standardinput (også med --smtp-password-stdin: hemmeligheden på første linje, adgangskoden på anden)
cli-arg-oauth-scope = OAuth 2.0-omfang adskilt af mellemrum (f.eks. https://outlook.office365.com/.default)
label-smtp-auth-method = Godkendelse
smtp-auth-basic = Basic
smtp-auth-oauth2 = OAuth 2.0 (Token Endpoint { $endpoint }, Client ID { $client }, Scope { $scope }; Client Secret gemmes i denne computers nøglering)
label-oauth-token-endpoint = Token Endpoint
label-oauth-client-id = Client ID
label-oauth-client-secret = Client Secret
label-oauth-scope = Scope
smtp-auth-oauth2-choice = OAuth 2.0
invalid-oauth-client-id-empty = Angiv app-registreringens Client ID.

## Notification Editor (templates)
template-email-change = Bekræftelse af ændring
template-email-test = Testmail
template-email-digest = Oversigt over masseændring
template-part-subject = Emne
template-part-html = HTML
template-part-text = Almindelig tekst
template-problem-at = { $part }, linje { $line }, kolonne { $column }: { $detail }
template-problem-line = { $part }, linje { $line }: { $detail }
template-problem = { $part }: { $detail }
template-unknown-tag = ukendt flettefelt “{ $tag }”
template-tag-object-name = Objektets navn
template-tag-object-kind = Objekttype
template-tag-object-dn = Objektets entydige navn (DN)
template-tag-changes = Tabel over ændrede attributter (gamle og nye værdier)
template-tag-author-name = Ændret af: navn
template-tag-author-mail = Ændret af: e-mailadresse
template-tag-author-dn = Ændret af: entydigt navn (DN)
template-tag-when = Tidspunkt
template-tag-store = Identitetslager
template-tag-recipient-name = Modtagerens navn
template-tag-recipient-address = Modtagerens adresse
template-tag-own = Om modtageren selv foretog ændringen
template-tag-reasons = Hvorfor modtageren får denne mail
template-tag-server = Mailserver
template-tag-count = Antal ændrede objekter
template-tag-objects = Tabel over ændrede objekter og attributter (gamle og nye værdier)
template-tag-more = Hvor mange der ikke er vist (de er i den vedhæftede fil)
template-tag-attachment = Navnet på den vedhæftede liste
template-built-in = indbygget
template-custom = lagerets egen
template-custom-parts = lagerets egen: { $parts }
cli-about-templates = Notifikationseditoren: ordlyden af de mails, dirdesk sender, pr. sprog
cli-about-templates-list = Vis et lagers mailskabeloner, og hvilke der er dets egne
cli-about-templates-show = Vis en skabelons emne, HTML og almindelige tekst (lagerets egen eller den indbyggede)
cli-about-templates-set = Ret en skabelon; dele, der ikke angives, forbliver som de er. Kontrolleres, før den gemmes
cli-about-templates-reset = Gå tilbage til den indbyggede skabelon
cli-about-templates-preview = Udfyld en skabelon med en eksempelændring: udskriver emnet og den almindelige tekst
cli-arg-email = Hvilken mail: change (bekræftelsen af ændringen) eller test (mailen fra “{ test-server }”)
cli-arg-lang = Sproget: da, de, en, es, fi, fr, is, it, nl, pt, sv eller tr
cli-arg-part = Udskriv kun kilden til denne del: subject, html eller text
cli-arg-subject = Emnet (flettefelter er tilladt, f.eks. { "{{" } object.name { "}}" })
cli-arg-html-file = En fil med HTML-delen (UTF-8)
cli-arg-text-file = En fil med tekstdelen (UTF-8)
cli-arg-templates-preview-html = Skriv også den udfyldte HTML-del til FILE, så den kan åbnes i en browser
cli-template-no-such-language = Der er ingen skabelon på “{ $lang }”: sprogene er { $languages }.
cli-template-nothing-to-set = Angiv --subject, --html-file eller --text-file.
cli-template-refused = Skabelonen blev ikke gemt: { $problems }
cli-template-saved = Gemt:
cli-template-reset = Tilbage til den indbyggede skabelon:
cli-template-which = mailen “{ $email }” på “{ $lang }” for { $name }.
cli-template-unreadable = Kunne ikke læse { $file }: { $error }
cli-template-too-big = { $file } er på { $size } byte; en skabelondel må højst være på { $max }.
cli-template-not-utf8 = { $file } er ikke UTF-8-tekst (ved byte { $offset }).
cli-template-unwritable = Kunne ikke skrive { $file }: { $error }
cli-template-html-written = HTML-delen ligger i { $file }.
template-editor-open = Notifikationseditor
template-editor-title = Notifikationseditor — { $store }
template-email = E-mail
template-language = Sprog
template-save-to-switch = Gem eller kassér dine ændringer for at vælge en anden mail eller et andet sprog.
template-tags = Flettefelter
template-tags-into = Klik på et flettefelt for at indsætte det i “{ $part }” ved markøren.
template-preview = Forhåndsvisning (med en eksempelændring)
template-preview-own = Sådan som personen, der foretog ændringen, læser den
template-no-preview = Ingen forhåndsvisning, så længe skabelonen har et problem.
template-reset = Nulstil til indbygget
template-discard = Kassér ændringer
template-no-store = Tilføj først et identitetslager: skabeloner hører til et lager.
template-too-big = delen er på { $size } byte; en skabelondel må højst være på { $max }
template-store = Identitetslager

## Bulk edits (LDIF and CSV files)
bulk-problem-at = linje { $line }: { $detail }
bulk-same-object-twice = { $dn } ændres to gange (første gang i linje { $first }): saml alle ændringerne af det i én post
bulk-not-a-dn = “{ $dn }” er ikke et entydigt navn (DN)
ldif-no-colon = “{ $text }” har ikke formen “navn: værdi”
ldif-bad-base64 = base64-værdien af { $name } kan ikke afkodes: { $error }
ldif-not-text = værdien af { $name } er ikke UTF-8-tekst
ldif-no-urls = { $name } henviser til en fil eller URL (:<): angiv selve værdien
ldif-dn-first = en post begynder med dn:, ikke med { $name }:
ldif-no-controls = LDAP-kontroller sendes ikke ved masseændringer
ldif-only-modify = changetype: { $changetype } er ikke en ændring af et objekt (det er kun changetype: modify)
ldif-no-changetype = posten for { $dn } har ingen changetype: modify
ldif-other-attribute = { $name }: i afsnittet for { $attribute }
ldif-add-without-values = add: { $attribute } angiver ingen værdier
ldif-unknown-operation = “{ $operation }” er hverken add, delete eller replace
ldif-nothing-to-change = posten for { $dn } ændrer intet
csv-dn-first = overskriften på den første kolonne skal være dn
csv-empty-header = en kolonne har intet attributnavn i overskriftslinjen
csv-header-twice = kolonnen { $attribute } står to gange i overskriftslinjen
csv-wrong-field-count = { $found } felter, hvor overskriftslinjen har { $expected }
csv-no-dn = rækken har intet dn
bulk-unknown-attribute = mappen har ingen attribut { $attribute }
bulk-bad-dn = { $attribute } skal være et entydigt navn (DN), ikke “{ $value }”
bulk-bad-integer = { $attribute } skal være et heltal, ikke “{ $value }”
bulk-bad-boolean = { $attribute } skal være TRUE eller FALSE, ikke “{ $value }”
bulk-bad-time = { $attribute } skal være et tidspunkt som 20261201120000Z, ikke “{ $value }”
bulk-bad-ascii = { $attribute } skal være ren ASCII-tekst, ikke “{ $value }”
bulk-applied = udført
bulk-nothing-to-change = intet at ændre: objektet har allerede disse værdier
bulk-conflict = en anden har ændret objektet, siden det blev læst; intet blev overskrevet
bulk-refused = afvist: { $reason }
bulk-unknown = sendt, men der kom intet svar ({ $reason }); den næste kørsel eller gemning finder ud af, om ændringen blev udført, og registrerer den én gang
bulk-not-sent = ikke sendt: { $reason }
bulk-cancelled = kørslen blev annulleret
bulk-connection-lost = forbindelsen til mappen blev afbrudt
bulk-title = Masseændring
bulk-explanation = Ændr mange objekter på én gang: åbn en LDIF-fil med ændringsposter (sådan som ldapmodify læser dem) eller et CSV-ark (en dn-kolonne og derefter en kolonne pr. attribut), eller giv de fundne objekter én fælles ændring. Intet skrives, før du har læst forhåndsvisningen og klikket på “Anvend”.
bulk-file-placeholder = /sti/til/changes.ldif eller changes.csv
bulk-open = Åbn fil
bulk-attribute = Attribut
bulk-value = Værdi
bulk-op-set = Sæt til
bulk-op-add = Tilføj
bulk-op-remove = Fjern
bulk-use-found = { $count ->
    [one] Rediger det fundne objekt
   *[other] Rediger de { $count } fundne objekter
}
bulk-use-selected = { $count ->
    [one] Rediger det valgte objekt
   *[other] Rediger de { $count } valgte objekter
}
bulk-previewed = { $count ->
    [one] Forhåndsvisning: { $count } ændring, heraf { $problems } med et problem (intet skrives, før du klikker på “Anvend”).
   *[other] Forhåndsvisning: { $count } ændringer, heraf { $problems } med et problem (intet skrives, før du klikker på “Anvend”).
}
bulk-col-line = Linje
bulk-col-object = Objekt
bulk-col-old-new = Gammel → ny
bulk-col-outcome = Resultat
bulk-more-rows = { $count ->
    [one] … og { $count } række mere.
   *[other] … og { $count } rækker mere.
}
bulk-apply = Anvend
bulk-progress = { $done } af { $total }
bulk-outcomes = Udført: { $applied } af { $count }; ikke udført: { $failed }.
bulk-retry-failed = Prøv de mislykkede igen
bulk-export-failed = Eksportér de mislykkede som CSV…
bulk-exported = { $count ->
    [one] { $count } mislykket række er eksporteret.
   *[other] { $count } mislykkede rækker er eksporteret.
}
bulk-close = Luk masseændring
cli-bulk-nothing-found = Intet at ændre: søgningen fandt ingen objekter.
cli-bulk-unreadable = Kan ikke læse { $path }: { $reason }
cli-bulk-not-utf8 = { $path } er ikke UTF-8-tekst: gem filen som UTF-8 (med eller uden BOM).
cli-bulk-refused = Intet blev ændret: problemerne med { $source } er vist ovenfor.
cli-bulk-the-search = ændringen af de fundne objekter
cli-bulk-row = linje { $line }: { $dn }: { $outcome }
cli-bulk-summary = Udført: { $applied }; intet at ændre: { $unchanged }; ændret af en anden: { $conflicts }; afvist: { $refused }; svar tabt: { $unknown }; ikke sendt: { $not_sent }.
cli-bulk-told-later = Forbindelsen blev afbrudt: notifikationerne fra denne kørsel sendes ved næste gemning eller kørsel sammen med de ændringer, hvis svar gik tabt.
cli-json-bulk-only = --json er til masseændringer (--from, --filter, --groups).

## The organisation's shared database (PostgreSQL)
database-url-bad = Databaseadressen “{ $url }” kan ikke bruges: { $reason }
database-url-scheme = den skal begynde med postgresql://
database-url-credentials = den må ikke indeholde et brugernavn eller en adgangskode (alle logger ind med deres egen mappekonto)
database-url-options = den må ikke indeholde tilvalg (TLS er altid slået til og verificeret)
database-url-no-host = den angiver ingen server
database-url-no-database = den angiver ingen database (postgresql://HOST:PORT/DB)
database-unreachable = Den fælles database { $url } svarer ikke: { $detail }
database-certificate = Den fælles database { $url } har et certifikat, som denne computer ikke har tillid til, eller tilbyder ikke TLS: { $detail }
database-wrong-password = Den fælles database { $url } afviste dit login: { $detail }
database-ca-file = CA-certifikatfilen til den fælles database { $url } kan ikke bruges: { $detail }
database-no-role = Du har endnu ingen konto i den fælles database { $url }: bed din databaseadministrator om at køre “dirdesk db sync-roles”. ({ $detail })
database-not-allowed = Den fælles database { $url } lukker dig ikke ind herfra: { $detail }
database-missing = Den fælles database { $url } findes ikke: { $detail }
database-not-set-up = Den fælles database { $url } er endnu ikke sat op til dirdesk: bed din databaseadministrator om at køre “dirdesk db init”.
database-newer = Den fælles database { $url } er sat op af en nyere dirdesk (skema { $version }; denne kender { $known }): opdater dirdesk for at bruge den. Intet blev skrevet.
database-refused = Den fælles database { $url } afviste dette: { $detail }
database-other = Den fælles database { $url } svarede med en fejl: { $detail }
db-check-not-set-up = Skemaet findes ikke: kør “dirdesk db init”.
db-check-behind = Skemaet er i version { $version }; denne dirdesk medbringer { $latest }: kør “dirdesk db migrate”.
db-check-newer = Skemaet er i version { $version }, nyere end denne dirdesk kender ({ $latest }).
db-check-no-role = Grupperollen { $role } findes ikke: kør “dirdesk db init”.
db-check-unsecured = Sikkerhed på rækkeniveau er slået fra for { $table }: brugerne kunne læse hinandens Historik.
db-check-history-writable = { $role } må ændre eller fjerne rækker i Historikken: Historikken ville ikke længere kun kunne udvides.
db-check-retention-open = Ikke kun dirdesk_admin må fjerne gammel Historik.
db-check-added-policy = Rækkesikkerhedspolitikken { $policy } er ikke lavet af dirdesk: den kan lade folk læse eller skrive det, de ikke burde.
db-check-owner-records = Tabellernes ejer er i dirdesk_user: rækkesikkerhed gælder ikke for ejeren, så ejeren bør ikke registrere ændringer.
cli-db-no-database = Lageret “{ $name }” angiver ingen fælles database (dirdesk store edit --database postgresql://HOST:PORT/DB).
cli-db-needs-password = Den fælles database logger dig ind med din adgangskode til mappen: log ind med dit brugernavn og din adgangskode, ikke med Kerberos.
cli-db-up-to-date = Skemaet er opdateret (version { $version }).
cli-db-applied = Anvendte migrering { $version }: { $name }
cli-db-version = Skemaversion: { $version } (denne dirdesk: { $latest })
cli-db-my-roles = Dine roller: { $roles }
cli-db-no-roles = ingen
cli-db-problem = Problem: { $problem }
cli-db-all-well = Alt er, som dirdesk satte det op.
cli-db-role-created = Oprettede login-rollen { $login }
cli-db-role-granted = { $login } er nu med i { $role }
cli-db-role-revoked = { $login } er ikke længere med i { $role }
cli-db-roles-as-they-were = Rollerne svarede allerede til grupperne.
cli-db-member-unread = Kunne ikke læse medlemmet { $dn } ({ $reason }): ingen rolle blev ændret.
cli-db-group-empty = Gruppen { $dn } er tom: ingen rolle blev ændret (det ville fjerne alles adgang).
cli-db-role-kept = { $login } forbliver i { $role }: det medlemskab blev givet af en anden.
cli-db-role-skipped = Sprang { $login } over: PostgreSQL kan ikke bruge det som rollenavn (for langt eller reserveret).
cli-database-ca-without-database = --database-ca-file kræver en database: angiv også --database postgresql://HOST:PORT/DB.
cli-about-db = Opsæt og kontroller et lagers fælles database (PostgreSQL), for databaseadministratorer
cli-about-db-init = Opret grupperollerne dirdesk_user og dirdesk_admin og skemaet (kan trygt køres igen)
cli-about-db-migrate = Bring skemaet op til denne dirdesks version
cli-about-db-check = Vis skemaets version, dine roller, og om Historikkens beskyttelser holder
cli-about-db-sync-roles = Opret login-roller for personerne i to mappegrupper, og gør dem til medlemmer af dirdesk_user eller dirdesk_admin
cli-arg-users-group = Gruppen, hvis medlemmer registrerer deres ændringer og læser deres egen Historik
cli-arg-admins-group = Gruppen, hvis medlemmer læser alles Historik og kø
cli-arg-database = Organisationens fælles Historik og kø, postgresql://HOST:PORT/DB ("" går tilbage til denne dirdesks egen fil); udgives sammen med lageret
cli-arg-database-ca-file = CA-certifikatfil (PEM), som databasens certifikat kontrolleres mod ("" fjerner den)
database-no-bulk-yet = Masseredigeringer registreres endnu ikke i den fælles database af denne dirdesk: intet blev ændret. Rediger objekterne ét ad gangen, eller opdater dirdesk.
queue-finished-elsewhere = en anden af dine arbejdsstationer registrerede denne ændring imens; den registreres ikke to gange.
history-bad-date = “{ $date }” er ikke en dato: skriv 2026-11-30 eller 2026-11-30T08:00:00Z.
history-col-when = Hvornår
history-col-store = Identitetslager
history-col-object = Objekt
history-col-dn = DN
history-col-author = Ændret af
history-col-attribute = Attribut
history-col-old = Gammel værdi
history-col-new = Ny værdi
history-col-told = Notifikationer
cli-history-needs-user = Lageret “{ $name }” har sin Historik i en fælles database: log ind med --user og --password-stdin for at læse den.
cli-history-written = Ændringer skrevet til { $path }: { $count }.
cli-arg-user-filter = Kun de ændringer, denne person har foretaget (vedkommendes loginnavn)
cli-arg-attribute = Kun ændringer af denne attribut
cli-arg-contains = Kun ændringer, hvor en gammel eller ny værdi indeholder denne tekst
cli-arg-since = Fra og med denne dag (2026-11-30) eller dette tidspunkt (2026-11-30T08:00:00Z)
cli-arg-until = Indtil udgangen af denne dag eller til dette tidspunkt
cli-arg-csv = Skriv ændringerne til denne fil som CSV, én række pr. attribut
cli-arg-history-user = Hvem der logger ind for at læse et lagers fælles database
queue-not-here = Mail { $id } til { $address } blev ikke sendt fra denne dirdesk: { $reason }
queue-waits-for-sender = den sendes med den mailkonto, der tilhører { $login }, fra en dirdesk, hvor { $login } er logget ind
cli-queue-needs-user = Lageret “{ $name }” har sin kø i en fælles database: log ind med --user og --password-stdin.
cli-queue-local-store = Lageret “{ $name }” har sin kø på denne dirdesk: der kræves intet login (udelad --user).
cli-queue-no-shared-store = Intet identitetslager her har sin kø i en fælles database: udelad --user for at bruge denne dirdesks egen kø.
cli-queue-which-store = Flere identitetslagre her har deres kø i en fælles database: angiv ét med --store.
history-filter-user = Ændret af (loginnavn)
history-filter-object = Objekt (DN)
history-filter-attribute = Attribut
history-filter-contains = Gammel eller ny værdi indeholder
history-filter-since = Fra
history-filter-until = Til
history-search = Søg
history-clear = Ryd
history-export = Eksportér CSV…
history-previous = Forrige
history-next = Næste
history-page = Side { $number }
history-recorded-by = registreret af { $login } { $at }
history-source-this-desk = Registreret på denne dirdesk.
history-source-shared = Fra organisationens database { $database }, som { $person }.
history-sign-in-first = “{ $store }” har sin Historik og kø i organisationens database { $database }: log ind på “{ $store }” i Objekteditor for at se dem.
keep-days = { $count ->
    [one] { $count } dag
   *[other] { $count } dage
}
keep-months = { $count ->
    [one] { $count } måned
   *[other] { $count } måneder
}
keep-years = { $count ->
    [one] { $count } år
   *[other] { $count } år
}
keep-all = Alt (intet fjernes)
keep-unknown = “{ $text }” er ikke et valg af opbevaringstid: brug en af { $choices }.
keep-other = en periode, som denne dirdesk ikke tilbyder
cli-db-retention = Historikken beholdes i { $keep } (valgt af { $who }, { $at }); ældre poster fjernes af arbejdsstationerne, undtagen dem, som en mail stadig venter på.
cli-db-retention-unchosen = Hele Historikken beholdes: ingen administrator har valgt, hvor længe.
cli-db-retention-removed = Fjernede { $count } poster i Historikken, der var ældre end det.
cli-about-db-retention = Vis, hvor længe den fælles Historik beholdes, eller (medlemmer af dirdesk_admin) vælg det
cli-arg-keep = 30-days, 60-days, 90-days, 6-months, 1-year, 2-years, 5-years eller all (intet fjernes)
history-keep = Behold Historik:
history-keep-chosen-by = valgt af { $who }
history-kept = Beholdt som valgt: { $count } ældre poster fjernet.
cli-history-uploaded = Overførte { $added } af dine ændringer fra denne dirdesks Historik; { $there } var der allerede.
cli-history-left-for = { $count } foretaget af { $name } bliver på denne dirdesk, indtil vedkommende selv overfører dem (logget ind som sig selv).
cli-arg-upload = Tilføj dine ændringer i denne dirdesks egen Historik for lageret til dets fælles database (én gang: at køre det igen tilføjer intet)
queue-waits-for-store-account = den sendes med lagerets egen mailkonto, fra en dirdesk, der er indstillet til at sende med den
