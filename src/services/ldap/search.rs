//! Finding objects by name: paged (the server sends ~1000 entries at a
//! time, so memory stays flat on any directory), streamed to the caller page
//! by page, and cancellable between entries.

use std::collections::HashSet;
use std::ops::ControlFlow;

use ldap3::adapters::{Adapter, EntriesOnly, PagedResults};
use ldap3::{ResultEntry, Scope};

use super::connect::LdapFailure;
use super::object::{object_from, object_with};
use super::session::Session;
use crate::domain::directory_object::{DirectoryObject, ObjectSummary};
use crate::domain::dn;
use crate::domain::ldap_filter::{self, SearchKind};

/// Entries the server is asked for per page.
pub const PAGE_SIZE: i32 = 1000;

/// Results read from one search at most (`DIRDESK_MAX_RESULTS` overrides):
/// far beyond any directory a list is useful for, and a stop for a server
/// whose paging never ends.
pub const MAX_RESULTS: usize = 5_000_000;

fn max_results() -> usize {
    std::env::var("DIRDESK_MAX_RESULTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(MAX_RESULTS)
}

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

/// How a search ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SearchOutcome {
    pub found: usize,
    pub cancelled: bool,
    /// The server stopped at its own size limit (sizeLimitExceeded): fine
    /// for a list someone narrows, not for an answer that must be whole.
    pub truncated: bool,
}

impl SearchOutcome {
    /// The outcome, or the server's size limit as a failure where a part
    /// of the answer would be wrong (names of members, Member Of).
    pub fn whole(self) -> Result<SearchOutcome, LdapFailure> {
        if self.truncated {
            return Err(LdapFailure::Server {
                code: 4,
                text: "sizeLimitExceeded".into(),
            });
        }
        Ok(self)
    }
}

/// The attributes a result list needs.
pub const SUMMARY_ATTRIBUTES: [&str; 7] = [
    "objectClass",
    "cn",
    "displayName",
    "description",
    "uid",
    "sAMAccountName",
    "name",
];

/// What a result list shows of an object.
pub fn summary(object: &DirectoryObject) -> ObjectSummary {
    let name = object.name();
    ObjectSummary::new(&object.dn, &name, object.kind(), object.text("description"))
}

/// Whether an attribute's name (as the server sent it) is one of `names`.
fn one_of(names: &[&str], name: &[u8]) -> bool {
    names
        .iter()
        .any(|a| a.as_bytes().eq_ignore_ascii_case(name))
}

/// A result list's row straight from a search entry: only the attributes a
/// row shows are decoded.
fn summary_from(entry: ResultEntry) -> Option<ObjectSummary> {
    object_with(entry, |name| one_of(&SUMMARY_ATTRIBUTES, name))
        .as_ref()
        .map(summary)
}

impl Session {
    /// Searches objects of `kind` found by what someone typed (escaped; see
    /// `ldap_filter::name_search`), each row saying which attribute matched,
    /// and hands them to `on_page` a page at a time. `on_page` returning
    /// `Break` cancels the search.
    pub async fn search(
        &mut self,
        kind: SearchKind,
        text: &str,
        on_page: impl FnMut(Vec<ObjectSummary>) -> ControlFlow<()>,
    ) -> Result<SearchOutcome, LdapFailure> {
        let store_type = self.store.store_type;
        let filter = ldap_filter::name_search(kind, text, store_type);
        let names = ldap_filter::name_attributes(store_type);
        if text.trim().is_empty() {
            return self
                .search_summaries(&filter, &SUMMARY_ATTRIBUTES, on_page)
                .await;
        }
        let attributes: Vec<&str> = SUMMARY_ATTRIBUTES.iter().chain(names).copied().collect();
        let decode = |entry: ResultEntry| {
            let object = object_with(entry, |name| one_of(&attributes, name))?;
            let row = summary(&object);
            Some(
                match ldap_filter::matched(text, store_type, |a| object.texts(a)) {
                    Some((attribute, value)) => row.with_match(&attribute, &value),
                    None => row,
                },
            )
        };
        let base = self.store.base_dn.clone();
        self.search_entries(&base, Scope::Subtree, &filter, &attributes, decode, on_page)
            .await
    }

