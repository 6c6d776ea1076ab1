//! What a template can say: the values of one change for one recipient (in
//! the recipient's language), the sample change the editor previews and
//! checks with, and the dictionary of tags the editor inserts.

use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;
use minijinja::value::{Serde, Value};
use serde::Serialize;

use super::EmailKind;
use crate::domain::StoreId;
use crate::domain::change::{AttributeChange, Author, ChangeRecord};
use crate::domain::directory_object::ObjectKind;
use crate::domain::recipients::{Reason, Recipient};

#[derive(Serialize)]
struct Object<'a> {
    name: &'a str,
    kind: String,
    dn: &'a str,
}

#[derive(Serialize)]
struct Person<'a> {
    name: Option<&'a str>,
    mail: Option<&'a str>,
    dn: &'a str,
}

#[derive(Serialize)]
struct To<'a> {
    name: Option<&'a str>,
    address: &'a str,
}

/// One changed attribute: a single value as old → new, a list as added and
/// removed values.
#[derive(Serialize)]
struct Changed {
    attribute: String,
    single: bool,
    old: String,
    new: String,
    added: Vec<String>,
    removed: Vec<String>,
}

#[derive(Serialize)]
struct ChangeEmail<'a> {
    own: bool,
    store: &'a str,
    object: Object<'a>,
    author: Person<'a>,
    recipient: To<'a>,
    when: String,
    changes: Vec<Changed>,
    reasons: Vec<String>,
}

/// One object of a digest, with its changed attributes.
#[derive(Serialize)]
struct ListedObject<'a> {
    name: &'a str,
    kind: String,
    dn: &'a str,
    changes: Vec<Changed>,
}

#[derive(Serialize)]
struct DigestEmail<'a> {
    own: bool,
    store: &'a str,
    author: Person<'a>,
    recipient: To<'a>,
    when: String,
    count: usize,
    objects: Vec<ListedObject<'a>>,
    /// How many are not listed (they are in the attachment).
    more: usize,
    attachment: Option<&'a str>,
    reasons: Vec<String>,
}

#[derive(Serialize)]
struct TestEmail<'a> {
    server: &'a str,
    store: &'a str,
    when: String,
    recipient: To<'a>,
}

fn kind_label(loader: &FluentLanguageLoader, kind: ObjectKind) -> String {
    match kind {
        ObjectKind::Group => fl!(loader, "kind-group"),
        ObjectKind::User => fl!(loader, "kind-user"),
        ObjectKind::Other => fl!(loader, "kind-other"),
    }
}

fn reason_text(loader: &FluentLanguageLoader, reason: Reason) -> String {
    match reason {
        Reason::LoggedInUser => fl!(loader, "email-why-logged-in-user"),
        Reason::To | Reason::Cc => fl!(loader, "email-why-list"),
        Reason::ObjectModified => fl!(loader, "email-why-object"),
        Reason::GroupOwner => fl!(loader, "email-why-owner"),
        Reason::Manager => fl!(loader, "email-why-manager"),
        Reason::AddedMember => fl!(loader, "email-why-added"),
        Reason::RemovedMember => fl!(loader, "email-why-removed"),
        Reason::PublicGroupOwner => fl!(loader, "email-why-public-owner"),
    }
}

/// Why someone gets a digest: as for one change, said of several.
fn digest_reason_text(loader: &FluentLanguageLoader, reason: Reason) -> String {
    match reason {
        Reason::LoggedInUser => fl!(loader, "email-digest-why-logged-in-user"),
        Reason::To | Reason::Cc => fl!(loader, "email-why-list"),
        Reason::ObjectModified => fl!(loader, "email-digest-why-object"),
        Reason::GroupOwner => fl!(loader, "email-digest-why-owner"),
        Reason::Manager => fl!(loader, "email-digest-why-manager"),
        Reason::AddedMember => fl!(loader, "email-digest-why-added"),
        Reason::RemovedMember => fl!(loader, "email-digest-why-removed"),
        Reason::PublicGroupOwner => fl!(loader, "email-digest-why-public-owner"),
    }
}

fn changed(loader: &FluentLanguageLoader, change: &AttributeChange) -> Changed {
    let single = change.old.len() <= 1 && change.new.len() <= 1;
    let none = || fl!(loader, "email-no-value");
    Changed {
        attribute: change.attribute.clone(),
        single,
        old: change.old.first().cloned().unwrap_or_else(none),
        new: change.new.first().cloned().unwrap_or_else(none),
        added: change.added().into_iter().map(str::to_owned).collect(),
        removed: change.removed().into_iter().map(str::to_owned).collect(),
    }
}

