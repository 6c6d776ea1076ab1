//! Kerberos's own sealing over plain LDAP (RFC 4752), for a store that
//! connects without TLS, as ADUC does on port 389: the GSSAPI bind
//! negotiates confidentiality, and every LDAP message after it travels
//! encrypted in SASL buffers (a 4-byte length, then the wrapped token).
//!
//! Done here rather than by ldap3, whose 0.12.1 SASL decoder loses messages
//! when one buffer holds several or one message spans buffers (seen against
//! Samba: a 5,000-member group never arrived). This module binds on the raw
//! connection, then relays between the server and a loopback socket that
//! ldap3 reads as plain LDAP: the only hand-written LDAP here is the three
//! bind requests, encoded with lber (ldap3's own BER crate).

use std::io;
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex};

use bytes::BytesMut;
use cross_krb5::{ClientCtx, InitiateFlags, K5Ctx, Step};
use lber::structures::{ASNTag, Integer, OctetString, Sequence, Tag};
use lber::{common::TagClass, structure::PL};
use ldap3::{Ldap, LdapConnAsync, LdapConnSettings, StdStream};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use super::{KerberosProblem, problem_from};
use crate::domain::Server;
use crate::services::ldap::connect::{CONNECT_TIMEOUT, LdapFailure, OPERATION_TIMEOUT};

/// resultCode saslBindInProgress: the bind goes on with another token.
const SASL_BIND_IN_PROGRESS: u64 = 14;
/// The security layer asked for: confidentiality (RFC 4752 section 3.3).
const LAYER_CONFIDENTIALITY: u8 = 4;
/// The largest buffer taken from the server (OpenLDAP's and ldap3's value).
const RECEIVE_MAX: u32 = 0x9F_FFB8;
/// The plaintext sealed into one buffer at most, whatever the server takes
/// (room for Kerberos's own header and checksum).
const SEND_CHUNK: usize = 64 * 1024;

/// Connects to `server` without TLS and binds with the person's ticket,
/// sealing everything after the bind: the directory answers as over TLS.
pub(super) async fn connect_sealed(server: &Server) -> Result<Ldap, LdapFailure> {
    let spn = format!("ldap/{}", server.host);
    let unreachable = |e: io::Error| LdapFailure::Unreachable {
        server: server.to_string(),
        reason: e.to_string(),
    };
    let timeout = || LdapFailure::Timeout {
        server: server.to_string(),
    };
    let address = (server.host.as_str(), server.port);
    let mut stream = tokio::time::timeout(CONNECT_TIMEOUT, TcpStream::connect(address))
        .await
        .map_err(|_| timeout())?
        .map_err(unreachable)?;
    let (context, send_max) = tokio::time::timeout(OPERATION_TIMEOUT, bind(&mut stream, &spn))
        .await
        .map_err(|_| timeout())?
        .map_err(|failure| failure.for_server(server))?;
    let (ours, theirs) = tokio::time::timeout(CONNECT_TIMEOUT, loopback_pair())
        .await
        .map_err(|_| timeout())?
        .map_err(unreachable)?;
    let name = server.to_string();
    tokio::spawn(async move {
        if let Err(error) = relay(stream, ours, context, send_max).await {
            tracing::debug!(server = %name, %error, "sealed LDAP connection ended");
        }
    });
    let settings = LdapConnSettings::new().set_std_stream(StdStream::Tcp(theirs));
    let (conn, ldap) = LdapConnAsync::with_settings(settings, "ldap://127.0.0.1")
        .await
        .map_err(|e| LdapFailure::from_operation(e, server))?;
    let name = server.to_string();
    tokio::spawn(async move {
        if let Err(error) = conn.drive().await {
            tracing::debug!(server = %name, %error, "LDAP connection ended");
        }
    });
    Ok(ldap)
}

/// Why the sealed bind failed, before the server's name is known to it.
enum BindFailure {
    Kerberos(KerberosProblem),
    /// The directory's answer to a bind request.
    Refused(u64, String),
    /// The server offers no confidentiality layer.
    NoSealing,
    Io(io::Error),
}

impl BindFailure {
    fn for_server(self, server: &Server) -> LdapFailure {
        match self {
            Self::Kerberos(problem) => LdapFailure::Kerberos(problem),
            Self::Refused(code, text) => LdapFailure::Kerberos(KerberosProblem::Other(format!(
                "{server}: {code} {}",
                text.trim()
            ))),
            Self::NoSealing => LdapFailure::Kerberos(KerberosProblem::NoSealing {
                server: server.to_string(),
            }),
            Self::Io(error) => LdapFailure::Unreachable {
                server: server.to_string(),
                reason: error.to_string(),
            },
        }
    }
}

impl From<io::Error> for BindFailure {
    fn from(error: io::Error) -> Self {
        Self::Io(error)
    }
}

