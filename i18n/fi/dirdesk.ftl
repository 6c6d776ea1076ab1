# dirdesk — Suomi

## Ikkuna ja siirtyminen
app-title = dirdesk Admin Center
nav-identity-stores = Identiteettivarastot
nav-notifications = Ilmoitukset
nav-history = Historia

## Sivu ”Identiteettivarastot”
identity-stores-title = Identiteettivarastot
identity-stores-create = Luo identiteettivarasto
identity-stores-empty = Identiteettivarastoja ei vielä ole. Yhdistä dirdesk Active Directory -toimialueeseen tai LDAP-hakemistoon napsauttamalla ”Luo identiteettivarasto”.

## Sivu ”Ilmoitukset” (jono)
notifications-title = Ilmoitukset
notifications-empty = Jonossa ei ole ilmoituksia.

## Sivu ”Historia”
history-title = Historia
history-empty = dirdeskin kautta ei ole vielä tehty muutoksia.

## Komentorivi
cli-error = virhe: { $message }

## Erottuvat nimet (DN)
dn-empty = DN on tyhjä
dn-missing-equals = ”{ $part }” ei sisällä merkkiä ”=”: DN:n jokainen osa on muotoa cn=Nimi
dn-bad-attribute-type = ”{ $part }” ei ole määritetyyppi
dn-empty-value = Osan ”{ $part }” arvo on tyhjä
dn-bad-escape = ”{ $part }” päättyy keskeneräiseen koodinvaihtoon

## Identiteettivarastojen ja ilmoitusasetusten tarkistus
invalid-name-empty = Anna identiteettivarastolle nimi.
invalid-name-taken = Identiteettivarasto nimeltä ”{ $name }” on jo olemassa.
invalid-no-servers = Lisää vähintään yksi palvelin (toimialueen nimi tai isäntänimi).
invalid-host = ”{ $host }” ei ole isäntänimi eikä IP-osoite.
invalid-port = Palvelimen { $server } portin on oltava välillä 1–65535.
invalid-base-dn = Perus-DN ei kelpaa: { $reason }.
invalid-login-attribute = ”{ $attribute }” ei ole määritteen nimi.
invalid-service-account = ”{ $account }” ei ole palvelutili: anna DN (Active Directoryssa myös käyttäjä@toimialue tai TOIMIALUE\käyttäjä).
invalid-smtp-server-empty = Anna SMTP-palvelin, joka lähettää ilmoitukset.
invalid-smtp-port = SMTP-portin on oltava välillä 1–65535.
invalid-ssl-on-25 = Portti 25 ei käytä SSL:ää: käytä STARTTLS:ää portissa 25 tai 587 tai SSL:ää portissa 465.
invalid-from = ”{ $address }” ei kelpaa kentän ”Lähettäjän osoite” sähköpostiosoitteeksi.
invalid-smtp-username-empty = Anna SMTP-käyttäjänimi tai poista käytöstä ”Käytä SMTP-todennusta”.
invalid-address = ”{ $address }” ei ole sähköpostiosoite.

## Määritystiedosto
config-damaged = Määritystiedosto { $path } on vioittunut rivillä { $line }, sarakkeessa { $column }: { $reason }. Se jätettiin ennalleen, ja kopio tallennettiin tiedostoon { $backup }. Korjaa se tai siirrä se pois aloittaaksesi alusta.
config-newer = Määritystiedoston { $path } on kirjoittanut uudempi dirdesk (muoto { $version }); tämä versio ei muuta sitä.
config-io = Tiedostoa { $path } ei voi lukea tai kirjoittaa: { $reason }

## Avainnippu
keychain-unavailable = Käyttökelpoista avainnippua ei ole: { $reason }. dirdesk säilyttää salasanat vain käyttöjärjestelmän avainnipussa; avaa tai käynnistä se (Linuxissa Secret Service, kuten GNOME Keyring tai KWallet) ja yritä uudelleen.
keychain-failed = Avainnippu kieltäytyi: { $reason }

## Hakemistoyhteydet
ldap-refused = { $server } hylkäsi yhteyden: onko hakemistopalvelin käynnissä ja onko portti oikea?
ldap-unreachable = Palvelimeen { $server } ei saada yhteyttä: { $reason }
ldap-timeout = { $server } ei vastannut ajoissa.
ldap-cert-not-trusted = Palvelimen { $server } TLS-varmenteeseen ei luoteta: ”{ $subject }”, myöntäjä ”{ $issuer }”. Jos organisaatiollasi on oma varmentaja, valitse sen CA-varmennetiedosto.
ldap-cert-wrong-name = Palvelimen { $server } TLS-varmenne (”{ $subject }”) on myönnetty muille nimille: { $names }. Yhdistä jollakin niistä.
ldap-cert-expired = Palvelimen { $server } TLS-varmenne (”{ $subject }”) on vanhentunut.
ldap-cert-other = Palvelimen { $server } TLS-varmenne (”{ $subject }”) hylättiin: { $reason }
ldap-tls = TLS-yhteys palvelimeen { $server } epäonnistui: { $reason }
ldap-wrong-credentials = Väärä käyttäjänimi tai salasana.
ldap-tls-required = { $server } vaatii tähän salatun yhteyden: valitse LDAPS tai StartTLS.
ldap-base-dn-not-found = Perus-DN:ää ”{ $base_dn }” ei ole palvelimella.
ldap-base-dn-not-found-anonymous = Perus-DN:ää ”{ $base_dn }” ei löytynyt; ilman palvelutiliä palvelin saattaa piilottaa sen anonyymeiltä käyttäjiltä.
ldap-server-error = Palvelin vastasi virheellä { $code }: { $text }
ldap-disconnected = Yhteys hakemistoon katkesi: { $reason }
ldap-referral = Hakemisto viittasi toiseen palvelimeen ({ $to }). dirdesk keskustelee vain identiteettivaraston omien palvelimien kanssa, joten viittausta ei seurattu.
ldap-too-many-results = Hakemisto jatkoi tulosten lähettämistä yli rajan { $limit }; dirdesk lopetti niiden lukemisen. Rajaa hakua.
ldap-malformed = { $server } lähetti vastauksen, joka ei ole kelvollista LDAP:ta; mitään ei muutettu.
connection-server-failed = { $server }: { $reason }

## Yhteiset nimikkeet (artikkelin sanasto)
store-type-ad = Active Directory
store-type-ldap = Yleinen LDAP
security-ldaps = LDAPS
security-starttls = StartTLS
security-none = Ei mitään (suojaamaton)
status-healthy = Kunnossa
status-errors = Virheitä
status-not-checked = Tarkistamatta
smtp-security-ssl = SSL käytössä
smtp-security-starttls = STARTTLS
smtp-security-none = Ei mitään (suojaamaton)
label-smtp-server = SMTP-palvelin
label-from = Lähettäjän osoite
label-port = Portti
label-smtp-security = Suojaus
label-use-smtp-auth = Käytä SMTP-todennusta
label-smtp-username = SMTP-käyttäjänimi
label-smtp-ca-file = CA-varmennetiedosto
label-to = Vastaanottaja:
label-cc = Kopio:
also-logged-in-users = Kirjautuneet käyttäjät omista toimistaan
also-object-modified = Muutettava objekti
also-group-owners = Ryhmän omistajat omista ryhmistään
also-managers = Esimiehet suorista alaisistaan
also-added-members = Uudet ryhmän jäsenet lisättäessä
also-removed-members = Poistettu ryhmän jäsen poistettaessa
also-public-group-owners = Julkisen ryhmän omistaja jäsenyysmuutoksista
membership-join = Liity
membership-leave = Eroa
my-groups = Omat ryhmät
column-name = NIMI
column-type = TYYPPI
column-servers = PALVELIMET
column-security = SUOJAUS
column-base-dn = PERUS-DN
column-enabled = KÄYTÖSSÄ
column-status = TILA
column-last-check = VIIMEISIN TARKISTUS
yes = kyllä
no = ei
on = käytössä
off = pois

## Komentorivin ilmoitukset
cli-no-such-store = Identiteettivarastoa nimeltä ”{ $name }” ei ole.
cli-no-stores = Identiteettivarastoja ei vielä ole. Lisää sellainen komennolla: dirdesk store add --help
cli-bad-host = ”{ $host }” ei ole muotoa ISÄNTÄ tai ISÄNTÄ:PORTTI.
cli-bad-addresses = Eivät ole sähköpostiosoitteita: { $addresses }
cli-empty-password = Vakiosyötteestä luettu salasana on tyhjä.
cli-prompt-service-password = Palvelutilin salasana:
cli-store-added = Identiteettivarasto ”{ $name }” lisätty.
cli-store-saved = Identiteettivarasto ”{ $name }” tallennettu.
cli-store-removed = Identiteettivarasto ”{ $name }” ja sen salasanat poistettu.
cli-store-enabled = Identiteettivarasto ”{ $name }” otettu käyttöön.
cli-store-disabled = Identiteettivarasto ”{ $name }” poistettu käytöstä.
cli-test-server-ok = { $server }: yhdistetty ({ $vendor }; nimeämiskontekstit: { $contexts })
cli-test-healthy = ”{ $name }” on kunnossa.
cli-test-errors = Varastossa ”{ $name }” on virheitä: { $reason }
cli-notifications-saved = Varaston ”{ $name }” ilmoitusasetukset tallennettu.
ldap-no-service-password = Palvelutilille ei ole tallennettu salasanaa: aseta se valitsimella --service-password-stdin.

