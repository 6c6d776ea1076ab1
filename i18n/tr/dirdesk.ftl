# dirdesk — Türkçe

## Pencere ve gezinme
app-title = dirdesk Admin Center
nav-identity-stores = Kimlik Depoları
nav-notifications = Bildirimler
nav-history = Geçmiş

## “Kimlik Depoları” sayfası
identity-stores-title = Kimlik Depoları
identity-stores-create = Kimlik Deposu Oluştur
identity-stores-empty = Henüz kimlik deposu yok. dirdesk’i bir Active Directory etki alanına veya bir LDAP dizinine bağlamak için “Kimlik Deposu Oluştur”a tıklayın.

## “Bildirimler” (kuyruk) sayfası
notifications-title = Bildirimler
notifications-empty = Kuyrukta bildirim yok.

## “Geçmiş” sayfası
history-title = Geçmiş
history-empty = dirdesk üzerinden henüz bir değişiklik yapılmadı.

## Komut satırı
cli-error = hata: { $message }

## Ayırt edici adlar (DN)
dn-empty = DN boş
dn-missing-equals = “{ $part }” içinde “=” yok: bir DN’nin her parçası cn=Ad biçimindedir
dn-bad-attribute-type = “{ $part }” bir öznitelik türü değil
dn-empty-value = “{ $part }” değeri boş
dn-bad-escape = “{ $part }” yarım kalmış bir kaçış dizisiyle bitiyor

## Kimlik depoları ve bildirim ayarlarının denetimi
invalid-name-empty = Kimlik deposu için bir ad girin.
invalid-name-taken = “{ $name }” adlı bir kimlik deposu zaten var.
invalid-no-servers = En az bir sunucu ekleyin (etki alanı adı veya ana bilgisayar adı).
invalid-host = “{ $host }” bir ana bilgisayar adı veya IP adresi değil.
invalid-port = { $server } bağlantı noktası 1 ile 65535 arasında olmalıdır.
invalid-base-dn = Temel DN geçerli değil: { $reason }.
invalid-login-attribute = “{ $attribute }” bir öznitelik adı değil.
invalid-service-account = “{ $account }” bir hizmet hesabı değil: bir DN girin (Active Directory için kullanıcı@etkialanı veya ETKİALANI\kullanıcı da olur).
invalid-smtp-server-empty = Bildirimleri gönderen SMTP sunucusunu girin.
invalid-smtp-port = SMTP bağlantı noktası 1 ile 65535 arasında olmalıdır.
invalid-ssl-on-25 = 25 numaralı bağlantı noktası SSL kullanmaz: 25 veya 587’de STARTTLS ya da 465’te SSL kullanın.
invalid-from = “{ $address }”, “Gönderen e-posta adresi” için geçerli bir e-posta adresi değil.
invalid-smtp-username-empty = SMTP kullanıcı adını girin ya da “SMTP kimlik doğrulaması kullan” seçeneğini kapatın.
invalid-address = “{ $address }” bir e-posta adresi değil.

## Yapılandırma dosyası
config-damaged = { $path } yapılandırma dosyası { $line }. satır, { $column }. sütunda bozuk: { $reason }. Dosya olduğu gibi bırakıldı ve bir kopyası { $backup } içinde saklandı. Düzeltin ya da baştan başlamak için başka bir yere taşıyın.
config-newer = { $path } yapılandırma dosyası daha yeni bir dirdesk tarafından yazılmış (biçim { $version }); bu sürüm dosyayı değiştirmez.
config-io = { $path } okunamıyor veya yazılamıyor: { $reason }

## Anahtarlık
keychain-unavailable = Kullanılabilir bir anahtarlık yok: { $reason }. dirdesk parolaları yalnızca işletim sisteminin anahtarlığında saklar; anahtarlığın kilidini açın veya başlatın (Linux’ta GNOME Keyring ya da KWallet gibi bir Secret Service) ve yeniden deneyin.
keychain-failed = Anahtarlık reddetti: { $reason }

## Dizin bağlantıları
ldap-refused = { $server } bağlantıyı reddetti: dizin sunucusu çalışıyor mu ve bağlantı noktası doğru mu?
ldap-unreachable = { $server } sunucusuna ulaşılamıyor: { $reason }
ldap-timeout = { $server } zamanında yanıt vermedi.
ldap-cert-not-trusted = { $server } sunucusunun TLS sertifikasına güvenilmiyor: “{ $subject }”, veren “{ $issuer }”. Kuruluşunuzun kendi sertifika yetkilisi varsa onun CA sertifika dosyasını seçin.
ldap-cert-wrong-name = { $server } sunucusunun TLS sertifikası (“{ $subject }”) başka adlar için: { $names }. Bu adlardan biriyle bağlanın.
ldap-cert-expired = { $server } sunucusunun TLS sertifikasının (“{ $subject }”) süresi doldu.
ldap-cert-other = { $server } sunucusunun TLS sertifikası (“{ $subject }”) reddedildi: { $reason }
ldap-tls = { $server } ile TLS başarısız oldu: { $reason }
ldap-wrong-credentials = Kullanıcı adı veya parola yanlış.
ldap-tls-required = { $server } bunun için şifreli bir bağlantı istiyor: LDAPS veya StartTLS seçin.
ldap-base-dn-not-found = “{ $base_dn }” temel DN’si sunucuda yok.
ldap-base-dn-not-found-anonymous = “{ $base_dn }” temel DN’si bulunamadı; hizmet hesabı olmadan sunucu onu anonim kullanıcılardan gizliyor olabilir.
ldap-server-error = Sunucu { $code } hatasıyla yanıt verdi: { $text }
ldap-disconnected = Dizin bağlantısı koptu: { $reason }
ldap-referral = Dizin başka bir sunucuya yönlendirdi ({ $to }). dirdesk yalnızca kimlik deposunun kendi sunucularıyla konuşur, bu yüzden yönlendirmeyi izlemedi.
ldap-too-many-results = Dizin { $limit } sonucun ötesinde sonuç göndermeyi sürdürdü; dirdesk okumayı bıraktı. Aramayı daraltın.
ldap-malformed = { $server } geçerli LDAP olmayan bir yanıt gönderdi; hiçbir şey değiştirilmedi.
connection-server-failed = { $server }: { $reason }

## Ortak etiketler (makalenin sözcükleri)
store-type-ad = Active Directory
store-type-ldap = Genel LDAP
security-ldaps = LDAPS
security-starttls = StartTLS
security-none = Yok (güvensiz)
status-healthy = Sağlıklı
status-errors = Hatalar
status-not-checked = Denetlenmedi
smtp-security-ssl = SSL etkin
smtp-security-starttls = STARTTLS
smtp-security-none = Yok (güvensiz)
label-smtp-server = SMTP Sunucusu
label-from = Gönderen e-posta adresi
label-port = Bağlantı noktası
label-smtp-security = Güvenlik
label-use-smtp-auth = SMTP kimlik doğrulaması kullan
label-smtp-username = SMTP kullanıcı adı
label-smtp-ca-file = CA sertifika dosyası
label-to = Kime:
label-cc = Bilgi:
also-logged-in-users = Oturum açmış kullanıcılar, kendi işlemleri için
also-object-modified = Değiştirilen nesne
also-group-owners = Grup sahipleri, kendi grupları için
also-managers = Yöneticiler, doğrudan bağlı çalışanları için
also-added-members = Gruba yeni eklenen üyeler, eklendiklerinde
also-removed-members = Gruptan çıkarılan üye, çıkarıldığında
also-public-group-owners = Herkese açık grup sahibi, üyelik değişikliklerinde
membership-join = Katıl
membership-leave = Ayrıl
my-groups = Gruplarım
column-name = AD
column-type = TÜR
column-servers = SUNUCULAR
column-security = GÜVENLİK
column-base-dn = TEMEL DN
column-enabled = ETKİN
column-status = DURUM
column-last-check = SON DENETİM
yes = evet
no = hayır
on = açık
off = kapalı

## Komut satırı iletileri
cli-no-such-store = “{ $name }” adlı bir kimlik deposu yok.
cli-no-stores = Henüz kimlik deposu yok. Şununla bir tane ekleyin: dirdesk store add --help
cli-bad-host = “{ $host }”, ANA_BİLGİSAYAR veya ANA_BİLGİSAYAR:BAĞLANTI_NOKTASI biçiminde değil.
cli-bad-addresses = E-posta adresi değil: { $addresses }
cli-empty-password = Standart girdiden okunan parola boş.
cli-prompt-service-password = Hizmet hesabının parolası:
cli-store-added = “{ $name }” kimlik deposu eklendi.
cli-store-saved = “{ $name }” kimlik deposu kaydedildi.
cli-store-removed = “{ $name }” kimlik deposu ve parolaları kaldırıldı.
cli-store-enabled = “{ $name }” kimlik deposu etkinleştirildi.
cli-store-disabled = “{ $name }” kimlik deposu devre dışı bırakıldı.
cli-test-server-ok = { $server }: bağlandı ({ $vendor }; adlandırma bağlamları: { $contexts })
cli-test-healthy = “{ $name }” sağlıklı.
cli-test-errors = “{ $name }” içinde hatalar var: { $reason }
cli-notifications-saved = “{ $name }” bildirim ayarları kaydedildi.
ldap-no-service-password = Hizmet hesabı için kayıtlı parola yok: --service-password-stdin ile ayarlayın.