/// The SASL GSSAPI bind with the security layer negotiated (RFC 4752
/// section 3.1): the context established, the server's offer unwrapped,
/// confidentiality chosen. The context, and the largest buffer the server
/// takes (0: it did not say).
async fn bind(stream: &mut TcpStream, spn: &str) -> Result<(ClientCtx, usize), BindFailure> {
    let gss = |text: String| BindFailure::Kerberos(problem_from(&text, spn));
    let target = spn.to_owned();
    // Reads the ticket cache (and the KDC, were the service ticket not
    // cached yet): off the async threads.
    let (mut pending, token) = tokio::task::spawn_blocking(move || {
        ClientCtx::new(InitiateFlags::empty(), None, &target, None)
            .map(|(pending, token)| (pending, token.to_vec()))
            .map_err(|e| format!("{e:#}"))
    })
    .await
    .map_err(|e| BindFailure::Kerberos(KerberosProblem::Other(e.to_string())))?
    .map_err(gss)?;
    let mut id = 1;
    let mut answer = exchange(stream, id, Some(&token)).await?;
    let mut context = loop {
        let token = in_progress(answer)?;
        id += 1;
        match pending.step(&token).map_err(|e| gss(format!("{e:#}")))? {
            // The server's offer answers the last token, or an empty one.
            Step::Finished((context, last)) => {
                answer = exchange(stream, id, last.as_deref()).await?;
                break context;
            }
            Step::Continue((next, token)) => {
                pending = next;
                answer = exchange(stream, id, Some(&token)).await?;
            }
        }
    };
    let offer = in_progress(answer)?;
    let offer = context
        .unwrap(&offer)
        .map_err(|e| gss(format!("{e:#}")))?
        .to_vec();
    let [layers, a, b, c] = offer[..] else {
        return Err(BindFailure::Refused(
            0,
            "malformed security layer offer".into(),
        ));
    };
    if layers & LAYER_CONFIDENTIALITY == 0 {
        return Err(BindFailure::NoSealing);
    }
    let send_max = u32::from_be_bytes([0, a, b, c]) as usize;
    let choice = (RECEIVE_MAX | u32::from(LAYER_CONFIDENTIALITY) << 24).to_be_bytes();
    let choice = context
        .wrap(true, &choice)
        .map_err(|e| gss(format!("{e:#}")))?
        .to_vec();
    let done = exchange(stream, id + 1, Some(&choice)).await?;
    if done.code != 0 {
        return Err(BindFailure::Refused(done.code, done.text));
    }
    Ok((context, send_max))
}

/// A bind response: its result code, message and SASL credentials.
struct Answer {
    code: u64,
    text: String,
    credentials: Option<Vec<u8>>,
}

/// The server's next token: the bind must be in progress and carry one.
fn in_progress(answer: Answer) -> Result<Vec<u8>, BindFailure> {
    match answer {
        Answer {
            code: SASL_BIND_IN_PROGRESS,
            credentials: Some(token),
            ..
        } => Ok(token),
        Answer { code, text, .. } => Err(BindFailure::Refused(code, text)),
    }
}

/// Sends bind request `id` (SASL GSSAPI with `credentials`) and reads its
/// answer.
async fn exchange(
    stream: &mut TcpStream,
    id: i64,
    credentials: Option<&[u8]>,
) -> Result<Answer, BindFailure> {
    let mut out = BytesMut::new();
    lber::write::encode_into(&mut out, bind_request(id, credentials).into_structure())?;
    stream.write_all(&out).await?;
    let message = read_message(stream).await?;
    bind_response(message).ok_or_else(|| {
        BindFailure::Io(io::Error::new(
            io::ErrorKind::InvalidData,
            "the answer to a bind is no bind response",
        ))
    })
}

/// BindRequest ::= [APPLICATION 0] { version 3, name "", sasl [3] {
/// mechanism, credentials } } in its LDAPMessage (RFC 4511 section 4.2).
fn bind_request(id: i64, credentials: Option<&[u8]>) -> Tag {
    let octets = |bytes: &[u8]| {
        Tag::OctetString(OctetString {
            inner: bytes.to_vec(),
            ..Default::default()
        })
    };
    let mut sasl = vec![octets(b"GSSAPI")];
    sasl.extend(credentials.map(octets));
    let request = Tag::Sequence(Sequence {
        id: 0,
        class: TagClass::Application,
        inner: vec![
            Tag::Integer(Integer {
                inner: 3,
                ..Default::default()
            }),
            octets(b""),
            Tag::Sequence(Sequence {
                id: 3,
                class: TagClass::Context,
                inner: sasl,
            }),
        ],
    });
    Tag::Sequence(Sequence {
        inner: vec![
            Tag::Integer(Integer {
                inner: id,
                ..Default::default()
            }),
            request,
        ],
        ..Default::default()
    })
}