## Objektien muokkaus
edit-read-only = Määritettä ”{ $attribute }” ylläpitää hakemisto, eikä sitä voi muuttaa.
edit-binary = ”{ $attribute }” sisältää binääridataa, jota dirdesk ei muokkaa.
edit-single-valued = ”{ $attribute }” hyväksyy vain yhden arvon.
ldap-account-locked = Tili on lukittu. Pyydä järjestelmänvalvojaa avaamaan se.
ldap-account-disabled = Tili on poistettu käytöstä.
ldap-password-expired = Tilin salasana on vanhentunut tai se on vaihdettava ennen kirjautumista.
ldap-no-such-object = Objektia ”{ $dn }” ei ole (enää).
change-nothing = Ei tallennettavaa: arvot ovat samat kuin hakemistossa.
change-conflict = Ei tallennettu: joku muu on muuttanut objektia sen jälkeen, kun avasit sen. Lataa se uudelleen nähdäksesi nykyiset arvot.
change-insufficient-access = Ei tallennettu: sinulla ei ole oikeutta muuttaa tätä ({ $detail }).
membership-closed-join = Tämä ryhmä ei salli jäsenten liittyä siihen itse. Hakemisto vastasi: { $detail }
membership-closed-leave = Tämä ryhmä ei salli jäsenten erota siitä itse. Hakemisto vastasi: { $detail }
change-schema-violation = Ei tallennettu: hakemisto ei hyväksy tätä arvoa ({ $detail }).
change-refused = Ei tallennettu: hakemisto hylkäsi muutoksen ({ $detail }).
change-busy = Ei tallennettu: hakemisto on varattu tai ei käytettävissä ({ $detail }). Yritä hetken kuluttua uudelleen.
kind-group = ryhmä
kind-user = käyttäjä
kind-other = objekti
no-value = (ei arvoa)
binary-value = <binääri, { $bytes } tavua>
cli-store-disabled-sign-in = Identiteettivarasto ”{ $name }” on poistettu käytöstä.
cli-prompt-password = Käyttäjän { $user } salasana:
cli-password-needed = Salasana tarvitaan: käytä valitsinta --password-stdin tai suorita päätteessä.
cli-found = { $count ->
    [one] 1 objekti löytyi.
   *[other] { $count } objektia löytyi.
}
cli-finished-earlier-change = Viimeisteltiin muutos, jonka aiempi suoritus tallensi mutta ei kirjannut: { $change }
cli-bad-pair = ”{ $pair }” ei ole muotoa MÄÄRITE=ARVO.
cli-no-edits = Ei muutettavaa: käytä valitsinta --set, --add, --remove tai --clear.
cli-changed = Muutettiin ”{ $name }” ({ $kind }, { $dn }) käyttäjänä { $author } { $at }:
cli-current-value = { $attribute } on nyt: { $value }

## Ilmoitussähköpostit
email-subject-own = Muutoksesi: { $kind } ”{ $name }”
email-subject-other = { $kind } ”{ $name }” – muuttaja { $author }
email-greeting = Hei { $name },
email-greeting-anonymous = Hei,
email-intro-own = vahvistamme muutoksen, jonka teit tähän objektiin varastossa { $store }: { $kind } ”{ $name }”.
email-intro-other = { $author } muutti tätä objektia varastossa { $store }: { $kind } ”{ $name }”.
email-label-object = Objekti
email-label-dn = Erottuva nimi (DN)
email-label-author = Muuttaja
email-label-when = Aika
email-col-attribute = Määrite
email-col-old = Vanha arvo
email-col-new = Uusi arvo
email-added = Lisätty
email-removed = Poistettu
email-no-value = (ei mitään)
email-why-logged-in-user = Saat tämän sähköpostin, koska teit tämän muutoksen.
email-why-list = Saat tämän sähköpostin, koska tämä osoite on identiteettivaraston ilmoitusluettelossa.
email-why-object = Saat tämän sähköpostin, koska muutos koskee sinua tai ryhmää, johon kuulut.
email-why-owner = Saat tämän sähköpostin, koska omistat tämän ryhmän.
email-why-manager = Saat tämän sähköpostin, koska muutos koskee yhtä suorista alaisistasi.
email-why-added = Saat tämän sähköpostin, koska sinut lisättiin tähän ryhmään.
email-why-removed = Saat tämän sähköpostin, koska sinut poistettiin tästä ryhmästä.
email-why-public-owner = Saat tämän sähköpostin, koska omistat tämän ryhmän ja joku liittyi siihen tai erosi siitä itse.
email-footer = Lähetetty dirdeskillä.
email-digest-subject-own = Muutoksesi varastossa { $store }: { $count }
email-digest-subject-other = Muutokset varastossa { $store } – muuttaja { $author }: { $count }
email-digest-intro-own = vahvistamme muutokset, jotka teit kerralla varastossa { $store }: yhteensä { $count }.
email-digest-intro-other = { $author } teki kerralla muutoksia varastossa { $store }: yhteensä { $count }.
email-digest-more = Tässä ovat ensimmäiset { $listed }; koko luettelo (yhteensä { $count }) on liitetiedostossa { $file }.
email-digest-why-logged-in-user = Saat tämän sähköpostin, koska teit nämä muutokset.
email-digest-why-object = Saat tämän sähköpostin, koska muutokset koskevat sinua tai ryhmiä, joihin kuulut.
email-digest-why-owner = Saat tämän sähköpostin, koska omistat ryhmiä, joita muutettiin.
email-digest-why-manager = Saat tämän sähköpostin, koska muutokset koskevat suoria alaisiasi.
email-digest-why-added = Saat tämän sähköpostin, koska sinut lisättiin ryhmiin.
email-digest-why-removed = Saat tämän sähköpostin, koska sinut poistettiin ryhmistä.
email-digest-why-public-owner = Saat tämän sähköpostin, koska omistat ryhmiä, joihin joku liittyi tai joista joku erosi itse.

## Ilmoitusjono
queue-error = Ilmoitusjonoa { $path } ei voi käyttää: { $reason }
queue-disk-full = sen levy on täynnä. Vapauta tilaa; mitään ei menetetty.
queue-read-only = sen kansioon ei voi kirjoittaa (vain luku). Mitään ei menetetty.

## Sähköpostipalvelin
smtp-not-configured = Varaston ilmoitusasetuksissa ei ole SMTP-palvelinta.
smtp-refused = Sähköpostipalvelin { $server } hylkäsi yhteyden: onko se käynnissä ja onko portti oikea?
smtp-timeout = Sähköpostipalvelin { $server } ei vastannut ajoissa.
smtp-not-trusted = Sähköpostipalvelimen { $server } TLS-varmenteeseen ei luoteta ({ $detail }). Jos sen on allekirjoittanut organisaatiosi oma varmentaja, anna sen CA-varmennetiedosto.
smtp-tls = TLS-yhteys sähköpostipalvelimeen { $server } epäonnistui: { $detail }
smtp-auth-failed = Sähköpostipalvelin hylkäsi SMTP-käyttäjänimen tai -salasanan: { $detail }
smtp-sender-refused = Sähköpostipalvelin hylkäsi lähettäjän osoitteen: { $detail }
smtp-recipient-refused = Sähköpostipalvelin hylkäsi vastaanottajan: { $detail }
smtp-permanent = Sähköpostipalvelin hylkäsi viestin: { $detail }
smtp-temporary = Sähköpostipalvelin ei voinut ottaa viestiä vastaan juuri nyt: { $detail }
test-email-subject = dirdeskin testi-ilmoitus
test-email-body = Tämä on dirdeskin testisähköposti, joka lähetettiin palvelimen { $server } kautta. Jos voit lukea sen, ilmoitukset tavoittavat sinut.
cli-notify-sent = { $address }: lähetetty ({ $answer })
cli-notify-queued = { $address }: jonossa — { $reason } Sitä yritetään uudelleen automaattisesti (dirdesk queue send --all lähettää sen heti; valitsimella --user, jos varastolla on yhteinen tietokanta).
cli-notify-failed = { $address }: ei lähetetty — { $reason }
cli-notify-not-mail-enabled = { $dn }: ei lähetetty — tilillä ei ole sähköpostiosoitetta (ilmoitukset lähetetään vain sähköpostikäyttäjille).
cli-notify-malformed = { $who }: ei lähetetty — ”{ $address }” ei ole käyttökelpoinen sähköpostiosoite.
cli-notify-unwritten = { $who }: ei lähetetty — sähköpostia ei voitu kirjoittaa: { $problem }
cli-notify-none = Tästä muutoksesta ei lähetetä ilmoituksia (yhtään ei ole otettu käyttöön tälle identiteettivarastolle).
cli-test-email-sent = Palvelin hyväksyi testisähköpostin osoitteeseen { $address }: { $answer }
queue-status-pending = Odottaa
queue-status-sending = Käynnissä
queue-status-sent = Lähetetty
queue-status-failed = Epäonnistui
queue-col-id = ID
queue-col-status = Tila
queue-col-subject = Aihe
queue-col-date = Päivämäärä
queue-col-to = Vastaanottaja
queue-col-from = Lähettäjä
queue-col-cc = Kopio
queue-col-last-retry = Viimeisin yritys
queue-col-retry-count = Yritykset
queue-col-in-progress = Käynnissä
queue-last-error = viimeisin virhe: { $error }
queue-no-such-email = Jonossa ei ole lähettämätöntä sähköpostia, jonka ID on { $id }.
queue-deleted = Sähköposti { $id } poistettu jonosta.
queue-store-gone = Jonossa on { $count } sähköpostia, jotka kuuluvat identiteettivarastoon, jota ei enää ole.
history-line = { $at }  { $author } muutti objektia ”{ $name }” ({ $dn }) varastossa { $store }

## Identiteettivarastojen kortit
store-disabled-badge = Poissa käytöstä
store-last-check = Viimeisin yhteystarkistus: { $when }
menu-more = Lisää toimintoja
menu-edit = Muokkaa
menu-disable = Poista käytöstä
menu-enable = Ota käyttöön
menu-delete = Poista
delete-store-question = Poistetaanko identiteettivarasto ”{ $name }”?
delete-store-explanation = Sen asetukset ja sille avainnippuun tallennetut salasanat poistetaan. Itse hakemistoa ei muuteta.
cancel = Peruuta

