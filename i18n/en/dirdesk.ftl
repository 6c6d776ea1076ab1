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
