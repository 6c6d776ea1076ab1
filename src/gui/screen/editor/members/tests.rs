//! The Members tab's state: lookups of names, the filter, and counting changes.

use super::*;
use crate::domain::directory_object::ObjectKind;

fn group(n: usize) -> State {
    let dns: Vec<String> = (1..=n)
        .map(|i| format!("uid=m{i:05},ou=crowd,dc=t"))
        .collect();
    State::new(dns.iter().map(String::as_str))
}

fn row(dn: &str) -> ObjectSummary {
    let name = format!("Name of {}", first_rdn_value(dn));
    ObjectSummary::new(dn, &name, ObjectKind::User, None)
}

/// Answers a lookup as the directory would: the rows in pages, then the end.
fn answer(state: &mut State, id: u64, dns: &[String]) -> Action {
    for page in dns.chunks(1_000) {
        let found = page.iter().map(|dn| row(dn)).collect();
        assert_eq!(state.update(Message::NamesFound(id, found)), Action::None);
    }
    state.update(Message::NamesEnded(id, Ok(())))
}

/// Answers every lookup, counting the names each asked for.
fn answer_all(state: &mut State, mut action: Action) -> Vec<usize> {
    let mut sizes = Vec::new();
    while let Action::LookUpNames(NamesWanted { id, dns, .. }) = action {
        sizes.push(dns.len());
        action = answer(state, id, &dns);
    }
    sizes
}

#[test]
fn the_first_lookup_is_the_screenful_then_one_for_all_the_others() {
    let mut state = group(5_000);
    let first = state.next_lookup();
    let Action::LookUpNames(NamesWanted { ref dns, .. }) = first else {
        panic!("a lookup")
    };
    let in_view = state.drawn_rows().len();
    assert_eq!(dns.len(), in_view, "the rows in view");
    assert_eq!(dns[0], "uid=m00001,ou=crowd,dc=t");
    assert_eq!(state.next_lookup(), Action::None, "one lookup at a time");
    let sizes = answer_all(&mut state, first);
    assert_eq!(sizes, [in_view, 5_000 - in_view]);
    assert_eq!(state.names_read(), 5_000);
    assert_eq!(state.shown_names()[4_999], "Name of m05000");
}

#[test]
fn names_show_as_their_pages_come() {
    let mut state = group(5_000);
    let first = state.next_lookup();
    let Action::LookUpNames(NamesWanted { id, dns, .. }) = first else {
        panic!("a lookup")
    };
    let Action::LookUpNames(NamesWanted { id, .. }) = answer(&mut state, id, &dns) else {
        panic!("a lookup for the others")
    };
    // Found in the directory's order, not the list's.
    let found = vec![row("uid=m04999,ou=crowd,dc=t")];
    state.update(Message::NamesFound(id, found));
    assert_eq!(state.shown_names()[4_998], "Name of m04999");
    assert_eq!(state.shown_names()[4_997], "m04998", "not read yet");
    assert_eq!(state.next_lookup(), Action::None, "still reading");
}

#[test]
fn scrolling_ahead_reads_the_rows_in_view_next() {
    let mut state = group(5_000);
    let first = state.next_lookup();
    let Action::LookUpNames(NamesWanted { id, dns, .. }) = first else {
        panic!("a lookup")
    };
    state.update(Message::Scrolled {
        offset: 4_000.0 * ROW_HEIGHT,
        height: 600.0,
    });
    let next = answer(&mut state, id, &dns);
    let Action::LookUpNames(NamesWanted { dns, .. }) = next else {
        panic!("next lookup")
    };
    assert!(
        dns.contains(&"uid=m04001,ou=crowd,dc=t".to_owned()),
        "{dns:?}"
    );
    assert!(dns.len() < 40, "just the screenful: {}", dns.len());
}

#[test]
fn the_filter_narrows_by_name_rdn_or_dn_as_one_types() {
    let mut state = group(300);
    let first = state.next_lookup();
    answer_all(&mut state, first);
    state.update(Message::FilterChanged("NAME OF M0012".into()));
    assert_eq!(state.shown_names().len(), 10, "m00120 … m00129");
    state.update(Message::FilterChanged("m00300".into()));
    assert_eq!(state.shown_names(), ["Name of m00300"]);
    assert!(
        iced_test::simulator(state.view())
            .find("1 of 300 shown")
            .is_ok()
    );
    state.update(Message::FilterChanged(String::new()));
    assert_eq!(state.shown_names().len(), 300);
}

#[test]
fn adding_and_removing_is_counted_so_undoing_leaves_nothing_to_save() {
    let mut state = group(3);
    assert!(!state.is_changed());
    state.update(Message::Remove("UID=m00002, ou=crowd,dc=t".into()));
    assert!(state.is_changed());
    assert_eq!(state.len(), 2);
    state.update(Message::Add("uid=m00002,ou=crowd,dc=t".into()));
    assert!(!state.is_changed(), "added back");
    state.update(Message::Add("uid=new,ou=crowd,dc=t".into()));
    state.update(Message::Add("UID=new,ou=crowd,dc=t".into()));
    assert_eq!(state.len(), 4, "added once");
    state.update(Message::Remove("uid=new,ou=crowd,dc=t".into()));
    assert!(!state.is_changed(), "removed again");
}