## Identiteettivaraston tiedot
store-details-title = Identiteettivaraston tiedot
tab-general = Yleiset
tab-connection = Yhteys
settings-pane = Asetukset
configurations = Määritykset
field-store-type = Varaston tyyppi
field-name = Nimi
field-host = Toimialueen nimi tai isäntänimi
field-port = Portti
field-security = Suojaus
security-insecure-warning = Ilman salausta salasanat kulkevat verkossa kaikkien matkan varrella olevien luettavina. Käytä LDAPS:ää tai StartTLS:ää.
field-ca-file = CA-varmennetiedosto
field-ca-file-placeholder = PEM-tiedoston polku (vain yksityiselle varmentajalle)
browse = Selaa…
file-dialog-none = Tiedostoa ei valittu, tai järjestelmässä ei ole tiedostovalintaikkunaa: kirjoita polku.
field-base-dn = Perus-DN
field-login-attribute = Kirjautumismäärite
field-service-account = Palvelutili
field-service-password = Palvelutilin salasana
field-service-password-placeholder = Säilytetään järjestelmän avainnipussa; jätä tyhjäksi säilyttääksesi tallennetun
servers-in-priority-order = Palvelimet tärkeysjärjestyksessä (ensimmäistä vastaavaa käytetään):
add-server = Lisää palvelin
remove = Poista
test-connection = Testaa yhteys
testing-connection = Testataan yhteyttä…
test-server-ok = { $server }: yhdistetty (nimeämiskontekstit: { $detail })
save = Tallenna
back = ← Takaisin
configurations-title = Määritykset — { $store }
configurations-notifications-description = SMTP-palvelin, vastaanottajat ja kenelle muutoksista ilmoitetaan

## Ilmoitusasetusten sivu
notifications-settings-title = Ilmoitukset — { $store }
section-smtp-server = SMTP-palvelin
section-recipients = Vastaanottajat
section-also-notify = Ilmoita myös
label-smtp-password = SMTP-salasana
addresses-placeholder = Osoitteet puolipisteellä ; eroteltuina
also-notify-mail-enabled-note = Ilmoitukset lähetetään vain sähköpostikäyttäjille.
test-server = Testaa palvelin
test-notification-title = Testi-ilmoitus
test-notification-address = Lähetä testisähköposti osoitteeseen
test-notification-sending = Lähetetään…
test-notification-accepted = Palvelin hyväksyi testisähköpostin: { $answer }
settings-saved = Tallennettu. Asetukset ovat voimassa seuraavasta muutoksesta alkaen.
close = Sulje
ok = OK
filter-pending = Odottavat
filter-failed = Epäonnistuneet
filter-all = Kaikki
queue-send = Lähetä
history-all-stores = Kaikki identiteettivarastot
history-change = { $attribute }: { $old } → { $new }
history-email = Ilmoitus osoitteeseen { $address }: { $status }
store-saved = Identiteettivarasto tallennettu.
unsaved-question = Poistutaanko tallentamatta?
unsaved-explanation = Sivulla on muutoksia, joita ei ole vielä tallennettu.
unsaved-stay = Jää
unsaved-leave = Poistu tallentamatta

## Objektieditori: haku
find-groups = Ryhmät
find-users = Käyttäjät
find-placeholder = Nimi, tili tai sähköpostiosoite
find-search = Hae
find-searching = { $count ->
    [one] Haetaan… 1 löytynyt tähän mennessä
   *[other] Haetaan… { $count } löytynyt tähän mennessä
}
find-found = { $count ->
    [one] 1 löytyi
   *[other] { $count } löytyi
}

## Objektieditori: ominaisuudet
group-properties = Ryhmän ominaisuudet
user-properties = Käyttäjän ominaisuudet
tab-members = Jäsenet
tab-owner = Omistaja
tab-email = Sähköposti
tab-manager = Esimies
tab-attributes = Määritteet
prop-display-name = Näyttönimi
prop-description = Kuvaus
prop-email = Sähköposti
prop-notes = Muistiinpanot
prop-title = Tehtävänimike
prop-telephone = Puhelinnumero
prop-manager = Esimies (DN)
members-add-placeholder = Lisättävän henkilön nimi tai DN
members-add = Lisää…
owner-none = Ryhmällä ei ole omistajaa.
attr-read-only = vain luku
attr-single = yksi arvo
attr-multi = useita arvoja
reload = Lataa uudelleen
saving = Tallennetaan…
apply = Käytä
preview-title = Nämä muutokset tallennetaan:
saved-sent = Tallennettu. Vahvistussähköposti lähetettiin sinulle osoitteeseen { $address }.
saved-no-mail = Tallennettu. Tililläsi ei ole sähköpostiosoitetta, joten vahvistusta ei lähetetty (ilmoitukset lähetetään vain sähköpostikäyttäjille).
saved-queued = Tallennettu. Vahvistussähköposti osoitteeseen { $address } on jonossa, ja sitä yritetään uudelleen automaattisesti: { $reason }
saved-failed = Tallennettu, mutta vahvistussähköpostia osoitteeseen { $address } ei voitu lähettää: { $reason }
saved-not-queued = Tallennettu, mutta ilmoitusta ei voitu lisätä jonoon: { $reason }
saved-plain = Tallennettu.

## Objektieditori: kirjautuminen
nav-object-editor = Objektieditori
sign-in-title = Kirjaudu hakemistotililläsi
sign-in-store = Identiteettivarasto
sign-in-user = Käyttäjänimi
sign-in-password = Salasana
sign-in-remember = Muista salasanani (säilytetään järjestelmän avainnipussa)
sign-in = Kirjaudu
sign-in-busy = Kirjaudutaan…
sign-in-no-store = Käytössä ei ole identiteettivarastoa, johon kirjautua. Luo tai ota sellainen käyttöön kohdassa Identiteettivarastot.
sign-in-enter-user = Kirjoita käyttäjänimesi.
sign-in-enter-password = Kirjoita salasanasi.
signed-in-as = Kirjautuneena käyttäjänä { $name } varastoon { $store }
signed-in-mail = Vahvistussähköpostit lähetetään osoitteeseen { $address }
signed-in-no-mail = Tililläsi ei ole sähköpostiosoitetta: et saa vahvistussähköposteja.
sign-out = Kirjaudu ulos
back-to-results = ← Takaisin tuloksiin
loading = Ladataan…
group-scope-global = Yleinen
group-scope-domain-local = Toimialueen paikallinen
group-scope-universal = Universaali
group-kind-security = Suojaus
group-kind-distribution = Jakelu
group-scope-and-type = Ryhmän laajuus: { $scope } · Ryhmän tyyppi: { $kind }

## Asetukset (sovelluksen omat, navigoinnissa)
# This language's name in itself, as the language list shows it.
language-name = Suomi
nav-settings = Asetukset
app-settings-title = Asetukset
app-settings-language = Kieli
app-settings-language-system = Sama kuin järjestelmässä
app-settings-language-hint = Ilmoitussähköpostit ovat aina kunkin vastaanottajan ensisijaisella kielellä, valitsitpa tässä minkä tahansa.
app-settings-theme = Teema
app-settings-theme-system = Sama kuin järjestelmässä
app-settings-theme-light = Vaalea
app-settings-theme-dark = Tumma
# A date and time as this language writes them (strftime, as jiff reads it);
# the time zone follows.
format-date-time = %-d.%-m.%Y klo %-H.%M.%S

