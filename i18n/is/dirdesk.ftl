# dirdesk — Íslenska

## Gluggi og leiðsögn
app-title = dirdesk Admin Center
nav-identity-stores = Auðkennasöfn
nav-notifications = Tilkynningar
nav-history = Ferill

## Síðan „Auðkennasöfn“
identity-stores-title = Auðkennasöfn
identity-stores-create = Búa til auðkennasafn
identity-stores-empty = Engin auðkennasöfn enn. Smelltu á „Búa til auðkennasafn“ til að tengja dirdesk við Active Directory-lén eða LDAP-skrá.

## Síðan „Tilkynningar“ (biðröð)
notifications-title = Tilkynningar
notifications-empty = Engar tilkynningar í biðröðinni.

## Síðan „Ferill“
history-title = Ferill
history-empty = Engar breytingar hafa enn verið gerðar með dirdesk.

## Skipanalína
cli-error = villa: { $message }

## Auðkennandi heiti (DN)
dn-empty = DN er tómt
dn-missing-equals = „{ $part }“ inniheldur ekkert „=“: hver hluti DN er á forminu cn=Heiti
dn-bad-attribute-type = „{ $part }“ er ekki eigindategund
dn-empty-value = „{ $part }“ hefur tómt gildi
dn-bad-escape = „{ $part }“ endar á ókláraðri lausnarröð

## Prófun auðkennasafna og tilkynningastillinga
invalid-name-empty = Sláðu inn heiti á auðkennasafninu.
invalid-name-taken = Auðkennasafn sem heitir „{ $name }“ er þegar til.
invalid-no-servers = Bættu við a.m.k. einum þjóni (lénsheiti eða vélarheiti).
invalid-host = „{ $host }“ er hvorki vélarheiti né IP-tala.
invalid-port = Gátt { $server } verður að vera á bilinu 1 til 65535.
invalid-base-dn = Grunn-DN er ekki gilt: { $reason }.
invalid-login-attribute = „{ $attribute }“ er ekki heiti á eigind.
invalid-service-account = „{ $account }“ er ekki þjónustureikningur: sláðu inn DN (fyrir Active Directory einnig notandi@lén eða LÉN\notandi).
invalid-smtp-server-empty = Sláðu inn SMTP-þjóninn sem sendir tilkynningarnar.
invalid-smtp-port = SMTP-gáttin verður að vera á bilinu 1 til 65535.
invalid-ssl-on-25 = Gátt 25 talar ekki SSL: notaðu STARTTLS á 25 eða 587, eða SSL á 465.
invalid-from = „{ $address }“ er ekki netfang fyrir „Netfang sendanda“.
invalid-smtp-username-empty = Sláðu inn SMTP-notandanafnið eða slökktu á „Nota SMTP-auðkenningu“.
invalid-address = „{ $address }“ er ekki netfang.

## Stillingaskrá
config-damaged = Stillingaskráin { $path } er skemmd í línu { $line }, dálki { $column }: { $reason }. Hún var látin óbreytt og afrit geymt í { $backup }. Lagfærðu hana, eða færðu hana burt til að byrja upp á nýtt.
config-newer = Stillingaskráin { $path } var skrifuð af nýrri dirdesk (snið { $version }); þessi útgáfa breytir henni ekki.
config-io = Ekki er hægt að lesa eða skrifa { $path }: { $reason }

## Lyklakippa
keychain-unavailable = Engin nothæf lyklakippa: { $reason }. dirdesk geymir lykilorð aðeins í lyklakippu stýrikerfisins; opnaðu hana eða ræstu (á Linux Secret Service eins og GNOME Keyring eða KWallet) og reyndu aftur.
keychain-failed = Lyklakippan hafnaði: { $reason }

## Tengingar við skrána
ldap-refused = { $server } hafnaði tengingunni: er skráarþjónninn í gangi og er gáttin rétt?
ldap-unreachable = Ekki næst í { $server }: { $reason }
ldap-timeout = { $server } svaraði ekki í tæka tíð.
ldap-cert-not-trusted = TLS-skilríki { $server } eru ekki traust: „{ $subject }“, útgefin af „{ $issuer }“. Ef fyrirtækið þitt rekur eigin vottunarstöð skaltu velja CA-skilríkjaskrá hennar.
ldap-cert-wrong-name = TLS-skilríki { $server } („{ $subject }“) eru fyrir önnur heiti: { $names }. Tengstu með einu þeirra.
ldap-cert-expired = TLS-skilríki { $server } („{ $subject }“) eru útrunnin.
ldap-cert-other = TLS-skilríkjum { $server } („{ $subject }“) var hafnað: { $reason }
ldap-tls = TLS við { $server } mistókst: { $reason }
ldap-wrong-credentials = Rangt notandanafn eða lykilorð.
ldap-tls-required = { $server } krefst dulkóðaðrar tengingar fyrir þetta: veldu LDAPS eða StartTLS.
ldap-base-dn-not-found = Grunn-DN „{ $base_dn }“ er ekki til á þjóninum.
ldap-base-dn-not-found-anonymous = Grunn-DN „{ $base_dn }“ fannst ekki; án þjónustureiknings felur þjónninn það ef til vill fyrir nafnlausum notendum.
ldap-server-error = Þjónninn svaraði með villu { $code }: { $text }
ldap-disconnected = Tengingin við skrána rofnaði: { $reason }
ldap-referral = Skráin vísaði á annan þjón ({ $to }). dirdesk talar aðeins við þjóna auðkennasafnsins og fylgdi því ekki tilvísuninni.
ldap-too-many-results = Skráin hélt áfram að senda niðurstöður umfram { $limit }; dirdesk hætti að lesa þær. Þrengdu leitina.
ldap-malformed = { $server } sendi svar sem er ekki gilt LDAP; engu var breytt.
connection-server-failed = { $server }: { $reason }

## Sameiginleg heiti (orðalag greinarinnar)
store-type-ad = Active Directory
store-type-ldap = Almennt LDAP
security-ldaps = LDAPS
security-starttls = StartTLS
security-none = Ekkert (óöruggt)
status-healthy = Í lagi
status-errors = Villur
status-not-checked = Ekki athugað
smtp-security-ssl = SSL virkt
smtp-security-starttls = STARTTLS
smtp-security-none = Ekkert (óöruggt)
label-smtp-server = SMTP-þjónn
label-from = Netfang sendanda
label-port = Gátt
label-smtp-security = Öryggi
label-use-smtp-auth = Nota SMTP-auðkenningu
label-smtp-username = SMTP-notandanafn
label-smtp-ca-file = CA-skilríkjaskrá
label-to = Til:
label-cc = Afrit:
also-logged-in-users = Innskráðir notendur, vegna eigin aðgerða
also-object-modified = Hluturinn sem er breytt
also-group-owners = Eigendur hópa, vegna eigin hópa
also-managers = Yfirmenn, vegna beinna undirmanna
also-added-members = Nýir meðlimir hóps, þegar þeim er bætt við
also-removed-members = Meðlimur fjarlægður úr hópi, þegar hann er fjarlægður
also-public-group-owners = Eigandi opins hóps, þegar gengið er í hann eða úr
membership-join = Ganga í
membership-leave = Ganga úr
my-groups = Mínir hópar
column-name = HEITI
column-type = TEGUND
column-servers = ÞJÓNAR
column-security = ÖRYGGI
column-base-dn = GRUNN-DN
column-enabled = VIRKT
column-status = STAÐA
column-last-check = SÍÐASTA ATHUGUN
yes = já
no = nei
on = kveikt
off = slökkt

## Skilaboð skipanalínunnar
cli-no-such-store = Ekkert auðkennasafn heitir „{ $name }“.
cli-no-stores = Engin auðkennasöfn enn. Bættu einu við með: dirdesk store add --help
cli-bad-host = „{ $host }“ er ekki á forminu VÉL eða VÉL:GÁTT.
cli-bad-addresses = Ekki netföng: { $addresses }
cli-empty-password = Lykilorðið sem var lesið úr staðalinntaki er tómt.
cli-prompt-service-password = Lykilorð þjónustureiknings:
cli-store-added = Auðkennasafninu „{ $name }“ var bætt við.
cli-store-saved = Auðkennasafnið „{ $name }“ var vistað.
cli-store-removed = Auðkennasafnið „{ $name }“ og lykilorð þess voru fjarlægð.
cli-store-enabled = Kveikt var á auðkennasafninu „{ $name }“.
cli-store-disabled = Slökkt var á auðkennasafninu „{ $name }“.
cli-test-server-ok = { $server }: tengt ({ $vendor }; nafnasamhengi: { $contexts })
cli-test-healthy = „{ $name }“ er í lagi.
cli-test-errors = „{ $name }“ er með villur: { $reason }
cli-notifications-saved = Tilkynningastillingar „{ $name }“ vistaðar.
ldap-no-service-password = Ekkert lykilorð er vistað fyrir þjónustureikninginn: stilltu það með --service-password-stdin.

