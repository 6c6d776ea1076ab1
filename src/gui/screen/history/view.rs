//! How the History node looks: where it is read from, the filters, a page
//! of entries, and the page buttons.

use iced::widget::{button, column, container, pick_list, row, scrollable, text, text_input};
use iced::{Element, Fill};

use super::{Field, Message, Source, State};
use crate::domain::IdentityStore;
use crate::domain::retention::Keep;
use crate::fl;
use crate::gui::screen::storage_source::store_picker;
use crate::gui::widget;
use crate::services::notification_queue::HistoryEntry;

fn entry(entry: &HistoryEntry) -> Element<'_, Message> {
    let r = &entry.record;
    let mut block = column![text(r.summary_line())].spacing(4);
    if let Some(recorded) = &entry.recorded_by {
        block = block.push(
            text(fl!(
                "history-recorded-by",
                login = recorded.login.as_str(),
                at = crate::i18n::date_time(recorded.at)
            ))
            .size(12)
            .style(text::secondary),
        );
    }
    for change in &r.changes {
        block = block.push(
            text(fl!(
                "history-change",
                attribute = change.attribute.as_str(),
                old = change.old.join("; "),
                new = change.new.join("; ")
            ))
            .size(13),
        );
    }
    for email in &entry.notifications {
        block = block.push(
            text(fl!(
                "history-email",
                address = email.recipient.as_str(),
                status = email.status.label()
            ))
            .size(13)
            .style(text::secondary),
        );
    }
    container(block)
        .padding(10)
        .width(Fill)
        .style(container::bordered_box)
        .into()
}

impl State {
    fn filters(&self) -> Element<'_, Message> {
        let input = |field: Field, label: String, hint: String| {
            widget::field(
                label,
                text_input(&hint, &self.typed[field as usize])
                    .on_input(move |value| Message::FieldChanged(field, value))
                    .on_submit(Message::SearchPressed)
                    .size(13),
                None,
            )
        };
        let day = || "2026-11-30".to_owned();
        let fields = row![
            input(Field::User, fl!("history-filter-user"), String::new()),
            input(Field::Object, fl!("history-filter-object"), String::new()),
            input(
                Field::Attribute,
                fl!("history-filter-attribute"),
                String::new()
            ),
            input(
                Field::Contains,
                fl!("history-filter-contains"),
                String::new()
            ),
            input(Field::Since, fl!("history-filter-since"), day()),
            input(Field::Until, fl!("history-filter-until"), day()),
        ]
        .spacing(6);
        let buttons = row![
            button(text(fl!("history-search")))
                .style(button::primary)
                .on_press(Message::SearchPressed),
            button(text(fl!("history-clear")))
                .style(button::secondary)
                .on_press(Message::ClearPressed),
            button(text(fl!("history-export")))
                .style(button::secondary)
                .on_press(Message::ExportPressed),
        ]
        .spacing(8);
        column![fields, buttons].spacing(8).into()
    }

    /// "Keep History": how long the shared History is kept (admins choose).
    fn keep(&self) -> Element<'_, Message> {
        let current = self.retention.as_ref().and_then(|r| r.keep);
        let mut line = row![
            text(fl!("history-keep")),
            pick_list(Keep::ALL, current, Message::KeepSelected),
        ]
        .spacing(8)
        .align_y(iced::Center);
        if let Some(who) = self.retention.as_ref().and_then(|r| r.chosen_by.as_deref()) {
            line = line.push(
                text(fl!("history-keep-chosen-by", who = who))
                    .size(12)
                    .style(text::secondary),
            );
        }
        match &self.kept {
            Some(Ok(said)) => line = line.push(text(said.as_str()).size(13).style(text::success)),
            Some(Err(said)) => line = line.push(text(said.as_str()).size(13).style(text::danger)),
            None => {}
        }
        line.into()
    }

    fn pages(&self) -> Element<'_, Message> {
        let number = self.earlier.len() + 1;
        row![
            button(text(fl!("history-previous")))
                .style(button::secondary)
                .on_press_maybe((!self.earlier.is_empty()).then_some(Message::PreviousPressed)),
            text(fl!("history-page", number = number)),
            button(text(fl!("history-next")))
                .style(button::secondary)
                .on_press_maybe(self.has_more.then_some(Message::NextPressed)),
        ]
        .spacing(12)
        .align_y(iced::Center)
        .into()
    }

    pub fn view<'a>(
        &'a self,
        stores: &'a [IdentityStore],
        source: &Source,
    ) -> Element<'a, Message> {
        let mut page = column![
            widget::title(fl!("history-title")),
            store_picker(stores, self.store.as_ref(), Message::StoreSelected),
            source.view(),
        ]
        .spacing(12)
        .padding(16);
        if source.needs_sign_in() {
            return page.into();
        }
        if matches!(source, Source::Shared { .. }) {
            page = page.push(self.keep());
        }
        page = page.push(self.filters());
        if let Some(error) = &self.error {
            page = page.push(text(error.as_str()).style(text::danger));
        }
        match &self.exported {
            Some(Ok(said)) => page = page.push(text(said.as_str()).style(text::success)),
            Some(Err(said)) => page = page.push(text(said.as_str()).style(text::danger)),
            None => {}
        }
        if self.entries.is_empty() {
            return page.push(text(fl!("history-empty"))).into();
        }
        let entries = column(self.entries.iter().map(entry)).spacing(8);
        page.push(scrollable(entries).height(Fill))
            .push(self.pages())
            .into()
    }
}
