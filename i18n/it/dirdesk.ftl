# dirdesk — Italiano

## Finestra e navigazione
app-title = dirdesk Admin Center
nav-identity-stores = Archivi di identità
nav-notifications = Notifiche
nav-history = Cronologia

## Pagina «Archivi di identità»
identity-stores-title = Archivi di identità
identity-stores-create = Crea archivio di identità
identity-stores-empty = Nessun archivio di identità. Fare clic su «Crea archivio di identità» per collegare dirdesk a un dominio Active Directory o a una directory LDAP.

## Pagina «Notifiche» (coda)
notifications-title = Notifiche
notifications-empty = Nessuna notifica in coda.

## Pagina «Cronologia»
history-title = Cronologia
history-empty = Finora nessuna modifica è stata fatta con dirdesk.

## Riga di comando
cli-error = errore: { $message }

## Nomi distinti
dn-empty = il DN è vuoto
dn-missing-equals = «{ $part }» non contiene «=»: ogni parte di un DN ha la forma cn=Nome
dn-bad-attribute-type = «{ $part }» non è un tipo di attributo
dn-empty-value = «{ $part }» ha un valore vuoto
dn-bad-escape = «{ $part }» termina con una sequenza di escape incompleta

## Verifica degli archivi di identità e delle notifiche
invalid-name-empty = Inserire un nome per l’archivio di identità.
invalid-name-taken = Esiste già un archivio di identità chiamato «{ $name }».
invalid-no-servers = Aggiungere almeno un server (nome di dominio o nome host).
invalid-host = «{ $host }» non è un nome host né un indirizzo IP.
invalid-port = La porta di { $server } deve essere compresa tra 1 e 65535.
invalid-base-dn = Il DN di base non è valido: { $reason }.
invalid-login-attribute = «{ $attribute }» non è un nome di attributo.
invalid-service-account = «{ $account }» non è un account di servizio: inserire un DN (per Active Directory anche utente@dominio o DOMINIO\utente).
invalid-smtp-server-empty = Inserire il server SMTP che invia le notifiche.
invalid-smtp-port = La porta SMTP deve essere compresa tra 1 e 65535.
invalid-ssl-on-25 = La porta 25 non usa SSL: usare STARTTLS sulla 25 o sulla 587, oppure SSL sulla 465.
invalid-from = «{ $address }» non è un indirizzo e-mail per «Indirizzo del mittente».
invalid-smtp-username-empty = Inserire il nome utente SMTP oppure disattivare «Usa autenticazione SMTP».
invalid-address = «{ $address }» non è un indirizzo e-mail.

## File di configurazione
config-damaged = Il file di configurazione { $path } è danneggiato alla riga { $line }, colonna { $column }: { $reason }. È stato lasciato com’è e una copia è stata conservata in { $backup }. Correggerlo, oppure spostarlo per ricominciare da zero.
config-newer = Il file di configurazione { $path } è stato scritto da un dirdesk più recente (formato { $version }); questa versione non lo modificherà.
config-io = Impossibile leggere o scrivere { $path }: { $reason }

## Portachiavi
keychain-unavailable = Nessun portachiavi utilizzabile: { $reason }. dirdesk conserva le password solo nel portachiavi del sistema operativo; sbloccarlo o avviarlo (su Linux, un Secret Service come GNOME Keyring o KWallet) e riprovare.
keychain-failed = Il portachiavi ha rifiutato: { $reason }

## Connessioni alla directory
ldap-refused = { $server } ha rifiutato la connessione: il server di directory è in funzione e la porta è corretta?
ldap-unreachable = Impossibile raggiungere { $server }: { $reason }
ldap-timeout = { $server } non ha risposto in tempo.
ldap-cert-not-trusted = Il certificato TLS di { $server } non è attendibile: «{ $subject }», emesso da «{ $issuer }». Se l’organizzazione ha una propria autorità di certificazione, sceglierne il file del certificato CA.
ldap-cert-wrong-name = Il certificato TLS di { $server } («{ $subject }») è per altri nomi: { $names }. Connettersi con uno di questi nomi.
ldap-cert-expired = Il certificato TLS di { $server } («{ $subject }») è scaduto.
ldap-cert-other = Il certificato TLS di { $server } («{ $subject }») è stato rifiutato: { $reason }
ldap-tls = TLS con { $server } non è riuscito: { $reason }
ldap-wrong-credentials = Nome utente o password errati.
ldap-tls-required = { $server } richiede una connessione cifrata per questo: scegliere LDAPS o StartTLS.
ldap-base-dn-not-found = Il DN di base «{ $base_dn }» non esiste sul server.
ldap-base-dn-not-found-anonymous = Il DN di base «{ $base_dn }» non è stato trovato; senza un account di servizio il server potrebbe nasconderlo agli utenti anonimi.
ldap-server-error = Il server ha risposto con l’errore { $code }: { $text }
ldap-disconnected = La connessione alla directory si è interrotta: { $reason }
ldap-referral = La directory ha rimandato a un altro server ({ $to }). dirdesk comunica solo con i server dell’archivio di identità, quindi non ha seguito il rimando.
ldap-too-many-results = La directory ha continuato a inviare risultati oltre { $limit }; dirdesk ha smesso di leggerli. Restringere la ricerca.
ldap-malformed = { $server } ha inviato una risposta che non è LDAP valido; non è stato modificato nulla.
connection-server-failed = { $server }: { $reason }

## Etichette comuni (il lessico dell’articolo)
store-type-ad = Active Directory
store-type-ldap = LDAP generico
security-ldaps = LDAPS
security-starttls = StartTLS
security-none = Nessuna (non sicuro)
status-healthy = Integro
status-errors = Errori
status-not-checked = Non verificato
smtp-security-ssl = SSL attivato
smtp-security-starttls = STARTTLS
smtp-security-none = Nessuna (non sicuro)
label-smtp-server = Server SMTP
label-from = Indirizzo del mittente
label-port = Porta
label-smtp-security = Sicurezza
label-use-smtp-auth = Usa autenticazione SMTP
label-smtp-username = Nome utente SMTP
label-smtp-ca-file = File del certificato CA
label-to = A:
label-cc = Cc:
also-logged-in-users = Utenti connessi, per le proprie azioni
also-object-modified = Oggetto modificato
also-group-owners = Proprietari dei gruppi, per i propri gruppi
also-managers = Responsabili, per i propri diretti sottoposti
also-added-members = Nuovi membri del gruppo, all’aggiunta
also-removed-members = Membro rimosso dal gruppo, alla rimozione
also-public-group-owners = Proprietario di gruppo pubblico, a ogni adesione o uscita
membership-join = Unisciti
membership-leave = Esci
my-groups = I miei gruppi
column-name = NOME
column-type = TIPO
column-servers = SERVER
column-security = SICUREZZA
column-base-dn = DN DI BASE
column-enabled = ATTIVO
column-status = STATO
column-last-check = ULTIMA VERIFICA
yes = sì
no = no
on = attivo
off = disattivo

## Messaggi della riga di comando
cli-no-such-store = Non esiste un archivio di identità chiamato «{ $name }».
cli-no-stores = Nessun archivio di identità. Aggiungerne uno con: dirdesk store add --help
cli-bad-host = «{ $host }» non ha la forma HOST o HOST:PORTA.
cli-bad-addresses = Non sono indirizzi e-mail: { $addresses }
cli-empty-password = La password letta dallo standard input è vuota.
cli-prompt-service-password = Password dell’account di servizio:
cli-store-added = Archivio di identità «{ $name }» aggiunto.
cli-store-saved = Archivio di identità «{ $name }» salvato.
cli-store-removed = Archivio di identità «{ $name }» e relative password rimossi.
cli-store-enabled = Archivio di identità «{ $name }» attivato.
cli-store-disabled = Archivio di identità «{ $name }» disattivato.
cli-test-server-ok = { $server }: connesso ({ $vendor }; contesti di denominazione: { $contexts })
cli-test-healthy = «{ $name }» è integro.
cli-test-errors = «{ $name }» presenta errori: { $reason }
cli-notifications-saved = Impostazioni di notifica di «{ $name }» salvate.
ldap-no-service-password = Non c’è nessuna password salvata per l’account di servizio: impostarla con --service-password-stdin.

