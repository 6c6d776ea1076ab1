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
cli-not-yet = “{ $command }” is not available in this version of dirdesk yet.

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