## Breyting hluta
edit-read-only = „{ $attribute }“ er viðhaldið af skránni og ekki hægt að breyta því.
edit-binary = „{ $attribute }“ inniheldur tvíundargögn, sem dirdesk breytir ekki.
edit-single-valued = „{ $attribute }“ tekur aðeins eitt gildi.
ldap-account-locked = Þessum reikningi er læst. Biddu kerfisstjórann þinn að opna hann.
ldap-account-disabled = Slökkt er á þessum reikningi.
ldap-password-expired = Lykilorð þessa reiknings er útrunnið eða þarf að breyta því áður en þú skráir þig inn.
ldap-no-such-object = „{ $dn }“ er ekki til (lengur).
change-nothing = Ekkert að vista: gildin eru þau sömu og í skránni.
change-conflict = Ekki vistað: einhver annar hefur breytt þessum hlut síðan þú opnaðir hann. Hlaðtu honum aftur til að sjá núverandi gildi.
change-insufficient-access = Ekki vistað: þú hefur ekki heimild til að breyta þessu ({ $detail }).
membership-closed-join = Þessi hópur leyfir meðlimum ekki að ganga sjálfir í hann. Skráin svaraði: { $detail }
membership-closed-leave = Þessi hópur leyfir meðlimum ekki að ganga sjálfir úr honum. Skráin svaraði: { $detail }
change-schema-violation = Ekki vistað: skráin samþykkir ekki þetta gildi ({ $detail }).
change-refused = Ekki vistað: skráin hafnaði breytingunni ({ $detail }).
change-busy = Ekki vistað: skráin er upptekin eða ekki tiltæk ({ $detail }). Reyndu aftur eftir smástund.
kind-group = hópur
kind-user = notandi
kind-other = hlutur
no-value = (ekkert gildi)
binary-value = <tvíundargögn, { $bytes } bæti>
cli-store-disabled-sign-in = Slökkt er á auðkennasafninu „{ $name }“.
cli-prompt-password = Lykilorð fyrir { $user }:
cli-password-needed = Lykilorð vantar: notaðu --password-stdin eða keyrðu í skjáhermi.
cli-found = { $count ->
    [one] { $count } hlutur fannst.
   *[other] { $count } hlutir fundust.
}
cli-finished-earlier-change = Lokið var við breytingu sem fyrri keyrsla vistaði en skráði ekki: { $change }
cli-bad-pair = „{ $pair }“ er ekki á forminu EIGIND=GILDI.
cli-no-edits = Engu að breyta: notaðu --set, --add, --remove eða --clear.
cli-changed = „{ $name }“ ({ $kind }, { $dn }) breytt sem { $author } { $at }:
cli-current-value = { $attribute } er nú: { $value }

## Tilkynningapóstar
email-subject-own = Breytingin þín: { $kind } „{ $name }“
email-subject-other = { $kind } „{ $name }“ – breytt af { $author }
email-greeting = Sæl/sæll { $name },
email-greeting-anonymous = Góðan dag,
email-intro-own = hér með staðfestum við breytinguna sem þú gerðir á þessum hlut í { $store }: { $kind } „{ $name }“.
email-intro-other = { $author } breytti þessum hlut í { $store }: { $kind } „{ $name }“.
email-label-object = Hlutur
email-label-dn = Auðkennandi heiti (DN)
email-label-author = Breytt af
email-label-when = Hvenær
email-col-attribute = Eigind
email-col-old = Gamalt gildi
email-col-new = Nýtt gildi
email-added = Bætt við
email-removed = Fjarlægt
email-no-value = (ekkert)
email-why-logged-in-user = Þú færð þennan póst af því að þú gerðir breytinguna.
email-why-list = Þú færð þennan póst af því að netfangið er á tilkynningalista auðkennasafnsins.
email-why-object = Þú færð þennan póst af því að breytingin varðar þig eða hóp sem þú tilheyrir.
email-why-owner = Þú færð þennan póst af því að þú átt þennan hóp.
email-why-manager = Þú færð þennan póst af því að breytingin varðar einn af beinum undirmönnum þínum.
email-why-added = Þú færð þennan póst af því að þér var bætt í þennan hóp.
email-why-removed = Þú færð þennan póst af því að þú varst fjarlægð(ur) úr þessum hópi.
email-why-public-owner = Þú færð þennan póst af því að þú átt þennan hóp og einhver gekk sjálfur í hann eða úr honum.
email-footer = Sent með dirdesk.
email-digest-subject-own = Breytingarnar þínar í { $store }: { $count }
email-digest-subject-other = Breytingar í { $store } – gerðar af { $author }: { $count }
email-digest-intro-own = hér með staðfestum við breytingarnar sem þú gerðir í einu lagi í { $store }: { $count } alls.
email-digest-intro-other = { $author } gerði breytingar í einu lagi í { $store }: { $count } alls.
email-digest-more = Hér eru fyrstu { $listed } taldar upp; allur listinn ({ $count } alls) er í meðfylgjandi skrá, { $file }.
email-digest-why-logged-in-user = Þú færð þennan póst af því að þú gerðir breytingarnar.
email-digest-why-object = Þú færð þennan póst af því að breytingarnar varða þig eða hópa sem þú tilheyrir.
email-digest-why-owner = Þú færð þennan póst af því að þú átt hópa sem var breytt.
email-digest-why-manager = Þú færð þennan póst af því að breytingarnar varða beina undirmenn þína.
email-digest-why-added = Þú færð þennan póst af því að þér var bætt í hópa.
email-digest-why-removed = Þú færð þennan póst af því að þú varst fjarlægð(ur) úr hópum.
email-digest-why-public-owner = Þú færð þennan póst af því að þú átt hópa sem fólk gekk sjálft í eða úr.

## Tilkynningabiðröð
queue-error = Ekki er hægt að nota tilkynningabiðröðina { $path }: { $reason }
queue-disk-full = diskurinn sem hún er á er fullur. Losaðu pláss; ekkert glataðist.
queue-read-only = ekki er hægt að skrifa í möppuna hennar (skrifvarin). Ekkert glataðist.

## Póstþjónn
smtp-not-configured = Enginn SMTP-þjónn er skráður í tilkynningastillingum safnsins.
smtp-refused = Póstþjónninn { $server } hafnaði tengingunni: er hann í gangi og er gáttin rétt?
smtp-timeout = Póstþjónninn { $server } svaraði ekki í tæka tíð.
smtp-not-trusted = TLS-skilríki póstþjónsins { $server } eru ekki traust ({ $detail }). Ef vottunarstöð fyrirtækisins þíns undirritaði þau skaltu setja inn CA-skilríkjaskrá hennar.
smtp-tls = TLS við póstþjóninn { $server } mistókst: { $detail }
smtp-auth-failed = Póstþjónninn hafnaði SMTP-notandanafninu eða lykilorðinu: { $detail }
smtp-sender-refused = Póstþjónninn hafnaði netfangi sendanda: { $detail }
smtp-recipient-refused = Póstþjónninn hafnaði viðtakandanum: { $detail }
smtp-permanent = Póstþjónninn hafnaði skeytinu: { $detail }
smtp-temporary = Póstþjónninn gat ekki tekið við skeytinu núna: { $detail }
test-email-subject = Prufutilkynning frá dirdesk
test-email-body = Þetta er prufupóstur frá dirdesk, sendur um { $server }. Ef þú getur lesið hann ná tilkynningarnar til þín.
cli-notify-sent = { $address }: sent ({ $answer })
cli-notify-queued = { $address }: í biðröð — { $reason } Reynt verður aftur sjálfkrafa (dirdesk queue send --all sendir strax; með --user fyrir safn með sameiginlegan gagnagrunn).
cli-notify-failed = { $address }: ekki sent — { $reason }
cli-notify-not-mail-enabled = { $dn }: ekki sent — reikningurinn er ekki með netfang (tilkynningar fara aðeins til notenda með netfang).
cli-notify-malformed = { $who }: ekki sent — „{ $address }“ er ekki nothæft netfang.
cli-notify-unwritten = { $who }: ekki sent — ekki tókst að skrifa tölvupóstinn: { $problem }
cli-notify-none = Engar tilkynningar vegna þessarar breytingar (engar eru virkar fyrir þetta auðkennasafn).
cli-test-email-sent = Þjónninn tók við prufupósti til { $address }: { $answer }
queue-status-pending = Í bið
queue-status-sending = Í vinnslu
queue-status-sent = Sent
queue-status-failed = Mistókst
queue-col-id = Auðkenni
queue-col-status = Staða
queue-col-subject = Efni
queue-col-date = Dagsetning
queue-col-to = Til
queue-col-from = Frá
queue-col-cc = Afrit
queue-col-last-retry = Síðasta tilraun
queue-col-retry-count = Tilraunir
queue-col-in-progress = Í vinnslu
queue-last-error = síðasta villa: { $error }
queue-no-such-email = Enginn ósendur póstur með auðkennið { $id } er í biðröðinni.
queue-deleted = Pósti { $id } eytt úr biðröðinni.
queue-store-gone = { $count } póstar í biðröðinni tilheyra auðkennasafni sem er ekki lengur til.
history-line = { $at }  { $author } breytti „{ $name }“ ({ $dn }) í { $store }

## Spjöld auðkennasafna
store-disabled-badge = Óvirkt
store-last-check = Síðasta tengiprófun: { $when }
menu-more = Fleiri aðgerðir
menu-edit = Breyta
menu-disable = Gera óvirkt
menu-enable = Gera virkt
menu-delete = Eyða
delete-store-question = Eyða auðkennasafninu „{ $name }“?
delete-store-explanation = Stillingar þess og lykilorðin sem eru geymd fyrir það í lyklakippunni eru fjarlægð. Skránni sjálfri er ekki breytt.
cancel = Hætta við

