# dirdesk — Español

## Ventana y navegación
app-title = dirdesk Admin Center
nav-identity-stores = Almacenes de identidades
nav-notifications = Notificaciones
nav-history = Historial

## Página «Almacenes de identidades»
identity-stores-title = Almacenes de identidades
identity-stores-create = Crear almacén de identidades
identity-stores-empty = Todavía no hay almacenes de identidades. Haga clic en «Crear almacén de identidades» para conectar dirdesk a un dominio de Active Directory o a un directorio LDAP.

## Página «Notificaciones» (cola)
notifications-title = Notificaciones
notifications-empty = No hay notificaciones en la cola.

## Página «Historial»
history-title = Historial
history-empty = Todavía no se ha hecho ningún cambio con dirdesk.

## Línea de comandos
cli-error = error: { $message }

## Nombres distintivos
dn-empty = el DN está vacío
dn-missing-equals = «{ $part }» no tiene «=»: cada parte de un DN tiene la forma cn=Nombre
dn-bad-attribute-type = «{ $part }» no es un tipo de atributo
dn-empty-value = «{ $part }» tiene un valor vacío
dn-bad-escape = «{ $part }» termina con un escape incompleto

## Validación de almacenes de identidades y notificaciones
invalid-name-empty = Escriba un nombre para el almacén de identidades.
invalid-name-taken = Ya existe un almacén de identidades llamado «{ $name }».
invalid-no-servers = Añada al menos un servidor (nombre de dominio o nombre de host).
invalid-host = «{ $host }» no es un nombre de host ni una dirección IP.
invalid-port = El puerto de { $server } debe estar entre 1 y 65535.
invalid-base-dn = El DN base no es válido: { $reason }.
invalid-login-attribute = «{ $attribute }» no es un nombre de atributo.
invalid-service-account = «{ $account }» no es una cuenta de servicio: escriba un DN (en Active Directory también usuario@dominio o DOMINIO\usuario).
invalid-smtp-server-empty = Escriba el servidor SMTP que envía las notificaciones.
invalid-smtp-port = El puerto SMTP debe estar entre 1 y 65535.
invalid-ssl-on-25 = El puerto 25 no habla SSL: use STARTTLS en el 25 o el 587, o SSL en el 465.
invalid-from = «{ $address }» no es una dirección de correo para «Dirección del remitente».
invalid-smtp-username-empty = Escriba el usuario SMTP o desactive «Usar autenticación SMTP».
invalid-address = «{ $address }» no es una dirección de correo.

## Archivo de configuración
config-damaged = El archivo de configuración { $path } está dañado en la línea { $line }, columna { $column }: { $reason }. Se ha dejado tal cual y se ha guardado una copia en { $backup }. Corríjalo o muévalo para empezar de nuevo.
config-newer = El archivo de configuración { $path } lo escribió un dirdesk más reciente (formato { $version }); esta versión no lo modificará.
config-io = No se puede leer ni escribir { $path }: { $reason }

## Llavero
keychain-unavailable = No hay un llavero utilizable: { $reason }. dirdesk guarda las contraseñas solo en el llavero del sistema operativo; desbloquéelo o inícielo (en Linux, un Secret Service como GNOME Keyring o KWallet) y vuelva a intentarlo.
keychain-failed = El llavero se ha negado: { $reason }

## Conexiones al directorio
ldap-refused = { $server } ha rechazado la conexión: ¿está funcionando el servidor de directorio y es correcto el puerto?
ldap-unreachable = No se puede contactar con { $server }: { $reason }
ldap-timeout = { $server } no ha respondido a tiempo.
ldap-cert-not-trusted = El certificado TLS de { $server } no es de confianza: «{ $subject }», emitido por «{ $issuer }». Si su organización tiene su propia autoridad de certificación, elija su archivo de certificado de CA.
ldap-cert-wrong-name = El certificado TLS de { $server } («{ $subject }») es para otros nombres: { $names }. Conéctese con uno de ellos.
ldap-cert-expired = El certificado TLS de { $server } («{ $subject }») ha caducado.
ldap-cert-other = Se ha rechazado el certificado TLS de { $server } («{ $subject }»): { $reason }
ldap-tls = TLS con { $server } ha fallado: { $reason }
ldap-wrong-credentials = Usuario o contraseña incorrectos.
ldap-tls-required = { $server } exige una conexión cifrada para esto: elija LDAPS o StartTLS.
ldap-base-dn-not-found = El DN base «{ $base_dn }» no existe en el servidor.
ldap-base-dn-not-found-anonymous = No se ha encontrado el DN base «{ $base_dn }»; sin cuenta de servicio, puede que el servidor lo oculte a los usuarios anónimos.
ldap-server-error = El servidor ha respondido con el error { $code }: { $text }
ldap-disconnected = Se ha cortado la conexión con el directorio: { $reason }
ldap-referral = El directorio ha remitido a otro servidor ({ $to }). dirdesk solo habla con los servidores del almacén de identidades, así que no ha seguido la remisión.
ldap-too-many-results = El directorio siguió enviando resultados más allá de { $limit }; dirdesk dejó de leerlos. Acote la búsqueda.
ldap-malformed = { $server } ha enviado una respuesta que no es LDAP válido; no se ha cambiado nada.
connection-server-failed = { $server }: { $reason }

## Etiquetas comunes (el vocabulario del artículo)
store-type-ad = Active Directory
store-type-ldap = LDAP genérico
security-ldaps = LDAPS
security-starttls = StartTLS
security-none = Ninguna (inseguro)
status-healthy = Correcto
status-errors = Errores
status-not-checked = Sin comprobar
smtp-security-ssl = SSL activado
smtp-security-starttls = STARTTLS
smtp-security-none = Ninguna (inseguro)
label-smtp-server = Servidor SMTP
label-from = Dirección del remitente
label-port = Puerto
label-smtp-security = Seguridad
label-use-smtp-auth = Usar autenticación SMTP
label-smtp-username = Usuario SMTP
label-smtp-ca-file = Archivo de certificado de CA
label-to = Para:
label-cc = CC:
also-logged-in-users = Usuarios conectados, por sus acciones
also-object-modified = Objeto modificado
also-group-owners = Propietario(s) de grupos, por sus grupos
also-managers = Responsable(s), por sus subordinados directos
also-added-members = Nuevos miembros del grupo, al añadirlos
also-removed-members = Miembro quitado del grupo, al quitarlo
also-public-group-owners = Propietario de grupo público, al unirse o salir miembros
membership-join = Unirse
membership-leave = Salir
my-groups = Mis grupos
column-name = NOMBRE
column-type = TIPO
column-servers = SERVIDORES
column-security = SEGURIDAD
column-base-dn = DN BASE
column-enabled = ACTIVADO
column-status = ESTADO
column-last-check = ÚLTIMA COMPROBACIÓN
yes = sí
no = no
on = activado
off = desactivado

## Mensajes de la línea de comandos
cli-no-such-store = No hay ningún almacén de identidades llamado «{ $name }».
cli-no-stores = Todavía no hay almacenes de identidades. Añada uno con: dirdesk store add --help
cli-bad-host = «{ $host }» no tiene la forma HOST o HOST:PUERTO.
cli-bad-addresses = No son direcciones de correo: { $addresses }
cli-empty-password = La contraseña leída de la entrada estándar está vacía.
cli-prompt-service-password = Contraseña de la cuenta de servicio:
cli-store-added = Almacén de identidades «{ $name }» añadido.
cli-store-saved = Almacén de identidades «{ $name }» guardado.
cli-store-removed = Almacén de identidades «{ $name }» y sus contraseñas eliminados.
cli-store-enabled = Almacén de identidades «{ $name }» activado.
cli-store-disabled = Almacén de identidades «{ $name }» desactivado.
cli-test-server-ok = { $server }: conectado ({ $vendor }; contextos de nombres: { $contexts })
cli-test-healthy = «{ $name }» está correcto.
cli-test-errors = «{ $name }» tiene errores: { $reason }
cli-notifications-saved = Configuración de notificaciones de «{ $name }» guardada.
ldap-no-service-password = No hay ninguna contraseña guardada para la cuenta de servicio: establézcala con --service-password-stdin.

