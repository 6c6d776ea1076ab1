//! The modify operation's parts and guards, without a server.

use super::*;
use crate::domain::directory_object::Value;

#[test]
fn a_modify_timestamp_is_no_version_marker() {
    // One-second resolution: two writes within a second look the same.
    let mut o = DirectoryObject::new("cn=G,dc=test");
    o.push("modifyTimestamp", [Value::Text("20261128101010Z".into())]);
    o.push("description", [Value::Text("x".into())]);
    let mods = [Modification {
        attribute: "description".into(),
        delete: vec!["x".into()],
        add: vec!["y".into()],
    }];
    let g = guard(&o, &mods);
    assert_eq!(g.filter, "(&(description=x))");
    assert!(!g.whole_object);
    assert!(matches!(
        &ldap_mods(&o, &mods, false, &HashSet::new(), None)[0],
        Mod::Delete(..)
    ));
}

#[test]
fn the_version_marker_guards_the_whole_object() {
    let mut o = DirectoryObject::new("cn=G,dc=test");
    o.push(
        "entryCSN",
        [Value::Text(
            "20261128101010.123456Z#000000#000#000000".into(),
        )],
    );
    o.push("description", [Value::Text("x".into())]);
    let mods = [Modification {
        attribute: "description".into(),
        delete: vec!["x".into()],
        add: vec!["y".into()],
    }];
    let g = guard(&o, &mods);
    assert_eq!(
        g.filter,
        "(entryCSN=20261128101010.123456Z#000000#000#000000)"
    );
    assert!(g.whole_object);
}

#[test]
fn without_a_version_marker_the_old_values_are_asserted() {
    let mut o = DirectoryObject::new("cn=G,dc=test");
    o.push("description", [Value::Text("a (b)*".into())]);
    let mods = [
        Modification {
            attribute: "description".into(),
            delete: vec!["a (b)*".into()],
            add: vec!["c".into()],
        },
        Modification {
            attribute: "info".into(),
            delete: vec![],
            add: vec!["n".into()],
        },
    ];
    let g = guard(&o, &mods);
    assert_eq!(g.filter, "(&(description=a \\28b\\29\\2a)(!(info=*)))");
    assert!(
        !g.whole_object,
        "old values cannot tell that a value was added"
    );
}

#[test]
fn under_the_assertion_control_members_change_by_their_own_values_and_one_value_is_replaced() {
    let mut before = DirectoryObject::new("cn=G,dc=test");
    before.push("member", ["uid=a", "uid=b"].map(|v| Value::Text(v.into())));
    before.push("description", [Value::Text("Old".into())]);
    let mods = [
        Modification {
            attribute: "member".into(),
            delete: vec!["uid=b".into()],
            add: vec!["uid=c".into()],
        },
        Modification {
            attribute: "description".into(),
            delete: vec!["Old".into()],
            add: vec!["old".into()],
        },
    ];
    match &ldap_mods(&before, &mods, true, &HashSet::new(), None)[..] {
        [
            Mod::Delete(m, gone),
            Mod::Add(n, new),
            Mod::Replace(d, text),
        ] => {
            assert_eq!((m.as_str(), n.as_str()), ("member", "member"));
            assert_eq!(gone, &HashSet::from(["uid=b".to_owned()]));
            assert_eq!(new, &HashSet::from(["uid=c".to_owned()]));
            assert_eq!(d, "description");
            assert_eq!(
                text,
                &HashSet::from(["old".to_owned()]),
                "a case-only change"
            );
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn single_valued_changes_are_a_delete_and_an_add_in_one_operation() {
    let mods = [Modification {
        attribute: "description".into(),
        delete: vec!["old".into()],
        add: vec!["new".into()],
    }];
    let ldap = ldap_mods(
        &DirectoryObject::new("cn=G,dc=test"),
        &mods,
        false,
        &HashSet::new(),
        None,
    );
    assert_eq!(ldap.len(), 2);
    assert!(matches!(&ldap[0], Mod::Delete(a, v) if a == "description" && v.contains("old")));
    assert!(matches!(&ldap[1], Mod::Add(a, v) if a == "description" && v.contains("new")));
}

#[test]
fn joining_a_group_of_one_is_an_add_of_the_own_entry_as_the_directory_names_it() {
    let mut before = DirectoryObject::new("cn=Club,dc=test");
    before.replace_texts("member", vec!["uid=bob,dc=test".into()]);
    before.replace_texts("entryCSN", vec!["20261202#1".into()]);
    let join = [Modification {
        attribute: "member".into(),
        delete: vec![],
        add: vec!["UID=Erin, DC=test".into()],
    }];
    // Under the version marker, yet no replace of bob's membership.
    match &ldap_mods(&before, &join, true, &HashSet::new(), None)[..] {
        [Mod::Add(a, values)] => {
            assert_eq!(a, "member");
            assert_eq!(values, &HashSet::from(["UID=Erin, DC=test".to_owned()]));
        }
        other => panic!("{other:?}"),
    }
    let own = Some((
        "uid=erin,dc=test",
        "<GUID=2fb017cc-c186-46f4-a039-c2f4a0f3b95b>",
    ));
    let leave = [Modification {
        attribute: "member".into(),
        delete: vec!["uid=erin,dc=test".into(), "uid=bob,dc=test".into()],
        add: vec![],
    }];
    match &ldap_mods(&before, &leave, true, &HashSet::new(), own)[..] {
        [Mod::Delete(_, values)] => assert_eq!(
            values,
            &HashSet::from([
                "<GUID=2fb017cc-c186-46f4-a039-c2f4a0f3b95b>".to_owned(),
                "uid=bob,dc=test".to_owned()
            ]),
            "only the user's own entry is named by its GUID"
        ),
        other => panic!("{other:?}"),
    }
}
