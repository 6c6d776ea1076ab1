//! The Notification Editor's screen tests.

use super::*;
use crate::domain::{Following, StoreId, StoreType};

fn state() -> State {
    let store = IdentityStore::new(StoreId("store-1".into()), "Corp", StoreType::GenericLdap);
    State::new(store, Vec::new(), "de")
}

fn saved(action: Action) -> CustomTemplate {
    match action {
        Action::Save {
            kind: EmailKind::Change,
            lang: "de",
            template,
        } => template,
        other => panic!("not saved as the German change template: {other:?}"),
    }
}

#[test]
fn only_the_parts_changed_are_saved_and_a_tag_goes_into_the_part_last_edited() {
    let mut state = state();
    assert!(!state.is_dirty(), "the built-in template, unchanged");
    state.update(Message::SubjectChanged("Neu: ".into()));
    state.update(Message::TagPressed("object.name"));
    assert_eq!(state.edited().subject, "Neu: {{ object.name }}");
    let preview = state.preview.as_ref().expect("a preview");
    assert_eq!(preview.subject, "Neu: Marketing");
    // Into the HTML at its cursor (the start: nothing moved it).
    state.update(Message::HtmlEdited(text_editor::Action::Move(
        text_editor::Motion::DocumentStart,
    )));
    state.update(Message::TagPressed("author.name"));
    assert!(
        state
            .edited()
            .html
            .starts_with("{{ author.name }}<!DOCTYPE html>")
    );
    let custom = saved(state.update(Message::SavePressed));
    assert_eq!(custom.subject.as_deref(), Some("Neu: {{ object.name }}"));
    assert!(custom.html.is_some());
    assert_eq!(custom.text, None, "the text part stays the built-in one");
}

#[test]
fn a_problem_stops_save_and_reset_brings_back_the_built_in_template() {
    let mut state = state();
    state.update(Message::SubjectChanged("{{ object.name".into()));
    assert_eq!(state.problems.len(), 1);
    assert_eq!(state.problems[0].part, Part::Subject);
    assert!(state.preview.is_none());
    assert!(matches!(state.update(Message::SavePressed), Action::None));
    // Another language waits until this one is saved or discarded.
    state.update(Message::LanguageSelected("fr"));
    assert_eq!(state.lang, "de");
    state.update(Message::ResetPressed);
    assert!(state.problems.is_empty());
    assert!(!state.is_dirty());
    state.update(Message::LanguageSelected("fr"));
    assert_eq!(state.lang, "fr");
    assert_eq!(state.edited(), templates::builtin(EmailKind::Change, "fr"));
}

#[test]
fn a_published_store_this_desk_cannot_publish_is_read_not_changed() {
    let mut store = IdentityStore::new(StoreId("store-1".into()), "Corp", StoreType::GenericLdap);
    store.published = Some(Following {
        location: "cn=dirdesk,dc=example,dc=test".into(),
        last: None,
        read_at: None,
    });
    let mut state = State::new(store, Vec::new(), "en");
    assert!(state.read_only.is_some());
    state.update(Message::SubjectChanged("Mine".into()));
    state.update(Message::TagPressed("object.name"));
    state.update(Message::HtmlEdited(text_editor::Action::Edit(
        text_editor::Edit::Insert('x'),
    )));
    assert!(!state.is_dirty());
    assert!(matches!(state.update(Message::SavePressed), Action::None));
}

#[test]
fn back_with_unsaved_changes_asks_first_and_nothing_changes_while_publishing() {
    let mut state = state();
    state.update(Message::SubjectChanged("Neu".into()));
    assert!(matches!(state.update(Message::BackPressed), Action::None));
    assert!(state.confirm_leave, "asks first");
    assert!(
        iced_test::simulator(state.view())
            .find(fl!("unsaved-question"))
            .is_ok()
    );
    state.update(Message::LeaveCancelled);
    assert!(state.is_dirty(), "still there");
    assert!(matches!(state.update(Message::BackPressed), Action::None));
    assert!(matches!(
        state.update(Message::LeaveConfirmed),
        Action::Back
    ));
    // While Save publishes, the sources stay as sent.
    let mut state = state_with_publishing();
    state.update(Message::SubjectChanged("Later".into()));
    assert_eq!(state.edited().subject, "Neu");
}

fn state_with_publishing() -> State {
    let mut state = state();
    state.update(Message::SubjectChanged("Neu".into()));
    assert!(matches!(
        state.update(Message::SavePressed),
        Action::Save { .. }
    ));
    state.set_publishing(true);
    state
}