/// BindResponse ::= [APPLICATION 1] { resultCode, matchedDN,
/// diagnosticMessage, referral [3] OPTIONAL, serverSaslCreds [7] OPTIONAL }.
fn bind_response(message: lber::structure::StructureTag) -> Option<Answer> {
    let mut parts = message.expect_constructed()?.into_iter().skip(1);
    let response = parts
        .next()?
        .match_class(TagClass::Application)?
        .match_id(1)?
        .expect_constructed()?;
    let mut fields = response.into_iter();
    let code = lber::parse::parse_uint(&fields.next()?.expect_primitive()?)
        .ok()?
        .1;
    let _matched = fields.next()?;
    let text = String::from_utf8_lossy(&fields.next()?.expect_primitive()?).into_owned();
    let credentials = fields
        .find(|field| field.class == TagClass::Context && field.id == 7)
        .and_then(|field| match field.payload {
            PL::P(bytes) => Some(bytes),
            PL::C(_) => None,
        });
    Some(Answer {
        code,
        text,
        credentials,
    })
}

/// Reads one whole LDAP message (plain: the bind itself is not sealed).
async fn read_message(stream: &mut TcpStream) -> io::Result<lber::structure::StructureTag> {
    let mut buffer = BytesMut::with_capacity(4096);
    loop {
        if !buffer.is_empty() {
            match lber::Parser::new().parse(&buffer) {
                Ok((_, message)) => return Ok(message),
                Err(e) if e.is_incomplete() => {}
                Err(_) => {
                    return Err(io::Error::new(
                        io::ErrorKind::InvalidData,
                        "the server's answer is not LDAP",
                    ));
                }
            }
        }
        if buffer.len() > RECEIVE_MAX as usize {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                "the answer to a bind is too large",
            ));
        }
        if stream.read_buf(&mut buffer).await? == 0 {
            return Err(io::ErrorKind::UnexpectedEof.into());
        }
    }
}

/// Two ends of a loopback TCP connection: ours for the relay, theirs (as
/// a std stream) for ldap3. Only the connection we made is taken: another
/// program connecting to the listener first is turned away.
async fn loopback_pair() -> io::Result<(TcpStream, std::net::TcpStream)> {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).await?;
    let theirs = TcpStream::connect(listener.local_addr()?).await?;
    let expected: SocketAddr = theirs.local_addr()?;
    loop {
        let (ours, from) = listener.accept().await?;
        if from == expected {
            return Ok((ours, theirs.into_std()?));
        }
    }
}

/// Seals what ldap3 writes and unseals what the server sends, until either
/// side closes.
async fn relay(
    server: TcpStream,
    local: TcpStream,
    context: ClientCtx,
    send_max: usize,
) -> io::Result<()> {
    let context = Arc::new(Mutex::new(context));
    let chunk = match send_max {
        0 => SEND_CHUNK,
        max => SEND_CHUNK.min(max.saturating_sub(1024).max(256)),
    };
    let (server_read, server_write) = server.into_split();
    let (local_read, local_write) = local.into_split();
    tokio::select! {
        sent = seal(local_read, server_write, &context, chunk) => sent,
        received = unseal(server_read, local_write, &context) => received,
    }
}

fn gss_error(e: impl std::fmt::Display) -> io::Error {
    io::Error::other(format!("GSSAPI: {e:#}"))
}

async fn seal(
    mut from: impl AsyncRead + Unpin,
    mut to: impl AsyncWrite + Unpin,
    context: &Mutex<ClientCtx>,
    chunk: usize,
) -> io::Result<()> {
    let mut plain = vec![0; chunk];
    loop {
        let read = from.read(&mut plain).await?;
        if read == 0 {
            return to.shutdown().await;
        }
        let sealed = {
            let mut context = context.lock().unwrap_or_else(|p| p.into_inner());
            context
                .wrap(true, &plain[..read])
                .map_err(gss_error)?
                .to_vec()
        };
        let length = u32::try_from(sealed.len()).map_err(io::Error::other)?;
        to.write_all(&length.to_be_bytes()).await?;
        to.write_all(&sealed).await?;
    }
}

async fn unseal(
    mut from: impl AsyncRead + Unpin,
    mut to: impl AsyncWrite + Unpin,
    context: &Mutex<ClientCtx>,
) -> io::Result<()> {
    loop {
        let mut length = [0; 4];
        match from.read_exact(&mut length).await {
            Ok(_) => {}
            Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => return Ok(()),
            Err(e) => return Err(e),
        }
        let length = u32::from_be_bytes(length);
        if length > RECEIVE_MAX {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                format!("a sealed buffer of {length} bytes, more than agreed"),
            ));
        }
        let mut sealed = vec![0; length as usize];
        from.read_exact(&mut sealed).await?;
        let plain = {
            let mut context = context.lock().unwrap_or_else(|p| p.into_inner());
            context.unwrap(&sealed).map_err(gss_error)?.to_vec()
        };
        to.write_all(&plain).await?;
    }
}

#[cfg(test)]
mod tests {
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
        bind_response(message)
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
}
