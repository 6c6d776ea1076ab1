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

mod gss;
#[cfg(test)]
mod tests;

use std::io;
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex};

use bytes::BytesMut;
use lber::structures::{ASNTag, Integer, OctetString, Sequence, Tag};
use lber::{common::TagClass, structure::PL};
use ldap3::{Ldap, LdapConnAsync, LdapConnSettings, StdStream};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use super::{KerberosProblem, problem_from};
use crate::domain::Server;
use crate::services::ldap::connect::{CONNECT_TIMEOUT, LdapFailure, OPERATION_TIMEOUT};
use gss::{Context, Step};

/// resultCode saslBindInProgress: the bind goes on with another token.
const SASL_BIND_IN_PROGRESS: u64 = 14;
/// The security layer asked for: confidentiality (RFC 4752 section 3.3).
const LAYER_CONFIDENTIALITY: u8 = 4;
/// The largest buffer taken from the server (OpenLDAP's and ldap3's value).
const RECEIVE_MAX: u32 = 0x9F_FFB8;
/// The plaintext sealed into one buffer at most, whatever the server takes.
const SEND_CHUNK: usize = 64 * 1024;
/// Room for Kerberos's own header, confounder and checksum in a buffer
/// (AES: 60 bytes).
const WRAP_OVERHEAD: usize = 128;

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
    // Each sealed buffer is one write; without this, Nagle holds a small
    // request back until the last one is acknowledged.
    stream.set_nodelay(true).map_err(unreachable)?;
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
            tracing::warn!(server = %name, %error, "sealed LDAP connection broken");
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
    /// Not what a server's answer to a bind can be.
    Protocol(String),
    Io(io::Error),
}

