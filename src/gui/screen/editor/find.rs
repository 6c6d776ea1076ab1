//! Find: a search box with a Groups / Users filter, results that appear as
//! they stream in, a count that grows, Cancel — and a list that draws only
//! the rows in view, so 100,000 results scroll as smoothly as 10.

use std::ops::Range;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use iced::widget::{
    button, checkbox, column, container, radio, row, scrollable, space, text, text_input,
};
use iced::{Element, Fill, Length};

use crate::domain::directory_object::ObjectSummary;
use crate::domain::ldap_filter::SearchKind;
use crate::fl;

/// Height of one result row, in logical pixels.
pub const ROW_HEIGHT: f32 = 34.0;
/// Rows drawn above and below the visible ones, so fast scrolling stays full.
const OVERSCAN: usize = 6;

#[derive(Debug)]
pub struct State {
    text: String,
    kind: SearchKind,
    /// In arrival order while searching, then sorted by name.
    results: Vec<ObjectSummary>,
    searching: bool,
    generation: u64,
    cancel: Arc<AtomicBool>,
    error: Option<String>,
    scroll_offset: f32,
    viewport_height: f32,
    /// The results ticked for a bulk edit, by DN.
    selected: std::collections::HashSet<String>,
}

impl Default for State {
    fn default() -> Self {
        Self {
            text: String::new(),
            kind: SearchKind::Groups,
            results: Vec::new(),
            searching: false,
            generation: 0,
            cancel: Arc::new(AtomicBool::new(false)),
            error: None,
            scroll_offset: 0.0,
            viewport_height: 600.0,
            selected: std::collections::HashSet::new(),
        }
    }
}

#[derive(Debug, Clone)]
pub enum Message {
    TextChanged(String),
    KindSelected(SearchKind),
    SearchPressed,
    CancelPressed,
    /// A page of results of search `generation`.
    Page(u64, Vec<ObjectSummary>),
    Finished(u64, Result<usize, String>),
    Scrolled {
        offset: f32,
        height: f32,
    },
    OpenPressed(String),
    /// A result ticked (or not) for a bulk edit.
    SelectToggled(String, bool),
}

#[derive(Debug)]
pub enum Action {
    None,
    /// Start a search; the previous one (if any) is cancelled.
    Search {
        kind: SearchKind,
        text: String,
        generation: u64,
        cancel: Arc<AtomicBool>,
    },
    Open(String),
}

/// Which rows to draw for a scroll position: those in view plus a margin.
pub fn visible_rows(offset: f32, viewport_height: f32, total: usize) -> Range<usize> {
    let first = (offset.max(0.0) / ROW_HEIGHT) as usize;
    let count = (viewport_height.max(0.0) / ROW_HEIGHT).ceil() as usize + 1;
    let start = first.saturating_sub(OVERSCAN).min(total);
    let end = (first + count + OVERSCAN).min(total);
    start..end
}

impl State {
    pub fn results(&self) -> &[ObjectSummary] {
        &self.results
    }

    /// The results ticked for a bulk edit, in the list's order.
    pub fn selected(&self) -> Vec<String> {
        self.results
            .iter()
            .filter(|r| self.selected.contains(r.dn()))
            .map(|r| r.dn().to_owned())
            .collect()
    }

    pub fn selected_count(&self) -> usize {
        self.selected.len()
    }

    pub fn is_searching(&self) -> bool {
        self.searching
    }

