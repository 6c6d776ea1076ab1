//! A user's Member Of, as ADUC shows it: the groups that list them, on
//! request the groups those are in (Active Directory answers that itself
//! with its in-chain matching rule; on generic LDAP dirdesk asks level by
//! level), and on Active Directory the primary group, which `member` never
//! lists.

use std::collections::HashSet;
use std::ops::ControlFlow;

use super::connect::LdapFailure;
use super::search::SUMMARY_ATTRIBUTES;
use super::session::Session;
use crate::domain::IdentityStore;
use crate::domain::directory_object::{DirectoryObject, ObjectSummary, Value};
use crate::domain::dn;
use crate::domain::identity_store::StoreType;
use crate::domain::ldap_filter;
use crate::fl;

/// How a user is in a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Via {
    /// The group lists them.
    Direct,
    /// Through a group in the group (asked for with `nested`).
    Nested,
    /// Active Directory's primary group (`primaryGroupID`).
    Primary,
}

impl Via {
    /// "direct", "through another group", "primary group", in the UI's
    /// language.
    pub fn label(self) -> String {
        match self {
            Via::Direct => fl!("member-of-direct"),
            Via::Nested => fl!("member-of-nested-via"),
            Via::Primary => fl!("member-of-primary"),
        }
    }
}

/// One group of a Member Of list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Membership {
    pub group: ObjectSummary,
    pub via: Via,
}

/// Groups asked about at once when following nesting on generic LDAP.
const NESTING_BATCH: usize = 100;
/// Levels of groups in groups followed on generic LDAP: far beyond any
/// real nesting, and an end for a directory that keeps answering new ones.
const MAX_LEVELS: usize = 64;

impl Session {
    /// The groups `user` is a member of, by name; with `nested`, also those
    /// it is in through other groups.
    pub async fn member_of(
        &mut self,
        user: &DirectoryObject,
        nested: bool,
    ) -> Result<Vec<Membership>, LdapFailure> {
        let store_type = self.store().store_type;
        let uids = user.texts("uid");
        let direct_filter = ldap_filter::groups_with_member(store_type, &[&user.dn], &uids, false);
        let mut found: Vec<Membership> = self
            .groups(&direct_filter)
            .await?
            .into_iter()
            .map(|group| Membership {
                group,
                via: Via::Direct,
            })
            .collect();
        let mut seen: HashSet<String> = found.iter().map(|m| dn::key(m.group.dn())).collect();
        if nested {
            let more = match store_type {
                StoreType::ActiveDirectory => {
                    let filter =
                        ldap_filter::groups_with_member(store_type, &[&user.dn], &[], true);
                    self.groups(&filter).await?
                }
                StoreType::GenericLdap => self.nesting_of(&found, &mut seen.clone()).await?,
            };
            for group in more {
                if seen.insert(dn::key(group.dn())) {
                    found.push(Membership {
                        group,
                        via: Via::Nested,
                    });
                }
            }
        }
        if let Some(filter) = primary_group_filter(self.store(), user) {
            let primary = self.groups(&filter).await?;
            // Groups that hold the primary group (BUILTIN\Users holds
            // Domain Users), which the in-chain search from the user
            // cannot reach: it follows `member`, never primaryGroupID.
            let mut through_primary = Vec::new();
            if nested {
                let dns: Vec<&str> = primary.iter().map(ObjectSummary::dn).collect();
                if !dns.is_empty() {
                    let filter = ldap_filter::groups_with_member(store_type, &dns, &[], true);
                    through_primary = self.groups(&filter).await?;
                }
            }
            for (group, via) in primary
                .into_iter()
                .map(|g| (g, Via::Primary))
                .chain(through_primary.into_iter().map(|g| (g, Via::Nested)))
            {
                if seen.insert(dn::key(group.dn())) {
                    found.push(Membership { group, via });
                }
            }
        }
        found.sort_by(|a, b| ObjectSummary::by_name(&a.group, &b.group));
        Ok(found)
    }

    /// Generic LDAP: the groups that hold `direct` groups, level by level,
    /// each level a few searches (a batch of groups each), until a level
    /// finds nothing new — cycles end there too.
    async fn nesting_of(
        &mut self,
        direct: &[Membership],
        seen: &mut HashSet<String>,
    ) -> Result<Vec<ObjectSummary>, LdapFailure> {
        let store_type = self.store().store_type;
        let mut level: Vec<String> = direct.iter().map(|m| m.group.dn().to_owned()).collect();
        let mut more = Vec::new();
        for _ in 0..MAX_LEVELS {
            let mut next = Vec::new();
            for batch in level.chunks(NESTING_BATCH) {
                let batch: Vec<&str> = batch.iter().map(String::as_str).collect();
                let filter = ldap_filter::groups_with_member(store_type, &batch, &[], false);
                for group in self.groups(&filter).await? {
                    if seen.insert(dn::key(group.dn())) {
                        next.push(group.dn().to_owned());
                        more.push(group);
                    }
                }
            }
            if next.is_empty() {
                break;
            }
            level = next;
        }
        Ok(more)
    }

    async fn groups(&mut self, filter: &str) -> Result<Vec<ObjectSummary>, LdapFailure> {
        let mut groups = Vec::new();
        self.search_summaries(filter, &SUMMARY_ATTRIBUTES, |page| {
            groups.extend(page);
            ControlFlow::Continue(())
        })
        .await?
        .whole()?;
        Ok(groups)
    }
}

/// On Active Directory, the filter for the user's primary group.
fn primary_group_filter(store: &IdentityStore, user: &DirectoryObject) -> Option<String> {
    if store.store_type != StoreType::ActiveDirectory {
        return None;
    }
    let sid = user.attribute("objectSid")?.values.first()?;
    let sid = match sid {
        Value::Binary(bytes) => bytes.as_slice(),
        // A SID whose bytes happen to be valid UTF-8.
        Value::Text(text) => text.as_bytes(),
    };
    ldap_filter::primary_group(sid, user.text("primaryGroupID")?)
}