## Upplýsingar um auðkennasafn
store-details-title = Upplýsingar um auðkennasafn
tab-general = Almennt
tab-connection = Tenging
settings-pane = Stillingar
configurations = Grunnstillingar
field-store-type = Tegund safns
field-name = Heiti
field-host = Lénsheiti eða vélarheiti
field-port = Gátt
field-security = Öryggi
security-insecure-warning = Án dulkóðunar fara lykilorð um netið, læsileg öllum á leiðinni. Notaðu LDAPS eða StartTLS.
field-ca-file = CA-skilríkjaskrá
field-ca-file-placeholder = Slóð á PEM-skrá (aðeins fyrir eigin vottunarstöð)
browse = Fletta…
file-dialog-none = Engin skrá var valin, eða kerfið hefur engan skráarglugga: sláðu inn slóðina.
field-base-dn = Grunn-DN
field-login-attribute = Innskráningareigind
field-service-account = Þjónustureikningur
field-service-password = Lykilorð þjónustureiknings
field-service-password-placeholder = Geymt í lyklakippu kerfisins; hafðu autt til að halda því vistaða
servers-in-priority-order = Þjónar í forgangsröð (sá fyrsti sem svarar er notaður):
add-server = Bæta við þjóni
remove = Fjarlægja
test-connection = Prófa tengingu
testing-connection = Prófa tenginguna…
test-server-ok = { $server }: tengt (nafnasamhengi: { $detail })
save = Vista
back = ← Til baka
configurations-title = Grunnstillingar — { $store }
configurations-notifications-description = SMTP-þjónn, viðtakendur og hverjum á að segja frá breytingum

## Síða tilkynningastillinga
notifications-settings-title = Tilkynningar — { $store }
section-smtp-server = SMTP-þjónn
section-recipients = Viðtakendur
section-also-notify = Láta einnig vita
label-smtp-password = SMTP-lykilorð
addresses-placeholder = Netföng aðskilin með ;
also-notify-mail-enabled-note = Tilkynningar fara aðeins til notenda með netfang.
test-server = Prófa þjón
test-notification-title = Prufutilkynning
test-notification-address = Senda prufupóst á
test-notification-sending = Sendi…
test-notification-accepted = Þjónninn tók við prufupóstinum: { $answer }
settings-saved = Vistað. Stillingarnar gilda frá næstu breytingu.
close = Loka
ok = Í lagi
filter-pending = Í bið
filter-failed = Mistókst
filter-all = Allt
queue-send = Senda
history-all-stores = Öll auðkennasöfn
history-change = { $attribute }: { $old } → { $new }
history-email = Tilkynning til { $address }: { $status }
store-saved = Auðkennasafn vistað.
unsaved-question = Fara án þess að vista?
unsaved-explanation = Á þessari síðu eru breytingar sem hafa ekki enn verið vistaðar.
unsaved-stay = Vera áfram
unsaved-leave = Fara án þess að vista

## Hlutaritill: leit
find-groups = Hópar
find-users = Notendur
find-placeholder = Nafn, reikningur eða netfang
find-search = Leita
find-searching = { $count ->
    [one] Leita… { $count } fundinn hingað til
   *[other] Leita… { $count } fundnir hingað til
}
find-found = { $count ->
    [one] { $count } fannst
   *[other] { $count } fundust
}

## Hlutaritill: eiginleikar
group-properties = Eiginleikar hóps
user-properties = Eiginleikar notanda
tab-members = Meðlimir
tab-owner = Eigandi
tab-email = Netfang
tab-manager = Yfirmaður
tab-attributes = Eigindir
prop-display-name = Birtingarheiti
prop-description = Lýsing
prop-email = Netfang
prop-notes = Athugasemdir
prop-title = Starfsheiti
prop-telephone = Símanúmer
prop-manager = Yfirmaður (DN)
members-add-placeholder = Nafn eða DN þess sem á að bæta við
members-add = Bæta við…
owner-none = Þessi hópur á engan eiganda.
attr-read-only = skrifvarið
attr-single = eitt gildi
attr-multi = mörg gildi
reload = Hlaða aftur
saving = Vista…
apply = Virkja
preview-title = Þessar breytingar verða vistaðar:
saved-sent = Vistað. Staðfestingarpóstur var sendur til þín á { $address }.
saved-no-mail = Vistað. Reikningurinn þinn er ekki með netfang, svo engin staðfesting var send (tilkynningar fara aðeins til notenda með netfang).
saved-queued = Vistað. Staðfestingarpósturinn til { $address } er í biðröð og verður reyndur aftur sjálfkrafa: { $reason }
saved-failed = Vistað, en ekki tókst að senda staðfestingarpóstinn til { $address }: { $reason }
saved-not-queued = Vistað, en ekki tókst að setja tilkynninguna í biðröð: { $reason }
saved-plain = Vistað.

## Hlutaritill: innskráning
nav-object-editor = Hlutaritill
sign-in-title = Skráðu þig inn með skráarreikningnum þínum
sign-in-store = Auðkennasafn
sign-in-user = Notandanafn
sign-in-password = Lykilorð
sign-in-remember = Muna lykilorðið mitt (geymt í lyklakippu kerfisins)
sign-in = Skrá inn
sign-in-busy = Skrái inn…
sign-in-no-store = Ekkert virkt auðkennasafn er til að skrá sig inn í. Búðu til eða virkjaðu eitt undir Auðkennasöfn.
sign-in-enter-user = Sláðu inn notandanafnið þitt.
sign-in-enter-password = Sláðu inn lykilorðið þitt.
signed-in-as = Innskráð(ur) sem { $name } í { $store }
signed-in-mail = Staðfestingarpóstar fara á { $address }
signed-in-no-mail = Reikningurinn þinn er ekki með netfang: þú færð enga staðfestingarpósta.
sign-out = Skrá út
back-to-results = ← Aftur í niðurstöður
loading = Hleð…
group-scope-global = Altækur
group-scope-domain-local = Staðbundinn í léni
group-scope-universal = Alhliða
group-kind-security = Öryggi
group-kind-distribution = Dreifing
group-scope-and-type = Umfang hóps: { $scope } · Tegund hóps: { $kind }

## Stillingar (forritsins sjálfs, í leiðarkerfinu)
# This language's name in itself, as the language list shows it.
language-name = Íslenska
nav-settings = Stillingar
app-settings-title = Stillingar
app-settings-language = Tungumál
app-settings-language-system = Sama og kerfið
app-settings-language-hint = Tilkynningapóstar eru alltaf á kjörtungumáli hvers viðtakanda, óháð því sem valið er hér.
app-settings-theme = Þema
app-settings-theme-system = Sama og kerfið
app-settings-theme-light = Ljóst
app-settings-theme-dark = Dökkt
# A date and time as this language writes them (strftime, as jiff reads it);
# the time zone follows.
format-date-time = %-d.%-m.%Y, %H:%M:%S

