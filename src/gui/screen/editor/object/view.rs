//! A group's or user's page: its tabs, the outcome of the last save, Save
//! with its preview, and on a group Join or Leave.

use iced::widget::{button, column, container, row, scrollable, space, text, text_input};
use iced::{Element, Fill, Length};

use super::*;

impl State {
    /// A group's Join (the user is not in it) or Leave (they are).
    fn own_membership_button(&self) -> Option<Element<'_, Message>> {
        if self.object.kind() != ObjectKind::Group {
            return None;
        }
        let (label, change) = if editing::is_member(&self.object, &self.me) {
            (fl!("membership-leave"), OwnMembership::Leave)
        } else {
            (fl!("membership-join"), OwnMembership::Join)
        };
        // Not over unsaved edits: the page is read again once it is done.
        let pressed =
            (!self.saving && !self.is_dirty()).then_some(Message::OwnMembershipPressed(change));
        Some(
            button(text(label))
                .style(button::secondary)
                .on_press_maybe(pressed)
                .into(),
        )
    }

    fn tabs(&self) -> Vec<Tab> {
        match self.object.kind() {
            // As ADUC: General, Members, Member Of, Managed By.
            ObjectKind::Group => vec![
                Tab::General,
                Tab::Members,
                Tab::MemberOf,
                Tab::Owner,
                Tab::Attributes,
            ],
            ObjectKind::User => vec![
                Tab::General,
                Tab::Email,
                Tab::Manager,
                Tab::MemberOf,
                Tab::Attributes,
            ],
            ObjectKind::Other => vec![Tab::General, Tab::Email, Tab::Manager, Tab::Attributes],
        }
    }

    fn tab_label(tab: Tab) -> String {
        match tab {
            Tab::General => fl!("tab-general"),
            Tab::Members => fl!("tab-members"),
            Tab::Owner => fl!("tab-owner"),
            Tab::Email => fl!("tab-email"),
            Tab::Manager => fl!("tab-manager"),
            Tab::MemberOf => fl!("tab-member-of"),
            Tab::Attributes => fl!("tab-attributes"),
        }
    }

    fn fields_view(&self, tab: Tab) -> Element<'_, Message> {
        let mut col = column![].spacing(14);
        // Active Directory groups: scope and type, shown but not edited here.
        if tab == Tab::General
            && let Some((scope, security)) = self.object.text("groupType").and_then(group_type)
        {
            let scope = match scope {
                GroupScope::Global => fl!("group-scope-global"),
                GroupScope::DomainLocal => fl!("group-scope-domain-local"),
                GroupScope::Universal => fl!("group-scope-universal"),
            };
            let kind = if security {
                fl!("group-kind-security")
            } else {
                fl!("group-kind-distribution")
            };
            col = col.push(
                text(fl!("group-scope-and-type", scope = scope, kind = kind))
                    .style(text::secondary),
            );
        }
        col.extend(tab_fields(self.object.kind(), tab).iter().map(|attribute| {
            let value = self
                .fields
                .get(*attribute)
                .map(String::as_str)
                .unwrap_or_default();
            let mut input = text_input("", value);
            if !self.schema.is_read_only(attribute) {
                let attribute = (*attribute).to_owned();
                input = input.on_input(move |v| Message::FieldChanged(attribute.clone(), v));
            }
            widget::field(field_label(attribute), input, None)
        }))
        .into()
    }

    fn owner_view(&self) -> Element<'_, Message> {
        let owners: Vec<&str> =
            [self.object.texts("owner"), self.object.texts("managedBy")].concat();
        if owners.is_empty() {
            return text(fl!("owner-none")).into();
        }
        column(owners.into_iter().map(|o| {
            row![
                text(first_rdn_value(o)),
                text(o).size(13).style(text::secondary)
            ]
            .spacing(12)
            .into()
        }))
        .spacing(6)
        .into()
    }

    fn attributes_view(&self) -> Element<'_, Message> {
        column(self.object.attributes().map(|attribute| {
            let syntax = self.object.syntax(&attribute.name, &self.schema);
            let read_only = self.schema.is_read_only(&attribute.name);
            let single = self.schema.is_single_valued(&attribute.name);
            let values: Vec<String> = attribute
                .values
                .iter()
                .map(|v| match v {
                    Value::Text(t) if syntax != Syntax::Binary => t.clone(),
                    Value::Text(t) => fl!("binary-value", bytes = t.len()),
                    Value::Binary(b) => fl!("binary-value", bytes = b.len()),
                })
                .collect();
            let hint = match (read_only, single) {
                (true, _) => fl!("attr-read-only"),
                (false, true) => fl!("attr-single"),
                (false, false) => fl!("attr-multi"),
            };
            let style = if read_only {
                text::secondary
            } else {
                text::base
            };
            row![
                column![
                    text(attribute.name.as_str()).style(style),
                    text(hint).size(12).style(text::secondary)
                ]
                .width(Length::FillPortion(2)),
                text(values.join("\n"))
                    .style(style)
                    .width(Length::FillPortion(5)),
            ]
            .spacing(12)
            .into()
        }))
        .spacing(10)
        .into()
    }

    pub fn view(&self) -> Element<'_, Message> {
        let tabs = row(self.tabs().into_iter().map(|tab| {
            button(text(Self::tab_label(tab)))
                .style(if tab == self.tab {
                    button::primary
                } else {
                    button::text
                })
                .on_press(Message::TabSelected(tab))
                .into()
        }))
        .spacing(4);
        let body = match self.tab {
            Tab::General | Tab::Email | Tab::Manager => self.fields_view(self.tab),
            Tab::Members => self.members.view().map(Message::Members),
            Tab::MemberOf => self.member_of.view().map(Message::MemberOf),
            Tab::Owner => self.owner_view(),
            Tab::Attributes => self.attributes_view(),
        };
        let kind = match self.object.kind() {
            ObjectKind::Group => fl!("group-properties"),
            _ => fl!("user-properties"),
        };
        let title = text(format!("{kind}: {}", self.object.name())).size(22);
        let mut page = column![
            row![title, space::horizontal()]
                .push(self.own_membership_button())
                .align_y(iced::Center),
            text(self.object.dn.as_str())
                .size(13)
                .style(text::secondary),
            tabs,
            // The Members list scrolls itself (drawing only the rows in view).
            if self.tab == Tab::Members {
                container(body).padding([0, 12]).height(Fill).into()
            } else {
                Element::from(scrollable(container(body).padding([0, 12])).height(Fill))
            },
        ]
        .spacing(12);
        match &self.outcome {
            Some(Outcome::Saved(message)) => {
                page = page.push(text(message.as_str()).style(text::success))
            }
            Some(Outcome::NotSaved(message)) => {
                page = page.push(text(message.as_str()).style(text::danger))
            }
            Some(Outcome::Conflict { message, current }) => {
                let mut block = column![text(message.as_str()).style(text::danger)].spacing(4);
                for (attribute, value) in current {
                    block = block.push(text(fl!(
                        "cli-current-value",
                        attribute = attribute.as_str(),
                        value = value.as_str()
                    )));
                }
                page = page.push(
                    block.push(
                        button(text(fl!("reload")))
                            .style(button::secondary)
                            .on_press(Message::ReloadPressed),
                    ),
                );
            }
            None => {}
        }
        let save = button(text(if self.saving {
            fl!("saving")
        } else {
            fl!("save")
        }))
        .style(button::primary)
        .on_press_maybe((!self.saving && self.is_dirty()).then_some(Message::SavePressed));
        page = page.push(row![space::horizontal(), save]);
        match &self.preview {
            None => page.into(),
            Some(mods) => {
                let mut dialog = column![text(fl!("preview-title")).size(18)].spacing(8);
                for m in mods {
                    let old = self.object.texts(&m.attribute);
                    if old.len() <= 1 && m.add.len() <= 1 && m.delete.len() == old.len() {
                        let old = old
                            .first()
                            .map(|v| (*v).to_owned())
                            .unwrap_or_else(|| fl!("no-value"));
                        let new = m.add.first().cloned().unwrap_or_else(|| fl!("no-value"));
                        dialog = dialog.push(text(fl!(
                            "history-change",
                            attribute = m.attribute.as_str(),
                            old = old,
                            new = new
                        )));
                    } else {
                        for v in &m.delete {
                            dialog = dialog.push(text(format!("{}: − {v}", m.attribute)));
                        }
                        for v in &m.add {
                            dialog = dialog.push(text(format!("{}: + {v}", m.attribute)));
                        }
                    }
                }
                dialog = dialog.push(
                    row![
                        space::horizontal(),
                        button(text(fl!("cancel")))
                            .style(button::secondary)
                            .on_press(Message::PreviewClosed),
                        button(text(fl!("apply")))
                            .style(button::primary)
                            .on_press(Message::ApplyPressed)
                    ]
                    .spacing(8),
                );
                widget::modal(page, dialog, Message::PreviewClosed)
            }
        }
    }
}
