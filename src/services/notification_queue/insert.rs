//! Writing one queued email: its row, and its bytes written into place.

use rusqlite::{Connection, params};

use super::{OutgoingEmail, now_text};

/// Whom an email tells about: one change, a digest of a batch's, or nothing
/// (a test email).
#[derive(Clone, Copy)]
pub(super) enum About {
    Change(i64),
    Digest(i64),
    Nothing,
}

/// Inserts an email's row and its bytes: call within a transaction.
pub(super) fn insert_email(
    conn: &Connection,
    about: About,
    store_id: &str,
    email: &OutgoingEmail,
) -> rusqlite::Result<i64> {
    let (change_id, digest_id) = match about {
        About::Change(id) => (Some(id), None),
        About::Digest(id) => (None, Some(id)),
        About::Nothing => (None, None),
    };
    let json = |v: &[String]| serde_json::to_string(v).unwrap_or_else(|_| "[]".into());
    conn.execute(
        "INSERT INTO notifications (change_id, store_id, message_id, status, subject, from_address,
            recipient, to_addresses, cc_addresses, reasons, raw, created_at, next_attempt_at, digest_id)
         VALUES (?1, ?2, ?3, 'pending', ?4, ?5, ?6, ?7, ?8, ?9, zeroblob(?10), ?11, 0, ?12)",
        params![
            change_id,
            store_id,
            email.message_id,
            email.subject,
            email.from,
            email.recipient,
            json(&email.to),
            json(&email.cc),
            serde_json::to_string(&email.reasons).unwrap_or_else(|_| "[]".into()),
            i64::try_from(email.raw.len()).unwrap_or(i64::MAX),
            now_text(),
            digest_id,
        ],
    )?;
    let id = conn.last_insert_rowid();
    // The bytes are written into place a piece at a time: bound as a
    // parameter they would be copied whole first (a digest's can be
    // megabytes).
    let mut blob = conn.blob_open(rusqlite::MAIN_DB, "notifications", "raw", id, false)?;
    for (i, piece) in email.raw.chunks(1 << 20).enumerate() {
        blob.write_at(piece, i << 20)?;
    }
    Ok(id)
}