## Komentorivin ohje
cli-heading-usage = Käyttö
cli-heading-commands = Komennot
cli-heading-options = Valitsimet
cli-heading-arguments = Argumentit
cli-about = Admin Center ja objektieditori Active Directorylle ja LDAP-hakemistoille, muutosilmoituksin. Ilman komentoa avaa ikkunan.
cli-about-store = Hallitse identiteettivarastoja (hakemistoja, joihin dirdesk yhdistää)
cli-about-store-list = Luettele identiteettivarastot
cli-about-store-add = Lisää identiteettivarasto
cli-about-store-edit = Muuta identiteettivarastoa; antamatta jätetyt valitsimet pysyvät ennallaan
cli-about-store-remove = Poista identiteettivarasto ja sen salasanat
cli-about-store-enable = Ota identiteettivarasto käyttöön
cli-about-store-disable = Poista identiteettivarasto käytöstä (säilytetään, mutta sitä ei tarjota kirjautumiseen)
cli-about-store-test = Testaa yhteys varaston jokaiseen palvelimeen ja tallenna tulos
cli-about-notifications = Näytä ja muuta varaston ilmoitusasetuksia
cli-about-notifications-show = Näytä varaston ilmoitusasetukset
cli-about-notifications-set = Muuta varaston ilmoitusasetuksia; antamatta jätetyt valitsimet pysyvät ennallaan
cli-about-notifications-test = ”{ test-server }”: lähetä oikea testiviesti ja näytä palvelimen vastaus
cli-about-search = Hae ryhmiä ja käyttäjiä nimellä omalla tunnuksellasi kirjautuneena
cli-about-show = Näytä yksi objekti kaikkine attribuutteineen
cli-about-edit = Muuta objektia omalla tunnuksellasi; näyttää muutoksen ja kenelle siitä ilmoitettiin
cli-about-join = Liity ryhmään itse (kun ryhmä sallii sen jäsenilleen); näyttää muutoksen ja kenelle siitä ilmoitettiin
cli-about-leave = Eroa ryhmästä itse (kun ryhmä sallii sen jäsenilleen); näyttää muutoksen ja kenelle siitä ilmoitettiin
cli-already-member = Olet jo ryhmän { $dn } jäsen: ei muutettavaa.
cli-not-a-member = Et ole ryhmän { $dn } jäsen: ei muutettavaa.
cli-about-queue = Näytä, lähetä ja poista jonossa olevia ilmoitusviestejä
cli-about-queue-list = Luettele jonossa olevat ilmoitusviestit (oletuksena odottavat)
cli-about-queue-send = Lähetä yksi jonossa oleva viesti nyt tai kaikki odottavat (--all)
cli-about-queue-delete = Poista jonosta viesti, jota ei lähetetty
cli-about-history = Näytä dirdeskin kautta tehdyt muutokset
cli-about-help = Näytä tämä ohje tai annetun komennon ohje
cli-arg-help = Näytä ohje
cli-arg-version = Näytä versio
cli-arg-config-dir = Pidä asetukset ja tiedot kansiossa DIR (siirrettävä käyttö, testit)
cli-arg-json = Tulosta JSON taulukon sijaan
cli-arg-notifications-show-json = Tulosta JSON tekstin sijaan
cli-arg-show-json = Tulosta JSON tekstin sijaan
cli-arg-name = Identiteettivaraston nimi
cli-arg-store-add-name = Varaston nimi (yksilöllinen, kirjainkoolla ei väliä)
cli-arg-store-edit-name = Varaston uusi nimi (yksilöllinen, kirjainkoolla ei väliä)
cli-arg-store = Identiteettivaraston nimi
cli-arg-store-edit-store = Muutettava varasto
cli-arg-history-store = Vain tämä identiteettivarasto
cli-arg-store-type = ldap (Generic LDAP) tai ad (Active Directory)
cli-arg-hosts = HOST[:PORT], toistettuna tärkeysjärjestyksessä
cli-arg-security = ldaps (TLS ensimmäisestä tavusta), starttls tai none (salaamaton, näytetään turvattomana)
cli-arg-ca-file = CA-varmennetiedosto (PEM) palvelimille, jotka oma CA on allekirjoittanut ("" poistaa sen)
cli-arg-base-dn = Perus-DN: mistä haut alkavat (dc=example,dc=test)
cli-arg-login-attribute = Attribuutti, jolla ihmiset kirjautuvat (uid, sAMAccountName, mail, …)
cli-arg-service-account = Palvelutilin DN (tai UPN / TOIMIALUE\käyttäjä Active Directoryssä)
cli-arg-service-password-stdin = Lue palvelutilin salasana vakiosyötteestä
cli-arg-smtp-server = { label-smtp-server }: sähköpostipalvelimen isäntänimi tai IP-osoite
cli-arg-smtp-port = Sähköpostipalvelimen portti (465 SSL:llä, 587 STARTTLS:llä)
cli-arg-smtp-security = ssl (implisiittinen TLS), starttls tai none
cli-arg-smtp-ca-file = CA-varmennetiedosto (PEM) sähköpostipalvelimelle, jonka oma CA on allekirjoittanut ("" poistaa sen)
cli-arg-from = { label-from }
cli-arg-smtp-user = SMTP-käyttäjänimi; ottaa käyttöön kohdan ”{ label-use-smtp-auth }” ("" poistaa sen käytöstä)
cli-arg-smtp-password-stdin = Lue SMTP-salasana vakiosyötteestä
cli-arg-to = Jokaisen ilmoituksen vastaanottajat ”;”-merkillä eroteltuina
cli-arg-cc = Jokaisen ilmoituksen kopion vastaanottajat ”;”-merkillä eroteltuina
cli-arg-notifications-test-to = Osoite, johon testiviesti lähetetään
cli-arg-logged-in-users = { section-also-notify }: { also-logged-in-users }
cli-arg-object-modified = { section-also-notify }: { also-object-modified }
cli-arg-group-owners = { section-also-notify }: { also-group-owners }
cli-arg-managers = { section-also-notify }: { also-managers }
cli-arg-added-members = { section-also-notify }: { also-added-members }
cli-arg-removed-members = { section-also-notify }: { also-removed-members }
cli-arg-public-group-owners = { section-also-notify }: { also-public-group-owners }
cli-arg-user = Hakemiston käyttäjänimi, jolla kirjaudutaan
cli-arg-password-stdin = Lue salasana vakiosyötteestä
cli-arg-groups = Vain ryhmät
cli-arg-users = Vain käyttäjät
cli-arg-text = Teksti, jonka nimi sisältää (tyhjä: kaikki)
cli-arg-dn = Objektin yksilöivä nimi (DN)
cli-arg-set = Aseta ATTR arvoon VALUE (toista useille arvoille)
cli-arg-add = Lisää VALUE attribuuttiin ATTR
cli-arg-remove = Poista VALUE attribuutista ATTR
cli-arg-clear = Poista kaikki ATTR:n arvot
cli-arg-dry-run = Tulosta muutos (attribuutti: vanha → uusi) tekemättä sitä
cli-arg-edit-dn = Objektin yksilöivä nimi (DN); tai joukkomuokkaus valitsimella --from, --filter tai --groups
cli-arg-edit-from = Joukkomuokkaus: kaikki muutokset LDIF-tiedostosta, jossa on muutostietueita (kuten ldapmodify ne lukee), tai CSV-taulukosta (dn,ATTR,…: korvaa solun arvolla; tyhjä solu jättää arvon ennalleen)
cli-arg-edit-format = ldif tai csv (oletuksena csv, jos nimi päättyy .csv, muuten ldif)
cli-arg-edit-clear-marker = CSV-taulukossa solun teksti, joka tyhjentää attribuutin (esimerkiksi -)
cli-arg-edit-filter = Joukkomuokkaus kaikkiin objekteihin, jotka LDAP-suodatin (RFC 4515) löytää perus-DN:n alta, valitsimilla --set/--add/--remove/--clear
cli-arg-edit-groups = Joukkomuokkaus kaikkiin ryhmiin, joiden nimi sisältää tekstin TEXT, valitsimilla --set/--add/--remove/--clear
cli-arg-edit-in-flight = Joukkomuokkauksessa yhtä aikaa matkalla olevien muutosten määrä (1–64)
cli-arg-edit-json = Joukkomuokkaukset: yksi JSON-objekti kutakin muutosta kohden ja sitten yksi koko suoritukselle
cli-arg-pending = Vain lähetystä odottavat viestit (oletus)
cli-arg-failed = Vain viestit, joita ei voitu lähettää
cli-arg-all = Kaikki viestit, kävi niille miten tahansa
cli-arg-queue-send-all = Lähetä kaikki odottavat viestit
cli-arg-id = Viestin numero, kuten ”dirdesk queue list” sen näyttää
cli-arg-object = Vain tämä objekti (sen DN)
invalid-smtp-unencrypted-authentication = Ilman salausta SMTP-salasana kulkisi verkossa kaikkien matkan varrella olevien luettavana. Valitse SSL tai STARTTLS tai salli se erikseen (”Lähetä salasana salaamatta”; komentorivillä --allow-unencrypted-auth on).
smtp-unencrypted-authentication = Ei lähetetty: { $server } olisi saanut SMTP-salasanan salaamattomana, mitä nämä asetukset eivät salli. Valitse SSL tai STARTTLS säilön Ilmoitukset-sivulla.
smtp-unencrypted-warning = Ilman salausta SMTP-salasana kulkee verkossa kaikkien matkan varrella olevien luettavana. Käytä SSL:ää tai STARTTLS:ää.
label-smtp-allow-unencrypted-auth = Lähetä salasana salaamatta
cli-arg-allow-unencrypted-auth = on: kirjaudu sähköpostipalvelimelle myös asetuksella --smtp-security none, vaikka salasana kulkee silloin verkossa luettavana
sign-in-remember-failed = Kirjauduttu sisään, mutta salasanaasi ei voitu säilyttää järjestelmän avainnipussa, joten sitä kysytään ensi kerralla: { $reason }
change-not-recordable = Ei tallennettu: muutosta ei voitu kirjata ennen sen tekemistä, joten mitään ei muutettu ({ $detail }).
ldap-own-entry-unreadable = Salasanasi hyväksyttiin, mutta hakemisto ei anna kohteen { $dn } lukea omaa merkintäänsä (nimi ja sähköpostiosoite), eikä tällä identiteettisäilöllä ole palvelutiliä sen lukemiseen. Pyydä hakemiston ylläpitäjää sallimaan käyttäjien lukea oma merkintänsä, tai anna säilölle palvelutili.
published-damaged = Hakemistoon julkaistut asetukset ovat vahingoittuneet, ja ne jätettiin ennalleen: { $detail }
published-newer = Hakemistoon julkaistut asetukset ovat muodossa { $format }, joka on uudempi kuin tämän dirdeskin tuntema ({ $known }): päivitä dirdesk seurataksesi niitä. Niitä ei muuteta täältä.

