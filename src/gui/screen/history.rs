//! The History node: changes made through dirdesk — who, what, when, old
//! and new values, and what became of their notifications — filtered as
//! the article's product filters it (user, object, attribute, a value
//! containing a text, dates), a page at a time, and exported to CSV. A
//! store with a shared database is read there, as the person signed in to
//! it in the Object Editor (each person sees their own changes; members of
//! dirdesk_admin everyone's): the page says which.

mod view;

use std::path::PathBuf;

use iced::Task;

use crate::domain::StoreId;
use crate::domain::history_filter::{HistoryFilter, parse_moment, to_csv};
use crate::domain::retention::Keep;
use crate::environment::Folders;
use crate::fl;
use crate::gui::blocking;
pub use crate::gui::screen::storage_source::{Source, StoreChoice};
use crate::services::editing::{self, queue as shared};
use crate::services::notification_queue::{HistoryEntry, NotificationQueue};
use crate::services::storage::Storage;
use crate::services::storage::postgres::retention::Retention;

/// Entries on one page.
pub const PAGE_SIZE: usize = 50;

/// The filter fields, as typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    User,
    Object,
    Attribute,
    Contains,
    Since,
    Until,
}

#[derive(Debug, Default)]
pub struct State {
    store: Option<StoreId>,
    typed: [String; 6],
    /// The filter of the pages shown (what Export writes).
    applied: HistoryFilter,
    entries: Vec<HistoryEntry>,
    /// Where the page shown starts (below this id; `None`: the newest).
    before: Option<i64>,
    /// Where each page shown before this one started, for Previous.
    earlier: Vec<Option<i64>>,
    has_more: bool,
    error: Option<String>,
    exported: Option<Result<String, String>>,
    /// How long the shared History is kept (a shared store's page only).
    retention: Option<Retention>,
    /// What choosing it did.
    kept: Option<Result<String, String>>,
}

#[derive(Debug, Clone)]
pub enum Message {
    StoreSelected(StoreChoice),
    FieldChanged(Field, String),
    SearchPressed,
    ClearPressed,
    NextPressed,
    PreviousPressed,
    Refresh,
    Loaded(Result<Vec<HistoryEntry>, String>),
    ExportPressed,
    /// Where to write the CSV file (`None`: the dialog was cancelled).
    ExportChosen(Option<PathBuf>),
    Exported(Result<String, String>),
    RetentionLoaded(Result<Retention, String>),
    /// "Keep History" (admins of a shared database).
    KeepSelected(Keep),
    KeepChosen(Result<(Retention, i64), String>),
}

/// What the page asks the app to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    None,
    /// Load a page of the History (one entry more than shown: whether
    /// there is a next page).
    Load(HistoryFilter),
    /// Ask where to write the CSV file.
    ChooseExportFile,
    /// Write every entry `filter` finds to the file.
    Export(PathBuf, HistoryFilter),
    /// Keep the shared History this long from now on.
    Keep(Keep),
}

impl Action {
    /// The work behind an action, off the UI thread, from `source`.
    pub fn task(self, source: &Source, folders: &Folders) -> Task<Message> {
        match self {
            Action::None => Task::none(),
            Action::Load(filter) => match read(source, folders, filter) {
                Some(reading) => {
                    let load = Task::perform(reading, Message::Loaded);
                    let Some(session) = source.session() else {
                        return load;
                    };
                    let folders = folders.clone();
                    let retention = Task::perform(
                        async move {
                            let session = session.0.lock().await;
                            shared::retention(&session, &folders).await
                        },
                        Message::RetentionLoaded,
                    );
                    Task::batch([load, retention])
                }
                None => Task::done(Message::Loaded(Ok(Vec::new()))),
            },
            Action::Keep(keep) => match source.session() {
                Some(session) => {
                    let folders = folders.clone();
                    Task::perform(
                        async move {
                            let session = session.0.lock().await;
                            shared::choose_retention(&session, &folders, keep).await
                        },
                        Message::KeepChosen,
                    )
                }
                None => Task::none(),
            },
            Action::ChooseExportFile => Task::perform(
                async {
                    rfd::AsyncFileDialog::new()
                        .add_filter("CSV", &["csv"])
                        .set_file_name("history.csv")
                        .save_file()
                        .await
                        .map(|f| f.path().to_path_buf())
                },
                Message::ExportChosen,
            ),
            Action::Export(path, filter) => match read(source, folders, filter) {
                Some(reading) => Task::perform(
                    async move {
                        let entries = reading.await?;
                        blocking(move || write_csv(&path, &entries)).await
                    },
                    Message::Exported,
                ),
                None => Task::none(),
            },
        }
    }
}

