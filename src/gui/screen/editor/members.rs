//! A group's Members tab, for groups of any size: every member listed at
//! once by its RDN, the names of the rows in view read first (the first
//! screenful has names after one round trip), then all the others in one
//! lookup that streams them in pages — while it runs, rows scrolled into
//! view are read by a lookup of their own beside it —, a list
//! that draws only the rows in view, a filter that narrows it as one types,
//! and adding or removing tracked as a count, so asking "is anything
//! changed?" on every frame costs nothing.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use iced::widget::{button, column, container, row, scrollable, space, text, text_input};
use iced::{Element, Fill, Length};

use super::find::{ROW_HEIGHT, visible_rows};
use crate::domain::directory_object::{ObjectSummary, compare_without_case, first_rdn_value};
use crate::domain::dn;
use crate::fl;

/// One member: its DN, and its name once read.
#[derive(Debug, Clone)]
struct Member {
    dn: String,
    key: String,
    /// The first RDN's value: shown until the name is read.
    rdn: String,
    name: Name,
    /// Lowercase name, RDN value and DN, for the filter.
    haystack: String,
}

#[derive(Debug, Clone, PartialEq)]
enum Name {
    Pending,
    Known(String),
    /// No entry by that DN could be read (gone, or hidden from this user).
    NotFound,
}

impl Member {
    fn new(dn: String, name: Name) -> Self {
        let key = dn::key(&dn);
        let rdn = first_rdn_value(&dn);
        let mut member = Self {
            dn,
            key,
            rdn,
            name,
            haystack: String::new(),
        };
        member.refresh_haystack();
        member
    }

    fn refresh_haystack(&mut self) {
        let name = match &self.name {
            Name::Known(name) => name.as_str(),
            _ => "",
        };
        self.haystack = format!("{name}\n{}\n{}", self.rdn, self.dn).to_lowercase();
    }

    fn shown_name(&self) -> &str {
        match &self.name {
            Name::Known(name) => name,
            _ => &self.rdn,
        }
    }
}

#[derive(Debug)]
pub struct State {
    /// Keys of the members as read from the directory.
    original: HashSet<String>,
    rows: Vec<Member>,
    /// Each member's row, by key: a batch of names finds its rows without
    /// walking the list (50,000 members, 500 batches).
    index: HashMap<String, usize>,
    /// Every row before this one has its name read (or known missing).
    unread_from: usize,
    /// Members added or removed since the read (0: the list is unchanged).
    changes: usize,
    filter: String,
    /// Indexes into `rows` of the members the filter shows, in order.
    shown: Vec<usize>,
    scroll_offset: f32,
    viewport_height: f32,
    /// The lookup of the rows in view, and the one of all the others:
    /// both may run at once.
    in_view: Option<Lookup>,
    rest: Option<Lookup>,
    /// Set when this tab goes away: its lookups stop at their next page.
    stop: Arc<AtomicBool>,
    /// Why the last lookup of names failed; scrolling or filtering tries
    /// again.
    lookup_error: Option<String>,
    /// Why finding people to add failed.
    people_error: Option<String>,
    add_member: String,
    people: Vec<ObjectSummary>,
}

#[derive(Debug, Clone)]
pub enum Message {
    FilterChanged(String),
    Scrolled {
        offset: f32,
        height: f32,
    },
    Remove(String),
    AddChanged(String),
    FindPeoplePressed,
    PeopleFound(Result<Vec<ObjectSummary>, String>),
    Add(String),
    /// Rows found by lookup `id`, as they come.
    NamesFound(u64, Vec<ObjectSummary>),
    /// Lookup `id` ended: those it asked for and did not find do not exist
    /// (or are hidden from this user), or it failed.
    NamesEnded(u64, Result<(), String>),
}

#[derive(Debug, PartialEq)]
pub enum Action {
    None,
    FindPeople(String),
    LookUpNames(NamesWanted),
}

/// Names to read (the service decides how: by name, or by listing their
/// parent), for lookup `id`; `stop` is set once nobody wants them.
#[derive(Debug, Clone)]
pub struct NamesWanted {
    pub id: u64,
    pub dns: Vec<String>,
    pub stop: Arc<AtomicBool>,
}

