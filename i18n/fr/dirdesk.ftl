# dirdesk — Français

## Fenêtre et navigation
app-title = dirdesk Admin Center
nav-identity-stores = Magasins d’identités
nav-notifications = Notifications
nav-history = Historique

## Page « Magasins d’identités »
identity-stores-title = Magasins d’identités
identity-stores-create = Créer un magasin d’identités
identity-stores-empty = Aucun magasin d’identités pour l’instant. Cliquez sur « Créer un magasin d’identités » pour relier dirdesk à un domaine Active Directory ou à un annuaire LDAP.

## Page « Notifications » (file d’attente)
notifications-title = Notifications
notifications-empty = Aucune notification dans la file d’attente.

## Page « Historique »
history-title = Historique
history-empty = Aucune modification n’a encore été faite avec dirdesk.

## Ligne de commande
cli-error = erreur : { $message }

## Noms distinctifs
dn-empty = le DN est vide
dn-missing-equals = « { $part } » ne contient pas de « = » : chaque partie d’un DN s’écrit cn=Nom
dn-bad-attribute-type = « { $part } » n’est pas un type d’attribut
dn-empty-value = « { $part } » a une valeur vide
dn-bad-escape = « { $part } » se termine par un échappement inachevé

## Vérification des magasins d’identités et des notifications
invalid-name-empty = Saisissez un nom pour le magasin d’identités.
invalid-name-taken = Un magasin d’identités nommé « { $name } » existe déjà.
invalid-no-servers = Ajoutez au moins un serveur (nom de domaine ou nom d’hôte).
invalid-host = « { $host } » n’est ni un nom d’hôte ni une adresse IP.
invalid-port = Le port de { $server } doit être compris entre 1 et 65535.
invalid-base-dn = Le DN de base n’est pas valide : { $reason }.
invalid-login-attribute = « { $attribute } » n’est pas un nom d’attribut.
invalid-service-account = « { $account } » n’est pas un compte de service : saisissez un DN (pour Active Directory, aussi utilisateur@domaine ou DOMAINE\utilisateur).
invalid-smtp-server-empty = Saisissez le serveur SMTP qui envoie les notifications.
invalid-smtp-port = Le port SMTP doit être compris entre 1 et 65535.
invalid-ssl-on-25 = Le port 25 ne parle pas SSL : utilisez STARTTLS sur 25 ou 587, ou SSL sur 465.
invalid-from = « { $address } » n’est pas une adresse e-mail pour « Adresse de l’expéditeur ».
invalid-smtp-username-empty = Saisissez le nom d’utilisateur SMTP, ou désactivez « Utiliser l’authentification SMTP ».
invalid-address = « { $address } » n’est pas une adresse e-mail.

## Fichier de configuration
config-damaged = Le fichier de configuration { $path } est endommagé à la ligne { $line }, colonne { $column } : { $reason }. Il a été laissé tel quel et une copie a été conservée dans { $backup }. Corrigez-le, ou déplacez-le pour repartir de zéro.
config-newer = Le fichier de configuration { $path } a été écrit par un dirdesk plus récent (format { $version }) ; cette version ne le modifiera pas.
config-io = Impossible de lire ou d’écrire { $path } : { $reason }

## Trousseau
keychain-unavailable = Aucun trousseau utilisable : { $reason }. dirdesk ne garde les mots de passe que dans le trousseau du système ; déverrouillez-le ou démarrez-le (sous Linux, un Secret Service comme GNOME Keyring ou KWallet) et réessayez.
keychain-failed = Le trousseau a refusé : { $reason }

## Connexions à l’annuaire
ldap-refused = { $server } a refusé la connexion : le serveur d’annuaire fonctionne-t-il, et le port est-il le bon ?
ldap-unreachable = Impossible de joindre { $server } : { $reason }
ldap-timeout = { $server } n’a pas répondu à temps.
ldap-cert-not-trusted = Le certificat TLS de { $server } n’est pas approuvé : « { $subject } », émis par « { $issuer } ». Si votre organisation a sa propre autorité de certification, choisissez son fichier de certificat d’AC.
ldap-cert-wrong-name = Le certificat TLS de { $server } (« { $subject } ») est établi pour d’autres noms : { $names }. Connectez-vous avec l’un de ces noms.
ldap-cert-expired = Le certificat TLS de { $server } (« { $subject } ») a expiré.
ldap-cert-other = Le certificat TLS de { $server } (« { $subject } ») a été refusé : { $reason }
ldap-tls = TLS avec { $server } a échoué : { $reason }
ldap-wrong-credentials = Nom d’utilisateur ou mot de passe incorrect.
ldap-tls-required = { $server } exige une connexion chiffrée pour cela : choisissez LDAPS ou StartTLS.
ldap-base-dn-not-found = Le DN de base « { $base_dn } » n’existe pas sur le serveur.
ldap-base-dn-not-found-anonymous = Le DN de base « { $base_dn } » est introuvable ; sans compte de service, le serveur le cache peut-être aux utilisateurs anonymes.
ldap-server-error = Le serveur a répondu par l’erreur { $code } : { $text }
ldap-disconnected = La connexion à l’annuaire a été coupée : { $reason }
ldap-referral = L’annuaire a renvoyé vers un autre serveur ({ $to }). dirdesk ne parle qu’aux serveurs du magasin d’identités et n’a donc pas suivi ce renvoi.
ldap-too-many-results = L’annuaire a continué d’envoyer des résultats au-delà de { $limit } ; dirdesk a cessé de les lire. Affinez la recherche.
ldap-malformed = { $server } a envoyé une réponse qui n’est pas du LDAP valide ; rien n’a été modifié.
connection-server-failed = { $server } : { $reason }

## Libellés communs (le vocabulaire de l’article)
store-type-ad = Active Directory
store-type-ldap = LDAP générique
security-ldaps = LDAPS
security-starttls = StartTLS
security-none = Aucune (non sécurisé)
status-healthy = Sain
status-errors = Erreurs
status-not-checked = Non vérifié
smtp-security-ssl = SSL activé
smtp-security-starttls = STARTTLS
smtp-security-none = Aucune (non sécurisé)
label-smtp-server = Serveur SMTP
label-from = Adresse de l’expéditeur
label-port = Port
label-smtp-security = Sécurité
label-use-smtp-auth = Utiliser l’authentification SMTP
label-smtp-username = Nom d’utilisateur SMTP
label-smtp-ca-file = Fichier de certificat d’AC
label-to = À :
label-cc = Cc :
also-logged-in-users = Utilisateurs connectés, pour leurs actions
also-object-modified = Objet modifié
also-group-owners = Propriétaire(s) de groupe, pour leurs groupes
also-managers = Responsable(s), pour leurs subordonnés directs
also-added-members = Nouveaux membres du groupe, à l’ajout
also-removed-members = Membre retiré du groupe, au retrait
also-public-group-owners = Propriétaire de groupe public, aux adhésions et départs
membership-join = Rejoindre
membership-leave = Quitter
my-groups = Mes groupes
column-name = NOM
column-type = TYPE
column-servers = SERVEURS
column-security = SÉCURITÉ
column-base-dn = DN DE BASE
column-enabled = ACTIVÉ
column-status = ÉTAT
column-last-check = DERNIÈRE VÉRIFICATION
yes = oui
no = non
on = activé
off = désactivé

## Messages de la ligne de commande
cli-no-such-store = Aucun magasin d’identités ne s’appelle « { $name } ».
cli-no-stores = Aucun magasin d’identités pour l’instant. Ajoutez-en un avec : dirdesk store add --help
cli-bad-host = « { $host } » n’est pas de la forme HÔTE ou HÔTE:PORT.
cli-bad-addresses = Ce ne sont pas des adresses e-mail : { $addresses }
cli-empty-password = Le mot de passe lu sur l’entrée standard est vide.
cli-prompt-service-password = Mot de passe du compte de service :
cli-store-added = Magasin d’identités « { $name } » ajouté.
cli-store-saved = Magasin d’identités « { $name } » enregistré.
cli-store-removed = Magasin d’identités « { $name } » et ses mots de passe supprimés.
cli-store-enabled = Magasin d’identités « { $name } » activé.
cli-store-disabled = Magasin d’identités « { $name } » désactivé.
cli-test-server-ok = { $server } : connecté ({ $vendor } ; contextes de nommage : { $contexts })
cli-test-healthy = « { $name } » est sain.
cli-test-errors = « { $name } » présente des erreurs : { $reason }
cli-notifications-saved = Paramètres de notification de « { $name } » enregistrés.
ldap-no-service-password = Aucun mot de passe n’est enregistré pour le compte de service : définissez-le avec --service-password-stdin.