## Hjálp skipanalínunnar
cli-heading-usage = Notkun
cli-heading-commands = Skipanir
cli-heading-options = Rofar
cli-heading-arguments = Viðföng
cli-about = Admin Center og hlutaritill fyrir Active Directory og LDAP-möppur, með tilkynningum um breytingar. Án skipunar opnast glugginn.
cli-about-store = Sýsla með auðkennasöfn (möppurnar sem dirdesk tengist)
cli-about-store-list = Telja upp auðkennasöfn
cli-about-store-add = Bæta við auðkennasafni
cli-about-store-edit = Breyta auðkennasafni; rofar sem ekki eru gefnir haldast óbreyttir
cli-about-store-remove = Fjarlægja auðkennasafn og lykilorð þess
cli-about-store-enable = Virkja auðkennasafn
cli-about-store-disable = Afvirkja auðkennasafn (það er geymt en ekki boðið við innskráningu)
cli-about-store-test = Prófa tenginguna við hvern netþjón safns og skrá niðurstöðuna
cli-about-notifications = Sýna og breyta tilkynningastillingum safns
cli-about-notifications-show = Sýna tilkynningastillingar safns
cli-about-notifications-set = Breyta tilkynningastillingum safns; rofar sem ekki eru gefnir haldast óbreyttir
cli-about-notifications-test = „{ test-server }“: senda raunverulegan prufupóst og sýna svar netþjónsins
cli-about-search = Leita að hópum og notendum eftir nafni, innskráð(ur) með eigin aðgangi
cli-about-show = Sýna einn hlut með öllum eigindum hans
cli-about-edit = Breyta hlut með eigin aðgangi; sýnir breytinguna og hverjum var tilkynnt
cli-about-join = Ganga sjálf(ur) í hóp (þegar hópurinn leyfir meðlimum það); sýnir breytinguna og hverjum var tilkynnt
cli-about-leave = Ganga sjálf(ur) úr hópi (þegar hópurinn leyfir meðlimum það); sýnir breytinguna og hverjum var tilkynnt
cli-already-member = Þú ert nú þegar meðlimur í { $dn }: engu þarf að breyta.
cli-not-a-member = Þú ert ekki meðlimur í { $dn }: engu þarf að breyta.
cli-about-queue = Sýna, senda og eyða tilkynningapóstum í biðröð
cli-about-queue-list = Telja upp tilkynningapósta í biðröð (sjálfgefið þá sem bíða)
cli-about-queue-send = Senda einn póst úr biðröðinni núna, eða alla sem bíða (--all)
cli-about-queue-delete = Eyða pósti úr biðröðinni sem var ekki sendur
cli-about-history = Sýna breytingar sem gerðar voru í gegnum dirdesk
cli-about-help = Sýna þessa hjálp eða hjálp tiltekinnar skipunar
cli-arg-help = Sýna hjálp
cli-arg-version = Sýna útgáfu
cli-arg-config-dir = Geyma stillingar og gögn í DIR (ferðanotkun, prófanir)
cli-arg-json = Prenta JSON í stað töflu
cli-arg-notifications-show-json = Prenta JSON í stað texta
cli-arg-show-json = Prenta JSON í stað texta
cli-arg-name = Heiti auðkennasafnsins
cli-arg-store-add-name = Heiti safnsins (einkvæmt, óháð há- og lágstöfum)
cli-arg-store-edit-name = Nýtt heiti á safnið (einkvæmt, óháð há- og lágstöfum)
cli-arg-store = Heiti auðkennasafnsins
cli-arg-store-edit-store = Safnið sem á að breyta
cli-arg-history-store = Aðeins þetta auðkennasafn
cli-arg-store-type = ldap (Generic LDAP) eða ad (Active Directory)
cli-arg-hosts = HOST[:PORT], endurtekið í forgangsröð
cli-arg-security = ldaps (TLS frá fyrsta bæti), starttls eða none (ódulritað, sýnt sem óöruggt)
cli-arg-ca-file = CA-vottorðsskrá (PEM) fyrir netþjóna sem einka-CA hefur undirritað ("" fjarlægir hana)
cli-arg-base-dn = Grunn-DN: þar sem leit hefst (dc=example,dc=test)
cli-arg-login-attribute = Eigind sem fólk skráir sig inn með (uid, sAMAccountName, mail, …)
cli-arg-service-account = DN þjónustuaðgangs (eða UPN / LÉN\notandi í Active Directory)
cli-arg-service-password-stdin = Lesa lykilorð þjónustuaðgangs úr staðalinntaki
cli-arg-smtp-server = { label-smtp-server }: hýsilheiti eða IP-tala póstþjónsins
cli-arg-smtp-port = Gátt póstþjónsins (465 með SSL, 587 með STARTTLS)
cli-arg-smtp-security = ssl (óbeint TLS), starttls eða none
cli-arg-smtp-ca-file = CA-vottorðsskrá (PEM) fyrir póstþjón sem einka-CA hefur undirritað ("" fjarlægir hana)
cli-arg-from = { label-from }
cli-arg-smtp-user = SMTP-notandanafn; kveikir á „{ label-use-smtp-auth }“ ("" slekkur á því)
cli-arg-smtp-password-stdin = Lesa SMTP-lykilorðið úr staðalinntaki
cli-arg-to = Viðtakendur hverrar tilkynningar, aðskildir með „;“
cli-arg-cc = Afritsviðtakendur hverrar tilkynningar, aðskildir með „;“
cli-arg-notifications-test-to = Netfangið sem prufupósturinn fer á
cli-arg-logged-in-users = { section-also-notify }: { also-logged-in-users }
cli-arg-object-modified = { section-also-notify }: { also-object-modified }
cli-arg-group-owners = { section-also-notify }: { also-group-owners }
cli-arg-managers = { section-also-notify }: { also-managers }
cli-arg-added-members = { section-also-notify }: { also-added-members }
cli-arg-removed-members = { section-also-notify }: { also-removed-members }
cli-arg-public-group-owners = { section-also-notify }: { also-public-group-owners }
cli-arg-user = Notandanafnið í möppunni sem skráð er inn með
cli-arg-password-stdin = Lesa lykilorðið úr staðalinntaki
cli-arg-groups = Aðeins hópar
cli-arg-users = Aðeins notendur
cli-arg-text = Texti sem nafnið inniheldur (tómt: allt)
cli-arg-dn = Einkvæmt heiti (DN) hlutarins
cli-arg-set = Setja ATTR á VALUE (endurtaka fyrir mörg gildi)
cli-arg-add = Bæta VALUE við ATTR
cli-arg-remove = Fjarlægja VALUE úr ATTR
cli-arg-clear = Fjarlægja öll gildi ATTR
cli-arg-dry-run = Prenta breytinguna (eigind: gamalt → nýtt) án þess að framkvæma hana
cli-arg-edit-dn = Einkvæmt heiti (DN) hlutarins; eða fjöldabreyting með --from, --filter eða --groups
cli-arg-edit-from = Fjöldabreyting: allar breytingar í LDIF-skrá með breytingafærslum (eins og ldapmodify les þær) eða í CSV-töflu (dn,ATTR,…: skipta út fyrir gildi reitsins; tómur reitur lætur gildið óbreytt)
cli-arg-edit-format = ldif eða csv (sjálfgefið csv fyrir heiti sem endar á .csv, annars ldif)
cli-arg-edit-clear-marker = Í CSV-töflu: textinn í reit sem tæmir eigind (til dæmis -)
cli-arg-edit-filter = Fjöldabreyting á öllum hlutum sem LDAP-sía (RFC 4515) finnur undir grunn-DN, með --set/--add/--remove/--clear
cli-arg-edit-groups = Fjöldabreyting á öllum hópum sem hafa TEXT í nafninu, með --set/--add/--remove/--clear
cli-arg-edit-in-flight = Fjöldi breytinga sem eru á leiðinni samtímis í fjöldabreytingu (1–64)
cli-arg-edit-json = Fjöldabreytingar: einn JSON-hlutur fyrir hverja breytingu, svo einn fyrir alla keyrsluna
cli-arg-pending = Aðeins póstar sem bíða sendingar (sjálfgefið)
cli-arg-failed = Aðeins póstar sem ekki tókst að senda
cli-arg-all = Allir póstar, hvað sem um þá varð
cli-arg-queue-send-all = Senda alla pósta sem bíða
cli-arg-id = Númer póstsins, eins og „dirdesk queue list“ sýnir það
cli-arg-object = Aðeins þessi hlutur (DN hans)
invalid-smtp-unencrypted-authentication = Án dulkóðunar færi SMTP-lykilorðið um netið, læsilegt öllum á leiðinni. Veldu SSL eða STARTTLS, eða leyfðu það sérstaklega („Senda lykilorðið án dulkóðunar“; á skipanalínu --allow-unencrypted-auth on).
smtp-unencrypted-authentication = Ekki sent: { $server } hefði fengið SMTP-lykilorðið án dulkóðunar, sem þessar stillingar leyfa ekki. Veldu SSL eða STARTTLS á síðunni Tilkynningar fyrir auðkennageymsluna.
smtp-unencrypted-warning = Án dulkóðunar fer SMTP-lykilorðið um netið, læsilegt öllum á leiðinni. Notaðu SSL eða STARTTLS.
label-smtp-allow-unencrypted-auth = Senda lykilorðið án dulkóðunar
cli-arg-allow-unencrypted-auth = on: skrá inn á póstþjóninn jafnvel með --smtp-security none, þótt lykilorðið fari þá læsilegt um netið
sign-in-remember-failed = Innskráning tókst, en ekki var hægt að geyma lykilorðið þitt í lyklakippu kerfisins, svo þú verður beðin(n) um það næst: { $reason }
change-not-recordable = Ekki vistað: ekki var hægt að skrá breytinguna áður en hún var gerð, svo engu var breytt ({ $detail }).
ldap-own-entry-unreadable = Lykilorðið þitt var samþykkt, en skráin leyfir { $dn } ekki að lesa eigin færslu (nafn og netfang), og þessi auðkennageymsla hefur engan þjónustureikning til að lesa hana með. Biddu stjórnanda skrárinnar að leyfa notendum að lesa eigin færslu, eða gefðu geymslunni þjónustureikning.
published-damaged = Stillingarnar sem birtar eru í skránni eru skemmdar og voru látnar óbreyttar: { $detail }
published-newer = Stillingarnar sem birtar eru í skránni eru á sniði { $format }, nýrra en þessi dirdesk þekkir ({ $known }): uppfærðu dirdesk til að fylgja þeim. Þeim er ekki breytt héðan.