## Nesneleri düzenleme
edit-read-only = “{ $attribute }” dizin tarafından yönetilir ve değiştirilemez.
edit-binary = “{ $attribute }” ikili veri içerir; dirdesk bunu düzenlemez.
edit-single-valued = “{ $attribute }” yalnızca bir değer alır.
ldap-account-locked = Bu hesap kilitli. Yöneticinizden kilidi açmasını isteyin.
ldap-account-disabled = Bu hesap devre dışı.
ldap-password-expired = Bu hesabın parolasının süresi doldu ya da oturum açmadan önce değiştirilmesi gerekiyor.
ldap-no-such-object = “{ $dn }” (artık) yok.
change-nothing = Kaydedilecek bir şey yok: değerler dizindekilerle aynı.
change-conflict = Kaydedilmedi: siz açtığınızdan beri bu nesneyi başka biri değiştirdi. Güncel değerleri görmek için yeniden yükleyin.
change-insufficient-access = Kaydedilmedi: bunu değiştirme izniniz yok ({ $detail }).
membership-closed-join = Bu grup, üyelerin kendi başlarına katılmasına izin vermiyor. Dizinin yanıtı: { $detail }
membership-closed-leave = Bu grup, üyelerin kendi başlarına ayrılmasına izin vermiyor. Dizinin yanıtı: { $detail }
change-schema-violation = Kaydedilmedi: dizin bu değeri kabul etmiyor ({ $detail }).
change-refused = Kaydedilmedi: dizin değişikliği reddetti ({ $detail }).
change-busy = Kaydedilmedi: dizin meşgul veya kullanılamıyor ({ $detail }). Biraz sonra yeniden deneyin.
kind-group = grup
kind-user = kullanıcı
kind-other = nesne
no-value = (değer yok)
binary-value = <ikili, { $bytes } bayt>
cli-store-disabled-sign-in = “{ $name }” kimlik deposu devre dışı.
cli-prompt-password = { $user } için parola:
cli-password-needed = Parola gerekli: --password-stdin kullanın ya da bir terminalde çalıştırın.
cli-found = { $count ->
    [one] 1 nesne bulundu.
   *[other] { $count } nesne bulundu.
}
cli-finished-earlier-change = Önceki bir çalıştırmanın kaydettiği ama işlemediği bir değişiklik tamamlandı: { $change }
cli-bad-pair = “{ $pair }”, ÖZNİTELİK=DEĞER biçiminde değil.
cli-no-edits = Değiştirilecek bir şey yok: --set, --add, --remove veya --clear kullanın.
cli-changed = “{ $name }” ({ $kind }, { $dn }), { $author } olarak { $at } tarihinde değiştirildi:
cli-current-value = { $attribute } şimdi: { $value }

## Bildirim e-postaları
email-subject-own = Değişikliğiniz: { $kind } “{ $name }”
email-subject-other = { $kind } “{ $name }”, { $author } tarafından değiştirildi
email-greeting = Merhaba { $name },
email-greeting-anonymous = Merhaba,
email-intro-own = { $store } içindeki şu nesnede yaptığınız değişikliği onaylıyoruz: { $kind } “{ $name }”.
email-intro-other = { $author }, { $store } içindeki şu nesneyi değiştirdi: { $kind } “{ $name }”.
email-label-object = Nesne
email-label-dn = Ayırt edici ad
email-label-author = Değiştiren
email-label-when = Zaman
email-col-attribute = Öznitelik
email-col-old = Eski değer
email-col-new = Yeni değer
email-added = Eklendi
email-removed = Çıkarıldı
email-no-value = (yok)
email-why-logged-in-user = Bu değişikliği siz yaptığınız için bu e-postayı alıyorsunuz.
email-why-list = Bu adres kimlik deposunun bildirim listesinde olduğu için bu e-postayı alıyorsunuz.
email-why-object = Değişiklik sizi veya üyesi olduğunuz bir grubu ilgilendirdiği için bu e-postayı alıyorsunuz.
email-why-owner = Bu grubun sahibi olduğunuz için bu e-postayı alıyorsunuz.
email-why-manager = Değişiklik doğrudan bağlı çalışanlarınızdan birini ilgilendirdiği için bu e-postayı alıyorsunuz.
email-why-added = Bu gruba eklendiğiniz için bu e-postayı alıyorsunuz.
email-why-removed = Bu gruptan çıkarıldığınız için bu e-postayı alıyorsunuz.
email-why-public-owner = Bu grubun sahibi olduğunuz ve biri gruba kendi başına katıldığı ya da gruptan ayrıldığı için bu e-postayı alıyorsunuz.
email-footer = dirdesk ile gönderildi.
email-digest-subject-own = { $store } içinde yaptığınız değişiklikler: { $count }
email-digest-subject-other = { $store } içinde { $author } tarafından yapılan değişiklikler: { $count }
email-digest-intro-own = { $store } içinde tek seferde yaptığınız değişiklikleri onaylıyoruz: toplam { $count }.
email-digest-intro-other = { $author }, { $store } içinde tek seferde değişiklikler yaptı: toplam { $count }.
email-digest-more = İlk { $listed } tanesi burada listeleniyor; tam liste (toplam { $count }) ekteki { $file } dosyasında.
email-digest-why-logged-in-user = Bu değişiklikleri siz yaptığınız için bu e-postayı alıyorsunuz.
email-digest-why-object = Bu değişiklikler sizi veya üyesi olduğunuz grupları ilgilendirdiği için bu e-postayı alıyorsunuz.
email-digest-why-owner = Değiştirilen grupların sahibi olduğunuz için bu e-postayı alıyorsunuz.
email-digest-why-manager = Bu değişiklikler doğrudan bağlı çalışanlarınızı ilgilendirdiği için bu e-postayı alıyorsunuz.
email-digest-why-added = Gruplara eklendiğiniz için bu e-postayı alıyorsunuz.
email-digest-why-removed = Gruplardan çıkarıldığınız için bu e-postayı alıyorsunuz.
email-digest-why-public-owner = Kişilerin kendi başlarına katıldığı ya da ayrıldığı grupların sahibi olduğunuz için bu e-postayı alıyorsunuz.

## Bildirim kuyruğu
queue-error = { $path } bildirim kuyruğu kullanılamıyor: { $reason }
queue-disk-full = bulunduğu disk dolu. Yer açın; hiçbir şey kaybolmadı.
queue-read-only = klasörüne yazılamıyor (salt okunur). Hiçbir şey kaybolmadı.

## Posta sunucusu
smtp-not-configured = Deponun bildirim ayarlarında SMTP sunucusu yok.
smtp-refused = { $server } posta sunucusu bağlantıyı reddetti: çalışıyor mu ve bağlantı noktası doğru mu?
smtp-timeout = { $server } posta sunucusu zamanında yanıt vermedi.
smtp-not-trusted = { $server } posta sunucusunun TLS sertifikasına güvenilmiyor ({ $detail }). Kuruluşunuzun kendi sertifika yetkilisi tarafından imzalandıysa onun CA sertifika dosyasını ayarlayın.
smtp-tls = { $server } posta sunucusuyla TLS başarısız oldu: { $detail }
smtp-auth-failed = Posta sunucusu SMTP kullanıcı adını veya parolasını reddetti: { $detail }
smtp-sender-refused = Posta sunucusu gönderen adresini reddetti: { $detail }
smtp-recipient-refused = Posta sunucusu alıcıyı reddetti: { $detail }
smtp-permanent = Posta sunucusu iletiyi reddetti: { $detail }
smtp-temporary = Posta sunucusu iletiyi şu anda alamadı: { $detail }
test-email-subject = dirdesk test bildirimi
test-email-body = Bu, dirdesk’in { $server } üzerinden gönderdiği bir test e-postasıdır. Okuyabiliyorsanız bildirimler size ulaşıyor demektir.
cli-notify-sent = { $address }: gönderildi ({ $answer })
cli-notify-queued = { $address }: kuyrukta — { $reason } Otomatik olarak yeniden denenecek (dirdesk queue send --all hemen gönderir; paylaşılan veritabanı olan bir depo için --user ile).
cli-notify-failed = { $address }: gönderilmedi — { $reason }
cli-notify-not-mail-enabled = { $dn }: gönderilmedi — hesabın e-posta adresi yok (bildirimler yalnızca e-posta etkin kullanıcılara gider).
cli-notify-malformed = { $who }: gönderilmedi — “{ $address }” kullanılabilir bir e-posta adresi değil.
cli-notify-unwritten = { $who }: gönderilmedi — e-posta yazılamadı: { $problem }
cli-notify-none = Bu değişiklik için bildirim yok (bu kimlik deposunda hiçbiri açık değil).
cli-test-email-sent = { $address } adresine test e-postası sunucu tarafından kabul edildi: { $answer }
queue-status-pending = Bekliyor
queue-status-sending = Sürüyor
queue-status-sent = Gönderildi
queue-status-failed = Başarısız
queue-col-id = Kimlik
queue-col-status = Durum
queue-col-subject = Konu
queue-col-date = Tarih
queue-col-to = Kime
queue-col-from = Kimden
queue-col-cc = Bilgi
queue-col-last-retry = Son deneme
queue-col-retry-count = Deneme sayısı
queue-col-in-progress = Sürüyor
queue-last-error = son hata: { $error }
queue-no-such-email = Kuyrukta { $id } kimlikli gönderilmemiş e-posta yok.
queue-deleted = { $id } numaralı e-posta kuyruktan silindi.
queue-store-gone = Kuyruktaki { $count } e-posta artık var olmayan bir kimlik deposuna ait.
history-line = { $at }  { $author }, { $store } içinde “{ $name }” ({ $dn }) nesnesini değiştirdi