#[test]
fn a_member_without_an_entry_is_named_by_its_rdn_and_an_old_answer_is_ignored() {
    let mut state = group(2);
    let Action::LookUpNames(NamesWanted { id, dns, .. }) = state.next_lookup() else {
        panic!("a lookup")
    };
    // An answer to another group's lookup changes nothing.
    let other = id + 1000;
    state.update(Message::NamesFound(other, vec![row(&dns[1])]));
    state.update(Message::NamesEnded(other, Ok(())));
    assert_eq!(state.names_read(), 0);
    state.update(Message::NamesFound(id, vec![row(&dns[0])]));
    assert_eq!(state.names_read(), 1);
    state.update(Message::NamesEnded(id, Ok(())));
    assert_eq!(state.names_read(), 2);
    assert_eq!(state.shown_names(), ["Name of m00001", "m00002"]);
}

#[test]
fn a_failed_lookup_is_shown_and_the_next_scroll_tries_again() {
    let mut state = group(100);
    let Action::LookUpNames(NamesWanted { id, dns, .. }) = state.next_lookup() else {
        panic!("a lookup")
    };
    state.update(Message::NamesFound(id, vec![row(&dns[0])]));
    let failed = state.update(Message::NamesEnded(id, Err("gone".into())));
    assert_eq!(failed, Action::None);
    assert_eq!(state.names_read(), 1, "the names found before are kept");
    assert!(iced_test::simulator(state.view()).find("gone").is_ok());
    // A failed people search does not stop names from being read.
    state.update(Message::PeopleFound(Err("people".into())));
    let again = state.update(Message::Scrolled {
        offset: 0.0,
        height: 600.0,
    });
    assert!(matches!(again, Action::LookUpNames(..)), "{again:?}");
}

#[test]
fn only_the_rows_in_view_are_built() {
    let state = group(5_000);
    let mut ui = iced_test::simulator(state.view());
    assert!(ui.find("m00001").is_ok(), "the first row");
    assert!(ui.find("m04000").is_err(), "not a row far below");
    assert!(ui.find("5000 members").is_ok());
}

#[test]
fn rows_scrolled_to_while_the_others_load_are_read_beside_them() {
    let mut state = group(5_000);
    let first = state.next_lookup();
    let Action::LookUpNames(NamesWanted { id, dns, .. }) = first else {
        panic!("a lookup")
    };
    let Action::LookUpNames(rest) = answer(&mut state, id, &dns) else {
        panic!("the others")
    };
    let scrolled = state.update(Message::Scrolled {
        offset: 4_000.0 * ROW_HEIGHT,
        height: 600.0,
    });
    let Action::LookUpNames(view) = scrolled else {
        panic!("the rows in view, without waiting for the others: {scrolled:?}")
    };
    assert!(view.dns.contains(&"uid=m04001,ou=crowd,dc=t".to_owned()));
    assert!(view.dns.len() < 40);
    // The rows in view come first; the big lookup goes on and ends.
    let after_view = answer(&mut state, view.id, &view.dns);
    assert_eq!(after_view, Action::None, "the others still load");
    assert_eq!(state.shown_names()[4_000], "Name of m04001");
    assert_eq!(answer(&mut state, rest.id, &rest.dns), Action::None);
    assert_eq!(state.names_read(), 5_000);
}

#[test]
fn a_member_removed_and_added_back_during_a_lookup_is_not_taken_for_missing() {
    let mut state = group(3);
    let Action::LookUpNames(wanted) = state.next_lookup() else {
        panic!("a lookup")
    };
    let second = "uid=m00002,ou=crowd,dc=t";
    state.update(Message::NamesFound(wanted.id, vec![row(second)]));
    state.update(Message::Remove(second.into()));
    state.update(Message::Add(second.into()));
    let again = state.update(Message::NamesEnded(wanted.id, Ok(())));
    assert_eq!(
        state.shown_names(),
        ["m00001", "m00003", "m00002"],
        "not found: the other two"
    );
    let Action::LookUpNames(again) = again else {
        panic!("the member added back is read again: {again:?}")
    };
    assert_eq!(again.dns, [second]);
}

#[test]
fn closing_the_tab_stops_its_lookups() {
    let mut state = group(300);
    let Action::LookUpNames(wanted) = state.next_lookup() else {
        panic!("a lookup")
    };
    assert!(!wanted.stop.load(Ordering::Relaxed));
    drop(state);
    assert!(wanted.stop.load(Ordering::Relaxed));
}