## Modification d’objets
edit-read-only = « { $attribute } » est géré par l’annuaire et ne peut pas être modifié.
edit-binary = « { $attribute } » contient des données binaires, que dirdesk ne modifie pas.
edit-single-valued = « { $attribute } » n’accepte qu’une seule valeur.
ldap-account-locked = Ce compte est verrouillé. Demandez à votre administrateur de le déverrouiller.
ldap-account-disabled = Ce compte est désactivé.
ldap-password-expired = Le mot de passe de ce compte a expiré ou doit être changé avant de se connecter.
ldap-no-such-object = « { $dn } » n’existe pas (ou plus).
change-nothing = Rien à enregistrer : les valeurs sont identiques à celles de l’annuaire.
change-conflict = Non enregistré : quelqu’un d’autre a modifié cet objet depuis que vous l’avez ouvert. Rechargez-le pour voir les valeurs actuelles.
change-insufficient-access = Non enregistré : vous n’avez pas le droit de modifier ceci ({ $detail }).
membership-closed-join = Ce groupe ne permet pas à ses membres de le rejoindre eux-mêmes. L’annuaire a répondu : { $detail }
membership-closed-leave = Ce groupe ne permet pas à ses membres de le quitter eux-mêmes. L’annuaire a répondu : { $detail }
change-schema-violation = Non enregistré : l’annuaire n’accepte pas cette valeur ({ $detail }).
change-refused = Non enregistré : l’annuaire a refusé la modification ({ $detail }).
change-busy = Non enregistré : l’annuaire est occupé ou indisponible ({ $detail }). Réessayez dans un instant.
kind-group = groupe
kind-user = utilisateur
kind-other = objet
no-value = (aucune valeur)
binary-value = <binaire, { $bytes } octets>
cli-store-disabled-sign-in = Le magasin d’identités « { $name } » est désactivé.
cli-prompt-password = Mot de passe de { $user } :
cli-password-needed = Un mot de passe est nécessaire : utilisez --password-stdin, ou lancez la commande dans un terminal.
cli-found = { $count ->
    [one] { $count } objet trouvé.
   *[other] { $count } objets trouvés.
}
cli-finished-earlier-change = Modification terminée, enregistrée par une exécution précédente mais non consignée : { $change }
cli-bad-pair = « { $pair } » n’est pas de la forme ATTR=VALEUR.
cli-no-edits = Rien à modifier : utilisez --set, --add, --remove ou --clear.
cli-changed = « { $name } » ({ $kind }, { $dn }) modifié en tant que { $author } le { $at } :
cli-current-value = { $attribute } vaut maintenant : { $value }

## E-mails de notification
email-subject-own = Votre modification : { $kind } « { $name } »
email-subject-other = { $kind } « { $name } » modifié par { $author }
email-greeting = Bonjour { $name },
email-greeting-anonymous = Bonjour,
email-intro-own = Nous vous confirmons la modification que vous avez apportée à cet objet dans { $store } : { $kind } « { $name } ».
email-intro-other = { $author } a modifié cet objet dans { $store } : { $kind } « { $name } ».
email-label-object = Objet
email-label-dn = Nom distinctif
email-label-author = Modifié par
email-label-when = Date
email-col-attribute = Attribut
email-col-old = Ancienne valeur
email-col-new = Nouvelle valeur
email-added = Ajouté
email-removed = Retiré
email-no-value = (aucune)
email-why-logged-in-user = Vous recevez cet e-mail parce que vous avez fait cette modification.
email-why-list = Vous recevez cet e-mail parce que cette adresse figure dans la liste de notification du magasin d’identités.
email-why-object = Vous recevez cet e-mail parce que la modification vous concerne, vous ou un groupe dont vous êtes membre.
email-why-owner = Vous recevez cet e-mail parce que vous êtes propriétaire de ce groupe.
email-why-manager = Vous recevez cet e-mail parce que la modification concerne l’un de vos subordonnés directs.
email-why-added = Vous recevez cet e-mail parce que vous avez été ajouté à ce groupe.
email-why-removed = Vous recevez cet e-mail parce que vous avez été retiré de ce groupe.
email-why-public-owner = Vous recevez cet e-mail parce que vous êtes propriétaire de ce groupe et que quelqu’un l’a rejoint ou quitté de lui-même.
email-footer = Envoyé par dirdesk.
email-digest-subject-own = Vos modifications dans { $store } : { $count }
email-digest-subject-other = Modifications de { $author } dans { $store } : { $count }
email-digest-intro-own = Nous vous confirmons les modifications que vous avez apportées en une fois dans { $store } : { $count } au total.
email-digest-intro-other = { $author } a apporté des modifications en une fois dans { $store } : { $count } au total.
email-digest-more = Les { $listed } premières figurent ici ; la liste complète ({ $count } au total) se trouve dans le fichier joint { $file }.
email-digest-why-logged-in-user = Vous recevez cet e-mail parce que vous avez fait ces modifications.
email-digest-why-object = Vous recevez cet e-mail parce que ces modifications vous concernent, vous ou des groupes dont vous êtes membre.
email-digest-why-owner = Vous recevez cet e-mail parce que vous êtes propriétaire de groupes qui ont été modifiés.
email-digest-why-manager = Vous recevez cet e-mail parce que ces modifications concernent vos subordonnés directs.
email-digest-why-added = Vous recevez cet e-mail parce que vous avez été ajouté à des groupes.
email-digest-why-removed = Vous recevez cet e-mail parce que vous avez été retiré de groupes.
email-digest-why-public-owner = Vous recevez cet e-mail parce que vous êtes propriétaire de groupes que des personnes ont rejoints ou quittés d’elles-mêmes.

## File d’attente des notifications
queue-error = La file d’attente des notifications { $path } est inutilisable : { $reason }
queue-disk-full = le disque qui la contient est plein. Libérez de la place ; rien n’a été perdu.
queue-read-only = son dossier n’est pas accessible en écriture (lecture seule). Rien n’a été perdu.

## Serveur de messagerie
smtp-not-configured = Aucun serveur SMTP n’est défini dans les paramètres de notification du magasin.
smtp-refused = Le serveur de messagerie { $server } a refusé la connexion : fonctionne-t-il, et le port est-il le bon ?
smtp-timeout = Le serveur de messagerie { $server } n’a pas répondu à temps.
smtp-not-trusted = Le certificat TLS du serveur de messagerie { $server } n’est pas approuvé ({ $detail }). S’il est signé par l’autorité de certification de votre organisation, indiquez son fichier de certificat d’AC.
smtp-tls = TLS avec le serveur de messagerie { $server } a échoué : { $detail }
smtp-auth-failed = Le serveur de messagerie a refusé le nom d’utilisateur ou le mot de passe SMTP : { $detail }
smtp-sender-refused = Le serveur de messagerie a refusé l’adresse de l’expéditeur : { $detail }
smtp-recipient-refused = Le serveur de messagerie a refusé le destinataire : { $detail }
smtp-permanent = Le serveur de messagerie a refusé le message : { $detail }
smtp-temporary = Le serveur de messagerie n’a pas pu prendre le message pour l’instant : { $detail }
test-email-subject = Notification de test dirdesk
test-email-body = Ceci est un e-mail de test de dirdesk, envoyé par { $server }. Si vous pouvez le lire, les notifications vous parviennent.
cli-notify-sent = { $address } : envoyé ({ $answer })
cli-notify-queued = { $address } : en file d’attente — { $reason } Il sera renvoyé automatiquement (dirdesk queue send --all l’envoie tout de suite ; avec --user pour un magasin doté d’une base de données partagée).
cli-notify-failed = { $address } : non envoyé — { $reason }
cli-notify-not-mail-enabled = { $dn } : non envoyé — le compte n’a pas d’adresse e-mail (les notifications ne vont qu’aux utilisateurs à extension messagerie).
cli-notify-malformed = { $who } : non envoyé — « { $address } » n’est pas une adresse e-mail utilisable.
cli-notify-unwritten = { $who } : non envoyé — l’e-mail n’a pas pu être rédigé : { $problem }
cli-notify-none = Aucune notification pour cette modification (aucune n’est activée pour ce magasin d’identités).
cli-test-email-sent = E-mail de test à { $address } accepté par le serveur : { $answer }
queue-status-pending = En attente
queue-status-sending = En cours
queue-status-sent = Envoyé
queue-status-failed = Échec
queue-col-id = ID
queue-col-status = État
queue-col-subject = Objet
queue-col-date = Date
queue-col-to = À
queue-col-from = De
queue-col-cc = Cc
queue-col-last-retry = Dernière tentative
queue-col-retry-count = Tentatives
queue-col-in-progress = En cours
queue-last-error = dernière erreur : { $error }
queue-no-such-email = Aucun e-mail non envoyé portant l’ID { $id } dans la file d’attente.
queue-deleted = E-mail { $id } supprimé de la file d’attente.
queue-store-gone = { $count } e-mails de la file d’attente appartiennent à un magasin d’identités qui n’existe plus.
history-line = { $at }  { $author } a modifié « { $name } » ({ $dn }) dans { $store }

