# dirdesk — Português

## Janela e navegação
app-title = dirdesk Admin Center
nav-identity-stores = Repositórios de identidades
nav-notifications = Notificações
nav-history = Histórico

## Página «Repositórios de identidades»
identity-stores-title = Repositórios de identidades
identity-stores-create = Criar repositório de identidades
identity-stores-empty = Ainda não há repositórios de identidades. Clique em «Criar repositório de identidades» para ligar o dirdesk a um domínio Active Directory ou a um diretório LDAP.

## Página «Notificações» (fila)
notifications-title = Notificações
notifications-empty = Não há notificações na fila.

## Página «Histórico»
history-title = Histórico
history-empty = Ainda não foram feitas alterações através do dirdesk.

## Linha de comandos
cli-error = erro: { $message }

## Nomes distintos
dn-empty = o DN está vazio
dn-missing-equals = «{ $part }» não tem «=»: cada parte de um DN tem a forma cn=Nome
dn-bad-attribute-type = «{ $part }» não é um tipo de atributo
dn-empty-value = «{ $part }» tem um valor vazio
dn-bad-escape = «{ $part }» termina com um escape incompleto

## Validação de repositórios de identidades e notificações
invalid-name-empty = Introduza um nome para o repositório de identidades.
invalid-name-taken = Já existe um repositório de identidades chamado «{ $name }».
invalid-no-servers = Adicione pelo menos um servidor (nome de domínio ou nome de anfitrião).
invalid-host = «{ $host }» não é um nome de anfitrião nem um endereço IP.
invalid-port = A porta de { $server } tem de estar entre 1 e 65535.
invalid-base-dn = O DN base não é válido: { $reason }.
invalid-login-attribute = «{ $attribute }» não é um nome de atributo.
invalid-service-account = «{ $account }» não é uma conta de serviço: introduza um DN (no Active Directory também utilizador@domínio ou DOMÍNIO\utilizador).
invalid-smtp-server-empty = Introduza o servidor SMTP que envia as notificações.
invalid-smtp-port = A porta SMTP tem de estar entre 1 e 65535.
invalid-ssl-on-25 = A porta 25 não usa SSL: use STARTTLS na 25 ou na 587, ou SSL na 465.
invalid-from = «{ $address }» não é um endereço de e-mail para «Endereço do remetente».
invalid-smtp-username-empty = Introduza o utilizador SMTP ou desative «Usar autenticação SMTP».
invalid-address = «{ $address }» não é um endereço de e-mail.

## Ficheiro de configuração
config-damaged = O ficheiro de configuração { $path } está danificado na linha { $line }, coluna { $column }: { $reason }. Foi deixado como estava e guardou-se uma cópia em { $backup }. Corrija-o, ou mova-o para recomeçar do zero.
config-newer = O ficheiro de configuração { $path } foi escrito por um dirdesk mais recente (formato { $version }); esta versão não o altera.
config-io = Não é possível ler nem escrever { $path }: { $reason }

## Porta-chaves
keychain-unavailable = Não há um porta-chaves utilizável: { $reason }. O dirdesk guarda as palavras-passe apenas no porta-chaves do sistema operativo; desbloqueie-o ou inicie-o (no Linux, um Secret Service como o GNOME Keyring ou o KWallet) e tente novamente.
keychain-failed = O porta-chaves recusou: { $reason }

## Ligações ao diretório
ldap-refused = { $server } recusou a ligação: o servidor de diretório está a funcionar e a porta está certa?
ldap-unreachable = Não é possível contactar { $server }: { $reason }
ldap-timeout = { $server } não respondeu a tempo.
ldap-cert-not-trusted = O certificado TLS de { $server } não é fidedigno: «{ $subject }», emitido por «{ $issuer }». Se a sua organização tem a sua própria autoridade de certificação, escolha o respetivo ficheiro de certificado de AC.
ldap-cert-wrong-name = O certificado TLS de { $server } («{ $subject }») é para outros nomes: { $names }. Ligue-se com um desses nomes.
ldap-cert-expired = O certificado TLS de { $server } («{ $subject }») expirou.
ldap-cert-other = O certificado TLS de { $server } («{ $subject }») foi recusado: { $reason }
ldap-tls = O TLS com { $server } falhou: { $reason }
ldap-wrong-credentials = Nome de utilizador ou palavra-passe incorretos.
ldap-tls-required = { $server } exige uma ligação cifrada para isto: escolha LDAPS ou StartTLS.
ldap-base-dn-not-found = O DN base «{ $base_dn }» não existe no servidor.
ldap-base-dn-not-found-anonymous = O DN base «{ $base_dn }» não foi encontrado; sem conta de serviço, o servidor pode estar a escondê-lo de utilizadores anónimos.
ldap-server-error = O servidor respondeu com o erro { $code }: { $text }
ldap-disconnected = A ligação ao diretório caiu: { $reason }
ldap-referral = O diretório encaminhou para outro servidor ({ $to }). O dirdesk só fala com os servidores do repositório de identidades, por isso não seguiu o encaminhamento.
ldap-too-many-results = O diretório continuou a enviar resultados para além de { $limit }; o dirdesk deixou de os ler. Restrinja a pesquisa.
ldap-malformed = { $server } enviou uma resposta que não é LDAP válido; nada foi alterado.
connection-server-failed = { $server }: { $reason }

## Rótulos comuns (o vocabulário do artigo)
store-type-ad = Active Directory
store-type-ldap = LDAP genérico
security-ldaps = LDAPS
security-starttls = StartTLS
security-none = Nenhuma (inseguro)
status-healthy = Em bom estado
status-errors = Erros
status-not-checked = Não verificado
smtp-security-ssl = SSL ativado
smtp-security-starttls = STARTTLS
smtp-security-none = Nenhuma (inseguro)
label-smtp-server = Servidor SMTP
label-from = Endereço do remetente
label-port = Porta
label-smtp-security = Segurança
label-use-smtp-auth = Usar autenticação SMTP
label-smtp-username = Utilizador SMTP
label-smtp-ca-file = Ficheiro de certificado de AC
label-to = Para:
label-cc = Cc:
also-logged-in-users = Utilizadores com sessão iniciada, pelas suas ações
also-object-modified = Objeto modificado
also-group-owners = Proprietário(s) de grupos, pelos seus grupos
also-managers = Gestor(es), pelos seus subordinados diretos
also-added-members = Novos membros do grupo, ao serem adicionados
also-removed-members = Membro removido do grupo, ao ser removido
also-public-group-owners = Proprietário de grupo público, pelas adesões e saídas
membership-join = Aderir
membership-leave = Sair
my-groups = Os meus grupos
column-name = NOME
column-type = TIPO
column-servers = SERVIDORES
column-security = SEGURANÇA
column-base-dn = DN BASE
column-enabled = ATIVADO
column-status = ESTADO
column-last-check = ÚLTIMA VERIFICAÇÃO
yes = sim
no = não
on = ligado
off = desligado

## Mensagens da linha de comandos
cli-no-such-store = Não existe nenhum repositório de identidades chamado «{ $name }».
cli-no-stores = Ainda não há repositórios de identidades. Adicione um com: dirdesk store add --help
cli-bad-host = «{ $host }» não tem a forma ANFITRIÃO ou ANFITRIÃO:PORTA.
cli-bad-addresses = Não são endereços de e-mail: { $addresses }
cli-empty-password = A palavra-passe lida da entrada padrão está vazia.
cli-prompt-service-password = Palavra-passe da conta de serviço:
cli-store-added = Repositório de identidades «{ $name }» adicionado.
cli-store-saved = Repositório de identidades «{ $name }» guardado.
cli-store-removed = Repositório de identidades «{ $name }» e as suas palavras-passe removidos.
cli-store-enabled = Repositório de identidades «{ $name }» ativado.
cli-store-disabled = Repositório de identidades «{ $name }» desativado.
cli-test-server-ok = { $server }: ligado ({ $vendor }; contextos de nomenclatura: { $contexts })
cli-test-healthy = «{ $name }» está em bom estado.
cli-test-errors = «{ $name }» tem erros: { $reason }
cli-notifications-saved = Definições de notificação de «{ $name }» guardadas.
ldap-no-service-password = Não há palavra-passe guardada para a conta de serviço: defina-a com --service-password-stdin.

