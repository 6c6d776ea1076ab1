//! The names of entries known by DN — a big group's members — read as the
//! server answers cheapest: where many share a parent, by listing the
//! parent's children (as `ldapsearch -s one` would); else by name, a batch
//! at a time. A `NameReader` holds its own handle on the session's
//! connection (ldap3 runs many operations on one connection at once), so
//! reading 50,000 names never makes a save or a lookup of the rows in view
//! wait behind it.

use std::collections::HashSet;
use std::ops::ControlFlow;
use std::sync::atomic::{AtomicBool, Ordering};

use ldap3::{Ldap, ResultEntry, Scope};

use super::connect::LdapFailure;
use super::object::object_with;
use super::search::{Query, SearchOutcome, one_of, stream_entries, summary};
use super::session::Session;
use crate::domain::Server;
use crate::domain::directory_object::ObjectSummary;
use crate::domain::{dn, ldap_filter};

/// Names asked for by DN in one request. Small: the server tests every
/// entry it finds against the whole OR of the request, so its work grows
/// with the square of the batch (slapd, 5,000 members: 0.51 s of its CPU
/// in batches of 500; see BENCHMARKS.md case 9).
pub const NAMES_PER_REQUEST: usize = 100;
/// From how many wanted children of one parent listing the parent is
/// cheaper than asking by name (slapd: a 100-name OR costs it about as
/// much as listing 1,000 entries).
const LIST_FROM: usize = 200;
/// A listing stops after this many entries per one wanted.
const LIST_AT_MOST: usize = 8;
/// What a name needs (`DirectoryObject::name`), nothing more.
const NAME_ATTRIBUTES: [&str; 5] = ["displayName", "cn", "name", "uid", "sAMAccountName"];

fn row_from(entry: ResultEntry) -> Option<ObjectSummary> {
    object_with(entry, |name| one_of(&NAME_ATTRIBUTES, name))
        .as_ref()
        .map(summary)
}

/// Reads names on its own handle of a session's connection.
pub struct NameReader {
    ldap: Ldap,
    server: Server,
    work: NamesWork,
}

/// What reading names asked of the server.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct NamesWork {
    /// Parents listed, and the entries those listings returned.
    pub listings: usize,
    pub listed: usize,
    /// Searches for children by their RDNs.
    pub by_name: usize,
}

/// How listing a parent ended.
enum Listed {
    /// Every child was listed: those wanted and not found do not exist
    /// (or are hidden from this account).
    Whole,
    /// Cut short (by the cap, or the server's limit): the rest are asked
    /// for by name. The keys of those found.
    Partly(HashSet<String>),
    /// `stop` was set.
    Stopped,
}

impl Session {
    /// A reader of names on this session's connection (connecting again
    /// first, if it broke).
    pub async fn name_reader(&mut self) -> Result<NameReader, LdapFailure> {
        let result = match self.connection().await {
            Ok((ldap, server)) => Ok(NameReader {
                ldap: ldap.clone(),
                server,
                work: NamesWork::default(),
            }),
            Err(failure) => Err(failure),
        };
        self.observe(result)
    }

    /// `NameReader::read_names` on this session's connection, and what it
    /// asked of the server.
    pub async fn read_names(
        &mut self,
        dns: &[&str],
        on_found: impl FnMut(Vec<ObjectSummary>),
    ) -> Result<NamesWork, LdapFailure> {
        let mut reader = self.name_reader().await?;
        let result = reader
            .read_names(dns, &AtomicBool::new(false), on_found)
            .await;
        self.observe(result)?;
        Ok(reader.work)
    }

    /// A reader's connection broke: the next work connects again.
    pub fn reader_failed(&mut self, failure: &LdapFailure) {
        let _ = self.observe::<()>(Err(failure.clone()));
    }
}

impl NameReader {
    /// What this reader asked of the server so far.
    pub fn work(&self) -> NamesWork {
        self.work
    }

