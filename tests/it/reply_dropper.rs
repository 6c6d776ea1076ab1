//! A loopback TCP proxy in front of slapd's plain LDAP port that can lose a
//! modify's reply: the modify reaches the directory and is applied, then the
//! connection breaks before the answer comes back — a change in doubt, as a
//! network failure makes one. It reads the LDAP messages (BER) it forwards,
//! so it also counts the modify requests that went through, and keeps the
//! search requests, to tell what a save asked the directory.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// ModifyRequest ::= [APPLICATION 6], ModifyResponse ::= [APPLICATION 7].
const MODIFY_REQUEST: u8 = 0x66;
const MODIFY_RESPONSE: u8 = 0x67;
/// SearchRequest ::= [APPLICATION 3].
const SEARCH_REQUEST: u8 = 0x63;

pub struct ReplyDropper {
    pub port: u16,
    drops: Arc<AtomicUsize>,
    modifies: Arc<AtomicUsize>,
    searches: Searches,
}

/// The search and modify requests forwarded, as sent.
type Searches = Arc<Mutex<Vec<Vec<u8>>>>;

impl ReplyDropper {
    /// Listens on a loopback port of its own, forwarding to `upstream`.
    pub async fn start(upstream: SocketAddr) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let port = listener.local_addr().expect("addr").port();
        let drops = Arc::new(AtomicUsize::new(0));
        let modifies = Arc::new(AtomicUsize::new(0));
        let searches = Searches::default();
        let (d, m, q) = (drops.clone(), modifies.clone(), searches.clone());
        tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                let Ok(server) = TcpStream::connect(upstream).await else {
                    continue;
                };
                tokio::spawn(relay(client, server, d.clone(), m.clone(), q.clone()));
            }
        });
        Self {
            port,
            drops,
            modifies,
            searches,
        }
    }

    /// The next modify's reply is lost, and its connection with it.
    pub fn lose_next_modify_reply(&self) {
        self.drops.fetch_add(1, Ordering::SeqCst);
    }

    /// Search requests forwarded so far: how many, and how many of them
    /// name `text` (a base DN, say).
    pub fn searches(&self, text: &str) -> (usize, usize) {
        let requests = self.searches.lock().expect("searches");
        let searches: Vec<&Vec<u8>> = requests
            .iter()
            .filter(|m| tag_of(m) == Some(SEARCH_REQUEST))
            .collect();
        let naming = searches
            .iter()
            .filter(|s| s.windows(text.len()).any(|w| w == text.as_bytes()))
            .count();
        (searches.len(), naming)
    }

    /// The size in bytes of the largest modify request forwarded so far.
    pub fn largest_modify(&self) -> usize {
        self.searches
            .lock()
            .expect("requests")
            .iter()
            .filter(|m| tag_of(m) == Some(MODIFY_REQUEST))
            .map(Vec::len)
            .max()
            .unwrap_or(0)
    }

    /// Modify requests forwarded to the directory so far.
    pub fn modifies_forwarded(&self) -> usize {
        self.modifies.load(Ordering::SeqCst)
    }
}

/// The protocol operation's tag of one whole LDAP message.
fn tag_of(message: &[u8]) -> Option<u8> {
    let first = *message.get(1)?;
    let header = if first < 0x80 {
        2
    } else {
        2 + usize::from(first & 0x7f)
    };
    let id_length = usize::from(*message.get(header + 1)?);
    message.get(header + 2 + id_length).copied()
}

/// Splits complete LDAP messages off the front of `buffer`: each one's bytes
/// and its protocol operation's tag.
fn complete_messages(buffer: &mut Vec<u8>) -> Vec<(Vec<u8>, u8)> {
    let mut out = Vec::new();
    // LDAPMessage ::= SEQUENCE { messageID INTEGER, protocolOp, ... }
    while let Some(&first) = buffer.get(1) {
        let (length, header) = if first < 0x80 {
            (usize::from(first), 2)
        } else {
            let n = usize::from(first & 0x7f);
            if buffer.len() < 2 + n {
                break;
            }
            let length = buffer[2..2 + n]
                .iter()
                .fold(0usize, |l, b| (l << 8) | usize::from(*b));
            (length, 2 + n)
        };
        if buffer.len() < header + length {
            break;
        }
        // The message id: tag 0x02, a short length, its bytes.
        let id_length = usize::from(buffer[header + 1]);
        let tag = buffer[header + 2 + id_length];
        let message: Vec<u8> = buffer.drain(..header + length).collect();
        out.push((message, tag));
    }
    out
}

async fn relay(
    client: TcpStream,
    server: TcpStream,
    drops: Arc<AtomicUsize>,
    modifies: Arc<AtomicUsize>,
    searches: Searches,
) {
    let (mut client_in, mut client_out) = client.into_split();
    let (mut server_in, mut server_out) = server.into_split();
    let (mut from_client, mut from_server) = (Vec::new(), Vec::new());
    let (mut a, mut b) = ([0u8; 16384], [0u8; 16384]);
    loop {
        tokio::select! {
            read = client_in.read(&mut a) => {
                let Ok(n @ 1..) = read else { return };
                from_client.extend_from_slice(&a[..n]);
                for (message, tag) in complete_messages(&mut from_client) {
                    if tag == MODIFY_REQUEST {
                        modifies.fetch_add(1, Ordering::SeqCst);
                        searches.lock().expect("searches").push(message.clone());
                    }
                    if tag == SEARCH_REQUEST {
                        searches.lock().expect("searches").push(message.clone());
                    }
                    if server_out.write_all(&message).await.is_err() {
                        return;
                    }
                }
            }
            read = server_in.read(&mut b) => {
                let Ok(n @ 1..) = read else { return };
                from_server.extend_from_slice(&b[..n]);
                for (message, tag) in complete_messages(&mut from_server) {
                    let lose = tag == MODIFY_RESPONSE
                        && drops
                            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |d| d.checked_sub(1))
                            .is_ok();
                    if lose {
                        // Both connections close with the reply unsent.
                        return;
                    }
                    if client_out.write_all(&message).await.is_err() {
                        return;
                    }
                }
            }
        }
    }
}

#[test]
fn messages_are_split_where_they_end() {
    // A modify response (id 5, success) in two reads, then a second message.
    let response = [
        0x30, 0x0c, 0x02, 0x01, 0x05, 0x67, 0x07, 0x0a, 0x01, 0x00, 0x04, 0x00, 0x04, 0x00,
    ];
    let mut buffer = response[..6].to_vec();
    assert!(complete_messages(&mut buffer).is_empty());
    buffer.extend_from_slice(&response[6..]);
    buffer.extend_from_slice(&[
        0x30, 0x84, 0x00, 0x00, 0x00, 0x05, 0x02, 0x01, 0x06, 0x42, 0x00,
    ]);
    let messages = complete_messages(&mut buffer);
    assert_eq!(messages.len(), 2);
    assert_eq!(messages[0].1, MODIFY_RESPONSE);
    assert_eq!(messages[1].1, 0x42, "an unbind, with a long-form length");
    assert!(buffer.is_empty());
}