## Edição de objetos
edit-read-only = «{ $attribute }» é mantido pelo diretório e não pode ser alterado.
edit-binary = «{ $attribute }» contém dados binários, que o dirdesk não edita.
edit-single-valued = «{ $attribute }» aceita só um valor.
ldap-account-locked = Esta conta está bloqueada. Peça ao seu administrador que a desbloqueie.
ldap-account-disabled = Esta conta está desativada.
ldap-password-expired = A palavra-passe desta conta expirou ou tem de ser alterada antes de iniciar sessão.
ldap-no-such-object = «{ $dn }» não existe (já).
change-nothing = Nada a guardar: os valores são os mesmos do diretório.
change-conflict = Não guardado: outra pessoa alterou este objeto desde que o abriu. Recarregue-o para ver os valores atuais.
change-insufficient-access = Não guardado: não tem permissão para alterar isto ({ $detail }).
membership-closed-join = Este grupo não permite que os membros adiram por si próprios. O diretório respondeu: { $detail }
membership-closed-leave = Este grupo não permite que os membros saiam por si próprios. O diretório respondeu: { $detail }
change-schema-violation = Não guardado: o diretório não aceita este valor ({ $detail }).
change-refused = Não guardado: o diretório recusou a alteração ({ $detail }).
change-busy = Não guardado: o diretório está ocupado ou indisponível ({ $detail }). Tente novamente daqui a pouco.
kind-group = grupo
kind-user = utilizador
kind-other = objeto
no-value = (sem valor)
binary-value = <binário, { $bytes } bytes>
cli-store-disabled-sign-in = O repositório de identidades «{ $name }» está desativado.
cli-prompt-password = Palavra-passe de { $user }:
cli-password-needed = É precisa uma palavra-passe: use --password-stdin ou execute num terminal.
cli-found = { $count ->
    [one] 1 objeto encontrado.
   *[other] { $count } objetos encontrados.
}
cli-finished-earlier-change = Concluída uma alteração que uma execução anterior guardou mas não registou: { $change }
cli-bad-pair = «{ $pair }» não tem a forma ATRIB=VALOR.
cli-no-edits = Nada a alterar: use --set, --add, --remove ou --clear.
cli-changed = «{ $name }» ({ $kind }, { $dn }) alterado como { $author } em { $at }:
cli-current-value = { $attribute } é agora: { $value }

## E-mails de notificação
email-subject-own = A sua alteração: { $kind } «{ $name }»
email-subject-other = { $kind } «{ $name }» alterado por { $author }
email-greeting = Olá { $name },
email-greeting-anonymous = Olá,
email-intro-own = confirmamos a alteração que fez a este objeto em { $store }: { $kind } «{ $name }».
email-intro-other = { $author } alterou este objeto em { $store }: { $kind } «{ $name }».
email-label-object = Objeto
email-label-dn = Nome distinto
email-label-author = Alterado por
email-label-when = Quando
email-col-attribute = Atributo
email-col-old = Valor anterior
email-col-new = Novo valor
email-added = Adicionado
email-removed = Removido
email-no-value = (nenhum)
email-why-logged-in-user = Recebe este e-mail porque fez esta alteração.
email-why-list = Recebe este e-mail porque este endereço está na lista de notificação do repositório de identidades.
email-why-object = Recebe este e-mail porque a alteração diz respeito a si ou a um grupo a que pertence.
email-why-owner = Recebe este e-mail porque é proprietário deste grupo.
email-why-manager = Recebe este e-mail porque a alteração diz respeito a um dos seus subordinados diretos.
email-why-added = Recebe este e-mail porque foi adicionado a este grupo.
email-why-removed = Recebe este e-mail porque foi removido deste grupo.
email-why-public-owner = Recebe este e-mail porque é proprietário deste grupo e alguém aderiu a ele ou saiu dele por si próprio.
email-footer = Enviado com o dirdesk.
email-digest-subject-own = As suas alterações em { $store }: { $count }
email-digest-subject-other = Alterações de { $author } em { $store }: { $count }
email-digest-intro-own = confirmamos as alterações que fez de uma só vez em { $store }: { $count } no total.
email-digest-intro-other = { $author } fez alterações de uma só vez em { $store }: { $count } no total.
email-digest-more = As primeiras { $listed } estão listadas aqui; a lista completa ({ $count } no total) está no ficheiro anexo { $file }.
email-digest-why-logged-in-user = Recebe este e-mail porque fez estas alterações.
email-digest-why-object = Recebe este e-mail porque estas alterações dizem respeito a si ou a grupos a que pertence.
email-digest-why-owner = Recebe este e-mail porque é proprietário de grupos que foram alterados.
email-digest-why-manager = Recebe este e-mail porque estas alterações dizem respeito aos seus subordinados diretos.
email-digest-why-added = Recebe este e-mail porque foi adicionado a grupos.
email-digest-why-removed = Recebe este e-mail porque foi removido de grupos.
email-digest-why-public-owner = Recebe este e-mail porque é proprietário de grupos a que alguém aderiu ou de que alguém saiu por si próprio.

## Fila de notificações
queue-error = A fila de notificações { $path } não pode ser usada: { $reason }
queue-disk-full = o disco onde está ficou cheio. Liberte espaço; nada se perdeu.
queue-read-only = não é possível escrever na sua pasta (só de leitura). Nada se perdeu.

## Servidor de correio
smtp-not-configured = As definições de notificação do repositório não têm servidor SMTP.
smtp-refused = O servidor de correio { $server } recusou a ligação: está a funcionar e a porta está certa?
smtp-timeout = O servidor de correio { $server } não respondeu a tempo.
smtp-not-trusted = O certificado TLS do servidor de correio { $server } não é fidedigno ({ $detail }). Se estiver assinado pela autoridade de certificação da sua organização, indique o respetivo ficheiro de certificado de AC.
smtp-tls = O TLS com o servidor de correio { $server } falhou: { $detail }
smtp-auth-failed = O servidor de correio recusou o utilizador ou a palavra-passe SMTP: { $detail }
smtp-sender-refused = O servidor de correio recusou o endereço do remetente: { $detail }
smtp-recipient-refused = O servidor de correio recusou o destinatário: { $detail }
smtp-permanent = O servidor de correio recusou a mensagem: { $detail }
smtp-temporary = O servidor de correio não pôde aceitar a mensagem agora: { $detail }
test-email-subject = Notificação de teste do dirdesk
test-email-body = Este é um e-mail de teste do dirdesk, enviado através de { $server }. Se o consegue ler, as notificações chegam até si.
cli-notify-sent = { $address }: enviado ({ $answer })
cli-notify-queued = { $address }: em fila — { $reason } Será tentado de novo automaticamente (dirdesk queue send --all envia-o já; com --user para um repositório com base de dados partilhada).
cli-notify-failed = { $address }: não enviado — { $reason }
cli-notify-not-mail-enabled = { $dn }: não enviado — a conta não tem endereço de e-mail (as notificações só vão para utilizadores com correio ativado).
cli-notify-malformed = { $who }: não enviado — «{ $address }» não é um endereço de e-mail utilizável.
cli-notify-unwritten = { $who }: não enviado — não foi possível redigir o e-mail: { $problem }
cli-notify-none = Não há notificações para esta alteração (nenhuma está ativada neste repositório de identidades).
cli-test-email-sent = E-mail de teste para { $address } aceite pelo servidor: { $answer }
queue-status-pending = Pendente
queue-status-sending = Em curso
queue-status-sent = Enviado
queue-status-failed = Falhou
queue-col-id = ID
queue-col-status = Estado
queue-col-subject = Assunto
queue-col-date = Data
queue-col-to = Para
queue-col-from = De
queue-col-cc = Cc
queue-col-last-retry = Última tentativa
queue-col-retry-count = Tentativas
queue-col-in-progress = Em curso
queue-last-error = último erro: { $error }
queue-no-such-email = Não há nenhum e-mail por enviar com o ID { $id } na fila.
queue-deleted = E-mail { $id } eliminado da fila.
queue-store-gone = { $count } e-mails em fila pertencem a um repositório de identidades que já não existe.
history-line = { $at }  { $author } alterou «{ $name }» ({ $dn }) em { $store }

## Cartões dos repositórios de identidades
store-disabled-badge = Desativado
store-last-check = Última verificação da ligação: { $when }
menu-more = Mais ações
menu-edit = Editar
menu-disable = Desativar
menu-enable = Ativar
menu-delete = Eliminar
delete-store-question = Eliminar o repositório de identidades «{ $name }»?
delete-store-explanation = As suas definições e as palavras-passe guardadas para ele no porta-chaves são removidas. O diretório em si não é alterado.
cancel = Cancelar