## Edición de objetos
edit-read-only = «{ $attribute }» lo mantiene el directorio y no se puede cambiar.
edit-binary = «{ $attribute }» contiene datos binarios, que dirdesk no edita.
edit-single-valued = «{ $attribute }» solo admite un valor.
ldap-account-locked = Esta cuenta está bloqueada. Pida a su administrador que la desbloquee.
ldap-account-disabled = Esta cuenta está desactivada.
ldap-password-expired = La contraseña de esta cuenta ha caducado o debe cambiarse antes de iniciar sesión.
ldap-no-such-object = «{ $dn }» no existe (ya).
change-nothing = Nada que guardar: los valores son los mismos que en el directorio.
change-conflict = No guardado: otra persona ha cambiado este objeto desde que lo abrió. Vuelva a cargarlo para ver los valores actuales.
change-insufficient-access = No guardado: no tiene permiso para cambiar esto ({ $detail }).
membership-closed-join = Este grupo no permite que los miembros se unan por sí mismos. El directorio respondió: { $detail }
membership-closed-leave = Este grupo no permite que los miembros salgan por sí mismos. El directorio respondió: { $detail }
change-schema-violation = No guardado: el directorio no acepta este valor ({ $detail }).
change-refused = No guardado: el directorio ha rechazado el cambio ({ $detail }).
change-busy = No guardado: el directorio está ocupado o no disponible ({ $detail }). Vuelva a intentarlo en un momento.
kind-group = grupo
kind-user = usuario
kind-other = objeto
no-value = (sin valor)
binary-value = <binario, { $bytes } bytes>
cli-store-disabled-sign-in = El almacén de identidades «{ $name }» está desactivado.
cli-prompt-password = Contraseña de { $user }:
cli-password-needed = Hace falta una contraseña: use --password-stdin o ejecútelo en un terminal.
cli-found = { $count ->
    [one] 1 objeto encontrado.
   *[other] { $count } objetos encontrados.
}
cli-finished-earlier-change = Se ha completado un cambio que una ejecución anterior guardó pero no registró: { $change }
cli-bad-pair = «{ $pair }» no tiene la forma ATRIB=VALOR.
cli-no-edits = Nada que cambiar: use --set, --add, --remove o --clear.
cli-changed = «{ $name }» ({ $kind }, { $dn }) cambiado como { $author } el { $at }:
cli-current-value = { $attribute } es ahora: { $value }

## Correos de notificación
email-subject-own = Ha cambiado el { $kind } «{ $name }»
email-subject-other = { $author } ha cambiado el { $kind } «{ $name }»
email-greeting = Hola, { $name }:
email-greeting-anonymous = Hola:
email-intro-own = Le confirmamos el cambio que ha hecho en el { $kind } «{ $name }» de { $store }.
email-intro-other = { $author } ha cambiado el { $kind } «{ $name }» de { $store }.
email-label-object = Objeto
email-label-dn = Nombre distintivo
email-label-author = Cambiado por
email-label-when = Fecha
email-col-attribute = Atributo
email-col-old = Valor anterior
email-col-new = Valor nuevo
email-added = Añadido
email-removed = Quitado
email-no-value = (ninguno)
email-why-logged-in-user = Recibe este correo porque ha hecho usted este cambio.
email-why-list = Recibe este correo porque esta dirección figura en la lista de notificación del almacén de identidades.
email-why-object = Recibe este correo porque el cambio le afecta a usted o a un grupo al que pertenece.
email-why-owner = Recibe este correo porque es propietario de este grupo.
email-why-manager = Recibe este correo porque el cambio afecta a uno de sus subordinados directos.
email-why-added = Recibe este correo porque le han añadido a este grupo.
email-why-removed = Recibe este correo porque le han quitado de este grupo.
email-why-public-owner = Recibe este correo porque es propietario de este grupo y alguien se ha unido a él o lo ha dejado por sí mismo.
email-footer = Enviado con dirdesk.
email-digest-subject-own = Cambios que ha hecho en { $store }: { $count }
email-digest-subject-other = Cambios de { $author } en { $store }: { $count }
email-digest-intro-own = Le confirmamos los cambios que ha hecho de una vez en { $store }: { $count } en total.
email-digest-intro-other = { $author } ha hecho cambios de una vez en { $store }: { $count } en total.
email-digest-more = Aquí figuran los primeros { $listed }; la lista completa ({ $count } en total) está en el archivo adjunto { $file }.
email-digest-why-logged-in-user = Recibe este correo porque ha hecho usted estos cambios.
email-digest-why-object = Recibe este correo porque estos cambios le afectan a usted o a grupos a los que pertenece.
email-digest-why-owner = Recibe este correo porque es propietario de grupos que se han cambiado.
email-digest-why-manager = Recibe este correo porque estos cambios afectan a sus subordinados directos.
email-digest-why-added = Recibe este correo porque le han añadido a grupos.
email-digest-why-removed = Recibe este correo porque le han quitado de grupos.
email-digest-why-public-owner = Recibe este correo porque es propietario de grupos a los que alguien se ha unido o que alguien ha dejado por sí mismo.

## Cola de notificaciones
queue-error = La cola de notificaciones { $path } no se puede usar: { $reason }
queue-disk-full = el disco en el que está se ha llenado. Libere espacio; no se ha perdido nada.
queue-read-only = no se puede escribir en su carpeta (solo lectura). No se ha perdido nada.

## Servidor de correo
smtp-not-configured = La configuración de notificaciones del almacén no tiene servidor SMTP.
smtp-refused = El servidor de correo { $server } ha rechazado la conexión: ¿está funcionando y es correcto el puerto?
smtp-timeout = El servidor de correo { $server } no ha respondido a tiempo.
smtp-not-trusted = El certificado TLS del servidor de correo { $server } no es de confianza ({ $detail }). Si lo firma la autoridad de certificación de su organización, indique su archivo de certificado de CA.
smtp-tls = TLS con el servidor de correo { $server } ha fallado: { $detail }
smtp-auth-failed = El servidor de correo ha rechazado el usuario o la contraseña SMTP: { $detail }
smtp-sender-refused = El servidor de correo ha rechazado la dirección del remitente: { $detail }
smtp-recipient-refused = El servidor de correo ha rechazado al destinatario: { $detail }
smtp-permanent = El servidor de correo ha rechazado el mensaje: { $detail }
smtp-temporary = El servidor de correo no ha podido aceptar el mensaje ahora: { $detail }
test-email-subject = Notificación de prueba de dirdesk
test-email-body = Este es un correo de prueba de dirdesk, enviado a través de { $server }. Si puede leerlo, las notificaciones le llegan.
cli-notify-sent = { $address }: enviado ({ $answer })
cli-notify-queued = { $address }: en cola — { $reason } Se reintentará automáticamente (dirdesk queue send --all lo envía ahora; con --user para un almacén con base de datos compartida).
cli-notify-failed = { $address }: no enviado — { $reason }
cli-notify-not-mail-enabled = { $dn }: no enviado — la cuenta no tiene dirección de correo (las notificaciones solo van a usuarios con correo habilitado).
cli-notify-malformed = { $who }: no enviado — «{ $address }» no es una dirección de correo utilizable.
cli-notify-unwritten = { $who }: no enviado — no se pudo redactar el correo: { $problem }
cli-notify-none = No hay notificaciones para este cambio (ninguna está activada en este almacén de identidades).
cli-test-email-sent = El servidor ha aceptado el correo de prueba a { $address }: { $answer }
queue-status-pending = Pendiente
queue-status-sending = En curso
queue-status-sent = Enviado
queue-status-failed = Fallido
queue-col-id = ID
queue-col-status = Estado
queue-col-subject = Asunto
queue-col-date = Fecha
queue-col-to = Para
queue-col-from = De
queue-col-cc = CC
queue-col-last-retry = Último intento
queue-col-retry-count = Intentos
queue-col-in-progress = En curso
queue-last-error = último error: { $error }
queue-no-such-email = No hay ningún correo sin enviar con el ID { $id } en la cola.
queue-deleted = Correo { $id } eliminado de la cola.
queue-store-gone = { $count } correos de la cola pertenecen a un almacén de identidades que ya no existe.
history-line = { $at }  { $author } cambió «{ $name }» ({ $dn }) en { $store }

## Tarjetas de los almacenes de identidades
store-disabled-badge = Desactivado
store-last-check = Última comprobación de conexión: { $when }
menu-more = Más acciones
menu-edit = Editar
menu-disable = Desactivar
menu-enable = Activar
menu-delete = Eliminar
delete-store-question = ¿Eliminar el almacén de identidades «{ $name }»?
delete-store-explanation = Se eliminan su configuración y las contraseñas guardadas para él en el llavero. El directorio no cambia.
cancel = Cancelar

