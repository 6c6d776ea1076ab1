//! Finding objects as a stream of pages: the window shows each page as it
//! arrives and can stop the search between two pages.

use std::ops::ControlFlow;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use futures::{Stream, StreamExt};
use tokio::sync::Mutex;

use crate::domain::directory_object::ObjectSummary;
use crate::domain::ldap_filter::SearchKind;
use crate::services::ldap::{LdapFailure, Session};

/// How a search goes on.
#[derive(Debug, Clone, PartialEq)]
pub enum SearchProgress {
    /// More results, in the order the directory sent them.
    Page(Vec<ObjectSummary>),
    /// The end: how many were found, or why the search stopped.
    Finished(Result<usize, LdapFailure>),
}

/// Runs a search, handing each page to `report`; stops between two pages
/// once `cancel` is set.
pub async fn search(
    session: &Mutex<Session>,
    kind: SearchKind,
    text: &str,
    cancel: &AtomicBool,
    mut report: impl FnMut(SearchProgress),
) {
    let mut session = session.lock().await;
    let result = session
        .search(kind, text, |page: Vec<ObjectSummary>| {
            report(SearchProgress::Page(page));
            if cancel.load(Ordering::Relaxed) {
                ControlFlow::Break(())
            } else {
                ControlFlow::Continue(())
            }
        })
        .await;
    report(SearchProgress::Finished(
        result.map(|outcome| outcome.found),
    ));
}

/// The search as a stream. Dropping the stream stops the search too. It
/// starts when first polled, on the executor that polls it.
pub fn search_stream(
    session: Arc<Mutex<Session>>,
    kind: SearchKind,
    text: String,
    cancel: Arc<AtomicBool>,
) -> impl Stream<Item = SearchProgress> + Send + 'static {
    futures::stream::once(async move {
        let (sender, receiver) = tokio::sync::mpsc::unbounded_channel();
        tokio::spawn(async move {
            search(&session, kind, &text, &cancel, |progress| {
                if sender.send(progress).is_err() {
                    // Nobody listens any more.
                    cancel.store(true, Ordering::Relaxed);
                }
            })
            .await;
        });
        futures::stream::unfold(receiver, |mut receiver| async move {
            receiver.recv().await.map(|progress| (progress, receiver))
        })
    })
    .flatten()
}
