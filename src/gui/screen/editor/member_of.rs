//! A user's Member Of tab, as ADUC has it: the groups that list the user,
//! on request also those they are in through other groups, and on Active
//! Directory the primary group — each saying how the user is in it.

use iced::widget::{button, checkbox, column, row, text};
use iced::{Element, Length};

use crate::fl;
use crate::services::ldap::{Membership, Via};

#[derive(Debug, Default)]
pub struct State {
    /// The signed-in user's own groups (My groups): each direct one has Leave.
    own: bool,
    nested: bool,
    /// What was read, and whether it includes nested groups.
    groups: Option<(bool, Result<Vec<Membership>, String>)>,
    loading: bool,
}

#[derive(Debug, Clone)]
pub enum Message {
    NestedToggled(bool),
    /// The groups read, and whether nested ones were asked for.
    Loaded(bool, Result<Vec<Membership>, String>),
    /// Leave this group (its DN): on the user's own groups only.
    LeavePressed(String),
}

#[derive(Debug, PartialEq, Eq)]
pub enum Action {
    None,
    /// Read the groups (again), as `nested` now says.
    Load,
    /// Leave the group (its DN) as the signed-in user.
    Leave(String),
}

impl State {
    /// The tab of the signed-in user's own object (`own`), or of another's.
    pub fn of(own: bool) -> Self {
        Self {
            own,
            ..Self::default()
        }
    }

    /// Whether groups were read (or are being read).
    pub fn is_loaded(&self) -> bool {
        self.loading || self.groups.is_some()
    }

    /// A reading starts: whether it asks for nested groups.
    pub fn start(&mut self) -> bool {
        self.loading = true;
        self.nested
    }

    /// Keeps the "nested" choice over a reload of the same user.
    pub fn keep_nested_from(&mut self, earlier: &State) {
        self.nested = earlier.nested;
    }

    /// The groups shown, with how the user is in each.
    pub fn groups(&self) -> Option<&Result<Vec<Membership>, String>> {
        self.groups.as_ref().map(|(_, groups)| groups)
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::NestedToggled(nested) => {
                self.nested = nested;
                return Action::Load;
            }
            // An answer to an earlier question (before the box changed).
            Message::Loaded(nested, _) if nested != self.nested => {}
            Message::Loaded(nested, groups) => {
                self.loading = false;
                self.groups = Some((nested, groups));
            }
            Message::LeavePressed(group) if self.own => return Action::Leave(group),
            Message::LeavePressed(_) => {}
        }
        Action::None
    }

    pub fn view(&self) -> Element<'_, Message> {
        let nested = checkbox(self.nested)
            .label(fl!("member-of-nested"))
            .on_toggle(Message::NestedToggled);
        let mut col = column![nested].spacing(8);
        if self.loading {
            col = col.push(text(fl!("loading")).style(text::secondary));
        }
        match self.groups() {
            None => {}
            Some(Err(error)) => col = col.push(text(error.as_str()).style(text::danger)),
            Some(Ok(groups)) if groups.is_empty() => {
                col = col.push(text(fl!("member-of-none")));
            }
            Some(Ok(groups)) => {
                col = col.push(text(fl!("member-of-count", count = groups.len())));
                col = col.extend(groups.iter().map(|m| {
                    let how = m.via.label();
                    // Only a group that lists the user can be left by them.
                    let leave = (self.own && m.via == Via::Direct).then(|| {
                        button(text(fl!("membership-leave")))
                            .style(button::secondary)
                            .on_press(Message::LeavePressed(m.group.dn().to_owned()))
                    });
                    row![
                        text(m.group.name()).width(Length::FillPortion(2)),
                        text(how)
                            .style(text::secondary)
                            .width(Length::FillPortion(1)),
                        text(m.group.dn())
                            .size(13)
                            .style(text::secondary)
                            .width(Length::FillPortion(4)),
                    ]
                    .push(leave)
                    .spacing(12)
                    .align_y(iced::Center)
                    .into()
                }));
            }
        }
        col.into()
    }
}