impl BindFailure {
    fn for_server(self, server: &Server) -> LdapFailure {
        let other = |text: String| LdapFailure::Kerberos(KerberosProblem::Other(text));
        match self {
            Self::Kerberos(problem) => LdapFailure::Kerberos(problem),
            Self::Refused(code, text) => other(format!("{server}: {code} {}", text.trim())),
            Self::NoSealing => LdapFailure::Kerberos(KerberosProblem::NoSealing {
                server: server.to_string(),
            }),
            Self::Protocol(text) => other(format!("{server}: {text}")),
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
async fn bind(stream: &mut TcpStream, spn: &str) -> Result<(Context, usize), BindFailure> {
    let gss = |text: String| BindFailure::Kerberos(problem_from(&text, spn));
    let target = spn.to_owned();
    // Reads the ticket cache (and the KDC, were the service ticket not
    // cached yet): off the async threads.
    let (mut context, token) = tokio::task::spawn_blocking(move || Context::start(&target))
        .await
        .map_err(|e| BindFailure::Kerberos(KerberosProblem::Other(e.to_string())))?
        .map_err(gss)?;
    let mut id = 1;
    let mut answer = exchange(stream, id, Some(&token)).await?;
    loop {
        let token = in_progress(answer)?;
        id += 1;
        match context.step(&token).map_err(gss)? {
            Step::Continue(token) => answer = exchange(stream, id, Some(&token)).await?,
            // The server's offer answers the last token, or an empty one.
            Step::Established(last) => {
                answer = exchange(stream, id, last.as_deref()).await?;
                break;
            }
        }
    }
    // Bound without a security layer: refused, never used unsealed.
    if answer.code == 0 {
        return Err(BindFailure::NoSealing);
    }
    let offer = context.unwrap(&in_progress(answer)?).map_err(gss)?;
    let send_max = layer_offered(&offer)?;
    // RFC 4752 section 3.1: the choice is wrapped for integrity only.
    let choice = (RECEIVE_MAX | u32::from(LAYER_CONFIDENTIALITY) << 24).to_be_bytes();
    let choice = context.wrap(false, &choice).map_err(gss)?;
    let done = exchange(stream, id + 1, Some(&choice)).await?;
    if done.code != 0 {
        return Err(BindFailure::Refused(done.code, done.text));
    }
    Ok((context, send_max))
}

/// The server's offer (RFC 4752 section 3.1): a byte of the layers it
/// supports, then the largest buffer it takes. Confidentiality, or nothing.
fn layer_offered(offer: &[u8]) -> Result<usize, BindFailure> {
    let [layers, a, b, c] = offer[..] else {
        return Err(BindFailure::Protocol(format!(
            "a security layer offer of {} bytes",
            offer.len()
        )));
    };
    if layers & LAYER_CONFIDENTIALITY == 0 {
        return Err(BindFailure::NoSealing);
    }
    let most = u32::from_be_bytes([0, a, b, c]) as usize;
    if most != 0 && most <= WRAP_OVERHEAD {
        return Err(BindFailure::Protocol(format!(
            "sealed buffers of at most {most} bytes"
        )));
    }
    Ok(most)
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
    match bind_response(message) {
        Some((answer_id, answer)) if answer_id == id => Ok(answer),
        Some((other, _)) => Err(BindFailure::Protocol(format!(
            "an answer to request {other} while binding with request {id}"
        ))),
        // A Notice of Disconnection, say: logged with its words.
        None => Err(BindFailure::Protocol(
            "an answer to the bind that is no bind response".into(),
        )),
    }
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
fn bind_response(message: lber::structure::StructureTag) -> Option<(i64, Answer)> {
    tracing::debug!(?message, "answer to a sealed bind");
    let mut parts = message.expect_constructed()?.into_iter();
    let id = lber::parse::parse_uint(&parts.next()?.expect_primitive()?)
        .ok()?
        .1;
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
    let answer = Answer {
        code,
        text,
        credentials,
    };
    Some((i64::try_from(id).ok()?, answer))
}

/// Reads one whole LDAP message (plain: the bind itself is not sealed).
async fn read_message(stream: &mut TcpStream) -> io::Result<lber::structure::StructureTag> {
    let mut buffer = BytesMut::with_capacity(4096);
    loop {
        if !buffer.is_empty() {
            match lber::Parser::new().parse(&buffer) {
                // The server sends nothing more before it is asked again.
                Ok((rest, _)) if !rest.is_empty() => {
                    return Err(io::Error::new(
                        io::ErrorKind::InvalidData,
                        "more than one answer to a bind request",
                    ));
                }
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
            // ldap3 writes small requests back to back (two lookups at
            // once, abandons): no Nagle on either end.
            ours.set_nodelay(true)?;
            theirs.set_nodelay(true)?;
            return Ok((ours, theirs.into_std()?));
        }
    }
}

/// Seals what ldap3 writes and unseals what the server sends, until either
/// side closes.
async fn relay(
    server: TcpStream,
    local: TcpStream,
    context: Context,
    send_max: usize,
) -> io::Result<()> {
    let context = Arc::new(Mutex::new(context));
    let chunk = match send_max {
        0 => SEND_CHUNK,
        most => SEND_CHUNK.min(most - WRAP_OVERHEAD),
    };
    let (server_read, server_write) = server.into_split();
    let (local_read, local_write) = local.into_split();
    tokio::select! {
        sent = seal(local_read, server_write, &context, chunk) => sent,
        received = unseal(server_read, local_write, &context) => received,
    }
}

fn gss_error(text: String) -> io::Error {
    io::Error::other(format!("GSSAPI: {text}"))
}

async fn seal(
    mut from: impl AsyncRead + Unpin,
    mut to: impl AsyncWrite + Unpin,
    context: &Mutex<Context>,
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
            context.wrap(true, &plain[..read]).map_err(gss_error)?
        };
        // The length and the buffer in one write.
        let length = u32::try_from(sealed.len()).map_err(io::Error::other)?;
        let mut buffer = Vec::with_capacity(4 + sealed.len());
        buffer.extend_from_slice(&length.to_be_bytes());
        buffer.extend_from_slice(&sealed);
        to.write_all(&buffer).await?;
    }
}

async fn unseal(
    mut from: impl AsyncRead + Unpin,
    mut to: impl AsyncWrite + Unpin,
    context: &Mutex<Context>,
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
            context.unwrap(&sealed).map_err(gss_error)?
        };
        to.write_all(&plain).await?;
    }
}
