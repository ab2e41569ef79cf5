//! Mentor sharing, the library half: her signing key, her public card, the six
//! verification words, the word check, and the signed envelope that carries
//! everything she shares and every piece of advice sent back.
//!
//! Nothing here touches the disk or the screen. Pins and the ids she has seen
//! live sealed in her vault (`vault::sharing`); the format is described in
//! `docs/share-format.md`.

mod card;
mod check;
mod envelope;
mod keys;
mod payload;
mod pin;
pub mod pinfile;

pub use card::{CARD_VERSION, Card, CardError, Fingerprint};
pub use check::{Choice, WordCheck};
pub use envelope::{
    CONTAINER_VERSION, MAX_PAYLOAD, SIGNATURE_PREFIX, Unverified, Verified, container, decrypt,
    encrypt_container, seal,
};
pub use keys::{SIGNING_LABEL, SharingKeys};
pub use payload::{MessageType, PAYLOAD_VERSION, Payload};
pub use pin::{CheckOutcome, MAX_LABEL_CHARS, Pin, PinChange, PinState, valid_label};

use thiserror::Error;

/// Why a shared file was refused. None of these carry content: they may be
/// shown, logged or counted.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum ShareError {
    /// Not encrypted to her key: meant for someone else, or not an envelope.
    #[error("this file is not meant for this key")]
    NotForThisKey,
    /// The encryption or the container around the payload is broken.
    #[error("the file is damaged or was altered")]
    Damaged,
    /// Bigger than any envelope the app makes.
    #[error("the file is too large")]
    TooLarge,
    /// Made by a newer (or unknown) format version: never guessed at.
    #[error("the file uses format version {0}, which this version does not know")]
    UnknownVersion(u32),
    /// The payload is not a valid payload of the known version.
    #[error("the contents are not in the expected form")]
    Malformed,
    /// The signature does not match the payload and the signer's card.
    #[error("the signature does not match")]
    BadSignature,
    /// The payload names a signer other than the card it was checked against.
    #[error("the file was signed by someone other than the expected person")]
    WrongSigner,
    /// No pinned card has the signer's fingerprint.
    #[error("the file was signed by someone who is not pinned")]
    UnknownSigner,
    /// The payload names another receiver: it was re-encrypted to this key.
    #[error("the file was made for someone else")]
    WrongReceiver,
    /// An id she has seen before: a copy sent again.
    #[error("this file was already received")]
    Replayed,
    /// Its expiry time has passed.
    #[error("this file has expired")]
    Expired,
}