## Modifica degli oggetti
edit-read-only = «{ $attribute }» è gestito dalla directory e non può essere modificato.
edit-binary = «{ $attribute }» contiene dati binari, che dirdesk non modifica.
edit-single-valued = «{ $attribute }» accetta un solo valore.
ldap-account-locked = Questo account è bloccato. Chiedere all’amministratore di sbloccarlo.
ldap-account-disabled = Questo account è disattivato.
ldap-password-expired = La password di questo account è scaduta o deve essere cambiata prima di accedere.
ldap-no-such-object = «{ $dn }» non esiste (più).
change-nothing = Niente da salvare: i valori sono uguali a quelli della directory.
change-conflict = Non salvato: qualcun altro ha modificato questo oggetto da quando è stato aperto. Ricaricarlo per vedere i valori attuali.
change-insufficient-access = Non salvato: non si dispone dell’autorizzazione per modificarlo ({ $detail }).
membership-closed-join = Questo gruppo non consente ai membri di unirsi autonomamente. La directory ha risposto: { $detail }
membership-closed-leave = Questo gruppo non consente ai membri di uscirne autonomamente. La directory ha risposto: { $detail }
change-schema-violation = Non salvato: la directory non accetta questo valore ({ $detail }).
change-refused = Non salvato: la directory ha rifiutato la modifica ({ $detail }).
change-busy = Non salvato: la directory è occupata o non disponibile ({ $detail }). Riprovare tra poco.
kind-group = gruppo
kind-user = utente
kind-other = oggetto
no-value = (nessun valore)
binary-value = <binario, { $bytes } byte>
cli-store-disabled-sign-in = L’archivio di identità «{ $name }» è disattivato.
cli-prompt-password = Password di { $user }:
cli-password-needed = Serve una password: usare --password-stdin oppure eseguire in un terminale.
cli-found = { $count ->
    [one] 1 oggetto trovato.
   *[other] { $count } oggetti trovati.
}
cli-finished-earlier-change = Completata una modifica salvata ma non registrata da un’esecuzione precedente: { $change }
cli-bad-pair = «{ $pair }» non ha la forma ATTR=VALORE.
cli-no-edits = Niente da modificare: usare --set, --add, --remove o --clear.
cli-changed = «{ $name }» ({ $kind }, { $dn }) modificato come { $author } il { $at }:
cli-current-value = { $attribute } ora è: { $value }

## E-mail di notifica
email-subject-own = La tua modifica: { $kind } «{ $name }»
email-subject-other = { $kind } «{ $name }» modificato da { $author }
email-greeting = Ciao { $name },
email-greeting-anonymous = Ciao,
email-intro-own = ti confermiamo la modifica che hai apportato a questo oggetto in { $store }: { $kind } «{ $name }».
email-intro-other = { $author } ha modificato questo oggetto in { $store }: { $kind } «{ $name }».
email-label-object = Oggetto
email-label-dn = Nome distinto
email-label-author = Modificato da
email-label-when = Quando
email-col-attribute = Attributo
email-col-old = Valore precedente
email-col-new = Nuovo valore
email-added = Aggiunto
email-removed = Rimosso
email-no-value = (nessuno)
email-why-logged-in-user = Ricevi questa e-mail perché hai fatto tu questa modifica.
email-why-list = Ricevi questa e-mail perché questo indirizzo è nell’elenco di notifica dell’archivio di identità.
email-why-object = Ricevi questa e-mail perché la modifica riguarda te o un gruppo di cui fai parte.
email-why-owner = Ricevi questa e-mail perché sei proprietario di questo gruppo.
email-why-manager = Ricevi questa e-mail perché la modifica riguarda uno dei tuoi diretti sottoposti.
email-why-added = Ricevi questa e-mail perché sei stato aggiunto a questo gruppo.
email-why-removed = Ricevi questa e-mail perché sei stato rimosso da questo gruppo.
email-why-public-owner = Ricevi questa e-mail perché sei proprietario di questo gruppo e qualcuno vi è entrato o ne è uscito autonomamente.
email-footer = Inviato con dirdesk.
email-digest-subject-own = Le tue modifiche in { $store }: { $count }
email-digest-subject-other = Modifiche di { $author } in { $store }: { $count }
email-digest-intro-own = ti confermiamo le modifiche che hai apportato in una sola volta in { $store }: { $count } in tutto.
email-digest-intro-other = { $author } ha apportato modifiche in una sola volta in { $store }: { $count } in tutto.
email-digest-more = Qui sono elencate le prime { $listed }; l’elenco completo ({ $count } in tutto) è nel file allegato { $file }.
email-digest-why-logged-in-user = Ricevi questa e-mail perché hai fatto tu queste modifiche.
email-digest-why-object = Ricevi questa e-mail perché queste modifiche riguardano te o gruppi di cui fai parte.
email-digest-why-owner = Ricevi questa e-mail perché sei proprietario di gruppi che sono stati modificati.
email-digest-why-manager = Ricevi questa e-mail perché queste modifiche riguardano i tuoi diretti sottoposti.
email-digest-why-added = Ricevi questa e-mail perché sei stato aggiunto a dei gruppi.
email-digest-why-removed = Ricevi questa e-mail perché sei stato rimosso da dei gruppi.
email-digest-why-public-owner = Ricevi questa e-mail perché sei proprietario di gruppi in cui qualcuno è entrato o da cui è uscito autonomamente.

## Coda delle notifiche
queue-error = La coda delle notifiche { $path } non può essere usata: { $reason }
queue-disk-full = il disco che la contiene è pieno. Liberare spazio; non è andato perso nulla.
queue-read-only = non è possibile scrivere nella sua cartella (sola lettura). Non è andato perso nulla.

## Server di posta
smtp-not-configured = Nelle impostazioni di notifica dell’archivio non è indicato alcun server SMTP.
smtp-refused = Il server di posta { $server } ha rifiutato la connessione: è in funzione e la porta è corretta?
smtp-timeout = Il server di posta { $server } non ha risposto in tempo.
smtp-not-trusted = Il certificato TLS del server di posta { $server } non è attendibile ({ $detail }). Se è firmato dall’autorità di certificazione dell’organizzazione, indicarne il file del certificato CA.
smtp-tls = TLS con il server di posta { $server } non è riuscito: { $detail }
smtp-auth-failed = Il server di posta ha rifiutato il nome utente o la password SMTP: { $detail }
smtp-sender-refused = Il server di posta ha rifiutato l’indirizzo del mittente: { $detail }
smtp-recipient-refused = Il server di posta ha rifiutato il destinatario: { $detail }
smtp-permanent = Il server di posta ha rifiutato il messaggio: { $detail }
smtp-temporary = Il server di posta non ha potuto accettare il messaggio ora: { $detail }
test-email-subject = Notifica di prova di dirdesk
test-email-body = Questa è un’e-mail di prova di dirdesk, inviata tramite { $server }. Se riesci a leggerla, le notifiche ti raggiungono.
cli-notify-sent = { $address }: inviata ({ $answer })
cli-notify-queued = { $address }: in coda — { $reason } Verrà ritentata automaticamente (dirdesk queue send --all la invia subito; con --user per un archivio con database condiviso).
cli-notify-failed = { $address }: non inviata — { $reason }
cli-notify-not-mail-enabled = { $dn }: non inviata — l’account non ha un indirizzo e-mail (le notifiche vanno solo agli utenti abilitati alla posta).
cli-notify-malformed = { $who }: non inviata — «{ $address }» non è un indirizzo e-mail utilizzabile.
cli-notify-unwritten = { $who }: non inviata — non è stato possibile scrivere l’e-mail: { $problem }
cli-notify-none = Nessuna notifica per questa modifica (nessuna è attivata per questo archivio di identità).
cli-test-email-sent = E-mail di prova a { $address } accettata dal server: { $answer }
queue-status-pending = In attesa
queue-status-sending = In corso
queue-status-sent = Inviata
queue-status-failed = Non riuscita
queue-col-id = ID
queue-col-status = Stato
queue-col-subject = Oggetto
queue-col-date = Data
queue-col-to = A
queue-col-from = Da
queue-col-cc = Cc
queue-col-last-retry = Ultimo tentativo
queue-col-retry-count = Tentativi
queue-col-in-progress = In corso
queue-last-error = ultimo errore: { $error }
queue-no-such-email = Non c’è nessuna e-mail non inviata con ID { $id } in coda.
queue-deleted = E-mail { $id } eliminata dalla coda.
queue-store-gone = { $count } e-mail in coda appartengono a un archivio di identità che non esiste più.
history-line = { $at }  { $author } ha modificato «{ $name }» ({ $dn }) in { $store }