## Published stores: one policy for every desk
invalid-login-dn-template = ”{ $template }” ei ole kirjautumis-DN:n malli: sen on oltava DN, jossa { "{" }user{ "}" } on kirjautumisnimen paikalla, esim. uid={ "{" }user{ "}" },ou=people,dc=example,dc=test.
published-missing = Hakemistossa ei ole mitään julkaistuna kohteessa { $dn }.
published-unreadable = Hakemisto ei anna tämän tilin lukea kohteeseen { $dn } julkaistuja asetuksia: { $detail }
published-unusable = Kohteeseen { $dn } julkaistuja asetuksia ei voi seurata: { $problem }
published-no-settings-attribute = merkintä on olemassa, mutta sen määritettä { $attribute } ei voi lukea
publish-conflict = Ei julkaistu: joku muu on sillä välin julkaissut kohteeseen { $dn } toiset asetukset ({ $by }, { $when }). Mitään ei muutettu; nyt julkaistut asetukset näytetään — tee muutoksesi uudelleen.
publish-refused = Ei julkaistu: hakemisto kieltäytyi ({ $reason }). Mitään ei muutettu.
published-keeps-copy = { $problem } Tämä dirdesk seuraa edelleen kopiota, jonka se luki { $when }.
smtp-needs-signed-in-user = Tämä sähköposti lähetetään muutoksen tehneen henkilön tilillä, ja dirdesk tietää hänen salasanansa vain, kun hän on kirjautuneena: viesti odottaa jonossa ja lähtee, kun hän seuraavan kerran tallentaa muutoksen.
smtp-no-store-password = Varaston SMTP-tilin ”{ $user }” salasana ei ole tämän tietokoneen avainnipussa: sähköposti odottaa jonossa. Salasanan tietävä voi antaa sen Ilmoitukset-sivulla tai komennolla ”dirdesk notifications set --store NAME --smtp-password-stdin”.
cli-warning = varoitus: { $message }
cli-one-secret-from-stdin = Vakiosyötteestä voi lukea vain yhden salasanan: anna --smtp-password-stdin ja --password-stdin kahdessa erillisessä komennossa.
cli-publish-needs-account = Tällä tietokoneella ei ole varastolle ”{ $name }” palvelutiliä, jolla julkaistut asetukset voisi kirjoittaa: anna valitsimella --user tili, jolle hakemisto sallii niiden kirjoittamisen.
cli-store-published = Varaston ”{ $name }” yhteiset asetukset julkaistiin hakemistoon kohteeseen { $dn }: jokainen niitä seuraava dirdesk käyttää niitä seuraavasta muutoksestaan alkaen.
cli-store-unpublished = Kohteeseen { $dn } julkaistut asetukset poistettiin. Varastoa ”{ $name }” seuranneet dirdeskit säilyttävät viimeksi lukemansa kopion, ja niille kerrotaan, että julkaisu on poistunut; tämä dirdesk pitää asetukset ominaan.
cli-store-follows = Seuraa hakemistoon kohteeseen { $dn } julkaistuja asetuksia (julkaisija { $by }, { $when }).
cli-notifications-published = Varaston ”{ $name }” ilmoitusasetukset julkaistiin hakemistoon kohteeseen { $dn }.
cli-about-store-publish = Julkaise varaston yhteiset asetukset hakemistoon (ei koskaan salasanaa) jokaisen dirdeskin seurattaviksi
cli-about-store-unpublish = Poista varaston julkaistut asetukset hakemistosta
cli-arg-location = Julkaistun merkinnän DN (oletus: cn=dirdesk perus-DN:n alla)
cli-arg-login-dn-template = Yleinen LDAP: DN, jolla ihmiset kirjautuvat, ja { "{" }user{ "}" } heidän kirjautumisnimensä paikalla (uid={ "{" }user{ "}" },ou=people,dc=example,dc=test); heidän löytämiseensä ei tarvita palvelutiliä
cli-arg-smtp-auth = Miten sähköpostipalvelimelle kirjaudutaan: none (välityspalvelin), basic (varaston SMTP-tili, --smtp-user), signed-in-user (kunkin henkilön oma hakemiston käyttäjänimi ja salasana) tai oauth2 (token päätepisteestä --oauth-token-endpoint: valitsimen --smtp-user ja sen salasanan kanssa password grant, ilman niitä pelkkänä sovelluksena)
cli-arg-smtp-login-as = Valitsimella --smtp-auth signed-in-user: kirjaudu sähköpostipalvelimelle kirjoitetulla käyttäjänimellä (login) tai henkilön sähköpostiosoitteella (mail)
settings-source-local = Tämän tietokoneen asetukset (ei julkaistu hakemistoon).
settings-source-published = Julkaistu hakemistoon kohteeseen { $dn }, julkaisija { $by }, { $when } (luettu viimeksi { $read }).
settings-source-published-unread = Julkaistu hakemistoon kohteeseen { $dn } (ei vielä luettu: ne luetaan seuraavan kirjautumisen yhteydessä).
label-smtp-password-source = SMTP-salasana
smtp-password-not-used = ei käytössä
smtp-password-signed-in-user = kunkin henkilön oma hakemistosalasana, kun hän on kirjautuneena
smtp-password-in-keychain = tämän tietokoneen avainnipussa
smtp-password-missing = ei tämän tietokoneen avainnipussa
published-read-only = Nämä asetukset on julkaistu hakemistoon, eikä tällä tietokoneella ole tiliä, joka saa muuttaa niitä: niitä voi muuttaa dirdeskissä, jossa on varaston palvelutili, tai komennolla ”dirdesk notifications set --store NAME --user …” tilinä, jolle hakemisto sallii niiden kirjoittamisen.
settings-publishing = Julkaistaan hakemistoon…
label-smtp-signed-in-user = Kirjaudu kirjautuneen käyttäjän tunnistetiedoilla
settings-published = Julkaistu hakemistoon kohteeseen { $dn }: jokainen julkaisua seuraava dirdesk käyttää näitä asetuksia seuraavasta muutoksestaan alkaen.
publish-refused-access = Ei julkaistu: hakemisto ei anna tämän tilin muuttaa julkaistuja asetuksia ({ $detail }). Mitään ei muutettu.
machine-config-problem = Tietokoneen määritystiedostoa { $path } ei voitu käyttää, joten sen lisäämät identiteettivarastot puuttuvat: { $detail }
store-managed = Tämän tietokoneen ylläpitäjän lisäämä kaikille sen käyttäjille.
cli-store-managed = Tämän tietokoneen ylläpitäjä on lisännyt varaston ”{ $name }” kaikille sen käyttäjille ({ $path }); sitä ei voi poistaa täältä.
cli-notify-waiting = { $address }: odottaa — { $reason }
smtp-test-needs-user = Jokainen kirjautuu tähän sähköpostipalvelimeen omalla tunnuksellaan ja salasanallaan, joten testi tarvitsee sellaisen: dirdesk notifications test --store NAME --to ADDRESS --user LOGIN --password-stdin.
published-foreign = Kohde { $dn } ei ole dirdeskin julkaisemia asetuksia (toisenlaisella objektilla on se nimi): siihen ei kosketa. Julkaise muualle valitsimella --location.
publish-location-not-cn = sijainnin { $dn } on alettava cn= (kohde nimetään cn:n mukaan)
field-login-dn-template = Kirjautumis-DN:n malli (valinnainen)

## Big groups, Member Of, finding people as ADUC does
members-count = { $count ->
    [one] 1 jäsen
   *[other] { $count } jäsentä
}
members-shown = { $shown }/{ $count } näytetään
members-reading-names = Luetaan nimiä… { $read } / { $count }
members-filter-placeholder = Suodata jäseniä nimen tai DN:n mukaan
tab-member-of = Jäsenenä
member-of-nested = Näytä myös ryhmät, joiden jäsen se on muiden ryhmien kautta
member-of-none = Ei minkään ryhmän jäsen.
member-of-count = { $count ->
    [one] Jäsenenä 1 ryhmässä
   *[other] Jäsenenä { $count } ryhmässä
}
member-of-direct = suora
member-of-nested-via = toisen ryhmän kautta
member-of-primary = ensisijainen ryhmä
find-matched = { $attribute }: { $value }

## Kerberos single sign-on
kerberos-no-ticket = Ei Kerberos-lippua: tällä tietokoneella ei ole käytettävissä Windows/Kerberos-kirjautumista (Linuxissa tai macOS:ssä suorita ensin ”kinit”). Kirjaudu sen sijaan käyttäjänimelläsi ja salasanallasi.
kerberos-expired = Kerberos-lippusi on vanhentunut: kirjaudu uudelleen Windowsiin (tai suorita ”kinit”) tai kirjaudu käyttäjänimelläsi ja salasanallasi.
kerberos-clock-skew = Tämän tietokoneen ja toimialueen ohjauskoneen kellot eroavat toisistaan enemmän kuin Kerberos sallii (5 minuuttia): korjaa kellonaika tai kirjaudu käyttäjänimelläsi ja salasanallasi.
kerberos-no-spn = Hakemistossa ei ole Kerberos-palvelun päänimeä { $spn }: yhdistä toimialueen ohjauskoneeseen sen koko nimellä (sellaisena kuin se on rekisteröity hakemistoon) tai kirjaudu käyttäjänimelläsi ja salasanallasi.
kerberos-other = Kerberos-kirjautuminen epäonnistui: { $reason }
kerberos-signed-in = Kirjautuneena käyttäjänä { $principal } Windows/Kerberos-kirjautumisellasi, varmennetun TLS-yhteyden sisällä.
kerberos-mail-needs-password = Tämä varasto lähettää vahvistukset omalla sähköpostitililläsi, joka tarvitsee salasanasi; Kerberos-kirjautuminen ei anna sitä dirdeskille. Vahvistuksesi odottavat jonossa, kunnes kirjaudut kerran käyttäjänimelläsi ja salasanallasi.
sign-in-kerberos = Kirjaudu käyttäjänä { $principal }
kerberos-signed-in-sealed = Kirjautuneena käyttäjänä { $principal } Windows/Kerberos-kirjautumisellasi; tämä varasto ei käytä TLS:ää, joten Kerberos salaa yhteyden itse.
kerberos-no-sealing = { $server } ei tarjoa Kerberos-salausta yhteydelle ilman TLS:ää, eikä dirdesk koskaan kirjaudu salaamatta: valitse tälle varastolle LDAPS tai StartTLS tai kirjaudu käyttäjänimelläsi ja salasanallasi.
kerberos-not-inside-tls = { $server } ei hyväksy Kerberos-kirjautumista TLS:n sisällä ({ $reason }). Windows-toimialueen ohjauskoneet hyväksyvät sen; Sambassa asetus on ”ldap server require strong auth = allow_sasl_over_tls”. Kirjaudu siihen asti käyttäjänimelläsi ja salasanallasi tai yhdistä tähän varastoon ilman TLS:ää: Kerberos salaa silloin yhteyden itse.
kerberos-other-person = Tämän tietokoneen Kerberos-lippu kuuluu nyt jollekulle muulle ({ $now }): tällä kirjautumisella ei tehdä enää mitään. Kirjaudu uudelleen.
kerberos-kdc-timeout = Kerberos-toimialueen ohjauskone (KDC) ei vastannut ajoissa.
kerberos-other-realm = Kerberos-lippu on käyttäjälle { $principal } eri alueelta kuin tämän säilön ({ $realm }), eikä hakemisto osaa kertoa, kuka se täällä on: kirjaudu käyttäjänimelläsi ja salasanallasi.
cli-arg-member-of = Näytä myös ryhmät, joiden jäsen se on (Jäsenenä)
cli-arg-nested = Valitsimen --member-of kanssa: myös ryhmät, joiden jäsen se on muiden ryhmien kautta
cli-arg-kerberos = Kirjaudu Kerberos-lipullasi (Windows-kirjautumisesi tai kinit) salasanan sijaan

