//! Who gets told about a change, and why: the store's "Also Notify" choices
//! and its To/CC lists applied to a change record. Each address is reached
//! once; addresses are checked, and a malformed one is reported, not used.

use serde::{Deserialize, Serialize};

use super::change::ChangeRecord;
use super::directory_object::ObjectKind;
use super::dn;
use super::email_address;
use super::notification_settings::NotificationSettings;

/// Why someone is told.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    /// "Logged in users for their actions": the author.
    LoggedInUser,
    /// The store's To: list.
    To,
    /// The store's CC: list.
    Cc,
    /// "Object being modified" (or a member of the modified group).
    ObjectModified,
    GroupOwner,
    Manager,
    AddedMember,
    RemovedMember,
    /// "Public group owner for membership": an owner of a group someone
    /// joined or left by themselves.
    PublicGroupOwner,
}

/// A person in the directory, as far as notifications care.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Person {
    pub dn: String,
    pub name: String,
    pub mail: Option<String>,
    pub language: Option<String>,
}

/// The facts about the changed object that decide who else is told,
/// looked up in the directory after the change.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Audience {
    /// The object itself (its `mail`), when it is a person or mail-enabled group.
    pub object: Option<Person>,
    /// For a group: its members as they are now.
    pub members: Vec<Person>,
    /// For a group: `owner` and `managedBy`.
    pub owners: Vec<Person>,
    /// For a user: their `manager`.
    pub manager: Option<Person>,
    /// Members added and removed by this change.
    pub added_members: Vec<Person>,
    pub removed_members: Vec<Person>,
}

/// One email to send.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recipient {
    pub address: String,
    pub name: Option<String>,
    /// `preferredLanguage`; `None` means English.
    pub language: Option<String>,
    pub reasons: Vec<Reason>,
}

/// Someone who would have been told but is not, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum NotSent {
    /// The author has no `mail`: "notifications go to mail-enabled users only".
    NotMailEnabled { dn: String },
    /// A `mail` value (or a To/CC entry) that is not an address.
    MalformedAddress { who: String, address: String },
    /// The email could not be written, not even with the built-in template
    /// (a digest of values past its budget): why.
    Unwritten { who: String, problem: String },
}

/// The outcome of the policy for one change.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Plan {
    pub recipients: Vec<Recipient>,
    pub not_sent: Vec<NotSent>,
}

impl Plan {
    fn add(
        &mut self,
        who: &str,
        address: &str,
        name: Option<&str>,
        language: Option<&str>,
        reason: Reason,
    ) {
        let address = address.trim();
        if !email_address::is_valid(address) {
            self.not_sent.push(NotSent::MalformedAddress {
                who: who.to_owned(),
                address: address.to_owned(),
            });
            return;
        }
        match self
            .recipients
            .iter_mut()
            .find(|r| r.address.eq_ignore_ascii_case(address))
        {
            Some(existing) => {
                if !existing.reasons.contains(&reason) {
                    existing.reasons.push(reason);
                }
                // A personal language beats the English of the To/CC lists.
                if existing.language.is_none() {
                    existing.language = language.map(str::to_owned);
                }
                if existing.name.is_none() {
                    existing.name = name.map(str::to_owned);
                }
            }
            None => self.recipients.push(Recipient {
                address: address.to_owned(),
                name: name.map(str::to_owned),
                language: language.map(str::to_owned),
                reasons: vec![reason],
            }),
        }
    }

    fn add_person(&mut self, person: &Person, reason: Reason) {
        if let Some(mail) = &person.mail {
            self.add(
                &person.dn,
                mail,
                Some(&person.name),
                person.language.as_deref(),
                reason,
            );
        }
    }

    /// Whether `address` gets an email.
    pub fn reaches(&self, address: &str) -> bool {
        self.recipients
            .iter()
            .any(|r| r.address.eq_ignore_ascii_case(address))
    }
}