## Detalles del almacén de identidades
store-details-title = Detalles del almacén de identidades
tab-general = General
tab-connection = Conexión
settings-pane = Configuración
configurations = Configuraciones
field-store-type = Tipo de almacén
field-name = Nombre
field-host = Nombre de dominio o nombre de host
field-port = Puerto
field-security = Seguridad
security-insecure-warning = Sin cifrado, las contraseñas cruzan la red legibles para cualquiera en el camino. Use LDAPS o StartTLS.
field-ca-file = Archivo de certificado de CA
field-ca-file-placeholder = Ruta de un archivo PEM (solo para una autoridad de certificación privada)
browse = Examinar…
file-dialog-none = No se ha elegido ningún archivo, o este sistema no tiene cuadro de diálogo de archivos: escriba la ruta.
field-base-dn = DN base
field-login-attribute = Atributo de inicio de sesión
field-service-account = Cuenta de servicio
field-service-password = Contraseña de la cuenta de servicio
field-service-password-placeholder = Guardada en el llavero del sistema; déjela vacía para conservar la guardada
servers-in-priority-order = Servidores por orden de prioridad (se usa el primero que responde):
add-server = Añadir servidor
remove = Quitar
test-connection = Probar conexión
testing-connection = Probando la conexión…
test-server-ok = { $server }: conectado (contextos de nombres: { $detail })
save = Guardar
back = ← Atrás
configurations-title = Configuraciones — { $store }
configurations-notifications-description = Servidor SMTP, destinatarios y a quién avisar de los cambios

## Página de configuración de notificaciones
notifications-settings-title = Notificaciones — { $store }
section-smtp-server = Servidor SMTP
section-recipients = Destinatarios
section-also-notify = Notificar también a
label-smtp-password = Contraseña SMTP
addresses-placeholder = Direcciones separadas por ;
also-notify-mail-enabled-note = Las notificaciones solo van a usuarios con correo habilitado.
test-server = Probar servidor
test-notification-title = Notificación de prueba
test-notification-address = Enviar un correo de prueba a
test-notification-sending = Enviando…
test-notification-accepted = El servidor ha aceptado el correo de prueba: { $answer }
settings-saved = Guardado. La configuración se aplica al próximo cambio.
close = Cerrar
ok = Aceptar
filter-pending = Pendientes
filter-failed = Fallidos
filter-all = Todos
queue-send = Enviar
history-all-stores = Todos los almacenes de identidades
history-change = { $attribute }: { $old } → { $new }
history-email = Notificación a { $address }: { $status }
store-saved = Almacén de identidades guardado.
unsaved-question = ¿Salir sin guardar?
unsaved-explanation = Esta página tiene cambios que aún no se han guardado.
unsaved-stay = Quedarse
unsaved-leave = Salir sin guardar

## Editor de objetos: búsqueda
find-groups = Grupos
find-users = Usuarios
find-placeholder = Nombre, cuenta o dirección de correo
find-search = Buscar
find-searching = { $count ->
    [one] Buscando… 1 encontrado hasta ahora
   *[other] Buscando… { $count } encontrados hasta ahora
}
find-found = { $count ->
    [one] 1 encontrado
   *[other] { $count } encontrados
}

## Editor de objetos: propiedades
group-properties = Propiedades del grupo
user-properties = Propiedades del usuario
tab-members = Miembros
tab-owner = Propietario
tab-email = Correo
tab-manager = Responsable
tab-attributes = Atributos
prop-display-name = Nombre para mostrar
prop-description = Descripción
prop-email = Correo electrónico
prop-notes = Notas
prop-title = Cargo
prop-telephone = Número de teléfono
prop-manager = Responsable (DN)
members-add-placeholder = Nombre o DN de la persona que añadir
members-add = Añadir…
owner-none = Este grupo no tiene propietario.
attr-read-only = solo lectura
attr-single = un valor
attr-multi = varios valores
reload = Volver a cargar
saving = Guardando…
apply = Aplicar
preview-title = Se guardarán estos cambios:
saved-sent = Guardado. Se le ha enviado un correo de confirmación a { $address }.
saved-no-mail = Guardado. Su cuenta no tiene dirección de correo, así que no se ha enviado confirmación (las notificaciones solo van a usuarios con correo habilitado).
saved-queued = Guardado. El correo de confirmación a { $address } está en cola y se reintentará automáticamente: { $reason }
saved-failed = Guardado, pero no se ha podido enviar el correo de confirmación a { $address }: { $reason }
saved-not-queued = Guardado, pero no se ha podido poner en cola la notificación: { $reason }
saved-plain = Guardado.

## Editor de objetos: inicio de sesión
nav-object-editor = Editor de objetos
sign-in-title = Inicie sesión con su cuenta del directorio
sign-in-store = Almacén de identidades
sign-in-user = Nombre de usuario
sign-in-password = Contraseña
sign-in-remember = Recordar mi contraseña (guardada en el llavero del sistema)
sign-in = Iniciar sesión
sign-in-busy = Iniciando sesión…
sign-in-no-store = No hay ningún almacén de identidades activado en el que iniciar sesión. Cree o active uno en Almacenes de identidades.
sign-in-enter-user = Escriba su nombre de usuario.
sign-in-enter-password = Escriba su contraseña.
signed-in-as = Sesión iniciada como { $name } en { $store }
signed-in-mail = Los correos de confirmación van a { $address }
signed-in-no-mail = Su cuenta no tiene dirección de correo: no recibirá correos de confirmación.
sign-out = Cerrar sesión
back-to-results = ← Volver a los resultados
loading = Cargando…
group-scope-global = Global
group-scope-domain-local = Dominio local
group-scope-universal = Universal
group-kind-security = Seguridad
group-kind-distribution = Distribución
group-scope-and-type = Ámbito del grupo: { $scope } · Tipo de grupo: { $kind }

## Configuración (la de la aplicación, en la navegación)
# This language's name in itself, as the language list shows it.
language-name = Español
nav-settings = Configuración
app-settings-title = Configuración
app-settings-language = Idioma
app-settings-language-system = Igual que el sistema
app-settings-language-hint = Los correos de notificación siguen el idioma preferido de cada destinatario, independientemente de lo que se elija aquí.
app-settings-theme = Tema
app-settings-theme-system = Igual que el sistema
app-settings-theme-light = Claro
app-settings-theme-dark = Oscuro
# A date and time as this language writes them (strftime, as jiff reads it);
# the time zone follows.
format-date-time = %d/%m/%Y, %H:%M:%S