## Published stores: one policy for every desk
invalid-login-dn-template = „{ $template }“ er ekki sniðmát fyrir innskráningar-DN: það verður að vera DN með { "{" }user{ "}" } þar sem notandanafnið á að koma, t.d. uid={ "{" }user{ "}" },ou=people,dc=example,dc=test.
published-missing = Ekkert er birt í skránni á { $dn }.
published-unreadable = Skráin leyfir þessum reikningi ekki að lesa stillingarnar sem birtar eru á { $dn }: { $detail }
published-unusable = Ekki er hægt að fylgja stillingunum sem birtar eru á { $dn }: { $problem }
published-no-settings-attribute = færslan er til, en ekki er hægt að lesa eigindina { $attribute } í henni
publish-conflict = Ekki birt: einhver annar birti aðrar stillingar á { $dn } í millitíðinni ({ $by }, { $when }). Engu var breytt; stillingarnar sem nú eru birtar eru sýndar — gerðu breytinguna þína aftur.
publish-refused = Ekki birt: skráin hafnaði ({ $reason }). Engu var breytt.
published-keeps-copy = { $problem } Þessi dirdesk fylgir áfram afritinu sem var lesið { $when }.
smtp-needs-signed-in-user = Þessi póstur er sendur með reikningi þess sem gerði breytinguna, en dirdesk þekkir lykilorð viðkomandi aðeins á meðan hann eða hún er innskráð(ur): pósturinn bíður í biðröðinni og fer næst þegar viðkomandi vistar breytingu.
smtp-no-store-password = Lykilorð SMTP-reiknings safnsins, „{ $user }“, er ekki í lyklakippu þessarar tölvu: pósturinn bíður í biðröðinni. Sá sem þekkir það getur slegið það inn á síðunni Tilkynningar eða með „dirdesk notifications set --store NAME --smtp-password-stdin“.
cli-warning = viðvörun: { $message }
cli-one-secret-from-stdin = Aðeins er hægt að lesa eitt lykilorð úr staðalinntaki: gefðu --smtp-password-stdin og --password-stdin í tveimur aðskildum skipunum.
cli-publish-needs-account = Þessi tölva hefur engan þjónustureikning fyrir „{ $name }“ til að skrifa birtu stillingarnar með: tilgreindu með --user reikning sem skráin leyfir að skrifa þær.
cli-store-published = Sameiginlegar stillingar „{ $name }“ voru birtar í skránni á { $dn }: hver dirdesk sem fylgir þeim notar þær frá og með næstu breytingu sinni.
cli-store-unpublished = Stillingarnar sem birtar voru á { $dn } voru fjarlægðar. Uppsetningar dirdesk sem fylgdu „{ $name }“ halda afritinu sem þær lásu síðast og fá að vita að birtingin er horfin; þessi dirdesk heldur stillingunum sem sínum eigin.
cli-store-follows = Fylgir stillingunum sem birtar eru í skránni á { $dn } af { $by }, { $when }.
cli-notifications-published = Tilkynningastillingar „{ $name }“ voru birtar í skránni á { $dn }.
cli-about-store-publish = Birta sameiginlegar stillingar safns í skránni (aldrei lykilorð) svo að hver dirdesk geti fylgt þeim
cli-about-store-unpublish = Fjarlægja birtar stillingar safns úr skránni
cli-arg-location = DN birtu færslunnar (sjálfgefið: cn=dirdesk undir grunn-DN)
cli-arg-login-dn-template = Almennt LDAP: DN sem fólk skráir sig inn sem, þar sem { "{" }user{ "}" } stendur fyrir notandanafn þess (uid={ "{" }user{ "}" },ou=people,dc=example,dc=test); enginn þjónustureikningur þarf til að finna það
cli-arg-smtp-auth = Hvernig skráð er inn á póstþjóninn: none (póstáframsending), basic (SMTP-reikningur safnsins, --smtp-user), signed-in-user (eigið notandanafn og lykilorð hvers og eins í skránni) eða oauth2 (tóki frá --oauth-token-endpoint: með --smtp-user og lykilorði hans password grant, án þeirra eingöngu sem forrit)
cli-arg-smtp-login-as = Með --smtp-auth signed-in-user: skrá inn á póstþjóninn með notandanafninu sem slegið var inn (login) eða netfangi viðkomandi (mail)
settings-source-local = Stillingar þessarar tölvu (ekki birtar í skránni).
settings-source-published = Birtar í skránni á { $dn } af { $by }, { $when } (síðast lesnar { $read }).
settings-source-published-unread = Birtar í skránni á { $dn } (ekki lesnar enn: þær eru lesnar við næstu innskráningu).
label-smtp-password-source = SMTP-lykilorð
smtp-password-not-used = ekki notað
smtp-password-signed-in-user = eigið lykilorð hvers og eins í skránni, á meðan viðkomandi er innskráð(ur)
smtp-password-in-keychain = í lyklakippu þessarar tölvu
smtp-password-missing = ekki í lyklakippu þessarar tölvu
published-read-only = Þessar stillingar eru birtar í skránni og þessi tölva hefur engan reikning sem má breyta þeim: hægt er að breyta þeim í dirdesk sem hefur þjónustureikning safnsins, eða með „dirdesk notifications set --store NAME --user …“ sem reikningur sem skráin leyfir að skrifa þær.
settings-publishing = Birti í skránni…
label-smtp-signed-in-user = Skrá inn með innskráningarupplýsingum innskráða notandans
settings-published = Birtar í skránni á { $dn }: hver dirdesk sem fylgir birtingunni notar þessar stillingar frá og með næstu breytingu sinni.
publish-refused-access = Ekki birt: skráin leyfir þessum reikningi ekki að breyta birtu stillingunum ({ $detail }). Engu var breytt.
machine-config-problem = Ekki var hægt að nota stillingaskrá tölvunnar { $path }, svo auðkennasöfnin sem hún bætir við vantar: { $detail }
store-managed = Kerfisstjóri þessarar tölvu bætti þessu við fyrir alla notendur hennar.
cli-store-managed = Kerfisstjóri þessarar tölvu bætti „{ $name }“ við fyrir alla notendur hennar ({ $path }); ekki er hægt að fjarlægja það hér.
cli-notify-waiting = { $address }: bíður — { $reason }
smtp-test-needs-user = Hver og einn skráir sig inn á þennan póstþjón með eigin notandanafni og lykilorði, svo prófunin þarf slíkt: dirdesk notifications test --store NAME --to ADDRESS --user LOGIN --password-stdin.
published-foreign = Færslan { $dn } er ekki stillingar sem dirdesk birti (annars konar hlutur ber þetta nafn): hún er látin óhreyfð. Birtu annars staðar með --location.
publish-location-not-cn = staðsetningin { $dn } verður að byrja á cn= (færslan er nefnd eftir cn sínu)
field-login-dn-template = Sniðmát innskráningar-DN (valfrjálst)

## Big groups, Member Of, finding people as ADUC does
members-count = { $count ->
    [one] { $count } meðlimur
   *[other] { $count } meðlimir
}
members-shown = { $shown } af { $count } sýnd
members-reading-names = Les nöfn… { $read } af { $count }
members-filter-placeholder = Sía meðlimi eftir nafni eða DN
tab-member-of = Meðlimur í
member-of-nested = Sýna einnig hópa sem það er meðlimur í gegnum aðra hópa
member-of-none = Ekki meðlimur í neinum hópi.
member-of-count = { $count ->
    [one] Meðlimur í { $count } hópi
   *[other] Meðlimur í { $count } hópum
}
member-of-direct = beint
member-of-nested-via = í gegnum annan hóp
member-of-primary = aðalhópur
find-matched = { $attribute }: { $value }

## Kerberos single sign-on
kerberos-no-ticket = Enginn Kerberos-miði: þessi tölva hefur enga Windows/Kerberos-innskráningu til að nota (á Linux eða macOS skaltu fyrst keyra „kinit“). Skráðu þig frekar inn með notandanafni og lykilorði.
kerberos-expired = Kerberos-miðinn þinn er útrunninn: skráðu þig aftur inn í Windows (eða keyrðu „kinit“), eða skráðu þig inn með notandanafni og lykilorði.
kerberos-clock-skew = Klukka þessarar tölvu og klukka lénsstýringarinnar víkja meira hvor frá annarri en Kerberos leyfir (5 mínútur): stilltu klukkuna rétt, eða skráðu þig inn með notandanafni og lykilorði.
kerberos-no-spn = Skráin hefur ekkert Kerberos-þjónustuauðkenni { $spn }: tengstu lénsstýringunni með fullu heiti hennar (eins og það er skráð í skránni), eða skráðu þig inn með notandanafni og lykilorði.
kerberos-other = Kerberos-innskráning mistókst: { $reason }
kerberos-signed-in = Innskráð(ur) sem { $principal } með Windows/Kerberos-innskráningunni þinni, innan staðfestu TLS-tengingarinnar.
kerberos-mail-needs-password = Þetta safn sendir staðfestingar með þínum eigin póstreikningi, sem þarf lykilorðið þitt; Kerberos-innskráning gefur dirdesk ekkert lykilorð. Staðfestingarnar þínar bíða í biðröðinni þar til þú skráir þig einu sinni inn með notandanafni og lykilorði.
sign-in-kerberos = Skrá inn sem { $principal }
kerberos-signed-in-sealed = Innskráð(ur) sem { $principal } með Windows/Kerberos-innskráningunni þinni; þetta safn notar ekki TLS, svo Kerberos dulkóðar sjálft tenginguna.
kerberos-no-sealing = { $server } býður enga Kerberos-dulkóðun fyrir tengingu án TLS, og dirdesk skráir sig aldrei inn án dulkóðunar: veldu LDAPS eða StartTLS fyrir þetta safn, eða skráðu þig inn með notandanafni og lykilorði.
kerberos-not-inside-tls = { $server } tekur ekki við Kerberos-innskráningu innan TLS ({ $reason }). Windows-lénsstýringar gera það; á Samba er stillingin „ldap server require strong auth = allow_sasl_over_tls“. Þangað til skaltu skrá þig inn með notandanafni og lykilorði, eða tengjast þessu safni án TLS: Kerberos dulkóðar þá sjálft tenginguna.
kerberos-other-person = Kerberos-miðinn á þessari tölvu tilheyrir nú öðrum ({ $now }): ekkert meira er gert undir þessari innskráningu. Skráðu þig inn aftur.
kerberos-kdc-timeout = Kerberos-lénsstýringin (KDC) svaraði ekki í tæka tíð.
kerberos-other-realm = Kerberos-miðinn er fyrir { $principal }, úr öðru svæði en þessarar geymslu ({ $realm }), og skráin getur ekki sagt hver það er hér: skráðu þig inn með notandanafni og lykilorði.
cli-arg-member-of = Sýna líka hópana sem það er í (Meðlimur í)
cli-arg-nested = Með --member-of: líka hópana sem það er í gegnum aðra hópa
cli-arg-kerberos = Skrá inn með Kerberos-miðanum þínum (Windows-innskráningunni eða kinit) í stað lykilorðs