/// Reading the History `filter` finds, from `source`; `None` when there is
/// nothing to read it with.
fn read(
    source: &Source,
    folders: &Folders,
    filter: HistoryFilter,
) -> Option<impl Future<Output = Result<Vec<HistoryEntry>, String>> + Send + 'static> {
    if source.needs_sign_in() {
        return None;
    }
    let folders = folders.clone();
    let session = source.session();
    Some(async move {
        match session {
            None => {
                blocking(move || {
                    let mut queue = NotificationQueue::open(&folders).map_err(|e| e.to_string())?;
                    // The desk's file answers at once; no runtime needed.
                    futures::executor::block_on(queue.search_history(&filter))
                        .map_err(|e| e.to_string())
                })
                .await
            }
            Some(session) => {
                let session = session.0.lock().await;
                let mut storage =
                    editing::open_storage(&session, session.store(), &folders).await?;
                storage
                    .search_history(&filter)
                    .await
                    .map_err(|e| e.to_string())
            }
        }
    })
}

fn write_csv(path: &std::path::Path, entries: &[HistoryEntry]) -> Result<String, String> {
    let rows = entries.iter().map(|e| (&e.record, e.told()));
    let bytes = to_csv(rows)?;
    std::fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(fl!(
        "cli-history-written",
        count = entries.len(),
        path = path.display().to_string()
    ))
}

impl State {
    pub fn entries(&self) -> &[HistoryEntry] {
        &self.entries
    }

    pub fn store(&self) -> Option<&StoreId> {
        self.store.as_ref()
    }

    /// Reloads the first page (when the node is opened).
    pub fn refresh(&mut self) -> Action {
        self.earlier.clear();
        self.page(None)
    }

    fn page(&mut self, before: Option<i64>) -> Action {
        self.before = before;
        Action::Load(HistoryFilter {
            before,
            limit: Some(PAGE_SIZE + 1),
            ..self.applied.clone()
        })
    }

    /// The filter the fields say, or what is wrong with a date.
    fn typed_filter(&self) -> Result<HistoryFilter, String> {
        let given = |field: Field| {
            let value = self.typed[field as usize].trim();
            (!value.is_empty()).then(|| value.to_owned())
        };
        let moment = |field: Field, end| given(field).map(|d| parse_moment(&d, end)).transpose();
        Ok(HistoryFilter {
            store_id: self.store.as_ref().map(|s| s.0.clone()),
            author: given(Field::User),
            object: given(Field::Object),
            attribute: given(Field::Attribute),
            contains: given(Field::Contains),
            since: moment(Field::Since, false)?,
            until: moment(Field::Until, true)?,
            ..HistoryFilter::default()
        })
    }

    fn search(&mut self) -> Action {
        match self.typed_filter() {
            Ok(filter) => {
                self.applied = filter;
                self.refresh()
            }
            Err(error) => {
                self.error = Some(error);
                Action::None
            }
        }
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::StoreSelected(choice) => {
                self.store = choice.0;
                // Another store's ids are another History's.
                self.entries.clear();
                self.has_more = false;
                self.search()
            }
            Message::FieldChanged(field, value) => {
                self.typed[field as usize] = value;
                Action::None
            }
            Message::SearchPressed => self.search(),
            Message::ClearPressed => {
                self.typed = Default::default();
                self.search()
            }
            Message::NextPressed => {
                let Some(last) = self.entries.last().map(|e| e.id) else {
                    return Action::None;
                };
                self.earlier.push(self.before);
                self.page(Some(last))
            }
            Message::PreviousPressed => match self.earlier.pop() {
                Some(before) => self.page(before),
                None => Action::None,
            },
            Message::Refresh => self.page(self.before),
            Message::Loaded(Ok(mut entries)) => {
                self.has_more = entries.len() > PAGE_SIZE;
                entries.truncate(PAGE_SIZE);
                self.entries = entries;
                self.error = None;
                Action::None
            }
            Message::Loaded(Err(error)) => {
                self.error = Some(error);
                Action::None
            }
            Message::ExportPressed => Action::ChooseExportFile,
            Message::ExportChosen(None) => Action::None,
            Message::ExportChosen(Some(path)) => Action::Export(path, self.applied.clone()),
            Message::Exported(result) => {
                self.exported = Some(result);
                Action::None
            }
            Message::RetentionLoaded(result) => {
                self.retention = result.ok();
                Action::None
            }
            Message::KeepSelected(keep) => Action::Keep(keep),
            Message::KeepChosen(Ok((retention, removed))) => {
                self.retention = Some(retention);
                self.kept = Some(Ok(fl!("history-kept", count = removed)));
                self.refresh()
            }
            Message::KeepChosen(Err(error)) => {
                self.kept = Some(Err(error));
                Action::None
            }
        }
    }
}