## OAuth 2.0 for SMTP (Microsoft 365, Google)
oauth-bad-endpoint = Token Endpoint ”{ $endpoint }” ei ole https://-osoite: dirdesk lähettää asiakassalaisuuden vain varmennetun TLS-yhteyden kautta.
oauth-no-client-secret = Tämän tietokoneen avainnipussa ei ole tämän varaston OAuth 2.0 -asiakassalaisuutta: anna Client Secret Ilmoitukset-sivulla tai käytä komentoa ”dirdesk notifications set --oauth-client-secret-stdin”.
oauth-wrong-client-secret = Tokenin päätepiste hylkäsi Client ID:n tai Client Secretin ({ $detail }): tarkista molemmat Ilmoitukset-sivulla; vanhentuneen salaisuuden tilalle tarvitaan uusi sovelluksen rekisteröinnistä.
oauth-wrong-password = Tokenin päätepiste hylkäsi käyttäjänimen tai salasanan ({ $detail }).
oauth-needs-mfa = Tokenin päätepiste vaatii tältä tililtä monivaiheisen kirjautumisen ({ $detail }), jota sähköpostin lähettäjä ei voi antaa: tämä tili ei saa vaatia monivaiheista kirjautumista (sulje se pois vuokraajan Conditional Access -käytännöistä), tai jätä Käyttäjänimi ja Salasana tyhjiksi, jolloin lähetetään pelkkänä sovelluksena.
oauth-refused = Tokenin päätepiste kieltäytyi myöntämästä tokenia: { $detail }
oauth-unreachable = Tokenin päätepisteeseen { $endpoint } ei saada yhteyttä ({ $detail }); sähköpostit odottavat, ja niitä yritetään uudelleen.
oauth-not-trusted = Tokenin päätepisteeseen { $endpoint } ei voi luottaa ({ $detail }): lisää sen CA-varmenne SMTP:n CA-varmennetiedostoon tai tämän tietokoneen luotettuihin varmenteisiin.
oauth-malformed = Tokenin päätepiste { $endpoint } vastasi ilman tokenia ({ $detail }).
smtp-token-refused = Sähköpostipalvelin hylkäsi OAuth 2.0 -tokenin, myös uuden ({ $detail }): postilaatikko tai sovellus ei ehkä saa lähettää SMTP:llä (Exchange: SMTP AUTH käytössä postilaatikolle sekä SMTP.Send- tai SMTP.SendAsApp-oikeus sovellukselle).
smtp-needs-oauth = Sähköpostipalvelin ei hyväksy salasanaa ({ $detail }): tämä palvelin vaatii OAuth 2.0:n — valitse OAuth 2.0 kohdassa ”Käytä SMTP-todennusta”.
cli-oauth-needs-client-id = OAuth 2.0 tarvitsee sovelluksen asiakastunnuksen: --oauth-client-id.
cli-arg-oauth-token-endpoint = OAuth 2.0 -tokenin päätepiste (https://…/oauth2/v2.0/token)
cli-arg-oauth-client-id = OAuth 2.0 -asiakastunnus (sovelluksen rekisteröinnin)
cli-arg-oauth-client-secret-stdin = Lue OAuth 2.0 -asiakassalaisuus vakiosyötteestä (myös valitsimen --smtp-password-stdin kanssa: salaisuus ensimmäisellä rivillä, salasana toisella)
cli-arg-oauth-scope = OAuth 2.0 -käyttöalueet välilyönneillä eroteltuina (esim. https://outlook.office365.com/.default)
label-smtp-auth-method = Todennus
smtp-auth-basic = Basic
smtp-auth-oauth2 = OAuth 2.0 (Token Endpoint { $endpoint }, Client ID { $client }, Scope { $scope }; Client Secret säilytetään tämän tietokoneen avainnipussa)
label-oauth-token-endpoint = Token Endpoint
label-oauth-client-id = Client ID
label-oauth-client-secret = Client Secret
label-oauth-scope = Scope
smtp-auth-oauth2-choice = OAuth 2.0
invalid-oauth-client-id-empty = Anna sovelluksen rekisteröinnin Client ID.

## Notification Editor (templates)
template-email-change = Muutoksen vahvistus
template-email-test = Testiviesti
template-email-digest = Joukkomuokkauksen yhteenveto
template-part-subject = Aihe
template-part-html = HTML
template-part-text = Pelkkä teksti
template-problem-at = { $part }, rivi { $line }, sarake { $column }: { $detail }
template-problem-line = { $part }, rivi { $line }: { $detail }
template-problem = { $part }: { $detail }
template-unknown-tag = tuntematon tunniste ”{ $tag }”
template-tag-object-name = Objektin nimi
template-tag-object-kind = Objektin tyyppi
template-tag-object-dn = Objektin erottuva nimi (DN)
template-tag-changes = Taulukko muuttuneista attribuuteista (vanhat ja uudet arvot)
template-tag-author-name = Muuttaja: nimi
template-tag-author-mail = Muuttaja: sähköpostiosoite
template-tag-author-dn = Muuttaja: erottuva nimi (DN)
template-tag-when = Aika
template-tag-store = Identiteettivarasto
template-tag-recipient-name = Vastaanottajan nimi
template-tag-recipient-address = Vastaanottajan osoite
template-tag-own = Tekikö vastaanottaja muutoksen itse
template-tag-reasons = Miksi vastaanottaja saa tämän viestin
template-tag-server = Sähköpostipalvelin
template-tag-count = Muuttuneiden objektien määrä
template-tag-objects = Taulukko muuttuneista objekteista ja attribuuteista (vanhat ja uudet arvot)
template-tag-more = Kuinka monta jäi luettelematta (ne ovat liitteessä)
template-tag-attachment = Liitetyn luettelon nimi
template-built-in = sisäänrakennettu
template-custom = varaston oma
template-custom-parts = varaston oma: { $parts }
cli-about-templates = Ilmoituseditori: dirdeskin lähettämien viestien sanamuoto kielittäin
cli-about-templates-list = Luettele varaston viestipohjat ja näytä, mitkä niistä ovat varaston omia
cli-about-templates-show = Näytä pohjan aihe, HTML ja pelkkä teksti (varaston oma tai sisäänrakennettu)
cli-about-templates-set = Muuta pohjaa; antamatta jätetyt osat pysyvät ennallaan. Tarkistetaan ennen tallennusta
cli-about-templates-reset = Palaa sisäänrakennettuun pohjaan
cli-about-templates-preview = Täytä pohja esimerkkimuutoksella: tulostaa aiheen ja pelkän tekstin
cli-arg-email = Mikä viesti: change (muutoksen vahvistus) tai test (toiminnon ”{ test-server }” viesti)
cli-arg-lang = Kieli: da, de, en, es, fi, fr, is, it, nl, pt, sv tai tr
cli-arg-part = Tulosta vain tämän osan lähdeteksti: subject, html tai text
cli-arg-subject = Aihe (tunnisteet sallittuja, esim. { "{{" } object.name { "}}" })
cli-arg-html-file = Tiedosto, jossa on HTML-osa (UTF-8)
cli-arg-text-file = Tiedosto, jossa on pelkän tekstin osa (UTF-8)
cli-arg-templates-preview-html = Kirjoita myös täytetty HTML-osa tiedostoon FILE selaimessa avattavaksi
cli-template-no-such-language = Kielellä ”{ $lang }” ei ole pohjaa: kielet ovat { $languages }.
cli-template-nothing-to-set = Anna --subject, --html-file tai --text-file.
cli-template-refused = Pohjaa ei tallennettu: { $problems }
cli-template-saved = Tallennettu:
cli-template-reset = Palautettu sisäänrakennettuun pohjaan:
cli-template-which = viesti ”{ $email }” kielellä ”{ $lang }”, varasto { $name }.
cli-template-unreadable = Tiedostoa { $file } ei voitu lukea: { $error }
cli-template-too-big = { $file } on { $size } tavua; pohjan osa saa olla enintään { $max }.
cli-template-not-utf8 = { $file } ei ole UTF-8-tekstiä (tavun { $offset } kohdalla).
cli-template-unwritable = Tiedostoon { $file } ei voitu kirjoittaa: { $error }
cli-template-html-written = HTML-osa on tiedostossa { $file }.
template-editor-open = Ilmoituseditori
template-editor-title = Ilmoituseditori — { $store }
template-email = Sähköposti
template-language = Kieli
template-save-to-switch = Tallenna tai hylkää muutoksesi, jotta voit valita toisen viestin tai kielen.
template-tags = Tunnisteet
template-tags-into = Napsauta tunnistetta lisätäksesi sen kohtaan ”{ $part }” kohdistimen kohdalle.
template-preview = Esikatselu (esimerkkimuutoksella)
template-preview-own = Niin kuin muutoksen tekijä sen lukee
template-no-preview = Ei esikatselua niin kauan kuin pohjassa on ongelma.
template-reset = Palauta sisäänrakennettu
template-discard = Hylkää muutokset
template-no-store = Lisää ensin identiteettivarasto: pohjat kuuluvat varastoon.
template-too-big = osa on { $size } tavua; pohjan osa saa olla enintään { $max }
template-store = Identiteettivarasto

## Bulk edits (LDIF and CSV files)
bulk-problem-at = rivi { $line }: { $detail }
bulk-same-object-twice = objektia { $dn } muutetaan kahdesti (ensimmäisen kerran rivillä { $first }): kokoa sen muutokset yhteen tietueeseen
bulk-not-a-dn = ”{ $dn }” ei ole erottuva nimi (DN)
ldif-no-colon = ”{ $text }” ei ole muotoa ”nimi: arvo”
ldif-bad-base64 = määritteen { $name } base64-arvoa ei voi purkaa: { $error }
ldif-not-text = määritteen { $name } arvo ei ole UTF-8-tekstiä
ldif-no-urls = { $name } viittaa tiedostoon tai URL-osoitteeseen (:<): anna itse arvo
ldif-dn-first = tietueen ensimmäinen rivi on dn:, ei { $name }:
ldif-no-controls = LDAP-ohjausobjekteja ei lähetetä joukkomuokkauksissa
ldif-only-modify = changetype: { $changetype } ei ole objektin muutos (vain changetype: modify on)
ldif-no-changetype = objektin { $dn } tietueessa ei ole riviä changetype: modify
ldif-other-attribute = { $name }: määritteen { $attribute } osiossa
ldif-add-without-values = add: { $attribute } ei anna yhtään arvoa
ldif-unknown-operation = ”{ $operation }” ei ole add, delete eikä replace
ldif-nothing-to-change = objektin { $dn } tietue ei muuta mitään
csv-dn-first = ensimmäisen sarakkeen otsikon on oltava dn
csv-empty-header = sarakkeella ei ole otsikkorivillä määritteen nimeä
csv-header-twice = sarake { $attribute } on otsikkorivillä kahdesti
csv-wrong-field-count = { $found } kenttää, vaikka otsikkorivillä on { $expected }
csv-no-dn = rivillä ei ole dn-arvoa
bulk-unknown-attribute = hakemistossa ei ole määritettä { $attribute }
bulk-bad-dn = määritteen { $attribute } arvon on oltava erottuva nimi (DN), ei ”{ $value }”
bulk-bad-integer = määritteen { $attribute } arvon on oltava kokonaisluku, ei ”{ $value }”
bulk-bad-boolean = määritteen { $attribute } arvon on oltava TRUE tai FALSE, ei ”{ $value }”
bulk-bad-time = määritteen { $attribute } arvon on oltava ajankohta, kuten 20261201120000Z, ei ”{ $value }”
bulk-bad-ascii = määritteen { $attribute } arvon on oltava pelkkää ASCII-tekstiä, ei ”{ $value }”
bulk-applied = tehty
bulk-nothing-to-change = ei muutettavaa: objektilla on jo nämä arvot
bulk-conflict = joku muu on muuttanut objektia sen lukemisen jälkeen; mitään ei korvattu
bulk-refused = hylätty: { $reason }
bulk-unknown = lähetetty, mutta vastausta ei tullut ({ $reason }); seuraava suoritus tai tallennus selvittää, tehtiinkö muutos, ja kirjaa sen kerran
bulk-not-sent = ei lähetetty: { $reason }
bulk-cancelled = suoritus peruttiin
bulk-connection-lost = yhteys hakemistoon katkesi
bulk-title = Joukkomuokkaus
bulk-explanation = Muuta monta objektia kerralla: avaa LDIF-tiedosto, jossa on muutostietueita (kuten ldapmodify ne lukee), tai CSV-taulukko (dn-sarake ja sitten sarake kutakin määritettä kohden), tai anna löydetyille objekteille yksi yhteinen muokkaus. Mitään ei kirjoiteta, ennen kuin olet lukenut esikatselun ja napsauttanut ”Käytä”-painiketta.
bulk-file-placeholder = /path/to/changes.ldif tai changes.csv
bulk-open = Avaa tiedosto
bulk-attribute = Määrite
bulk-value = Arvo
bulk-op-set = Aseta arvoksi
bulk-op-add = Lisää
bulk-op-remove = Poista
bulk-use-found = { $count ->
    [one] Muokkaa löydettyä objektia
   *[other] Muokkaa { $count } löydettyä objektia
}
bulk-use-selected = { $count ->
    [one] Muokkaa valittua objektia
   *[other] Muokkaa { $count } valittua objektia
}
bulk-previewed = { $count ->
    [one] Esikatselu: { $count } muutos, ongelmallisia { $problems } (mitään ei kirjoiteta ennen kuin napsautat ”Käytä”-painiketta).
   *[other] Esikatselu: { $count } muutosta, ongelmallisia { $problems } (mitään ei kirjoiteta ennen kuin napsautat ”Käytä”-painiketta).
}
bulk-col-line = Rivi
bulk-col-object = Objekti
bulk-col-old-new = Vanha → uusi
bulk-col-outcome = Tulos
bulk-more-rows = { $count ->
    [one] … ja { $count } rivi lisää.
   *[other] … ja { $count } riviä lisää.
}
bulk-apply = Käytä
bulk-progress = { $done } / { $total }
bulk-outcomes = Tehty: { $applied } / { $count }; ei tehty: { $failed }.
bulk-retry-failed = Yritä epäonnistuneita uudelleen
bulk-export-failed = Vie epäonnistuneet CSV-tiedostoksi…
bulk-exported = { $count ->
    [one] { $count } epäonnistunut rivi vietiin.
   *[other] { $count } epäonnistunutta riviä vietiin.
}
bulk-close = Sulje joukkomuokkaus
cli-bulk-nothing-found = Ei muutettavaa: haku ei löytänyt yhtään objektia.
cli-bulk-unreadable = Tiedostoa { $path } ei voi lukea: { $reason }
cli-bulk-not-utf8 = { $path } ei ole UTF-8-tekstiä: tallenna se UTF-8-muodossa (BOM:n kanssa tai ilman).
cli-bulk-refused = Mitään ei muutettu: ongelmat on lueteltu yllä (lähde: { $source }).
cli-bulk-the-search = löydettyjen objektien muokkaus
cli-bulk-row = rivi { $line }: { $dn }: { $outcome }
cli-bulk-summary = Tehty: { $applied }; ei muutettavaa: { $unchanged }; jonkun muun muuttama: { $conflicts }; hylätty: { $refused }; vastaus kadonnut: { $unknown }; ei lähetetty: { $not_sent }.
cli-bulk-told-later = Yhteys katkesi: tämän suorituksen ilmoitukset lähtevät seuraavan tallennuksen tai suorituksen yhteydessä yhdessä niiden muutosten kanssa, joiden vastaukset katosivat.
cli-json-bulk-only = --json on tarkoitettu joukkomuokkauksiin (--from, --filter, --groups).

## The organisation's shared database (PostgreSQL)
database-url-bad = Tietokannan osoitetta ”{ $url }” ei voi käyttää: { $reason }
database-url-scheme = sen on alettava merkkijonolla postgresql://
database-url-credentials = siinä ei saa olla käyttäjänimeä eikä salasanaa (jokainen kirjautuu omalla hakemistotilillään)
database-url-options = siinä ei saa olla asetuksia (TLS on aina käytössä ja varmennettu)
database-url-no-host = siinä ei ole palvelinta
database-url-no-database = siinä ei ole tietokantaa (postgresql://HOST:PORT/DB)
database-unreachable = Yhteinen tietokanta { $url } ei vastaa: { $detail }
database-certificate = Yhteisellä tietokannalla { $url } on varmenne, johon tämä tietokone ei luota, tai se ei tarjoa TLS:ää: { $detail }
database-wrong-password = Yhteinen tietokanta { $url } hylkäsi kirjautumisesi: { $detail }
database-ca-file = Yhteisen tietokannan { $url } CA-varmennetiedostoa ei voi käyttää: { $detail }
database-no-role = Sinulla ei ole vielä tiliä yhteisessä tietokannassa { $url }: pyydä tietokannan ylläpitäjää suorittamaan ”dirdesk db sync-roles”. ({ $detail })
database-not-allowed = Yhteinen tietokanta { $url } ei päästä sinua sisään täältä: { $detail }
database-missing = Yhteistä tietokantaa { $url } ei ole olemassa: { $detail }
database-not-set-up = Yhteistä tietokantaa { $url } ei ole vielä valmisteltu dirdeskiä varten: pyydä tietokannan ylläpitäjää suorittamaan ”dirdesk db init”.
database-newer = Yhteisen tietokannan { $url } on valmistellut uudempi dirdesk (skeema { $version }; tämä tuntee { $known }): päivitä dirdesk käyttääksesi sitä. Mitään ei kirjoitettu.
database-refused = Yhteinen tietokanta { $url } hylkäsi tämän: { $detail }
database-other = Yhteinen tietokanta { $url } vastasi virheellä: { $detail }
db-check-not-set-up = Skeemaa ei ole: suorita ”dirdesk db init”.
db-check-behind = Skeema on versiossa { $version }; tämä dirdesk tuo version { $latest }: suorita ”dirdesk db migrate”.
db-check-newer = Skeema on versiossa { $version }, joka on uudempi kuin tämän dirdeskin tuntema ({ $latest }).
db-check-no-role = Ryhmäroolia { $role } ei ole: suorita ”dirdesk db init”.
db-check-unsecured = Rivitason suojaus on pois käytöstä taulussa { $table }: käyttäjät voisivat lukea toistensa Historiaa.
db-check-history-writable = { $role } saa muuttaa tai poistaa Historian rivejä: Historiaan ei silloin enää voisi vain lisätä rivejä.
db-check-retention-open = Muutkin kuin dirdesk_admin saavat poistaa vanhaa Historiaa.
db-check-added-policy = Rivitason suojauksen käytäntöä { $policy } ei tehnyt dirdesk: se voi antaa lukea tai kirjoittaa sitä, mitä ei pitäisi.
db-check-owner-records = Taulujen omistaja kuuluu rooliin dirdesk_user: rivitason suojaus ei koske omistajaa, joten omistajan ei pitäisi kirjata muutoksia.
cli-db-no-database = Varastolle ”{ $name }” ei ole määritetty yhteistä tietokantaa (dirdesk store edit --database postgresql://HOST:PORT/DB).
cli-db-needs-password = Yhteiseen tietokantaan kirjaudutaan hakemiston salasanallasi: kirjaudu käyttäjänimelläsi ja salasanallasi, älä Kerberos-kirjautumisella.
cli-db-up-to-date = Skeema on ajan tasalla (versio { $version }).
cli-db-applied = Migraatio { $version } otettu käyttöön: { $name }
cli-db-version = Skeeman versio: { $version } (tämä dirdesk: { $latest })
cli-db-my-roles = Roolisi: { $roles }
cli-db-no-roles = ei mitään
cli-db-problem = Ongelma: { $problem }
cli-db-all-well = Kaikki on niin kuin dirdesk sen valmisteli.
cli-db-role-created = Luotiin kirjautumisrooli { $login }
cli-db-role-granted = { $login } kuuluu nyt rooliin { $role }
cli-db-role-revoked = { $login } ei enää kuulu rooliin { $role }
cli-db-roles-as-they-were = Roolit olivat jo ryhmien mukaiset.
cli-db-member-unread = Jäsentä { $dn } ei voitu lukea ({ $reason }): yhtään roolia ei muutettu.
cli-db-group-empty = Ryhmä { $dn } on tyhjä: yhtään roolia ei muutettu (se veisi kaikilta pääsyn).
cli-db-role-kept = { $login } pysyy roolissa { $role }: jäsenyyden myönsi joku muu.
cli-db-role-skipped = Ohitettiin { $login }: PostgreSQL ei voi käyttää sitä roolin nimenä (liian pitkä tai varattu).
cli-database-ca-without-database = --database-ca-file tarvitsee tietokannan: anna myös --database postgresql://HOST:PORT/DB.
cli-about-db = Valmistele ja tarkista varaston yhteinen tietokanta (PostgreSQL), tietokannan ylläpitäjille
cli-about-db-init = Luo ryhmäroolit dirdesk_user ja dirdesk_admin sekä skeema (turvallista suorittaa uudelleen)
cli-about-db-migrate = Päivitä skeema tämän dirdeskin versioon
cli-about-db-check = Kerro skeeman versio, roolisi ja pitävätkö Historian suojaukset
cli-about-db-sync-roles = Luo kirjautumisroolit kahden hakemistoryhmän henkilöille ja tee heistä roolin dirdesk_user tai dirdesk_admin jäseniä
cli-arg-users-group = Ryhmä, jonka jäsenet kirjaavat muutoksensa ja lukevat omaa Historiaansa
cli-arg-admins-group = Ryhmä, jonka jäsenet lukevat kaikkien Historiaa ja jonoa
cli-arg-database = Organisaation yhteinen Historia ja jono, postgresql://HOST:PORT/DB ("" palaa tämän dirdeskin omaan tiedostoon); julkaistaan varaston mukana
cli-arg-database-ca-file = CA-varmennetiedosto (PEM), jonka avulla tietokannan varmenne tarkistetaan ("" poistaa sen)
database-no-bulk-yet = Tämä dirdesk ei vielä kirjaa joukkomuokkauksia jaettuun tietokantaan: mitään ei muutettu. Muokkaa kohteita yksi kerrallaan tai päivitä dirdesk.
queue-finished-elsewhere = toinen työasemasi kirjasi tämän muutoksen sillä välin; sitä ei kirjata kahdesti.
history-bad-date = ”{ $date }” ei ole päivämäärä: kirjoita 2026-11-30 tai 2026-11-30T08:00:00Z.
history-col-when = Ajankohta
history-col-store = Identiteettivarasto
history-col-object = Objekti
history-col-dn = DN
history-col-author = Muuttaja
history-col-attribute = Määrite
history-col-old = Vanha arvo
history-col-new = Uusi arvo
history-col-told = Ilmoitukset
cli-history-needs-user = Varasto ”{ $name }” pitää Historiansa yhteisessä tietokannassa: kirjaudu valitsimilla --user ja --password-stdin lukeaksesi sitä.
cli-history-written = Tiedostoon { $path } kirjoitetut muutokset: { $count }.
cli-arg-user-filter = Vain tämän henkilön tekemät muutokset (hänen kirjautumisnimensä)
cli-arg-attribute = Vain tämän attribuutin muutokset
cli-arg-contains = Vain muutokset, joissa vanha tai uusi arvo sisältää tämän tekstin
cli-arg-since = Tästä päivästä (2026-11-30) tai hetkestä (2026-11-30T08:00:00Z) alkaen
cli-arg-until = Tämän päivän loppuun tai tähän hetkeen asti
cli-arg-csv = Kirjoita muutokset tähän tiedostoon CSV-muodossa, yksi rivi attribuuttia kohden
cli-arg-history-user = Kuka kirjautuu lukemaan varaston yhteistä tietokantaa
queue-not-here = Sähköpostia { $id } osoitteeseen { $address } ei lähetetty tästä dirdeskistä: { $reason }
queue-waits-for-sender = se lähtee käyttäjän { $login } omalla sähköpostitilillä dirdeskistä, jossa { $login } on kirjautuneena
cli-queue-needs-user = Varasto ”{ $name }” pitää jononsa yhteisessä tietokannassa: kirjaudu valitsimilla --user ja --password-stdin.
cli-queue-local-store = Varasto ”{ $name }” pitää jononsa tässä dirdeskissä: kirjautumista ei tarvita (jätä --user pois).
cli-queue-no-shared-store = Yksikään täällä oleva identiteettivarasto ei pidä jonoaan yhteisessä tietokannassa: jätä --user pois käyttääksesi tämän dirdeskin omaa jonoa.
cli-queue-which-store = Useampi täällä oleva identiteettivarasto pitää jonoaan yhteisessä tietokannassa: valitse yksi valitsimella --store.
history-filter-user = Muuttaja (käyttäjänimi)
history-filter-object = Objekti (DN)
history-filter-attribute = Määrite
history-filter-contains = Vanha tai uusi arvo sisältää
history-filter-since = Alkaen
history-filter-until = Asti
history-search = Hae
history-clear = Tyhjennä
history-export = Vie CSV…
history-previous = Edellinen
history-next = Seuraava
history-page = Sivu { $number }
history-recorded-by = kirjannut { $login } { $at }
history-source-this-desk = Kirjattu tässä dirdeskissä.
history-source-shared = Organisaation tietokannasta { $database }, käyttäjänä { $person }.
history-sign-in-first = ”{ $store }” pitää Historiansa ja jononsa organisaation tietokannassa { $database }: kirjaudu varastoon ”{ $store }” Objektieditorissa nähdäksesi ne.
keep-days = { $count ->
    [one] { $count } päivä
   *[other] { $count } päivää
}
keep-months = { $count ->
    [one] { $count } kuukausi
   *[other] { $count } kuukautta
}
keep-years = { $count ->
    [one] { $count } vuosi
   *[other] { $count } vuotta
}
keep-all = Kaikki (mitään ei poisteta)
keep-unknown = ”{ $text }” ei ole säilytysajan vaihtoehto: käytä jotakin näistä: { $choices }.
keep-other = aika, jota tämä dirdesk ei tarjoa
cli-db-retention = Historian säilytysaika: { $keep } (valinnut { $who }, { $at }); työasemat poistavat vanhemmat merkinnät, paitsi ne, joita jokin sähköposti vielä odottaa.
cli-db-retention-unchosen = Koko Historia säilytetään: yksikään ylläpitäjä ei ole valinnut säilytysaikaa.
cli-db-retention-removed = Poistettiin { $count } sitä vanhempaa Historian merkintää.
cli-about-db-retention = Kerro, kuinka kauan yhteistä Historiaa säilytetään, tai (roolin dirdesk_admin jäsenet) valitse se
cli-arg-keep = 30-days, 60-days, 90-days, 6-months, 1-year, 2-years, 5-years tai all (mitään ei poisteta)
history-keep = Säilytä Historia:
history-keep-chosen-by = valinnut { $who }
history-kept = Säilytetty valinnan mukaan: { $count } vanhempaa merkintää poistettu.
cli-history-uploaded = Lähetettiin { $added } muutostasi tämän dirdeskin Historiasta; { $there } oli siellä jo.
cli-history-left-for = { $count } käyttäjän { $name } tekemää muutosta jää tähän dirdeskiin, kunnes hän lähettää ne itse (omilla tunnuksillaan kirjautuneena).
cli-arg-upload = Lisää tämän dirdeskin omaan Historiaan kirjatut muutoksesi varaston yhteiseen tietokantaan (kerran: uudelleen suorittaminen ei lisää mitään)
queue-waits-for-store-account = se lähtee varaston omalla sähköpostitilillä dirdeskistä, joka on asetettu lähettämään sillä