/// Applies the store's settings to a change.
pub fn plan(settings: &NotificationSettings, record: &ChangeRecord, audience: &Audience) -> Plan {
    let mut plan = Plan::default();
    let also = &settings.also_notify;
    if also.logged_in_users {
        match &record.author.mail {
            Some(mail) => plan.add(
                &record.author.dn,
                mail,
                Some(&record.author.name),
                record.author.language.as_deref(),
                Reason::LoggedInUser,
            ),
            None => plan.not_sent.push(NotSent::NotMailEnabled {
                dn: record.author.dn.clone(),
            }),
        }
    }
    if also.object_modified {
        if let Some(object) = &audience.object {
            plan.add_person(object, Reason::ObjectModified);
        }
        if record.object_kind == ObjectKind::Group {
            for member in &audience.members {
                plan.add_person(member, Reason::ObjectModified);
            }
        }
    }
    if also.group_owners && record.object_kind == ObjectKind::Group {
        for owner in &audience.owners {
            plan.add_person(owner, Reason::GroupOwner);
        }
    }
    // Someone who joined or left by themselves: the owners hear of it
    // (the author, if an owner, has their own confirmation).
    if also.public_group_owners && own_membership(record).is_some() {
        for owner in audience
            .owners
            .iter()
            .filter(|o| !dn::same(&o.dn, &record.author.dn))
        {
            plan.add_person(owner, Reason::PublicGroupOwner);
        }
    }
    if also.managers
        && record.object_kind == ObjectKind::User
        && let Some(manager) = &audience.manager
    {
        plan.add_person(manager, Reason::Manager);
    }
    if also.added_members {
        for member in &audience.added_members {
            plan.add_person(member, Reason::AddedMember);
        }
    }
    if also.removed_members {
        for member in &audience.removed_members {
            plan.add_person(member, Reason::RemovedMember);
        }
    }
    // The store's lists get every notification, in English.
    for (list, reason) in [(&settings.to, Reason::To), (&settings.cc, Reason::Cc)] {
        for address in list {
            plan.add(address, address, None, None, reason);
        }
    }
    plan
}

/// Whether the author joined or left a group by themselves: their own
/// entry added to (`Some(true)`) or removed from (`Some(false)`) its members,
/// and nothing else changed. An owner adding or removing others is not.
pub fn own_membership(record: &ChangeRecord) -> Option<bool> {
    if record.object_kind != ObjectKind::Group
        || record.changes.is_empty()
        || !record
            .changes
            .iter()
            .all(|c| is_member_attribute(&c.attribute))
    {
        return None;
    }
    let (added, removed) = member_changes(record);
    let own = |dns: &[String]| dns.len() == 1 && dn::same(&dns[0], &record.author.dn);
    match (added.is_empty(), removed.is_empty()) {
        (false, true) if own(&added) => Some(true),
        (true, false) if own(&removed) => Some(false),
        _ => None,
    }
}

/// Whether `attribute` lists a group's members.
pub fn is_member_attribute(attribute: &str) -> bool {
    attribute.eq_ignore_ascii_case("member") || attribute.eq_ignore_ascii_case("uniqueMember")
}

