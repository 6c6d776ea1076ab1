//! Finding objects, and reading the names of many, as streams of pages:
//! the window shows each page as it arrives and can stop between two.

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
    reported(move |reporter| async move {
        search(&session, kind, &text, &cancel, |progress| {
            if !reporter.send(progress) {
                // Nobody listens any more.
                cancel.store(true, Ordering::Relaxed);
            }
        })
        .await
    })
}

/// How reading names goes on.
#[derive(Debug, Clone, PartialEq)]
pub enum NamesProgress {
    /// More rows, in the order the directory sent them.
    Found(Vec<ObjectSummary>),
    /// The end: every name there is was reported, or why not.
    Finished(Result<(), LdapFailure>),
}

/// Reads the names of entries named by DN (`NameReader::read_names`),
/// handing each batch to `report`; setting `stop` ends it (nothing more is
/// reported). The session is held only to take a reader — other work goes
/// on meanwhile, and signing out does not wait for the names.
pub async fn read_names(
    session: Arc<Mutex<Session>>,
    dns: &[String],
    stop: &AtomicBool,
    mut report: impl FnMut(NamesProgress),
) {
    let asked: Vec<&str> = dns.iter().map(String::as_str).collect();
    let reader = session.lock().await.name_reader().await;
    let session = Arc::downgrade(&session);
    let result = match reader {
        Ok(mut reader) => {
            (reader.read_names(&asked, stop, |rows| report(NamesProgress::Found(rows)))).await
        }
        Err(failure) => Err(failure),
    };
    if let Err(failure @ (LdapFailure::Disconnected { .. } | LdapFailure::Timeout { .. })) = &result
        && let Some(session) = session.upgrade()
    {
        session.lock().await.reader_failed(failure);
    }
    if !stop.load(Ordering::Relaxed) {
        report(NamesProgress::Finished(result));
    }
}

/// Reading names as a stream; setting `stop`, or dropping the stream,
/// stops the reading before its next request or page.
pub fn names_stream(
    session: Arc<Mutex<Session>>,
    dns: Vec<String>,
    stop: Arc<AtomicBool>,
) -> impl Stream<Item = NamesProgress> + Send + 'static {
    reported(move |reporter| async move {
        read_names(session, &dns, &stop.clone(), |progress| {
            if !reporter.send(progress) {
                // Nobody listens any more.
                stop.store(true, Ordering::Relaxed);
            }
        })
        .await
    })
}

/// Hands reports to whoever reads the stream `reported` made.
pub struct Reporter<T>(tokio::sync::mpsc::UnboundedSender<T>);

impl<T> Reporter<T> {
    /// Whether anyone still listens.
    pub fn send(&self, report: T) -> bool {
        self.0.send(report).is_ok()
    }
}

/// Work that reports as it goes, as the stream of its reports: the work
/// runs as a task of its own (so a slow reader never holds it up), started
/// when the stream is first polled, on the executor that polls it.
pub(crate) fn reported<T, Work>(
    work: impl FnOnce(Reporter<T>) -> Work + Send + 'static,
) -> impl Stream<Item = T> + Send + 'static
where
    T: Send + 'static,
    Work: std::future::Future<Output = ()> + Send + 'static,
{
    futures::stream::once(async move {
        let (sender, receiver) = tokio::sync::mpsc::unbounded_channel();
        tokio::spawn(work(Reporter(sender)));
        futures::stream::unfold(receiver, |mut receiver| async move {
            receiver.recv().await.map(|report| (report, receiver))
        })
    })
    .flatten()
}