/// When, in the recipient's language and the desk's time zone, with the
/// offset spelled out: an abbreviation alone ("CET", "+03") is not plain to
/// everyone.
fn when(loader: &FluentLanguageLoader, at: jiff::Timestamp, tz: &jiff::tz::TimeZone) -> String {
    let mut when = crate::i18n::date_time_in(loader, at, tz);
    if tz.to_offset(at) != jiff::tz::Offset::UTC {
        when.push_str(&at.to_zoned(tz.clone()).strftime(" (UTC%:z)").to_string());
    }
    when
}

/// The values of the confirmation of `record` for `recipient`.
pub fn change_context(
    loader: &FluentLanguageLoader,
    record: &ChangeRecord,
    recipient: &Recipient,
    tz: &jiff::tz::TimeZone,
) -> Value {
    let mut reasons: Vec<String> = recipient
        .reasons
        .iter()
        .map(|r| reason_text(loader, *r))
        .collect();
    reasons.dedup();
    Value::from(Serde(ChangeEmail {
        own: recipient.reasons.contains(&Reason::LoggedInUser),
        store: &record.store_name,
        object: Object {
            name: &record.object_name,
            kind: kind_label(loader, record.object_kind),
            dn: &record.object_dn,
        },
        author: Person {
            name: Some(&record.author.name),
            mail: record.author.mail.as_deref(),
            dn: &record.author.dn,
        },
        recipient: To {
            name: recipient.name.as_deref(),
            address: &recipient.address,
        },
        when: when(loader, record.at, tz),
        changes: record.changes.iter().map(|c| changed(loader, c)).collect(),
        reasons,
    }))
}

/// Values a digest lists per attribute (the attached list has them all):
/// fifty objects of fifty thousand members each stay an email.
const DIGEST_VALUES: usize = 20;

fn capped(mut change: Changed) -> Changed {
    for values in [&mut change.added, &mut change.removed] {
        if values.len() > DIGEST_VALUES {
            let more = values.len() - DIGEST_VALUES;
            values.truncate(DIGEST_VALUES);
            values.push(format!("… (+{more})"));
        }
    }
    change
}

/// The values of a bulk edit's digest for its recipient, by `author`.
pub fn digest_context(
    loader: &FluentLanguageLoader,
    digest: &crate::domain::digest::Digest,
    author: &Author,
    tz: &jiff::tz::TimeZone,
) -> Value {
    let mut reasons: Vec<String> = digest
        .recipient
        .reasons
        .iter()
        .map(|r| digest_reason_text(loader, *r))
        .collect();
    reasons.dedup();
    let first = digest.listed.first();
    let recipient = &digest.recipient;
    Value::from(Serde(DigestEmail {
        own: recipient.reasons.contains(&Reason::LoggedInUser),
        store: first.map_or("", |r| r.store_name.as_str()),
        author: Person {
            name: Some(&author.name),
            mail: author.mail.as_deref(),
            dn: &author.dn,
        },
        recipient: To {
            name: recipient.name.as_deref(),
            address: &recipient.address,
        },
        when: first.map(|r| when(loader, r.at, tz)).unwrap_or_default(),
        count: digest.count,
        objects: digest
            .listed
            .iter()
            .map(|record| ListedObject {
                name: &record.object_name,
                kind: kind_label(loader, record.object_kind),
                dn: &record.object_dn,
                changes: record
                    .changes
                    .iter()
                    .map(|c| capped(changed(loader, c)))
                    .collect(),
            })
            .collect(),
        more: digest.more(),
        attachment: digest
            .attachment
            .is_some()
            .then_some(crate::domain::digest::ATTACHMENT_NAME),
        reasons,
    }))
}

/// The values of the Test Server email.
pub fn test_context(
    loader: &FluentLanguageLoader,
    server: &str,
    store: &str,
    address: &str,
    at: jiff::Timestamp,
) -> Value {
    Value::from(Serde(TestEmail {
        server,
        store,
        when: when(loader, at, &jiff::tz::TimeZone::system()),
        recipient: To {
            name: None,
            address,
        },
    }))
}