    /// The rows the list draws now.
    pub fn drawn_rows(&self) -> Range<usize> {
        visible_rows(self.scroll_offset, self.viewport_height, self.results.len())
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::TextChanged(text) => self.text = text,
            Message::KindSelected(kind) => self.kind = kind,
            Message::SearchPressed => {
                self.cancel.store(true, Ordering::Relaxed);
                self.cancel = Arc::new(AtomicBool::new(false));
                self.generation += 1;
                self.results.clear();
                self.selected.clear();
                self.error = None;
                self.searching = true;
                self.scroll_offset = 0.0;
                return Action::Search {
                    kind: self.kind,
                    text: self.text.clone(),
                    generation: self.generation,
                    cancel: self.cancel.clone(),
                };
            }
            Message::CancelPressed => {
                self.cancel.store(true, Ordering::Relaxed);
                self.searching = false;
                self.results.sort_unstable_by(ObjectSummary::by_name);
            }
            // Pages are shown as they arrive, in the server's order; the list
            // is sorted by name once, when the search ends — one sort instead
            // of one per page keeps 110,000 results cheap in time and memory.
            Message::Page(generation, mut page) if generation == self.generation => {
                self.results.append(&mut page)
            }
            Message::Page(..) => {}
            Message::Finished(generation, result) if generation == self.generation => {
                self.searching = false;
                self.results.sort_unstable_by(ObjectSummary::by_name);
                // What the list now shows (scripts/bench reads it back).
                tracing::info!(
                    kind = ?self.kind,
                    found = self.results.len(),
                    rows_built = self.drawn_rows().len(),
                    failed = result.is_err(),
                    "search finished"
                );
                if let Err(error) = result {
                    self.error = Some(error);
                }
            }
            Message::Finished(..) => {}
            Message::Scrolled { offset, height } => {
                self.scroll_offset = offset;
                self.viewport_height = height;
            }
            Message::OpenPressed(dn) => return Action::Open(dn),
            Message::SelectToggled(dn, true) => {
                self.selected.insert(dn);
            }
            Message::SelectToggled(dn, false) => {
                self.selected.remove(&dn);
            }
        }
        Action::None
    }

    fn row<'a>(&self, object: &'a ObjectSummary) -> Element<'a, Message> {
        let kind = object.kind().label();
        let dn = object.dn().to_owned();
        let ticked = checkbox(self.selected.contains(object.dn()))
            .on_toggle(move |on| Message::SelectToggled(dn.clone(), on));
        let open = button(
            row![
                text(object.name()).width(Length::FillPortion(3)),
                text(kind)
                    .width(Length::FillPortion(1))
                    .style(text::secondary),
                // Which attribute the typed text matched ("sn: Archer").
                text(
                    object
                        .matched()
                        .map_or_else(String::new, |(attribute, value)| {
                            fl!("find-matched", attribute = attribute, value = value)
                        })
                )
                .width(Length::FillPortion(2))
                .size(13)
                .style(text::secondary),
                text(object.description().unwrap_or_default())
                    .width(Length::FillPortion(4))
                    .style(text::secondary),
            ]
            .spacing(12),
        )
        .height(Length::Fixed(ROW_HEIGHT))
        .width(Fill)
        .style(button::text)
        .on_press(Message::OpenPressed(object.dn().to_owned()));
        row![ticked, open]
            .spacing(4)
            .align_y(iced::Center)
            .height(Length::Fixed(ROW_HEIGHT))
            .into()
    }

    pub fn view(&self) -> Element<'_, Message> {
        let kinds = row([
            (SearchKind::Groups, fl!("find-groups")),
            (SearchKind::Users, fl!("find-users")),
        ]
        .into_iter()
        .map(|(k, label)| radio(label, k, Some(self.kind), Message::KindSelected).into()))
        .spacing(16);
        let search_row = row![
            text_input(&fl!("find-placeholder"), &self.text)
                .on_input(Message::TextChanged)
                .on_submit(Message::SearchPressed),
            button(text(fl!("find-search")))
                .style(button::primary)
                .on_press(Message::SearchPressed),
        ]
        .spacing(8);
        let mut status = row![].spacing(12).align_y(iced::Center);
        let count = self.results.len();
        if self.searching {
            status = status.push(text(fl!("find-searching", count = count)));
        } else if self.generation > 0 {
            // Nothing is counted before the first search.
            status = status.push(text(fl!("find-found", count = count)));
        }
        if self.searching {
            status = status.push(
                button(text(fl!("cancel")))
                    .style(button::secondary)
                    .on_press(Message::CancelPressed),
            );
        }
        if let Some(error) = &self.error {
            status = status.push(text(error.as_str()).style(text::danger));
        }
        // Only the rows in view are built; spacers keep the scroll bar true.
        let range = self.drawn_rows();
        let above = range.start as f32 * ROW_HEIGHT;
        let below = (count - range.end) as f32 * ROW_HEIGHT;
        let rows = column![space().height(Length::Fixed(above))]
            .extend(self.results[range].iter().map(|o| self.row(o)))
            .push(space().height(Length::Fixed(below)));
        let list = scrollable(rows)
            .height(Fill)
            .on_scroll(|viewport| Message::Scrolled {
                offset: viewport.absolute_offset().y,
                height: viewport.bounds().height,
            });
        column![
            kinds,
            search_row,
            status,
            container(list).height(Fill).style(container::bordered_box)
        ]
        .spacing(12)
        .into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(name: &str) -> ObjectSummary {
        ObjectSummary::new(
            &format!("cn={name}"),
            name,
            crate::domain::directory_object::ObjectKind::Group,
            None,
        )
    }

    #[test]
    fn drawn_rows_stay_proportional_to_the_view_not_the_list() {
        for total in [10usize, 1_000, 110_000] {
            let range = visible_rows(0.0, 600.0, total);
            assert!(range.len() <= 600 / 34 + 2 + OVERSCAN, "{total}: {range:?}");
        }
        let deep = visible_rows(50_000.0 * ROW_HEIGHT, 600.0, 110_000);
        assert!(
            deep.start >= 50_000 - OVERSCAN && deep.end <= 50_000 + 19 + OVERSCAN,
            "{deep:?}"
        );
        assert_eq!(visible_rows(10_000_000.0, 600.0, 100), 100..100);
    }

    #[test]
    fn results_are_sorted_by_name_when_the_search_ends_and_stale_pages_are_dropped() {
        let mut state = State::default();
        let Action::Search { generation, .. } = state.update(Message::SearchPressed) else {
            panic!("search")
        };
        state.update(Message::Page(
            generation,
            vec![summary("delta"), summary("Alpha")],
        ));
        state.update(Message::Page(
            generation,
            vec![summary("charlie"), summary("Bravo")],
        ));
        state.update(Message::Page(generation - 1, vec![summary("stale")]));
        assert_eq!(state.results().len(), 4, "shown as they arrive");
        assert!(state.is_searching());
        state.update(Message::Finished(generation, Ok(4)));
        assert!(!state.is_searching());
        let names: Vec<&str> = state.results().iter().map(ObjectSummary::name).collect();
        assert_eq!(names, ["Alpha", "Bravo", "charlie", "delta"]);
    }

    #[test]
    fn ticked_results_are_kept_in_list_order_until_the_next_search() {
        let mut state = State::default();
        let Action::Search { generation, .. } = state.update(Message::SearchPressed) else {
            panic!("search")
        };
        state.update(Message::Page(
            generation,
            vec![summary("b"), summary("a"), summary("c")],
        ));
        state.update(Message::Finished(generation, Ok(3)));
        state.update(Message::SelectToggled("cn=c".into(), true));
        state.update(Message::SelectToggled("cn=a".into(), true));
        state.update(Message::SelectToggled("cn=c".into(), false));
        state.update(Message::SelectToggled("cn=b".into(), true));
        assert_eq!(state.selected(), ["cn=a", "cn=b"], "in the list's order");
        assert_eq!(state.selected_count(), 2);
        state.update(Message::SearchPressed);
        assert!(state.selected().is_empty(), "a new search starts afresh");
    }

    #[test]
    fn a_new_search_cancels_the_running_one() {
        let mut state = State::default();
        let Action::Search { cancel: first, .. } = state.update(Message::SearchPressed) else {
            panic!("search")
        };
        let Action::Search { cancel: second, .. } = state.update(Message::SearchPressed) else {
            panic!("search")
        };
        assert!(first.load(Ordering::Relaxed));
        assert!(!second.load(Ordering::Relaxed));
        state.update(Message::CancelPressed);
        assert!(second.load(Ordering::Relaxed));
    }

    #[test]
    fn nothing_is_counted_before_the_first_search() {
        let shows =
            |state: &State, label: &str| iced_test::simulator(state.view()).find(label).is_ok();
        let mut state = State::default();
        assert!(!shows(&state, "0 found"));
        let Action::Search { generation, .. } = state.update(Message::SearchPressed) else {
            panic!("search")
        };
        state.update(Message::Finished(generation, Ok(0)));
        assert!(shows(&state, "0 found"));
    }
}
