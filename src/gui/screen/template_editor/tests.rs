//! The Notification Editor's screen tests.

use super::*;
use crate::domain::{Following, StoreId, StoreType};

fn state() -> State {
    let store = IdentityStore::new(StoreId("store-1".into()), "Corp", StoreType::GenericLdap);
    State::new(store, "de")
}

fn saved(action: Action) -> Templates {
    match action {
        Action::Save(templates) => *templates,
        other => panic!("not saved: {other:?}"),
    }
}

#[test]
fn only_the_parts_changed_are_saved_and_a_tag_goes_where_the_cursor_is() {
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
    let templates = saved(state.update(Message::SavePressed));
    let custom = templates.custom(EmailKind::Change, "de").expect("German");
    assert_eq!(custom.subject.as_deref(), Some("Neu: {{ object.name }}"));
    assert!(custom.html.is_some());
    assert_eq!(custom.text, None, "the text part stays the built-in one");
    assert!(templates.custom(EmailKind::Change, "en").is_none());
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
    let mut state = State::new(store, "en");
    assert!(state.read_only.is_some());
    state.update(Message::SubjectChanged("Mine".into()));
    state.update(Message::TagPressed("object.name"));
    state.update(Message::HtmlEdited(text_editor::Action::Edit(
        text_editor::Edit::Insert('x'),
    )));
    assert!(!state.is_dirty());
    assert!(matches!(state.update(Message::SavePressed), Action::None));
}
