# dirdesk — English (the reference language: every other locale has these ids)

## Window and navigation
app-title = dirdesk Admin Center
nav-identity-stores = Identity Stores
nav-notifications = Notifications
nav-history = History

## Identity Stores page
identity-stores-title = Identity Stores
identity-stores-create = Create Identity Store
identity-stores-empty = No identity stores yet. Click “Create Identity Store” to connect dirdesk to an Active Directory domain or an LDAP directory.

## Notifications (queue) page
notifications-title = Notifications
notifications-empty = No notifications in the queue.

## History page
history-title = History
history-empty = No changes have been made through dirdesk yet.

## Command line
cli-error = error: { $message }

## Distinguished names
dn-empty = the DN is empty
dn-missing-equals = “{ $part }” has no “=”: each part of a DN looks like cn=Name
dn-bad-attribute-type = “{ $part }” is not an attribute type
dn-empty-value = “{ $part }” has an empty value
dn-bad-escape = “{ $part }” ends with an unfinished escape

## Validation of identity stores and notification settings
invalid-name-empty = Enter a name for the identity store.
invalid-name-taken = An identity store named “{ $name }” already exists.
invalid-no-servers = Add at least one server (domain name or hostname).
invalid-host = “{ $host }” is not a host name or IP address.
invalid-port = The port of { $server } must be between 1 and 65535.
invalid-base-dn = The Base DN is not valid: { $reason }.
invalid-login-attribute = “{ $attribute }” is not an attribute name.
invalid-service-account = “{ $account }” is not a service account: enter a DN (for Active Directory also user@domain or DOMAIN\user).
invalid-smtp-server-empty = Enter the SMTP server that sends the notifications.
invalid-smtp-port = The SMTP port must be between 1 and 65535.
invalid-ssl-on-25 = Port 25 does not speak SSL: use STARTTLS on 25 or 587, or SSL on 465.
invalid-from = “{ $address }” is not an email address for “From email address”.
invalid-smtp-username-empty = Enter the SMTP username, or turn off “Use SMTP user authentication”.
invalid-address = “{ $address }” is not an email address.

## Configuration file
config-damaged = The configuration file { $path } is damaged at line { $line }, column { $column }: { $reason }. It was left as it is, and a copy was kept in { $backup }. Correct it, or move it away to start afresh.
config-newer = The configuration file { $path } was written by a newer dirdesk (format { $version }); this version will not change it.
config-io = Cannot read or write { $path }: { $reason }

## Keychain
keychain-unavailable = No usable keychain: { $reason }. dirdesk keeps passwords only in the operating system's keychain; unlock or start it (on Linux: a Secret Service such as GNOME Keyring or KWallet) and try again.
keychain-failed = The keychain refused: { $reason }

## Directory connections
ldap-refused = { $server } refused the connection: is the directory server running, and is the port right?
ldap-unreachable = Cannot reach { $server }: { $reason }
ldap-timeout = { $server } did not answer in time.
ldap-cert-not-trusted = The TLS certificate of { $server } is not trusted: “{ $subject }”, issued by “{ $issuer }”. If your organisation runs its own certificate authority, choose its CA certificate file.
ldap-cert-wrong-name = The TLS certificate of { $server } (“{ $subject }”) is for other names: { $names }. Connect with one of those names.
ldap-cert-expired = The TLS certificate of { $server } (“{ $subject }”) has expired.
ldap-cert-other = The TLS certificate of { $server } (“{ $subject }”) was refused: { $reason }
ldap-tls = TLS with { $server } failed: { $reason }
ldap-wrong-credentials = Wrong user name or password.
ldap-tls-required = { $server } requires an encrypted connection for this: choose LDAPS or StartTLS.
ldap-base-dn-not-found = The Base DN “{ $base_dn }” does not exist on the server.
ldap-base-dn-not-found-anonymous = The Base DN “{ $base_dn }” was not found; without a service account the server may be hiding it from anonymous users.
ldap-server-error = The server answered with error { $code }: { $text }
ldap-disconnected = The connection to the directory broke: { $reason }
ldap-referral = The directory referred this to another server ({ $to }). dirdesk only talks to the identity store's own servers, so it did not follow.
ldap-too-many-results = The directory kept sending results past { $limit }; dirdesk stopped reading them. Narrow the search.
ldap-malformed = { $server } sent an answer that is not well-formed LDAP; nothing was changed.
connection-server-failed = { $server }: { $reason }

## Labels shared by screens and the command line (the article's wording)
store-type-ad = Active Directory
store-type-ldap = Generic LDAP
security-ldaps = LDAPS
security-starttls = StartTLS
security-none = None (insecure)
status-healthy = Healthy
status-errors = Errors
status-not-checked = Not checked
smtp-security-ssl = SSL enabled
smtp-security-starttls = STARTTLS
smtp-security-none = None (insecure)
label-smtp-server = SMTP Server
label-from = From email address
label-port = Port
label-smtp-security = Security
label-use-smtp-auth = Use SMTP user authentication
label-smtp-username = SMTP username
label-smtp-ca-file = CA certificate file
label-to = To:
label-cc = CC:
also-logged-in-users = Logged in users for their actions
also-object-modified = Object being modified
also-group-owners = Group owner(s) for their groups
also-managers = Manager(s) for their direct reports
also-added-members = Newly added group members on addition
also-removed-members = Removed group member on removal
also-public-group-owners = Public group owner for membership
membership-join = Join
membership-leave = Leave
my-groups = My groups
column-name = NAME
column-type = TYPE
column-servers = SERVERS
column-security = SECURITY
column-base-dn = BASE DN
column-enabled = ENABLED
column-status = STATUS
column-last-check = LAST CHECK
yes = yes
no = no
on = on
off = off

## Command line messages
cli-no-such-store = There is no identity store named “{ $name }”.
cli-no-stores = No identity stores yet. Add one with: dirdesk store add --help
cli-bad-host = “{ $host }” is not HOST or HOST:PORT.
cli-bad-addresses = Not email addresses: { $addresses }
cli-empty-password = The password read from standard input is empty.
cli-prompt-service-password = Service account password:
cli-store-added = Identity store “{ $name }” added.
cli-store-saved = Identity store “{ $name }” saved.
cli-store-removed = Identity store “{ $name }” and its passwords removed.
cli-store-enabled = Identity store “{ $name }” enabled.
cli-store-disabled = Identity store “{ $name }” disabled.
cli-test-server-ok = { $server }: connected ({ $vendor }; naming contexts: { $contexts })
cli-test-healthy = “{ $name }” is Healthy.
cli-test-errors = “{ $name }” has Errors: { $reason }
cli-notifications-saved = Notification settings of “{ $name }” saved.
ldap-no-service-password = No password is stored for the service account: set it with --service-password-stdin.