## Ayuda de la línea de comandos
cli-heading-usage = Uso
cli-heading-commands = Comandos
cli-heading-options = Opciones
cli-heading-arguments = Argumentos
cli-about = Admin Center y editor de objetos para Active Directory y directorios LDAP, con notificación de cambios. Sin un comando, abre la ventana.
cli-about-store = Gestionar almacenes de identidades (los directorios a los que se conecta dirdesk)
cli-about-store-list = Listar los almacenes de identidades
cli-about-store-add = Añadir un almacén de identidades
cli-about-store-edit = Cambiar un almacén de identidades; las opciones no indicadas se quedan como están
cli-about-store-remove = Eliminar un almacén de identidades y sus contraseñas
cli-about-store-enable = Habilitar un almacén de identidades
cli-about-store-disable = Deshabilitar un almacén de identidades (se conserva, pero no se ofrece para iniciar sesión)
cli-about-store-test = Probar la conexión con cada servidor de un almacén y registrar el resultado
cli-about-notifications = Ver y cambiar la configuración de notificaciones de un almacén
cli-about-notifications-show = Ver la configuración de notificaciones de un almacén
cli-about-notifications-set = Cambiar la configuración de notificaciones de un almacén; las opciones no indicadas se quedan como están
cli-about-notifications-test = «{ test-server }»: enviar un correo de prueba real y mostrar la respuesta del servidor
cli-about-search = Buscar grupos y usuarios por nombre, con su propia cuenta
cli-about-show = Mostrar un objeto con todos sus atributos
cli-about-edit = Cambiar un objeto con su propia cuenta; muestra el cambio y a quién se avisó
cli-about-join = Unirse uno mismo a un grupo (cuando el grupo lo permite a sus miembros); muestra el cambio y a quién se avisó
cli-about-leave = Salir uno mismo de un grupo (cuando el grupo lo permite a sus miembros); muestra el cambio y a quién se avisó
cli-already-member = Ya es miembro de { $dn }: nada que cambiar.
cli-not-a-member = No es miembro de { $dn }: nada que cambiar.
cli-about-queue = Ver, enviar y eliminar correos de notificación en cola
cli-about-queue-list = Listar los correos de notificación en cola (los pendientes, de forma predeterminada)
cli-about-queue-send = Enviar ahora un correo en cola, o todos los que esperan (--all)
cli-about-queue-delete = Eliminar un correo en cola que no se envió
cli-about-history = Mostrar los cambios hechos con dirdesk
cli-about-help = Mostrar esta ayuda o la del comando indicado
cli-arg-help = Mostrar la ayuda
cli-arg-version = Mostrar la versión
cli-arg-config-dir = Guardar la configuración y los datos en DIR (uso portátil, pruebas)
cli-arg-json = Mostrar JSON en lugar de una tabla
cli-arg-notifications-show-json = Mostrar JSON en lugar de texto
cli-arg-show-json = Mostrar JSON en lugar de texto
cli-arg-name = El nombre del almacén de identidades
cli-arg-store-add-name = El nombre del almacén (único, sin distinguir mayúsculas y minúsculas)
cli-arg-store-edit-name = Un nombre nuevo para el almacén (único, sin distinguir mayúsculas y minúsculas)
cli-arg-store = El nombre del almacén de identidades
cli-arg-store-edit-store = El almacén que se va a cambiar
cli-arg-history-store = Solo este almacén de identidades
cli-arg-store-type = ldap (Generic LDAP) o ad (Active Directory)
cli-arg-hosts = HOST[:PORT], repetido por orden de prioridad
cli-arg-security = ldaps (TLS desde el primer byte), starttls o none (sin cifrar, se muestra como inseguro)
cli-arg-ca-file = Archivo de certificado de CA (PEM) para servidores firmados por una CA privada ("" lo quita)
cli-arg-base-dn = DN base: donde empiezan las búsquedas (dc=example,dc=test)
cli-arg-login-attribute = Atributo con el que las personas inician sesión (uid, sAMAccountName, mail, …)
cli-arg-service-account = DN de la cuenta de servicio (o UPN / DOMINIO\usuario en Active Directory)
cli-arg-service-password-stdin = Leer la contraseña de la cuenta de servicio de la entrada estándar
cli-arg-smtp-server = { label-smtp-server }: nombre de host o dirección IP del servidor de correo
cli-arg-smtp-port = Puerto del servidor de correo (465 con SSL, 587 con STARTTLS)
cli-arg-smtp-security = ssl (TLS implícito), starttls o none
cli-arg-smtp-ca-file = Archivo de certificado de CA (PEM) para un servidor de correo firmado por una CA privada ("" lo quita)
cli-arg-from = { label-from }
cli-arg-smtp-user = Usuario SMTP; activa «{ label-use-smtp-auth }» ("" lo desactiva)
cli-arg-smtp-password-stdin = Leer la contraseña SMTP de la entrada estándar
cli-arg-to = Destinatarios de cada notificación, separados por «;»
cli-arg-cc = Destinatarios en copia de cada notificación, separados por «;»
cli-arg-notifications-test-to = La dirección a la que enviar el correo de prueba
cli-arg-logged-in-users = { section-also-notify }: { also-logged-in-users }
cli-arg-object-modified = { section-also-notify }: { also-object-modified }
cli-arg-group-owners = { section-also-notify }: { also-group-owners }
cli-arg-managers = { section-also-notify }: { also-managers }
cli-arg-added-members = { section-also-notify }: { also-added-members }
cli-arg-removed-members = { section-also-notify }: { also-removed-members }
cli-arg-public-group-owners = { section-also-notify }: { also-public-group-owners }
cli-arg-user = El nombre de usuario del directorio con el que iniciar sesión
cli-arg-password-stdin = Leer la contraseña de la entrada estándar
cli-arg-groups = Solo grupos
cli-arg-users = Solo usuarios
cli-arg-text = Texto que contiene el nombre (vacío: todo)
cli-arg-dn = El nombre distintivo (DN) del objeto
cli-arg-set = Dar a ATTR el valor VALUE (repetir para varios valores)
cli-arg-add = Añadir VALUE a ATTR
cli-arg-remove = Quitar VALUE de ATTR
cli-arg-clear = Quitar todos los valores de ATTR
cli-arg-dry-run = Mostrar la modificación (atributo: anterior → nuevo) sin aplicarla
cli-arg-edit-dn = El nombre distintivo (DN) del objeto; o una edición masiva con --from, --filter o --groups
cli-arg-edit-from = Una edición masiva: todos los cambios de un archivo LDIF de registros de cambio (tal como los lee ldapmodify) o de una hoja CSV (dn,ATTR,…: reemplazar por el valor de la celda; una celda vacía lo deja como está)
cli-arg-edit-format = ldif o csv (por defecto csv para un nombre que termina en .csv; si no, ldif)
cli-arg-edit-clear-marker = En una hoja CSV, el texto de celda que vacía un atributo (por ejemplo -)
cli-arg-edit-filter = Una edición masiva de todos los objetos que encuentra un filtro LDAP (RFC 4515) bajo el DN base, con --set/--add/--remove/--clear
cli-arg-edit-groups = Una edición masiva de todos los grupos cuyo nombre contiene TEXT, con --set/--add/--remove/--clear
cli-arg-edit-in-flight = Cambios en curso a la vez en una edición masiva (1–64)
cli-arg-edit-json = Ediciones masivas: un objeto JSON por cambio y después uno para toda la ejecución
cli-arg-pending = Solo los correos que esperan a enviarse (predeterminado)
cli-arg-failed = Solo los correos que no se pudieron enviar
cli-arg-all = Todos los correos, sea cual sea su estado
cli-arg-queue-send-all = Enviar todos los correos que esperan
cli-arg-id = El número del correo, tal como lo muestra «dirdesk queue list»
cli-arg-object = Solo este objeto (su DN)
invalid-smtp-unencrypted-authentication = Sin cifrado, la contraseña SMTP cruzaría la red legible para cualquiera en el camino. Elija SSL o STARTTLS, o permítalo expresamente («Enviar la contraseña sin cifrar»; en la línea de órdenes --allow-unencrypted-auth on).
smtp-unencrypted-authentication = No enviado: { $server } habría recibido la contraseña SMTP sin cifrar, y esta configuración no lo permite. Elija SSL o STARTTLS en la página Notificaciones del almacén.
smtp-unencrypted-warning = Sin cifrado, la contraseña SMTP cruza la red legible para cualquiera en el camino. Use SSL o STARTTLS.
label-smtp-allow-unencrypted-auth = Enviar la contraseña sin cifrar
cli-arg-allow-unencrypted-auth = on: iniciar sesión en el servidor de correo incluso con --smtp-security none, aunque la contraseña cruce entonces la red legible
sign-in-remember-failed = Sesión iniciada, pero su contraseña no se pudo guardar en el llavero del sistema, así que se le pedirá la próxima vez: { $reason }
change-not-recordable = No guardado: el cambio no se pudo registrar antes de hacerlo, así que no se ha cambiado nada ({ $detail }).
ldap-own-entry-unreadable = Su contraseña se aceptó, pero el directorio no deja que { $dn } lea su propia entrada (nombre y dirección de correo) y este almacén de identidades no tiene una cuenta de servicio con la que leerla. Pida al administrador del directorio que deje a los usuarios leer su propia entrada, o dé al almacén una cuenta de servicio.
published-damaged = La configuración publicada en el directorio está dañada y se ha dejado como estaba: { $detail }
published-newer = La configuración publicada en el directorio está en el formato { $format }, más reciente del que conoce este dirdesk ({ $known }): actualice dirdesk para seguirla. Desde aquí no se modifica.