impl PartialEq for NamesWanted {
    fn eq(&self, other: &Self) -> bool {
        (self.id, &self.dns) == (other.id, &other.dns)
    }
}

/// One lookup under way.
#[derive(Debug)]
struct Lookup {
    id: u64,
    /// Keys of the members it asked for.
    asked: Vec<String>,
    /// Keys it has found so far: only those asked and never found are
    /// missing at its end (a member removed and added back meanwhile is
    /// pending again, not missing).
    found: HashSet<String>,
}

impl Drop for State {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

impl State {
    /// The members of a group as read, in order of their RDN values.
    pub fn new<'a>(members: impl IntoIterator<Item = &'a str>) -> Self {
        let mut rows: Vec<Member> = members
            .into_iter()
            .map(|dn| Member::new(dn.to_owned(), Name::Pending))
            .collect();
        rows.sort_by(|a, b| compare_without_case(&a.rdn, &b.rdn));
        // One row per member: two spellings of one DN are one member.
        let mut seen = HashSet::with_capacity(rows.len());
        rows.retain(|m| seen.insert(m.key.clone()));
        let original: HashSet<String> = rows.iter().map(|m| m.key.clone()).collect();
        let mut state = Self {
            original,
            index: HashMap::new(),
            unread_from: 0,
            rows,
            changes: 0,
            filter: String::new(),
            shown: Vec::new(),
            scroll_offset: 0.0,
            viewport_height: 600.0,
            in_view: None,
            rest: None,
            stop: Arc::new(AtomicBool::new(false)),
            lookup_error: None,
            people_error: None,
            add_member: String::new(),
            people: Vec::new(),
        };
        state.reindex();
        state.refilter();
        state
    }

    fn reindex(&mut self) {
        self.index = (self.rows.iter().enumerate())
            .map(|(i, m)| (m.key.clone(), i))
            .collect();
    }

    /// Names already read by `earlier` (the same group before a save), so
    /// that a reload does not read them all again.
    pub fn keep_names_from(&mut self, earlier: &State) {
        let known: HashMap<&str, &Name> = earlier
            .rows
            .iter()
            .filter(|m| m.name != Name::Pending)
            .map(|m| (m.key.as_str(), &m.name))
            .collect();
        for member in &mut self.rows {
            if let Some(name) = known.get(member.key.as_str()) {
                member.name = (*name).clone();
                member.refresh_haystack();
            }
        }
    }

    /// Whether members were added or removed.
    pub fn is_changed(&self) -> bool {
        self.changes > 0
    }

