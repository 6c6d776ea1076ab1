//! The Bulk edit page: where the changes come from, the preview table, the
//! run's progress and the outcome table. Long tables show their first rows
//! and say how many more there are (the command line and the exported CSV
//! have them all).

use iced::widget::{
    button, column, container, pick_list, progress_bar, row, scrollable, space, text, text_input,
};
use iced::{Element, Fill, Length};

use super::{Message, Operation, State};
use crate::fl;
use crate::gui::widget;
use crate::services::bulk::{PreviewRow, Previewed, RowResult};

/// Rows a table draws.
const SHOWN: usize = 200;

fn cell<'a>(value: String, width: u16) -> Element<'a, Message> {
    container(text(value).size(13))
        .width(Length::FillPortion(width))
        .into()
}

fn header<'a>(labels: &[(String, u16)]) -> Element<'a, Message> {
    row(labels
        .iter()
        .map(|(label, width)| cell(label.clone(), *width)))
    .spacing(8)
    .into()
}

fn values(values: &[String]) -> String {
    if values.is_empty() {
        fl!("no-value")
    } else {
        values.join("; ")
    }
}

fn preview_rows(row: &PreviewRow) -> Vec<Element<'_, Message>> {
    let line = row.line.to_string();
    match &row.outcome {
        Previewed::Changes {
            before,
            modifications,
        } => crate::domain::change::changes_of(before, modifications)
            .into_iter()
            .map(|change| {
                iced::widget::row![
                    cell(line.clone(), 1),
                    cell(row.dn.clone(), 5),
                    cell(change.attribute, 2),
                    cell(
                        format!("{} → {}", values(&change.old), values(&change.new)),
                        5
                    ),
                ]
                .spacing(8)
                .into()
            })
            .collect(),
        Previewed::NothingToChange => vec![
            iced::widget::row![
                cell(line, 1),
                cell(row.dn.clone(), 5),
                cell(String::new(), 2),
                cell(fl!("bulk-nothing-to-change"), 5),
            ]
            .spacing(8)
            .into(),
        ],
        Previewed::Problem(problem) => vec![
            iced::widget::row![
                cell(line, 1),
                cell(row.dn.clone(), 5),
                cell(String::new(), 2),
                container(text(problem.as_str()).size(13).style(text::danger))
                    .width(Length::FillPortion(5)),
            ]
            .spacing(8)
            .into(),
        ],
    }
}

fn outcome_row(row: &RowResult) -> Element<'_, Message> {
    let outcome = text(row.outcome.describe()).size(13);
    let outcome = if row.outcome.is_failure() {
        outcome.style(text::danger)
    } else {
        outcome
    };
    iced::widget::row![
        cell(row.line.to_string(), 1),
        cell(row.dn.clone(), 5),
        container(outcome).width(Length::FillPortion(7)),
    ]
    .spacing(8)
    .into()
}

fn more<'a>(total: usize) -> Option<Element<'a, Message>> {
    (total > SHOWN).then(|| {
        let more = total - SHOWN;
        text(fl!("bulk-more-rows", count = more))
            .style(text::secondary)
            .into()
    })
}