## Published stores: one policy for every desk
invalid-login-dn-template = «{ $template }» no es una plantilla de DN de inicio de sesión: debe ser un DN con { "{" }user{ "}" } donde va el nombre de inicio de sesión, p. ej. uid={ "{" }user{ "}" },ou=people,dc=example,dc=test.
published-missing = No hay nada publicado en el directorio en { $dn }.
published-unreadable = El directorio no deja que esta cuenta lea la configuración publicada en { $dn }: { $detail }
published-unusable = La configuración publicada en { $dn } no se puede seguir: { $problem }
published-no-settings-attribute = la entrada existe, pero su atributo { $attribute } no se puede leer
publish-conflict = No publicado: mientras tanto, otra persona ha publicado otra configuración en { $dn } ({ $by }, { $when }). No se ha cambiado nada; se muestra la configuración publicada ahora — vuelva a hacer su cambio.
publish-refused = No publicado: el directorio se ha negado ({ $reason }). No se ha cambiado nada.
published-keeps-copy = { $problem } Este dirdesk sigue usando la copia que leyó el { $when }.
smtp-needs-signed-in-user = Este correo se envía con la cuenta de la persona que hizo el cambio, cuya contraseña dirdesk solo conoce mientras tiene la sesión iniciada: espera en la cola y sale la próxima vez que esa persona guarde un cambio.
smtp-no-store-password = La contraseña de la cuenta SMTP del almacén, «{ $user }», no está en el llavero de este equipo: el correo espera en la cola. Quien la conozca puede escribirla en la página Notificaciones o con «dirdesk notifications set --store NAME --smtp-password-stdin».
cli-warning = aviso: { $message }
cli-one-secret-from-stdin = Solo se puede leer una contraseña de la entrada estándar: indique --smtp-password-stdin y --password-stdin en dos comandos separados.
cli-publish-needs-account = Este equipo no tiene ninguna cuenta de servicio para «{ $name }» con la que escribir la configuración publicada: indique con --user una cuenta a la que el directorio permita escribirla.
cli-store-published = Se ha publicado la configuración compartida de «{ $name }» en el directorio en { $dn }: cada dirdesk que la sigue la usa a partir de su próximo cambio.
cli-store-unpublished = Se ha quitado la configuración publicada en { $dn }. Los dirdesk que seguían «{ $name }» conservan la copia que leyeron por última vez y se les avisa de que ya no está publicada; este dirdesk la conserva como propia.
cli-store-follows = Sigue la configuración publicada en el directorio en { $dn } por { $by }, el { $when }.
cli-notifications-published = Se ha publicado la configuración de notificaciones de «{ $name }» en el directorio en { $dn }.
cli-about-store-publish = Publicar la configuración compartida de un almacén en el directorio (nunca una contraseña), para que la siga cada dirdesk
cli-about-store-unpublish = Quitar del directorio la configuración publicada de un almacén
cli-arg-location = El DN de la entrada publicada (predeterminado: cn=dirdesk bajo el DN base)
cli-arg-login-dn-template = LDAP genérico: el DN con el que las personas inician sesión, donde { "{" }user{ "}" } representa su nombre de inicio de sesión (uid={ "{" }user{ "}" },ou=people,dc=example,dc=test); no hace falta una cuenta de servicio para encontrarlas
cli-arg-smtp-auth = Cómo iniciar sesión en el servidor de correo: none (un relay), basic (la cuenta SMTP del almacén, --smtp-user), signed-in-user (el usuario y la contraseña del directorio de cada persona) u oauth2 (un token de --oauth-token-endpoint: con --smtp-user y su contraseña, mediante password grant; sin ellos, solo como aplicación)
cli-arg-smtp-login-as = Con --smtp-auth signed-in-user: iniciar sesión en el servidor de correo con el nombre de usuario escrito (login) o con la dirección de correo de la persona (mail)
settings-source-local = Configuración de este equipo (no publicada en el directorio).
settings-source-published = Publicada en el directorio en { $dn } por { $by }, el { $when } (leída por última vez el { $read }).
settings-source-published-unread = Publicada en el directorio en { $dn } (aún no leída: se lee en el próximo inicio de sesión).
label-smtp-password-source = Contraseña SMTP
smtp-password-not-used = no se usa
smtp-password-signed-in-user = la propia contraseña del directorio de cada persona, mientras tiene la sesión iniciada
smtp-password-in-keychain = en el llavero de este equipo
smtp-password-missing = no está en el llavero de este equipo
published-read-only = Esta configuración está publicada en el directorio y este equipo no tiene ninguna cuenta que pueda cambiarla: se puede cambiar en un dirdesk que tenga la cuenta de servicio del almacén, o con «dirdesk notifications set --store NAME --user …» como una cuenta a la que el directorio permita escribirla.
settings-publishing = Publicando en el directorio…
label-smtp-signed-in-user = Iniciar sesión con las credenciales del usuario conectado
settings-published = Publicada en el directorio en { $dn }: cada dirdesk que la sigue usa esta configuración a partir de su próximo cambio.
publish-refused-access = No publicado: el directorio no deja que esta cuenta cambie la configuración publicada ({ $detail }). No se ha cambiado nada.
machine-config-problem = No se ha podido usar el archivo de configuración del equipo { $path }, así que faltan los almacenes de identidades que añade: { $detail }
store-managed = Añadido para todos los usuarios de este equipo por su administrador.
cli-store-managed = «{ $name }» lo ha añadido el administrador de este equipo para todos sus usuarios ({ $path }); no se puede quitar desde aquí.
cli-notify-waiting = { $address }: en espera — { $reason }
smtp-test-needs-user = Cada persona inicia sesión en este servidor de correo con su propio usuario y contraseña, así que la prueba necesita uno: dirdesk notifications test --store NAME --to ADDRESS --user LOGIN --password-stdin.
published-foreign = La entrada { $dn } no son los ajustes publicados por dirdesk (otro tipo de objeto tiene ese nombre): no se toca. Publique en otro lugar con --location.
publish-location-not-cn = la ubicación { $dn } debe empezar por cn= (la entrada se nombra por su cn)
field-login-dn-template = Plantilla del DN de inicio de sesión (opcional)

## Big groups, Member Of, finding people as ADUC does
members-count = { $count ->
    [one] 1 miembro
   *[other] { $count } miembros
}
members-shown = { $shown } de { $count } mostrados
members-reading-names = Leyendo nombres… { $read } de { $count }
members-filter-placeholder = Filtrar miembros por nombre o DN
tab-member-of = Miembro de
member-of-nested = Incluir los grupos de los que es miembro a través de otros grupos
member-of-none = No es miembro de ningún grupo.
member-of-count = { $count ->
    [one] Miembro de 1 grupo
   *[other] Miembro de { $count } grupos
}
member-of-direct = directo
member-of-nested-via = a través de otro grupo
member-of-primary = grupo principal
find-matched = { $attribute }: { $value }

## Kerberos single sign-on
kerberos-no-ticket = No hay ningún ticket de Kerberos: este equipo no tiene un inicio de sesión de Windows/Kerberos que usar (en Linux o macOS, ejecute primero «kinit»). Inicie sesión, en su lugar, con su nombre de usuario y contraseña.
kerberos-expired = Su ticket de Kerberos ha caducado: vuelva a iniciar sesión en Windows (o ejecute «kinit»), o inicie sesión con su nombre de usuario y contraseña.
kerberos-clock-skew = El reloj de este equipo y el del controlador de dominio difieren más de lo que Kerberos permite (5 minutos): ponga el reloj en hora, o inicie sesión con su nombre de usuario y contraseña.
kerberos-no-spn = El directorio no tiene la entidad de seguridad de servicio de Kerberos { $spn }: conéctese al controlador de dominio por su nombre completo (tal como está registrado en el directorio), o inicie sesión con su nombre de usuario y contraseña.
kerberos-other = El inicio de sesión con Kerberos ha fallado: { $reason }
kerberos-signed-in = Sesión iniciada como { $principal } con su inicio de sesión de Windows/Kerberos, dentro de la conexión TLS verificada.
kerberos-mail-needs-password = Este almacén envía las confirmaciones con su propia cuenta de correo, que necesita su contraseña; un inicio de sesión con Kerberos no se la da a dirdesk. Sus confirmaciones esperan en la cola hasta que inicie sesión una vez con su nombre de usuario y contraseña.
sign-in-kerberos = Iniciar sesión como { $principal }
kerberos-signed-in-sealed = Sesión iniciada como { $principal } con su inicio de sesión de Windows/Kerberos; este almacén no usa TLS, así que Kerberos cifra la conexión por sí mismo.
kerberos-no-sealing = { $server } no ofrece cifrado de Kerberos para una conexión sin TLS, y dirdesk nunca inicia sesión sin cifrar: elija LDAPS o StartTLS para este almacén, o inicie sesión con su nombre de usuario y contraseña.
kerberos-not-inside-tls = { $server } no acepta un inicio de sesión con Kerberos dentro de TLS ({ $reason }). Los controladores de dominio de Windows sí lo aceptan; en Samba, el ajuste es «ldap server require strong auth = allow_sasl_over_tls». Mientras tanto, inicie sesión con su nombre de usuario y contraseña, o conéctese a este almacén sin TLS: Kerberos cifra entonces la conexión por sí mismo.
kerberos-other-person = El vale de Kerberos de este equipo es ahora de otra persona ({ $now }): no se hace nada más con este inicio de sesión. Inicie sesión de nuevo.
kerberos-kdc-timeout = El controlador de dominio de Kerberos (KDC) no respondió a tiempo.
kerberos-other-realm = El vale de Kerberos es de { $principal }, de un territorio distinto al de este almacén ({ $realm }), y el directorio no puede decir quién es aquí: inicie sesión con su nombre de usuario y contraseña.
cli-arg-member-of = Mostrar también los grupos de los que es miembro (Miembro de)
cli-arg-nested = Con --member-of: también los grupos de los que es miembro a través de otros grupos
cli-arg-kerberos = Iniciar sesión con su vale de Kerberos (su inicio de sesión de Windows o kinit) en lugar de una contraseña

