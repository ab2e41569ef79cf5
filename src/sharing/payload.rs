//! The payload: what is signed, and all that a receiver trusts once the
//! signature holds. JSON with a fixed set of fields:
//!
//! `{"v":1,"type":…,"id":…,"from":…,"to":…,"created":…,"expires":…,"reply_to":…,"body":…}`
//!
//! Parsing is strict: an unknown field, a missing one, a duplicate, a wrong
//! length or an unknown type is refused. The version is read first, alone, so a
//! newer payload gets `UnknownVersion` rather than a guess.

use super::ShareError;
use super::card::Fingerprint;
use crate::domain::Id;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::fmt;
use zeroize::Zeroizing;

/// The payload format version this build writes and reads.
pub const PAYLOAD_VERSION: u32 = 1;

/// What a payload carries. The body's own format belongs to each type, and is
/// defined by the features that send them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MessageType {
    /// Items she chose to share.
    Share,
    /// Advice a mentor sends back.
    Advice,
    /// She withdraws an earlier share (named in `reply_to`).
    Withdraw,
}

/// A parsed payload. The body is wiped when dropped, and never shown by `Debug`.
#[derive(PartialEq, Eq)]
pub struct Payload {
    pub kind: MessageType,
    /// Unique for every payload: the receiver refuses an id she has seen.
    pub id: Id,
    /// The signer's card fingerprint.
    pub from: Fingerprint,
    /// The receiver's card fingerprint: a payload re-encrypted to someone else
    /// is refused by them.
    pub to: Fingerprint,
    /// Unix seconds, by the sender's clock.
    pub created: i64,
    /// Unix seconds after which the receiver refuses it, if any.
    pub expires: Option<i64>,
    /// The payload this one answers or withdraws.
    pub reply_to: Option<Id>,
    pub body: Zeroizing<String>,
}

#[derive(Deserialize)]
struct Probe {
    v: u32,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Wire<'a> {
    v: u32,
    #[serde(rename = "type")]
    kind: MessageType,
    id: &'a str,
    from: &'a str,
    to: &'a str,
    created: i64,
    expires: Option<i64>,
    reply_to: Option<&'a str>,
    body: Cow<'a, str>,
}

impl Payload {
    /// A new payload with a fresh random id.
    pub fn new(
        kind: MessageType,
        from: Fingerprint,
        to: Fingerprint,
        created: i64,
        body: &str,
    ) -> Payload {
        Payload {
            kind,
            id: crate::crypto::random_id(),
            from,
            to,
            created,
            expires: None,
            reply_to: None,
            body: Zeroizing::new(body.to_owned()),
        }
    }

    /// The bytes that are signed and sent.
    pub fn to_bytes(&self) -> Zeroizing<Vec<u8>> {
        let id = self.id.to_string();
        let from = self.from.to_hex();
        let to = self.to.to_hex();
        let reply_to = self.reply_to.map(|r| r.to_string());
        let wire = Wire {
            v: PAYLOAD_VERSION,
            kind: self.kind,
            id: &id,
            from: &from,
            to: &to,
            created: self.created,
            expires: self.expires,
            reply_to: reply_to.as_deref(),
            body: Cow::Borrowed(&self.body),
        };
        Zeroizing::new(serde_json::to_vec(&wire).expect("a payload always serialises"))
    }

    /// Reads payload bytes as received. Nothing here is trusted until the
    /// signature over these same bytes has been checked.
    pub fn parse(bytes: &[u8]) -> Result<Payload, ShareError> {
        if bytes.len() > super::MAX_PAYLOAD {
            return Err(ShareError::TooLarge);
        }
        let probe: Probe = serde_json::from_slice(bytes).map_err(|_| ShareError::Malformed)?;
        if probe.v != PAYLOAD_VERSION {
            return Err(ShareError::UnknownVersion(probe.v));
        }
        let wire: Wire = serde_json::from_slice(bytes).map_err(|_| ShareError::Malformed)?;
        let body = Zeroizing::new(wire.body.into_owned());
        let id = parse_id(wire.id)?;
        let reply_to = wire.reply_to.map(parse_id).transpose()?;
        let from = Fingerprint::from_hex(wire.from).ok_or(ShareError::Malformed)?;
        let to = Fingerprint::from_hex(wire.to).ok_or(ShareError::Malformed)?;
        if wire.created < 0 || wire.expires.is_some_and(|e| e <= wire.created) {
            return Err(ShareError::Malformed);
        }
        Ok(Payload {
            kind: wire.kind,
            id,
            from,
            to,
            created: wire.created,
            expires: wire.expires,
            reply_to,
            body,
        })
    }
}

/// Exactly 32 lowercase hex digits.
fn parse_id(text: &str) -> Result<Id, ShareError> {
    if text.len() != 32 || !text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
        return Err(ShareError::Malformed);
    }
    let mut id = [0u8; 16];
    hex::decode_to_slice(text, &mut id).map_err(|_| ShareError::Malformed)?;
    Ok(Id(id))
}

impl fmt::Debug for Payload {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Payload")
            .field("kind", &self.kind)
            .field("id", &self.id)
            .field("from", &self.from)
            .field("to", &self.to)
            .field("created", &self.created)
            .field("expires", &self.expires)
            .field("reply_to", &self.reply_to)
            .field("body_len", &self.body.len())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sharing::SharingKeys;

    fn sample() -> Payload {
        let a = SharingKeys::generate().card().fingerprint();
        let b = SharingKeys::generate().card().fingerprint();
        let mut p = Payload::new(
            MessageType::Share,
            a,
            b,
            1_795_420_800,
            "Catatan \"hari\" ini",
        );
        p.expires = Some(1_795_500_000);
        p.reply_to = Some(crate::crypto::random_id());
        p
    }

    #[test]
    fn a_payload_reads_back_from_its_bytes() {
        let p = sample();
        assert_eq!(Payload::parse(&p.to_bytes()), Ok(p));
    }

    #[test]
    fn anything_but_an_exact_payload_is_refused() {
        let p = sample();
        let text = String::from_utf8(p.to_bytes().to_vec()).unwrap();
        assert!(Payload::parse(text.as_bytes()).is_ok());
        let cases = [
            text.replace("\"v\":1", "\"v\":2"),
            text.replace("\"type\":\"share\"", "\"type\":\"other\""),
            text.replacen('{', "{\"extra\":1,", 1),
            text.replacen('{', "{\"v\":1,", 1),
            text.replace(&p.id.to_string(), &p.id.to_string()[1..]),
            text.replace(&p.from.to_hex(), &p.from.to_hex().to_uppercase()),
            text.replace("\"created\":1795420800", "\"created\":-1"),
            text.replace("\"expires\":1795500000", "\"expires\":1795420800"),
            text.replace(",\"body\":", ",\"bodi\":"),
            text[..text.len() - 1].to_owned(),
            String::new(),
            "[]".to_owned(),
        ];
        assert_eq!(
            Payload::parse(cases[0].as_bytes()),
            Err(ShareError::UnknownVersion(2))
        );
        for (i, case) in cases.iter().enumerate().skip(1) {
            assert_eq!(
                Payload::parse(case.as_bytes()),
                Err(ShareError::Malformed),
                "case {i}: {case}"
            );
        }
    }
}