## Kimlik deposu kartları
store-disabled-badge = Devre dışı
store-last-check = Son bağlantı denetimi: { $when }
menu-more = Diğer işlemler
menu-edit = Düzenle
menu-disable = Devre dışı bırak
menu-enable = Etkinleştir
menu-delete = Sil
delete-store-question = “{ $name }” kimlik deposu silinsin mi?
delete-store-explanation = Ayarları ve anahtarlıkta onun için saklanan parolalar kaldırılır. Dizinin kendisi değişmez.
cancel = İptal

## Kimlik Deposu Ayrıntıları
store-details-title = Kimlik Deposu Ayrıntıları
tab-general = Genel
tab-connection = Bağlantı
settings-pane = Ayarlar
configurations = Yapılandırmalar
field-store-type = Depo Türü
field-name = Ad
field-host = Etki alanı adı veya ana bilgisayar adı
field-port = Bağlantı noktası
field-security = Güvenlik
security-insecure-warning = Şifreleme olmadan parolalar ağda, yol üzerindeki herkesin okuyabileceği şekilde gider. LDAPS veya StartTLS kullanın.
field-ca-file = CA sertifika dosyası
field-ca-file-placeholder = Bir PEM dosyasının yolu (yalnızca özel bir sertifika yetkilisi için)
browse = Gözat…
file-dialog-none = Dosya seçilmedi ya da bu sistemde dosya iletişim kutusu yok: yolu yazın.
field-base-dn = Temel DN
field-login-attribute = Oturum açma özniteliği
field-service-account = Hizmet Hesabı
field-service-password = Hizmet Hesabı Parolası
field-service-password-placeholder = Sistem anahtarlığında saklanır; kayıtlı olanı korumak için boş bırakın
servers-in-priority-order = Öncelik sırasına göre sunucular (ilk yanıt veren kullanılır):
add-server = Sunucu ekle
remove = Kaldır
test-connection = Bağlantıyı Sına
testing-connection = Bağlantı sınanıyor…
test-server-ok = { $server }: bağlandı (adlandırma bağlamları: { $detail })
save = Kaydet
back = ← Geri
configurations-title = Yapılandırmalar — { $store }
configurations-notifications-description = SMTP sunucusu, alıcılar ve değişikliklerden kimlere haber verileceği

## Bildirim ayarları sayfası
notifications-settings-title = Bildirimler — { $store }
section-smtp-server = SMTP Sunucusu
section-recipients = Alıcılar
section-also-notify = Ayrıca Bildir
label-smtp-password = SMTP parolası
addresses-placeholder = ; ile ayrılmış adresler
also-notify-mail-enabled-note = Bildirimler yalnızca e-posta etkin kullanıcılara gider.
test-server = Sunucuyu Sına
test-notification-title = Test Bildirimi
test-notification-address = Şu adrese test e-postası gönder
test-notification-sending = Gönderiliyor…
test-notification-accepted = Sunucu test e-postasını kabul etti: { $answer }
settings-saved = Kaydedildi. Ayarlar bir sonraki değişiklikten itibaren geçerli.
close = Kapat
ok = Tamam
filter-pending = Bekleyen
filter-failed = Başarısız
filter-all = Tümü
queue-send = Gönder
history-all-stores = Tüm kimlik depoları
history-change = { $attribute }: { $old } → { $new }
history-email = { $address } adresine bildirim: { $status }
store-saved = Kimlik deposu kaydedildi.
unsaved-question = Kaydetmeden çıkılsın mı?
unsaved-explanation = Bu sayfada henüz kaydedilmemiş değişiklikler var.
unsaved-stay = Kal
unsaved-leave = Kaydetmeden çık

## Nesne düzenleyici: arama
find-groups = Gruplar
find-users = Kullanıcılar
find-placeholder = Ad, hesap veya e-posta adresi
find-search = Ara
find-searching = { $count ->
    [one] Aranıyor… şimdiye kadar 1 bulundu
   *[other] Aranıyor… şimdiye kadar { $count } bulundu
}
find-found = { $count ->
    [one] 1 bulundu
   *[other] { $count } bulundu
}

## Nesne düzenleyici: özellikler
group-properties = Grup özellikleri
user-properties = Kullanıcı özellikleri
tab-members = Üyeler
tab-owner = Sahip
tab-email = E-posta
tab-manager = Yönetici
tab-attributes = Öznitelikler
prop-display-name = Görünen ad
prop-description = Açıklama
prop-email = E-posta
prop-notes = Notlar
prop-title = Unvan
prop-telephone = Telefon numarası
prop-manager = Yönetici (DN)
members-add-placeholder = Eklenecek kişinin adı veya DN’si
members-add = Ekle…
owner-none = Bu grubun sahibi yok.
attr-read-only = salt okunur
attr-single = tek değer
attr-multi = birden çok değer
reload = Yeniden yükle
saving = Kaydediliyor…
apply = Uygula
preview-title = Şu değişiklikler kaydedilecek:
saved-sent = Kaydedildi. { $address } adresine bir onay e-postası gönderildi.
saved-no-mail = Kaydedildi. Hesabınızın e-posta adresi olmadığı için onay gönderilmedi (bildirimler yalnızca e-posta etkin kullanıcılara gider).
saved-queued = Kaydedildi. { $address } adresine onay e-postası kuyrukta ve otomatik olarak yeniden denenecek: { $reason }
saved-failed = Kaydedildi, ancak { $address } adresine onay e-postası gönderilemedi: { $reason }
saved-not-queued = Kaydedildi, ancak bildirim kuyruğa alınamadı: { $reason }
saved-plain = Kaydedildi.

## Nesne düzenleyici: oturum açma
nav-object-editor = Nesne Düzenleyici
sign-in-title = Dizin hesabınızla oturum açın
sign-in-store = Kimlik deposu
sign-in-user = Kullanıcı adı
sign-in-password = Parola
sign-in-remember = Parolamı hatırla (sistem anahtarlığında saklanır)
sign-in = Oturum aç
sign-in-busy = Oturum açılıyor…
sign-in-no-store = Oturum açılabilecek etkin bir kimlik deposu yok. Kimlik Depoları altında bir tane oluşturun veya etkinleştirin.
sign-in-enter-user = Kullanıcı adınızı girin.
sign-in-enter-password = Parolanızı girin.
signed-in-as = { $store } deposunda { $name } olarak oturum açıldı
signed-in-mail = Onay e-postaları { $address } adresine gider
signed-in-no-mail = Hesabınızın e-posta adresi yok: onay e-postası almayacaksınız.
sign-out = Oturumu kapat
back-to-results = ← Sonuçlara dön
loading = Yükleniyor…
group-scope-global = Genel
group-scope-domain-local = Etki alanında yerel
group-scope-universal = Evrensel
group-kind-security = Güvenlik
group-kind-distribution = Dağıtım
group-scope-and-type = Grup kapsamı: { $scope } · Grup türü: { $kind }

## Ayarlar (uygulamanın kendi ayarları, gezinme bölmesinde)
# This language's name in itself, as the language list shows it.
language-name = Türkçe
nav-settings = Ayarlar
app-settings-title = Ayarlar
app-settings-language = Dil
app-settings-language-system = Sistemle aynı
app-settings-language-hint = Bildirim e-postaları, burada ne seçilirse seçilsin, her alıcının tercih ettiği dilde gönderilir.
app-settings-theme = Tema
app-settings-theme-system = Sistemle aynı
app-settings-theme-light = Açık
app-settings-theme-dark = Koyu
# A date and time as this language writes them (strftime, as jiff reads it);
# the time zone follows.
format-date-time = %d.%m.%Y %H:%M:%S