## OAuth 2.0 for SMTP (Microsoft 365, Google)
oauth-bad-endpoint = El Token Endpoint «{ $endpoint }» no es una dirección https://: dirdesk solo envía un secreto de cliente a través de TLS verificado.
oauth-no-client-secret = En el llavero de este equipo no hay ningún secreto de cliente de OAuth 2.0 para este almacén: escriba el Client Secret en la página Notificaciones o use «dirdesk notifications set --oauth-client-secret-stdin».
oauth-wrong-client-secret = El punto de conexión de token ha rechazado el Client ID o el Client Secret ({ $detail }): compruebe ambos en la página Notificaciones; un secreto caducado debe sustituirse por uno nuevo del registro de aplicación.
oauth-wrong-password = El punto de conexión de token ha rechazado el usuario o la contraseña ({ $detail }).
oauth-needs-mfa = El punto de conexión de token pide a esta cuenta un inicio de sesión multifactor ({ $detail }), que un remitente de correo no puede dar: esta cuenta no debe requerir inicio de sesión multifactor (exclúyala en el Conditional Access del inquilino), o deje Usuario y Contraseña vacíos para enviar solo como aplicación.
oauth-refused = El punto de conexión de token se ha negado a emitir un token: { $detail }
oauth-unreachable = No se puede contactar con el punto de conexión de token { $endpoint } ({ $detail }); los correos esperan y se vuelven a intentar.
oauth-not-trusted = El punto de conexión de token { $endpoint } no es de confianza ({ $detail }): añada su certificado de CA al archivo de certificado de CA de SMTP o a los certificados de confianza de este equipo.
oauth-malformed = El punto de conexión de token { $endpoint } ha respondido sin un token ({ $detail }).
smtp-token-refused = El servidor de correo ha rechazado el token de OAuth 2.0, también uno nuevo ({ $detail }): puede que el buzón o la aplicación no tengan permiso para enviar por SMTP (Exchange: SMTP AUTH activado para el buzón y el permiso SMTP.Send o SMTP.SendAsApp para la aplicación).
smtp-needs-oauth = El servidor de correo no acepta contraseñas ({ $detail }): este servidor necesita OAuth 2.0 — elija OAuth 2.0 en «Usar autenticación SMTP».
cli-oauth-needs-client-id = OAuth 2.0 necesita el ID de cliente de la aplicación: --oauth-client-id.
cli-arg-oauth-token-endpoint = Punto de conexión de token de OAuth 2.0 (https://…/oauth2/v2.0/token)
cli-arg-oauth-client-id = ID de cliente de OAuth 2.0 (el del registro de aplicación)
cli-arg-oauth-client-secret-stdin = Leer el secreto de cliente de OAuth 2.0 de la entrada estándar (junto con --smtp-password-stdin: el secreto en la primera línea y la contraseña en la segunda)
cli-arg-oauth-scope = Ámbitos de OAuth 2.0, separados por espacios (p. ej. https://outlook.office365.com/.default)
label-smtp-auth-method = Autenticación
smtp-auth-basic = Basic
smtp-auth-oauth2 = OAuth 2.0 (Token Endpoint { $endpoint }, Client ID { $client }, Scope { $scope }; el Client Secret se guarda en el llavero de este equipo)
label-oauth-token-endpoint = Token Endpoint
label-oauth-client-id = Client ID
label-oauth-client-secret = Client Secret
label-oauth-scope = Scope
smtp-auth-oauth2-choice = OAuth 2.0
invalid-oauth-client-id-empty = Escriba el Client ID del registro de la aplicación.

## Notification Editor (templates)
template-email-change = Confirmación del cambio
template-email-test = Correo de prueba
template-email-digest = Resumen de edición masiva
template-part-subject = Asunto
template-part-html = HTML
template-part-text = Texto sin formato
template-problem-at = { $part }, línea { $line }, columna { $column }: { $detail }
template-problem-line = { $part }, línea { $line }: { $detail }
template-problem = { $part }: { $detail }
template-unknown-tag = etiqueta desconocida «{ $tag }»
template-tag-object-name = Nombre del objeto
template-tag-object-kind = Tipo de objeto
template-tag-object-dn = Nombre distintivo del objeto
template-tag-changes = Tabla de los atributos cambiados (valores anteriores y nuevos)
template-tag-author-name = Cambiado por: nombre
template-tag-author-mail = Cambiado por: dirección de correo
template-tag-author-dn = Cambiado por: nombre distintivo
template-tag-when = Fecha
template-tag-store = Almacén de identidades
template-tag-recipient-name = Nombre del destinatario
template-tag-recipient-address = Dirección del destinatario
template-tag-own = Si el propio destinatario hizo el cambio
template-tag-reasons = Por qué el destinatario recibe este correo
template-tag-server = Servidor de correo
template-tag-count = Número de objetos cambiados
template-tag-objects = Tabla de los objetos y atributos cambiados (valores anteriores y nuevos)
template-tag-more = Cuántos no figuran en la lista (están en el adjunto)
template-tag-attachment = Nombre de la lista adjunta
template-built-in = integrada
template-custom = propia del almacén
template-custom-parts = propia del almacén: { $parts }
cli-about-templates = El Editor de notificaciones: el texto de los correos que envía dirdesk, por idioma
cli-about-templates-list = Listar las plantillas de correo de un almacén e indicar cuáles son propias
cli-about-templates-show = Mostrar el asunto, el HTML y el texto sin formato de una plantilla (la propia del almacén o la integrada)
cli-about-templates-set = Cambiar una plantilla; las partes no indicadas se quedan como están. Se comprueba antes de guardarla
cli-about-templates-reset = Volver a la plantilla integrada
cli-about-templates-preview = Generar una plantilla con un cambio de ejemplo: muestra el asunto y el texto sin formato
cli-arg-email = Qué correo: change (la confirmación del cambio) o test (el correo de «{ test-server }»)
cli-arg-lang = El idioma: da, de, en, es, fi, fr, is, it, nl, pt, sv o tr
cli-arg-part = Mostrar solo el código fuente de esta parte: subject, html o text
cli-arg-subject = El asunto (se admiten etiquetas, p. ej. { "{{" } object.name { "}}" })
cli-arg-html-file = Un archivo con la parte HTML (UTF-8)
cli-arg-text-file = Un archivo con la parte de texto sin formato (UTF-8)
cli-arg-templates-preview-html = Escribir también la parte HTML generada en FILE, para abrirla en un navegador
cli-template-no-such-language = No hay ninguna plantilla «{ $lang }»: los idiomas son { $languages }.
cli-template-nothing-to-set = Indique --subject, --html-file o --text-file.
cli-template-refused = La plantilla no se ha guardado: { $problems }
cli-template-saved = Guardado:
cli-template-reset = De vuelta a la plantilla integrada:
cli-template-which = el correo «{ $email }» en «{ $lang }» de { $name }.
cli-template-unreadable = No se ha podido leer { $file }: { $error }
cli-template-too-big = { $file } tiene { $size } bytes; una parte de plantilla puede tener como máximo { $max }.
cli-template-not-utf8 = { $file } no es texto UTF-8 (en el byte { $offset }).
cli-template-unwritable = No se ha podido escribir { $file }: { $error }
cli-template-html-written = La parte HTML está en { $file }.
template-editor-open = Editor de notificaciones
template-editor-title = Editor de notificaciones — { $store }
template-email = Correo
template-language = Idioma
template-save-to-switch = Guarde o descarte los cambios para elegir otro correo u otro idioma.
template-tags = Etiquetas
template-tags-into = Haga clic en una etiqueta para insertarla en «{ $part }» en la posición del cursor.
template-preview = Vista previa (con un cambio de ejemplo)
template-preview-own = Tal como lo lee quien hizo el cambio
template-no-preview = No hay vista previa mientras la plantilla tenga un problema.
template-reset = Restablecer la integrada
template-discard = Descartar cambios
template-no-store = Añada primero un almacén de identidades: las plantillas pertenecen a un almacén.
template-too-big = la parte tiene { $size } bytes; una parte de plantilla puede tener como máximo { $max }
template-store = Almacén de identidades

## Bulk edits (LDIF and CSV files)
bulk-problem-at = línea { $line }: { $detail }
bulk-same-object-twice = { $dn } se cambia dos veces (la primera en la línea { $first }): reúna todos sus cambios en un solo registro
bulk-not-a-dn = «{ $dn }» no es un nombre distintivo
ldif-no-colon = «{ $text }» no tiene la forma «nombre: valor»
ldif-bad-base64 = el valor base64 de { $name } no se puede decodificar: { $error }
ldif-not-text = el valor de { $name } no es texto UTF-8
ldif-no-urls = { $name } remite a un archivo o una URL (:<): indique el valor mismo
ldif-dn-first = un registro empieza por dn:, no por { $name }:
ldif-no-controls = los controles LDAP no se envían en las ediciones masivas
ldif-only-modify = changetype: { $changetype } no es un cambio de un objeto (solo lo es changetype: modify)
ldif-no-changetype = el registro de { $dn } no tiene changetype: modify
ldif-other-attribute = { $name }: en la sección de { $attribute }
ldif-add-without-values = add: { $attribute } no indica ningún valor
ldif-unknown-operation = «{ $operation }» no es add, delete ni replace
ldif-nothing-to-change = el registro de { $dn } no cambia nada
csv-dn-first = el encabezado de la primera columna debe ser dn
csv-empty-header = una columna no tiene nombre de atributo en el encabezado
csv-header-twice = la columna { $attribute } aparece dos veces en el encabezado
csv-wrong-field-count = { $found } campos donde el encabezado tiene { $expected }
csv-no-dn = la fila no tiene dn
bulk-unknown-attribute = el directorio no tiene ningún atributo { $attribute }
bulk-bad-dn = { $attribute } requiere un nombre distintivo, no «{ $value }»
bulk-bad-integer = { $attribute } requiere un número entero, no «{ $value }»
bulk-bad-boolean = { $attribute } requiere TRUE o FALSE, no «{ $value }»
bulk-bad-time = { $attribute } requiere una fecha y hora como 20261201120000Z, no «{ $value }»
bulk-bad-ascii = { $attribute } solo admite texto ASCII, no «{ $value }»
bulk-applied = aplicado
bulk-nothing-to-change = nada que cambiar: el objeto ya tiene estos valores
bulk-conflict = otra persona ha cambiado este objeto desde que se leyó; no se ha sobrescrito nada
bulk-refused = rechazado: { $reason }
bulk-unknown = enviado, pero no llegó respuesta ({ $reason }); la próxima ejecución o el próximo guardado averigua si se aplicó y lo registra una sola vez
bulk-not-sent = no enviado: { $reason }
bulk-cancelled = la ejecución se ha cancelado
bulk-connection-lost = se ha perdido la conexión con el directorio
bulk-title = Edición masiva
bulk-explanation = Cambie muchos objetos a la vez: abra un archivo LDIF de registros de cambio (tal como los lee ldapmodify) o una hoja CSV (una columna dn y después una columna por atributo), o aplique un mismo cambio a los objetos encontrados. No se escribe nada antes de que lea la vista previa y haga clic en «Aplicar».
bulk-file-placeholder = /ruta/a/changes.ldif o changes.csv
bulk-open = Abrir archivo
bulk-attribute = Atributo
bulk-value = Valor
bulk-op-set = Establecer en
bulk-op-add = Añadir
bulk-op-remove = Quitar
bulk-use-found = { $count ->
    [one] Editar el objeto encontrado
   *[other] Editar los { $count } objetos encontrados
}
bulk-use-selected = { $count ->
    [one] Editar el objeto seleccionado
   *[other] Editar los { $count } objetos seleccionados
}
bulk-previewed = { $count ->
    [one] Vista previa: { $count } cambio, { $problems } con problemas (no se escribe nada hasta que haga clic en «Aplicar»).
   *[other] Vista previa: { $count } cambios, { $problems } con problemas (no se escribe nada hasta que haga clic en «Aplicar»).
}
bulk-col-line = Línea
bulk-col-object = Objeto
bulk-col-old-new = Anterior → nuevo
bulk-col-outcome = Resultado
bulk-more-rows = { $count ->
    [one] … y { $count } fila más.
   *[other] … y { $count } filas más.
}
bulk-apply = Aplicar
bulk-progress = { $done } de { $total }
bulk-outcomes = Aplicados: { $applied } de { $count }; no aplicados: { $failed }.
bulk-retry-failed = Reintentar los fallidos
bulk-export-failed = Exportar los fallidos como CSV…
bulk-exported = { $count ->
    [one] Se ha exportado { $count } fila fallida.
   *[other] Se han exportado { $count } filas fallidas.
}
bulk-close = Cerrar edición masiva
cli-bulk-nothing-found = Nada que cambiar: la búsqueda no ha encontrado ningún objeto.
cli-bulk-unreadable = No se puede leer { $path }: { $reason }
cli-bulk-not-utf8 = { $path } no es texto UTF-8: guárdelo como UTF-8 (con o sin BOM).
cli-bulk-refused = No se ha cambiado nada: los problemas de { $source } figuran arriba.
cli-bulk-the-search = la edición de los objetos encontrados
cli-bulk-row = línea { $line }: { $dn }: { $outcome }
cli-bulk-summary = Aplicados: { $applied }; nada que cambiar: { $unchanged }; cambiados por otra persona: { $conflicts }; rechazados: { $refused }; respuesta perdida: { $unknown }; no enviados: { $not_sent }.
cli-bulk-told-later = Se ha perdido la conexión: las notificaciones de esta ejecución se enviarán en el próximo guardado o la próxima ejecución, junto con los cambios cuyas respuestas se perdieron.
cli-json-bulk-only = --json es para ediciones masivas (--from, --filter, --groups).

## The organisation's shared database (PostgreSQL)
database-url-bad = La dirección de la base de datos «{ $url }» no se puede usar: { $reason }
database-url-scheme = debe empezar por postgresql://
database-url-credentials = no debe contener un nombre de usuario ni una contraseña (cada persona inicia sesión con su propia cuenta del directorio)
database-url-options = no debe contener opciones (TLS está siempre activado y verificado)
database-url-no-host = no indica ningún servidor
database-url-no-database = no indica ninguna base de datos (postgresql://HOST:PORT/DB)
database-unreachable = La base de datos compartida { $url } no responde: { $detail }
database-certificate = La base de datos compartida { $url } tiene un certificado en el que este equipo no confía, o no ofrece TLS: { $detail }
database-wrong-password = La base de datos compartida { $url } ha rechazado su inicio de sesión: { $detail }
database-ca-file = El archivo de certificado CA de la base de datos compartida { $url } no se puede usar: { $detail }
database-no-role = Todavía no tiene ninguna cuenta en la base de datos compartida { $url }: pida a su administrador de la base de datos que ejecute «dirdesk db sync-roles». ({ $detail })
database-not-allowed = La base de datos compartida { $url } no le deja entrar desde aquí: { $detail }
database-missing = La base de datos compartida { $url } no existe: { $detail }
database-not-set-up = La base de datos compartida { $url } todavía no está preparada para dirdesk: pida a su administrador de la base de datos que ejecute «dirdesk db init».
database-newer = La base de datos compartida { $url } la preparó un dirdesk más reciente (esquema { $version }; este conoce { $known }): actualice dirdesk para usarla. No se ha escrito nada.
database-refused = La base de datos compartida { $url } ha rechazado esto: { $detail }
database-other = La base de datos compartida { $url } ha respondido con un error: { $detail }
db-check-not-set-up = El esquema no existe: ejecute «dirdesk db init».
db-check-behind = El esquema está en la versión { $version }; este dirdesk trae la { $latest }: ejecute «dirdesk db migrate».
db-check-newer = El esquema está en la versión { $version }, más reciente de la que conoce este dirdesk ({ $latest }).
db-check-no-role = El rol de grupo { $role } no existe: ejecute «dirdesk db init».
db-check-unsecured = La seguridad a nivel de fila está desactivada en { $table }: unas personas podrían leer el Historial de otras.
db-check-history-writable = { $role } puede cambiar o eliminar filas del Historial: al Historial ya no solo se le podrían añadir entradas.
db-check-retention-open = No solo dirdesk_admin puede eliminar el Historial antiguo.
db-check-added-policy = La política de seguridad de filas { $policy } no la creó dirdesk: puede permitir leer o escribir lo que no se debe.
db-check-owner-records = El propietario de las tablas está en dirdesk_user: la seguridad de filas no se aplica al propietario, así que no debería registrar cambios.
cli-db-no-database = El almacén «{ $name }» no indica ninguna base de datos compartida (dirdesk store edit --database postgresql://HOST:PORT/DB).
cli-db-needs-password = En la base de datos compartida se inicia sesión con la contraseña del directorio: inicie sesión con su nombre de usuario y su contraseña, no con Kerberos.
cli-db-up-to-date = El esquema está actualizado (versión { $version }).
cli-db-applied = Migración { $version } aplicada: { $name }
cli-db-version = Versión del esquema: { $version } (este dirdesk: { $latest })
cli-db-my-roles = Sus roles: { $roles }
cli-db-no-roles = ninguno
cli-db-problem = Problema: { $problem }
cli-db-all-well = Todo está como lo preparó dirdesk.
cli-db-role-created = Creado el rol de inicio de sesión { $login }
cli-db-role-granted = { $login } está ahora en { $role }
cli-db-role-revoked = { $login } ya no está en { $role }
cli-db-roles-as-they-were = Los roles ya coincidían con los grupos.
cli-db-member-unread = No se pudo leer el miembro { $dn } ({ $reason }): no se ha cambiado ningún rol.
cli-db-group-empty = El grupo { $dn } está vacío: no se ha cambiado ningún rol (eso quitaría el acceso a todos).
cli-db-role-kept = { $login } sigue en { $role }: esa pertenencia la concedió otra persona.
cli-db-role-skipped = Se ha omitido { $login }: PostgreSQL no puede usarlo como nombre de rol (demasiado largo o reservado).
cli-database-ca-without-database = --database-ca-file necesita una base de datos: indique también --database postgresql://HOST:PORT/DB.
cli-about-db = Preparar y comprobar la base de datos compartida (PostgreSQL) de un almacén, para administradores de bases de datos
cli-about-db-init = Crear los roles de grupo dirdesk_user y dirdesk_admin y el esquema (se puede volver a ejecutar sin riesgo)
cli-about-db-migrate = Actualizar el esquema a la versión de este dirdesk
cli-about-db-check = Indicar la versión del esquema, sus roles y si se mantienen las protecciones del Historial
cli-about-db-sync-roles = Crear roles de inicio de sesión para las personas de dos grupos del directorio y hacerlas miembros de dirdesk_user o dirdesk_admin
cli-arg-users-group = El grupo cuyos miembros registran sus cambios y leen su propio Historial
cli-arg-admins-group = El grupo cuyos miembros leen el Historial y la cola de todos
cli-arg-database = El Historial y la cola compartidos de la organización, postgresql://HOST:PORT/DB ("" vuelve al archivo propio de este dirdesk); se publica con el almacén
cli-arg-database-ca-file = Archivo de certificado de CA (PEM) con el que se comprueba el certificado de la base de datos ("" lo quita)
database-no-bulk-yet = Este dirdesk aún no registra las ediciones masivas en la base de datos compartida: no se ha cambiado nada. Edite los objetos de uno en uno o actualice dirdesk.
queue-finished-elsewhere = otro de sus puestos ha registrado este cambio mientras tanto; no se registra dos veces.
history-bad-date = «{ $date }» no es una fecha: escriba 2026-11-30 o 2026-11-30T08:00:00Z.
history-col-when = Cuándo
history-col-store = Almacén de identidades
history-col-object = Objeto
history-col-dn = DN
history-col-author = Cambiado por
history-col-attribute = Atributo
history-col-old = Valor anterior
history-col-new = Valor nuevo
history-col-told = Notificaciones
cli-history-needs-user = El almacén «{ $name }» guarda su Historial en una base de datos compartida: inicie sesión con --user y --password-stdin para leerlo.
cli-history-written = Cambios escritos en { $path }: { $count }.
cli-arg-user-filter = Solo los cambios que ha hecho esta persona (su nombre de inicio de sesión)
cli-arg-attribute = Solo los cambios de este atributo
cli-arg-contains = Solo los cambios en los que un valor anterior o nuevo contiene este texto
cli-arg-since = Desde este día (2026-11-30) o momento (2026-11-30T08:00:00Z)
cli-arg-until = Hasta el final de este día, o hasta este momento
cli-arg-csv = Escribir los cambios en este archivo como CSV, una fila por atributo
cli-arg-history-user = Quién inicia sesión para leer la base de datos compartida de un almacén
queue-not-here = El correo { $id } para { $address } no se envió desde este dirdesk: { $reason }
queue-waits-for-sender = sale con la propia cuenta de correo de { $login }, desde un dirdesk en el que { $login } tenga la sesión iniciada
cli-queue-needs-user = El almacén «{ $name }» guarda su cola en una base de datos compartida: inicie sesión con --user y --password-stdin.
cli-queue-local-store = El almacén «{ $name }» guarda su cola en este dirdesk: no hace falta iniciar sesión (omita --user).
cli-queue-no-shared-store = Ningún almacén de identidades de aquí guarda su cola en una base de datos compartida: omita --user para usar la cola propia de este dirdesk.
cli-queue-which-store = Varios almacenes de identidades de aquí guardan su cola en una base de datos compartida: indique uno con --store.
history-filter-user = Cambiado por (nombre de usuario)
history-filter-object = Objeto (DN)
history-filter-attribute = Atributo
history-filter-contains = El valor anterior o nuevo contiene
history-filter-since = Desde
history-filter-until = Hasta
history-search = Buscar
history-clear = Limpiar
history-export = Exportar CSV…
history-previous = Anterior
history-next = Siguiente
history-page = Página { $number }
history-recorded-by = registrado por { $login } el { $at }
history-source-this-desk = Registrado en este dirdesk.
history-source-shared = De la base de datos de la organización { $database }, como { $person }.
history-sign-in-first = «{ $store }» guarda su Historial y su cola en la base de datos de la organización { $database }: inicie sesión en «{ $store }» en el Editor de objetos para verlos.
keep-days = { $count ->
    [one] { $count } día
   *[other] { $count } días
}
keep-months = { $count ->
    [one] { $count } mes
   *[other] { $count } meses
}
keep-years = { $count ->
    [one] { $count } año
   *[other] { $count } años
}
keep-all = Todo (no se elimina nada)
keep-unknown = «{ $text }» no es una opción de conservación: use una de { $choices }.
keep-other = un período que este dirdesk no ofrece
cli-db-retention = El Historial se conserva durante { $keep } (elegido por { $who }, { $at }); los puestos eliminan las entradas más antiguas, salvo las que un correo aún espera.
cli-db-retention-unchosen = Se conserva todo el Historial: ningún administrador ha elegido durante cuánto tiempo.
cli-db-retention-removed = Se han eliminado { $count } entradas del Historial anteriores a ese plazo.
cli-about-db-retention = Indicar durante cuánto tiempo se conserva el Historial compartido o (miembros de dirdesk_admin) elegirlo
cli-arg-keep = 30-days, 60-days, 90-days, 6-months, 1-year, 2-years, 5-years o all (no se elimina nada)
history-keep = Conservar el Historial:
history-keep-chosen-by = elegido por { $who }
history-kept = Conservado según lo elegido: se han eliminado { $count } entradas más antiguas.
cli-history-uploaded = Se han subido { $added } de sus cambios del Historial de este dirdesk; { $there } ya estaban allí.
cli-history-left-for = { $count } hechos por { $name } se quedan en este dirdesk hasta que esa persona los suba (con su propia sesión).
cli-arg-upload = Añadir sus cambios del Historial propio de este dirdesk para el almacén a la base de datos compartida de este (una vez: volver a ejecutarlo no añade nada)
queue-waits-for-store-account = sale con la propia cuenta de correo del almacén, desde un dirdesk configurado para enviar con ella