## Schede degli archivi di identità
store-disabled-badge = Disattivato
store-last-check = Ultima verifica della connessione: { $when }
menu-more = Altre azioni
menu-edit = Modifica
menu-disable = Disattiva
menu-enable = Attiva
menu-delete = Elimina
delete-store-question = Eliminare l’archivio di identità «{ $name }»?
delete-store-explanation = Vengono rimosse le sue impostazioni e le password conservate per esso nel portachiavi. La directory non viene modificata.
cancel = Annulla

## Dettagli dell’archivio di identità
store-details-title = Dettagli dell’archivio di identità
tab-general = Generale
tab-connection = Connessione
settings-pane = Impostazioni
configurations = Configurazioni
field-store-type = Tipo di archivio
field-name = Nome
field-host = Nome di dominio o nome host
field-port = Porta
field-security = Sicurezza
security-insecure-warning = Senza cifratura le password attraversano la rete leggibili da chiunque lungo il percorso. Usare LDAPS o StartTLS.
field-ca-file = File del certificato CA
field-ca-file-placeholder = Percorso di un file PEM (solo per un’autorità di certificazione privata)
browse = Sfoglia…
file-dialog-none = Non è stato scelto alcun file, oppure questo sistema non ha una finestra di selezione file: digitare il percorso.
field-base-dn = DN di base
field-login-attribute = Attributo di accesso
field-service-account = Account di servizio
field-service-password = Password dell’account di servizio
field-service-password-placeholder = Conservata nel portachiavi di sistema; lasciare vuoto per mantenere quella salvata
servers-in-priority-order = Server in ordine di priorità (viene usato il primo che risponde):
add-server = Aggiungi server
remove = Rimuovi
test-connection = Verifica connessione
testing-connection = Verifica della connessione…
test-server-ok = { $server }: connesso (contesti di denominazione: { $detail })
save = Salva
back = ← Indietro
configurations-title = Configurazioni — { $store }
configurations-notifications-description = Server SMTP, destinatari e chi avvisare delle modifiche

## Pagina delle impostazioni di notifica
notifications-settings-title = Notifiche — { $store }
section-smtp-server = Server SMTP
section-recipients = Destinatari
section-also-notify = Avvisa anche
label-smtp-password = Password SMTP
addresses-placeholder = Indirizzi separati da ;
also-notify-mail-enabled-note = Le notifiche vanno solo agli utenti abilitati alla posta.
test-server = Verifica server
test-notification-title = Notifica di prova
test-notification-address = Invia un’e-mail di prova a
test-notification-sending = Invio in corso…
test-notification-accepted = Il server ha accettato l’e-mail di prova: { $answer }
settings-saved = Salvato. Le impostazioni valgono dalla prossima modifica.
close = Chiudi
ok = OK
filter-pending = In attesa
filter-failed = Non riuscite
filter-all = Tutte
queue-send = Invia
history-all-stores = Tutti gli archivi di identità
history-change = { $attribute }: { $old } → { $new }
history-email = Notifica a { $address }: { $status }
store-saved = Archivio di identità salvato.
unsaved-question = Uscire senza salvare?
unsaved-explanation = Questa pagina contiene modifiche non ancora salvate.
unsaved-stay = Resta
unsaved-leave = Esci senza salvare

## Editor di oggetti: ricerca
find-groups = Gruppi
find-users = Utenti
find-placeholder = Nome, account o indirizzo e-mail
find-search = Cerca
find-searching = { $count ->
    [one] Ricerca… 1 trovato finora
   *[other] Ricerca… { $count } trovati finora
}
find-found = { $count ->
    [one] 1 trovato
   *[other] { $count } trovati
}

## Editor di oggetti: proprietà
group-properties = Proprietà del gruppo
user-properties = Proprietà dell’utente
tab-members = Membri
tab-owner = Proprietario
tab-email = E-mail
tab-manager = Responsabile
tab-attributes = Attributi
prop-display-name = Nome visualizzato
prop-description = Descrizione
prop-email = E-mail
prop-notes = Note
prop-title = Qualifica
prop-telephone = Numero di telefono
prop-manager = Responsabile (DN)
members-add-placeholder = Nome o DN della persona da aggiungere
members-add = Aggiungi…
owner-none = Questo gruppo non ha un proprietario.
attr-read-only = sola lettura
attr-single = un valore
attr-multi = più valori
reload = Ricarica
saving = Salvataggio…
apply = Applica
preview-title = Verranno salvate queste modifiche:
saved-sent = Salvato. Ti è stata inviata un’e-mail di conferma a { $address }.
saved-no-mail = Salvato. Il tuo account non ha un indirizzo e-mail, quindi non è stata inviata alcuna conferma (le notifiche vanno solo agli utenti abilitati alla posta).
saved-queued = Salvato. L’e-mail di conferma a { $address } è in coda e verrà ritentata automaticamente: { $reason }
saved-failed = Salvato, ma non è stato possibile inviare l’e-mail di conferma a { $address }: { $reason }
saved-not-queued = Salvato, ma non è stato possibile mettere in coda la notifica: { $reason }
saved-plain = Salvato.

## Editor di oggetti: accesso
nav-object-editor = Editor di oggetti
sign-in-title = Accedi con il tuo account di directory
sign-in-store = Archivio di identità
sign-in-user = Nome utente
sign-in-password = Password
sign-in-remember = Ricorda la password (conservata nel portachiavi di sistema)
sign-in = Accedi
sign-in-busy = Accesso in corso…
sign-in-no-store = Non c’è nessun archivio di identità attivo a cui accedere. Crearne o attivarne uno in Archivi di identità.
sign-in-enter-user = Inserisca il suo nome utente.
sign-in-enter-password = Inserisca la sua password.
signed-in-as = Accesso eseguito come { $name } a { $store }
signed-in-mail = Le e-mail di conferma vanno a { $address }
signed-in-no-mail = Il tuo account non ha un indirizzo e-mail: non riceverai e-mail di conferma.
sign-out = Esci
back-to-results = ← Torna ai risultati
loading = Caricamento…
group-scope-global = Globale
group-scope-domain-local = Locale al dominio
group-scope-universal = Universale
group-kind-security = Sicurezza
group-kind-distribution = Distribuzione
group-scope-and-type = Ambito del gruppo: { $scope } · Tipo di gruppo: { $kind }

## Impostazioni (quelle dell'applicazione, nella navigazione)
# This language's name in itself, as the language list shows it.
language-name = Italiano
nav-settings = Impostazioni
app-settings-title = Impostazioni
app-settings-language = Lingua
app-settings-language-system = Come il sistema
app-settings-language-hint = Le e-mail di notifica seguono la lingua preferita di ciascun destinatario, qualunque sia la scelta fatta qui.
app-settings-theme = Tema
app-settings-theme-system = Come il sistema
app-settings-theme-light = Chiaro
app-settings-theme-dark = Scuro
# A date and time as this language writes them (strftime, as jiff reads it);
# the time zone follows.
format-date-time = %d/%m/%Y, %H:%M:%S