## OAuth 2.0 for SMTP (Microsoft 365, Google)
oauth-bad-endpoint = Token Endpoint „{ $endpoint }“ er ekki https://-vistfang: dirdesk sendir biðlaraleyndarmál aðeins yfir staðfest TLS.
oauth-no-client-secret = Ekkert OAuth 2.0-biðlaraleyndarmál fyrir þetta safn er í lyklakippu þessarar tölvu: sláðu inn Client Secret á síðunni Tilkynningar eða notaðu „dirdesk notifications set --oauth-client-secret-stdin“.
oauth-wrong-client-secret = Tókaendapunkturinn hafnaði Client ID eða Client Secret ({ $detail }): athugaðu hvort tveggja á síðunni Tilkynningar; útrunnið leyndarmál þarf að leysa af hólmi með nýju úr skráningu forritsins.
oauth-wrong-password = Tókaendapunkturinn hafnaði notandanafninu eða lykilorðinu ({ $detail }).
oauth-needs-mfa = Tókaendapunkturinn krefur þennan reikning um fjölþátta innskráningu ({ $detail }), sem póstsendir getur ekki veitt: þessi reikningur má ekki krefjast fjölþátta innskráningar (undanskildu hann í Conditional Access leigjandans), eða hafðu Notandanafn og Lykilorð auð til að senda eingöngu sem forrit.
oauth-refused = Tókaendapunkturinn neitaði að gefa út tóka: { $detail }
oauth-unreachable = Ekki næst í tókaendapunktinn { $endpoint } ({ $detail }); póstarnir bíða og reynt verður aftur.
oauth-not-trusted = Ekki er hægt að treysta tókaendapunktinum { $endpoint } ({ $detail }): bættu CA-skilríkjum hans við CA-skilríkjaskrá SMTP eða við traust skilríki þessarar tölvu.
oauth-malformed = Tókaendapunkturinn { $endpoint } svaraði án tóka ({ $detail }).
smtp-token-refused = Póstþjónninn hafnaði OAuth 2.0-tókanum, líka nýjum ({ $detail }): pósthólfið eða forritið má ef til vill ekki senda með SMTP (Exchange: kveikt á SMTP AUTH fyrir pósthólfið og heimildin SMTP.Send eða SMTP.SendAsApp fyrir forritið).
smtp-needs-oauth = Póstþjónninn tekur ekki við lykilorði ({ $detail }): þessi þjónn þarf OAuth 2.0 — veldu OAuth 2.0 undir „Nota SMTP-auðkenningu“.
cli-oauth-needs-client-id = OAuth 2.0 þarf biðlaraauðkenni forritsins: --oauth-client-id.
cli-arg-oauth-token-endpoint = OAuth 2.0-tókaendapunktur (https://…/oauth2/v2.0/token)
cli-arg-oauth-client-id = OAuth 2.0-biðlaraauðkenni (úr skráningu forritsins)
cli-arg-oauth-client-secret-stdin = Lesa OAuth 2.0-biðlaraleyndarmálið úr staðalinntaki (líka með --smtp-password-stdin: leyndarmálið í fyrstu línu, lykilorðið í annarri)
cli-arg-oauth-scope = OAuth 2.0-umföng, aðskilin með bilum (t.d. https://outlook.office365.com/.default)
label-smtp-auth-method = Auðkenning
smtp-auth-basic = Basic
smtp-auth-oauth2 = OAuth 2.0 (Token Endpoint { $endpoint }, Client ID { $client }, Scope { $scope }; Client Secret er geymt í lyklakippu þessarar tölvu)
label-oauth-token-endpoint = Token Endpoint
label-oauth-client-id = Client ID
label-oauth-client-secret = Client Secret
label-oauth-scope = Scope
smtp-auth-oauth2-choice = OAuth 2.0
invalid-oauth-client-id-empty = Sláðu inn Client ID forritsskráningarinnar.

## Notification Editor (templates)
template-email-change = Staðfesting á breytingu
template-email-test = Prufupóstur
template-email-digest = Samantekt fjöldabreytingar
template-part-subject = Efni
template-part-html = HTML
template-part-text = Hreinn texti
template-problem-at = { $part }, lína { $line }, dálkur { $column }: { $detail }
template-problem-line = { $part }, lína { $line }: { $detail }
template-problem = { $part }: { $detail }
template-unknown-tag = óþekkt merki „{ $tag }“
template-tag-object-name = Heiti hlutar
template-tag-object-kind = Tegund hlutar
template-tag-object-dn = Auðkennandi heiti (DN) hlutar
template-tag-changes = Tafla yfir breytt eigindi (gömul og ný gildi)
template-tag-author-name = Breytt af: nafn
template-tag-author-mail = Breytt af: netfang
template-tag-author-dn = Breytt af: auðkennandi heiti (DN)
template-tag-when = Hvenær
template-tag-store = Auðkennasafn
template-tag-recipient-name = Nafn viðtakanda
template-tag-recipient-address = Netfang viðtakanda
template-tag-own = Hvort viðtakandinn gerði breytinguna sjálfur
template-tag-reasons = Hvers vegna viðtakandinn fær þennan póst
template-tag-server = Póstþjónn
template-tag-count = Fjöldi breyttra hluta
template-tag-objects = Tafla yfir breytta hluti og eigindi (gömul og ný gildi)
template-tag-more = Hve margir eru ekki taldir upp (þeir eru í viðhenginu)
template-tag-attachment = Heiti meðfylgjandi lista
template-built-in = innbyggt
template-custom = eigið sniðmát safnsins
template-custom-parts = eigið sniðmát safnsins: { $parts }
cli-about-templates = Tilkynningaritillinn: orðalag póstanna sem dirdesk sendir, eftir tungumálum
cli-about-templates-list = Telja upp póstsniðmát safns og hver þeirra eru eigin sniðmát þess
cli-about-templates-show = Sýna efni, HTML og hreinan texta sniðmáts (eigið sniðmát safnsins eða það innbyggða)
cli-about-templates-set = Breyta sniðmáti; hlutar sem ekki eru gefnir haldast óbreyttir. Athugað áður en það er vistað
cli-about-templates-reset = Fara aftur í innbyggða sniðmátið
cli-about-templates-preview = Fylla út sniðmát með dæmi um breytingu: prentar efnið og hreina textann
cli-arg-email = Hvaða póstur: change (staðfesting á breytingu) eða test (pósturinn frá „{ test-server }“)
cli-arg-lang = Tungumálið: da, de, en, es, fi, fr, is, it, nl, pt, sv eða tr
cli-arg-part = Prenta aðeins frumtexta þessa hluta: subject, html eða text
cli-arg-subject = Efnið (merki leyfð, t.d. { "{{" } object.name { "}}" })
cli-arg-html-file = Skrá með HTML-hlutanum (UTF-8)
cli-arg-text-file = Skrá með textahlutanum (UTF-8)
cli-arg-templates-preview-html = Skrifa líka útfyllta HTML-hlutann í FILE, til að opna í vafra
cli-template-no-such-language = Ekkert sniðmát er til á „{ $lang }“: tungumálin eru { $languages }.
cli-template-nothing-to-set = Gefðu upp --subject, --html-file eða --text-file.
cli-template-refused = Sniðmátið var ekki vistað: { $problems }
cli-template-saved = Vistað:
cli-template-reset = Aftur í innbyggða sniðmátið:
cli-template-which = pósturinn „{ $email }“ á „{ $lang }“ í { $name }.
cli-template-unreadable = Ekki tókst að lesa { $file }: { $error }
cli-template-too-big = { $file } er { $size } bæti; hluti sniðmáts má vera í mesta lagi { $max }.
cli-template-not-utf8 = { $file } er ekki UTF-8-texti (við bæti { $offset }).
cli-template-unwritable = Ekki tókst að skrifa { $file }: { $error }
cli-template-html-written = HTML-hlutinn er í { $file }.
template-editor-open = Tilkynningaritill
template-editor-title = Tilkynningaritill — { $store }
template-email = Póstur
template-language = Tungumál
template-save-to-switch = Vistaðu eða hentu breytingunum þínum til að velja annan póst eða annað tungumál.
template-tags = Merki
template-tags-into = Smelltu á merki til að setja það inn í „{ $part }“ þar sem bendillinn er.
template-preview = Forskoðun (með dæmi um breytingu)
template-preview-own = Eins og sá sem gerði breytinguna les hann
template-no-preview = Engin forskoðun meðan vandamál er í sniðmátinu.
template-reset = Endurstilla í innbyggt
template-discard = Henda breytingum
template-no-store = Bættu fyrst við auðkennasafni: sniðmát tilheyra safni.
template-too-big = hlutinn er { $size } bæti; hluti sniðmáts má vera í mesta lagi { $max }
template-store = Auðkennasafn

## Bulk edits (LDIF and CSV files)
bulk-problem-at = lína { $line }: { $detail }
bulk-same-object-twice = { $dn } er breytt tvisvar (fyrst í línu { $first }): settu allar breytingarnar í eina færslu
bulk-not-a-dn = „{ $dn }“ er ekki auðkennandi heiti (DN)
ldif-no-colon = „{ $text }“ er ekki á forminu „heiti: gildi“
ldif-bad-base64 = ekki tókst að afkóða base64-gildi { $name }: { $error }
ldif-not-text = gildi { $name } er ekki UTF-8-texti
ldif-no-urls = { $name } vísar á skrá eða URL (:<): gefðu gildið sjálft upp
ldif-dn-first = færsla byrjar á dn:, ekki á { $name }:
ldif-no-controls = LDAP-stýringar eru ekki sendar í fjöldabreytingum
ldif-only-modify = changetype: { $changetype } er ekki breyting á hlut (það er aðeins changetype: modify)
ldif-no-changetype = í færslunni fyrir { $dn } er ekkert changetype: modify
ldif-other-attribute = { $name }: í kafla eigindarinnar { $attribute }
ldif-add-without-values = add: { $attribute } tilgreinir engin gildi
ldif-unknown-operation = „{ $operation }“ er hvorki add, delete né replace
ldif-nothing-to-change = færslan fyrir { $dn } breytir engu
csv-dn-first = fyrirsögn fyrsta dálksins verður að vera dn
csv-empty-header = dálkur hefur ekkert eigindarheiti í fyrirsagnarlínunni
csv-header-twice = dálkurinn { $attribute } kemur tvisvar fyrir í fyrirsagnarlínunni
csv-wrong-field-count = { $found } reitir þar sem fyrirsagnarlínan hefur { $expected }
csv-no-dn = í röðinni er ekkert dn
bulk-unknown-attribute = skráin hefur enga eigind { $attribute }
bulk-bad-dn = gildi { $attribute } þarf að vera auðkennandi heiti (DN), ekki „{ $value }“
bulk-bad-integer = gildi { $attribute } þarf að vera heiltala, ekki „{ $value }“
bulk-bad-boolean = gildi { $attribute } þarf að vera TRUE eða FALSE, ekki „{ $value }“
bulk-bad-time = gildi { $attribute } þarf að vera tímasetning á borð við 20261201120000Z, ekki „{ $value }“
bulk-bad-ascii = gildi { $attribute } má aðeins vera ASCII-texti, ekki „{ $value }“
bulk-applied = framkvæmd
bulk-nothing-to-change = engu að breyta: hluturinn hefur þegar þessi gildi
bulk-conflict = einhver annar hefur breytt þessum hlut síðan hann var lesinn; ekkert var yfirskrifað
bulk-refused = hafnað: { $reason }
bulk-unknown = sent, en ekkert svar barst ({ $reason }); næsta keyrsla eða vistun kannar hvort breytingin var framkvæmd og skráir hana einu sinni
bulk-not-sent = ekki sent: { $reason }
bulk-cancelled = hætt var við keyrsluna
bulk-connection-lost = tengingin við skrána rofnaði
bulk-title = Fjöldabreyting
bulk-explanation = Breyttu mörgum hlutum í einu: opnaðu LDIF-skrá með breytingafærslum (eins og ldapmodify les þær) eða CSV-töflu (dn-dálk og svo einn dálk fyrir hverja eigind), eða gefðu fundnu hlutunum eina sameiginlega breytingu. Ekkert er skrifað fyrr en þú hefur lesið forskoðunina og smellt á „Virkja“.
bulk-file-placeholder = /path/to/changes.ldif eða changes.csv
bulk-open = Opna skrá
bulk-attribute = Eigind
bulk-value = Gildi
bulk-op-set = Setja sem
bulk-op-add = Bæta við
bulk-op-remove = Fjarlægja
bulk-use-found = { $count ->
    [one] Breyta { $count } fundnum hlut
   *[other] Breyta { $count } fundnum hlutum
}
bulk-use-selected = { $count ->
    [one] Breyta { $count } völdum hlut
   *[other] Breyta { $count } völdum hlutum
}
bulk-previewed = { $count ->
    [one] Forskoðun: { $count } breyting, þar af { $problems } með vandamáli (ekkert er skrifað fyrr en þú smellir á „Virkja“).
   *[other] Forskoðun: { $count } breytingar, þar af { $problems } með vandamáli (ekkert er skrifað fyrr en þú smellir á „Virkja“).
}
bulk-col-line = Lína
bulk-col-object = Hlutur
bulk-col-old-new = Gamalt → nýtt
bulk-col-outcome = Niðurstaða
bulk-more-rows = { $count ->
    [one] … og { $count } röð til viðbótar.
   *[other] … og { $count } raðir til viðbótar.
}
bulk-apply = Virkja
bulk-progress = { $done } af { $total }
bulk-outcomes = Framkvæmt: { $applied } af { $count }; ekki framkvæmt: { $failed }.
bulk-retry-failed = Reyna aftur það sem mistókst
bulk-export-failed = Flytja það sem mistókst út sem CSV…
bulk-exported = { $count ->
    [one] { $count } röð sem mistókst var flutt út.
   *[other] { $count } raðir sem mistókust voru fluttar út.
}
bulk-close = Loka fjöldabreytingu
cli-bulk-nothing-found = Engu að breyta: leitin fann enga hluti.
cli-bulk-unreadable = Ekki er hægt að lesa { $path }: { $reason }
cli-bulk-not-utf8 = { $path } er ekki UTF-8-texti: vistaðu skrána sem UTF-8 (með eða án BOM).
cli-bulk-refused = Engu var breytt: vandamálin varðandi { $source } eru talin upp hér að ofan.
cli-bulk-the-search = breytingu fundnu hlutanna
cli-bulk-row = lína { $line }: { $dn }: { $outcome }
cli-bulk-summary = Framkvæmt: { $applied }; engu að breyta: { $unchanged }; breytt af öðrum: { $conflicts }; hafnað: { $refused }; svar glataðist: { $unknown }; ekki sent: { $not_sent }.
cli-bulk-told-later = Tengingin rofnaði: tilkynningar þessarar keyrslu fara út við næstu vistun eða keyrslu, ásamt breytingunum sem svörin við glötuðust.
cli-json-bulk-only = --json er fyrir fjöldabreytingar (--from, --filter, --groups).

## The organisation's shared database (PostgreSQL)
database-url-bad = Ekki er hægt að nota slóð gagnagrunnsins „{ $url }“: { $reason }
database-url-scheme = hún verður að byrja á postgresql://
database-url-credentials = hún má ekki innihalda notandanafn eða lykilorð (allir skrá sig inn með eigin skráarreikningi)
database-url-options = hún má ekki innihalda valkosti (TLS er alltaf virkt og staðfest)
database-url-no-host = hún tilgreinir engan netþjón
database-url-no-database = hún tilgreinir engan gagnagrunn (postgresql://HOST:PORT/DB)
database-unreachable = Sameiginlegi gagnagrunnurinn { $url } svarar ekki: { $detail }
database-certificate = Sameiginlegi gagnagrunnurinn { $url } er með skilríki sem þessi tölva treystir ekki, eða býður ekki upp á TLS: { $detail }
database-wrong-password = Sameiginlegi gagnagrunnurinn { $url } hafnaði innskráningu þinni: { $detail }
database-ca-file = Ekki er hægt að nota CA-skilríkjaskrána fyrir sameiginlega gagnagrunninn { $url }: { $detail }
database-no-role = Þú ert ekki enn með reikning í sameiginlega gagnagrunninum { $url }: biddu gagnagrunnsstjórann þinn að keyra „dirdesk db sync-roles“. ({ $detail })
database-not-allowed = Sameiginlegi gagnagrunnurinn { $url } hleypir þér ekki inn héðan: { $detail }
database-missing = Sameiginlegi gagnagrunnurinn { $url } er ekki til: { $detail }
database-not-set-up = Sameiginlegi gagnagrunnurinn { $url } hefur ekki enn verið settur upp fyrir dirdesk: biddu gagnagrunnsstjórann þinn að keyra „dirdesk db init“.
database-newer = Sameiginlegi gagnagrunnurinn { $url } var settur upp af nýrri dirdesk (skema { $version }; þessi þekkir { $known }): uppfærðu dirdesk til að nota hann. Ekkert var skrifað.
database-refused = Sameiginlegi gagnagrunnurinn { $url } hafnaði þessu: { $detail }
database-other = Sameiginlegi gagnagrunnurinn { $url } svaraði með villu: { $detail }
db-check-not-set-up = Skemað er ekki til staðar: keyrðu „dirdesk db init“.
db-check-behind = Skemað er í útgáfu { $version }; þessi dirdesk kemur með { $latest }: keyrðu „dirdesk db migrate“.
db-check-newer = Skemað er í útgáfu { $version }, nýrri en þessi dirdesk þekkir ({ $latest }).
db-check-no-role = Hóphlutverkið { $role } er ekki til: keyrðu „dirdesk db init“.
db-check-unsecured = Öryggi á línustigi er óvirkt á { $table }: notendur gætu lesið Feril hver annars.
db-check-history-writable = { $role } má breyta eða fjarlægja línur í Ferlinum: þá væri ekki lengur aðeins hægt að bæta við Ferilinn.
db-check-retention-open = Fleiri en dirdesk_admin mega fjarlægja gamlan Feril.
db-check-added-policy = Raðaöryggisreglan { $policy } er ekki frá dirdesk: hún getur leyft fólki að lesa eða skrifa það sem það ætti ekki.
db-check-owner-records = Eigandi taflanna er í dirdesk_user: raðaöryggi gildir ekki um eigandann, svo hann ætti ekki að skrá breytingar.
cli-db-no-database = Safnið „{ $name }“ tilgreinir engan sameiginlegan gagnagrunn (dirdesk store edit --database postgresql://HOST:PORT/DB).
cli-db-needs-password = Sameiginlegi gagnagrunnurinn skráir þig inn með lykilorði þínu í skránni: skráðu þig inn með notandanafni þínu og lykilorði, ekki með Kerberos.
cli-db-up-to-date = Skemað er uppfært (útgáfa { $version }).
cli-db-applied = Keyrði yfirfærslu { $version }: { $name }
cli-db-version = Útgáfa skemans: { $version } (þessi dirdesk: { $latest })
cli-db-my-roles = Hlutverkin þín: { $roles }
cli-db-no-roles = engin
cli-db-problem = Vandamál: { $problem }
cli-db-all-well = Allt er eins og dirdesk setti það upp.
cli-db-role-created = Bjó til innskráningarhlutverkið { $login }
cli-db-role-granted = { $login } er nú í { $role }
cli-db-role-revoked = { $login } er ekki lengur í { $role }
cli-db-roles-as-they-were = Hlutverkin voru þegar í samræmi við hópana.
cli-db-member-unread = Ekki tókst að lesa meðliminn { $dn } ({ $reason }): engu hlutverki var breytt.
cli-db-group-empty = Hópurinn { $dn } er tómur: engu hlutverki var breytt (það myndi taka aðgang af öllum).
cli-db-role-kept = { $login } verður áfram í { $role }: einhver annar veitti þá aðild.
cli-db-role-skipped = Sleppti { $login }: PostgreSQL getur ekki notað það sem heiti hlutverks (of langt eða frátekið).
cli-database-ca-without-database = --database-ca-file þarf gagnagrunn: gefðu einnig upp --database postgresql://HOST:PORT/DB.
cli-about-db = Setja upp og athuga sameiginlegan gagnagrunn (PostgreSQL) safns, fyrir gagnagrunnsstjóra
cli-about-db-init = Búa til hóphlutverkin dirdesk_user og dirdesk_admin og skemað (óhætt að keyra aftur)
cli-about-db-migrate = Uppfæra skemað í þá útgáfu sem þessi dirdesk notar
cli-about-db-check = Segja frá útgáfu skemans, hlutverkum þínum og hvort varnir Ferilsins haldi
cli-about-db-sync-roles = Búa til innskráningarhlutverk fyrir fólkið í tveimur hópum í skránni og gera það að meðlimum dirdesk_user eða dirdesk_admin
cli-arg-users-group = Hópurinn þar sem meðlimirnir skrá breytingar sínar og lesa eigin Feril
cli-arg-admins-group = Hópurinn þar sem meðlimirnir lesa Feril og biðröð allra
cli-arg-database = Sameiginlegur Ferill og biðröð fyrirtækisins, postgresql://HOST:PORT/DB ("" snýr aftur í eigin skrá á þessari tölvu); birt með safninu
cli-arg-database-ca-file = CA-vottorðsskrá (PEM) sem skilríki gagnagrunnsins eru staðfest með ("" fjarlægir hana)
database-no-bulk-yet = Þetta dirdesk skráir enn ekki fjöldabreytingar í sameiginlega gagnagrunninn: engu var breytt. Breyttu hlutunum einum í einu eða uppfærðu dirdesk.
queue-finished-elsewhere = önnur vinnustöð þín skráði þessa breytingu á meðan; hún er ekki skráð tvisvar.
history-bad-date = „{ $date }“ er ekki dagsetning: skrifaðu 2026-11-30 eða 2026-11-30T08:00:00Z.
history-col-when = Hvenær
history-col-store = Auðkennasafn
history-col-object = Hlutur
history-col-dn = DN
history-col-author = Breytt af
history-col-attribute = Eigind
history-col-old = Gamalt gildi
history-col-new = Nýtt gildi
history-col-told = Tilkynningar
cli-history-needs-user = Safnið „{ $name }“ geymir Feril sinn í sameiginlegum gagnagrunni: skráðu þig inn með --user og --password-stdin til að lesa hann.
cli-history-written = Breytingar skrifaðar í { $path }: { $count }.
cli-arg-user-filter = Aðeins breytingarnar sem þessi manneskja gerði (notandanafn hennar)
cli-arg-attribute = Aðeins breytingar á þessari eigind
cli-arg-contains = Aðeins breytingar þar sem gamalt eða nýtt gildi inniheldur þennan texta
cli-arg-since = Frá og með þessum degi (2026-11-30) eða tímapunkti (2026-11-30T08:00:00Z)
cli-arg-until = Til loka þessa dags, eða til þessa tímapunkts
cli-arg-csv = Skrifa breytingarnar í þessa skrá sem CSV, ein röð fyrir hverja eigind
cli-arg-history-user = Hver skráir sig inn til að lesa sameiginlegan gagnagrunn safns
queue-not-here = Póstur { $id } til { $address } var ekki sendur frá þessari tölvu: { $reason }
queue-waits-for-sender = hann fer með eigin póstreikningi { $login }, frá dirdesk þar sem { $login } er innskráð(ur)
cli-queue-needs-user = Safnið „{ $name }“ geymir biðröð sína í sameiginlegum gagnagrunni: skráðu þig inn með --user og --password-stdin.
cli-queue-local-store = Safnið „{ $name }“ geymir biðröð sína á þessari tölvu: engrar innskráningar er þörf (slepptu --user).
cli-queue-no-shared-store = Ekkert auðkennasafn hér geymir biðröð sína í sameiginlegum gagnagrunni: slepptu --user til að nota eigin biðröð þessarar tölvu.
cli-queue-which-store = Nokkur auðkennasöfn hér geyma biðröð sína í sameiginlegum gagnagrunni: tilgreindu eitt með --store.
history-filter-user = Breytt af (notandanafn)
history-filter-object = Hlutur (DN)
history-filter-attribute = Eigind
history-filter-contains = Gamalt eða nýtt gildi inniheldur
history-filter-since = Frá
history-filter-until = Til
history-search = Leita
history-clear = Hreinsa
history-export = Flytja út CSV…
history-previous = Fyrri
history-next = Næsta
history-page = Síða { $number }
history-recorded-by = skráð af { $login } { $at }
history-source-this-desk = Skráð á þessari tölvu.
history-source-shared = Úr gagnagrunni fyrirtækisins { $database }, sem { $person }.
history-sign-in-first = „{ $store }“ geymir Feril sinn og biðröð í gagnagrunni fyrirtækisins { $database }: skráðu þig inn í „{ $store }“ í Hlutaritlinum til að sjá þau.
keep-days = { $count ->
    [one] { $count } dagur
   *[other] { $count } dagar
}
keep-months = { $count ->
    [one] { $count } mánuður
   *[other] { $count } mánuðir
}
keep-years = { $count ->
    [one] { $count } ár
   *[other] { $count } ár
}
keep-all = Allt (engu er eytt)
keep-unknown = „{ $text }“ er ekki gilt geymsluval: notaðu eitt af { $choices }.
keep-other = tímabil sem þessi útgáfa af dirdesk býður ekki upp á
cli-db-retention = Geymslutími Ferils: { $keep } (valið af { $who }, { $at }); vinnustöðvarnar fjarlægja eldri færslur, nema þær sem tölvupóstur bíður enn eftir.
cli-db-retention-unchosen = Allur Ferill er geymdur: enginn stjórnandi hefur valið hve lengi.
cli-db-retention-removed = Fjarlægði { $count } færslur í Ferli sem voru eldri en það.
cli-about-db-retention = Segja hve lengi sameiginlegi Ferillinn er geymdur, eða (meðlimir dirdesk_admin) velja það
cli-arg-keep = 30-days, 60-days, 90-days, 6-months, 1-year, 2-years, 5-years eða all (engu er eytt)
history-keep = Geyma Feril:
history-keep-chosen-by = valið af { $who }
history-kept = Geymt eins og valið var: { $count } eldri færslur fjarlægðar.
cli-history-uploaded = Hlóð upp { $added } af breytingum þínum úr Ferli þessarar tölvu; { $there } voru þar fyrir.
cli-history-left-for = { $count } breytingar sem { $name } gerði verða áfram á þessari tölvu þar til viðkomandi hleður þeim upp sjálfur (innskráður með eigin aðgangi).
cli-arg-upload = Bæta breytingum þínum í eigin Ferli þessarar tölvu fyrir safnið við sameiginlegan gagnagrunn þess (einu sinni: að keyra aftur bætir engu við)
queue-waits-for-store-account = hann fer með eigin póstreikningi safnsins, frá dirdesk sem er stillt til að senda með honum