    /// The members now, as DNs.
    pub fn members(&self) -> Vec<String> {
        self.rows.iter().map(|m| m.dn.clone()).collect()
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// How many names are read (or known to be missing).
    pub fn names_read(&self) -> usize {
        self.rows.iter().filter(|m| m.name != Name::Pending).count()
    }

    /// The name shown for each member the filter shows, in order.
    pub fn shown_names(&self) -> Vec<&str> {
        self.shown
            .iter()
            .map(|&i| self.rows[i].shown_name())
            .collect()
    }

    /// The rows the list draws now (indexes into the filtered list).
    pub fn drawn_rows(&self) -> std::ops::Range<usize> {
        visible_rows(self.scroll_offset, self.viewport_height, self.shown.len())
    }

    fn refilter(&mut self) {
        let filter = self.filter.trim().to_lowercase();
        self.shown = (0..self.rows.len())
            .filter(|&i| filter.is_empty() || self.rows[i].haystack.contains(&filter))
            .collect();
    }

    /// The next names to read: those in view first (the first screenful,
    /// or rows scrolled to while the others load), else all the others at
    /// once.
    pub fn next_lookup(&mut self) -> Action {
        if self.in_view.is_none() {
            let in_view: Vec<usize> = self.shown[self.drawn_rows()]
                .iter()
                .copied()
                .filter(|&i| self.rows[i].name == Name::Pending)
                .collect();
            if !in_view.is_empty() {
                let (lookup, wanted) = self.lookup(in_view);
                self.in_view = Some(lookup);
                self.lookup_error = None;
                return Action::LookUpNames(wanted);
            }
        }
        if self.in_view.is_some() || self.rest.is_some() {
            return Action::None;
        }
        while self
            .rows
            .get(self.unread_from)
            .is_some_and(|m| m.name != Name::Pending)
        {
            self.unread_from += 1;
        }
        let rest: Vec<usize> = (self.unread_from..self.rows.len())
            .filter(|&i| self.rows[i].name == Name::Pending)
            .collect();
        if rest.is_empty() {
            return Action::None;
        }
        let (lookup, wanted) = self.lookup(rest);
        self.rest = Some(lookup);
        self.lookup_error = None;
        Action::LookUpNames(wanted)
    }

    fn lookup(&self, rows: Vec<usize>) -> (Lookup, NamesWanted) {
        static NEXT: AtomicU64 = AtomicU64::new(1);
        let id = NEXT.fetch_add(1, Ordering::Relaxed);
        let lookup = Lookup {
            id,
            asked: rows.iter().map(|&i| self.rows[i].key.clone()).collect(),
            found: HashSet::new(),
        };
        let wanted = NamesWanted {
            id,
            dns: rows.iter().map(|&i| self.rows[i].dn.clone()).collect(),
            stop: self.stop.clone(),
        };
        (lookup, wanted)
    }

    /// The lookup `id` of this tab, if it runs.
    fn running(&mut self, id: u64) -> Option<&mut Option<Lookup>> {
        [&mut self.in_view, &mut self.rest]
            .into_iter()
            .find(|slot| slot.as_ref().is_some_and(|l| l.id == id))
    }

    fn names_found(&mut self, id: u64, found: Vec<ObjectSummary>) {
        let Some(Some(lookup)) = self.running(id).map(|slot| slot.as_mut()) else {
            return;
        };
        let mut named = Vec::with_capacity(found.len());
        for object in found {
            let key = dn::key(object.dn());
            lookup.found.insert(key.clone());
            named.push((key, object));
        }
        for (key, object) in named {
            if let Some(&at) = self.index.get(&key) {
                let member = &mut self.rows[at];
                member.name = Name::Known(object.name().to_owned());
                member.refresh_haystack();
            }
        }
        self.names_changed();
    }

    /// Those asked for and never found have no entry this user can read.
    fn names_ended(&mut self, lookup: Lookup) {
        for key in &lookup.asked {
            if lookup.found.contains(key) {
                continue;
            }
            let Some(&at) = self.index.get(key) else {
                continue;
            };
            let member = &mut self.rows[at];
            if member.name == Name::Pending {
                member.name = Name::NotFound;
                member.refresh_haystack();
            }
        }
        self.names_changed();
    }

    fn names_changed(&mut self) {
        // Names are what a filter may match; without one, the list shown
        // stays the whole list.
        if !self.filter.trim().is_empty() {
            self.refilter();
        }
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::FilterChanged(filter) => {
                self.filter = filter;
                self.scroll_offset = 0.0;
                self.refilter();
                return self.retry_lookup();
            }
            Message::Scrolled { offset, height } => {
                self.scroll_offset = offset;
                self.viewport_height = height;
                return self.retry_lookup();
            }
            Message::Remove(member) => {
                let key = dn::key(&member);
                if let Some(at) = self.index.get(&key).copied() {
                    self.rows.remove(at);
                    self.reindex();
                    self.unread_from = 0;
                    self.count_change(&key, false);
                    self.refilter();
                }
            }
            Message::AddChanged(v) => self.add_member = v,
            Message::FindPeoplePressed => {
                let text = self.add_member.trim().to_owned();
                if dn::validate(&text).is_ok() && text.contains('=') {
                    return self.update(Message::Add(text));
                }
                return Action::FindPeople(text);
            }
            Message::PeopleFound(Ok(people)) => {
                self.people = people;
                self.people_error = None;
            }
            Message::PeopleFound(Err(error)) => self.people_error = Some(error),
            Message::Add(dn_text) => {
                let key = dn::key(&dn_text);
                if !self.index.contains_key(&key) {
                    self.index.insert(key.clone(), self.rows.len());
                    let name = self
                        .people
                        .iter()
                        .find(|p| dn::key(p.dn()) == key)
                        .map_or(Name::Pending, |p| Name::Known(p.name().to_owned()));
                    self.rows.push(Member::new(dn_text, name));
                    self.count_change(&key, true);
                    self.refilter();
                }
                self.add_member.clear();
                self.people.clear();
                return self.next_lookup();
            }
            Message::NamesFound(id, found) => self.names_found(id, found),
            Message::NamesEnded(id, result) => {
                let Some(lookup) = self.running(id).and_then(Option::take) else {
                    return Action::None;
                };
                match result {
                    Ok(()) => {
                        self.names_ended(lookup);
                        return self.next_lookup();
                    }
                    // Shown; the next scroll or filter tries again.
                    Err(error) => self.lookup_error = Some(error),
                }
            }
        }
        Action::None
    }