## Editing objects
edit-read-only = “{ $attribute }” is maintained by the directory and cannot be changed.
edit-binary = “{ $attribute }” holds binary data, which dirdesk does not edit.
edit-single-valued = “{ $attribute }” takes only one value.
ldap-account-locked = This account is locked. Ask your administrator to unlock it.
ldap-account-disabled = This account is disabled.
ldap-password-expired = The password of this account has expired or must be changed before signing in.
ldap-no-such-object = “{ $dn }” does not exist (any more).
change-nothing = Nothing to save: the values are the same as in the directory.
change-conflict = Not saved: someone else changed this object since you opened it. Reload it to see the current values.
change-insufficient-access = Not saved: you do not have permission to change this ({ $detail }).
membership-closed-join = This group does not let members join it themselves. The directory said: { $detail }
membership-closed-leave = This group does not let members leave it themselves. The directory said: { $detail }
change-schema-violation = Not saved: the directory does not accept this value ({ $detail }).
change-refused = Not saved: the directory refused the change ({ $detail }).
change-busy = Not saved: the directory is busy or unavailable ({ $detail }). Try again in a moment.
kind-group = group
kind-user = user
kind-other = object
no-value = (no value)
binary-value = <binary, { $bytes } bytes>
cli-store-disabled-sign-in = The identity store “{ $name }” is disabled.
cli-prompt-password = Password for { $user }:
cli-password-needed = A password is needed: use --password-stdin, or run in a terminal.
cli-found = { $count ->
    [one] 1 object found.
   *[other] { $count } objects found.
}
cli-finished-earlier-change = Finished a change an earlier run saved but did not record: { $change }
cli-bad-pair = “{ $pair }” is not ATTR=VALUE.
cli-no-edits = Nothing to change: use --set, --add, --remove or --clear.
cli-changed = Changed “{ $name }” ({ $kind }, { $dn }) as { $author } at { $at }:
cli-current-value = { $attribute } is now: { $value }

## Notification emails
email-subject-own = You changed the { $kind } “{ $name }”
email-subject-other = { $author } changed the { $kind } “{ $name }”
email-greeting = Hello { $name },
email-greeting-anonymous = Hello,
email-intro-own = This confirms the change you made to the { $kind } “{ $name }” in { $store }.
email-intro-other = { $author } changed the { $kind } “{ $name }” in { $store }.
email-label-object = Object
email-label-dn = Distinguished name
email-label-author = Changed by
email-label-when = When
email-col-attribute = Attribute
email-col-old = Old value
email-col-new = New value
email-added = Added
email-removed = Removed
email-no-value = (none)
email-why-logged-in-user = You receive this email because you made this change.
email-why-list = You receive this email because this address is on the notification list of the identity store.
email-why-object = You receive this email because the change concerns you or a group you belong to.
email-why-owner = You receive this email because you own this group.
email-why-manager = You receive this email because the change concerns one of your direct reports.
email-why-added = You receive this email because you were added to this group.
email-why-removed = You receive this email because you were removed from this group.
email-why-public-owner = You receive this email because you own this group and someone joined or left it by themselves.
email-footer = Made with dirdesk.
email-digest-subject-own = Changes you made in { $store }: { $count }
email-digest-subject-other = Changes by { $author } in { $store }: { $count }
email-digest-intro-own = This confirms the changes you made in { $store } in one go: { $count } in all.
email-digest-intro-other = { $author } made changes in { $store } in one go: { $count } in all.
email-digest-more = The first { $listed } are listed here; all { $count } are in the attached file { $file }.
email-digest-why-logged-in-user = You receive this email because you made these changes.
email-digest-why-object = You receive this email because these changes concern you or groups you belong to.
email-digest-why-owner = You receive this email because you own groups that were changed.
email-digest-why-manager = You receive this email because these changes concern your direct reports.
email-digest-why-added = You receive this email because you were added to groups.
email-digest-why-removed = You receive this email because you were removed from groups.
email-digest-why-public-owner = You receive this email because you own groups that people joined or left by themselves.

## Notification queue
queue-error = The notification queue { $path } cannot be used: { $reason }
queue-disk-full = the disk it is on is full. Free some space; nothing was lost.
queue-read-only = its folder cannot be written to (read-only). Nothing was lost.

## Mail server
smtp-not-configured = No SMTP server is set in the store's notification settings.
smtp-refused = The mail server { $server } refused the connection: is it running, and is the port right?
smtp-timeout = The mail server { $server } did not answer in time.
smtp-not-trusted = The TLS certificate of the mail server { $server } is not trusted ({ $detail }). If it is signed by your organisation's own certificate authority, set its CA certificate file.
smtp-tls = TLS with the mail server { $server } failed: { $detail }
smtp-auth-failed = The mail server refused the SMTP username or password: { $detail }
smtp-sender-refused = The mail server refused the From email address: { $detail }
smtp-recipient-refused = The mail server refused the recipient: { $detail }
smtp-permanent = The mail server refused the message: { $detail }
smtp-temporary = The mail server could not take the message now: { $detail }
test-email-subject = dirdesk test notification
test-email-body = This is a test email from dirdesk, sent through { $server }. If you can read it, notifications can reach you.
cli-notify-sent = { $address }: sent ({ $answer })
cli-notify-queued = { $address }: queued — { $reason } It will be retried automatically (dirdesk queue send --all sends it now; with --user for a store with a shared database).
cli-notify-failed = { $address }: not sent — { $reason }
cli-notify-not-mail-enabled = { $dn }: not sent — the account has no email address (notifications go to mail-enabled users only).
cli-notify-malformed = { $who }: not sent — “{ $address }” is not a usable email address.
cli-notify-unwritten = { $who }: not sent — the email could not be written: { $problem }
cli-notify-none = No notifications for this change (none are turned on for this identity store).
cli-test-email-sent = Test email to { $address } accepted by the server: { $answer }
queue-status-pending = Pending
queue-status-sending = In progress
queue-status-sent = Sent
queue-status-failed = Failed
queue-col-id = ID
queue-col-status = Status
queue-col-subject = Subject
queue-col-date = Date
queue-col-to = To
queue-col-from = From
queue-col-cc = CC
queue-col-last-retry = Last Retry
queue-col-retry-count = Retry Count
queue-col-in-progress = In Progress
queue-last-error = last error: { $error }
queue-no-such-email = There is no unsent queued email with ID { $id }.
queue-deleted = Queued email { $id } deleted.
queue-store-gone = { $count } queued emails belong to an identity store that no longer exists.
history-line = { $at }  { $author } changed “{ $name }” ({ $dn }) in { $store }

