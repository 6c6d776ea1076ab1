//! Joining and leaving a group yourself: one value of its members — your
//! own entry — added or removed, saved as every change is (planned mark,
//! History, notifications). The directory decides who may: OpenLDAP's
//! `selfwrite` on `member`, Active Directory's "Add/Remove self as member"
//! validated write. A change someone else made to the group meanwhile is
//! not overwritten: the group is read again and only your entry changes.

use super::{Ready, SaveOutcome, ready_to_save};
use crate::domain::change::Edits;
use crate::domain::directory_object::DirectoryObject;
use crate::domain::dn;
use crate::domain::recipients;
use crate::environment::Folders;
use crate::services::ldap::{ChangeFailure, Session};
use crate::services::notify::{self, Saved};

/// Joining or leaving.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OwnMembership {
    Join,
    Leave,
}

/// How often a group others are changing at the same moment (a class
/// joining at once) is read again before the conflict is reported; each
/// time one of them gets through, and the pauses spread the others.
const ATTEMPTS: usize = 12;

/// The attribute that lists `group`'s members.
fn member_attribute(group: &DirectoryObject) -> &'static str {
    let unique = group
        .texts("objectClass")
        .iter()
        .any(|c| c.eq_ignore_ascii_case("groupOfUniqueNames"));
    if unique { "uniqueMember" } else { "member" }
}

/// Whether `person` is a direct member of `group`.
pub fn is_member(group: &DirectoryObject, person: &str) -> bool {
    ["member", "uniqueMember"]
        .iter()
        .flat_map(|a| group.texts(a))
        .any(|m| dn::same(m, person))
}

/// The members of `group` with `person` added or removed; `None` when that
/// is how it is already.
pub fn edits_for(group: &DirectoryObject, person: &str, change: OwnMembership) -> Option<Edits> {
    let attribute = member_attribute(group);
    let mut values: Vec<String> = group
        .texts(attribute)
        .into_iter()
        .map(str::to_owned)
        .collect();
    match change {
        OwnMembership::Join if is_member(group, person) => return None,
        OwnMembership::Join => values.push(person.to_owned()),
        OwnMembership::Leave if !is_member(group, person) => return None,
        OwnMembership::Leave => values.retain(|m| !dn::same(m, person)),
    }
    let mut edits = Edits::new();
    edits.insert(attribute.to_owned(), values);
    Some(edits)
}

/// Joins or leaves `group_dn` as the signed-in user. `NothingToChange` when
/// they already are (or are not) a member; `ClosedGroup` when the group
/// does not let members join or leave themselves. Prepared once as every
/// save is (the queue, the published settings, what an earlier run left):
/// a join whose reply was lost the first time is found there, finished,
/// and given back as this one.
pub async fn change_own_membership(
    session: &mut Session,
    folders: &Folders,
    group_dn: &str,
    change: OwnMembership,
) -> SaveOutcome {
    let Ready {
        mut queue,
        followed,
        store,
        secrets,
        finished,
    } = match ready_to_save(session, folders).await {
        Ok(ready) => ready,
        Err(failure) => return SaveOutcome::failed(failure),
    };
    let me = session.user().dn.clone();
    session.name_own_entry_by_guid().await;
    let (same, earlier): (Vec<Saved>, Vec<Saved>) = finished.into_iter().partition(|saved| {
        dn::same(&saved.record.object_dn, group_dn)
            && recipients::own_membership(&saved.record) == Some(change == OwnMembership::Join)
    });
    let outcome = |result| SaveOutcome {
        earlier: earlier.iter().map(|saved| saved.record.clone()).collect(),
        followed: followed.clone(),
        result,
    };
    let mut attempt = 0;
    loop {
        attempt += 1;
        let group = match session.read(group_dn).await {
            Ok(group) => group,
            Err(failure) => return outcome(Err(failure.into())),
        };
        let Some(edits) = edits_for(&group, &me, change) else {
            return outcome(
                same.into_iter()
                    .next()
                    .ok_or(ChangeFailure::NothingToChange),
            );
        };
        let result = notify::save(session, &store, &group, &edits, &mut queue, &secrets).await;
        return outcome(match result {
            Err(ChangeFailure::Conflict { .. }) if attempt < ATTEMPTS => {
                tokio::time::sleep(pause(attempt)).await;
                continue;
            }
            Err(ChangeFailure::InsufficientAccess { detail }) => Err(ChangeFailure::ClosedGroup {
                joining: change == OwnMembership::Join,
                detail,
            }),
            other => other,
        });
    }
}

/// A short pause before reading again, longer each time and differing from
/// one desk to the next (the clock's nanoseconds), so that people joining at
/// once do not meet again at the same moment.
fn pause(attempt: usize) -> std::time::Duration {
    let spread = jiff::Timestamp::now().subsec_nanosecond().unsigned_abs() % 20_000_000;
    std::time::Duration::from_millis(10 * attempt as u64)
        + std::time::Duration::from_nanos(u64::from(spread))
}
