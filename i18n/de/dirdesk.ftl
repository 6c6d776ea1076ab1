# dirdesk — Deutsch. Noch unvollständig: fehlende Texte erscheinen auf Englisch.

kind-group = Gruppe
kind-user = Benutzer
kind-other = Objekt

## Benachrichtigungs-E-Mails
email-subject-own = Ihre Änderung: { $kind } „{ $name }“
email-subject-other = { $kind } „{ $name }“ wurde von { $author } geändert
email-greeting = Hallo { $name },
email-greeting-anonymous = Hallo,
email-intro-own = hiermit bestätigen wir Ihre Änderung an folgendem Objekt in { $store }: { $kind } „{ $name }“.
email-intro-other = { $author } hat folgendes Objekt in { $store } geändert: { $kind } „{ $name }“.
email-label-object = Objekt
email-label-dn = Distinguished Name
email-label-author = Geändert von
email-label-when = Zeitpunkt
email-col-attribute = Attribut
email-col-old = Alter Wert
email-col-new = Neuer Wert
email-added = Hinzugefügt
email-removed = Entfernt
email-no-value = (kein Wert)
email-why-logged-in-user = Sie erhalten diese E-Mail, weil Sie diese Änderung vorgenommen haben.
email-why-list = Sie erhalten diese E-Mail, weil diese Adresse auf der Benachrichtigungsliste des Identitätsspeichers steht.
email-why-object = Sie erhalten diese E-Mail, weil die Änderung Sie oder eine Ihrer Gruppen betrifft.
email-why-owner = Sie erhalten diese E-Mail, weil Sie Besitzer dieser Gruppe sind.
email-why-manager = Sie erhalten diese E-Mail, weil die Änderung eine Ihnen direkt unterstellte Person betrifft.
email-why-added = Sie erhalten diese E-Mail, weil Sie zu dieser Gruppe hinzugefügt wurden.
email-why-removed = Sie erhalten diese E-Mail, weil Sie aus dieser Gruppe entfernt wurden.
email-footer = Erstellt mit dirdesk.
