//! Finding objects by name: paged (the server sends ~1000 entries at a
//! time, so memory stays flat on any directory), streamed to the caller page
//! by page, and cancellable between entries.

use std::ops::ControlFlow;

use ldap3::adapters::{Adapter, EntriesOnly, PagedResults};
use ldap3::{Ldap, ResultEntry, Scope};

use super::connect::LdapFailure;
use super::object::{object_from, object_with};
use super::session::Session;
use crate::domain::Server;
use crate::domain::directory_object::{DirectoryObject, ObjectSummary};
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
pub(super) fn one_of(names: &[&str], name: &[u8]) -> bool {
    names
        .iter()
        .any(|a| a.as_bytes().eq_ignore_ascii_case(name))
}

/// A result list's row straight from a search entry: only the attributes a
/// row shows are decoded.
pub(super) fn summary_from(entry: ResultEntry) -> Option<ObjectSummary> {
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
        on_page: impl FnMut(Vec<T>) -> ControlFlow<()>,
    ) -> Result<SearchOutcome, LdapFailure> {
        let result = match self.connection().await {
            Ok((ldap, server)) => {
                let query = Query {
                    base,
                    scope,
                    filter,
                    attributes,
                };
                stream_entries(ldap, &server, query, decode, on_page).await
            }
            Err(failure) => Err(failure),
        };
        self.observe(result)
    }
}

/// What a search asks: under `base`, in `scope`, matching `filter` (already
/// escaped), these attributes.
pub(super) struct Query<'a> {
    pub base: &'a str,
    pub scope: Scope,
    pub filter: &'a str,
    pub attributes: &'a [&'a str],
}

/// Searches on one connection, decoding each entry with `decode` and
/// handing them to `on_page` a page at a time (`Break` abandons the rest).
pub(super) async fn stream_entries<T>(
    ldap: &mut Ldap,
    server: &Server,
    query: Query<'_>,
    decode: impl Fn(ResultEntry) -> Option<T>,
    mut on_page: impl FnMut(Vec<T>) -> ControlFlow<()>,
) -> Result<SearchOutcome, LdapFailure> {
    let Query {
        base,
        scope,
        filter,
        attributes,
    } = query;
    let attributes: Vec<String> = attributes.iter().map(|a| (*a).to_owned()).collect();
    let limit = max_results();
    let adapters: Vec<Box<dyn Adapter<_, _>>> = vec![
        Box::new(EntriesOnly::new()),
        Box::new(PagedResults::new(PAGE_SIZE)),
    ];
    let mut stream = ldap
        .streaming_search_with(adapters, base, scope, filter, attributes)
        .await
        .map_err(|e| LdapFailure::from_operation(e, server))?;
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
            Err(e) => return Err(LdapFailure::from_operation(e, server)),
        };
        let Some(object) = decode(entry) else {
            let id = stream.ldap_handle().last_id();
            let _ = stream.ldap_handle().abandon(id).await;
            return Err(LdapFailure::malformed(server));
        };
        page.push(object);
        outcome.found += 1;
        if outcome.found > limit {
            let id = stream.ldap_handle().last_id();
            let _ = stream.ldap_handle().abandon(id).await;
            return Err(LdapFailure::TooManyResults { limit });
        }
        if page.len() >= PAGE_SIZE as usize && on_page(std::mem::take(&mut page)).is_break() {
            outcome.cancelled = true;
            let id = stream.ldap_handle().last_id();
            let _ = stream.ldap_handle().abandon(id).await;
            return Ok(outcome);
        }
    }
    let result = stream.finish().await;
    // 4: sizeLimitExceeded — the server's cap, not an error here.
    if result.rc != 0 && result.rc != 4 {
        return Err(LdapFailure::from_result(&result, server));
    }
    outcome.truncated = result.rc == 4;
    if !page.is_empty() && on_page(page).is_break() {
        outcome.cancelled = true;
    }
    Ok(outcome)
}