## Aiuto della riga di comando
cli-heading-usage = Uso
cli-heading-commands = Comandi
cli-heading-options = Opzioni
cli-heading-arguments = Argomenti
cli-about = Admin Center ed editor di oggetti per Active Directory e directory LDAP, con notifica delle modifiche. Senza un comando apre la finestra.
cli-about-store = Gestire gli archivi di identità (le directory a cui dirdesk si collega)
cli-about-store-list = Elencare gli archivi di identità
cli-about-store-add = Aggiungere un archivio di identità
cli-about-store-edit = Modificare un archivio di identità; le opzioni non indicate restano come sono
cli-about-store-remove = Rimuovere un archivio di identità e le sue password
cli-about-store-enable = Abilitare un archivio di identità
cli-about-store-disable = Disabilitare un archivio di identità (conservato, ma non proposto per l’accesso)
cli-about-store-test = Provare la connessione a ogni server di un archivio e registrare il risultato
cli-about-notifications = Vedere e modificare le impostazioni di notifica di un archivio
cli-about-notifications-show = Vedere le impostazioni di notifica di un archivio
cli-about-notifications-set = Modificare le impostazioni di notifica di un archivio; le opzioni non indicate restano come sono
cli-about-notifications-test = «{ test-server }»: inviare una vera e-mail di prova e mostrare la risposta del server
cli-about-search = Cercare gruppi e utenti per nome, con il proprio account
cli-about-show = Mostrare un oggetto con tutti i suoi attributi
cli-about-edit = Modificare un oggetto con il proprio account; mostra la modifica e chi è stato avvisato
cli-about-join = Unirsi autonomamente a un gruppo (se il gruppo lo consente ai suoi membri); mostra la modifica e chi è stato avvisato
cli-about-leave = Uscire autonomamente da un gruppo (se il gruppo lo consente ai suoi membri); mostra la modifica e chi è stato avvisato
cli-already-member = Sei già membro di { $dn }: niente da modificare.
cli-not-a-member = Non sei membro di { $dn }: niente da modificare.
cli-about-queue = Vedere, inviare ed eliminare le e-mail di notifica in coda
cli-about-queue-list = Elencare le e-mail di notifica in coda (per impostazione predefinita quelle in attesa)
cli-about-queue-send = Inviare ora un’e-mail in coda, o tutte quelle in attesa (--all)
cli-about-queue-delete = Eliminare un’e-mail in coda che non è stata inviata
cli-about-history = Mostrare le modifiche fatte con dirdesk
cli-about-help = Mostrare questo aiuto o quello del comando indicato
cli-arg-help = Mostrare l’aiuto
cli-arg-version = Mostrare la versione
cli-arg-config-dir = Tenere configurazione e dati in DIR (uso portatile, test)
cli-arg-json = Stampare JSON invece di una tabella
cli-arg-notifications-show-json = Stampare JSON invece di testo
cli-arg-show-json = Stampare JSON invece di testo
cli-arg-name = Il nome dell’archivio di identità
cli-arg-store-add-name = Il nome dell’archivio (univoco, senza distinzione tra maiuscole e minuscole)
cli-arg-store-edit-name = Un nuovo nome per l’archivio (univoco, senza distinzione tra maiuscole e minuscole)
cli-arg-store = Il nome dell’archivio di identità
cli-arg-store-edit-store = L’archivio da modificare
cli-arg-history-store = Solo questo archivio di identità
cli-arg-store-type = ldap (Generic LDAP) o ad (Active Directory)
cli-arg-hosts = HOST[:PORT], ripetuto in ordine di priorità
cli-arg-security = ldaps (TLS dal primo byte), starttls o none (non cifrato, mostrato come non sicuro)
cli-arg-ca-file = File del certificato CA (PEM) per server firmati da una CA privata ("" lo toglie)
cli-arg-base-dn = DN di base: dove iniziano le ricerche (dc=example,dc=test)
cli-arg-login-attribute = Attributo con cui le persone accedono (uid, sAMAccountName, mail, …)
cli-arg-service-account = DN dell’account di servizio (o UPN / DOMINIO\utente in Active Directory)
cli-arg-service-password-stdin = Leggere la password dell’account di servizio dallo standard input
cli-arg-smtp-server = { label-smtp-server }: nome host o indirizzo IP del server di posta
cli-arg-smtp-port = Porta del server di posta (465 con SSL, 587 con STARTTLS)
cli-arg-smtp-security = ssl (TLS implicito), starttls o none
cli-arg-smtp-ca-file = File del certificato CA (PEM) per un server di posta firmato da una CA privata ("" lo toglie)
cli-arg-from = { label-from }
cli-arg-smtp-user = Nome utente SMTP; attiva «{ label-use-smtp-auth }» ("" la disattiva)
cli-arg-smtp-password-stdin = Leggere la password SMTP dallo standard input
cli-arg-to = Destinatari di ogni notifica, separati da «;»
cli-arg-cc = Destinatari in copia di ogni notifica, separati da «;»
cli-arg-notifications-test-to = L’indirizzo a cui inviare l’e-mail di prova
cli-arg-logged-in-users = { section-also-notify }: { also-logged-in-users }
cli-arg-object-modified = { section-also-notify }: { also-object-modified }
cli-arg-group-owners = { section-also-notify }: { also-group-owners }
cli-arg-managers = { section-also-notify }: { also-managers }
cli-arg-added-members = { section-also-notify }: { also-added-members }
cli-arg-removed-members = { section-also-notify }: { also-removed-members }
cli-arg-public-group-owners = { section-also-notify }: { also-public-group-owners }
cli-arg-user = Il nome utente della directory con cui accedere
cli-arg-password-stdin = Leggere la password dallo standard input
cli-arg-groups = Solo gruppi
cli-arg-users = Solo utenti
cli-arg-text = Testo contenuto nel nome (vuoto: tutto)
cli-arg-dn = Il nome distinto (DN) dell’oggetto
cli-arg-set = Impostare ATTR a VALUE (ripetere per più valori)
cli-arg-add = Aggiungere VALUE ad ATTR
cli-arg-remove = Togliere VALUE da ATTR
cli-arg-clear = Togliere tutti i valori di ATTR
cli-arg-dry-run = Stampare la modifica (attributo: vecchio → nuovo) senza applicarla
cli-arg-edit-dn = Il nome distinto (DN) dell’oggetto; oppure una modifica in blocco con --from, --filter o --groups
cli-arg-edit-from = Una modifica in blocco: ogni modifica di un file LDIF di record di modifica (come li legge ldapmodify) o di un foglio CSV (dn,ATTR,…: sostituire con il valore della cella; una cella vuota lo lascia com’è)
cli-arg-edit-format = ldif o csv (per impostazione predefinita csv per un nome che termina in .csv, altrimenti ldif)
cli-arg-edit-clear-marker = In un foglio CSV, il testo della cella che svuota un attributo (per esempio -)
cli-arg-edit-filter = Una modifica in blocco di ogni oggetto che un filtro LDAP (RFC 4515) trova sotto il DN di base, con --set/--add/--remove/--clear
cli-arg-edit-groups = Una modifica in blocco di ogni gruppo il cui nome contiene TEXT, con --set/--add/--remove/--clear
cli-arg-edit-in-flight = Modifiche in transito contemporaneamente in una modifica in blocco (1–64)
cli-arg-edit-json = Modifiche in blocco: un oggetto JSON per modifica, poi uno per l’intera esecuzione
cli-arg-pending = Solo le e-mail in attesa di invio (predefinito)
cli-arg-failed = Solo le e-mail che non è stato possibile inviare
cli-arg-all = Tutte le e-mail, qualunque sia il loro esito
cli-arg-queue-send-all = Inviare tutte le e-mail in attesa
cli-arg-id = Il numero dell’e-mail, come lo mostra «dirdesk queue list»
cli-arg-object = Solo questo oggetto (il suo DN)
invalid-smtp-unencrypted-authentication = Senza cifratura la password SMTP attraverserebbe la rete leggibile da chiunque lungo il percorso. Scegliere SSL o STARTTLS, oppure consentirlo esplicitamente («Invia la password senza cifratura»; dalla riga di comando --allow-unencrypted-auth on).
smtp-unencrypted-authentication = Non inviato: { $server } avrebbe ricevuto la password SMTP senza cifratura, cosa che queste impostazioni non consentono. Scegliere SSL o STARTTLS nella pagina Notifiche dell’archivio.
smtp-unencrypted-warning = Senza cifratura la password SMTP attraversa la rete leggibile da chiunque lungo il percorso. Usare SSL o STARTTLS.
label-smtp-allow-unencrypted-auth = Invia la password senza cifratura
cli-arg-allow-unencrypted-auth = on: accedere al server di posta anche con --smtp-security none, benché la password attraversi allora la rete in chiaro
sign-in-remember-failed = Accesso eseguito, ma non è stato possibile conservare la password nel portachiavi di sistema, quindi verrà richiesta la prossima volta: { $reason }
change-not-recordable = Non salvato: non è stato possibile registrare la modifica prima di farla, quindi non è cambiato nulla ({ $detail }).
ldap-own-entry-unreadable = La password è stata accettata, ma la directory non consente a { $dn } di leggere la propria voce (nome e indirizzo email) e questo archivio di identità non ha un account di servizio con cui leggerla. Chiedere all’amministratore della directory di consentire agli utenti di leggere la propria voce, oppure assegnare all’archivio un account di servizio.
published-damaged = Le impostazioni pubblicate nella directory sono danneggiate e sono state lasciate come sono: { $detail }
published-newer = Le impostazioni pubblicate nella directory sono nel formato { $format }, più recente di quello che questo dirdesk conosce ({ $known }): aggiornare dirdesk per seguirle. Da qui non vengono modificate.

