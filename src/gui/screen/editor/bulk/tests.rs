use super::*;
use crate::services::bulk::RowOutcome;

fn row(line: usize, dn: &str, outcome: RowOutcome) -> RowResult {
    RowResult {
        line,
        dn: dn.into(),
        outcome,
    }
}

#[test]
fn one_edit_for_the_objects_found_is_a_change_each_and_is_previewed_first() {
    let mut state = State::default();
    state.update(Message::AttributeChanged(" description ".into()));
    state.update(Message::OperationSelected(Operation::Add));
    state.update(Message::ValueChanged("Moved".into()));
    let action = state.use_found(vec!["cn=a,dc=test".into(), "cn=b,dc=test".into()]);
    let Action::Preview(changes) = action else {
        panic!("{action:?}")
    };
    assert_eq!(changes.len(), 2);
    assert_eq!(changes[1].dn, "cn=b,dc=test");
    assert_eq!(
        changes[1].ops,
        [AttributeOp::Add {
            attribute: "description".into(),
            values: vec!["Moved".into()]
        }]
    );
    assert!(
        matches!(state.update(Message::ApplyPressed), Action::None),
        "not before the preview"
    );
}

#[test]
fn retry_takes_only_the_failed_rows_and_the_export_never_runs_a_formula() {
    let mut state = State::default();
    state.update(Message::AttributeChanged("description".into()));
    state.use_found(vec!["cn=a".into(), "cn=b".into(), "cn=c".into()]);
    state.update(Message::Previewed(Ok(Vec::new())));
    state.update(Message::Progress(vec![
        row(1, "cn=a", RowOutcome::Applied(Vec::new())),
        row(2, "cn=b", RowOutcome::Conflict),
        row(3, "cn=c", RowOutcome::Refused("=HYPERLINK(\"x\")".into())),
    ]));
    state.update(Message::Finished(Ok(RunEnded::default())));
    let Action::Preview(again) = state.update(Message::RetryFailedPressed) else {
        panic!("a preview of the failed rows")
    };
    assert_eq!(
        again.iter().map(|c| c.dn.as_str()).collect::<Vec<_>>(),
        ["cn=b", "cn=c"]
    );
    let csv = String::from_utf8(
        failed_csv(&[row(3, "=cmd|x", RowOutcome::Refused("no".into()))]).expect("csv"),
    )
    .expect("utf-8");
    assert_eq!(
        csv,
        "line,dn,outcome,reason\n3,'=cmd|x,refused,refused: no\n"
    );
}