impl State {
    /// The page; `found` is how many objects the search found, `selected`
    /// how many of them are ticked (the edit is for those, or else all).
    pub fn view(&self, found: usize, selected: usize) -> Element<'_, Message> {
        let busy = self.busy || self.is_running();
        let source = column![
            row![
                widget::title(fl!("bulk-title")),
                space::horizontal(),
                button(text(fl!("bulk-close")))
                    .style(button::secondary)
                    .on_press_maybe((!self.is_running()).then_some(Message::ClosePressed)),
            ]
            .align_y(iced::Center),
            text(fl!("bulk-explanation")).style(text::secondary),
            row![
                text_input(&fl!("bulk-file-placeholder"), &self.path)
                    .on_input(Message::PathChanged)
                    .on_submit(Message::OpenPressed),
                button(text(fl!("browse")))
                    .style(button::secondary)
                    .on_press_maybe((!busy).then_some(Message::BrowsePressed)),
                button(text(fl!("bulk-open")))
                    .style(button::secondary)
                    .on_press_maybe((!busy).then_some(Message::OpenPressed)),
            ]
            .spacing(8),
        ]
        .spacing(8);
        let source = if found == 0 {
            source
        } else {
            source.push(
                row![
                    text_input(&fl!("bulk-attribute"), &self.attribute)
                        .on_input(Message::AttributeChanged)
                        .width(160),
                    pick_list(
                        Operation::ALL,
                        Some(self.operation),
                        Message::OperationSelected
                    ),
                    text_input(&fl!("bulk-value"), &self.value).on_input(Message::ValueChanged),
                    button(text(if selected > 0 {
                        fl!("bulk-use-selected", count = selected)
                    } else {
                        fl!("bulk-use-found", count = found)
                    }))
                    .style(button::secondary)
                    .on_press_maybe(
                        (!busy && !self.attribute.trim().is_empty())
                            .then_some(Message::UseFoundPressed)
                    ),
                ]
                .spacing(8)
                .align_y(iced::Center),
            )
        };
        let mut page = column![source].spacing(12);
        if let Some(error) = &self.error {
            page = page.push(text(error.as_str()).style(text::danger));
        }
        if self.busy {
            page = page.push(text(fl!("loading")));
        }
        if let Some(running) = &self.running {
            let done = self.outcomes.len();
            page = page.push(
                row![
                    progress_bar(0.0..=running.total as f32, done as f32),
                    text(fl!("bulk-progress", done = done, total = running.total)),
                    button(text(fl!("cancel")))
                        .style(button::secondary)
                        .on_press(Message::CancelPressed),
                ]
                .spacing(8)
                .align_y(iced::Center),
            );
        }
        if let Some(note) = &self.note {
            page = page.push(text(note.as_str()).style(text::secondary));
        }
        if !self.outcomes.is_empty() {
            page = page.push(self.outcome_table());
        }
        if let Some(rows) = &self.preview {
            page = page.push(self.preview_table(rows));
        }
        scrollable(page.padding(4)).height(Fill).into()
    }

    fn preview_table<'a>(&'a self, rows: &'a [PreviewRow]) -> Element<'a, Message> {
        let problems = rows.iter().filter(|r| r.is_problem()).count();
        let can_apply = !self.is_running() && rows.iter().any(|r| !r.is_problem());
        // The button above the table: it stays in view however long the table.
        let mut table = column![
            row![
                text(fl!(
                    "bulk-previewed",
                    count = rows.len(),
                    problems = problems
                )),
                space::horizontal(),
                button(text(fl!("bulk-apply")))
                    .style(button::primary)
                    .on_press_maybe(can_apply.then_some(Message::ApplyPressed)),
            ]
            .align_y(iced::Center),
            header(&[
                (fl!("bulk-col-line"), 1),
                (fl!("bulk-col-object"), 5),
                (fl!("email-col-attribute"), 2),
                (fl!("bulk-col-old-new"), 5),
            ]),
        ]
        .spacing(4);
        for row in rows.iter().take(SHOWN) {
            table = table.extend(preview_rows(row));
        }
        if let Some(more) = more(rows.len()) {
            table = table.push(more);
        }
        table.into()
    }

    fn outcome_table(&self) -> Element<'_, Message> {
        let failed = self
            .outcomes
            .iter()
            .filter(|r| r.outcome.is_failure())
            .count();
        let applied = self
            .outcomes
            .iter()
            .filter(|r| matches!(r.outcome, crate::services::bulk::RowOutcome::Applied(_)))
            .count();
        let idle = !self.is_running();
        let mut table = column![
            row![
                text(fl!(
                    "bulk-outcomes",
                    applied = applied,
                    failed = failed,
                    count = self.outcomes.len()
                )),
                space::horizontal(),
                button(text(fl!("bulk-retry-failed")))
                    .style(button::secondary)
                    .on_press_maybe((idle && failed > 0).then_some(Message::RetryFailedPressed)),
                button(text(fl!("bulk-export-failed")))
                    .style(button::secondary)
                    .on_press_maybe((idle && failed > 0).then_some(Message::ExportPressed)),
            ]
            .spacing(8)
            .align_y(iced::Center),
        ]
        .spacing(4);
        if let Some(ended) = &self.ended {
            for line in &ended.lines {
                table = table.push(text(line.as_str()).style(text::secondary));
            }
        }
        table = table.push(header(&[
            (fl!("bulk-col-line"), 1),
            (fl!("bulk-col-object"), 5),
            (fl!("bulk-col-outcome"), 7),
        ]));
        // Failures first: they are what needs a look.
        let mut shown: Vec<&RowResult> = self
            .outcomes
            .iter()
            .filter(|r| r.outcome.is_failure())
            .collect();
        shown.extend(self.outcomes.iter().filter(|r| !r.outcome.is_failure()));
        for row in shown.into_iter().take(SHOWN) {
            table = table.push(outcome_row(row));
        }
        if let Some(more) = more(self.outcomes.len()) {
            table = table.push(more);
        }
        table.into()
    }
}