/// The DNs a change added to and removed from `member`/`uniqueMember`.
pub fn member_changes(record: &ChangeRecord) -> (Vec<String>, Vec<String>) {
    let mut added = Vec::new();
    let mut removed = Vec::new();
    for change in record
        .changes
        .iter()
        .filter(|c| is_member_attribute(&c.attribute))
    {
        let keys = |values: &[String]| -> std::collections::HashSet<String> {
            values.iter().map(|v| dn::key(v)).collect()
        };
        let (old, new) = (keys(&change.old), keys(&change.new));
        added.extend(
            change
                .new
                .iter()
                .filter(|n| !old.contains(&dn::key(n)))
                .cloned(),
        );
        removed.extend(
            change
                .old
                .iter()
                .filter(|o| !new.contains(&dn::key(o)))
                .cloned(),
        );
    }
    (added, removed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::StoreId;
    use crate::domain::change::{AttributeChange, Author};
    use crate::domain::notification_settings::AlsoNotify;

    fn person(uid: &str, mail: Option<&str>, language: Option<&str>) -> Person {
        Person {
            dn: format!("uid={uid},ou=people,dc=example,dc=test"),
            name: uid.to_uppercase(),
            mail: mail.map(str::to_owned),
            language: language.map(str::to_owned),
        }
    }

    fn record(author_mail: Option<&str>, kind: ObjectKind) -> ChangeRecord {
        ChangeRecord {
            store_id: StoreId("s".into()),
            store_name: "Demo".into(),
            object_dn: "cn=Marketing,ou=groups,dc=example,dc=test".into(),
            object_name: "Marketing".into(),
            object_kind: kind,
            author: Author {
                dn: "uid=alice,ou=people,dc=example,dc=test".into(),
                name: "Alice".into(),
                mail: author_mail.map(str::to_owned),
                language: Some("de".into()),
            },
            at: jiff::Timestamp::UNIX_EPOCH,
            changes: vec![AttributeChange {
                attribute: "member".into(),
                old: vec!["uid=bob,ou=people,dc=example,dc=test".into()],
                new: vec!["uid=erin,ou=people,dc=example,dc=test".into()],
            }],
        }
    }

    fn settings(also: AlsoNotify) -> NotificationSettings {
        NotificationSettings {
            also_notify: also,
            ..Default::default()
        }
    }

    fn addresses(plan: &Plan) -> Vec<(&str, Vec<Reason>)> {
        plan.recipients
            .iter()
            .map(|r| (r.address.as_str(), r.reasons.clone()))
            .collect()
    }

    #[test]
    fn logged_in_users_get_their_own_confirmation_only_when_mail_enabled() {
        let on = settings(AlsoNotify {
            logged_in_users: true,
            ..Default::default()
        });
        let plan = plan(
            &on,
            &record(Some("alice@example.test"), ObjectKind::Group),
            &Audience::default(),
        );
        assert_eq!(
            addresses(&plan),
            vec![("alice@example.test", vec![Reason::LoggedInUser])]
        );
        assert_eq!(plan.recipients[0].language.as_deref(), Some("de"));

        let plan2 = super::plan(&on, &record(None, ObjectKind::Group), &Audience::default());
        assert!(plan2.recipients.is_empty());
        assert_eq!(
            plan2.not_sent,
            vec![NotSent::NotMailEnabled {
                dn: "uid=alice,ou=people,dc=example,dc=test".into()
            }]
        );

        let off = settings(AlsoNotify::default());
        assert_eq!(
            super::plan(
                &off,
                &record(Some("alice@example.test"), ObjectKind::Group),
                &Audience::default()
            ),
            Plan::default()
        );
    }

    #[test]
    fn each_choice_reaches_its_people_once() {
        let all = settings(AlsoNotify {
            logged_in_users: true,
            object_modified: true,
            group_owners: true,
            managers: true,
            added_members: true,
            removed_members: true,
            public_group_owners: true,
        });
        let audience = Audience {
            object: None,
            members: vec![
                person("alice", Some("alice@example.test"), None),
                person("erin", Some("erin@example.test"), None),
            ],
            owners: vec![
                person("alice", Some("ALICE@example.test"), None),
                person("carol", None, None),
            ],
            manager: Some(person("boss", Some("boss@example.test"), None)),
            added_members: vec![person("erin", Some("erin@example.test"), None)],
            removed_members: vec![person("bob", Some("bob@example.test"), Some("fr"))],
        };
        let plan = plan(
            &all,
            &record(Some("alice@example.test"), ObjectKind::Group),
            &audience,
        );
        assert_eq!(
            addresses(&plan),
            vec![
                (
                    "alice@example.test",
                    vec![
                        Reason::LoggedInUser,
                        Reason::ObjectModified,
                        Reason::GroupOwner
                    ]
                ),
                (
                    "erin@example.test",
                    vec![Reason::ObjectModified, Reason::AddedMember]
                ),
                ("bob@example.test", vec![Reason::RemovedMember]),
            ],
            "a group's change does not go to a user's manager; carol has no mail"
        );
    }

    fn own(old: &[&str], new: &[&str]) -> ChangeRecord {
        let dns = |uids: &[&str]| -> Vec<String> {
            uids.iter()
                .map(|u| format!("uid={u},ou=people,dc=example,dc=test"))
                .collect()
        };
        let mut record = record(Some("alice@example.test"), ObjectKind::Group);
        record.changes[0].old = dns(old);
        record.changes[0].new = dns(new);
        record
    }

    #[test]
    fn a_join_or_leave_by_the_member_themselves_is_told_to_the_other_owners() {
        assert_eq!(
            own_membership(&own(&["bob"], &["bob", "alice"])),
            Some(true)
        );
        assert_eq!(
            own_membership(&own(&["bob", "ALICE"], &["bob"])),
            Some(false)
        );
        assert_eq!(own_membership(&own(&["bob"], &["erin"])), None, "others");
        assert_eq!(
            own_membership(&own(&["bob"], &["bob", "alice", "erin"])),
            None,
            "themselves and another"
        );
        let mut with_more = own(&[], &["alice"]);
        with_more.changes.push(AttributeChange {
            attribute: "description".into(),
            old: vec![],
            new: vec!["x".into()],
        });
        assert_eq!(own_membership(&with_more), None, "not a membership only");
        let mut user = own(&[], &["alice"]);
        user.object_kind = ObjectKind::User;
        assert_eq!(own_membership(&user), None);

        let on = settings(AlsoNotify {
            public_group_owners: true,
            ..Default::default()
        });
        let audience = Audience {
            owners: vec![
                person("carol", Some("carol@example.test"), Some("fi")),
                person("alice", Some("alice@example.test"), None),
            ],
            ..Default::default()
        };
        let joined = plan(&on, &own(&["bob"], &["bob", "alice"]), &audience);
        assert_eq!(
            addresses(&joined),
            vec![("carol@example.test", vec![Reason::PublicGroupOwner])],
            "the author, an owner too, is not told as one"
        );
        assert_eq!(joined.recipients[0].language.as_deref(), Some("fi"));
        let left = plan(&on, &own(&["bob", "alice"], &["bob"]), &audience);
        assert_eq!(addresses(&left), addresses(&joined));
        assert!(
            plan(&on, &own(&["bob"], &["erin"]), &audience)
                .recipients
                .is_empty(),
            "an owner editing the members is not a join"
        );
        let off = settings(AlsoNotify::default());
        assert!(
            plan(&off, &own(&["bob"], &["bob", "alice"]), &audience)
                .recipients
                .is_empty()
        );
    }

    #[test]
    fn managers_are_told_about_their_direct_reports() {
        let s = settings(AlsoNotify {
            managers: true,
            ..Default::default()
        });
        let audience = Audience {
            manager: Some(person("boss", Some("boss@example.test"), None)),
            ..Default::default()
        };
        let plan = plan(&s, &record(None, ObjectKind::User), &audience);
        assert_eq!(
            addresses(&plan),
            vec![("boss@example.test", vec![Reason::Manager])]
        );
    }

    #[test]
    fn to_and_cc_get_every_notification_and_bad_addresses_are_reported() {
        let mut s = settings(AlsoNotify {
            logged_in_users: true,
            ..Default::default()
        });
        s.to = vec!["audit@example.test".into(), "alice@example.test".into()];
        s.cc = vec!["it@example.test".into()];
        let audience = Audience {
            object: Some(person(
                "x",
                Some(
                    "x@example.test
Bcc: eve@evil.test",
                ),
                None,
            )),
            ..Default::default()
        };
        s.also_notify.object_modified = true;
        let plan = plan(
            &s,
            &record(Some("alice@example.test"), ObjectKind::User),
            &audience,
        );
        assert_eq!(
            addresses(&plan),
            vec![
                ("alice@example.test", vec![Reason::LoggedInUser, Reason::To]),
                ("audit@example.test", vec![Reason::To]),
                ("it@example.test", vec![Reason::Cc]),
            ]
        );
        assert_eq!(
            plan.recipients[0].language.as_deref(),
            Some("de"),
            "the personal language wins"
        );
        assert!(
            matches!(&plan.not_sent[0], NotSent::MalformedAddress { address, .. } if address.contains("Bcc"))
        );
    }

    #[test]
    fn member_changes_compare_dns_sensibly() {
        let mut r = record(None, ObjectKind::Group);
        r.changes[0]
            .new
            .push("UID=Bob, ou=people,dc=example,dc=test".into());
        let (added, removed) = member_changes(&r);
        assert_eq!(
            added,
            vec!["uid=erin,ou=people,dc=example,dc=test".to_owned()]
        );
        assert!(removed.is_empty());
    }
}