## Identity Stores cards
store-disabled-badge = Disabled
store-last-check = Last connection check: { $when }
menu-more = More actions
menu-edit = Edit
menu-disable = Disable
menu-enable = Enable
menu-delete = Delete
delete-store-question = Delete the identity store “{ $name }”?
delete-store-explanation = Its settings and the passwords kept for it in the keychain are removed. The directory itself is not changed.
cancel = Cancel

## Identity Store Details
store-details-title = Identity Store Details
tab-general = General
tab-connection = Connection
settings-pane = Settings
configurations = Configurations
field-store-type = Store Type
field-name = Name
field-host = Domain Name or Hostname
field-port = Port
field-security = Security
security-insecure-warning = Without encryption, passwords cross the network readable by anyone on the way. Use LDAPS or StartTLS.
field-ca-file = CA certificate file
field-ca-file-placeholder = Path of a PEM file (only for a private certificate authority)
browse = Browse…
file-dialog-none = No file was chosen, or this system has no file dialog: type the path instead.
field-base-dn = Base DN
field-login-attribute = Login attribute for sign-in
field-service-account = Service Account
field-service-password = Service Account Password
field-service-password-placeholder = Kept in the system keychain; leave empty to keep the saved one
servers-in-priority-order = Servers, in priority order (the first that answers is used):
add-server = Add server
remove = Remove
test-connection = Test Connection
testing-connection = Testing the connection…
test-server-ok = { $server }: connected (naming contexts: { $detail })
save = Save
back = ← Back
configurations-title = Configurations — { $store }
configurations-notifications-description = SMTP server, recipients and whom to notify about changes

## Notifications settings page
notifications-settings-title = Notifications — { $store }
section-smtp-server = SMTP Server
section-recipients = Recipients
section-also-notify = Also Notify
label-smtp-password = SMTP password
addresses-placeholder = Addresses separated by ;
also-notify-mail-enabled-note = Notifications go to mail-enabled users only.
test-server = Test Server
test-notification-title = Test Notification
test-notification-address = Send a test email to
test-notification-sending = Sending…
test-notification-accepted = The server accepted the test email: { $answer }
settings-saved = Saved. The settings apply to the next change.
close = Close
ok = OK
filter-pending = Pending
filter-failed = Failed
filter-all = All
queue-send = Send
history-all-stores = All identity stores
history-change = { $attribute }: { $old } → { $new }
history-email = Notification to { $address }: { $status }
store-saved = Identity store saved.
unsaved-question = Leave without saving?
unsaved-explanation = This page has changes that are not saved yet.
unsaved-stay = Stay
unsaved-leave = Leave without saving

## Object editor: find
find-groups = Groups
find-users = Users
find-placeholder = Name, account or email address
find-search = Search
find-searching = { $count ->
    [one] Searching… 1 found so far
   *[other] Searching… { $count } found so far
}
find-found = { $count ->
    [one] 1 found
   *[other] { $count } found
}

## Object editor: properties
group-properties = Group properties
user-properties = User properties
tab-members = Members
tab-owner = Owner
tab-email = Email
tab-manager = Manager
tab-attributes = Attributes
prop-display-name = Display name
prop-description = Description
prop-email = Email
prop-notes = Notes
prop-title = Title
prop-telephone = Telephone number
prop-manager = Manager (DN)
members-add-placeholder = Name or DN of the person to add
members-add = Add…
owner-none = This group has no owner.
attr-read-only = read-only
attr-single = single value
attr-multi = several values
reload = Reload
saving = Saving…
apply = Apply
preview-title = These changes will be saved:
saved-sent = Saved. A confirmation email was sent to you at { $address }.
saved-no-mail = Saved. Your account has no email address, so no confirmation was sent (notifications go to mail-enabled users only).
saved-queued = Saved. The confirmation email to { $address } is queued and will be retried automatically: { $reason }
saved-failed = Saved, but the confirmation email to { $address } could not be sent: { $reason }
saved-not-queued = Saved, but the notification could not be queued: { $reason }
saved-plain = Saved.

## Object editor: sign in
nav-object-editor = Object Editor
sign-in-title = Sign in with your directory account
sign-in-store = Identity store
sign-in-user = User name
sign-in-password = Password
sign-in-remember = Remember my password (kept in the system keychain)
sign-in = Sign in
sign-in-busy = Signing in…
sign-in-no-store = There is no enabled identity store to sign in to. Create or enable one under Identity Stores.
sign-in-enter-user = Enter your user name.
sign-in-enter-password = Enter your password.
signed-in-as = Signed in as { $name } to { $store }
signed-in-mail = Confirmation emails go to { $address }
signed-in-no-mail = Your account has no email address: you will not receive confirmation emails.
sign-out = Sign out
back-to-results = ← Back to results
loading = Loading…
group-scope-global = Global
group-scope-domain-local = Domain Local
group-scope-universal = Universal
group-kind-security = Security
group-kind-distribution = Distribution
group-scope-and-type = Group scope: { $scope } · Group type: { $kind }

## Settings page (the app's own, in the navigation)
# This language's name in itself, as the language list shows it.
language-name = English
nav-settings = Settings
app-settings-title = Settings
app-settings-language = Language
app-settings-language-system = Same as the system
app-settings-language-hint = Notification emails follow each recipient's preferred language, whatever is chosen here.
app-settings-theme = Theme
app-settings-theme-system = Same as the system
app-settings-theme-light = Light
app-settings-theme-dark = Dark
# A date and time as this language writes them (strftime, as jiff reads it);
# the time zone follows.
format-date-time = %-d %b %Y %H:%M:%S