/// The change the editor previews and checks a template with: a group's
/// description and members, by Alice, seen by herself (`own`) or by the
/// store's list.
pub fn sample_record(store: &str) -> ChangeRecord {
    ChangeRecord {
        store_id: StoreId("sample".into()),
        store_name: store.to_owned(),
        object_dn: "CN=Marketing,OU=Groups,DC=example,DC=test".into(),
        object_name: "Marketing".into(),
        object_kind: ObjectKind::Group,
        author: Author {
            dn: "CN=Alice Archer,OU=People,DC=example,DC=test".into(),
            name: "Alice Archer".into(),
            mail: Some("alice@example.test".into()),
            language: None,
        },
        at: "2026-11-28T10:15:00Z".parse().unwrap_or_default(),
        changes: vec![
            AttributeChange {
                attribute: "description".into(),
                old: vec!["Campaigns".into()],
                new: vec!["Campaigns & events <2027>".into()],
            },
            AttributeChange {
                attribute: "member".into(),
                old: vec!["CN=Bob Baker,OU=People,DC=example,DC=test".into()],
                new: vec![
                    "CN=Carol Clark,OU=People,DC=example,DC=test".into(),
                    "CN=Dan Dunn,OU=People,DC=example,DC=test".into(),
                ],
            },
        ],
    }
}

/// Who reads a sample: Alice, its author (`own`), or the store's list,
/// which is also told for `also`.
fn sample_recipient(lang: &str, own: bool, also: Reason) -> Recipient {
    if own {
        Recipient {
            address: "alice@example.test".into(),
            name: Some("Alice Archer".into()),
            language: Some(lang.to_owned()),
            reasons: vec![Reason::LoggedInUser],
        }
    } else {
        Recipient {
            address: "audit@example.test".into(),
            name: None,
            language: Some(lang.to_owned()),
            reasons: vec![Reason::To, also],
        }
    }
}

/// The sample values for `kind`: the author's own confirmation, or (with
/// `own` false) the one the store's list and an anonymous address read.
pub fn sample_context(kind: EmailKind, lang: &str, store: &str, own: bool) -> Value {
    let loader = crate::i18n::loader_for(Some(lang));
    let at: jiff::Timestamp = "2026-11-28T10:15:00Z".parse().unwrap_or_default();
    match kind {
        EmailKind::Change => {
            let recipient = sample_recipient(lang, own, Reason::AddedMember);
            change_context(
                &loader,
                &sample_record(store),
                &recipient,
                &jiff::tz::TimeZone::UTC,
            )
        }
        EmailKind::Digest => {
            let record = sample_record(store);
            let mut second = record.clone();
            second.object_dn = "CN=Sales,OU=Groups,DC=example,DC=test".into();
            second.object_name = "Sales".into();
            second.changes.truncate(1);
            let recipient = sample_recipient(lang, own, Reason::GroupOwner);
            // The list of 120 changes: two in the body, the rest attached.
            let digest = crate::domain::digest::Digest {
                recipient,
                count: 120,
                listed: vec![record.clone(), second],
                attachment: Some(Vec::new()),
            };
            digest_context(&loader, &digest, &record.author, &jiff::tz::TimeZone::UTC)
        }
        EmailKind::Test => test_context(
            &loader,
            "smtp.example.test",
            store,
            "alice@example.test",
            at,
        ),
    }
}

/// One entry of the editor's dictionary of tags.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag {
    /// The name a template uses (`object.name`), and the only ones it may.
    pub name: &'static str,
    /// What the editor inserts for it into the HTML and the text part.
    pub html: &'static str,
    pub text: &'static str,
}

impl Tag {
    const fn value(name: &'static str, both: &'static str) -> Self {
        Self {
            name,
            html: both,
            text: both,
        }
    }

    pub fn label(&self) -> String {
        crate::i18n::LANGUAGE_LOADER.get(&format!(
            "template-tag-{}",
            self.name.replace(['.', '_'], "-")
        ))
    }
}

pub type Dictionary = &'static [Tag];

