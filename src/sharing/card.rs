//! Her public card: the two public keys a mentor needs, as text that can be
//! copied or printed and parses back, and its fingerprint.
//!
//! An age recipient alone can't check a signature, and a signing key alone
//! can't receive, so the card holds both. The canonical text is
//!
//! ```text
//! langkah-card v1
//! age age1…
//! ed25519 <64 lowercase hex digits>
//! ```
//!
//! with a newline after each line. The fingerprint is SHA-256 of exactly those
//! bytes; the six verification words come from its first 66 bits.

use crate::domain::words;
use ed25519_dalek::VerifyingKey;
use sha2::{Digest, Sha256};
use std::fmt;
use std::str::FromStr;
use thiserror::Error;

/// The card format version written in its first line.
pub const CARD_VERSION: u32 = 1;
const HEADER_PREFIX: &str = "langkah-card v";

/// Why card text was refused.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum CardError {
    #[error("this is not a card")]
    NotACard,
    #[error("this card uses version {0}, which this version does not know")]
    UnknownVersion(u32),
    #[error("the card's receiving key is not valid")]
    BadRecipient,
    #[error("the card's signing key is not valid")]
    BadSigningKey,
}

#[derive(Clone, PartialEq, Eq)]
pub struct Card {
    /// The age recipient in age's own (lowercase) spelling.
    recipient: String,
    verifying: VerifyingKey,
}

/// SHA-256 of a card's canonical text.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Fingerprint(pub [u8; 32]);

impl Card {
    /// A card from an `age1…` recipient and an Ed25519 public key.
    pub fn from_keys(recipient: &str, verifying: VerifyingKey) -> Result<Card, CardError> {
        let recipient = age::x25519::Recipient::from_str(recipient)
            .map_err(|_| CardError::BadRecipient)?
            .to_string();
        // A weak (small-order) key would let anyone make signatures that verify.
        if verifying.is_weak() {
            return Err(CardError::BadSigningKey);
        }
        Ok(Card {
            recipient,
            verifying,
        })
    }

    /// The `age1…` recipient that shares for her are encrypted to.
    pub fn recipient(&self) -> &str {
        &self.recipient
    }

    pub fn verifying_key(&self) -> &VerifyingKey {
        &self.verifying
    }

    /// The canonical text: what is printed, copied and fingerprinted.
    pub fn to_text(&self) -> String {
        format!(
            "{HEADER_PREFIX}{CARD_VERSION}\nage {}\ned25519 {}\n",
            self.recipient,
            hex::encode(self.verifying.as_bytes())
        )
    }

    /// Reads card text back. Line ends (`\n` or `\r\n`), blank lines around the
    /// card and spaces at the ends of lines are forgiven, since cards are copied
    /// by hand and by e-mail; the fingerprint is always of the canonical text.
    pub fn parse(text: &str) -> Result<Card, CardError> {
        let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
        let header = lines.next().ok_or(CardError::NotACard)?;
        let version = header
            .strip_prefix(HEADER_PREFIX)
            .ok_or(CardError::NotACard)?;
        if version.is_empty() || version.len() > 9 || !version.bytes().all(|b| b.is_ascii_digit()) {
            return Err(CardError::NotACard);
        }
        let version: u32 = version.parse().map_err(|_| CardError::NotACard)?;
        if version != CARD_VERSION {
            return Err(CardError::UnknownVersion(version));
        }
        let recipient = lines
            .next()
            .and_then(|l| l.strip_prefix("age "))
            .ok_or(CardError::NotACard)?;
        let signing = lines
            .next()
            .and_then(|l| l.strip_prefix("ed25519 "))
            .ok_or(CardError::NotACard)?;
        if lines.next().is_some() {
            return Err(CardError::NotACard);
        }
        let mut key = [0u8; 32];
        hex::decode_to_slice(signing.trim(), &mut key).map_err(|_| CardError::BadSigningKey)?;
        let verifying = VerifyingKey::from_bytes(&key).map_err(|_| CardError::BadSigningKey)?;
        Card::from_keys(recipient.trim(), verifying)
    }

    pub fn fingerprint(&self) -> Fingerprint {
        Fingerprint(Sha256::digest(self.to_text().as_bytes()).into())
    }

    /// The six verification words.
    pub fn words(&self) -> [&'static str; 6] {
        self.fingerprint().words()
    }
}