## Cartes des magasins d’identités
store-disabled-badge = Désactivé
store-last-check = Dernière vérification de la connexion : { $when }
menu-more = Plus d’actions
menu-edit = Modifier
menu-disable = Désactiver
menu-enable = Activer
menu-delete = Supprimer
delete-store-question = Supprimer le magasin d’identités « { $name } » ?
delete-store-explanation = Ses paramètres et les mots de passe gardés pour lui dans le trousseau sont supprimés. L’annuaire lui-même n’est pas modifié.
cancel = Annuler

## Détails du magasin d’identités
store-details-title = Détails du magasin d’identités
tab-general = Général
tab-connection = Connexion
settings-pane = Paramètres
configurations = Configurations
field-store-type = Type de magasin
field-name = Nom
field-host = Nom de domaine ou nom d’hôte
field-port = Port
field-security = Sécurité
security-insecure-warning = Sans chiffrement, les mots de passe traversent le réseau lisibles par quiconque se trouve sur le chemin. Utilisez LDAPS ou StartTLS.
field-ca-file = Fichier de certificat d’AC
field-ca-file-placeholder = Chemin d’un fichier PEM (seulement pour une autorité de certification privée)
browse = Parcourir…
file-dialog-none = Aucun fichier n’a été choisi, ou ce système n’a pas de boîte de dialogue de fichiers : saisissez le chemin.
field-base-dn = DN de base
field-login-attribute = Attribut de connexion
field-service-account = Compte de service
field-service-password = Mot de passe du compte de service
field-service-password-placeholder = Gardé dans le trousseau du système ; laissez vide pour conserver celui enregistré
servers-in-priority-order = Serveurs, par ordre de priorité (le premier qui répond est utilisé) :
add-server = Ajouter un serveur
remove = Retirer
test-connection = Tester la connexion
testing-connection = Test de la connexion…
test-server-ok = { $server } : connecté (contextes de nommage : { $detail })
save = Enregistrer
back = ← Retour
configurations-title = Configurations — { $store }
configurations-notifications-description = Serveur SMTP, destinataires et personnes à informer des modifications

## Page des paramètres de notification
notifications-settings-title = Notifications — { $store }
section-smtp-server = Serveur SMTP
section-recipients = Destinataires
section-also-notify = Informer aussi
label-smtp-password = Mot de passe SMTP
addresses-placeholder = Adresses séparées par ;
also-notify-mail-enabled-note = Les notifications ne vont qu’aux utilisateurs à extension messagerie.
test-server = Tester le serveur
test-notification-title = Notification de test
test-notification-address = Envoyer un e-mail de test à
test-notification-sending = Envoi…
test-notification-accepted = Le serveur a accepté l’e-mail de test : { $answer }
settings-saved = Enregistré. Les paramètres s’appliquent à la prochaine modification.
close = Fermer
ok = OK
filter-pending = En attente
filter-failed = En échec
filter-all = Tous
queue-send = Envoyer
history-all-stores = Tous les magasins d’identités
history-change = { $attribute } : { $old } → { $new }
history-email = Notification à { $address } : { $status }
store-saved = Magasin d’identités enregistré.
unsaved-question = Quitter sans enregistrer ?
unsaved-explanation = Cette page contient des modifications qui ne sont pas encore enregistrées.
unsaved-stay = Rester
unsaved-leave = Quitter sans enregistrer

## Éditeur d’objets : recherche
find-groups = Groupes
find-users = Utilisateurs
find-placeholder = Nom, compte ou adresse e-mail
find-search = Rechercher
find-searching = { $count ->
    [one] Recherche… { $count } trouvé pour l’instant
   *[other] Recherche… { $count } trouvés pour l’instant
}
find-found = { $count ->
    [one] { $count } trouvé
   *[other] { $count } trouvés
}

## Éditeur d’objets : propriétés
group-properties = Propriétés du groupe
user-properties = Propriétés de l’utilisateur
tab-members = Membres
tab-owner = Propriétaire
tab-email = E-mail
tab-manager = Responsable
tab-attributes = Attributs
prop-display-name = Nom d’affichage
prop-description = Description
prop-email = E-mail
prop-notes = Remarques
prop-title = Fonction
prop-telephone = Numéro de téléphone
prop-manager = Responsable (DN)
members-add-placeholder = Nom ou DN de la personne à ajouter
members-add = Ajouter…
owner-none = Ce groupe n’a pas de propriétaire.
attr-read-only = lecture seule
attr-single = une seule valeur
attr-multi = plusieurs valeurs
reload = Recharger
saving = Enregistrement…
apply = Appliquer
preview-title = Ces modifications seront enregistrées :
saved-sent = Enregistré. Un e-mail de confirmation vous a été envoyé à { $address }.
saved-no-mail = Enregistré. Votre compte n’a pas d’adresse e-mail, aucune confirmation n’a donc été envoyée (les notifications ne vont qu’aux utilisateurs à extension messagerie).
saved-queued = Enregistré. L’e-mail de confirmation à { $address } est en file d’attente et sera renvoyé automatiquement : { $reason }
saved-failed = Enregistré, mais l’e-mail de confirmation à { $address } n’a pas pu être envoyé : { $reason }
saved-not-queued = Enregistré, mais la notification n’a pas pu être mise en file d’attente : { $reason }
saved-plain = Enregistré.

## Éditeur d’objets : connexion
nav-object-editor = Éditeur d’objets
sign-in-title = Connectez-vous avec votre compte d’annuaire
sign-in-store = Magasin d’identités
sign-in-user = Nom d’utilisateur
sign-in-password = Mot de passe
sign-in-remember = Mémoriser mon mot de passe (gardé dans le trousseau du système)
sign-in = Se connecter
sign-in-busy = Connexion…
sign-in-no-store = Aucun magasin d’identités activé auquel se connecter. Créez-en ou activez-en un sous Magasins d’identités.
sign-in-enter-user = Saisissez votre nom d’utilisateur.
sign-in-enter-password = Saisissez votre mot de passe.
signed-in-as = Connecté en tant que { $name } à { $store }
signed-in-mail = Les e-mails de confirmation vont à { $address }
signed-in-no-mail = Votre compte n’a pas d’adresse e-mail : vous ne recevrez pas d’e-mails de confirmation.
sign-out = Se déconnecter
back-to-results = ← Retour aux résultats
loading = Chargement…
group-scope-global = Globale
group-scope-domain-local = Domaine local
group-scope-universal = Universelle
group-kind-security = Sécurité
group-kind-distribution = Distribution
group-scope-and-type = Étendue du groupe : { $scope } · Type de groupe : { $kind }

## Paramètres (ceux de l'application, dans la navigation)
# This language's name in itself, as the language list shows it.
language-name = Français
nav-settings = Paramètres
app-settings-title = Paramètres
app-settings-language = Langue
app-settings-language-system = Comme le système
app-settings-language-hint = Les e-mails de notification suivent la langue préférée de chaque destinataire, quel que soit le choix fait ici.
app-settings-theme = Thème
app-settings-theme-system = Comme le système
app-settings-theme-light = Clair
app-settings-theme-dark = Sombre
# A date and time as this language writes them (strftime, as jiff reads it);
# the time zone follows.
format-date-time = %d/%m/%Y %H:%M:%S