const CHANGES_HTML: &str = "<table>\n<tr><th>Attribute</th><th>Old value</th><th>New value</th></tr>\n{% for change in changes %}\n<tr><td>{{ change.attribute }}</td>\n{% if change.single %}\n<td>{{ change.old }}</td><td>{{ change.new }}</td>\n{% else %}\n<td>{{ change.removed | join(\", \") }}</td><td>{{ change.added | join(\", \") }}</td>\n{% endif %}\n</tr>\n{% endfor %}\n</table>\n";
const CHANGES_TEXT: &str = "{% for change in changes %}\n{{ change.attribute }}:\n{% if change.single %}\n  {{ change.old }} -> {{ change.new }}\n{% else %}\n{% for value in change.added %}\n  + {{ value }}\n{% endfor %}\n{% for value in change.removed %}\n  - {{ value }}\n{% endfor %}\n{% endif %}\n{% endfor %}\n";

const CHANGE_TAGS: &[Tag] = &[
    Tag::value("object.name", "{{ object.name }}"),
    Tag::value("object.kind", "{{ object.kind }}"),
    Tag::value("object.dn", "{{ object.dn }}"),
    Tag {
        name: "changes",
        html: CHANGES_HTML,
        text: CHANGES_TEXT,
    },
    Tag::value("author.name", "{{ author.name }}"),
    Tag::value("author.mail", "{{ author.mail }}"),
    Tag::value("author.dn", "{{ author.dn }}"),
    Tag::value("when", "{{ when }}"),
    Tag::value("store", "{{ store }}"),
    Tag::value("recipient.name", "{{ recipient.name }}"),
    Tag::value("recipient.address", "{{ recipient.address }}"),
    Tag::value("own", "{% if own %}{% else %}{% endif %}"),
    Tag {
        name: "reasons",
        html: "{% for reason in reasons %}\n<p>{{ reason }}</p>\n{% endfor %}\n",
        text: "{% for reason in reasons %}\n{{ reason }}\n{% endfor %}\n",
    },
];

const TEST_TAGS: &[Tag] = &[
    Tag::value("server", "{{ server }}"),
    Tag::value("store", "{{ store }}"),
    Tag::value("when", "{{ when }}"),
    Tag::value("recipient.address", "{{ recipient.address }}"),
];

const OBJECTS_HTML: &str = "<table>\n<tr><th>Object</th><th>Attribute</th><th>Old value</th><th>New value</th></tr>\n{% for item in objects %}\n{% for change in item.changes %}\n<tr><td>{{ item.name }}</td><td>{{ change.attribute }}</td>\n{% if change.single %}\n<td>{{ change.old }}</td><td>{{ change.new }}</td>\n{% else %}\n<td>{{ change.removed | join(\", \") }}</td><td>{{ change.added | join(\", \") }}</td>\n{% endif %}\n</tr>\n{% endfor %}\n{% endfor %}\n</table>\n";
const OBJECTS_TEXT: &str = "{% for item in objects %}\n{{ item.name }} ({{ item.dn }})\n{% for change in item.changes %}\n  {{ change.attribute }}:\n{% if change.single %}\n    {{ change.old }} -> {{ change.new }}\n{% else %}\n{% for value in change.added %}\n    + {{ value }}\n{% endfor %}\n{% for value in change.removed %}\n    - {{ value }}\n{% endfor %}\n{% endif %}\n{% endfor %}\n{% endfor %}\n";

const DIGEST_TAGS: &[Tag] = &[
    Tag::value("count", "{{ count }}"),
    Tag {
        name: "objects",
        html: OBJECTS_HTML,
        text: OBJECTS_TEXT,
    },
    Tag::value("more", "{% if more %}{{ more }}{% endif %}"),
    Tag::value("attachment", "{{ attachment }}"),
    Tag::value("author.name", "{{ author.name }}"),
    Tag::value("author.mail", "{{ author.mail }}"),
    Tag::value("author.dn", "{{ author.dn }}"),
    Tag::value("when", "{{ when }}"),
    Tag::value("store", "{{ store }}"),
    Tag::value("recipient.name", "{{ recipient.name }}"),
    Tag::value("recipient.address", "{{ recipient.address }}"),
    Tag::value("own", "{% if own %}{% else %}{% endif %}"),
    Tag {
        name: "reasons",
        html: "{% for reason in reasons %}\n<p>{{ reason }}</p>\n{% endfor %}\n",
        text: "{% for reason in reasons %}\n{{ reason }}\n{% endfor %}\n",
    },
];

/// The tags `kind`'s templates may use.
pub fn dictionary(kind: EmailKind) -> Dictionary {
    match kind {
        EmailKind::Change => CHANGE_TAGS,
        EmailKind::Digest => DIGEST_TAGS,
        EmailKind::Test => TEST_TAGS,
    }
}