impl Fingerprint {
    /// Six words, 11 bits each, from the first 66 bits (big-endian).
    pub fn words(&self) -> [&'static str; 6] {
        let head = u128::from_be_bytes(self.0[..16].try_into().expect("16 bytes"));
        std::array::from_fn(|i| {
            let shift = 128 - words::BITS_PER_WORD * (i as u32 + 1);
            let index = (head >> shift) as u16 & 0x7ff;
            words::word(index)
        })
    }

    /// Lowercase hex, 64 digits.
    pub fn to_hex(&self) -> String {
        hex::encode(self.0)
    }

    /// Exactly 64 lowercase hex digits.
    pub fn from_hex(text: &str) -> Option<Fingerprint> {
        if text.len() != 64 || !text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
            return None;
        }
        let mut out = [0u8; 32];
        hex::decode_to_slice(text, &mut out).ok()?;
        Some(Fingerprint(out))
    }
}

impl fmt::Debug for Fingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Fingerprint({})", self.to_hex())
    }
}

impl fmt::Debug for Card {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Card")
            .field("recipient", &self.recipient)
            .field("fingerprint", &self.fingerprint())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sharing::SharingKeys;

    #[test]
    fn a_card_parses_back_from_its_text() {
        let card = SharingKeys::generate().card().clone();
        let text = card.to_text();
        assert_eq!(Card::parse(&text), Ok(card.clone()));
        let copied = format!("\r\n  {}\r\n\r\n", text.replace('\n', "  \r\n"));
        let back = Card::parse(&copied).unwrap();
        assert_eq!(back.fingerprint(), card.fingerprint());
        assert_eq!(back.to_text(), text);
    }

    #[test]
    fn a_changed_card_is_refused_or_has_another_fingerprint() {
        let card = SharingKeys::generate().card().clone();
        let text = card.to_text();
        assert_eq!(
            Card::parse(&text.replace("v1", "v2")),
            Err(CardError::UnknownVersion(2))
        );
        assert_eq!(Card::parse("hello"), Err(CardError::NotACard));
        assert_eq!(Card::parse(""), Err(CardError::NotACard));
        assert_eq!(
            Card::parse(&format!("{text}extra line\n")),
            Err(CardError::NotACard)
        );
        let bad_age = text.replace("age age1", "age age2");
        assert_eq!(Card::parse(&bad_age), Err(CardError::BadRecipient));
        // The identity point is a weak key: anyone could forge for it.
        let weak = format!(
            "langkah-card v1\nage {}\ned25519 {}\n",
            card.recipient(),
            hex::encode({
                let mut b = [0u8; 32];
                b[0] = 1;
                b
            })
        );
        assert_eq!(Card::parse(&weak), Err(CardError::BadSigningKey));
        let other = SharingKeys::generate().card().clone();
        assert_ne!(other.fingerprint(), card.fingerprint());
        assert_ne!(other.words(), card.words());
    }

    #[test]
    fn words_are_the_first_66_bits_in_11_bit_steps() {
        let mut fp = Fingerprint([0u8; 32]);
        assert_eq!(fp.words(), [words::word(0); 6]);
        // 0b00000000_001 | 0b00000000_010 | …: word i gets value i + 1.
        let mut bits: u128 = 0;
        for i in 0..6u32 {
            bits |= u128::from(i + 1) << (128 - 11 * (i + 1));
        }
        fp.0[..16].copy_from_slice(&bits.to_be_bytes());
        let expected: [&str; 6] = std::array::from_fn(|i| words::word(i as u16 + 1));
        assert_eq!(fp.words(), expected);
        // Bits past the 66th change nothing.
        fp.0[9] ^= 0x1f;
        fp.0[31] ^= 0xff;
        assert_eq!(fp.words(), expected);
        // The 66th bit changes the last word.
        fp.0[8] ^= 0x40;
        assert_ne!(fp.words(), expected);
    }

    #[test]
    fn fingerprints_read_back_only_from_exact_hex() {
        let fp = SharingKeys::generate().card().fingerprint();
        assert_eq!(Fingerprint::from_hex(&fp.to_hex()), Some(fp));
        assert_eq!(Fingerprint::from_hex(&fp.to_hex().to_uppercase()), None);
        assert_eq!(Fingerprint::from_hex(&fp.to_hex()[1..]), None);
    }
}