## Aide de la ligne de commande
cli-heading-usage = Utilisation
cli-heading-commands = Commandes
cli-heading-options = Options
cli-heading-arguments = Arguments
cli-about = Admin Center et éditeur d’objets pour Active Directory et les annuaires LDAP, avec notification des modifications. Sans commande, ouvre la fenêtre.
cli-about-store = Gérer les magasins d’identités (les annuaires auxquels dirdesk se connecte)
cli-about-store-list = Lister les magasins d’identités
cli-about-store-add = Ajouter un magasin d’identités
cli-about-store-edit = Modifier un magasin d’identités ; les options non données restent inchangées
cli-about-store-remove = Supprimer un magasin d’identités et ses mots de passe
cli-about-store-enable = Activer un magasin d’identités
cli-about-store-disable = Désactiver un magasin d’identités (conservé, mais plus proposé à la connexion)
cli-about-store-test = Tester la connexion à chaque serveur d’un magasin et enregistrer le résultat
cli-about-notifications = Afficher et modifier les paramètres de notification d’un magasin
cli-about-notifications-show = Afficher les paramètres de notification d’un magasin
cli-about-notifications-set = Modifier les paramètres de notification d’un magasin ; les options non données restent inchangées
cli-about-notifications-test = « { test-server } » : envoyer un vrai e-mail de test et afficher la réponse du serveur
cli-about-search = Rechercher des groupes et des utilisateurs par nom, connecté avec votre propre compte
cli-about-show = Afficher un objet avec tous ses attributs
cli-about-edit = Modifier un objet avec votre propre compte ; affiche la modification et qui a été prévenu
cli-about-join = Rejoindre un groupe vous-même (si le groupe le permet à ses membres) ; affiche la modification et qui a été prévenu
cli-about-leave = Quitter un groupe vous-même (si le groupe le permet à ses membres) ; affiche la modification et qui a été prévenu
cli-already-member = Vous êtes déjà membre de { $dn } : rien à modifier.
cli-not-a-member = Vous n’êtes pas membre de { $dn } : rien à modifier.
cli-about-queue = Afficher, envoyer et supprimer les e-mails de notification en file d’attente
cli-about-queue-list = Lister les e-mails de notification en file d’attente (ceux en attente par défaut)
cli-about-queue-send = Envoyer maintenant un e-mail en file d’attente, ou tous ceux qui attendent (--all)
cli-about-queue-delete = Supprimer un e-mail en file d’attente qui n’a pas été envoyé
cli-about-history = Afficher les modifications faites avec dirdesk
cli-about-help = Afficher cette aide ou celle de la commande donnée
cli-arg-help = Afficher l’aide
cli-arg-version = Afficher la version
cli-arg-config-dir = Garder la configuration et les données dans DIR (usage portable, tests)
cli-arg-json = Afficher du JSON au lieu d’un tableau
cli-arg-notifications-show-json = Afficher du JSON au lieu de texte
cli-arg-show-json = Afficher du JSON au lieu de texte
cli-arg-name = Le nom du magasin d’identités
cli-arg-store-add-name = Le nom du magasin (unique, sans distinction de casse)
cli-arg-store-edit-name = Un nouveau nom pour le magasin (unique, sans distinction de casse)
cli-arg-store = Le nom du magasin d’identités
cli-arg-store-edit-store = Le magasin à modifier
cli-arg-history-store = Seulement ce magasin d’identités
cli-arg-store-type = ldap (Generic LDAP) ou ad (Active Directory)
cli-arg-hosts = HOST[:PORT], répété par ordre de priorité
cli-arg-security = ldaps (TLS dès le premier octet), starttls, ou none (non chiffré, signalé comme non sécurisé)
cli-arg-ca-file = Fichier de certificat d’AC (PEM) pour des serveurs signés par une AC privée ("" le retire)
cli-arg-base-dn = DN de base : là où commencent les recherches (dc=example,dc=test)
cli-arg-login-attribute = Attribut avec lequel les personnes se connectent (uid, sAMAccountName, mail, …)
cli-arg-service-account = DN du compte de service (ou UPN / DOMAINE\utilisateur sur Active Directory)
cli-arg-service-password-stdin = Lire le mot de passe du compte de service sur l’entrée standard
cli-arg-smtp-server = { label-smtp-server } : nom d’hôte ou adresse IP du serveur de messagerie
cli-arg-smtp-port = Port du serveur de messagerie (465 avec SSL, 587 avec STARTTLS)
cli-arg-smtp-security = ssl (TLS implicite), starttls ou none
cli-arg-smtp-ca-file = Fichier de certificat d’AC (PEM) pour un serveur de messagerie signé par une AC privée ("" le retire)
cli-arg-from = { label-from }
cli-arg-smtp-user = Nom d’utilisateur SMTP ; active « { label-use-smtp-auth } » ("" la désactive)
cli-arg-smtp-password-stdin = Lire le mot de passe SMTP sur l’entrée standard
cli-arg-to = Destinataires de chaque notification, séparés par « ; »
cli-arg-cc = Destinataires en copie de chaque notification, séparés par « ; »
cli-arg-notifications-test-to = L’adresse à laquelle envoyer l’e-mail de test
cli-arg-logged-in-users = { section-also-notify }: { also-logged-in-users }
cli-arg-object-modified = { section-also-notify }: { also-object-modified }
cli-arg-group-owners = { section-also-notify }: { also-group-owners }
cli-arg-managers = { section-also-notify }: { also-managers }
cli-arg-added-members = { section-also-notify }: { also-added-members }
cli-arg-removed-members = { section-also-notify }: { also-removed-members }
cli-arg-public-group-owners = { section-also-notify }: { also-public-group-owners }
cli-arg-user = Le nom d’utilisateur de l’annuaire avec lequel se connecter
cli-arg-password-stdin = Lire le mot de passe sur l’entrée standard
cli-arg-groups = Seulement les groupes
cli-arg-users = Seulement les utilisateurs
cli-arg-text = Texte contenu dans le nom (vide : tout)
cli-arg-dn = Le nom distinctif (DN) de l’objet
cli-arg-set = Donner à ATTR la valeur VALUE (répéter pour plusieurs valeurs)
cli-arg-add = Ajouter VALUE à ATTR
cli-arg-remove = Retirer VALUE de ATTR
cli-arg-clear = Retirer toutes les valeurs de ATTR
cli-arg-dry-run = Afficher la modification (attribut : ancien → nouveau) sans l’appliquer
cli-arg-edit-dn = Le nom distinctif (DN) de l’objet ; ou une modification en masse avec --from, --filter ou --groups
cli-arg-edit-from = Une modification en masse : chaque modification d’un fichier LDIF d’enregistrements de modification (tels que ldapmodify les lit) ou d’une feuille CSV (dn,ATTR,… : remplacer par la valeur de la cellule ; une cellule vide la laisse telle quelle)
cli-arg-edit-format = ldif ou csv (par défaut csv pour un nom qui se termine par .csv, sinon ldif)
cli-arg-edit-clear-marker = Dans une feuille CSV, le texte de cellule qui vide un attribut (par exemple -)
cli-arg-edit-filter = Une modification en masse de chaque objet qu’un filtre LDAP (RFC 4515) trouve sous le DN de base, avec --set/--add/--remove/--clear
cli-arg-edit-groups = Une modification en masse de chaque groupe dont le nom contient TEXT, avec --set/--add/--remove/--clear
cli-arg-edit-in-flight = Nombre de modifications en cours simultanément dans une modification en masse (1–64)
cli-arg-edit-json = Modifications en masse : un objet JSON par modification, puis un pour toute l’exécution
cli-arg-pending = Seulement les e-mails qui attendent d’être envoyés (par défaut)
cli-arg-failed = Seulement les e-mails qui n’ont pas pu être envoyés
cli-arg-all = Tous les e-mails, quel que soit leur sort
cli-arg-queue-send-all = Envoyer tous les e-mails qui attendent
cli-arg-id = Le numéro de l’e-mail, tel que « dirdesk queue list » l’affiche
cli-arg-object = Seulement cet objet (son DN)
invalid-smtp-unencrypted-authentication = Sans chiffrement, le mot de passe SMTP traverserait le réseau lisible par quiconque se trouve sur le chemin. Choisissez SSL ou STARTTLS, ou autorisez-le explicitement (« Envoyer le mot de passe sans chiffrement » ; en ligne de commande --allow-unencrypted-auth on).
smtp-unencrypted-authentication = Non envoyé : { $server } aurait reçu le mot de passe SMTP sans chiffrement, ce que ces réglages n’autorisent pas. Choisissez SSL ou STARTTLS sur la page Notifications de l’annuaire.
smtp-unencrypted-warning = Sans chiffrement, le mot de passe SMTP traverse le réseau lisible par quiconque se trouve sur le chemin. Utilisez SSL ou STARTTLS.
label-smtp-allow-unencrypted-auth = Envoyer le mot de passe sans chiffrement
cli-arg-allow-unencrypted-auth = on : s’authentifier auprès du serveur de messagerie même avec --smtp-security none, bien que le mot de passe traverse alors le réseau en clair
sign-in-remember-failed = Connecté, mais votre mot de passe n’a pas pu être gardé dans le trousseau du système ; il vous sera demandé la prochaine fois : { $reason }
change-not-recordable = Non enregistré : la modification n’a pas pu être consignée avant d’être faite, rien n’a donc été changé ({ $detail }).
ldap-own-entry-unreadable = Votre mot de passe a été accepté, mais l’annuaire ne permet pas à { $dn } de lire sa propre entrée (nom et adresse e-mail), et ce magasin d’identités n’a pas de compte de service pour la lire. Demandez à l’administrateur de l’annuaire de laisser les utilisateurs lire leur propre entrée, ou donnez un compte de service au magasin.
published-damaged = Les réglages publiés dans l’annuaire sont endommagés et ont été laissés tels quels : { $detail }
published-newer = Les réglages publiés dans l’annuaire sont au format { $format }, plus récent que celui que connaît ce dirdesk ({ $known }) : mettez dirdesk à jour pour les suivre. Ils ne sont pas modifiés d’ici.