## Command-line help (cli-about-COMMAND, cli-arg-COMMAND-OPTION or cli-arg-OPTION)
cli-heading-usage = Usage
cli-heading-commands = Commands
cli-heading-options = Options
cli-heading-arguments = Arguments
cli-about = Admin Center and object editor for Active Directory and LDAP directories, with change notifications. Without a command, opens the window.
cli-about-store = Manage identity stores (directories dirdesk connects to)
cli-about-store-list = List identity stores
cli-about-store-add = Add an identity store
cli-about-store-edit = Change an identity store; options not given stay as they are
cli-about-store-remove = Remove an identity store and its passwords
cli-about-store-enable = Enable an identity store
cli-about-store-disable = Disable an identity store (kept, but not offered for sign-in)
cli-about-store-test = Test the connection to each server of a store and record the result
cli-about-notifications = Show and change a store's notification settings
cli-about-notifications-show = Show a store's notification settings
cli-about-notifications-set = Change a store's notification settings; options not given stay as they are
cli-about-notifications-test = “Test Server”: send a real test email and show the server's answer
cli-about-search = Search groups and users by name, signed in as yourself
cli-about-show = Show one object with all its attributes
cli-about-edit = Change an object as yourself; prints the change record and who was told
cli-about-join = Join a group yourself (when the group lets its members); prints the change and who was told
cli-about-leave = Leave a group yourself (when the group lets its members); prints the change and who was told
cli-already-member = You are already a member of { $dn }: nothing to change.
cli-not-a-member = You are not a member of { $dn }: nothing to change.
cli-about-queue = Show, send and delete queued notification emails
cli-about-queue-list = List queued notification emails (pending by default)
cli-about-queue-send = Send one queued email now, or every one that is waiting (--all)
cli-about-queue-delete = Delete a queued email that was not sent
cli-about-history = Show the changes made through dirdesk
cli-about-help = Print this message or the help of the given command
cli-arg-help = Print help
cli-arg-version = Print version
cli-arg-config-dir = Keep configuration and data in DIR (portable use, tests)
cli-arg-json = Print JSON instead of a table
cli-arg-notifications-show-json = Print JSON instead of text
cli-arg-show-json = Print JSON instead of text
cli-arg-name = The identity store's name
cli-arg-store-add-name = The store's name (unique, case-insensitive)
cli-arg-store-edit-name = A new name for the store (unique, case-insensitive)
cli-arg-store = The identity store's name
cli-arg-store-edit-store = The store to change
cli-arg-history-store = Only this identity store
cli-arg-store-type = ldap (Generic LDAP) or ad (Active Directory)
cli-arg-hosts = HOST[:PORT], repeated in priority order
cli-arg-security = ldaps (TLS from the first byte), starttls, or none (unencrypted, shown as insecure)
cli-arg-ca-file = CA certificate file (PEM) for servers signed by a private CA ("" removes it)
cli-arg-base-dn = Base DN: where searches start (dc=example,dc=test)
cli-arg-login-attribute = Attribute people sign in with (uid, sAMAccountName, mail, …)
cli-arg-service-account = Service account DN (or UPN / DOMAIN\user on Active Directory)
cli-arg-service-password-stdin = Read the service account password from standard input
cli-arg-smtp-server = SMTP Server: the mail server's host name or IP address
cli-arg-smtp-port = The mail server's port (465 with SSL, 587 with STARTTLS)
cli-arg-smtp-security = ssl (implicit TLS), starttls or none
cli-arg-smtp-ca-file = CA certificate file (PEM) for a mail server signed by a private CA ("" removes it)
cli-arg-from = { label-from }
cli-arg-smtp-user = SMTP username; turns on “Use SMTP user authentication” ("" turns it off)
cli-arg-smtp-password-stdin = Read the SMTP password from standard input
cli-arg-to = Recipients of every notification, separated by “;”
cli-arg-cc = CC recipients of every notification, separated by “;”
cli-arg-notifications-test-to = The address to send the test email to
cli-arg-logged-in-users = { section-also-notify }: { also-logged-in-users }
cli-arg-object-modified = { section-also-notify }: { also-object-modified }
cli-arg-group-owners = { section-also-notify }: { also-group-owners }
cli-arg-managers = { section-also-notify }: { also-managers }
cli-arg-added-members = { section-also-notify }: { also-added-members }
cli-arg-removed-members = { section-also-notify }: { also-removed-members }
cli-arg-public-group-owners = { section-also-notify }: { also-public-group-owners }
cli-arg-user = The directory user name to sign in as
cli-arg-password-stdin = Read the password from standard input
cli-arg-groups = Only groups
cli-arg-users = Only users
cli-arg-text = Text the name contains (empty: everything)
cli-arg-dn = The object's distinguished name (DN)
cli-arg-set = Set ATTR to VALUE (repeat for several values)
cli-arg-add = Add VALUE to ATTR
cli-arg-remove = Remove VALUE from ATTR
cli-arg-clear = Remove every value of ATTR
cli-arg-dry-run = Print the modification (attribute: old → new) without applying it
cli-arg-edit-dn = The object's distinguished name (DN); or a bulk edit with --from, --filter or --groups
cli-arg-edit-from = A bulk edit: every change of an LDIF file of change records (as ldapmodify reads them) or a CSV sheet (dn,ATTR,…: replace with the cell's value; an empty cell leaves it)
cli-arg-edit-format = ldif or csv (by default csv for a name ending in .csv, else ldif)
cli-arg-edit-clear-marker = In a CSV sheet, the cell text that clears an attribute (for example -)
cli-arg-edit-filter = A bulk edit of every object an LDAP filter (RFC 4515) finds under the base DN, with --set/--add/--remove/--clear
cli-arg-edit-groups = A bulk edit of every group whose name contains TEXT, with --set/--add/--remove/--clear
cli-arg-edit-in-flight = Changes on the wire at once in a bulk edit (1–64)
cli-arg-edit-json = Bulk edits: one JSON object per change, then one for the whole run
cli-arg-pending = Only emails waiting to be sent (the default)
cli-arg-failed = Only emails that could not be sent
cli-arg-all = Every email, whatever became of it
cli-arg-queue-send-all = Send every email that is waiting
cli-arg-id = The email's number, as “dirdesk queue list” shows it
cli-arg-object = Only this object (its DN)
invalid-smtp-unencrypted-authentication = Without encryption the SMTP password would cross the network readable by anyone on the way. Choose SSL or STARTTLS, or allow it explicitly (“Send the password without encryption”; on the command line --allow-unencrypted-auth on).
smtp-unencrypted-authentication = Not sent: { $server } would have received the SMTP password without encryption, which these settings do not allow. Choose SSL or STARTTLS on the store's Notifications page.
smtp-unencrypted-warning = Without encryption, the SMTP password crosses the network readable by anyone on the way. Use SSL or STARTTLS.
label-smtp-allow-unencrypted-auth = Send the password without encryption
cli-arg-allow-unencrypted-auth = on: sign in to the mail server even with --smtp-security none, although the password then crosses the network readable
sign-in-remember-failed = Signed in, but your password could not be kept in the system keychain, so you will be asked for it next time: { $reason }
change-not-recordable = Not saved: the change could not be recorded before it was made, so nothing was changed ({ $detail }).
ldap-own-entry-unreadable = Your password was accepted, but the directory does not let { $dn } read its own entry (name and email address), and this identity store has no service account to read it with. Ask the directory's administrator to let users read their own entry, or give the store a service account.
published-damaged = The settings published in the directory are damaged and were left as they are: { $detail }
published-newer = The settings published in the directory are in format { $format }, newer than this dirdesk knows ({ $known }): update dirdesk to follow them. They are not changed from here.

## Published stores: one policy for every desk
invalid-login-dn-template = “{ $template }” is not a login DN template: it must be a DN with { "{" }user{ "}" } where the login goes, e.g. uid={ "{" }user{ "}" },ou=people,dc=example,dc=test.
published-missing = Nothing is published in the directory at { $dn }.
published-unreadable = The directory does not let this account read the settings published at { $dn }: { $detail }
published-unusable = The settings published at { $dn } cannot be followed: { $problem }
published-no-settings-attribute = the entry is there, but its { $attribute } cannot be read
publish-conflict = Not published: someone else published other settings at { $dn } meanwhile ({ $by }, { $when }). Nothing was changed; the settings published now are shown — make your change again.
publish-refused = Not published: the directory refused ({ $reason }). Nothing was changed.
published-keeps-copy = { $problem } This desk keeps following the copy it read { $when }.
smtp-needs-signed-in-user = This email is sent with the account of the person who made the change, whose password dirdesk knows only while they are signed in: it waits in the queue and goes out the next time they save a change.
smtp-no-store-password = The password of the store's SMTP account “{ $user }” is not in this computer's keychain: the email waits in the queue. Someone who knows it can enter it on the Notifications page, or with “dirdesk notifications set --store NAME --smtp-password-stdin”.
cli-warning = warning: { $message }
cli-one-secret-from-stdin = Only one password can be read from standard input: give --smtp-password-stdin and --password-stdin in two separate commands.
cli-publish-needs-account = This computer has no service account for “{ $name }” to write the published settings with: name an account the directory lets write them, with --user.
cli-store-published = Published the shared settings of “{ $name }” in the directory at { $dn }: every desk following it uses them from its next change.
cli-store-unpublished = Removed the settings published at { $dn }. Desks that followed “{ $name }” keep the copy they last read and are told it is gone; this desk keeps them as its own.
cli-store-follows = Follows the settings published in the directory at { $dn } by { $by }, { $when }.
cli-notifications-published = Published the notification settings of “{ $name }” in the directory at { $dn }.
cli-about-store-publish = Publish a store's shared settings in the directory (never a password), for every desk to follow
cli-about-store-unpublish = Remove a store's published settings from the directory
cli-arg-location = The published entry's DN (default: cn=dirdesk under the base DN)
cli-arg-login-dn-template = Generic LDAP: the DN people sign in as, { "{" }user{ "}" } standing for their login (uid={ "{" }user{ "}" },ou=people,dc=example,dc=test); no service account needed to find them
cli-arg-smtp-auth = How to sign in to the mail server: none (a relay), basic (the store's SMTP account, --smtp-user), signed-in-user (each person's own directory login and password) or oauth2 (a token from --oauth-token-endpoint: with --smtp-user and its password the password grant, without them app-only)
cli-arg-smtp-login-as = With --smtp-auth signed-in-user: sign in to the mail server with the login typed (login) or the person's mail address (mail)
settings-source-local = Settings of this computer (not published in the directory).
settings-source-published = Published in the directory at { $dn } by { $by }, { $when } (last read { $read }).
settings-source-published-unread = Published in the directory at { $dn } (not read yet: they are read at the next sign-in).
label-smtp-password-source = SMTP password
smtp-password-not-used = not used
smtp-password-signed-in-user = each person's own directory password, while they are signed in
smtp-password-in-keychain = in this computer's keychain
smtp-password-missing = not in this computer's keychain
published-read-only = These settings are published in the directory, and this computer has no account that may change them: they can be changed on a desk with the store's service account, or with “dirdesk notifications set --store NAME --user …” as an account the directory lets write them.
settings-publishing = Publishing in the directory…
label-smtp-signed-in-user = Sign in with the credentials of the user logged in
settings-published = Published in the directory at { $dn }: every desk following it uses these settings from its next change on.
publish-refused-access = Not published: the directory does not let this account change the published settings ({ $detail }). Nothing was changed.
machine-config-problem = The computer's configuration file { $path } could not be used, so the identity stores it adds are missing: { $detail }
store-managed = Added for every user of this computer by its administrator.
cli-store-managed = “{ $name }” was added for every user of this computer by its administrator ({ $path }); it cannot be removed here.
cli-notify-waiting = { $address }: waiting — { $reason }
smtp-test-needs-user = Each person signs in to this mail server with their own login and password, so the test needs one: dirdesk notifications test --store NAME --to ADDRESS --user LOGIN --password-stdin.
published-foreign = The entry at { $dn } is not dirdesk's published settings (another kind of object has that name): it is left alone. Publish somewhere else with --location.
publish-location-not-cn = the location { $dn } must begin with cn= (the entry is named by its cn)
field-login-dn-template = Login DN template (optional)

## Big groups, Member Of, finding people as ADUC does
members-count = { $count ->
    [one] 1 member
   *[other] { $count } members
}
members-shown = { $shown } of { $count } shown
members-reading-names = Reading names… { $read } of { $count }
members-filter-placeholder = Filter members by name or DN
tab-member-of = Member Of
member-of-nested = Include groups it is in through other groups
member-of-none = Not a member of any group.
member-of-count = { $count ->
    [one] Member of 1 group
   *[other] Member of { $count } groups
}
member-of-direct = direct
member-of-nested-via = through another group
member-of-primary = primary group
find-matched = { $attribute }: { $value }

## Kerberos single sign-on
kerberos-no-ticket = No Kerberos ticket: this computer has no Windows/Kerberos sign-in to use (on Linux or macOS, run “kinit” first). Sign in with your user name and password instead.
kerberos-expired = Your Kerberos ticket has expired: sign in to Windows again (or run “kinit”), or sign in with your user name and password.
kerberos-clock-skew = This computer's clock and the domain controller's differ by more than Kerberos allows (5 minutes): set the clock right, or sign in with your user name and password.
kerberos-no-spn = The directory has no Kerberos service principal { $spn }: connect to the domain controller by its full name (as registered in the directory), or sign in with your user name and password.
kerberos-other = Kerberos sign-in failed: { $reason }
kerberos-signed-in = Signed in as { $principal } with your Windows/Kerberos sign-in, inside the verified TLS connection.
kerberos-mail-needs-password = This store sends confirmations with your own mail account, which needs your password; a Kerberos sign-in gives dirdesk none. Your confirmations wait in the queue until you sign in once with your user name and password.
sign-in-kerberos = Sign in as { $principal }
kerberos-signed-in-sealed = Signed in as { $principal } with your Windows/Kerberos sign-in; this store uses no TLS, so Kerberos encrypts the connection itself.
kerberos-no-sealing = { $server } offers no Kerberos encryption for a connection without TLS, and dirdesk never signs in unencrypted: choose LDAPS or StartTLS for this store, or sign in with your user name and password.
kerberos-not-inside-tls = { $server } does not accept a Kerberos sign-in inside TLS ({ $reason }). Windows domain controllers do; on Samba the setting is “ldap server require strong auth = allow_sasl_over_tls”. Until then, sign in with your user name and password, or connect to this store without TLS: Kerberos then encrypts the connection itself.
kerberos-other-person = The Kerberos ticket on this computer is now someone else's ({ $now }): nothing more is done under this sign-in. Sign in again.
kerberos-kdc-timeout = The Kerberos domain controller (KDC) did not answer in time.
kerberos-other-realm = The Kerberos ticket is for { $principal }, from another realm than this store's ({ $realm }), and the directory cannot say who that is here: sign in with your user name and password.
cli-arg-member-of = Also list the groups it is in (Member Of)
cli-arg-nested = With --member-of: also the groups it is in through other groups
cli-arg-kerberos = Sign in with your Kerberos ticket (your Windows sign-in, or kinit) instead of a password

## OAuth 2.0 for SMTP (Microsoft 365, Google)
oauth-bad-endpoint = The Token Endpoint “{ $endpoint }” is not an https:// address: dirdesk sends a client secret only over verified TLS.
oauth-no-client-secret = No OAuth 2.0 client secret for this store is in this computer's keychain: enter the Client Secret on the Notifications page, or use “dirdesk notifications set --oauth-client-secret-stdin”.
oauth-wrong-client-secret = The token endpoint refused the Client ID or the Client Secret ({ $detail }): check both on the Notifications page; an expired secret needs a new one from the app registration.
oauth-wrong-password = The token endpoint refused the Username or the Password ({ $detail }).
oauth-needs-mfa = The token endpoint asks this account for multi-factor sign-in ({ $detail }), which a mail sender cannot give: this account must not require multi-factor sign-in (exclude it in the tenant's Conditional Access), or leave Username and Password empty to send app-only.
oauth-refused = The token endpoint refused to issue a token: { $detail }
oauth-unreachable = The token endpoint { $endpoint } cannot be reached ({ $detail }); the emails wait and are tried again.
oauth-not-trusted = The token endpoint { $endpoint } cannot be trusted ({ $detail }): add its CA certificate to the SMTP CA file, or to this computer's trust store.
oauth-malformed = The token endpoint { $endpoint } answered without a token ({ $detail }).
smtp-token-refused = The mail server refused the OAuth 2.0 token, a fresh one too ({ $detail }): the mailbox or the app may not send by SMTP (Exchange: SMTP AUTH turned on for the mailbox, and the SMTP.Send or SMTP.SendAsApp permission for the app).
smtp-needs-oauth = The mail server takes no password ({ $detail }): this server needs OAuth 2.0 — choose OAuth 2.0 under Use SMTP user authentication.
cli-oauth-needs-client-id = OAuth 2.0 needs the app's client ID: --oauth-client-id.
cli-arg-oauth-token-endpoint = OAuth 2.0 token endpoint (https://…/oauth2/v2.0/token)
cli-arg-oauth-client-id = OAuth 2.0 client ID (the app registration's)
cli-arg-oauth-client-secret-stdin = Read the OAuth 2.0 client secret from standard input (with --smtp-password-stdin too: the secret on the first line, the password on the second)
cli-arg-oauth-scope = OAuth 2.0 scopes, separated by spaces (e.g. https://outlook.office365.com/.default)
label-smtp-auth-method = Authentication
smtp-auth-basic = Basic
smtp-auth-oauth2 = OAuth 2.0 (Token Endpoint { $endpoint }, Client ID { $client }, Scope { $scope }; the Client Secret is kept in this computer's keychain)
label-oauth-token-endpoint = Token Endpoint
label-oauth-client-id = Client ID
label-oauth-client-secret = Client Secret
label-oauth-scope = Scope
smtp-auth-oauth2-choice = OAuth 2.0
invalid-oauth-client-id-empty = Enter the Client ID of the app registration.

## Notification Editor (templates)
template-email-change = Change confirmation
template-email-test = Test email
template-email-digest = Bulk edit digest
template-part-subject = Subject
template-part-html = HTML
template-part-text = Plain text
template-problem-at = { $part }, line { $line }, column { $column }: { $detail }
template-problem-line = { $part }, line { $line }: { $detail }
template-problem = { $part }: { $detail }
template-unknown-tag = unknown tag “{ $tag }”
template-tag-object-name = Object name
template-tag-object-kind = Object type
template-tag-object-dn = Object distinguished name
template-tag-changes = Table of changed attributes (old and new values)
template-tag-author-name = Changed by: name
template-tag-author-mail = Changed by: email address
template-tag-author-dn = Changed by: distinguished name
template-tag-when = When
template-tag-store = Identity store
template-tag-recipient-name = Recipient's name
template-tag-recipient-address = Recipient's address
template-tag-own = Whether the recipient made the change
template-tag-reasons = Why the recipient gets this email
template-tag-server = Mail server
template-tag-count = Number of changed objects
template-tag-objects = Table of changed objects and attributes (old and new values)
template-tag-more = How many are not listed (they are in the attachment)
template-tag-attachment = Name of the attached list
template-built-in = built-in
template-custom = the store's own
template-custom-parts = the store's own: { $parts }
cli-about-templates = The Notification Editor: the wording of the emails dirdesk sends, per language
cli-about-templates-list = List a store's email templates and which are its own
cli-about-templates-show = Show a template's subject, HTML and plain text (the store's own, or the built-in one)
cli-about-templates-set = Change a template; parts not given stay as they are. Checked before it is saved
cli-about-templates-reset = Go back to the built-in template
cli-about-templates-preview = Render a template with a sample change: prints the subject and plain text
cli-arg-email = Which email: change (the change confirmation) or test (the Test Server email)
cli-arg-lang = The language: da, de, en, es, fi, fr, is, it, nl, pt, sv or tr
cli-arg-part = Print only this part's source: subject, html or text
cli-arg-subject = The subject (tags allowed, e.g. { "{{" } object.name { "}}" })
cli-arg-html-file = A file with the HTML part (UTF-8)
cli-arg-text-file = A file with the plain-text part (UTF-8)
cli-arg-templates-preview-html = Also write the rendered HTML part to FILE, to open in a browser
cli-template-no-such-language = There is no “{ $lang }” template: the languages are { $languages }.
cli-template-nothing-to-set = Give --subject, --html-file or --text-file.
cli-template-refused = The template was not saved: { $problems }
cli-template-saved = Saved
cli-template-reset = Back to the built-in template:
cli-template-which = the “{ $email }” email in “{ $lang }” of { $name }.
cli-template-unreadable = Could not read { $file }: { $error }
cli-template-too-big = { $file } is { $size } bytes; a template part may have { $max } at most.
cli-template-not-utf8 = { $file } is not UTF-8 text (at byte { $offset }).
cli-template-unwritable = Could not write { $file }: { $error }
cli-template-html-written = The HTML part is in { $file }.
template-editor-open = Notification Editor
template-editor-title = Notification Editor — { $store }
template-email = Email
template-language = Language
template-save-to-switch = Save or discard your changes to pick another email or language.
template-tags = Tags
template-tags-into = Click a tag to insert it into the { $part } at the cursor.
template-preview = Preview (a sample change)
template-preview-own = As the person who made the change reads it
template-no-preview = No preview while the template has a problem.
template-reset = Reset to Built-in
template-discard = Discard Changes
template-no-store = Add an identity store first: templates belong to a store.
template-too-big = the part is { $size } bytes; a template part may have { $max } at most
template-store = Identity store

## Bulk edits (LDIF and CSV files)
bulk-problem-at = line { $line }: { $detail }
bulk-same-object-twice = { $dn } is changed twice (first on line { $first }): put its changes in one record
bulk-not-a-dn = “{ $dn }” is not a distinguished name
ldif-no-colon = “{ $text }” is not “name: value”
ldif-bad-base64 = the base64 value of { $name } does not decode: { $error }
ldif-not-text = the value of { $name } is not UTF-8 text
ldif-no-urls = { $name } names a file or URL (:<): give the value itself
ldif-dn-first = a record starts with dn:, not { $name }:
ldif-no-controls = controls are not sent in bulk edits
ldif-only-modify = changetype: { $changetype } is not a change of an object (only changetype: modify is)
ldif-no-changetype = the record of { $dn } has no changetype: modify
ldif-other-attribute = { $name }: in the section of { $attribute }
ldif-add-without-values = add: { $attribute } names no values
ldif-unknown-operation = “{ $operation }” is not add, delete or replace
ldif-nothing-to-change = the record of { $dn } changes nothing
csv-dn-first = the first column's header must be dn
csv-empty-header = a column has no attribute name in the header
csv-header-twice = the column { $attribute } is in the header twice
csv-wrong-field-count = { $found } fields where the header has { $expected }
csv-no-dn = the row has no dn
bulk-unknown-attribute = the directory has no attribute { $attribute }
bulk-bad-dn = { $attribute } takes a distinguished name, not “{ $value }”
bulk-bad-integer = { $attribute } takes a whole number, not “{ $value }”
bulk-bad-boolean = { $attribute } takes TRUE or FALSE, not “{ $value }”
bulk-bad-time = { $attribute } takes a time such as 20261201120000Z, not “{ $value }”
bulk-bad-ascii = { $attribute } takes ASCII text only, not “{ $value }”
bulk-applied = applied
bulk-nothing-to-change = nothing to change: the object already holds these values
bulk-conflict = someone else changed this object since it was read; nothing was overwritten
bulk-refused = refused: { $reason }
bulk-unknown = sent, but no answer came ({ $reason }); the next run or save finds out whether it was applied and records it once
bulk-not-sent = not sent: { $reason }
bulk-cancelled = the run was cancelled
bulk-connection-lost = the connection to the directory was lost
bulk-title = Bulk Edit
bulk-explanation = Change many objects at once: open an LDIF file of change records (as ldapmodify reads them) or a CSV sheet (a dn column, then a column per attribute), or give the objects you found one edit. Nothing is written before you read the preview and click Apply.
bulk-file-placeholder = /path/to/changes.ldif or changes.csv
bulk-open = Open File
bulk-attribute = Attribute
bulk-value = Value
bulk-op-set = Set to
bulk-op-add = Add
bulk-op-remove = Remove
bulk-use-found = { $count ->
    [one] Edit the Object Found
   *[other] Edit the { $count } Objects Found
}
bulk-use-selected = { $count ->
    [one] Edit the Selected Object
   *[other] Edit the { $count } Selected Objects
}
bulk-previewed = Preview: { $count } changes, { $problems } with a problem (nothing is written until you click Apply).
bulk-col-line = Line
bulk-col-object = Object
bulk-col-old-new = Old → new
bulk-col-outcome = Outcome
bulk-more-rows = … and { $count } more rows.
bulk-apply = Apply
bulk-progress = { $done } of { $total }
bulk-outcomes = Applied { $applied } of { $count }; { $failed } not applied.
bulk-retry-failed = Retry Failed
bulk-export-failed = Export Failed as CSV…
bulk-exported = { $count } failed rows exported.
bulk-close = Close Bulk Edit
cli-bulk-nothing-found = Nothing to change: the search found no objects.
cli-bulk-unreadable = Cannot read { $path }: { $reason }
cli-bulk-not-utf8 = { $path } is not UTF-8 text: save it as UTF-8 (with or without BOM).
cli-bulk-refused = Nothing was changed: the problems of { $source } are listed above.
cli-bulk-the-search = the edit of the objects found
cli-bulk-row = line { $line }: { $dn }: { $outcome }
cli-bulk-summary = Applied: { $applied }; nothing to change: { $unchanged }; changed by someone else: { $conflicts }; refused: { $refused }; answer lost: { $unknown }; not sent: { $not_sent }.
cli-bulk-told-later = The connection was lost: the notifications of this run go out at the next save or run, with the changes whose answers were lost.
cli-json-bulk-only = --json is for bulk edits (--from, --filter, --groups).

## The organisation's shared database (PostgreSQL)
database-url-bad = The database address “{ $url }” cannot be used: { $reason }
database-url-scheme = it must start with postgresql://
database-url-credentials = it must not hold a user name or password (everyone signs in with their own directory account)
database-url-options = it must not hold options (TLS is always on and verified)
database-url-no-host = it names no server
database-url-no-database = it names no database (postgresql://HOST:PORT/DB)
database-unreachable = The shared database { $url } does not answer: { $detail }
database-certificate = The shared database { $url } has a certificate this computer does not trust, or offers no TLS: { $detail }
database-wrong-password = The shared database { $url } refused your sign-in (it checks your password with the directory): { $detail }
database-ca-file = The CA certificate file for the shared database { $url } cannot be used: { $detail }
database-no-role = You have no account in the shared database { $url } yet: ask your database administrator to run “dirdesk db sync-roles”. ({ $detail })
database-not-allowed = The shared database { $url } does not let you in from here: { $detail }
database-missing = The shared database { $url } does not exist: { $detail }
database-not-set-up = The shared database { $url } is not set up for dirdesk yet: ask your database administrator to run “dirdesk db init”.
database-newer = The shared database { $url } was set up by a newer dirdesk (schema { $version }; this one knows { $known }): update dirdesk to use it. Nothing was written.
database-refused = The shared database { $url } refused this: { $detail }
database-other = The shared database { $url } answered with an error: { $detail }
db-check-not-set-up = The schema is not there: run “dirdesk db init”.
db-check-behind = The schema is at version { $version }; this dirdesk brings { $latest }: run “dirdesk db migrate”.
db-check-newer = The schema is at version { $version }, newer than this dirdesk knows ({ $latest }).
db-check-no-role = The group role { $role } does not exist: run “dirdesk db init”.
db-check-unsecured = Row-level security is off on { $table }: people could read each other's History.
db-check-history-writable = { $role } may change or remove History rows: the History would no longer be append-only.
db-check-retention-open = Not only dirdesk_admin may remove old History.
db-check-added-policy = Row-level security policy { $policy } was not made by dirdesk: it may let people read or write what they should not.
db-check-owner-records = The tables’ owner is in dirdesk_user: row-level security does not hold for the owner, so the owner should not record changes.
cli-db-no-database = The store “{ $name }” names no shared database (dirdesk store edit --database postgresql://HOST:PORT/DB).
cli-db-needs-password = The shared database signs you in with your directory password: sign in with your user name and password, not with Kerberos.
cli-db-up-to-date = The schema is up to date (version { $version }).
cli-db-applied = Applied migration { $version }: { $name }
cli-db-version = Schema version: { $version } (this dirdesk: { $latest })
cli-db-my-roles = Your roles: { $roles }
cli-db-no-roles = none
cli-db-problem = Problem: { $problem }
cli-db-all-well = Everything is as dirdesk set it up.
cli-db-role-created = Created the login role { $login }
cli-db-role-granted = { $login } is now in { $role }
cli-db-role-revoked = { $login } is no longer in { $role }
cli-db-roles-as-they-were = The roles were already as the groups say.
cli-db-member-unread = Could not read the member { $dn } ({ $reason }): no role was changed.
cli-db-group-empty = The group { $dn } reads as empty: no role was changed (that would take everyone’s access away).
cli-db-role-kept = { $login } stays in { $role }: that membership was granted by someone else.
cli-db-role-skipped = Left out { $login }: PostgreSQL cannot have it as a role name (too long, or reserved).
cli-database-ca-without-database = --database-ca-file needs a database: give --database postgresql://HOST:PORT/DB too.
cli-about-db = Set up and check a store's shared database (PostgreSQL), for database administrators
cli-about-db-init = Create the group roles dirdesk_user and dirdesk_admin and the schema (safe to run again)
cli-about-db-migrate = Bring the schema up to this dirdesk's version
cli-about-db-check = Tell the schema's version, your roles, and whether the History's protections hold
cli-about-db-sync-roles = Create login roles for the people in two directory groups and make them members of dirdesk_user or dirdesk_admin
cli-arg-users-group = The group whose members record their changes and read their own History
cli-arg-admins-group = The group whose members read everyone's History and queue
cli-arg-database = The organisation's shared History and queue, postgresql://HOST:PORT/DB ("" goes back to this desk's own file); published with the store
cli-arg-database-ca-file = CA certificate file (PEM) the database's certificate is checked against ("" removes it)
database-no-bulk-yet = Bulk edits are not recorded in the shared database by this dirdesk yet: nothing was changed. Edit the objects one at a time, or update dirdesk.
queue-finished-elsewhere = another desk of yours recorded this change meanwhile; it is not recorded twice.
history-bad-date = “{ $date }” is not a date: write 2026-11-30 or 2026-11-30T08:00:00Z.
history-col-when = When
history-col-store = Identity store
history-col-object = Object
history-col-dn = DN
history-col-author = Changed by
history-col-attribute = Attribute
history-col-old = Old value
history-col-new = New value
history-col-told = Notifications
cli-history-needs-user = The store “{ $name }” keeps its History in a shared database: sign in with --user and --password-stdin to read it.
cli-history-written = Wrote { $count } changes to { $path }.
cli-arg-user-filter = Only the changes this person made (their login)
cli-arg-attribute = Only changes of this attribute
cli-arg-contains = Only changes where an old or new value contains this text
cli-arg-since = From this day (2026-11-30) or moment (2026-11-30T08:00:00Z) on
cli-arg-until = Up to the end of this day, or to this moment
cli-arg-csv = Write the changes to this file as CSV, one row per attribute
cli-arg-history-user = Who signs in to read a store's shared database
queue-not-here = Email { $id } to { $address } was not sent from this desk: { $reason }
queue-waits-for-sender = it goes out with { $login }'s own mail account, from a desk where { $login } is signed in
cli-queue-needs-user = The store “{ $name }” keeps its queue in a shared database: sign in with --user and --password-stdin.
cli-queue-local-store = The store “{ $name }” keeps its queue on this desk: no sign-in is needed (leave out --user).
cli-queue-no-shared-store = No identity store here keeps its queue in a shared database: leave out --user for this desk's own queue.
cli-queue-which-store = Several identity stores here keep their queue in a shared database: name one with --store.
history-filter-user = Changed by (login)
history-filter-object = Object (DN)
history-filter-attribute = Attribute
history-filter-contains = Old or new value contains
history-filter-since = From
history-filter-until = To
history-search = Search
history-clear = Clear
history-export = Export CSV…
history-previous = Previous
history-next = Next
history-page = Page { $number }
history-recorded-by = recorded by { $login } at { $at }
history-source-this-desk = Recorded on this desk.
history-source-shared = From the organisation's database { $database }, as { $person }.
history-sign-in-first = “{ $store }” keeps its History and queue in the organisation's database { $database }: sign in to “{ $store }” in the Object Editor to see them.
keep-days = { $count } days
keep-months = { $count } months
keep-years = { $count ->
    [one] 1 year
   *[other] { $count } years
}
keep-all = All (nothing is removed)
keep-unknown = “{ $text }” is not a retention choice: use one of { $choices }.
keep-other = a period this dirdesk does not offer
cli-db-retention = History is kept for { $keep } (chosen by { $who }, { $at }); older entries are removed by the desks, except those an email still waits for.
cli-db-retention-unchosen = All History is kept: no admin has chosen how long.
cli-db-retention-removed = Removed { $count } History entries older than that.
cli-about-db-retention = Tell how long the shared History is kept, or (members of dirdesk_admin) choose it
cli-arg-keep = 30-days, 60-days, 90-days, 6-months, 1-year, 2-years, 5-years or all (nothing is removed)
history-keep = Keep History:
history-keep-chosen-by = chosen by { $who }
history-kept = Kept as chosen: { $count } older entries removed.
cli-history-uploaded = Uploaded { $added } of your changes from this desk's History; { $there } were there already.
cli-history-left-for = { $count } made by { $name } stay on this desk until they upload them (signed in as themselves).
cli-arg-upload = Add your changes in this desk's own History of the store to its shared database (once: running it again adds nothing)
queue-waits-for-store-account = it goes out with the store's own mail account, from a desk set to send with it