    /// The list rows (the name, at least) of entries named by DN, handed to
    /// `on_found` as they come; entries not found are not reported. Setting
    /// `stop` ends the reading before its next request or page.
    pub async fn read_names(
        &mut self,
        dns: &[&str],
        stop: &AtomicBool,
        mut on_found: impl FnMut(Vec<ObjectSummary>),
    ) -> Result<(), LdapFailure> {
        let stopped = || stop.load(Ordering::Relaxed);
        for (parent, mut children) in dn::by_parent(dns.iter().copied()) {
            if stopped() {
                return Ok(());
            }
            if children.len() >= LIST_FROM {
                match self
                    .list_children(parent, &children, stop, &mut on_found)
                    .await?
                {
                    Listed::Whole => continue,
                    Listed::Stopped => return Ok(()),
                    Listed::Partly(found) => {
                        children.retain(|child| !found.contains(&dn::key(child)));
                    }
                }
            }
            for batch in children.chunks(NAMES_PER_REQUEST) {
                if stopped() {
                    return Ok(());
                }
                let rows = self.by_name(batch).await?;
                if !rows.is_empty() {
                    on_found(rows);
                }
            }
        }
        Ok(())
    }

    /// Entries named by DN, found with one one-level search per parent
    /// matching the children by their RDNs.
    async fn by_name(&mut self, dns: &[&str]) -> Result<Vec<ObjectSummary>, LdapFailure> {
        let mut found = Vec::with_capacity(dns.len());
        for (parent, filter) in ldap_filter::children_by_rdn(dns.iter().copied()) {
            self.work.by_name += 1;
            let query = Query {
                base: &parent,
                scope: Scope::OneLevel,
                filter: &filter,
                attributes: &NAME_ATTRIBUTES,
            };
            let result = stream_entries(&mut self.ldap, &self.server, query, row_from, |page| {
                found.extend(page);
                ControlFlow::Continue(())
            })
            .await;
            match result.and_then(SearchOutcome::whole) {
                Ok(_) => {}
                // A parent that does not exist, this account may not see, or
                // that lies outside this directory (a referral).
                Err(LdapFailure::Server { code: 32, .. } | LdapFailure::Referral { .. }) => {}
                Err(failure) => return Err(failure),
            }
        }
        Ok(found)
    }

    /// Lists `parent`'s children and reports those `wanted`; ends once all
    /// are found, or once it has listed `LIST_AT_MOST` times as many as
    /// wanted (a big container holding few of them).
    async fn list_children(
        &mut self,
        parent: &str,
        wanted: &[&str],
        stop: &AtomicBool,
        on_found: &mut impl FnMut(Vec<ObjectSummary>),
    ) -> Result<Listed, LdapFailure> {
        let mut left: HashSet<String> = wanted.iter().map(|child| dn::key(child)).collect();
        let mut found = HashSet::with_capacity(left.len());
        let most = wanted.len() * LIST_AT_MOST;
        let (mut listed, mut capped) = (0, false);
        let stopped = || stop.load(Ordering::Relaxed);
        let query = Query {
            base: parent,
            scope: Scope::OneLevel,
            filter: "(objectClass=*)",
            attributes: &NAME_ATTRIBUTES,
        };
        self.work.listings += 1;
        let result = stream_entries(&mut self.ldap, &self.server, query, row_from, |page| {
            listed += page.len();
            let page: Vec<ObjectSummary> = page
                .into_iter()
                .filter(|row| {
                    let key = dn::key(row.dn());
                    left.remove(&key) && found.insert(key)
                })
                .collect();
            if !page.is_empty() {
                on_found(page);
            }
            capped = !left.is_empty() && listed >= most;
            if stopped() || capped || left.is_empty() {
                ControlFlow::Break(())
            } else {
                ControlFlow::Continue(())
            }
        })
        .await;
        self.work.listed += listed;
        match result {
            _ if stopped() => Ok(Listed::Stopped),
            Ok(outcome) if !capped && !outcome.truncated => Ok(Listed::Whole),
            Ok(_) => Ok(Listed::Partly(found)),
            // Any refusal of the listing (no such parent, a referral, an
            // administrative limit on unindexed searches): asked by name.
            Err(LdapFailure::Server { .. } | LdapFailure::Referral { .. }) => {
                Ok(Listed::Partly(found))
            }
            Err(failure) => Err(failure),
        }
    }
}
