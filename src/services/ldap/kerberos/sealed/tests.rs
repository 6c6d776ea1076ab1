//! The sealed bind's own BER: requests as servers read them, answers as
//! servers send them, damaged ones refused without a panic.

use super::*;

fn encoded(tag: Tag) -> Vec<u8> {
    let mut out = BytesMut::new();
    lber::write::encode_into(&mut out, tag.into_structure()).expect("encode");
    out.to_vec()
}

/// A BindResponse as a server sends it: code, "", message, and
/// optionally serverSaslCreds [7].
fn response(code: i64, text: &str, credentials: Option<&[u8]>) -> Vec<u8> {
    let octets = |bytes: &[u8]| {
        Tag::OctetString(OctetString {
            inner: bytes.to_vec(),
            ..Default::default()
        })
    };
    let mut fields = vec![
        Tag::Enumerated(lber::structures::Enumerated {
            inner: code,
            ..Default::default()
        }),
        octets(b""),
        octets(text.as_bytes()),
    ];
    fields.extend(credentials.map(|c| {
        Tag::OctetString(OctetString {
            id: 7,
            class: TagClass::Context,
            inner: c.to_vec(),
        })
    }));
    encoded(Tag::Sequence(Sequence {
        inner: vec![
            Tag::Integer(Integer {
                inner: 1,
                ..Default::default()
            }),
            Tag::Sequence(Sequence {
                id: 1,
                class: TagClass::Application,
                inner: fields,
            }),
        ],
        ..Default::default()
    }))
}

fn parsed(bytes: &[u8]) -> Option<Answer> {
    let (_, message) = lber::Parser::new().parse(bytes).ok()?;
    let (id, answer) = bind_response(message)?;
    assert_eq!(id, 1, "the answer's message id");
    Some(answer)
}

#[test]
fn a_bind_request_is_an_ldap_message_with_the_sasl_credentials() {
    let bytes = encoded(bind_request(7, Some(b"token")));
    let (rest, message) = lber::Parser::new().parse(&bytes).expect("BER");
    assert!(rest.is_empty());
    let parts = message.expect_constructed().expect("LDAPMessage");
    let request = parts[1].clone();
    assert_eq!((request.class, request.id), (TagClass::Application, 0));
    let fields = request.expect_constructed().expect("BindRequest");
    let sasl = fields[2].clone();
    assert_eq!((sasl.class, sasl.id), (TagClass::Context, 3));
    let sasl = sasl.expect_constructed().expect("SaslCredentials");
    assert_eq!(
        sasl[0].clone().expect_primitive().as_deref(),
        Some(&b"GSSAPI"[..])
    );
    assert_eq!(
        sasl[1].clone().expect_primitive().as_deref(),
        Some(&b"token"[..])
    );
    // The empty response after the context is established: no token.
    let bytes = encoded(bind_request(8, None));
    let (_, message) = lber::Parser::new().parse(&bytes).expect("BER");
    let parts = message.expect_constructed().expect("LDAPMessage");
    let fields = parts[1].clone().expect_constructed().expect("BindRequest");
    assert_eq!(
        fields[2].clone().expect_constructed().map(|s| s.len()),
        Some(1)
    );
}

#[test]
fn bind_responses_give_their_code_message_and_token() {
    let answer = parsed(&response(14, "", Some(b"server token"))).expect("answer");
    assert_eq!(in_progress(answer).ok(), Some(b"server token".to_vec()));
    let refused = parsed(&response(49, "80090308: LdapErr", None)).expect("answer");
    assert_eq!(
        (refused.code, refused.text.as_str()),
        (49, "80090308: LdapErr")
    );
    assert!(matches!(
        in_progress(refused),
        Err(BindFailure::Refused(49, _))
    ));
    // In progress but without a token is no step of the bind.
    let empty = parsed(&response(14, "", None)).expect("answer");
    assert!(in_progress(empty).is_err());
    // Truncated or foreign answers are no answer, never a panic.
    let whole = response(14, "", Some(b"t"));
    assert!(parsed(&whole[..whole.len() - 2]).is_none());
    assert!(parsed(&encoded(bind_request(1, None))).is_none());
}

#[test]
fn only_an_offer_of_confidentiality_is_taken() {
    // Confidentiality (4) offered, with integrity and none, 64 KiB buffers.
    assert_eq!(layer_offered(&[0x07, 0x01, 0x00, 0x00]).ok(), Some(65_536));
    assert_eq!(layer_offered(&[0x04, 0x00, 0x00, 0x00]).ok(), Some(0));
    // Integrity only, or no layer at all: never a connection without one.
    for layers in [0x01, 0x02, 0x03] {
        assert!(matches!(
            layer_offered(&[layers, 0x01, 0x00, 0x00]),
            Err(BindFailure::NoSealing)
        ));
    }
    assert!(matches!(
        layer_offered(&[0x04, 0x00]),
        Err(BindFailure::Protocol(_))
    ));
    assert!(matches!(
        layer_offered(&[0x04, 0x00, 0x00, 0x40]),
        Err(BindFailure::Protocol(_))
    ));
    let server = Server {
        host: "dc1.example.test".into(),
        port: 389,
    };
    let shown = BindFailure::NoSealing.for_server(&server).to_string();
    assert!(
        shown.contains("dc1.example.test:389 offers no Kerberos encryption"),
        "{shown}"
    );
}
