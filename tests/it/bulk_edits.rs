//! Bulk edits on the real slapd, first part: a file's changes previewed as
//! the signed-in person — each row what it would send (old → new) or the
//! problem that stops it — with nothing written.

use dirdesk::domain::bulk::{parse_csv, parse_ldif};
use dirdesk::services::bulk::{Previewed, preview};

use crate::directories::slapd;
use crate::support::{own_group, servers, unique};

#[tokio::test]
async fn a_files_changes_are_previewed_with_every_problem_before_anything_is_written() {
    let s = servers();
    let group = own_group("alice", &["alice"]).await;
    let bob = s.person_dn("bob");
    let alice_dn = s.person_dn("alice");
    let text = unique("Reorganised");
    let ldif = format!(
        "dn: {group}\nchangetype: modify\nreplace: description\ndescription: {text}\n-\nadd: member\nmember: {bob}\n-\n\n\
         dn: cn=Nobody-{text},ou=groups,{base}\nchangetype: modify\nreplace: description\ndescription: x\n\n\
         dn: {alice_dn}\nchangetype: modify\nreplace: displayName\ndisplayName: One\ndisplayName: Two\n\n\
         dn: cn=Marketing,ou=groups,{base}\nchangetype: modify\nreplace: frobnicate\nfrobnicate: x\n",
        base = s.base_dn
    );
    let changes = parse_ldif(&ldif).expect("a good file");
    let mut alice = slapd().sign_in("alice").await;
    let rows = preview(&mut alice, &changes, 4).await.expect("previewed");
    assert_eq!(rows.len(), 4);
    match &rows[0].outcome {
        Previewed::Changes {
            before,
            modifications,
        } => {
            assert_eq!(before.texts("description"), ["First description"]);
            let description = modifications
                .iter()
                .find(|m| m.attribute == "description")
                .expect("description");
            assert_eq!(description.delete, ["First description"]);
            assert_eq!(description.add, vec![text.clone()]);
            let member = modifications
                .iter()
                .find(|m| m.attribute == "member")
                .expect("member");
            assert_eq!(
                (member.delete.len(), member.add.clone()),
                (0, vec![bob.clone()])
            );
        }
        other => panic!("{other:?}"),
    }
    let problem = |i: usize| match &rows[i].outcome {
        Previewed::Problem(problem) => problem.clone(),
        other => panic!("row {i}: {other:?}"),
    };
    assert!(problem(1).contains("does not exist"), "{}", problem(1));
    assert!(problem(2).contains("displayName"), "{}", problem(2));
    assert!(problem(3).contains("frobnicate"), "{}", problem(3));
    assert_eq!(
        rows.iter().map(|r| r.line).collect::<Vec<_>>(),
        [1, 10, 15, 21]
    );

    // Nothing was written.
    let now = alice.read(&group).await.expect("read");
    assert_eq!(now.texts("description"), ["First description"]);

    // The same group from a spreadsheet, asking for what it already holds.
    let csv = format!("dn,description\n\"{group}\",First description\n");
    let rows = preview(&mut alice, &parse_csv(&csv, None).expect("csv"), 4)
        .await
        .expect("previewed");
    assert_eq!(rows[0].outcome, Previewed::NothingToChange);
}