## Komut satırı yardımı
cli-heading-usage = Kullanım
cli-heading-commands = Komutlar
cli-heading-options = Seçenekler
cli-heading-arguments = Bağımsız değişkenler
cli-about = Active Directory ve LDAP dizinleri için değişiklik bildirimli Admin Center ve nesne düzenleyici. Komut verilmezse pencereyi açar.
cli-about-store = Kimlik depolarını yönet (dirdesk'in bağlandığı dizinler)
cli-about-store-list = Kimlik depolarını listele
cli-about-store-add = Kimlik deposu ekle
cli-about-store-edit = Bir kimlik deposunu değiştir; verilmeyen seçenekler olduğu gibi kalır
cli-about-store-remove = Bir kimlik deposunu ve parolalarını kaldır
cli-about-store-enable = Bir kimlik deposunu etkinleştir
cli-about-store-disable = Bir kimlik deposunu devre dışı bırak (saklanır ama oturum açmak için sunulmaz)
cli-about-store-test = Bir deponun her sunucusuyla bağlantıyı sına ve sonucu kaydet
cli-about-notifications = Bir deponun bildirim ayarlarını göster ve değiştir
cli-about-notifications-show = Bir deponun bildirim ayarlarını göster
cli-about-notifications-set = Bir deponun bildirim ayarlarını değiştir; verilmeyen seçenekler olduğu gibi kalır
cli-about-notifications-test = “{ test-server }”: gerçek bir test e-postası gönder ve sunucunun yanıtını göster
cli-about-search = Kendi hesabınızla oturum açarak grupları ve kullanıcıları ada göre ara
cli-about-show = Bir nesneyi tüm öznitelikleriyle göster
cli-about-edit = Bir nesneyi kendi hesabınızla değiştir; değişikliği ve kimin bilgilendirildiğini gösterir
cli-about-join = Bir gruba kendi hesabınızla katıl (grup üyelerine buna izin veriyorsa); değişikliği ve kimin bilgilendirildiğini gösterir
cli-about-leave = Bir gruptan kendi hesabınızla ayrıl (grup üyelerine buna izin veriyorsa); değişikliği ve kimin bilgilendirildiğini gösterir
cli-already-member = Zaten { $dn } grubunun üyesisiniz: değiştirilecek bir şey yok.
cli-not-a-member = { $dn } grubunun üyesi değilsiniz: değiştirilecek bir şey yok.
cli-about-queue = Kuyruktaki bildirim e-postalarını göster, gönder ve sil
cli-about-queue-list = Kuyruktaki bildirim e-postalarını listele (varsayılan olarak bekleyenleri)
cli-about-queue-send = Kuyruktaki bir e-postayı şimdi gönder ya da bekleyenlerin hepsini (--all)
cli-about-queue-delete = Gönderilmemiş bir e-postayı kuyruktan sil
cli-about-history = dirdesk aracılığıyla yapılan değişiklikleri göster
cli-about-help = Bu yardımı ya da verilen komutun yardımını göster
cli-arg-help = Yardımı göster
cli-arg-version = Sürümü göster
cli-arg-config-dir = Yapılandırmayı ve verileri DIR içinde tut (taşınabilir kullanım, testler)
cli-arg-json = Tablo yerine JSON yazdır
cli-arg-notifications-show-json = Metin yerine JSON yazdır
cli-arg-show-json = Metin yerine JSON yazdır
cli-arg-name = Kimlik deposunun adı
cli-arg-store-add-name = Deponun adı (benzersiz, büyük/küçük harf duyarsız)
cli-arg-store-edit-name = Depo için yeni bir ad (benzersiz, büyük/küçük harf duyarsız)
cli-arg-store = Kimlik deposunun adı
cli-arg-store-edit-store = Değiştirilecek depo
cli-arg-history-store = Yalnızca bu kimlik deposu
cli-arg-store-type = ldap (Generic LDAP) ya da ad (Active Directory)
cli-arg-hosts = HOST[:PORT], öncelik sırasıyla yinelenerek
cli-arg-security = ldaps (ilk bayttan TLS), starttls ya da none (şifresiz, güvensiz olarak gösterilir)
cli-arg-ca-file = Özel bir CA tarafından imzalanmış sunucular için CA sertifika dosyası (PEM) ("" kaldırır)
cli-arg-base-dn = Temel DN: aramaların başladığı yer (dc=example,dc=test)
cli-arg-login-attribute = Kişilerin oturum açtığı öznitelik (uid, sAMAccountName, mail, …)
cli-arg-service-account = Hizmet hesabının DN'si (ya da Active Directory'de UPN / ETKİALANI\kullanıcı)
cli-arg-service-password-stdin = Hizmet hesabının parolasını standart girdiden oku
cli-arg-smtp-server = { label-smtp-server }: posta sunucusunun ana bilgisayar adı ya da IP adresi
cli-arg-smtp-port = Posta sunucusunun bağlantı noktası (SSL ile 465, STARTTLS ile 587)
cli-arg-smtp-security = ssl (örtük TLS), starttls ya da none
cli-arg-smtp-ca-file = Özel bir CA tarafından imzalanmış posta sunucusu için CA sertifika dosyası (PEM) ("" kaldırır)
cli-arg-from = { label-from }
cli-arg-smtp-user = SMTP kullanıcı adı; “{ label-use-smtp-auth }” seçeneğini açar ("" kapatır)
cli-arg-smtp-password-stdin = SMTP parolasını standart girdiden oku
cli-arg-to = Her bildirimin alıcıları, “;” ile ayrılmış
cli-arg-cc = Her bildirimin bilgi alıcıları, “;” ile ayrılmış
cli-arg-notifications-test-to = Test e-postasının gönderileceği adres
cli-arg-logged-in-users = { section-also-notify }: { also-logged-in-users }
cli-arg-object-modified = { section-also-notify }: { also-object-modified }
cli-arg-group-owners = { section-also-notify }: { also-group-owners }
cli-arg-managers = { section-also-notify }: { also-managers }
cli-arg-added-members = { section-also-notify }: { also-added-members }
cli-arg-removed-members = { section-also-notify }: { also-removed-members }
cli-arg-public-group-owners = { section-also-notify }: { also-public-group-owners }
cli-arg-user = Oturum açılacak dizin kullanıcı adı
cli-arg-password-stdin = Parolayı standart girdiden oku
cli-arg-groups = Yalnızca gruplar
cli-arg-users = Yalnızca kullanıcılar
cli-arg-text = Adın içerdiği metin (boş: hepsi)
cli-arg-dn = Nesnenin ayırt edici adı (DN)
cli-arg-set = ATTR değerini VALUE yap (birden çok değer için yinele)
cli-arg-add = ATTR'ye VALUE ekle
cli-arg-remove = ATTR'den VALUE çıkar
cli-arg-clear = ATTR'nin tüm değerlerini kaldır
cli-arg-dry-run = Değişikliği (öznitelik: eski → yeni) uygulamadan yazdır
cli-arg-edit-dn = Nesnenin ayırt edici adı (DN); ya da --from, --filter veya --groups ile toplu düzenleme
cli-arg-edit-from = Toplu düzenleme: değişiklik kayıtları içeren bir LDIF dosyasındaki (ldapmodify biçiminde) ya da bir CSV tablosundaki her değişiklik (dn,ATTR,…: hücrenin değeriyle değiştir; boş hücre değeri olduğu gibi bırakır)
cli-arg-edit-format = ldif ya da csv (varsayılan: adı .csv ile biten dosyalar için csv, diğerleri için ldif)
cli-arg-edit-clear-marker = CSV tablosunda bir özniteliği temizleyen hücre metni (örneğin -)
cli-arg-edit-filter = Temel DN altında bir LDAP filtresinin (RFC 4515) bulduğu her nesnenin --set/--add/--remove/--clear ile toplu düzenlemesi
cli-arg-edit-groups = Adı TEXT içeren her grubun --set/--add/--remove/--clear ile toplu düzenlemesi
cli-arg-edit-in-flight = Toplu düzenlemede aynı anda yolda olan değişiklik sayısı (1–64)
cli-arg-edit-json = Toplu düzenlemeler: her değişiklik için bir JSON nesnesi, ardından tüm çalıştırma için bir tane
cli-arg-pending = Yalnızca gönderilmeyi bekleyen e-postalar (varsayılan)
cli-arg-failed = Yalnızca gönderilemeyen e-postalar
cli-arg-all = Ne olduklarından bağımsız olarak tüm e-postalar
cli-arg-queue-send-all = Bekleyen tüm e-postaları gönder
cli-arg-id = E-postanın “dirdesk queue list” çıktısındaki numarası
cli-arg-object = Yalnızca bu nesne (DN'si)
invalid-smtp-unencrypted-authentication = Şifreleme olmadan SMTP parolası ağda, yol üzerindeki herkesin okuyabileceği şekilde giderdi. SSL veya STARTTLS seçin ya da buna açıkça izin verin (“Parolayı şifrelemeden gönder”; komut satırında --allow-unencrypted-auth on).
smtp-unencrypted-authentication = Gönderilmedi: { $server } SMTP parolasını şifrelenmeden alacaktı ve bu ayarlar buna izin vermiyor. Deponun Bildirimler sayfasında SSL veya STARTTLS seçin.
smtp-unencrypted-warning = Şifreleme olmadan SMTP parolası ağda, yol üzerindeki herkesin okuyabileceği şekilde gider. SSL veya STARTTLS kullanın.
label-smtp-allow-unencrypted-auth = Parolayı şifrelemeden gönder
cli-arg-allow-unencrypted-auth = on: --smtp-security none ile bile posta sunucusunda oturum aç; parola bu durumda ağda okunabilir şekilde gider
sign-in-remember-failed = Oturum açıldı, ancak parolanız sistem anahtarlığında saklanamadı; bir dahaki sefere yeniden sorulacak: { $reason }
change-not-recordable = Kaydedilmedi: değişiklik yapılmadan önce kaydedilemedi, bu yüzden hiçbir şey değiştirilmedi ({ $detail }).
ldap-own-entry-unreadable = Parolanız kabul edildi, ancak dizin { $dn } hesabının kendi kaydını (ad ve e-posta adresi) okumasına izin vermiyor ve bu kimlik deposunun onu okuyacak bir hizmet hesabı yok. Dizin yöneticisinden kullanıcıların kendi kayıtlarını okumasına izin vermesini isteyin ya da depoya bir hizmet hesabı verin.
published-damaged = Dizinde yayımlanan ayarlar bozuk ve olduğu gibi bırakıldı: { $detail }
published-newer = Dizinde yayımlanan ayarlar { $format } biçiminde; bu dirdesk'in bildiğinden ({ $known }) daha yeni: onları izlemek için dirdesk'i güncelleyin. Buradan değiştirilmezler.

## Published stores: one policy for every desk
invalid-login-dn-template = “{ $template }” bir oturum açma DN şablonu değil: oturum açma adının geleceği yerde { "{" }user{ "}" } bulunan bir DN olmalıdır, örn. uid={ "{" }user{ "}" },ou=people,dc=example,dc=test.
published-missing = Dizinde { $dn } konumunda yayımlanmış bir şey yok.
published-unreadable = Dizin, bu hesabın { $dn } konumunda yayımlanan ayarları okumasına izin vermiyor: { $detail }
published-unusable = { $dn } konumunda yayımlanan ayarlar izlenemiyor: { $problem }
published-no-settings-attribute = kayıt var, ancak { $attribute } özniteliği okunamıyor
publish-conflict = Yayımlanmadı: bu arada başka biri { $dn } konumunda başka ayarlar yayımladı ({ $by }, { $when }). Hiçbir şey değiştirilmedi; şu anda yayımlanan ayarlar gösteriliyor — değişikliğinizi yeniden yapın.
publish-refused = Yayımlanmadı: dizin reddetti ({ $reason }). Hiçbir şey değiştirilmedi.
published-keeps-copy = { $problem } Bu dirdesk, { $when } tarihinde okuduğu kopyayı izlemeyi sürdürüyor.
smtp-needs-signed-in-user = Bu e-posta, değişikliği yapan kişinin hesabıyla gönderilir ve dirdesk bu kişinin parolasını yalnızca oturumu açıkken bilir: e-posta kuyrukta bekler ve kişi bir sonraki değişikliğini kaydettiğinde gönderilir.
smtp-no-store-password = Deponun “{ $user }” SMTP hesabının parolası bu bilgisayarın anahtarlığında yok: e-posta kuyrukta bekliyor. Parolayı bilen biri onu Bildirimler sayfasında ya da “dirdesk notifications set --store NAME --smtp-password-stdin” ile girebilir.
cli-warning = uyarı: { $message }
cli-one-secret-from-stdin = Standart girdiden yalnızca bir parola okunabilir: --smtp-password-stdin ve --password-stdin seçeneklerini iki ayrı komutta verin.
cli-publish-needs-account = Bu bilgisayarda, yayımlanan ayarları yazmak için “{ $name }” deposuna ait bir hizmet hesabı yok: dizinin bu ayarları yazmasına izin verdiği bir hesabı --user ile belirtin.
cli-store-published = “{ $name }” deposunun paylaşılan ayarları dizinde { $dn } konumunda yayımlandı: bunları izleyen her dirdesk, bir sonraki değişikliğinden itibaren bunları kullanır.
cli-store-unpublished = { $dn } konumunda yayımlanan ayarlar kaldırıldı. “{ $name }” deposunu izleyen dirdesk kurulumları son okudukları kopyayı korur ve yayının kaldırıldığı kendilerine bildirilir; bu dirdesk ayarları kendi ayarları olarak tutar.
cli-store-follows = Dizinde { $dn } konumunda { $by } tarafından { $when } tarihinde yayımlanan ayarları izliyor.
cli-notifications-published = “{ $name }” deposunun bildirim ayarları dizinde { $dn } konumunda yayımlandı.
cli-about-store-publish = Bir deponun paylaşılan ayarlarını (asla bir parolayı değil) her dirdesk'in izlemesi için dizinde yayımla
cli-about-store-unpublish = Bir deponun yayımlanan ayarlarını dizinden kaldır
cli-arg-location = Yayımlanan kaydın DN'si (varsayılan: temel DN altında cn=dirdesk)
cli-arg-login-dn-template = Genel LDAP: kişilerin oturum açtığı DN; { "{" }user{ "}" } oturum açma adlarının yerini tutar (uid={ "{" }user{ "}" },ou=people,dc=example,dc=test); onları bulmak için hizmet hesabı gerekmez
cli-arg-smtp-auth = Posta sunucusunda nasıl oturum açılacağı: none (bir aktarıcı), basic (deponun SMTP hesabı, --smtp-user), signed-in-user (her kişinin kendi dizin kullanıcı adı ve parolası) ya da oauth2 (--oauth-token-endpoint'ten bir belirteç: --smtp-user ve parolasıyla password grant, bunlar olmadan yalnızca uygulama olarak)
cli-arg-smtp-login-as = --smtp-auth signed-in-user ile: posta sunucusunda yazılan kullanıcı adıyla (login) ya da kişinin e-posta adresiyle (mail) oturum aç
settings-source-local = Bu bilgisayarın ayarları (dizinde yayımlanmadı).
settings-source-published = Dizinde { $dn } konumunda { $by } tarafından { $when } tarihinde yayımlandı (son okunma: { $read }).
settings-source-published-unread = Dizinde { $dn } konumunda yayımlandı (henüz okunmadı: bir sonraki oturum açmada okunur).
label-smtp-password-source = SMTP parolası
smtp-password-not-used = kullanılmıyor
smtp-password-signed-in-user = her kişinin kendi dizin parolası, oturumu açıkken
smtp-password-in-keychain = bu bilgisayarın anahtarlığında
smtp-password-missing = bu bilgisayarın anahtarlığında yok
published-read-only = Bu ayarlar dizinde yayımlanmış ve bu bilgisayarda onları değiştirebilecek bir hesap yok: deponun hizmet hesabına sahip bir dirdesk’te ya da dizinin bu ayarları yazmasına izin verdiği bir hesap olarak “dirdesk notifications set --store NAME --user …” ile değiştirilebilirler.
settings-publishing = Dizinde yayımlanıyor…
label-smtp-signed-in-user = Oturum açmış kullanıcının kimlik bilgileriyle oturum aç
settings-published = Dizinde { $dn } konumunda yayımlandı: yayını izleyen her dirdesk, bir sonraki değişikliğinden itibaren bu ayarları kullanır.
publish-refused-access = Yayımlanmadı: dizin, bu hesabın yayımlanan ayarları değiştirmesine izin vermiyor ({ $detail }). Hiçbir şey değiştirilmedi.
machine-config-problem = Bilgisayarın { $path } yapılandırma dosyası kullanılamadı, bu yüzden onun eklediği kimlik depoları eksik: { $detail }
store-managed = Bu bilgisayarın yöneticisi tarafından bilgisayarın tüm kullanıcıları için eklendi.
cli-store-managed = “{ $name }”, bu bilgisayarın yöneticisi tarafından tüm kullanıcıları için eklendi ({ $path }); buradan kaldırılamaz.
cli-notify-waiting = { $address }: bekliyor — { $reason }
smtp-test-needs-user = Herkes bu posta sunucusunda kendi kullanıcı adı ve parolasıyla oturum açar, bu yüzden test için biri gerekir: dirdesk notifications test --store NAME --to ADDRESS --user LOGIN --password-stdin.
published-foreign = { $dn } girdisi dirdesk'in yayımladığı ayarlar değil (bu adı başka türde bir nesne taşıyor): dokunulmaz. --location ile başka bir yerde yayımlayın.
publish-location-not-cn = { $dn } konumu cn= ile başlamalıdır (girdi cn'si ile adlandırılır)
field-login-dn-template = Oturum açma DN şablonu (isteğe bağlı)

## Big groups, Member Of, finding people as ADUC does
members-count = { $count ->
    [one] 1 üye
   *[other] { $count } üye
}
members-shown = { $count } üyeden { $shown } tanesi gösteriliyor
members-reading-names = Adlar okunuyor… { $read } / { $count }
members-filter-placeholder = Üyeleri ada veya DN’ye göre filtrele
tab-member-of = Üyesi
member-of-nested = Diğer gruplar aracılığıyla üyesi olduğu grupları da dahil et
member-of-none = Hiçbir grubun üyesi değil.
member-of-count = { $count ->
    [one] 1 grubun üyesi
   *[other] { $count } grubun üyesi
}
member-of-direct = doğrudan
member-of-nested-via = başka bir grup aracılığıyla
member-of-primary = birincil grup
find-matched = { $attribute }: { $value }

## Kerberos single sign-on
kerberos-no-ticket = Kerberos bileti yok: bu bilgisayarda kullanılabilecek bir Windows/Kerberos oturumu yok (Linux’ta veya macOS’ta önce “kinit” komutunu çalıştırın). Bunun yerine kullanıcı adınız ve parolanızla oturum açın.
kerberos-expired = Kerberos biletinizin süresi doldu: Windows’ta yeniden oturum açın (veya “kinit” komutunu çalıştırın) ya da kullanıcı adınız ve parolanızla oturum açın.
kerberos-clock-skew = Bu bilgisayarın saati ile etki alanı denetleyicisinin saati arasındaki fark, Kerberos’un izin verdiğinden (5 dakika) fazla: saati düzeltin ya da kullanıcı adınız ve parolanızla oturum açın.
kerberos-no-spn = Dizinde { $spn } Kerberos hizmet asıl adı yok: etki alanı denetleyicisine tam adıyla (dizinde kayıtlı olduğu şekliyle) bağlanın ya da kullanıcı adınız ve parolanızla oturum açın.
kerberos-other = Kerberos ile oturum açılamadı: { $reason }
kerberos-signed-in = Windows/Kerberos oturumunuzla, doğrulanmış TLS bağlantısı içinde { $principal } olarak oturum açıldı.
kerberos-mail-needs-password = Bu depo onayları kendi e-posta hesabınızla gönderir ve bu hesap parolanızı gerektirir; Kerberos ile oturum açmak dirdesk’e parola vermez. Onaylarınız, kullanıcı adınız ve parolanızla bir kez oturum açana kadar kuyrukta bekler.
sign-in-kerberos = { $principal } olarak oturum aç
kerberos-signed-in-sealed = Windows/Kerberos oturumunuzla { $principal } olarak oturum açıldı; bu depo TLS kullanmıyor, bu nedenle bağlantıyı Kerberos kendisi şifreliyor.
kerberos-no-sealing = { $server } sunucusu TLS olmayan bir bağlantı için Kerberos şifrelemesi sunmuyor ve dirdesk asla şifrelemeden oturum açmaz: bu depo için LDAPS veya StartTLS seçin ya da kullanıcı adınız ve parolanızla oturum açın.
kerberos-not-inside-tls = { $server } sunucusu TLS içinde Kerberos ile oturum açmayı kabul etmiyor ({ $reason }). Windows etki alanı denetleyicileri kabul eder; Samba’da ayar “ldap server require strong auth = allow_sasl_over_tls” şeklindedir. O zamana kadar kullanıcı adınız ve parolanızla oturum açın ya da bu depoya TLS olmadan bağlanın: bu durumda bağlantıyı Kerberos kendisi şifreler.
kerberos-other-person = Bu bilgisayardaki Kerberos bileti artık başka birine ait ({ $now }): bu oturumla başka bir şey yapılmaz. Yeniden oturum açın.
kerberos-kdc-timeout = Kerberos etki alanı denetleyicisi (KDC) zamanında yanıt vermedi.
kerberos-other-realm = Kerberos bileti { $principal } için ve bu deponun alanından ({ $realm }) farklı bir alandan; dizin burada bunun kim olduğunu söyleyemiyor: kullanıcı adınız ve parolanızla oturum açın.
cli-arg-member-of = Üyesi olduğu grupları da listele (Üyesi)
cli-arg-nested = --member-of ile: başka gruplar üzerinden üyesi olduğu grupları da
cli-arg-kerberos = Parola yerine Kerberos biletinizle (Windows oturumunuz veya kinit) oturum açın

## OAuth 2.0 for SMTP (Microsoft 365, Google)
oauth-bad-endpoint = Token Endpoint “{ $endpoint }” bir https:// adresi değil: dirdesk istemci gizli anahtarını yalnızca doğrulanmış TLS üzerinden gönderir.
oauth-no-client-secret = Bu bilgisayarın anahtarlığında bu depo için OAuth 2.0 istemci gizli anahtarı yok: Client Secret’ı Bildirimler sayfasında girin ya da “dirdesk notifications set --oauth-client-secret-stdin” komutunu kullanın.
oauth-wrong-client-secret = Belirteç uç noktası Client ID’yi veya Client Secret’ı reddetti ({ $detail }): ikisini de Bildirimler sayfasında denetleyin; süresi dolmuş bir gizli anahtarın yerine uygulama kaydından yenisi alınmalıdır.
oauth-wrong-password = Belirteç uç noktası kullanıcı adını veya parolayı reddetti ({ $detail }).
oauth-needs-mfa = Belirteç uç noktası bu hesaptan çok faktörlü oturum açma istiyor ({ $detail }) ve bir posta gönderici bunu sağlayamaz: bu hesap çok faktörlü oturum açma gerektirmemelidir (kiracının Conditional Access ayarlarında hesabı hariç tutun) ya da yalnızca uygulama olarak göndermek için Kullanıcı adı ve Parola alanlarını boş bırakın.
oauth-refused = Belirteç uç noktası belirteç vermeyi reddetti: { $detail }
oauth-unreachable = { $endpoint } belirteç uç noktasına ulaşılamıyor ({ $detail }); e-postalar bekler ve yeniden denenir.
oauth-not-trusted = { $endpoint } belirteç uç noktasına güvenilemiyor ({ $detail }): onun CA sertifikasını SMTP CA sertifika dosyasına ya da bu bilgisayarın güvenilen sertifikalarına ekleyin.
oauth-malformed = { $endpoint } belirteç uç noktası belirteç olmadan yanıt verdi ({ $detail }).
smtp-token-refused = Posta sunucusu OAuth 2.0 belirtecini, yeni alınanı da reddetti ({ $detail }): posta kutusunun veya uygulamanın SMTP ile göndermesine izin verilmiyor olabilir (Exchange: posta kutusu için SMTP AUTH açık ve uygulama için SMTP.Send veya SMTP.SendAsApp izni).
smtp-needs-oauth = Posta sunucusu parola kabul etmiyor ({ $detail }): bu sunucu OAuth 2.0 gerektiriyor — “SMTP kimlik doğrulaması kullan” altında OAuth 2.0’ı seçin.
cli-oauth-needs-client-id = OAuth 2.0 için uygulamanın istemci kimliği gerekir: --oauth-client-id.
cli-arg-oauth-token-endpoint = OAuth 2.0 belirteç uç noktası (https://…/oauth2/v2.0/token)
cli-arg-oauth-client-id = OAuth 2.0 istemci kimliği (uygulama kaydınınki)
cli-arg-oauth-client-secret-stdin = OAuth 2.0 istemci gizli anahtarını standart girdiden oku (--smtp-password-stdin ile birlikte: gizli anahtar ilk satırda, parola ikinci satırda)
cli-arg-oauth-scope = Boşluklarla ayrılmış OAuth 2.0 kapsamları (örn. https://outlook.office365.com/.default)
label-smtp-auth-method = Kimlik doğrulama
smtp-auth-basic = Basic
smtp-auth-oauth2 = OAuth 2.0 (Token Endpoint { $endpoint }, Client ID { $client }, Scope { $scope }; Client Secret bu bilgisayarın anahtarlığında saklanır)
label-oauth-token-endpoint = Token Endpoint
label-oauth-client-id = Client ID
label-oauth-client-secret = Client Secret
label-oauth-scope = Scope
smtp-auth-oauth2-choice = OAuth 2.0
invalid-oauth-client-id-empty = Uygulama kaydının Client ID değerini girin.

## Notification Editor (templates)
template-email-change = Değişiklik onayı
template-email-test = Test e-postası
template-email-digest = Toplu düzenleme özeti
template-part-subject = Konu
template-part-html = HTML
template-part-text = Düz metin
template-problem-at = { $part }, satır { $line }, sütun { $column }: { $detail }
template-problem-line = { $part }, satır { $line }: { $detail }
template-problem = { $part }: { $detail }
template-unknown-tag = bilinmeyen etiket “{ $tag }”
template-tag-object-name = Nesne adı
template-tag-object-kind = Nesne türü
template-tag-object-dn = Nesnenin ayırt edici adı
template-tag-changes = Değiştirilen özniteliklerin tablosu (eski ve yeni değerler)
template-tag-author-name = Değiştiren: ad
template-tag-author-mail = Değiştiren: e-posta adresi
template-tag-author-dn = Değiştiren: ayırt edici ad
template-tag-when = Zaman
template-tag-store = Kimlik deposu
template-tag-recipient-name = Alıcının adı
template-tag-recipient-address = Alıcının adresi
template-tag-own = Değişikliği alıcının kendisinin yapıp yapmadığı
template-tag-reasons = Alıcının bu e-postayı neden aldığı
template-tag-server = Posta sunucusu
template-tag-count = Değiştirilen nesne sayısı
template-tag-objects = Değiştirilen nesnelerin ve özniteliklerin tablosu (eski ve yeni değerler)
template-tag-more = Kaç tanesinin listelenmediği (ektedirler)
template-tag-attachment = Ekteki listenin adı
template-built-in = yerleşik
template-custom = deponun kendi şablonu
template-custom-parts = deponun kendi şablonu: { $parts }
cli-about-templates = Bildirim Düzenleyici: dirdesk’in gönderdiği e-postaların metni, dile göre
cli-about-templates-list = Bir deponun e-posta şablonlarını ve hangilerinin deponun kendi şablonu olduğunu listele
cli-about-templates-show = Bir şablonun konusunu, HTML’sini ve düz metnini göster (deponun kendi şablonu ya da yerleşik olanı)
cli-about-templates-set = Bir şablonu değiştir; verilmeyen bölümler olduğu gibi kalır. Kaydedilmeden önce denetlenir
cli-about-templates-reset = Yerleşik şablona geri dön
cli-about-templates-preview = Bir şablonu örnek bir değişiklikle doldur: konuyu ve düz metni yazdırır
cli-arg-email = Hangi e-posta: change (değişiklik onayı) veya test (“{ test-server }” e-postası)
cli-arg-lang = Dil: da, de, en, es, fi, fr, is, it, nl, pt, sv veya tr
cli-arg-part = Yalnızca bu bölümün kaynağını yazdır: subject, html veya text
cli-arg-subject = Konu (etiketlere izin verilir, ör. { "{{" } object.name { "}}" })
cli-arg-html-file = HTML bölümünü içeren bir dosya (UTF-8)
cli-arg-text-file = Düz metin bölümünü içeren bir dosya (UTF-8)
cli-arg-templates-preview-html = Doldurulmuş HTML bölümünü tarayıcıda açmak için ayrıca FILE dosyasına yaz
cli-template-no-such-language = “{ $lang }” şablonu yok: mevcut diller { $languages }.
cli-template-nothing-to-set = --subject, --html-file veya --text-file verin.
cli-template-refused = Şablon kaydedilmedi: { $problems }
cli-template-saved = Kaydedildi:
cli-template-reset = Yerleşik şablona dönüldü:
cli-template-which = { $name } deposunun “{ $lang }” dilindeki “{ $email }” e-postası.
cli-template-unreadable = { $file } okunamadı: { $error }
cli-template-too-big = { $file } { $size } bayt; bir şablon bölümü en fazla { $max } bayt olabilir.
cli-template-not-utf8 = { $file } UTF-8 metin değil (bayt { $offset } konumunda).
cli-template-unwritable = { $file } yazılamadı: { $error }
cli-template-html-written = HTML bölümü { $file } içinde.
template-editor-open = Bildirim Düzenleyici
template-editor-title = Bildirim Düzenleyici — { $store }
template-email = E-posta
template-language = Dil
template-save-to-switch = Başka bir e-posta veya dil seçmek için değişikliklerinizi kaydedin ya da atın.
template-tags = Etiketler
template-tags-into = Bir etiketi imlecin bulunduğu yerde “{ $part }” bölümüne eklemek için etikete tıklayın.
template-preview = Önizleme (örnek bir değişiklikle)
template-preview-own = Değişikliği yapan kişinin okuduğu biçimiyle
template-no-preview = Şablonda bir sorun olduğu sürece önizleme yok.
template-reset = Yerleşik Şablona Sıfırla
template-discard = Değişiklikleri At
template-no-store = Önce bir kimlik deposu ekleyin: şablonlar bir depoya aittir.
template-too-big = bölüm { $size } bayt; bir şablon bölümü en fazla { $max } bayt olabilir
template-store = Kimlik deposu

## Bulk edits (LDIF and CSV files)
bulk-problem-at = { $line }. satır: { $detail }
bulk-same-object-twice = { $dn } iki kez değiştiriliyor (ilki { $first }. satırda): tüm değişikliklerini tek bir kayıtta toplayın
bulk-not-a-dn = “{ $dn }” bir ayırt edici ad (DN) değil
ldif-no-colon = “{ $text }” “ad: değer” biçiminde değil
ldif-bad-base64 = { $name } için base64 değerinin kodu çözülemiyor: { $error }
ldif-not-text = { $name } değeri UTF-8 metin değil
ldif-no-urls = { $name } bir dosyayı veya URL’yi (:<) gösteriyor: değerin kendisini verin
ldif-dn-first = bir kayıt { $name }: ile değil, dn: ile başlar
ldif-no-controls = LDAP denetimleri toplu düzenlemelerde gönderilmez
ldif-only-modify = changetype: { $changetype } bir nesne değişikliği değil (yalnızca changetype: modify öyledir)
ldif-no-changetype = { $dn } kaydında changetype: modify yok
ldif-other-attribute = { $name }: { $attribute } bölümünde
ldif-add-without-values = add: { $attribute } hiçbir değer belirtmiyor
ldif-unknown-operation = “{ $operation }” add, delete veya replace değil
ldif-nothing-to-change = { $dn } kaydı hiçbir şeyi değiştirmiyor
csv-dn-first = ilk sütunun başlığı dn olmalı
csv-empty-header = bir sütunun başlıkta öznitelik adı yok
csv-header-twice = { $attribute } sütunu başlıkta iki kez geçiyor
csv-wrong-field-count = başlıkta { $expected } alan varken { $found } alan var
csv-no-dn = satırda dn yok
bulk-unknown-attribute = dizinde { $attribute } özniteliği yok
bulk-bad-dn = { $attribute } değeri bir ayırt edici ad (DN) olmalı, “{ $value }” değil
bulk-bad-integer = { $attribute } değeri bir tam sayı olmalı, “{ $value }” değil
bulk-bad-boolean = { $attribute } değeri TRUE veya FALSE olmalı, “{ $value }” değil
bulk-bad-time = { $attribute } değeri 20261201120000Z gibi bir zaman olmalı, “{ $value }” değil
bulk-bad-ascii = { $attribute } değeri yalnızca ASCII metin olmalı, “{ $value }” değil
bulk-applied = uygulandı
bulk-nothing-to-change = değiştirilecek bir şey yok: nesne bu değerlere zaten sahip
bulk-conflict = bu nesne okunduğundan beri başka biri tarafından değiştirildi; hiçbir şeyin üzerine yazılmadı
bulk-refused = reddedildi: { $reason }
bulk-unknown = gönderildi ama yanıt gelmedi ({ $reason }); sonraki çalıştırma veya kaydetme, uygulanıp uygulanmadığını öğrenir ve bunu bir kez kayda geçirir
bulk-not-sent = gönderilmedi: { $reason }
bulk-cancelled = çalıştırma iptal edildi
bulk-connection-lost = dizin bağlantısı koptu
bulk-title = Toplu Düzenleme
bulk-explanation = Birçok nesneyi tek seferde değiştirin: değişiklik kayıtları içeren bir LDIF dosyası (ldapmodify’ın okuduğu biçimde) ya da bir CSV tablosu (bir dn sütunu, ardından her öznitelik için bir sütun) açın veya bulunan nesnelere tek bir düzenleme uygulayın. Önizlemeyi okuyup “Uygula”ya tıklamadan hiçbir şey yazılmaz.
bulk-file-placeholder = /path/to/changes.ldif veya changes.csv
bulk-open = Dosya Aç
bulk-attribute = Öznitelik
bulk-value = Değer
bulk-op-set = Şuna ayarla
bulk-op-add = Ekle
bulk-op-remove = Kaldır
bulk-use-found = Bulunan { $count } Nesneyi Düzenle
bulk-use-selected = Seçili { $count } Nesneyi Düzenle
bulk-previewed = Önizleme: { $count } değişiklik, { $problems } tanesinde sorun var (“Uygula”ya tıklayana kadar hiçbir şey yazılmaz).
bulk-col-line = Satır
bulk-col-object = Nesne
bulk-col-old-new = Eski → yeni
bulk-col-outcome = Sonuç
bulk-more-rows = … ve { $count } satır daha.
bulk-apply = Uygula
bulk-progress = { $done } / { $total }
bulk-outcomes = { $count } değişiklikten { $applied } tanesi uygulandı; { $failed } tanesi uygulanmadı.
bulk-retry-failed = Başarısız Olanları Yeniden Dene
bulk-export-failed = Başarısız Olanları CSV Olarak Dışa Aktar…
bulk-exported = Başarısız { $count } satır dışa aktarıldı.
bulk-close = Toplu Düzenlemeyi Kapat
cli-bulk-nothing-found = Değiştirilecek bir şey yok: arama hiçbir nesne bulmadı.
cli-bulk-unreadable = { $path } okunamıyor: { $reason }
cli-bulk-not-utf8 = { $path } UTF-8 metin değil: dosyayı UTF-8 olarak kaydedin (BOM ile veya BOM olmadan).
cli-bulk-refused = Hiçbir şey değiştirilmedi: { $source } ile ilgili sorunlar yukarıda listelendi.
cli-bulk-the-search = bulunan nesnelerin düzenlenmesi
cli-bulk-row = { $line }. satır: { $dn }: { $outcome }
cli-bulk-summary = Uygulanan: { $applied }; değiştirilecek bir şey olmayan: { $unchanged }; başka biri tarafından değiştirilen: { $conflicts }; reddedilen: { $refused }; yanıtı kaybolan: { $unknown }; gönderilmeyen: { $not_sent }.
cli-bulk-told-later = Bağlantı koptu: bu çalıştırmanın bildirimleri, yanıtları kaybolan değişikliklerle birlikte sonraki kaydetmede veya çalıştırmada gönderilir.
cli-json-bulk-only = --json toplu düzenlemeler içindir (--from, --filter, --groups).

## The organisation's shared database (PostgreSQL)
database-url-bad = “{ $url }” veritabanı adresi kullanılamıyor: { $reason }
database-url-scheme = postgresql:// ile başlamalıdır
database-url-credentials = kullanıcı adı veya parola içermemelidir (herkes kendi dizin hesabıyla oturum açar)
database-url-options = seçenek içermemelidir (TLS her zaman açıktır ve doğrulanır)
database-url-no-host = bir sunucu belirtmiyor
database-url-no-database = bir veritabanı belirtmiyor (postgresql://HOST:PORT/DB)
database-unreachable = Paylaşılan veritabanı { $url } yanıt vermiyor: { $detail }
database-certificate = Paylaşılan veritabanı { $url }, bu bilgisayarın güvenmediği bir sertifikaya sahip ya da TLS sunmuyor: { $detail }
database-wrong-password = Paylaşılan veritabanı { $url } oturum açma isteğinizi reddetti: { $detail }
database-ca-file = Paylaşılan veritabanı { $url } için CA sertifika dosyası kullanılamıyor: { $detail }
database-no-role = Paylaşılan veritabanı { $url } içinde henüz bir hesabınız yok: veritabanı yöneticinizden “dirdesk db sync-roles” komutunu çalıştırmasını isteyin. ({ $detail })
database-not-allowed = Paylaşılan veritabanı { $url } buradan girmenize izin vermiyor: { $detail }
database-missing = Paylaşılan veritabanı { $url } mevcut değil: { $detail }
database-not-set-up = Paylaşılan veritabanı { $url } henüz dirdesk için kurulmamış: veritabanı yöneticinizden “dirdesk db init” komutunu çalıştırmasını isteyin.
database-newer = Paylaşılan veritabanı { $url } daha yeni bir dirdesk tarafından kurulmuş (şema { $version }; bu sürüm { $known } sürümünü biliyor): kullanmak için dirdesk’i güncelleyin. Hiçbir şey yazılmadı.
database-refused = Paylaşılan veritabanı { $url } bunu reddetti: { $detail }
database-other = Paylaşılan veritabanı { $url } bir hatayla yanıt verdi: { $detail }
db-check-not-set-up = Şema yok: “dirdesk db init” komutunu çalıştırın.
db-check-behind = Şema { $version } sürümünde; bu dirdesk { $latest } sürümünü getiriyor: “dirdesk db migrate” komutunu çalıştırın.
db-check-newer = Şema { $version } sürümünde; bu, bu dirdesk’in bildiğinden ({ $latest }) daha yeni.
db-check-no-role = { $role } grup rolü mevcut değil: “dirdesk db init” komutunu çalıştırın.
db-check-unsecured = { $table } üzerinde satır düzeyinde güvenlik kapalı: kullanıcılar birbirlerinin Geçmiş kayıtlarını okuyabilir.
db-check-history-writable = { $role }, Geçmiş satırlarını değiştirebilir veya kaldırabilir: Geçmiş artık yalnızca eklemeye açık olmaz.
db-check-retention-open = Eski Geçmiş kayıtlarını dirdesk_admin dışındakiler de kaldırabilir.
db-check-added-policy = { $policy } satır güvenliği ilkesini dirdesk oluşturmadı: kişilerin okumaması veya yazmaması gerekeni okumasına ya da yazmasına izin verebilir.
db-check-owner-records = Tabloların sahibi dirdesk_user içinde: satır güvenliği sahip için geçerli değildir, bu yüzden sahip değişiklik kaydetmemeli.
cli-db-no-database = “{ $name }” deposu bir paylaşılan veritabanı belirtmiyor (dirdesk store edit --database postgresql://HOST:PORT/DB).
cli-db-needs-password = Paylaşılan veritabanında dizin parolanızla oturum açılır: Kerberos ile değil, kullanıcı adınız ve parolanızla oturum açın.
cli-db-up-to-date = Şema güncel (sürüm { $version }).
cli-db-applied = { $version } geçişi uygulandı: { $name }
cli-db-version = Şema sürümü: { $version } (bu dirdesk: { $latest })
cli-db-my-roles = Rolleriniz: { $roles }
cli-db-no-roles = yok
cli-db-problem = Sorun: { $problem }
cli-db-all-well = Her şey dirdesk’in kurduğu gibi.
cli-db-role-created = { $login } oturum açma rolü oluşturuldu
cli-db-role-granted = { $login } artık { $role } içinde
cli-db-role-revoked = { $login } artık { $role } içinde değil
cli-db-roles-as-they-were = Roller zaten gruplara uygundu.
cli-db-member-unread = { $dn } üyesi okunamadı ({ $reason }): hiçbir rol değiştirilmedi.
cli-db-group-empty = { $dn } grubu boş görünüyor: hiçbir rol değiştirilmedi (bu herkesin erişimini kaldırırdı).
cli-db-role-kept = { $login } { $role } içinde kalıyor: bu üyeliği başka biri verdi.
cli-db-role-skipped = { $login } atlandı: PostgreSQL bunu rol adı olarak kullanamaz (çok uzun veya ayrılmış).
cli-database-ca-without-database = --database-ca-file bir veritabanı gerektirir: --database postgresql://HOST:PORT/DB seçeneğini de verin.
cli-about-db = Bir deponun paylaşılan veritabanını (PostgreSQL) kur ve denetle; veritabanı yöneticileri için
cli-about-db-init = dirdesk_user ve dirdesk_admin grup rollerini ve şemayı oluştur (yeniden çalıştırmak güvenlidir)
cli-about-db-migrate = Şemayı bu dirdesk’in sürümüne yükselt
cli-about-db-check = Şemanın sürümünü, rollerinizi ve Geçmiş korumalarının geçerli olup olmadığını bildir
cli-about-db-sync-roles = İki dizin grubundaki kişiler için oturum açma rolleri oluştur ve onları dirdesk_user veya dirdesk_admin üyesi yap
cli-arg-users-group = Üyeleri kendi değişikliklerini kaydeden ve kendi Geçmiş kayıtlarını okuyan grup
cli-arg-admins-group = Üyeleri herkesin Geçmiş kayıtlarını ve kuyruğunu okuyan grup
cli-arg-database = Kuruluşun paylaşılan Geçmiş kayıtları ve kuyruğu, postgresql://HOST:PORT/DB ("" bu dirdesk’in kendi dosyasına döner); depoyla birlikte yayımlanır
cli-arg-database-ca-file = Veritabanı sertifikasının doğrulandığı CA sertifika dosyası (PEM) ("" kaldırır)
database-no-bulk-yet = Bu dirdesk toplu düzenlemeleri henüz paylaşılan veritabanına kaydetmiyor: hiçbir şey değiştirilmedi. Nesneleri tek tek düzenleyin veya dirdesk’i güncelleyin.
queue-finished-elsewhere = başka bir masanız bu değişikliği bu arada kaydetti; iki kez kaydedilmez.
history-bad-date = “{ $date }” bir tarih değil: 2026-11-30 veya 2026-11-30T08:00:00Z biçiminde yazın.
history-col-when = Zaman
history-col-store = Kimlik deposu
history-col-object = Nesne
history-col-dn = DN
history-col-author = Değiştiren
history-col-attribute = Öznitelik
history-col-old = Eski değer
history-col-new = Yeni değer
history-col-told = Bildirimler
cli-history-needs-user = “{ $name }” deposu Geçmiş kayıtlarını paylaşılan bir veritabanında tutuyor: okumak için --user ve --password-stdin ile oturum açın.
cli-history-written = { $count } değişiklik { $path } dosyasına yazıldı.
cli-arg-user-filter = Yalnızca bu kişinin yaptığı değişiklikler (oturum açma adı)
cli-arg-attribute = Yalnızca bu öznitelikteki değişiklikler
cli-arg-contains = Yalnızca eski ya da yeni bir değerin bu metni içerdiği değişiklikler
cli-arg-since = Bu günden (2026-11-30) ya da andan (2026-11-30T08:00:00Z) itibaren
cli-arg-until = Bu günün sonuna ya da bu ana kadar
cli-arg-csv = Değişiklikleri bu dosyaya CSV olarak yaz, öznitelik başına bir satır
cli-arg-history-user = Bir deponun paylaşılan veritabanını okumak için oturum açacak kişi
queue-not-here = { $address } adresine giden { $id } numaralı e-posta bu dirdesk’ten gönderilmedi: { $reason }
queue-waits-for-sender = { $login } kullanıcısının kendi e-posta hesabıyla, { $login } kullanıcısının oturum açtığı bir dirdesk’ten gönderilir
cli-queue-needs-user = “{ $name }” deposu kuyruğunu paylaşılan bir veritabanında tutuyor: --user ve --password-stdin ile oturum açın.
cli-queue-local-store = “{ $name }” deposu kuyruğunu bu dirdesk’te tutuyor: oturum açmak gerekmez (--user seçeneğini kullanmayın).
cli-queue-no-shared-store = Buradaki hiçbir kimlik deposu kuyruğunu paylaşılan bir veritabanında tutmuyor: bu dirdesk’in kendi kuyruğu için --user seçeneğini kullanmayın.
cli-queue-which-store = Buradaki birden çok kimlik deposu kuyruğunu paylaşılan bir veritabanında tutuyor: --store ile birini belirtin.
history-filter-user = Değiştiren (kullanıcı adı)
history-filter-object = Nesne (DN)
history-filter-attribute = Öznitelik
history-filter-contains = Eski ya da yeni değerde geçen metin
history-filter-since = Başlangıç
history-filter-until = Bitiş
history-search = Ara
history-clear = Temizle
history-export = CSV Dışa Aktar…
history-previous = Önceki
history-next = Sonraki
history-page = Sayfa { $number }
history-recorded-by = { $login } tarafından { $at } tarihinde kaydedildi
history-source-this-desk = Bu dirdesk’te kaydedildi.
history-source-shared = Kuruluşun { $database } veritabanından, { $person } olarak.
history-sign-in-first = “{ $store }”, Geçmiş kayıtlarını ve kuyruğunu kuruluşun { $database } veritabanında tutuyor: bunları görmek için Nesne Düzenleyici’de “{ $store }” deposunda oturum açın.
keep-days = { $count } gün
keep-months = { $count } ay
keep-years = { $count ->
    [one] 1 yıl
   *[other] { $count } yıl
}
keep-all = Tümü (hiçbir şey kaldırılmaz)
keep-unknown = “{ $text }” bir saklama seçeneği değil: şunlardan birini kullanın: { $choices }.
keep-other = bu dirdesk’in sunmadığı bir süre
cli-db-retention = Geçmiş saklama süresi: { $keep } (seçen: { $who }, { $at }); daha eski kayıtlar, hâlâ bir e-postanın beklediği kayıtlar dışında masalar tarafından kaldırılır.
cli-db-retention-unchosen = Tüm Geçmiş saklanıyor: hiçbir yönetici ne kadar süre saklanacağını seçmedi.
cli-db-retention-removed = Bundan daha eski { $count } Geçmiş kaydı kaldırıldı.
cli-about-db-retention = Paylaşılan Geçmişin ne kadar süre saklandığını göster veya (dirdesk_admin üyeleri) bunu seç
cli-arg-keep = 30-days, 60-days, 90-days, 6-months, 1-year, 2-years, 5-years veya all (hiçbir şey kaldırılmaz)
history-keep = Geçmişi sakla:
history-keep-chosen-by = seçen: { $who }
history-kept = Seçildiği gibi saklandı: { $count } eski kayıt kaldırıldı.
cli-history-uploaded = Bu dirdesk’in Geçmişinden { $added } değişikliğiniz yüklendi; { $there } tanesi zaten oradaydı.
cli-history-left-for = { $name } tarafından yapılan { $count } değişiklik, kendisi (kendi adıyla oturum açarak) yükleyene kadar bu dirdesk’te kalır.
cli-arg-upload = Deponun bu dirdesk’teki kendi Geçmişinde bulunan değişikliklerinizi deponun paylaşılan veritabanına ekle (bir kez: yeniden çalıştırmak hiçbir şey eklemez)
queue-waits-for-store-account = deponun kendi e-posta hesabıyla, bu hesapla göndermek üzere ayarlanmış bir dirdesk’ten gönderilir