## Published stores: one policy for every desk
invalid-login-dn-template = «{ $template }» non è un modello di DN di accesso: deve essere un DN con { "{" }user{ "}" } al posto del nome di accesso, ad es. uid={ "{" }user{ "}" },ou=people,dc=example,dc=test.
published-missing = Nella directory non è pubblicato nulla in { $dn }.
published-unreadable = La directory non consente a questo account di leggere le impostazioni pubblicate in { $dn }: { $detail }
published-unusable = Le impostazioni pubblicate in { $dn } non possono essere seguite: { $problem }
published-no-settings-attribute = la voce esiste, ma il suo attributo { $attribute } non può essere letto
publish-conflict = Non pubblicato: nel frattempo qualcun altro ha pubblicato altre impostazioni in { $dn } ({ $by }, { $when }). Non è stato modificato nulla; vengono mostrate le impostazioni pubblicate ora — ripetere la modifica.
publish-refused = Non pubblicato: la directory ha rifiutato ({ $reason }). Non è stato modificato nulla.
published-keeps-copy = { $problem } Questo dirdesk continua a seguire la copia letta il { $when }.
smtp-needs-signed-in-user = Questa e-mail viene inviata con l’account della persona che ha fatto la modifica, la cui password dirdesk conosce solo finché quella persona ha eseguito l’accesso: resta in coda e parte la prossima volta che salverà una modifica.
smtp-no-store-password = La password dell’account SMTP «{ $user }» dell’archivio non è nel portachiavi di questo computer: l’e-mail resta in coda. Chi la conosce può inserirla nella pagina Notifiche oppure con «dirdesk notifications set --store NAME --smtp-password-stdin».
cli-warning = avviso: { $message }
cli-one-secret-from-stdin = Dallo standard input si può leggere una sola password: indicare --smtp-password-stdin e --password-stdin in due comandi separati.
cli-publish-needs-account = Questo computer non ha un account di servizio per «{ $name }» con cui scrivere le impostazioni pubblicate: indicare con --user un account a cui la directory consente di scriverle.
cli-store-published = Impostazioni condivise di «{ $name }» pubblicate nella directory in { $dn }: ogni dirdesk che le segue le usa dalla sua prossima modifica.
cli-store-unpublished = Rimosse le impostazioni pubblicate in { $dn }. I dirdesk che seguivano «{ $name }» conservano la copia letta per ultima e vengono avvisati che la pubblicazione non c’è più; questo dirdesk le tiene come proprie.
cli-store-follows = Segue le impostazioni pubblicate nella directory in { $dn } da { $by }, il { $when }.
cli-notifications-published = Impostazioni di notifica di «{ $name }» pubblicate nella directory in { $dn }.
cli-about-store-publish = Pubblicare nella directory le impostazioni condivise di un archivio (mai una password), perché ogni dirdesk le segua
cli-about-store-unpublish = Rimuovere dalla directory le impostazioni pubblicate di un archivio
cli-arg-location = Il DN della voce pubblicata (predefinito: cn=dirdesk sotto il DN di base)
cli-arg-login-dn-template = LDAP generico: il DN con cui le persone accedono, dove { "{" }user{ "}" } sta per il loro nome di accesso (uid={ "{" }user{ "}" },ou=people,dc=example,dc=test); non serve un account di servizio per trovarle
cli-arg-smtp-auth = Come accedere al server di posta: none (un relay), basic (l’account SMTP dell’archivio, --smtp-user), signed-in-user (nome utente e password di directory di ciascuna persona) o oauth2 (un token da --oauth-token-endpoint: con --smtp-user e la sua password tramite password grant, senza di essi solo come app)
cli-arg-smtp-login-as = Con --smtp-auth signed-in-user: accedere al server di posta con il nome utente digitato (login) o con l’indirizzo e-mail della persona (mail)
settings-source-local = Impostazioni di questo computer (non pubblicate nella directory).
settings-source-published = Pubblicate nella directory in { $dn } da { $by }, il { $when } (lette l’ultima volta il { $read }).
settings-source-published-unread = Pubblicate nella directory in { $dn } (non ancora lette: vengono lette al prossimo accesso).
label-smtp-password-source = Password SMTP
smtp-password-not-used = non usata
smtp-password-signed-in-user = la password di directory di ciascuna persona, finché ha eseguito l’accesso
smtp-password-in-keychain = nel portachiavi di questo computer
smtp-password-missing = non presente nel portachiavi di questo computer
published-read-only = Queste impostazioni sono pubblicate nella directory e questo computer non ha un account che possa modificarle: si possono modificare da un dirdesk che abbia l’account di servizio dell’archivio, oppure con «dirdesk notifications set --store NAME --user …» come un account a cui la directory consente di scriverle.
settings-publishing = Pubblicazione nella directory…
label-smtp-signed-in-user = Accedi con le credenziali dell’utente connesso
settings-published = Pubblicate nella directory in { $dn }: ogni dirdesk che segue la pubblicazione usa queste impostazioni dalla sua prossima modifica.
publish-refused-access = Non pubblicato: la directory non consente a questo account di modificare le impostazioni pubblicate ({ $detail }). Non è stato modificato nulla.
machine-config-problem = Non è stato possibile usare il file di configurazione del computer { $path }, quindi mancano gli archivi di identità che aggiunge: { $detail }
store-managed = Aggiunto per tutti gli utenti di questo computer dal suo amministratore.
cli-store-managed = «{ $name }» è stato aggiunto per tutti gli utenti di questo computer dal suo amministratore ({ $path }); non può essere rimosso da qui.
cli-notify-waiting = { $address }: in attesa — { $reason }
smtp-test-needs-user = Ogni persona accede a questo server di posta con il proprio nome utente e la propria password, quindi il test ne richiede uno: dirdesk notifications test --store NAME --to ADDRESS --user LOGIN --password-stdin.
published-foreign = La voce { $dn } non contiene le impostazioni pubblicate da dirdesk (un altro tipo di oggetto ha quel nome): resta com’è. Pubblica altrove con --location.
publish-location-not-cn = la posizione { $dn } deve iniziare con cn= (la voce prende il nome dal suo cn)
field-login-dn-template = Modello del DN di accesso (facoltativo)

## Big groups, Member Of, finding people as ADUC does
members-count = { $count ->
    [one] 1 membro
   *[other] { $count } membri
}
members-shown = { $shown } di { $count } mostrati
members-reading-names = Lettura dei nomi… { $read } di { $count }
members-filter-placeholder = Filtra i membri per nome o DN
tab-member-of = Membro di
member-of-nested = Includi i gruppi di cui è membro tramite altri gruppi
member-of-none = Non è membro di alcun gruppo.
member-of-count = { $count ->
    [one] Membro di 1 gruppo
   *[other] Membro di { $count } gruppi
}
member-of-direct = diretto
member-of-nested-via = tramite un altro gruppo
member-of-primary = gruppo primario
find-matched = { $attribute }: { $value }

## Kerberos single sign-on
kerberos-no-ticket = Nessun ticket Kerberos: questo computer non ha un accesso Windows/Kerberos da usare (su Linux o macOS, eseguire prima «kinit»). Accedere invece con nome utente e password.
kerberos-expired = Il ticket Kerberos è scaduto: accedere di nuovo a Windows (o eseguire «kinit»), oppure accedere con nome utente e password.
kerberos-clock-skew = L’orologio di questo computer e quello del controller di dominio differiscono più di quanto Kerberos consenta (5 minuti): regolare l’orologio, oppure accedere con nome utente e password.
kerberos-no-spn = La directory non ha l’entità servizio Kerberos { $spn }: connettersi al controller di dominio con il suo nome completo (come registrato nella directory), oppure accedere con nome utente e password.
kerberos-other = Accesso Kerberos non riuscito: { $reason }
kerberos-signed-in = Accesso eseguito come { $principal } con l’accesso Windows/Kerberos, all’interno della connessione TLS verificata.
kerberos-mail-needs-password = Questo archivio invia le conferme con il tuo account di posta, che richiede la tua password; un accesso Kerberos non ne fornisce nessuna a dirdesk. Le tue conferme restano in coda finché non accedi una volta con nome utente e password.
sign-in-kerberos = Accedi come { $principal }
kerberos-signed-in-sealed = Accesso eseguito come { $principal } con l’accesso Windows/Kerberos; questo archivio non usa TLS, quindi è Kerberos stesso a cifrare la connessione.
kerberos-no-sealing = { $server } non offre la cifratura Kerberos per una connessione senza TLS, e dirdesk non accede mai senza cifratura: scegliere LDAPS o StartTLS per questo archivio, oppure accedere con nome utente e password.
kerberos-not-inside-tls = { $server } non accetta un accesso Kerberos all’interno di TLS ({ $reason }). I controller di dominio Windows lo accettano; su Samba l’impostazione è «ldap server require strong auth = allow_sasl_over_tls». Nel frattempo, accedere con nome utente e password, oppure connettersi a questo archivio senza TLS: in tal caso è Kerberos stesso a cifrare la connessione.
kerberos-other-person = Il ticket Kerberos di questo computer ora appartiene a qualcun altro ({ $now }): con questo accesso non si fa più nulla. Accedere di nuovo.
kerberos-kdc-timeout = Il controller di dominio Kerberos (KDC) non ha risposto in tempo.
kerberos-other-realm = Il ticket Kerberos è per { $principal }, di un realm diverso da quello di questo archivio ({ $realm }), e la directory non può dire chi sia qui: accedere con nome utente e password.
cli-arg-member-of = Elencare anche i gruppi di cui è membro (Membro di)
cli-arg-nested = Con --member-of: anche i gruppi di cui è membro tramite altri gruppi
cli-arg-kerberos = Accedere con il proprio ticket Kerberos (l’accesso a Windows, o kinit) invece di una password