    /// After a failed lookup, the person's next move (a scroll, a filter)
    /// tries again; otherwise the next batch, if nothing runs.
    fn retry_lookup(&mut self) -> Action {
        self.lookup_error = None;
        self.next_lookup()
    }

    /// Counts an added or removed member against the list as read.
    fn count_change(&mut self, key: &str, added: bool) {
        // Adding back a member that was read, or removing one that was
        // added, undoes a change.
        if self.original.contains(key) == added {
            self.changes -= 1;
        } else {
            self.changes += 1;
        }
    }

    fn row<'a>(&self, member: &'a Member) -> Element<'a, Message> {
        let name = text(member.shown_name()).width(Length::FillPortion(2));
        let name = match member.name {
            Name::Known(_) => name,
            Name::Pending => name.style(text::secondary),
            Name::NotFound => name.style(text::danger),
        };
        row![
            name,
            text(member.dn.as_str())
                .size(13)
                .style(text::secondary)
                .width(Length::FillPortion(4)),
            button(text(fl!("remove")))
                .style(button::secondary)
                .on_press(Message::Remove(member.dn.clone()))
        ]
        .spacing(12)
        .height(Length::Fixed(ROW_HEIGHT))
        .align_y(iced::Center)
        .into()
    }

    pub fn view(&self) -> Element<'_, Message> {
        let total = self.rows.len();
        let read = self.names_read();
        let count = if self.shown.len() < total {
            fl!("members-shown", shown = self.shown.len(), count = total)
        } else {
            fl!("members-count", count = total)
        };
        let mut status = row![text(count)].spacing(12).align_y(iced::Center);
        if read < total && self.lookup_error.is_none() {
            status = status.push(
                text(fl!("members-reading-names", read = read, count = total))
                    .style(text::secondary),
            );
        }
        for error in [&self.lookup_error, &self.people_error]
            .into_iter()
            .flatten()
        {
            status = status.push(text(error.as_str()).style(text::danger));
        }
        let filter = text_input(&fl!("members-filter-placeholder"), &self.filter)
            .on_input(Message::FilterChanged);
        let range = self.drawn_rows();
        let above = range.start as f32 * ROW_HEIGHT;
        let below = (self.shown.len() - range.end) as f32 * ROW_HEIGHT;
        let rows = column![space().height(Length::Fixed(above))]
            .extend(self.shown[range].iter().map(|&i| self.row(&self.rows[i])))
            .push(space().height(Length::Fixed(below)));
        // Room for the scroll bar beside the Remove buttons.
        let rows = container(rows).padding(iced::Padding {
            right: 16.0,
            ..iced::Padding::ZERO
        });
        let list = scrollable(rows)
            .height(Fill)
            .on_scroll(|viewport| Message::Scrolled {
                offset: viewport.absolute_offset().y,
                height: viewport.bounds().height,
            });
        let mut col = column![
            status,
            filter,
            container(list).height(Fill).style(container::bordered_box),
            row![
                text_input(&fl!("members-add-placeholder"), &self.add_member)
                    .on_input(Message::AddChanged)
                    .on_submit(Message::FindPeoplePressed),
                button(text(fl!("members-add")))
                    .style(button::secondary)
                    .on_press(Message::FindPeoplePressed),
            ]
            .spacing(8),
        ]
        .spacing(12)
        .height(Fill);
        for person in &self.people {
            col = col.push(
                button(text(format!("{} — {}", person.name(), person.dn())))
                    .style(button::text)
                    .on_press(Message::Add(person.dn().to_owned())),
            );
        }
        col.into()
    }
}

#[cfg(test)]
mod tests;