## Published stores: one policy for every desk
invalid-login-dn-template = « { $template } » n’est pas un modèle de DN de connexion : il doit s’agir d’un DN contenant { "{" }user{ "}" } à la place de l’identifiant, par ex. uid={ "{" }user{ "}" },ou=people,dc=example,dc=test.
published-missing = Rien n’est publié dans l’annuaire à l’emplacement { $dn }.
published-unreadable = L’annuaire ne permet pas à ce compte de lire les réglages publiés à l’emplacement { $dn } : { $detail }
published-unusable = Les réglages publiés à l’emplacement { $dn } ne peuvent pas être suivis : { $problem }
published-no-settings-attribute = l’entrée existe, mais son attribut { $attribute } ne peut pas être lu
publish-conflict = Non publié : entre-temps, quelqu’un d’autre a publié d’autres réglages à l’emplacement { $dn } ({ $by }, { $when }). Rien n’a été modifié ; les réglages publiés actuellement sont affichés — refaites votre modification.
publish-refused = Non publié : l’annuaire a refusé ({ $reason }). Rien n’a été modifié.
published-keeps-copy = { $problem } Ce dirdesk continue de suivre la copie qu’il a lue le { $when }.
smtp-needs-signed-in-user = Cet e-mail est envoyé avec le compte de la personne qui a fait la modification, dont dirdesk ne connaît le mot de passe que tant qu’elle est connectée : il attend dans la file d’attente et partira la prochaine fois qu’elle enregistrera une modification.
smtp-no-store-password = Le mot de passe du compte SMTP « { $user } » du magasin n’est pas dans le trousseau de cet ordinateur : l’e-mail attend dans la file d’attente. Quelqu’un qui le connaît peut le saisir sur la page Notifications, ou avec « dirdesk notifications set --store NAME --smtp-password-stdin ».
cli-warning = avertissement : { $message }
cli-one-secret-from-stdin = Un seul mot de passe peut être lu sur l’entrée standard : donnez --smtp-password-stdin et --password-stdin dans deux commandes séparées.
cli-publish-needs-account = Cet ordinateur n’a pas de compte de service pour « { $name } » avec lequel écrire les réglages publiés : indiquez avec --user un compte que l’annuaire autorise à les écrire.
cli-store-published = Réglages partagés de « { $name } » publiés dans l’annuaire à l’emplacement { $dn } : chaque dirdesk qui les suit les utilise dès sa prochaine modification.
cli-store-unpublished = Réglages publiés à l’emplacement { $dn } supprimés. Les dirdesk qui suivaient « { $name } » gardent la copie qu’ils ont lue en dernier et sont avertis que la publication n’existe plus ; ce dirdesk garde ces réglages comme les siens.
cli-store-follows = Suit les réglages publiés dans l’annuaire à l’emplacement { $dn } par { $by }, le { $when }.
cli-notifications-published = Paramètres de notification de « { $name } » publiés dans l’annuaire à l’emplacement { $dn }.
cli-about-store-publish = Publier les réglages partagés d’un magasin dans l’annuaire (jamais un mot de passe), pour que chaque dirdesk les suive
cli-about-store-unpublish = Retirer de l’annuaire les réglages publiés d’un magasin
cli-arg-location = Le DN de l’entrée publiée (par défaut : cn=dirdesk sous le DN de base)
cli-arg-login-dn-template = LDAP générique : le DN sous lequel les personnes se connectent, { "{" }user{ "}" } tenant lieu de leur identifiant (uid={ "{" }user{ "}" },ou=people,dc=example,dc=test) ; aucun compte de service n’est nécessaire pour les trouver
cli-arg-smtp-auth = Comment s’authentifier auprès du serveur de messagerie : none (un relais), basic (le compte SMTP du magasin, --smtp-user), signed-in-user (l’identifiant et le mot de passe d’annuaire de chaque personne) ou oauth2 (un jeton obtenu de --oauth-token-endpoint : avec --smtp-user et son mot de passe, par password grant ; sans eux, en tant qu’application seule)
cli-arg-smtp-login-as = Avec --smtp-auth signed-in-user : s’authentifier auprès du serveur de messagerie avec l’identifiant saisi (login) ou avec l’adresse e-mail de la personne (mail)
settings-source-local = Réglages de cet ordinateur (non publiés dans l’annuaire).
settings-source-published = Publiés dans l’annuaire à l’emplacement { $dn } par { $by }, le { $when } (lus pour la dernière fois le { $read }).
settings-source-published-unread = Publiés dans l’annuaire à l’emplacement { $dn } (pas encore lus : ils le seront à la prochaine connexion).
label-smtp-password-source = Mot de passe SMTP
smtp-password-not-used = non utilisé
smtp-password-signed-in-user = le mot de passe d’annuaire de chaque personne, tant qu’elle est connectée
smtp-password-in-keychain = dans le trousseau de cet ordinateur
smtp-password-missing = absent du trousseau de cet ordinateur
published-read-only = Ces réglages sont publiés dans l’annuaire, et cet ordinateur n’a aucun compte autorisé à les modifier : ils peuvent être modifiés sur un dirdesk qui dispose du compte de service du magasin, ou avec « dirdesk notifications set --store NAME --user … » en tant que compte que l’annuaire autorise à les écrire.
settings-publishing = Publication dans l’annuaire…
label-smtp-signed-in-user = Se connecter avec les identifiants de l’utilisateur connecté
settings-published = Publiés dans l’annuaire à l’emplacement { $dn } : chaque dirdesk qui suit cette publication utilise ces réglages dès sa prochaine modification.
publish-refused-access = Non publié : l’annuaire ne permet pas à ce compte de modifier les réglages publiés ({ $detail }). Rien n’a été modifié.
machine-config-problem = Le fichier de configuration de l’ordinateur { $path } n’a pas pu être utilisé ; les magasins d’identités qu’il ajoute sont donc absents : { $detail }
store-managed = Ajouté pour tous les utilisateurs de cet ordinateur par son administrateur.
cli-store-managed = « { $name } » a été ajouté pour tous les utilisateurs de cet ordinateur par son administrateur ({ $path }) ; il ne peut pas être supprimé ici.
cli-notify-waiting = { $address } : en attente — { $reason }
smtp-test-needs-user = Chaque personne se connecte à ce serveur de messagerie avec son propre identifiant et son mot de passe : le test en demande donc un. dirdesk notifications test --store NAME --to ADDRESS --user LOGIN --password-stdin.
published-foreign = L’entrée { $dn } n’est pas celle des réglages publiés par dirdesk (un autre type d’objet porte ce nom) : elle est laissée telle quelle. Publiez ailleurs avec --location.
publish-location-not-cn = l’emplacement { $dn } doit commencer par cn= (l’entrée est nommée par son cn)
field-login-dn-template = Modèle de DN de connexion (facultatif)

## Big groups, Member Of, finding people as ADUC does
members-count = { $count ->
    [one] { $count } membre
   *[other] { $count } membres
}
members-shown = { $shown } sur { $count } affichés
members-reading-names = Lecture des noms… { $read } sur { $count }
members-filter-placeholder = Filtrer les membres par nom ou DN
tab-member-of = Membre de
member-of-nested = Inclure les groupes dont il est membre par l’intermédiaire d’autres groupes
member-of-none = Membre d’aucun groupe.
member-of-count = { $count ->
    [one] Membre de { $count } groupe
   *[other] Membre de { $count } groupes
}
member-of-direct = direct
member-of-nested-via = par un autre groupe
member-of-primary = groupe principal
find-matched = { $attribute }: { $value }

## Kerberos single sign-on
kerberos-no-ticket = Aucun ticket Kerberos : cet ordinateur n’a pas de connexion Windows/Kerberos à utiliser (sous Linux ou macOS, lancez d’abord « kinit »). Connectez-vous plutôt avec votre nom d’utilisateur et votre mot de passe.
kerberos-expired = Votre ticket Kerberos a expiré : reconnectez-vous à Windows (ou lancez « kinit »), ou connectez-vous avec votre nom d’utilisateur et votre mot de passe.
kerberos-clock-skew = L’horloge de cet ordinateur et celle du contrôleur de domaine diffèrent de plus que ce que Kerberos autorise (5 minutes) : remettez l’horloge à l’heure, ou connectez-vous avec votre nom d’utilisateur et votre mot de passe.
kerberos-no-spn = L’annuaire n’a pas de principal de service Kerberos { $spn } : connectez-vous au contrôleur de domaine par son nom complet (tel qu’il est enregistré dans l’annuaire), ou connectez-vous avec votre nom d’utilisateur et votre mot de passe.
kerberos-other = La connexion Kerberos a échoué : { $reason }
kerberos-signed-in = Connecté en tant que { $principal } avec votre connexion Windows/Kerberos, à l’intérieur de la connexion TLS vérifiée.
kerberos-mail-needs-password = Ce magasin envoie les confirmations avec votre propre compte de messagerie, qui a besoin de votre mot de passe ; une connexion Kerberos n’en donne aucun à dirdesk. Vos confirmations attendent dans la file d’attente jusqu’à ce que vous vous connectiez une fois avec votre nom d’utilisateur et votre mot de passe.
sign-in-kerberos = Se connecter en tant que { $principal }
kerberos-signed-in-sealed = Connecté en tant que { $principal } avec votre connexion Windows/Kerberos ; ce magasin n’utilise pas TLS, donc Kerberos chiffre lui-même la connexion.
kerberos-no-sealing = { $server } ne propose pas de chiffrement Kerberos pour une connexion sans TLS, et dirdesk ne se connecte jamais sans chiffrement : choisissez LDAPS ou StartTLS pour ce magasin, ou connectez-vous avec votre nom d’utilisateur et votre mot de passe.
kerberos-not-inside-tls = { $server } n’accepte pas de connexion Kerberos à l’intérieur de TLS ({ $reason }). Les contrôleurs de domaine Windows l’acceptent ; sous Samba, le paramètre est « ldap server require strong auth = allow_sasl_over_tls ». D’ici là, connectez-vous avec votre nom d’utilisateur et votre mot de passe, ou connectez-vous à ce magasin sans TLS : Kerberos chiffre alors lui-même la connexion.
kerberos-other-person = Le ticket Kerberos de cet ordinateur appartient maintenant à quelqu’un d’autre ({ $now }) : plus rien n’est fait sous cette connexion. Connectez-vous à nouveau.
kerberos-kdc-timeout = Le contrôleur de domaine Kerberos (KDC) n’a pas répondu à temps.
kerberos-other-realm = Le ticket Kerberos est pour { $principal }, d’un autre domaine Kerberos que celui de ce magasin ({ $realm }), et l’annuaire ne peut pas dire qui c’est ici : connectez-vous avec votre nom d’utilisateur et votre mot de passe.
cli-arg-member-of = Afficher aussi les groupes dont il est membre (Membre de)
cli-arg-nested = Avec --member-of : aussi les groupes dont il est membre par d’autres groupes
cli-arg-kerberos = Se connecter avec votre ticket Kerberos (votre session Windows, ou kinit) au lieu d’un mot de passe