## Detalhes do repositório de identidades
store-details-title = Detalhes do repositório de identidades
tab-general = Geral
tab-connection = Ligação
settings-pane = Definições
configurations = Configurações
field-store-type = Tipo de repositório
field-name = Nome
field-host = Nome de domínio ou nome de anfitrião
field-port = Porta
field-security = Segurança
security-insecure-warning = Sem cifragem, as palavras-passe atravessam a rede legíveis por qualquer pessoa no caminho. Use LDAPS ou StartTLS.
field-ca-file = Ficheiro de certificado de AC
field-ca-file-placeholder = Caminho de um ficheiro PEM (apenas para uma autoridade de certificação privada)
browse = Procurar…
file-dialog-none = Não foi escolhido nenhum ficheiro, ou este sistema não tem caixa de diálogo de ficheiros: escreva o caminho.
field-base-dn = DN base
field-login-attribute = Atributo de início de sessão
field-service-account = Conta de serviço
field-service-password = Palavra-passe da conta de serviço
field-service-password-placeholder = Guardada no porta-chaves do sistema; deixe vazio para manter a guardada
servers-in-priority-order = Servidores por ordem de prioridade (usa-se o primeiro que responder):
add-server = Adicionar servidor
remove = Remover
test-connection = Testar ligação
testing-connection = A testar a ligação…
test-server-ok = { $server }: ligado (contextos de nomenclatura: { $detail })
save = Guardar
back = ← Voltar
configurations-title = Configurações — { $store }
configurations-notifications-description = Servidor SMTP, destinatários e quem avisar sobre alterações

## Página das definições de notificação
notifications-settings-title = Notificações — { $store }
section-smtp-server = Servidor SMTP
section-recipients = Destinatários
section-also-notify = Notificar também
label-smtp-password = Palavra-passe SMTP
addresses-placeholder = Endereços separados por ;
also-notify-mail-enabled-note = As notificações só vão para utilizadores com correio ativado.
test-server = Testar servidor
test-notification-title = Notificação de teste
test-notification-address = Enviar um e-mail de teste para
test-notification-sending = A enviar…
test-notification-accepted = O servidor aceitou o e-mail de teste: { $answer }
settings-saved = Guardado. As definições aplicam-se à próxima alteração.
close = Fechar
ok = OK
filter-pending = Pendentes
filter-failed = Falhados
filter-all = Todos
queue-send = Enviar
history-all-stores = Todos os repositórios de identidades
history-change = { $attribute }: { $old } → { $new }
history-email = Notificação para { $address }: { $status }
store-saved = Repositório de identidades guardado.
unsaved-question = Sair sem guardar?
unsaved-explanation = Esta página tem alterações que ainda não foram guardadas.
unsaved-stay = Ficar
unsaved-leave = Sair sem guardar

## Editor de objetos: pesquisa
find-groups = Grupos
find-users = Utilizadores
find-placeholder = Nome, conta ou endereço de e-mail
find-search = Pesquisar
find-searching = { $count ->
    [one] A pesquisar… 1 encontrado até agora
   *[other] A pesquisar… { $count } encontrados até agora
}
find-found = { $count ->
    [one] 1 encontrado
   *[other] { $count } encontrados
}

## Editor de objetos: propriedades
group-properties = Propriedades do grupo
user-properties = Propriedades do utilizador
tab-members = Membros
tab-owner = Proprietário
tab-email = E-mail
tab-manager = Gestor
tab-attributes = Atributos
prop-display-name = Nome a apresentar
prop-description = Descrição
prop-email = E-mail
prop-notes = Notas
prop-title = Cargo
prop-telephone = Número de telefone
prop-manager = Gestor (DN)
members-add-placeholder = Nome ou DN da pessoa a adicionar
members-add = Adicionar…
owner-none = Este grupo não tem proprietário.
attr-read-only = só de leitura
attr-single = um valor
attr-multi = vários valores
reload = Recarregar
saving = A guardar…
apply = Aplicar
preview-title = Estas alterações vão ser guardadas:
saved-sent = Guardado. Foi-lhe enviado um e-mail de confirmação para { $address }.
saved-no-mail = Guardado. A sua conta não tem endereço de e-mail, por isso não foi enviada confirmação (as notificações só vão para utilizadores com correio ativado).
saved-queued = Guardado. O e-mail de confirmação para { $address } está em fila e será tentado de novo automaticamente: { $reason }
saved-failed = Guardado, mas não foi possível enviar o e-mail de confirmação para { $address }: { $reason }
saved-not-queued = Guardado, mas não foi possível pôr a notificação em fila: { $reason }
saved-plain = Guardado.

## Editor de objetos: iniciar sessão
nav-object-editor = Editor de objetos
sign-in-title = Inicie sessão com a sua conta do diretório
sign-in-store = Repositório de identidades
sign-in-user = Nome de utilizador
sign-in-password = Palavra-passe
sign-in-remember = Lembrar a palavra-passe (guardada no porta-chaves do sistema)
sign-in = Iniciar sessão
sign-in-busy = A iniciar sessão…
sign-in-no-store = Não há nenhum repositório de identidades ativado onde iniciar sessão. Crie ou ative um em Repositórios de identidades.
sign-in-enter-user = Introduza o seu nome de utilizador.
sign-in-enter-password = Introduza a sua palavra-passe.
signed-in-as = Sessão iniciada como { $name } em { $store }
signed-in-mail = Os e-mails de confirmação vão para { $address }
signed-in-no-mail = A sua conta não tem endereço de e-mail: não vai receber e-mails de confirmação.
sign-out = Terminar sessão
back-to-results = ← Voltar aos resultados
loading = A carregar…
group-scope-global = Global
group-scope-domain-local = Local de domínio
group-scope-universal = Universal
group-kind-security = Segurança
group-kind-distribution = Distribuição
group-scope-and-type = Âmbito do grupo: { $scope } · Tipo de grupo: { $kind }

## Definições (as da aplicação, na navegação)
# This language's name in itself, as the language list shows it.
language-name = Português
nav-settings = Definições
app-settings-title = Definições
app-settings-language = Idioma
app-settings-language-system = Igual ao sistema
app-settings-language-hint = Os e-mails de notificação seguem o idioma preferido de cada destinatário, seja qual for a escolha feita aqui.
app-settings-theme = Tema
app-settings-theme-system = Igual ao sistema
app-settings-theme-light = Claro
app-settings-theme-dark = Escuro
# A date and time as this language writes them (strftime, as jiff reads it);
# the time zone follows.
format-date-time = %d/%m/%Y, %H:%M:%S