## OAuth 2.0 for SMTP (Microsoft 365, Google)
oauth-bad-endpoint = Il Token Endpoint «{ $endpoint }» non è un indirizzo https://: dirdesk invia un segreto client solo su TLS verificato.
oauth-no-client-secret = Nel portachiavi di questo computer non c’è alcun segreto client OAuth 2.0 per questo archivio: inserire il Client Secret nella pagina Notifiche oppure usare «dirdesk notifications set --oauth-client-secret-stdin».
oauth-wrong-client-secret = L’endpoint del token ha rifiutato il Client ID o il Client Secret ({ $detail }): controllarli entrambi nella pagina Notifiche; un segreto scaduto va sostituito con uno nuovo dalla registrazione dell’app.
oauth-wrong-password = L’endpoint del token ha rifiutato il nome utente o la password ({ $detail }).
oauth-needs-mfa = L’endpoint del token chiede a questo account un accesso a più fattori ({ $detail }), che un mittente di posta non può fornire: questo account non deve richiedere l’accesso a più fattori (escluderlo nel Conditional Access del tenant), oppure lasciare vuoti Nome utente e Password per inviare solo come app.
oauth-refused = L’endpoint del token si è rifiutato di emettere un token: { $detail }
oauth-unreachable = L’endpoint del token { $endpoint } non è raggiungibile ({ $detail }); le e-mail restano in attesa e vengono ritentate.
oauth-not-trusted = L’endpoint del token { $endpoint } non è attendibile ({ $detail }): aggiungere il suo certificato CA al file del certificato CA SMTP o ai certificati attendibili di questo computer.
oauth-malformed = L’endpoint del token { $endpoint } ha risposto senza un token ({ $detail }).
smtp-token-refused = Il server di posta ha rifiutato il token OAuth 2.0, anche uno nuovo ({ $detail }): la casella di posta o l’app potrebbero non essere autorizzate a inviare via SMTP (Exchange: SMTP AUTH attivato per la casella di posta e l’autorizzazione SMTP.Send o SMTP.SendAsApp per l’app).
smtp-needs-oauth = Il server di posta non accetta password ({ $detail }): questo server richiede OAuth 2.0 — scegliere OAuth 2.0 in «Usa autenticazione SMTP».
cli-oauth-needs-client-id = OAuth 2.0 richiede l’ID client dell’app: --oauth-client-id.
cli-arg-oauth-token-endpoint = Endpoint del token OAuth 2.0 (https://…/oauth2/v2.0/token)
cli-arg-oauth-client-id = ID client OAuth 2.0 (quello della registrazione dell’app)
cli-arg-oauth-client-secret-stdin = Leggere il segreto client OAuth 2.0 dallo standard input (insieme a --smtp-password-stdin: il segreto sulla prima riga, la password sulla seconda)
cli-arg-oauth-scope = Ambiti OAuth 2.0, separati da spazi (ad es. https://outlook.office365.com/.default)
label-smtp-auth-method = Autenticazione
smtp-auth-basic = Basic
smtp-auth-oauth2 = OAuth 2.0 (Token Endpoint { $endpoint }, Client ID { $client }, Scope { $scope }; il Client Secret è conservato nel portachiavi di questo computer)
label-oauth-token-endpoint = Token Endpoint
label-oauth-client-id = Client ID
label-oauth-client-secret = Client Secret
label-oauth-scope = Scope
smtp-auth-oauth2-choice = OAuth 2.0
invalid-oauth-client-id-empty = Inserire il Client ID della registrazione dell'app.

## Notification Editor (templates)
template-email-change = Conferma della modifica
template-email-test = E-mail di prova
template-email-digest = Riepilogo della modifica in blocco
template-part-subject = Oggetto
template-part-html = HTML
template-part-text = Testo normale
template-problem-at = { $part }, riga { $line }, colonna { $column }: { $detail }
template-problem-line = { $part }, riga { $line }: { $detail }
template-problem = { $part }: { $detail }
template-unknown-tag = tag sconosciuto «{ $tag }»
template-tag-object-name = Nome dell’oggetto
template-tag-object-kind = Tipo di oggetto
template-tag-object-dn = Nome distinto dell’oggetto
template-tag-changes = Tabella degli attributi modificati (valori vecchi e nuovi)
template-tag-author-name = Modificato da: nome
template-tag-author-mail = Modificato da: indirizzo e-mail
template-tag-author-dn = Modificato da: nome distinto
template-tag-when = Quando
template-tag-store = Archivio di identità
template-tag-recipient-name = Nome del destinatario
template-tag-recipient-address = Indirizzo del destinatario
template-tag-own = Se il destinatario ha fatto lui stesso la modifica
template-tag-reasons = Perché il destinatario riceve questa e-mail
template-tag-server = Server di posta
template-tag-count = Numero di oggetti modificati
template-tag-objects = Tabella degli oggetti e degli attributi modificati (valori vecchi e nuovi)
template-tag-more = Quanti non sono elencati (sono nell’allegato)
template-tag-attachment = Nome dell’elenco allegato
template-built-in = predefinito
template-custom = proprio dell’archivio
template-custom-parts = proprio dell’archivio: { $parts }
cli-about-templates = L’Editor di notifiche: il testo delle e-mail che dirdesk invia, per lingua
cli-about-templates-list = Elencare i modelli di e-mail di un archivio e indicare quali sono propri
cli-about-templates-show = Mostrare oggetto, HTML e testo normale di un modello (quello proprio dell’archivio o quello predefinito)
cli-about-templates-set = Modificare un modello; le parti non indicate restano come sono. Viene verificato prima di essere salvato
cli-about-templates-reset = Tornare al modello predefinito
cli-about-templates-preview = Compilare un modello con una modifica di esempio: stampa l’oggetto e il testo normale
cli-arg-email = Quale e-mail: change (la conferma della modifica) o test (l’e-mail di «{ test-server }»)
cli-arg-lang = La lingua: da, de, en, es, fi, fr, is, it, nl, pt, sv o tr
cli-arg-part = Stampare solo il sorgente di questa parte: subject, html o text
cli-arg-subject = L’oggetto (tag ammessi, ad es. { "{{" } object.name { "}}" })
cli-arg-html-file = Un file con la parte HTML (UTF-8)
cli-arg-text-file = Un file con la parte di testo normale (UTF-8)
cli-arg-templates-preview-html = Scrivere anche la parte HTML compilata in FILE, da aprire in un browser
cli-template-no-such-language = Non esiste un modello «{ $lang }»: le lingue sono { $languages }.
cli-template-nothing-to-set = Indicare --subject, --html-file o --text-file.
cli-template-refused = Il modello non è stato salvato: { $problems }
cli-template-saved = Salvato:
cli-template-reset = Ripristinato il modello predefinito:
cli-template-which = l’e-mail «{ $email }» in «{ $lang }» di { $name }.
cli-template-unreadable = Impossibile leggere { $file }: { $error }
cli-template-too-big = { $file } è di { $size } byte; una parte di un modello può averne al massimo { $max }.
cli-template-not-utf8 = { $file } non è testo UTF-8 (al byte { $offset }).
cli-template-unwritable = Impossibile scrivere { $file }: { $error }
cli-template-html-written = La parte HTML è in { $file }.
template-editor-open = Editor di notifiche
template-editor-title = Editor di notifiche — { $store }
template-email = E-mail
template-language = Lingua
template-save-to-switch = Salvare o scartare le modifiche per scegliere un’altra e-mail o un’altra lingua.
template-tags = Tag
template-tags-into = Fare clic su un tag per inserirlo in «{ $part }» nella posizione del cursore.
template-preview = Anteprima (con una modifica di esempio)
template-preview-own = Come la legge chi ha fatto la modifica
template-no-preview = Nessuna anteprima finché il modello ha un problema.
template-reset = Ripristina predefinito
template-discard = Scarta modifiche
template-no-store = Aggiungere prima un archivio di identità: i modelli appartengono a un archivio.
template-too-big = la parte è di { $size } byte; una parte di un modello può averne al massimo { $max }
template-store = Archivio di identità

## Bulk edits (LDIF and CSV files)
bulk-problem-at = riga { $line }: { $detail }
bulk-same-object-twice = { $dn } viene modificato due volte (la prima alla riga { $first }): riunire tutte le sue modifiche in un unico record
bulk-not-a-dn = «{ $dn }» non è un nome distinto
ldif-no-colon = «{ $text }» non ha la forma «nome: valore»
ldif-bad-base64 = il valore base64 di { $name } non si può decodificare: { $error }
ldif-not-text = il valore di { $name } non è testo UTF-8
ldif-no-urls = { $name } rimanda a un file o a un URL (:<): indicare direttamente il valore
ldif-dn-first = un record inizia con dn:, non con { $name }:
ldif-no-controls = i controlli LDAP non vengono inviati nelle modifiche in blocco
ldif-only-modify = changetype: { $changetype } non è una modifica di un oggetto (lo è solo changetype: modify)
ldif-no-changetype = il record di { $dn } non ha changetype: modify
ldif-other-attribute = { $name }: nella sezione di { $attribute }
ldif-add-without-values = add: { $attribute } non indica alcun valore
ldif-unknown-operation = «{ $operation }» non è add, delete né replace
ldif-nothing-to-change = il record di { $dn } non modifica nulla
csv-dn-first = l’intestazione della prima colonna deve essere dn
csv-empty-header = una colonna non ha un nome di attributo nell’intestazione
csv-header-twice = la colonna { $attribute } compare due volte nell’intestazione
csv-wrong-field-count = { $found } campi dove l’intestazione ne ha { $expected }
csv-no-dn = la riga non ha un dn
bulk-unknown-attribute = la directory non ha alcun attributo { $attribute }
bulk-bad-dn = { $attribute } richiede un nome distinto, non «{ $value }»
bulk-bad-integer = { $attribute } richiede un numero intero, non «{ $value }»
bulk-bad-boolean = { $attribute } richiede TRUE o FALSE, non «{ $value }»
bulk-bad-time = { $attribute } richiede una data e ora come 20261201120000Z, non «{ $value }»
bulk-bad-ascii = { $attribute } accetta solo testo ASCII, non «{ $value }»
bulk-applied = applicata
bulk-nothing-to-change = niente da modificare: l’oggetto ha già questi valori
bulk-conflict = qualcun altro ha modificato questo oggetto da quando è stato letto; non è stato sovrascritto nulla
bulk-refused = rifiutata: { $reason }
bulk-unknown = inviata, ma non è arrivata risposta ({ $reason }); la prossima esecuzione o il prossimo salvataggio verifica se è stata applicata e la registra una volta sola
bulk-not-sent = non inviata: { $reason }
bulk-cancelled = l’esecuzione è stata annullata
bulk-connection-lost = la connessione alla directory si è interrotta
bulk-title = Modifica in blocco
bulk-explanation = Modificare molti oggetti in una volta: aprire un file LDIF di record di modifica (come li legge ldapmodify) o un foglio CSV (una colonna dn, poi una colonna per attributo), oppure applicare una stessa modifica agli oggetti trovati. Non viene scritto nulla prima di aver letto l’anteprima e fatto clic su «Applica».
bulk-file-placeholder = /path/to/changes.ldif o changes.csv
bulk-open = Apri file
bulk-attribute = Attributo
bulk-value = Valore
bulk-op-set = Imposta a
bulk-op-add = Aggiungi
bulk-op-remove = Rimuovi
bulk-use-found = { $count ->
    [one] Modifica l’oggetto trovato
   *[other] Modifica i { $count } oggetti trovati
}
bulk-use-selected = { $count ->
    [one] Modifica l’oggetto selezionato
   *[other] Modifica i { $count } oggetti selezionati
}
bulk-previewed = { $count ->
    [one] Anteprima: { $count } modifica, di cui { $problems } con un problema (non viene scritto nulla finché non si fa clic su «Applica»).
   *[other] Anteprima: { $count } modifiche, di cui { $problems } con un problema (non viene scritto nulla finché non si fa clic su «Applica»).
}
bulk-col-line = Riga
bulk-col-object = Oggetto
bulk-col-old-new = Vecchio → nuovo
bulk-col-outcome = Esito
bulk-more-rows = { $count ->
    [one] … e { $count } riga in più.
   *[other] … e { $count } righe in più.
}
bulk-apply = Applica
bulk-progress = { $done } di { $total }
bulk-outcomes = Applicate: { $applied } di { $count }; non applicate: { $failed }.
bulk-retry-failed = Riprova le non riuscite
bulk-export-failed = Esporta le non riuscite in CSV…
bulk-exported = { $count ->
    [one] { $count } riga non riuscita esportata.
   *[other] { $count } righe non riuscite esportate.
}
bulk-close = Chiudi modifica in blocco
cli-bulk-nothing-found = Niente da modificare: la ricerca non ha trovato oggetti.
cli-bulk-unreadable = Impossibile leggere { $path }: { $reason }
cli-bulk-not-utf8 = { $path } non è testo UTF-8: salvarlo come UTF-8 (con o senza BOM).
cli-bulk-refused = Non è stato modificato nulla: i problemi riguardanti { $source } sono elencati sopra.
cli-bulk-the-search = la modifica degli oggetti trovati
cli-bulk-row = riga { $line }: { $dn }: { $outcome }
cli-bulk-summary = Applicate: { $applied }; niente da modificare: { $unchanged }; modificate da altri: { $conflicts }; rifiutate: { $refused }; risposta persa: { $unknown }; non inviate: { $not_sent }.
cli-bulk-told-later = La connessione si è interrotta: le notifiche di questa esecuzione partiranno al prossimo salvataggio o alla prossima esecuzione, insieme alle modifiche di cui si è persa la risposta.
cli-json-bulk-only = --json è per le modifiche in blocco (--from, --filter, --groups).

## The organisation's shared database (PostgreSQL)
database-url-bad = L’indirizzo del database «{ $url }» non può essere usato: { $reason }
database-url-scheme = deve iniziare con postgresql://
database-url-credentials = non deve contenere un nome utente né una password (ognuno accede con il proprio account di directory)
database-url-options = non deve contenere opzioni (TLS è sempre attivo e verificato)
database-url-no-host = non indica alcun server
database-url-no-database = non indica alcun database (postgresql://HOST:PORT/DB)
database-unreachable = Il database condiviso { $url } non risponde: { $detail }
database-certificate = Il database condiviso { $url } ha un certificato di cui questo computer non si fida, oppure non offre TLS: { $detail }
database-wrong-password = Il database condiviso { $url } ha rifiutato l’accesso: { $detail }
database-ca-file = Il file del certificato CA del database condiviso { $url } non può essere usato: { $detail }
database-no-role = Non hai ancora un account nel database condiviso { $url }: chiedere all’amministratore del database di eseguire «dirdesk db sync-roles». ({ $detail })
database-not-allowed = Il database condiviso { $url } non consente l’accesso da qui: { $detail }
database-missing = Il database condiviso { $url } non esiste: { $detail }
database-not-set-up = Il database condiviso { $url } non è ancora predisposto per dirdesk: chiedere all’amministratore del database di eseguire «dirdesk db init».
database-newer = Il database condiviso { $url } è stato predisposto da un dirdesk più recente (schema { $version }; questo conosce { $known }): aggiornare dirdesk per usarlo. Non è stato scritto nulla.
database-refused = Il database condiviso { $url } ha rifiutato l’operazione: { $detail }
database-other = Il database condiviso { $url } ha risposto con un errore: { $detail }
db-check-not-set-up = Lo schema non c’è: eseguire «dirdesk db init».
db-check-behind = Lo schema è alla versione { $version }; questo dirdesk porta la { $latest }: eseguire «dirdesk db migrate».
db-check-newer = Lo schema è alla versione { $version }, più recente di quella che questo dirdesk conosce ({ $latest }).
db-check-no-role = Il ruolo di gruppo { $role } non esiste: eseguire «dirdesk db init».
db-check-unsecured = La sicurezza a livello di riga è disattivata su { $table }: gli utenti potrebbero leggere la Cronologia degli altri.
db-check-history-writable = { $role } può modificare o rimuovere righe della Cronologia: la Cronologia non sarebbe più di sola aggiunta.
db-check-retention-open = Non solo dirdesk_admin può rimuovere la Cronologia vecchia.
db-check-added-policy = Il criterio di sicurezza delle righe { $policy } non è stato creato da dirdesk: può permettere di leggere o scrivere ciò che non si dovrebbe.
db-check-owner-records = Il proprietario delle tabelle è in dirdesk_user: la sicurezza delle righe non vale per il proprietario, che quindi non dovrebbe registrare modifiche.
cli-db-no-database = L’archivio «{ $name }» non indica alcun database condiviso (dirdesk store edit --database postgresql://HOST:PORT/DB).
cli-db-needs-password = Al database condiviso si accede con la password della directory: accedere con il proprio nome utente e la propria password, non con Kerberos.
cli-db-up-to-date = Lo schema è aggiornato (versione { $version }).
cli-db-applied = Applicata la migrazione { $version }: { $name }
cli-db-version = Versione dello schema: { $version } (questo dirdesk: { $latest })
cli-db-my-roles = I tuoi ruoli: { $roles }
cli-db-no-roles = nessuno
cli-db-problem = Problema: { $problem }
cli-db-all-well = Tutto è come dirdesk lo ha predisposto.
cli-db-role-created = Creato il ruolo di accesso { $login }
cli-db-role-granted = { $login } è ora in { $role }
cli-db-role-revoked = { $login } non è più in { $role }
cli-db-roles-as-they-were = I ruoli corrispondevano già ai gruppi.
cli-db-member-unread = Impossibile leggere il membro { $dn } ({ $reason }): nessun ruolo è stato modificato.
cli-db-group-empty = Il gruppo { $dn } risulta vuoto: nessun ruolo è stato modificato (toglierebbe l’accesso a tutti).
cli-db-role-kept = { $login } resta in { $role }: quell’appartenenza è stata concessa da qualcun altro.
cli-db-role-skipped = Escluso { $login }: PostgreSQL non può usarlo come nome di ruolo (troppo lungo o riservato).
cli-database-ca-without-database = --database-ca-file richiede un database: indicare anche --database postgresql://HOST:PORT/DB.
cli-about-db = Predisporre e controllare il database condiviso (PostgreSQL) di un archivio, per gli amministratori di database
cli-about-db-init = Creare i ruoli di gruppo dirdesk_user e dirdesk_admin e lo schema (si può rieseguire senza rischi)
cli-about-db-migrate = Portare lo schema alla versione di questo dirdesk
cli-about-db-check = Indicare la versione dello schema, i tuoi ruoli e se le protezioni della Cronologia reggono
cli-about-db-sync-roles = Creare ruoli di accesso per le persone di due gruppi della directory e renderle membri di dirdesk_user o dirdesk_admin
cli-arg-users-group = Il gruppo i cui membri registrano le proprie modifiche e leggono la propria Cronologia
cli-arg-admins-group = Il gruppo i cui membri leggono la Cronologia e la coda di tutti
cli-arg-database = La Cronologia e la coda condivise dell’organizzazione, postgresql://HOST:PORT/DB ("" torna al file proprio di questo dirdesk); pubblicato con l’archivio
cli-arg-database-ca-file = File del certificato CA (PEM) con cui viene verificato il certificato del database ("" lo toglie)
database-no-bulk-yet = Questo dirdesk non registra ancora le modifiche in blocco nel database condiviso: non è stato modificato nulla. Modifica gli oggetti uno alla volta o aggiorna dirdesk.
queue-finished-elsewhere = un’altra tua postazione ha registrato questa modifica nel frattempo; non viene registrata due volte.
history-bad-date = «{ $date }» non è una data: scrivere 2026-11-30 o 2026-11-30T08:00:00Z.
history-col-when = Quando
history-col-store = Archivio di identità
history-col-object = Oggetto
history-col-dn = DN
history-col-author = Modificato da
history-col-attribute = Attributo
history-col-old = Valore precedente
history-col-new = Nuovo valore
history-col-told = Notifiche
cli-history-needs-user = L’archivio «{ $name }» tiene la sua Cronologia in un database condiviso: accedere con --user e --password-stdin per leggerla.
cli-history-written = Modifiche scritte in { $path }: { $count }.
cli-arg-user-filter = Solo le modifiche fatte da questa persona (il suo nome di accesso)
cli-arg-attribute = Solo le modifiche di questo attributo
cli-arg-contains = Solo le modifiche in cui un valore precedente o nuovo contiene questo testo
cli-arg-since = A partire da questo giorno (2026-11-30) o momento (2026-11-30T08:00:00Z)
cli-arg-until = Fino alla fine di questo giorno, o fino a questo momento
cli-arg-csv = Scrivere le modifiche in questo file come CSV, una riga per attributo
cli-arg-history-user = Chi accede per leggere il database condiviso di un archivio
queue-not-here = L’e-mail { $id } a { $address } non è stata inviata da questo dirdesk: { $reason }
queue-waits-for-sender = parte con l’account di posta personale di { $login }, da un dirdesk in cui { $login } ha eseguito l’accesso
cli-queue-needs-user = L’archivio «{ $name }» tiene la sua coda in un database condiviso: accedere con --user e --password-stdin.
cli-queue-local-store = L’archivio «{ $name }» tiene la sua coda su questo dirdesk: non serve accedere (omettere --user).
cli-queue-no-shared-store = Nessun archivio di identità qui tiene la sua coda in un database condiviso: omettere --user per la coda propria di questo dirdesk.
cli-queue-which-store = Più archivi di identità qui tengono la loro coda in un database condiviso: indicarne uno con --store.
history-filter-user = Modificato da (nome utente)
history-filter-object = Oggetto (DN)
history-filter-attribute = Attributo
history-filter-contains = Il valore precedente o nuovo contiene
history-filter-since = Dal
history-filter-until = Al
history-search = Cerca
history-clear = Azzera
history-export = Esporta CSV…
history-previous = Precedente
history-next = Successiva
history-page = Pagina { $number }
history-recorded-by = registrato da { $login } il { $at }
history-source-this-desk = Registrata su questo dirdesk.
history-source-shared = Dal database dell’organizzazione { $database }, come { $person }.
history-sign-in-first = «{ $store }» tiene la sua Cronologia e la sua coda nel database dell’organizzazione { $database }: accedere a «{ $store }» nell’Editor di oggetti per vederle.
keep-days = { $count ->
    [one] { $count } giorno
   *[other] { $count } giorni
}
keep-months = { $count ->
    [one] { $count } mese
   *[other] { $count } mesi
}
keep-years = { $count ->
    [one] { $count } anno
   *[other] { $count } anni
}
keep-all = Tutto (non si rimuove nulla)
keep-unknown = «{ $text }» non è una scelta di conservazione: usare una tra { $choices }.
keep-other = un periodo che questo dirdesk non offre
cli-db-retention = La Cronologia è conservata per { $keep } (scelto da { $who }, { $at }); le voci più vecchie vengono rimosse dalle postazioni, tranne quelle che un’e-mail attende ancora.
cli-db-retention-unchosen = Tutta la Cronologia è conservata: nessun amministratore ha scelto per quanto tempo.
cli-db-retention-removed = Rimosse { $count } voci della Cronologia più vecchie di così.
cli-about-db-retention = Indicare per quanto tempo è conservata la Cronologia condivisa o (membri di dirdesk_admin) sceglierlo
cli-arg-keep = 30-days, 60-days, 90-days, 6-months, 1-year, 2-years, 5-years o all (non si rimuove nulla)
history-keep = Conserva la Cronologia:
history-keep-chosen-by = scelto da { $who }
history-kept = Conservata come scelto: { $count } voci più vecchie rimosse.
cli-history-uploaded = Caricate { $added } delle sue modifiche dalla Cronologia di questo dirdesk; { $there } c’erano già.
cli-history-left-for = { $count } fatte da { $name } restano su questo dirdesk finché questa persona non le carica (con il proprio accesso).
cli-arg-upload = Aggiungere le proprie modifiche nella Cronologia propria di questo dirdesk per l’archivio al database condiviso di quest’ultimo (una volta: rieseguirlo non aggiunge nulla)
queue-waits-for-store-account = parte con l’account di posta dell’archivio stesso, da un dirdesk configurato per inviare con esso