## OAuth 2.0 for SMTP (Microsoft 365, Google)
oauth-bad-endpoint = Le Token Endpoint « { $endpoint } » n’est pas une adresse https:// : dirdesk n’envoie un secret client que par une connexion TLS vérifiée.
oauth-no-client-secret = Le trousseau de cet ordinateur ne contient aucun secret client OAuth 2.0 pour ce magasin : saisissez le Client Secret sur la page Notifications, ou utilisez « dirdesk notifications set --oauth-client-secret-stdin ».
oauth-wrong-client-secret = Le point de terminaison de jeton a refusé le Client ID ou le Client Secret ({ $detail }) : vérifiez-les tous deux sur la page Notifications ; un secret expiré doit être remplacé par un nouveau, créé dans l’inscription d’application.
oauth-wrong-password = Le point de terminaison de jeton a refusé le nom d’utilisateur ou le mot de passe ({ $detail }).
oauth-needs-mfa = Le point de terminaison de jeton demande à ce compte une connexion multifacteur ({ $detail }), qu’un expéditeur d’e-mails ne peut pas fournir : ce compte ne doit pas exiger de connexion multifacteur (excluez-le du Conditional Access du locataire), ou laissez Nom d’utilisateur et Mot de passe vides pour envoyer en tant qu’application seule.
oauth-refused = Le point de terminaison de jeton a refusé d’émettre un jeton : { $detail }
oauth-unreachable = Le point de terminaison de jeton { $endpoint } est injoignable ({ $detail }) ; les e-mails attendent et seront réessayés.
oauth-not-trusted = Le point de terminaison de jeton { $endpoint } n’est pas digne de confiance ({ $detail }) : ajoutez son certificat d’AC au fichier de certificat d’AC SMTP, ou aux certificats de confiance de cet ordinateur.
oauth-malformed = Le point de terminaison de jeton { $endpoint } a répondu sans jeton ({ $detail }).
smtp-token-refused = Le serveur de messagerie a refusé le jeton OAuth 2.0, même un nouveau ({ $detail }) : la boîte aux lettres ou l’application n’a peut-être pas le droit d’envoyer par SMTP (Exchange : SMTP AUTH activé pour la boîte aux lettres, et l’autorisation SMTP.Send ou SMTP.SendAsApp pour l’application).
smtp-needs-oauth = Le serveur de messagerie n’accepte aucun mot de passe ({ $detail }) : ce serveur exige OAuth 2.0 — choisissez OAuth 2.0 sous « Utiliser l’authentification SMTP ».
cli-oauth-needs-client-id = OAuth 2.0 nécessite l’ID client de l’application : --oauth-client-id.
cli-arg-oauth-token-endpoint = Point de terminaison de jeton OAuth 2.0 (https://…/oauth2/v2.0/token)
cli-arg-oauth-client-id = ID client OAuth 2.0 (celui de l’inscription d’application)
cli-arg-oauth-client-secret-stdin = Lire le secret client OAuth 2.0 sur l’entrée standard (avec --smtp-password-stdin aussi : le secret sur la première ligne, le mot de passe sur la deuxième)
cli-arg-oauth-scope = Étendues OAuth 2.0, séparées par des espaces (par ex. https://outlook.office365.com/.default)
label-smtp-auth-method = Authentification
smtp-auth-basic = Basic
smtp-auth-oauth2 = OAuth 2.0 (Token Endpoint { $endpoint }, Client ID { $client }, Scope { $scope } ; le Client Secret est conservé dans le trousseau de cet ordinateur)
label-oauth-token-endpoint = Token Endpoint
label-oauth-client-id = Client ID
label-oauth-client-secret = Client Secret
label-oauth-scope = Scope
smtp-auth-oauth2-choice = OAuth 2.0
invalid-oauth-client-id-empty = Saisissez le Client ID de l'inscription d'application.

## Notification Editor (templates)
template-email-change = Confirmation de modification
template-email-test = E-mail de test
template-email-digest = Récapitulatif de modification en masse
template-part-subject = Objet
template-part-html = HTML
template-part-text = Texte brut
template-problem-at = { $part }, ligne { $line }, colonne { $column } : { $detail }
template-problem-line = { $part }, ligne { $line } : { $detail }
template-problem = { $part } : { $detail }
template-unknown-tag = balise inconnue « { $tag } »
template-tag-object-name = Nom de l’objet
template-tag-object-kind = Type d’objet
template-tag-object-dn = Nom distinctif de l’objet
template-tag-changes = Tableau des attributs modifiés (anciennes et nouvelles valeurs)
template-tag-author-name = Modifié par : nom
template-tag-author-mail = Modifié par : adresse e-mail
template-tag-author-dn = Modifié par : nom distinctif
template-tag-when = Date
template-tag-store = Magasin d’identités
template-tag-recipient-name = Nom du destinataire
template-tag-recipient-address = Adresse du destinataire
template-tag-own = Si le destinataire a fait la modification lui-même
template-tag-reasons = Pourquoi le destinataire reçoit cet e-mail
template-tag-server = Serveur de messagerie
template-tag-count = Nombre d’objets modifiés
template-tag-objects = Tableau des objets et attributs modifiés (anciennes et nouvelles valeurs)
template-tag-more = Combien ne sont pas listés (ils sont dans la pièce jointe)
template-tag-attachment = Nom de la liste jointe
template-built-in = intégré
template-custom = propre au magasin
template-custom-parts = propre au magasin : { $parts }
cli-about-templates = L’Éditeur de notifications : le texte des e-mails envoyés par dirdesk, par langue
cli-about-templates-list = Lister les modèles d’e-mail d’un magasin et indiquer lesquels lui sont propres
cli-about-templates-show = Afficher l’objet, le HTML et le texte brut d’un modèle (celui propre au magasin, ou le modèle intégré)
cli-about-templates-set = Modifier un modèle ; les parties non données restent inchangées. Vérifié avant d’être enregistré
cli-about-templates-reset = Revenir au modèle intégré
cli-about-templates-preview = Remplir un modèle avec une modification d’exemple : affiche l’objet et le texte brut
cli-arg-email = Quel e-mail : change (la confirmation de modification) ou test (l’e-mail de « { test-server } »)
cli-arg-lang = La langue : da, de, en, es, fi, fr, is, it, nl, pt, sv ou tr
cli-arg-part = Afficher seulement la source de cette partie : subject, html ou text
cli-arg-subject = L’objet (balises permises, p. ex. { "{{" } object.name { "}}" })
cli-arg-html-file = Un fichier avec la partie HTML (UTF-8)
cli-arg-text-file = Un fichier avec la partie texte brut (UTF-8)
cli-arg-templates-preview-html = Écrire aussi la partie HTML remplie dans FILE, à ouvrir dans un navigateur
cli-template-no-such-language = Il n’y a pas de modèle « { $lang } » : les langues sont { $languages }.
cli-template-nothing-to-set = Indiquez --subject, --html-file ou --text-file.
cli-template-refused = Le modèle n’a pas été enregistré : { $problems }
cli-template-saved = Enregistré :
cli-template-reset = Retour au modèle intégré :
cli-template-which = l’e-mail « { $email } » en « { $lang } » de { $name }.
cli-template-unreadable = Impossible de lire { $file } : { $error }
cli-template-too-big = { $file } fait { $size } octets ; une partie de modèle peut en avoir { $max } au plus.
cli-template-not-utf8 = { $file } n’est pas du texte UTF-8 (à l’octet { $offset }).
cli-template-unwritable = Impossible d’écrire { $file } : { $error }
cli-template-html-written = La partie HTML est dans { $file }.
template-editor-open = Éditeur de notifications
template-editor-title = Éditeur de notifications — { $store }
template-email = E-mail
template-language = Langue
template-save-to-switch = Enregistrez ou abandonnez vos modifications pour choisir un autre e-mail ou une autre langue.
template-tags = Balises
template-tags-into = Cliquez sur une balise pour l’insérer dans « { $part } » à l’emplacement du curseur.
template-preview = Aperçu (avec une modification d’exemple)
template-preview-own = Tel que le lit la personne qui a fait la modification
template-no-preview = Pas d’aperçu tant que le modèle a un problème.
template-reset = Rétablir le modèle intégré
template-discard = Abandonner les modifications
template-no-store = Ajoutez d’abord un magasin d’identités : les modèles appartiennent à un magasin.
template-too-big = la partie fait { $size } octets ; une partie de modèle peut en avoir { $max } au plus
template-store = Magasin d’identités

## Bulk edits (LDIF and CSV files)
bulk-problem-at = ligne { $line } : { $detail }
bulk-same-object-twice = { $dn } est modifié deux fois (la première fois à la ligne { $first }) : regroupez toutes ses modifications dans un seul enregistrement
bulk-not-a-dn = « { $dn } » n’est pas un nom distinctif
ldif-no-colon = « { $text } » n’est pas de la forme « nom: valeur »
ldif-bad-base64 = la valeur base64 de { $name } ne se décode pas : { $error }
ldif-not-text = la valeur de { $name } n’est pas du texte UTF-8
ldif-no-urls = { $name } désigne un fichier ou une URL (:<) : donnez la valeur elle-même
ldif-dn-first = un enregistrement commence par dn:, pas par { $name }:
ldif-no-controls = les contrôles LDAP ne sont pas envoyés dans les modifications en masse
ldif-only-modify = changetype: { $changetype } n’est pas une modification d’objet (seul changetype: modify en est une)
ldif-no-changetype = l’enregistrement de { $dn } n’a pas de changetype: modify
ldif-other-attribute = { $name }: dans la section de { $attribute }
ldif-add-without-values = add: { $attribute } ne donne aucune valeur
ldif-unknown-operation = « { $operation } » n’est ni add, ni delete, ni replace
ldif-nothing-to-change = l’enregistrement de { $dn } ne change rien
csv-dn-first = l’en-tête de la première colonne doit être dn
csv-empty-header = une colonne n’a pas de nom d’attribut dans l’en-tête
csv-header-twice = la colonne { $attribute } figure deux fois dans l’en-tête
csv-wrong-field-count = { $found } champs alors que l’en-tête en a { $expected }
csv-no-dn = la ligne n’a pas de dn
bulk-unknown-attribute = l’annuaire n’a pas d’attribut { $attribute }
bulk-bad-dn = { $attribute } attend un nom distinctif, pas « { $value } »
bulk-bad-integer = { $attribute } attend un nombre entier, pas « { $value } »
bulk-bad-boolean = { $attribute } attend TRUE ou FALSE, pas « { $value } »
bulk-bad-time = { $attribute } attend une date et une heure comme 20261201120000Z, pas « { $value } »
bulk-bad-ascii = { $attribute } n’accepte que du texte ASCII, pas « { $value } »
bulk-applied = appliquée
bulk-nothing-to-change = rien à modifier : l’objet a déjà ces valeurs
bulk-conflict = quelqu’un d’autre a modifié cet objet depuis sa lecture ; rien n’a été écrasé
bulk-refused = refusée : { $reason }
bulk-unknown = envoyée, mais aucune réponse n’est venue ({ $reason }) ; la prochaine exécution ou le prochain enregistrement vérifie si elle a été appliquée et la consigne une seule fois
bulk-not-sent = non envoyée : { $reason }
bulk-cancelled = l’exécution a été annulée
bulk-connection-lost = la connexion à l’annuaire a été perdue
bulk-title = Modification en masse
bulk-explanation = Modifiez de nombreux objets à la fois : ouvrez un fichier LDIF d’enregistrements de modification (tels que ldapmodify les lit) ou une feuille CSV (une colonne dn, puis une colonne par attribut), ou appliquez une même modification aux objets trouvés. Rien n’est écrit avant que vous ayez lu l’aperçu et cliqué sur « Appliquer ».
bulk-file-placeholder = /chemin/vers/changes.ldif ou changes.csv
bulk-open = Ouvrir un fichier
bulk-attribute = Attribut
bulk-value = Valeur
bulk-op-set = Remplacer par
bulk-op-add = Ajouter
bulk-op-remove = Retirer
bulk-use-found = { $count ->
    [one] Modifier l’objet trouvé
   *[other] Modifier les { $count } objets trouvés
}
bulk-use-selected = { $count ->
    [one] Modifier l’objet sélectionné
   *[other] Modifier les { $count } objets sélectionnés
}
bulk-previewed = { $count ->
    [one] Aperçu : { $count } modification, dont { $problems } avec un problème (rien n’est écrit tant que vous n’avez pas cliqué sur « Appliquer »).
   *[other] Aperçu : { $count } modifications, dont { $problems } avec un problème (rien n’est écrit tant que vous n’avez pas cliqué sur « Appliquer »).
}
bulk-col-line = Ligne
bulk-col-object = Objet
bulk-col-old-new = Ancien → nouveau
bulk-col-outcome = Résultat
bulk-more-rows = { $count ->
    [one] … et { $count } autre ligne.
   *[other] … et { $count } autres lignes.
}
bulk-apply = Appliquer
bulk-progress = { $done } sur { $total }
bulk-outcomes = Appliquées : { $applied } sur { $count } ; non appliquées : { $failed }.
bulk-retry-failed = Réessayer les échecs
bulk-export-failed = Exporter les échecs en CSV…
bulk-exported = { $count ->
    [one] { $count } ligne en échec exportée.
   *[other] { $count } lignes en échec exportées.
}
bulk-close = Fermer la modification en masse
cli-bulk-nothing-found = Rien à modifier : la recherche n’a trouvé aucun objet.
cli-bulk-unreadable = Impossible de lire { $path } : { $reason }
cli-bulk-not-utf8 = { $path } n’est pas du texte UTF-8 : enregistrez-le en UTF-8 (avec ou sans BOM).
cli-bulk-refused = Rien n’a été modifié : les problèmes de { $source } sont listés ci-dessus.
cli-bulk-the-search = la modification des objets trouvés
cli-bulk-row = ligne { $line } : { $dn } : { $outcome }
cli-bulk-summary = Appliquées : { $applied } ; rien à modifier : { $unchanged } ; modifiées par quelqu’un d’autre : { $conflicts } ; refusées : { $refused } ; réponse perdue : { $unknown } ; non envoyées : { $not_sent }.
cli-bulk-told-later = La connexion a été perdue : les notifications de cette exécution partiront au prochain enregistrement ou à la prochaine exécution, avec les modifications dont les réponses ont été perdues.
cli-json-bulk-only = --json est réservé aux modifications en masse (--from, --filter, --groups).

## The organisation's shared database (PostgreSQL)
database-url-bad = L’adresse de base de données « { $url } » est inutilisable : { $reason }
database-url-scheme = elle doit commencer par postgresql://
database-url-credentials = elle ne doit contenir ni nom d’utilisateur ni mot de passe (chacun se connecte avec son propre compte d’annuaire)
database-url-options = elle ne doit pas contenir d’options (TLS est toujours activé et vérifié)
database-url-no-host = elle n’indique aucun serveur
database-url-no-database = elle n’indique aucune base de données (postgresql://HOST:PORT/DB)
database-unreachable = La base de données partagée { $url } ne répond pas : { $detail }
database-certificate = La base de données partagée { $url } a un certificat auquel cet ordinateur ne fait pas confiance, ou ne propose pas TLS : { $detail }
database-wrong-password = La base de données partagée { $url } a refusé votre connexion : { $detail }
database-ca-file = Le fichier de certificat CA de la base de données partagée { $url } ne peut pas être utilisé : { $detail }
database-no-role = Vous n’avez pas encore de compte dans la base de données partagée { $url } : demandez à votre administrateur de base de données de lancer « dirdesk db sync-roles ». ({ $detail })
database-not-allowed = La base de données partagée { $url } ne vous laisse pas entrer depuis ici : { $detail }
database-missing = La base de données partagée { $url } n’existe pas : { $detail }
database-not-set-up = La base de données partagée { $url } n’est pas encore préparée pour dirdesk : demandez à votre administrateur de base de données de lancer « dirdesk db init ».
database-newer = La base de données partagée { $url } a été préparée par un dirdesk plus récent (schéma { $version } ; celui-ci connaît { $known }) : mettez dirdesk à jour pour l’utiliser. Rien n’a été écrit.
database-refused = La base de données partagée { $url } a refusé ceci : { $detail }
database-other = La base de données partagée { $url } a répondu par une erreur : { $detail }
db-check-not-set-up = Le schéma n’existe pas : lancez « dirdesk db init ».
db-check-behind = Le schéma est en version { $version } ; ce dirdesk apporte la { $latest } : lancez « dirdesk db migrate ».
db-check-newer = Le schéma est en version { $version }, plus récente que celle que connaît ce dirdesk ({ $latest }).
db-check-no-role = Le rôle de groupe { $role } n’existe pas : lancez « dirdesk db init ».
db-check-unsecured = La sécurité au niveau des lignes est désactivée sur { $table } : chacun pourrait lire l’Historique des autres.
db-check-history-writable = { $role } peut modifier ou supprimer des lignes de l’Historique : l’Historique ne serait plus en ajout seul.
db-check-retention-open = dirdesk_admin n’est pas le seul à pouvoir supprimer l’Historique ancien.
db-check-added-policy = La politique de sécurité des lignes { $policy } n’a pas été créée par dirdesk : elle peut laisser lire ou écrire ce qui ne devrait pas l’être.
db-check-owner-records = Le propriétaire des tables est dans dirdesk_user : la sécurité des lignes ne s’applique pas au propriétaire, qui ne devrait donc pas enregistrer de modifications.
cli-db-no-database = Le magasin « { $name } » n’indique aucune base de données partagée (dirdesk store edit --database postgresql://HOST:PORT/DB).
cli-db-needs-password = La base de données partagée vous connecte avec votre mot de passe d’annuaire : connectez-vous avec votre nom d’utilisateur et votre mot de passe, pas avec Kerberos.
cli-db-up-to-date = Le schéma est à jour (version { $version }).
cli-db-applied = Migration { $version } appliquée : { $name }
cli-db-version = Version du schéma : { $version } (ce dirdesk : { $latest })
cli-db-my-roles = Vos rôles : { $roles }
cli-db-no-roles = aucun
cli-db-problem = Problème : { $problem }
cli-db-all-well = Tout est comme dirdesk l’a préparé.
cli-db-role-created = Rôle de connexion { $login } créé
cli-db-role-granted = { $login } est maintenant dans { $role }
cli-db-role-revoked = { $login } n’est plus dans { $role }
cli-db-roles-as-they-were = Les rôles correspondaient déjà aux groupes.
cli-db-member-unread = Impossible de lire le membre { $dn } ({ $reason }) : aucun rôle n’a été modifié.
cli-db-group-empty = Le groupe { $dn } est vide : aucun rôle n’a été modifié (cela retirerait l’accès à tout le monde).
cli-db-role-kept = { $login } reste dans { $role } : cette appartenance a été accordée par quelqu’un d’autre.
cli-db-role-skipped = { $login } laissé de côté : PostgreSQL ne peut pas l’utiliser comme nom de rôle (trop long ou réservé).
cli-database-ca-without-database = --database-ca-file nécessite une base de données : indiquez aussi --database postgresql://HOST:PORT/DB.
cli-about-db = Préparer et vérifier la base de données partagée (PostgreSQL) d’un magasin, pour les administrateurs de bases de données
cli-about-db-init = Créer les rôles de groupe dirdesk_user et dirdesk_admin et le schéma (peut être relancé sans risque)
cli-about-db-migrate = Mettre le schéma à la version de ce dirdesk
cli-about-db-check = Indiquer la version du schéma, vos rôles, et si les protections de l’Historique tiennent
cli-about-db-sync-roles = Créer des rôles de connexion pour les personnes de deux groupes de l’annuaire et les rendre membres de dirdesk_user ou dirdesk_admin
cli-arg-users-group = Le groupe dont les membres enregistrent leurs modifications et lisent leur propre Historique
cli-arg-admins-group = Le groupe dont les membres lisent l’Historique et la file d’attente de tous
cli-arg-database = L’Historique et la file d’attente partagés de l’organisation, postgresql://HOST:PORT/DB ("" revient au fichier propre à ce dirdesk) ; publié avec le magasin
cli-arg-database-ca-file = Fichier de certificat CA (PEM) servant à vérifier le certificat de la base de données ("" le retire)
database-no-bulk-yet = Ce dirdesk n’enregistre pas encore les modifications en masse dans la base de données partagée : rien n’a été modifié. Modifiez les objets un par un, ou mettez dirdesk à jour.
queue-finished-elsewhere = un autre de vos postes a enregistré cette modification entre-temps ; elle n’est pas enregistrée deux fois.
history-bad-date = « { $date } » n’est pas une date : écrivez 2026-11-30 ou 2026-11-30T08:00:00Z.
history-col-when = Quand
history-col-store = Magasin d’identités
history-col-object = Objet
history-col-dn = DN
history-col-author = Modifié par
history-col-attribute = Attribut
history-col-old = Ancienne valeur
history-col-new = Nouvelle valeur
history-col-told = Notifications
cli-history-needs-user = Le magasin « { $name } » conserve son Historique dans une base de données partagée : connectez-vous avec --user et --password-stdin pour le lire.
cli-history-written = Modifications écrites dans { $path } : { $count }.
cli-arg-user-filter = Seulement les modifications faites par cette personne (son identifiant)
cli-arg-attribute = Seulement les modifications de cet attribut
cli-arg-contains = Seulement les modifications dont une ancienne ou une nouvelle valeur contient ce texte
cli-arg-since = À partir de ce jour (2026-11-30) ou de ce moment (2026-11-30T08:00:00Z)
cli-arg-until = Jusqu’à la fin de ce jour, ou jusqu’à ce moment
cli-arg-csv = Écrire les modifications dans ce fichier en CSV, une ligne par attribut
cli-arg-history-user = Qui se connecte pour lire la base de données partagée d’un magasin
queue-not-here = L’e-mail { $id } à { $address } n’a pas été envoyé depuis ce dirdesk : { $reason }
queue-waits-for-sender = il part avec le propre compte de messagerie de { $login }, depuis un dirdesk où la session de { $login } est ouverte
cli-queue-needs-user = Le magasin « { $name } » conserve sa file d’attente dans une base de données partagée : connectez-vous avec --user et --password-stdin.
cli-queue-local-store = Le magasin « { $name } » conserve sa file d’attente sur ce dirdesk : aucune connexion n’est nécessaire (omettez --user).
cli-queue-no-shared-store = Aucun magasin d’identités ici ne conserve sa file d’attente dans une base de données partagée : omettez --user pour la file d’attente propre à ce dirdesk.
cli-queue-which-store = Plusieurs magasins d’identités ici conservent leur file d’attente dans une base de données partagée : désignez-en un avec --store.
history-filter-user = Modifié par (identifiant)
history-filter-object = Objet (DN)
history-filter-attribute = Attribut
history-filter-contains = L’ancienne ou la nouvelle valeur contient
history-filter-since = Du
history-filter-until = Au
history-search = Rechercher
history-clear = Effacer
history-export = Exporter en CSV…
history-previous = Précédent
history-next = Suivant
history-page = Page { $number }
history-recorded-by = enregistré par { $login } le { $at }
history-source-this-desk = Enregistré sur ce dirdesk.
history-source-shared = Depuis la base de données { $database } de l’organisation, en tant que { $person }.
history-sign-in-first = « { $store } » conserve son Historique et sa file d’attente dans la base de données { $database } de l’organisation : connectez-vous à « { $store } » dans l’Éditeur d’objets pour les voir.
keep-days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
keep-months = { $count ->
    [one] { $count } mois
   *[other] { $count } mois
}
keep-years = { $count ->
    [one] { $count } an
   *[other] { $count } ans
}
keep-all = Tout (rien n’est supprimé)
keep-unknown = « { $text } » n’est pas un choix de conservation : utilisez l’un de ceux-ci : { $choices }.
keep-other = une période que ce dirdesk ne propose pas
cli-db-retention = L’Historique est conservé pendant { $keep } (choisi par { $who }, { $at }) ; les entrées plus anciennes sont supprimées par les postes, sauf celles qu’un e-mail attend encore.
cli-db-retention-unchosen = Tout l’Historique est conservé : aucun administrateur n’a choisi de durée.
cli-db-retention-removed = { $count } entrées de l’Historique plus anciennes ont été supprimées.
cli-about-db-retention = Indiquer combien de temps l’Historique partagé est conservé, ou (membres de dirdesk_admin) le choisir
cli-arg-keep = 30-days, 60-days, 90-days, 6-months, 1-year, 2-years, 5-years ou all (rien n’est supprimé)
history-keep = Conserver l’Historique :
history-keep-chosen-by = choisi par { $who }
history-kept = Conservé comme choisi : { $count } entrées plus anciennes supprimées.
cli-history-uploaded = { $added } de vos modifications ont été envoyées depuis l’Historique de ce dirdesk ; { $there } s’y trouvaient déjà.
cli-history-left-for = { $count } faites par { $name } restent sur ce dirdesk jusqu’à ce que cette personne les envoie elle-même (connectée sous son propre nom).
cli-arg-upload = Ajouter vos modifications de l’Historique propre à ce dirdesk pour le magasin à la base de données partagée de celui-ci (une seule fois : le relancer n’ajoute rien)
queue-waits-for-store-account = il part avec le propre compte de messagerie du magasin, depuis un dirdesk configuré pour envoyer avec celui-ci