## Ajuda da linha de comandos
cli-heading-usage = Utilização
cli-heading-commands = Comandos
cli-heading-options = Opções
cli-heading-arguments = Argumentos
cli-about = Admin Center e editor de objetos para Active Directory e diretórios LDAP, com notificação de alterações. Sem um comando, abre a janela.
cli-about-store = Gerir repositórios de identidades (os diretórios a que o dirdesk se liga)
cli-about-store-list = Listar os repositórios de identidades
cli-about-store-add = Adicionar um repositório de identidades
cli-about-store-edit = Alterar um repositório de identidades; as opções não indicadas ficam como estão
cli-about-store-remove = Remover um repositório de identidades e as suas palavras-passe
cli-about-store-enable = Ativar um repositório de identidades
cli-about-store-disable = Desativar um repositório de identidades (mantido, mas não oferecido para iniciar sessão)
cli-about-store-test = Testar a ligação a cada servidor de um repositório e registar o resultado
cli-about-notifications = Ver e alterar as definições de notificação de um repositório
cli-about-notifications-show = Ver as definições de notificação de um repositório
cli-about-notifications-set = Alterar as definições de notificação de um repositório; as opções não indicadas ficam como estão
cli-about-notifications-test = «{ test-server }»: enviar um e-mail de teste real e mostrar a resposta do servidor
cli-about-search = Procurar grupos e utilizadores pelo nome, com a sua própria conta
cli-about-show = Mostrar um objeto com todos os seus atributos
cli-about-edit = Alterar um objeto com a sua própria conta; mostra a alteração e quem foi avisado
cli-about-join = Aderir a um grupo por si próprio (quando o grupo o permite aos seus membros); mostra a alteração e quem foi avisado
cli-about-leave = Sair de um grupo por si próprio (quando o grupo o permite aos seus membros); mostra a alteração e quem foi avisado
cli-already-member = Já é membro de { $dn }: nada a alterar.
cli-not-a-member = Não é membro de { $dn }: nada a alterar.
cli-about-queue = Ver, enviar e eliminar e-mails de notificação em fila
cli-about-queue-list = Listar os e-mails de notificação em fila (por predefinição, os pendentes)
cli-about-queue-send = Enviar agora um e-mail em fila, ou todos os que esperam (--all)
cli-about-queue-delete = Eliminar um e-mail em fila que não foi enviado
cli-about-history = Mostrar as alterações feitas através do dirdesk
cli-about-help = Mostrar esta ajuda ou a do comando indicado
cli-arg-help = Mostrar a ajuda
cli-arg-version = Mostrar a versão
cli-arg-config-dir = Guardar a configuração e os dados em DIR (utilização portátil, testes)
cli-arg-json = Mostrar JSON em vez de uma tabela
cli-arg-notifications-show-json = Mostrar JSON em vez de texto
cli-arg-show-json = Mostrar JSON em vez de texto
cli-arg-name = O nome do repositório de identidades
cli-arg-store-add-name = O nome do repositório (único, sem distinguir maiúsculas de minúsculas)
cli-arg-store-edit-name = Um novo nome para o repositório (único, sem distinguir maiúsculas de minúsculas)
cli-arg-store = O nome do repositório de identidades
cli-arg-store-edit-store = O repositório a alterar
cli-arg-history-store = Apenas este repositório de identidades
cli-arg-store-type = ldap (Generic LDAP) ou ad (Active Directory)
cli-arg-hosts = HOST[:PORT], repetido por ordem de prioridade
cli-arg-security = ldaps (TLS desde o primeiro byte), starttls ou none (sem cifra, mostrado como inseguro)
cli-arg-ca-file = Ficheiro do certificado da AC (PEM) para servidores assinados por uma AC privada ("" remove-o)
cli-arg-base-dn = DN base: onde começam as pesquisas (dc=example,dc=test)
cli-arg-login-attribute = Atributo com que as pessoas iniciam sessão (uid, sAMAccountName, mail, …)
cli-arg-service-account = DN da conta de serviço (ou UPN / DOMÍNIO\utilizador no Active Directory)
cli-arg-service-password-stdin = Ler a palavra-passe da conta de serviço da entrada padrão
cli-arg-smtp-server = { label-smtp-server }: nome do anfitrião ou endereço IP do servidor de correio
cli-arg-smtp-port = Porta do servidor de correio (465 com SSL, 587 com STARTTLS)
cli-arg-smtp-security = ssl (TLS implícito), starttls ou none
cli-arg-smtp-ca-file = Ficheiro do certificado da AC (PEM) para um servidor de correio assinado por uma AC privada ("" remove-o)
cli-arg-from = { label-from }
cli-arg-smtp-user = Utilizador SMTP; ativa «{ label-use-smtp-auth }» ("" desativa-a)
cli-arg-smtp-password-stdin = Ler a palavra-passe SMTP da entrada padrão
cli-arg-to = Destinatários de todas as notificações, separados por «;»
cli-arg-cc = Destinatários em cópia de todas as notificações, separados por «;»
cli-arg-notifications-test-to = O endereço para onde enviar o e-mail de teste
cli-arg-logged-in-users = { section-also-notify }: { also-logged-in-users }
cli-arg-object-modified = { section-also-notify }: { also-object-modified }
cli-arg-group-owners = { section-also-notify }: { also-group-owners }
cli-arg-managers = { section-also-notify }: { also-managers }
cli-arg-added-members = { section-also-notify }: { also-added-members }
cli-arg-removed-members = { section-also-notify }: { also-removed-members }
cli-arg-public-group-owners = { section-also-notify }: { also-public-group-owners }
cli-arg-user = O nome de utilizador do diretório com que iniciar sessão
cli-arg-password-stdin = Ler a palavra-passe da entrada padrão
cli-arg-groups = Apenas grupos
cli-arg-users = Apenas utilizadores
cli-arg-text = Texto contido no nome (vazio: tudo)
cli-arg-dn = O nome distinto (DN) do objeto
cli-arg-set = Definir ATTR como VALUE (repetir para vários valores)
cli-arg-add = Adicionar VALUE a ATTR
cli-arg-remove = Remover VALUE de ATTR
cli-arg-clear = Remover todos os valores de ATTR
cli-arg-dry-run = Mostrar a alteração (atributo: antigo → novo) sem a aplicar
cli-arg-edit-dn = O nome distinto (DN) do objeto; ou uma edição em massa com --from, --filter ou --groups
cli-arg-edit-from = Uma edição em massa: todas as alterações de um ficheiro LDIF de registos de alteração (tal como o ldapmodify os lê) ou de uma folha CSV (dn,ATTR,…: substituir pelo valor da célula; uma célula vazia deixa-o como está)
cli-arg-edit-format = ldif ou csv (por omissão csv para um nome terminado em .csv, caso contrário ldif)
cli-arg-edit-clear-marker = Numa folha CSV, o texto de célula que limpa um atributo (por exemplo -)
cli-arg-edit-filter = Uma edição em massa de todos os objetos que um filtro LDAP (RFC 4515) encontra sob o DN base, com --set/--add/--remove/--clear
cli-arg-edit-groups = Uma edição em massa de todos os grupos cujo nome contém TEXT, com --set/--add/--remove/--clear
cli-arg-edit-in-flight = Alterações em curso ao mesmo tempo numa edição em massa (1–64)
cli-arg-edit-json = Edições em massa: um objeto JSON por alteração e depois um para toda a execução
cli-arg-pending = Apenas os e-mails à espera de envio (predefinição)
cli-arg-failed = Apenas os e-mails que não foi possível enviar
cli-arg-all = Todos os e-mails, seja qual for o seu destino
cli-arg-queue-send-all = Enviar todos os e-mails em espera
cli-arg-id = O número do e-mail, tal como «dirdesk queue list» o mostra
cli-arg-object = Apenas este objeto (o seu DN)
invalid-smtp-unencrypted-authentication = Sem cifragem, a palavra-passe SMTP atravessaria a rede legível por qualquer pessoa no caminho. Escolha SSL ou STARTTLS, ou permita-o explicitamente («Enviar a palavra-passe sem cifragem»; na linha de comandos --allow-unencrypted-auth on).
smtp-unencrypted-authentication = Não enviado: { $server } teria recebido a palavra-passe SMTP sem cifragem, o que estas definições não permitem. Escolha SSL ou STARTTLS na página Notificações do arquivo.
smtp-unencrypted-warning = Sem cifragem, a palavra-passe SMTP atravessa a rede legível por qualquer pessoa no caminho. Use SSL ou STARTTLS.
label-smtp-allow-unencrypted-auth = Enviar a palavra-passe sem cifragem
cli-arg-allow-unencrypted-auth = on: autenticar no servidor de correio mesmo com --smtp-security none, embora a palavra-passe atravesse então a rede legível
sign-in-remember-failed = Sessão iniciada, mas não foi possível guardar a palavra-passe no porta-chaves do sistema, pelo que será pedida da próxima vez: { $reason }
change-not-recordable = Não guardado: não foi possível registar a alteração antes de a fazer, pelo que nada foi alterado ({ $detail }).
ldap-own-entry-unreadable = A sua palavra-passe foi aceite, mas o diretório não deixa { $dn } ler a sua própria entrada (nome e endereço de email) e este arquivo de identidades não tem uma conta de serviço para a ler. Peça ao administrador do diretório que deixe os utilizadores ler a sua própria entrada, ou dê ao arquivo uma conta de serviço.
published-damaged = As definições publicadas no diretório estão danificadas e foram deixadas como estavam: { $detail }
published-newer = As definições publicadas no diretório estão no formato { $format }, mais recente do que este dirdesk conhece ({ $known }): atualize o dirdesk para as seguir. Não são alteradas a partir daqui.