    /// The list rows of entries named by DN — the members of a group, say —
    /// found a batch at a time: one one-level search per parent DN, matching
    /// the children by their RDNs. Entries not found (gone, or hidden from
    /// this account) are simply not in the answer.
    pub async fn summaries_of(&mut self, dns: &[&str]) -> Result<Vec<ObjectSummary>, LdapFailure> {
        let mut found = Vec::with_capacity(dns.len());
        for (parent, filter) in ldap_filter::children_by_rdn(dns.iter().copied()) {
            let result = self
                .search_entries(
                    &parent,
                    Scope::OneLevel,
                    &filter,
                    &SUMMARY_ATTRIBUTES,
                    summary_from,
                    |page| {
                        found.extend(page);
                        ControlFlow::Continue(())
                    },
                )
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

    /// The list rows of entries named by DN, handed to `on_found` as they
    /// come: where many are wanted from one parent, by listing the parent's
    /// children as `ldapsearch -s one` would (the server's cheapest answer);
    /// else, and for any not met in a listing, `NAMES_PER_REQUEST` at a
    /// time by name (`summaries_of`). Entries not found are not reported.
    /// `on_found` returning `Break` stops the reading.
    pub async fn read_names(
        &mut self,
        dns: &[&str],
        mut on_found: impl FnMut(Vec<ObjectSummary>) -> ControlFlow<()>,
    ) -> Result<(), LdapFailure> {
        for (parent, mut children) in dn::by_parent(dns.iter().copied()) {
            if children.len() >= LIST_FROM {
                let Some(listed) = self.list_children(parent, &children, &mut on_found).await?
                else {
                    return Ok(());
                };
                children.retain(|child| !listed.contains(&dn::key(child)));
            }
            for batch in children.chunks(NAMES_PER_REQUEST) {
                if on_found(self.summaries_of(batch).await?).is_break() {
                    return Ok(());
                }
            }
        }
        Ok(())
    }

    /// Lists `parent`'s children and reports those `wanted`; ends once all
    /// are found, or once it has listed `LIST_AT_MOST` times as many as
    /// wanted (a big container holding few of them). The keys of those
    /// found, or None when `on_found` stopped it.
    async fn list_children(
        &mut self,
        parent: &str,
        wanted: &[&str],
        on_found: &mut impl FnMut(Vec<ObjectSummary>) -> ControlFlow<()>,
    ) -> Result<Option<HashSet<String>>, LdapFailure> {
        let mut left: HashSet<String> = wanted.iter().map(|child| dn::key(child)).collect();
        let mut found = HashSet::with_capacity(left.len());
        let most = wanted.len() * LIST_AT_MOST;
        let (mut listed, mut stopped) = (0, false);
        let result = self
            .search_entries(
                parent,
                Scope::OneLevel,
                "(objectClass=*)",
                &SUMMARY_ATTRIBUTES,
                summary_from,
                |page| {
                    listed += page.len();
                    let page: Vec<ObjectSummary> = page
                        .into_iter()
                        .filter(|row| {
                            let key = dn::key(row.dn());
                            left.remove(&key) && found.insert(key)
                        })
                        .collect();
                    stopped = !page.is_empty() && on_found(page).is_break();
                    if stopped || left.is_empty() || listed >= most {
                        ControlFlow::Break(())
                    } else {
                        ControlFlow::Continue(())
                    }
                },
            )
            .await;
        match result {
            Ok(_) if stopped => Ok(None),
            // A listing the server cut short (its size limit) leaves the
            // rest to be asked by name.
            Ok(_) => Ok(Some(found)),
            Err(LdapFailure::Server { code: 32, .. } | LdapFailure::Referral { .. }) => {
                Ok(Some(found))
            }
            Err(failure) => Err(failure),
        }
    }

    /// Searches with a filter already escaped, as list rows: only the
    /// attributes a row shows are decoded, whatever `attributes` asks for.
    pub async fn search_summaries(
        &mut self,
        filter: &str,
        attributes: &[&str],
        on_page: impl FnMut(Vec<ObjectSummary>) -> ControlFlow<()>,
    ) -> Result<SearchOutcome, LdapFailure> {
        let base = self.store.base_dn.clone();
        self.search_entries(
            &base,
            Scope::Subtree,
            filter,
            attributes,
            summary_from,
            on_page,
        )
        .await
    }

    /// Searches under the base DN with a filter already escaped, asking for
    /// `attributes`, a page of objects at a time.
    pub async fn search_filtered(
        &mut self,
        filter: &str,
        attributes: &[&str],
        on_page: impl FnMut(Vec<DirectoryObject>) -> ControlFlow<()>,
    ) -> Result<SearchOutcome, LdapFailure> {
        let base = self.store.base_dn.clone();
        self.search_entries(
            &base,
            Scope::Subtree,
            filter,
            attributes,
            object_from,
            on_page,
        )
        .await
    }

    async fn search_entries<T>(
        &mut self,
        base: &str,
        scope: Scope,
        filter: &str,
        attributes: &[&str],
        decode: impl Fn(ResultEntry) -> Option<T>,
        mut on_page: impl FnMut(Vec<T>) -> ControlFlow<()>,
    ) -> Result<SearchOutcome, LdapFailure> {
        let attributes: Vec<String> = attributes.iter().map(|a| (*a).to_owned()).collect();
        let limit = max_results();
        let result = async {
            let (ldap, server) = self.connection().await?;
            let adapters: Vec<Box<dyn Adapter<_, _>>> = vec![
                Box::new(EntriesOnly::new()),
                Box::new(PagedResults::new(PAGE_SIZE)),
            ];
            let mut stream = ldap
                .streaming_search_with(adapters, base, scope, filter, attributes)
                .await
                .map_err(|e| LdapFailure::from_operation(e, &server))?;
            let mut page = Vec::with_capacity(PAGE_SIZE as usize);
            let mut outcome = SearchOutcome {
                found: 0,
                cancelled: false,
                truncated: false,
            };
            loop {
                let entry = match stream.next().await {
                    Ok(Some(entry)) => entry,
                    Ok(None) => break,
                    Err(e) => return Err(LdapFailure::from_operation(e, &server)),
                };
                let Some(object) = decode(entry) else {
                    let id = stream.ldap_handle().last_id();
                    let _ = stream.ldap_handle().abandon(id).await;
                    return Err(LdapFailure::malformed(&server));
                };
                page.push(object);
                outcome.found += 1;
                if outcome.found > limit {
                    let id = stream.ldap_handle().last_id();
                    let _ = stream.ldap_handle().abandon(id).await;
                    return Err(LdapFailure::TooManyResults { limit });
                }
                if page.len() >= PAGE_SIZE as usize && on_page(std::mem::take(&mut page)).is_break()
                {
                    outcome.cancelled = true;
                    let id = stream.ldap_handle().last_id();
                    let _ = stream.ldap_handle().abandon(id).await;
                    return Ok(outcome);
                }
            }
            let result = stream.finish().await;
            // 4: sizeLimitExceeded — the server's cap, not an error here.
            if result.rc != 0 && result.rc != 4 {
                return Err(LdapFailure::from_result(&result, &server));
            }
            outcome.truncated = result.rc == 4;
            if !page.is_empty() && on_page(page).is_break() {
                outcome.cancelled = true;
            }
            Ok(outcome)
        }
        .await;
        self.observe(result)
    }
}
