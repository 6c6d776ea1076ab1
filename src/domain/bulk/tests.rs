//! Reading bulk edits: every LDIF and CSV form a user's file may have, and
//! each broken one refused with its line.

use super::*;
use crate::domain::directory_object::DirectoryObject;

fn ldif_ok(text: &str) -> Vec<BulkChange> {
    parse_ldif(text).unwrap_or_else(|refused| panic!("refused:\n{refused}"))
}

fn problems(result: Result<Vec<BulkChange>, Refused>) -> Vec<String> {
    match result {
        Ok(changes) => panic!("accepted: {changes:?}"),
        Err(refused) => refused.0.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn ldif_change_records_as_ldapmodify_reads_them() {
    let text = "version: 1\n\
        # a comment,\n  folded on\n\
        dn: cn=Marketing,ou=groups,dc=example,dc=test\n\
        changetype: modify\n\
        replace: description\n\
        description: Campaigns and\n  events\n\
        -\n\
        add: member\n\
        member: uid=bob,ou=people,dc=example,dc=test\n\
        member: uid=carol,ou=people,dc=example,dc=test\n\
        -\n\
        delete: owner\n\
        \n\
        dn:: Y249U2FsZXMsb3U9Z3JvdXBzLGRjPWV4YW1wbGUsZGM9dGVzdA==\r\n\
        changetype: modify\r\n\
        delete: member\r\n\
        member: uid=alice,ou=people,dc=example,dc=test\r\n\
        -\r\n\
        replace: description\r\n\
        description:: w5xiZXJzaWNodA==\r\n";
    let changes = ldif_ok(text);
    assert_eq!(changes.len(), 2);
    assert_eq!(changes[0].line, 4);
    assert_eq!(changes[0].dn, "cn=Marketing,ou=groups,dc=example,dc=test");
    assert_eq!(
        changes[0].ops,
        vec![
            AttributeOp::Replace {
                attribute: "description".into(),
                values: vec!["Campaigns and events".into()],
            },
            AttributeOp::Add {
                attribute: "member".into(),
                values: vec![
                    "uid=bob,ou=people,dc=example,dc=test".into(),
                    "uid=carol,ou=people,dc=example,dc=test".into(),
                ],
            },
            AttributeOp::Delete {
                attribute: "owner".into(),
                values: vec![],
            },
        ]
    );
    assert_eq!(changes[1].line, 16);
    assert_eq!(changes[1].dn, "cn=Sales,ou=groups,dc=example,dc=test");
    assert_eq!(
        changes[1].ops[1],
        AttributeOp::Replace {
            attribute: "description".into(),
            values: vec!["Übersicht".into()],
        }
    );
}

#[test]
fn every_problem_of_an_ldif_file_is_named_with_its_line_and_nothing_is_kept() {
    let text = "dn: cn=A,dc=test\n\
        changetype: add\n\
        objectClass: top\n\
        \n\
        dn: cn=B,dc=test\n\
        changetype: modify\n\
        replace: description\n\
        title: wrong section\n\
        -\n\
        frobnicate: description\n\
        \n\
        dn: cn=C,dc=test\n\
        changetype: modrdn\n\
        newrdn: cn=D\n\
        \n\
        dn: cn=E,dc=test\n\
        replace: description\n\
        \n\
        dn: cn=F,dc=test\n\
        changetype: modify\n\
        replace: description\n\
        description:: !!!\n\
        description:< file:///etc/passwd\n\
        \n\
        dn: cn=B,dc=test\n\
        changetype: modify\n\
        delete: description\n";
    assert_eq!(
        problems(parse_ldif(text)),
        [
            "line 2: changetype: add is not a change of an object (only changetype: modify is)",
            "line 8: title: in the section of description",
            "line 10: “frobnicate” is not add, delete or replace",
            "line 13: changetype: modrdn is not a change of an object (only changetype: modify is)",
            "line 16: the record of cn=E,dc=test has no changetype: modify",
            "line 22: the base64 value of description does not decode: Invalid symbol 33, offset 0.",
            "line 23: description names a file or URL (:<): give the value itself",
        ]
    );
}

#[test]
fn a_spreadsheets_csv_with_quotes_line_breaks_a_bom_and_semicolons() {
    let text = "\u{FEFF}dn;description;telephoneNumber\r\n\
        \"cn=Marketing,ou=groups,dc=example,dc=test\";\"Campaigns; events\nand fairs\";\r\n\
        cn=Sales\\,Europe,ou=groups,dc=example,dc=test;;(clear)\r\n\
        cn=Empty,ou=groups,dc=example,dc=test;;\r\n";
    let changes = parse_csv(text, Some("(clear)")).unwrap_or_else(|r| panic!("{r}"));
    assert_eq!(changes.len(), 2, "a row of empty cells changes nothing");
    assert_eq!(changes[0].line, 2);
    assert_eq!(
        changes[0].ops,
        vec![AttributeOp::Replace {
            attribute: "description".into(),
            values: vec!["Campaigns; events\nand fairs".into()],
        }]
    );
    assert_eq!(changes[1].line, 4, "after the cell with a line break");
    assert_eq!(
        changes[1].dn,
        "cn=Sales\\,Europe,ou=groups,dc=example,dc=test"
    );
    assert_eq!(
        changes[1].ops,
        vec![AttributeOp::Replace {
            attribute: "telephoneNumber".into(),
            values: vec![],
        }]
    );
    // Commas, and no clear marker: the text is a value like any other.
    let changes = parse_csv("dn,description\ncn=A,dc=test,(clear)\n", None);
    assert!(changes.is_err(), "cn=A,dc=test unquoted is three fields");
    let changes = parse_csv("dn,description\n\"cn=A,dc=test\",(clear)\n", None).expect("ok");
    assert_eq!(
        changes[0].ops,
        vec![AttributeOp::Replace {
            attribute: "description".into(),
            values: vec!["(clear)".into()],
        }]
    );
}

#[test]
fn every_problem_of_a_csv_file_is_named_with_its_line() {
    assert_eq!(
        problems(parse_csv("name,description\nx,y\n", None)),
        ["line 1: the first column's header must be dn"]
    );
    assert_eq!(
        problems(parse_csv(
            "dn,description,description\n\"cn=A,dc=test\",a,b\n,c,d\n\"cn=B,dc=test\",e\n\"cn=A,dc=test\",f,g\n",
            None
        )),
        [
            "line 1: the column description is in the header twice",
            "line 3: the row has no dn",
            "line 4: 2 fields where the header has 3",
            "line 5: cn=A,dc=test is changed twice (first on line 2): put its changes in one record",
        ]
    );
}

#[test]
fn an_edit_means_new_values_for_the_object_as_read() {
    let mut object = DirectoryObject::new("cn=Marketing,dc=test");
    object.replace_texts("member", vec!["uid=a".into(), "uid=b".into()]);
    object.replace_texts("description", vec!["Old".into()]);
    object.replace_texts("owner", vec!["uid=o".into()]);
    let change = BulkChange {
        line: 1,
        dn: object.dn.clone(),
        ops: vec![
            AttributeOp::Add {
                attribute: "member".into(),
                values: vec!["uid=b".into(), "uid=c".into()],
            },
            AttributeOp::Delete {
                attribute: "member".into(),
                values: vec!["uid=a".into()],
            },
            AttributeOp::Replace {
                attribute: "description".into(),
                values: vec!["New".into()],
            },
            AttributeOp::Delete {
                attribute: "owner".into(),
                values: vec![],
            },
        ],
    };
    let edits = change.edits_for(&object);
    assert_eq!(edits["member"], ["uid=b", "uid=c"]);
    assert_eq!(edits["description"], ["New"]);
    assert!(edits["owner"].is_empty());
    assert_eq!(edits.len(), 3);
}

#[test]
fn values_the_schema_refuses_are_found_before_anything_is_read() {
    let schema = crate::domain::schema::Schema::from_attribute_types([
        "( 2.5.4.13 NAME 'description' SYNTAX 1.3.6.1.4.1.1466.115.121.1.15 )",
        "( 2.5.4.31 NAME 'member' SYNTAX 1.3.6.1.4.1.1466.115.121.1.12 )",
        "( 1.1.1 NAME 'employeeCount' SYNTAX 1.3.6.1.4.1.1466.115.121.1.27 SINGLE-VALUE )",
        "( 1.1.2 NAME 'isActive' SYNTAX 1.3.6.1.4.1.1466.115.121.1.7 SINGLE-VALUE )",
        "( 1.1.3 NAME 'validUntil' SYNTAX 1.3.6.1.4.1.1466.115.121.1.24 SINGLE-VALUE )",
        "( 0.9.2342.19200300.100.1.3 NAME 'mail' SYNTAX 1.3.6.1.4.1.1466.115.121.1.26{256} )",
        "( 1.1.4 NAME 'modifyTimestamp' SYNTAX 1.3.6.1.4.1.1466.115.121.1.24 NO-USER-MODIFICATION )",
    ]);
    let sheet = "dn;employeeCount;isActive;validUntil;mail;member;description\n\
        cn=a,dc=test;12;TRUE;20261201120000Z;a@example.test;cn=b,dc=test;any text\n\
        cn=b,dc=test;012;yes;2026-12-01;ä@example.test;not a dn;any\n\
        cn=c,dc=test;-7;FALSE;202612011200+0100;c@example.test;;\n";
    let changes = parse_csv(sheet, None).expect("a good sheet");
    let problems = schema_problems(&changes, &schema)
        .expect_err("line 3 is refused")
        .0;
    let details: Vec<(usize, &str)> = problems
        .iter()
        .map(|p| (p.line, p.detail.as_str()))
        .collect();
    assert_eq!(details.len(), 5, "{details:?}");
    assert!(details.iter().all(|(line, _)| *line == 3), "{details:?}");
    for (attribute, wants) in [
        ("employeeCount", "a whole number"),
        ("isActive", "TRUE or FALSE"),
        ("validUntil", "a time"),
        ("mail", "ASCII"),
        ("member", "distinguished name"),
    ] {
        assert!(
            details
                .iter()
                .any(|(_, d)| d.starts_with(attribute) && d.contains(wants)),
            "{attribute}: {details:?}"
        );
    }
    let read_only = parse_ldif("dn: cn=a,dc=test\nchangetype: modify\nreplace: modifyTimestamp\nmodifyTimestamp: 20261201120000Z\n-\n")
        .expect("a good file");
    assert_eq!(
        schema_problems(&read_only, &schema)
            .expect_err("refused")
            .0
            .len(),
        1
    );
}