## Published stores: one policy for every desk
invalid-login-dn-template = «{ $template }» não é um modelo de DN de início de sessão: tem de ser um DN com { "{" }user{ "}" } no lugar do nome de início de sessão, p. ex. uid={ "{" }user{ "}" },ou=people,dc=example,dc=test.
published-missing = Não há nada publicado no diretório em { $dn }.
published-unreadable = O diretório não deixa esta conta ler as definições publicadas em { $dn }: { $detail }
published-unusable = As definições publicadas em { $dn } não podem ser seguidas: { $problem }
published-no-settings-attribute = a entrada existe, mas o seu atributo { $attribute } não pode ser lido
publish-conflict = Não publicado: entretanto, outra pessoa publicou outras definições em { $dn } ({ $by }, { $when }). Nada foi alterado; são mostradas as definições publicadas agora — faça de novo a sua alteração.
publish-refused = Não publicado: o diretório recusou ({ $reason }). Nada foi alterado.
published-keeps-copy = { $problem } Este dirdesk continua a seguir a cópia que leu em { $when }.
smtp-needs-signed-in-user = Este e-mail é enviado com a conta da pessoa que fez a alteração, cuja palavra-passe o dirdesk só conhece enquanto ela tem sessão iniciada: fica à espera na fila e sai da próxima vez que essa pessoa guardar uma alteração.
smtp-no-store-password = A palavra-passe da conta SMTP «{ $user }» do repositório não está no porta-chaves deste computador: o e-mail fica à espera na fila. Quem a souber pode introduzi-la na página Notificações, ou com «dirdesk notifications set --store NAME --smtp-password-stdin».
cli-warning = aviso: { $message }
cli-one-secret-from-stdin = Só é possível ler uma palavra-passe da entrada padrão: indique --smtp-password-stdin e --password-stdin em dois comandos separados.
cli-publish-needs-account = Este computador não tem nenhuma conta de serviço para «{ $name }» com que escrever as definições publicadas: indique com --user uma conta a que o diretório permita escrevê-las.
cli-store-published = Definições partilhadas de «{ $name }» publicadas no diretório em { $dn }: cada dirdesk que as segue usa-as a partir da sua próxima alteração.
cli-store-unpublished = Removidas as definições publicadas em { $dn }. Os dirdesk que seguiam «{ $name }» mantêm a cópia que leram por último e são avisados de que a publicação desapareceu; este dirdesk mantém-nas como suas.
cli-store-follows = Segue as definições publicadas no diretório em { $dn } por { $by }, em { $when }.
cli-notifications-published = Definições de notificação de «{ $name }» publicadas no diretório em { $dn }.
cli-about-store-publish = Publicar no diretório as definições partilhadas de um repositório (nunca uma palavra-passe), para que cada dirdesk as siga
cli-about-store-unpublish = Remover do diretório as definições publicadas de um repositório
cli-arg-location = O DN da entrada publicada (predefinição: cn=dirdesk sob o DN base)
cli-arg-login-dn-template = LDAP genérico: o DN com que as pessoas iniciam sessão, em que { "{" }user{ "}" } representa o seu nome de início de sessão (uid={ "{" }user{ "}" },ou=people,dc=example,dc=test); não é precisa uma conta de serviço para as encontrar
cli-arg-smtp-auth = Como autenticar no servidor de correio: none (um relay), basic (a conta SMTP do repositório, --smtp-user), signed-in-user (o nome de utilizador e a palavra-passe do diretório de cada pessoa) ou oauth2 (um token de --oauth-token-endpoint: com --smtp-user e a respetiva palavra-passe, por password grant; sem eles, apenas como aplicação)
cli-arg-smtp-login-as = Com --smtp-auth signed-in-user: autenticar no servidor de correio com o nome de utilizador escrito (login) ou com o endereço de e-mail da pessoa (mail)
settings-source-local = Definições deste computador (não publicadas no diretório).
settings-source-published = Publicadas no diretório em { $dn } por { $by }, em { $when } (lidas pela última vez em { $read }).
settings-source-published-unread = Publicadas no diretório em { $dn } (ainda não lidas: são lidas no próximo início de sessão).
label-smtp-password-source = Palavra-passe SMTP
smtp-password-not-used = não usada
smtp-password-signed-in-user = a palavra-passe do diretório de cada pessoa, enquanto tem sessão iniciada
smtp-password-in-keychain = no porta-chaves deste computador
smtp-password-missing = não está no porta-chaves deste computador
published-read-only = Estas definições estão publicadas no diretório e este computador não tem nenhuma conta que as possa alterar: podem ser alteradas num dirdesk com a conta de serviço do repositório, ou com «dirdesk notifications set --store NAME --user …» como uma conta a que o diretório permita escrevê-las.
settings-publishing = A publicar no diretório…
label-smtp-signed-in-user = Iniciar sessão com as credenciais do utilizador com sessão iniciada
settings-published = Publicadas no diretório em { $dn }: cada dirdesk que segue a publicação usa estas definições a partir da sua próxima alteração.
publish-refused-access = Não publicado: o diretório não deixa esta conta alterar as definições publicadas ({ $detail }). Nada foi alterado.
machine-config-problem = Não foi possível usar o ficheiro de configuração do computador { $path }, por isso faltam os repositórios de identidades que ele adiciona: { $detail }
store-managed = Adicionado para todos os utilizadores deste computador pelo seu administrador.
cli-store-managed = «{ $name }» foi adicionado para todos os utilizadores deste computador pelo seu administrador ({ $path }); não pode ser removido aqui.
cli-notify-waiting = { $address }: à espera — { $reason }
smtp-test-needs-user = Cada pessoa entra neste servidor de correio com o seu próprio utilizador e palavra-passe, por isso o teste precisa de um: dirdesk notifications test --store NAME --to ADDRESS --user LOGIN --password-stdin.
published-foreign = A entrada { $dn } não são as definições publicadas pelo dirdesk (outro tipo de objeto tem esse nome): fica como está. Publique noutro sítio com --location.
publish-location-not-cn = a localização { $dn } tem de começar por cn= (a entrada é nomeada pelo seu cn)
field-login-dn-template = Modelo do DN de início de sessão (opcional)

## Big groups, Member Of, finding people as ADUC does
members-count = { $count ->
    [one] { $count } membro
   *[other] { $count } membros
}
members-shown = { $shown } de { $count } mostrados
members-reading-names = A ler nomes… { $read } de { $count }
members-filter-placeholder = Filtrar membros por nome ou DN
tab-member-of = Membro de
member-of-nested = Incluir os grupos de que é membro através de outros grupos
member-of-none = Não é membro de nenhum grupo.
member-of-count = { $count ->
    [one] Membro de { $count } grupo
   *[other] Membro de { $count } grupos
}
member-of-direct = direto
member-of-nested-via = através de outro grupo
member-of-primary = grupo principal
find-matched = { $attribute }: { $value }

## Kerberos single sign-on
kerberos-no-ticket = Não há nenhum ticket Kerberos: este computador não tem um início de sessão Windows/Kerberos para usar (no Linux ou no macOS, execute primeiro «kinit»). Em vez disso, inicie sessão com o seu nome de utilizador e palavra-passe.
kerberos-expired = O seu ticket Kerberos expirou: inicie sessão novamente no Windows (ou execute «kinit»), ou inicie sessão com o seu nome de utilizador e palavra-passe.
kerberos-clock-skew = O relógio deste computador e o do controlador de domínio diferem mais do que o Kerberos permite (5 minutos): acerte o relógio, ou inicie sessão com o seu nome de utilizador e palavra-passe.
kerberos-no-spn = O diretório não tem o principal de serviço Kerberos { $spn }: ligue-se ao controlador de domínio pelo seu nome completo (tal como está registado no diretório), ou inicie sessão com o seu nome de utilizador e palavra-passe.
kerberos-other = O início de sessão com Kerberos falhou: { $reason }
kerberos-signed-in = Sessão iniciada como { $principal } com o seu início de sessão Windows/Kerberos, dentro da ligação TLS verificada.
kerberos-mail-needs-password = Este repositório envia as confirmações com a sua própria conta de e-mail, que precisa da sua palavra-passe; um início de sessão Kerberos não dá nenhuma ao dirdesk. As suas confirmações ficam à espera na fila até iniciar sessão uma vez com o seu nome de utilizador e palavra-passe.
sign-in-kerberos = Iniciar sessão como { $principal }
kerberos-signed-in-sealed = Sessão iniciada como { $principal } com o seu início de sessão Windows/Kerberos; este repositório não usa TLS, por isso é o próprio Kerberos que cifra a ligação.
kerberos-no-sealing = { $server } não oferece cifragem Kerberos para uma ligação sem TLS, e o dirdesk nunca inicia sessão sem cifragem: escolha LDAPS ou StartTLS para este repositório, ou inicie sessão com o seu nome de utilizador e palavra-passe.
kerberos-not-inside-tls = { $server } não aceita um início de sessão Kerberos dentro de TLS ({ $reason }). Os controladores de domínio Windows aceitam-no; no Samba, a definição é «ldap server require strong auth = allow_sasl_over_tls». Até lá, inicie sessão com o seu nome de utilizador e palavra-passe, ou ligue-se a este repositório sem TLS: é então o próprio Kerberos que cifra a ligação.
kerberos-other-person = O bilhete Kerberos deste computador é agora de outra pessoa ({ $now }): nada mais é feito com este início de sessão. Inicie sessão novamente.
kerberos-kdc-timeout = O controlador de domínio Kerberos (KDC) não respondeu a tempo.
kerberos-other-realm = O bilhete Kerberos é de { $principal }, de um domínio Kerberos diferente do deste repositório ({ $realm }), e o diretório não consegue dizer quem é aqui: inicie sessão com o seu nome de utilizador e palavra-passe.
cli-arg-member-of = Listar também os grupos de que é membro (Membro de)
cli-arg-nested = Com --member-of: também os grupos de que é membro através de outros grupos
cli-arg-kerberos = Iniciar sessão com o seu bilhete Kerberos (o seu início de sessão do Windows, ou kinit) em vez de uma palavra-passe

## OAuth 2.0 for SMTP (Microsoft 365, Google)
oauth-bad-endpoint = O Token Endpoint «{ $endpoint }» não é um endereço https://: o dirdesk só envia um segredo do cliente através de TLS verificado.
oauth-no-client-secret = Não há nenhum segredo do cliente OAuth 2.0 para este repositório no porta-chaves deste computador: introduza o Client Secret na página Notificações ou use «dirdesk notifications set --oauth-client-secret-stdin».
oauth-wrong-client-secret = O ponto final de token recusou o Client ID ou o Client Secret ({ $detail }): verifique ambos na página Notificações; um segredo expirado tem de ser substituído por um novo, obtido no registo da aplicação.
oauth-wrong-password = O ponto final de token recusou o utilizador ou a palavra-passe ({ $detail }).
oauth-needs-mfa = O ponto final de token pede a esta conta um início de sessão multifator ({ $detail }), que um remetente de correio não pode dar: esta conta não deve exigir início de sessão multifator (exclua-a no Conditional Access do inquilino), ou deixe Utilizador e Palavra-passe vazios para enviar apenas como aplicação.
oauth-refused = O ponto final de token recusou-se a emitir um token: { $detail }
oauth-unreachable = Não é possível contactar o ponto final de token { $endpoint } ({ $detail }); os e-mails ficam à espera e são tentados novamente.
oauth-not-trusted = O ponto final de token { $endpoint } não é fidedigno ({ $detail }): adicione o respetivo certificado de AC ao ficheiro de certificado de AC do SMTP ou aos certificados fidedignos deste computador.
oauth-malformed = O ponto final de token { $endpoint } respondeu sem um token ({ $detail }).
smtp-token-refused = O servidor de correio recusou o token OAuth 2.0, mesmo um novo ({ $detail }): a caixa de correio ou a aplicação podem não ter permissão para enviar por SMTP (Exchange: SMTP AUTH ativado para a caixa de correio e a permissão SMTP.Send ou SMTP.SendAsApp para a aplicação).
smtp-needs-oauth = O servidor de correio não aceita palavras-passe ({ $detail }): este servidor precisa de OAuth 2.0 — escolha OAuth 2.0 em «Usar autenticação SMTP».
cli-oauth-needs-client-id = O OAuth 2.0 precisa do ID de cliente da aplicação: --oauth-client-id.
cli-arg-oauth-token-endpoint = Ponto final de token OAuth 2.0 (https://…/oauth2/v2.0/token)
cli-arg-oauth-client-id = ID de cliente OAuth 2.0 (o do registo da aplicação)
cli-arg-oauth-client-secret-stdin = Ler o segredo do cliente OAuth 2.0 da entrada padrão (também com --smtp-password-stdin: o segredo na primeira linha, a palavra-passe na segunda)
cli-arg-oauth-scope = Âmbitos OAuth 2.0, separados por espaços (p. ex. https://outlook.office365.com/.default)
label-smtp-auth-method = Autenticação
smtp-auth-basic = Basic
smtp-auth-oauth2 = OAuth 2.0 (Token Endpoint { $endpoint }, Client ID { $client }, Scope { $scope }; o Client Secret é guardado no porta-chaves deste computador)
label-oauth-token-endpoint = Token Endpoint
label-oauth-client-id = Client ID
label-oauth-client-secret = Client Secret
label-oauth-scope = Scope
smtp-auth-oauth2-choice = OAuth 2.0
invalid-oauth-client-id-empty = Introduza o Client ID do registo da aplicação.

## Notification Editor (templates)
template-email-change = Confirmação da alteração
template-email-test = E-mail de teste
template-email-digest = Resumo da edição em massa
template-part-subject = Assunto
template-part-html = HTML
template-part-text = Texto simples
template-problem-at = { $part }, linha { $line }, coluna { $column }: { $detail }
template-problem-line = { $part }, linha { $line }: { $detail }
template-problem = { $part }: { $detail }
template-unknown-tag = etiqueta desconhecida «{ $tag }»
template-tag-object-name = Nome do objeto
template-tag-object-kind = Tipo de objeto
template-tag-object-dn = Nome distinto do objeto
template-tag-changes = Tabela dos atributos alterados (valores antigos e novos)
template-tag-author-name = Alterado por: nome
template-tag-author-mail = Alterado por: endereço de e-mail
template-tag-author-dn = Alterado por: nome distinto
template-tag-when = Quando
template-tag-store = Repositório de identidades
template-tag-recipient-name = Nome do destinatário
template-tag-recipient-address = Endereço do destinatário
template-tag-own = Se foi o destinatário que fez a alteração
template-tag-reasons = Porque é que o destinatário recebe este e-mail
template-tag-server = Servidor de correio
template-tag-count = Número de objetos alterados
template-tag-objects = Tabela dos objetos e atributos alterados (valores antigos e novos)
template-tag-more = Quantos não estão listados (estão no anexo)
template-tag-attachment = Nome da lista anexa
template-built-in = incorporado
template-custom = próprio do repositório
template-custom-parts = próprio do repositório: { $parts }
cli-about-templates = O Editor de notificações: o texto dos e-mails que o dirdesk envia, por idioma
cli-about-templates-list = Listar os modelos de e-mail de um repositório e indicar quais são próprios
cli-about-templates-show = Mostrar o assunto, o HTML e o texto simples de um modelo (o próprio do repositório ou o incorporado)
cli-about-templates-set = Alterar um modelo; as partes não indicadas ficam como estão. É verificado antes de ser guardado
cli-about-templates-reset = Voltar ao modelo incorporado
cli-about-templates-preview = Preencher um modelo com uma alteração de exemplo: mostra o assunto e o texto simples
cli-arg-email = Que e-mail: change (a confirmação da alteração) ou test (o e-mail de «{ test-server }»)
cli-arg-lang = O idioma: da, de, en, es, fi, fr, is, it, nl, pt, sv ou tr
cli-arg-part = Mostrar só a fonte desta parte: subject, html ou text
cli-arg-subject = O assunto (etiquetas permitidas, p. ex. { "{{" } object.name { "}}" })
cli-arg-html-file = Um ficheiro com a parte HTML (UTF-8)
cli-arg-text-file = Um ficheiro com a parte de texto simples (UTF-8)
cli-arg-templates-preview-html = Escrever também a parte HTML preenchida em FILE, para abrir num navegador
cli-template-no-such-language = Não há nenhum modelo «{ $lang }»: os idiomas são { $languages }.
cli-template-nothing-to-set = Indique --subject, --html-file ou --text-file.
cli-template-refused = O modelo não foi guardado: { $problems }
cli-template-saved = Guardado:
cli-template-reset = De volta ao modelo incorporado:
cli-template-which = o e-mail «{ $email }» em «{ $lang }» de { $name }.
cli-template-unreadable = Não foi possível ler { $file }: { $error }
cli-template-too-big = { $file } tem { $size } bytes; uma parte de um modelo pode ter no máximo { $max }.
cli-template-not-utf8 = { $file } não é texto UTF-8 (no byte { $offset }).
cli-template-unwritable = Não foi possível escrever { $file }: { $error }
cli-template-html-written = A parte HTML está em { $file }.
template-editor-open = Editor de notificações
template-editor-title = Editor de notificações — { $store }
template-email = E-mail
template-language = Idioma
template-save-to-switch = Guarde ou descarte as suas alterações para escolher outro e-mail ou outro idioma.
template-tags = Etiquetas
template-tags-into = Clique numa etiqueta para a inserir em «{ $part }» na posição do cursor.
template-preview = Pré-visualização (com uma alteração de exemplo)
template-preview-own = Tal como o lê quem fez a alteração
template-no-preview = Sem pré-visualização enquanto o modelo tiver um problema.
template-reset = Repor modelo incorporado
template-discard = Descartar alterações
template-no-store = Adicione primeiro um repositório de identidades: os modelos pertencem a um repositório.
template-too-big = a parte tem { $size } bytes; uma parte de um modelo pode ter no máximo { $max }
template-store = Repositório de identidades

## Bulk edits (LDIF and CSV files)
bulk-problem-at = linha { $line }: { $detail }
bulk-same-object-twice = { $dn } é alterado duas vezes (a primeira na linha { $first }): junte todas as suas alterações num só registo
bulk-not-a-dn = «{ $dn }» não é um nome distinto
ldif-no-colon = «{ $text }» não tem a forma «nome: valor»
ldif-bad-base64 = o valor base64 de { $name } não se consegue descodificar: { $error }
ldif-not-text = o valor de { $name } não é texto UTF-8
ldif-no-urls = { $name } remete para um ficheiro ou URL (:<): indique o próprio valor
ldif-dn-first = um registo começa por dn:, não por { $name }:
ldif-no-controls = os controlos LDAP não são enviados nas edições em massa
ldif-only-modify = changetype: { $changetype } não é uma alteração de um objeto (só changetype: modify o é)
ldif-no-changetype = o registo de { $dn } não tem changetype: modify
ldif-other-attribute = { $name }: na secção de { $attribute }
ldif-add-without-values = add: { $attribute } não indica nenhum valor
ldif-unknown-operation = «{ $operation }» não é add, delete nem replace
ldif-nothing-to-change = o registo de { $dn } não altera nada
csv-dn-first = o cabeçalho da primeira coluna tem de ser dn
csv-empty-header = uma coluna não tem nome de atributo no cabeçalho
csv-header-twice = a coluna { $attribute } aparece duas vezes no cabeçalho
csv-wrong-field-count = { $found } campos onde o cabeçalho tem { $expected }
csv-no-dn = a linha não tem dn
bulk-unknown-attribute = o diretório não tem nenhum atributo { $attribute }
bulk-bad-dn = { $attribute } requer um nome distinto, não «{ $value }»
bulk-bad-integer = { $attribute } requer um número inteiro, não «{ $value }»
bulk-bad-boolean = { $attribute } requer TRUE ou FALSE, não «{ $value }»
bulk-bad-time = { $attribute } requer uma data e hora como 20261201120000Z, não «{ $value }»
bulk-bad-ascii = { $attribute } só aceita texto ASCII, não «{ $value }»
bulk-applied = aplicada
bulk-nothing-to-change = nada a alterar: o objeto já tem estes valores
bulk-conflict = outra pessoa alterou este objeto desde que foi lido; nada foi sobrescrito
bulk-refused = recusada: { $reason }
bulk-unknown = enviada, mas não chegou resposta ({ $reason }); a próxima execução ou gravação verifica se foi aplicada e regista-a uma só vez
bulk-not-sent = não enviada: { $reason }
bulk-cancelled = a execução foi cancelada
bulk-connection-lost = a ligação ao diretório perdeu-se
bulk-title = Edição em massa
bulk-explanation = Altere muitos objetos de uma vez: abra um ficheiro LDIF de registos de alteração (tal como o ldapmodify os lê) ou uma folha CSV (uma coluna dn e depois uma coluna por atributo), ou aplique uma mesma alteração aos objetos encontrados. Nada é escrito antes de ler a pré-visualização e clicar em «Aplicar».
bulk-file-placeholder = /caminho/para/changes.ldif ou changes.csv
bulk-open = Abrir ficheiro
bulk-attribute = Atributo
bulk-value = Valor
bulk-op-set = Definir como
bulk-op-add = Adicionar
bulk-op-remove = Remover
bulk-use-found = { $count ->
    [one] Editar o objeto encontrado
   *[other] Editar os { $count } objetos encontrados
}
bulk-use-selected = { $count ->
    [one] Editar o objeto selecionado
   *[other] Editar os { $count } objetos selecionados
}
bulk-previewed = { $count ->
    [one] Pré-visualização: { $count } alteração, { $problems } com problemas (nada é escrito até clicar em «Aplicar»).
   *[other] Pré-visualização: { $count } alterações, { $problems } com problemas (nada é escrito até clicar em «Aplicar»).
}
bulk-col-line = Linha
bulk-col-object = Objeto
bulk-col-old-new = Antigo → novo
bulk-col-outcome = Resultado
bulk-more-rows = { $count ->
    [one] … e mais { $count } linha.
   *[other] … e mais { $count } linhas.
}
bulk-apply = Aplicar
bulk-progress = { $done } de { $total }
bulk-outcomes = Aplicadas: { $applied } de { $count }; não aplicadas: { $failed }.
bulk-retry-failed = Repetir as falhadas
bulk-export-failed = Exportar as falhadas como CSV…
bulk-exported = { $count ->
    [one] { $count } linha falhada exportada.
   *[other] { $count } linhas falhadas exportadas.
}
bulk-close = Fechar edição em massa
cli-bulk-nothing-found = Nada a alterar: a pesquisa não encontrou objetos.
cli-bulk-unreadable = Não é possível ler { $path }: { $reason }
cli-bulk-not-utf8 = { $path } não é texto UTF-8: guarde-o como UTF-8 (com ou sem BOM).
cli-bulk-refused = Nada foi alterado: os problemas de { $source } estão listados acima.
cli-bulk-the-search = edição dos objetos encontrados
cli-bulk-row = linha { $line }: { $dn }: { $outcome }
cli-bulk-summary = Aplicadas: { $applied }; nada a alterar: { $unchanged }; alteradas por outra pessoa: { $conflicts }; recusadas: { $refused }; resposta perdida: { $unknown }; não enviadas: { $not_sent }.
cli-bulk-told-later = A ligação perdeu-se: as notificações desta execução seguem na próxima gravação ou execução, com as alterações cujas respostas se perderam.
cli-json-bulk-only = --json é para edições em massa (--from, --filter, --groups).

## The organisation's shared database (PostgreSQL)
database-url-bad = O endereço da base de dados «{ $url }» não pode ser usado: { $reason }
database-url-scheme = tem de começar por postgresql://
database-url-credentials = não pode conter um nome de utilizador nem uma palavra-passe (cada pessoa inicia sessão com a sua própria conta do diretório)
database-url-options = não pode conter opções (o TLS está sempre ativo e verificado)
database-url-no-host = não indica nenhum servidor
database-url-no-database = não indica nenhuma base de dados (postgresql://HOST:PORT/DB)
database-unreachable = A base de dados partilhada { $url } não responde: { $detail }
database-certificate = A base de dados partilhada { $url } tem um certificado em que este computador não confia, ou não oferece TLS: { $detail }
database-wrong-password = A base de dados partilhada { $url } recusou o seu início de sessão: { $detail }
database-ca-file = O ficheiro de certificado CA da base de dados partilhada { $url } não pode ser usado: { $detail }
database-no-role = Ainda não tem nenhuma conta na base de dados partilhada { $url }: peça ao seu administrador da base de dados que execute «dirdesk db sync-roles». ({ $detail })
database-not-allowed = A base de dados partilhada { $url } não o deixa entrar a partir daqui: { $detail }
database-missing = A base de dados partilhada { $url } não existe: { $detail }
database-not-set-up = A base de dados partilhada { $url } ainda não está preparada para o dirdesk: peça ao seu administrador da base de dados que execute «dirdesk db init».
database-newer = A base de dados partilhada { $url } foi preparada por um dirdesk mais recente (esquema { $version }; este conhece { $known }): atualize o dirdesk para a usar. Nada foi escrito.
database-refused = A base de dados partilhada { $url } recusou isto: { $detail }
database-other = A base de dados partilhada { $url } respondeu com um erro: { $detail }
db-check-not-set-up = O esquema não existe: execute «dirdesk db init».
db-check-behind = O esquema está na versão { $version }; este dirdesk traz a { $latest }: execute «dirdesk db migrate».
db-check-newer = O esquema está na versão { $version }, mais recente do que este dirdesk conhece ({ $latest }).
db-check-no-role = A função de grupo { $role } não existe: execute «dirdesk db init».
db-check-unsecured = A segurança ao nível da linha está desativada em { $table }: as pessoas poderiam ler o Histórico umas das outras.
db-check-history-writable = { $role } pode alterar ou remover linhas do Histórico: ao Histórico já não se poderia apenas acrescentar.
db-check-retention-open = Não é só dirdesk_admin que pode remover Histórico antigo.
db-check-added-policy = A política de segurança de linhas { $policy } não foi criada pelo dirdesk: pode deixar ler ou escrever o que não se deve.
db-check-owner-records = O proprietário das tabelas está em dirdesk_user: a segurança de linhas não se aplica ao proprietário, que por isso não deve registar alterações.
cli-db-no-database = O repositório «{ $name }» não indica nenhuma base de dados partilhada (dirdesk store edit --database postgresql://HOST:PORT/DB).
cli-db-needs-password = Na base de dados partilhada, inicia-se sessão com a palavra-passe do diretório: inicie sessão com o seu nome de utilizador e a sua palavra-passe, não com Kerberos.
cli-db-up-to-date = O esquema está atualizado (versão { $version }).
cli-db-applied = Migração { $version } aplicada: { $name }
cli-db-version = Versão do esquema: { $version } (este dirdesk: { $latest })
cli-db-my-roles = As suas funções: { $roles }
cli-db-no-roles = nenhuma
cli-db-problem = Problema: { $problem }
cli-db-all-well = Tudo está como o dirdesk o preparou.
cli-db-role-created = Criada a função de início de sessão { $login }
cli-db-role-granted = { $login } está agora em { $role }
cli-db-role-revoked = { $login } já não está em { $role }
cli-db-roles-as-they-were = As funções já correspondiam aos grupos.
cli-db-member-unread = Não foi possível ler o membro { $dn } ({ $reason }): nenhuma função foi alterada.
cli-db-group-empty = O grupo { $dn } está vazio: nenhuma função foi alterada (isso retiraria o acesso a todos).
cli-db-role-kept = { $login } continua em { $role }: essa pertença foi concedida por outra pessoa.
cli-db-role-skipped = { $login } deixado de fora: o PostgreSQL não o pode usar como nome de função (demasiado longo ou reservado).
cli-database-ca-without-database = --database-ca-file precisa de uma base de dados: indique também --database postgresql://HOST:PORT/DB.
cli-about-db = Preparar e verificar a base de dados partilhada (PostgreSQL) de um repositório, para administradores de bases de dados
cli-about-db-init = Criar as funções de grupo dirdesk_user e dirdesk_admin e o esquema (pode ser executado de novo sem risco)
cli-about-db-migrate = Atualizar o esquema para a versão deste dirdesk
cli-about-db-check = Indicar a versão do esquema, as suas funções e se as proteções do Histórico se mantêm
cli-about-db-sync-roles = Criar funções de início de sessão para as pessoas de dois grupos do diretório e torná-las membros de dirdesk_user ou dirdesk_admin
cli-arg-users-group = O grupo cujos membros registam as suas alterações e leem o seu próprio Histórico
cli-arg-admins-group = O grupo cujos membros leem o Histórico e a fila de todos
cli-arg-database = O Histórico e a fila partilhados da organização, postgresql://HOST:PORT/DB ("" volta ao ficheiro próprio deste dirdesk); publicado com o repositório
cli-arg-database-ca-file = Ficheiro do certificado CA (PEM) com que o certificado da base de dados é verificado ("" remove-o)
database-no-bulk-yet = Este dirdesk ainda não regista edições em massa na base de dados partilhada: nada foi alterado. Edite os objetos um de cada vez ou atualize o dirdesk.
queue-finished-elsewhere = outro dos seus postos registou esta alteração entretanto; não é registada duas vezes.
history-bad-date = «{ $date }» não é uma data: escreva 2026-11-30 ou 2026-11-30T08:00:00Z.
history-col-when = Quando
history-col-store = Repositório de identidades
history-col-object = Objeto
history-col-dn = DN
history-col-author = Alterado por
history-col-attribute = Atributo
history-col-old = Valor anterior
history-col-new = Novo valor
history-col-told = Notificações
cli-history-needs-user = O repositório «{ $name }» guarda o seu Histórico numa base de dados partilhada: inicie sessão com --user e --password-stdin para o ler.
cli-history-written = Alterações escritas em { $path }: { $count }.
cli-arg-user-filter = Apenas as alterações feitas por esta pessoa (o seu nome de início de sessão)
cli-arg-attribute = Apenas as alterações deste atributo
cli-arg-contains = Apenas as alterações em que um valor anterior ou novo contém este texto
cli-arg-since = A partir deste dia (2026-11-30) ou momento (2026-11-30T08:00:00Z)
cli-arg-until = Até ao fim deste dia, ou até este momento
cli-arg-csv = Escrever as alterações neste ficheiro como CSV, uma linha por atributo
cli-arg-history-user = Quem inicia sessão para ler a base de dados partilhada de um repositório
queue-not-here = O e-mail { $id } para { $address } não foi enviado a partir deste dirdesk: { $reason }
queue-waits-for-sender = sai com a própria conta de e-mail de { $login }, a partir de um dirdesk onde { $login } tenha sessão iniciada
cli-queue-needs-user = O repositório «{ $name }» guarda a sua fila numa base de dados partilhada: inicie sessão com --user e --password-stdin.
cli-queue-local-store = O repositório «{ $name }» guarda a sua fila neste dirdesk: não é preciso iniciar sessão (omita --user).
cli-queue-no-shared-store = Nenhum repositório de identidades daqui guarda a sua fila numa base de dados partilhada: omita --user para usar a fila própria deste dirdesk.
cli-queue-which-store = Vários repositórios de identidades daqui guardam a sua fila numa base de dados partilhada: indique um com --store.
history-filter-user = Alterado por (nome de utilizador)
history-filter-object = Objeto (DN)
history-filter-attribute = Atributo
history-filter-contains = O valor anterior ou novo contém
history-filter-since = De
history-filter-until = Até
history-search = Pesquisar
history-clear = Limpar
history-export = Exportar CSV…
history-previous = Anterior
history-next = Seguinte
history-page = Página { $number }
history-recorded-by = registado por { $login } em { $at }
history-source-this-desk = Registado neste dirdesk.
history-source-shared = Da base de dados da organização { $database }, como { $person }.
history-sign-in-first = «{ $store }» guarda o seu Histórico e a sua fila na base de dados da organização { $database }: inicie sessão em «{ $store }» no Editor de objetos para os ver.
keep-days = { $count ->
    [one] { $count } dia
   *[other] { $count } dias
}
keep-months = { $count ->
    [one] { $count } mês
   *[other] { $count } meses
}
keep-years = { $count ->
    [one] { $count } ano
   *[other] { $count } anos
}
keep-all = Tudo (nada é removido)
keep-unknown = «{ $text }» não é uma opção de retenção: use uma de { $choices }.
keep-other = um período que este dirdesk não oferece
cli-db-retention = O Histórico é mantido durante { $keep } (escolhido por { $who }, { $at }); as entradas mais antigas são removidas pelos postos, exceto as que um e-mail ainda aguarda.
cli-db-retention-unchosen = Todo o Histórico é mantido: nenhum administrador escolheu durante quanto tempo.
cli-db-retention-removed = Foram removidas { $count } entradas do Histórico mais antigas do que isso.
cli-about-db-retention = Indicar durante quanto tempo o Histórico partilhado é mantido ou (membros de dirdesk_admin) escolhê-lo
cli-arg-keep = 30-days, 60-days, 90-days, 6-months, 1-year, 2-years, 5-years ou all (nada é removido)
history-keep = Manter o Histórico:
history-keep-chosen-by = escolhido por { $who }
history-kept = Mantido como escolhido: { $count } entradas mais antigas removidas.
cli-history-uploaded = Foram carregadas { $added } das suas alterações do Histórico deste dirdesk; { $there } já lá estavam.
cli-history-left-for = { $count } feitas por { $name } ficam neste dirdesk até essa pessoa as carregar (com sessão iniciada em seu próprio nome).
cli-arg-upload = Adicionar as suas alterações no Histórico próprio deste dirdesk para o repositório à base de dados partilhada deste (uma vez: executá-lo de novo não adiciona nada)
queue-waits-for-store-account = sai com a própria conta de e-mail do repositório, a partir de um dirdesk configurado para enviar com ela
