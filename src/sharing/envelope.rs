//! The signed envelope around every payload.
//!
//! Outside: an age file encrypted to the receiver's recipient (X25519), so only
//! she can open it. Inside, the container:
//!
//! ```text
//! "langkah/envelope\0" | version (1 byte) | payload length (u32 big-endian)
//!   | payload | Ed25519 signature (64) | zeros up to a multiple of 256
//! ```
//!
//! The signature is over `"langkah/msg/v1\0" || payload`. The receiver checks it
//! over the payload bytes exactly as they arrived, never over a re-serialised
//! copy, and everything shown later is built from those same bytes. The zeros
//! hide the payload's exact length.

use super::ShareError;
use super::card::{Card, Fingerprint};
use super::keys::SharingKeys;
use super::payload::Payload;
use crate::crypto::Identity;
use ed25519_dalek::Signature;
use std::io::Read;
use zeroize::Zeroizing;

/// What the signature covers, before the payload bytes.
pub const SIGNATURE_PREFIX: &[u8] = b"langkah/msg/v1\0";
/// The container format version.
pub const CONTAINER_VERSION: u8 = 1;
/// The largest payload accepted: 1 MiB is far more than any shared item.
pub const MAX_PAYLOAD: usize = 1 << 20;

const MAGIC: &[u8] = b"langkah/envelope\0";
const HEADER: usize = MAGIC.len() + 1 + 4;
const SIGNATURE: usize = 64;
const PAD: usize = 256;
const MAX_CONTAINER: usize = (HEADER + MAX_PAYLOAD + SIGNATURE).div_ceil(PAD) * PAD;

/// Signs payload bytes and wraps them in a container (not yet encrypted).
/// The caller keeps payloads within `MAX_PAYLOAD`, as `seal` does.
pub fn container(keys: &SharingKeys, payload: &[u8]) -> Zeroizing<Vec<u8>> {
    assert!(payload.len() <= MAX_PAYLOAD, "payloads are far below 1 MiB");
    let signature = keys.sign(SIGNATURE_PREFIX, payload);
    let total = (HEADER + payload.len() + SIGNATURE).div_ceil(PAD) * PAD;
    let mut out = Zeroizing::new(Vec::with_capacity(total));
    out.extend_from_slice(MAGIC);
    out.push(CONTAINER_VERSION);
    out.extend_from_slice(&(payload.len() as u32).to_be_bytes());
    out.extend_from_slice(payload);
    out.extend_from_slice(&signature.to_bytes());
    out.resize(total, 0);
    out
}

/// Encrypts a container to a card's recipient (a binary age file).
pub fn encrypt_container(receiver: &Card, container: &[u8]) -> Vec<u8> {
    let recipient: age::x25519::Recipient = receiver
        .recipient()
        .parse()
        .expect("a card holds a valid recipient");
    age::encrypt(&recipient, container).expect("encrypting into memory cannot fail")
}

/// Signs a payload and encrypts it for the receiver. The payload must name
/// this signer and this receiver.
pub fn seal(keys: &SharingKeys, receiver: &Card, payload: &Payload) -> Result<Vec<u8>, ShareError> {
    if payload.from != keys.card().fingerprint() {
        return Err(ShareError::WrongSigner);
    }
    if payload.to != receiver.fingerprint() {
        return Err(ShareError::WrongReceiver);
    }
    let bytes = payload.to_bytes();
    if bytes.len() > MAX_PAYLOAD {
        return Err(ShareError::TooLarge);
    }
    Ok(encrypt_container(receiver, &container(keys, &bytes)))
}

/// Opens the age layer with her identity. Nothing inside is trusted yet.
pub fn decrypt(identity: &Identity, ciphertext: &[u8]) -> Result<Unverified, ShareError> {
    let decryptor = age::Decryptor::new_buffered(age::armor::ArmoredReader::new(ciphertext))
        .map_err(|_| ShareError::Damaged)?;
    if decryptor.is_scrypt() {
        // A passphrase file is never an envelope.
        return Err(ShareError::NotForThisKey);
    }
    let reader = decryptor
        .decrypt(std::iter::once(identity.as_age()))
        .map_err(|e| match e {
            age::DecryptError::NoMatchingKeys => ShareError::NotForThisKey,
            _ => ShareError::Damaged,
        })?;
    let mut container = Zeroizing::new(Vec::new());
    reader
        .take(MAX_CONTAINER as u64 + 1)
        .read_to_end(&mut container)
        .map_err(|_| ShareError::Damaged)?;
    if container.len() > MAX_CONTAINER {
        return Err(ShareError::TooLarge);
    }
    Unverified::from_container(&container)
}

/// A container whose layout is right, before the signature is checked.
pub struct Unverified {
    container: Zeroizing<Vec<u8>>,
    payload_len: usize,
}

impl Unverified {
    /// Reads the container's layout: magic, version, length, signature and
    /// zero padding, all exact.
    pub fn from_container(bytes: &[u8]) -> Result<Unverified, ShareError> {
        if bytes.len() > MAX_CONTAINER {
            return Err(ShareError::TooLarge);
        }
        let magic = bytes.get(..MAGIC.len()).ok_or(ShareError::Damaged)?;
        if magic != MAGIC {
            return Err(ShareError::Damaged);
        }
        let version = *bytes.get(MAGIC.len()).ok_or(ShareError::Damaged)?;
        if version != CONTAINER_VERSION {
            return Err(ShareError::UnknownVersion(u32::from(version)));
        }
        let len: [u8; 4] = bytes
            .get(MAGIC.len() + 1..HEADER)
            .ok_or(ShareError::Damaged)?
            .try_into()
            .expect("four bytes");
        let payload_len = u32::from_be_bytes(len) as usize;
        if payload_len > MAX_PAYLOAD {
            return Err(ShareError::TooLarge);
        }
        let end = HEADER + payload_len + SIGNATURE;
        if bytes.len() != end.div_ceil(PAD) * PAD || bytes[end..].iter().any(|&b| b != 0) {
            return Err(ShareError::Damaged);
        }
        Ok(Unverified {
            container: Zeroizing::new(bytes.to_vec()),
            payload_len,
        })
    }

    /// The payload bytes as received. Not verified: only for finding the signer.
    fn payload_bytes(&self) -> &[u8] {
        &self.container[HEADER..HEADER + self.payload_len]
    }

    fn signature(&self) -> Signature {
        let start = HEADER + self.payload_len;
        let bytes: [u8; SIGNATURE] = self.container[start..start + SIGNATURE]
            .try_into()
            .expect("the layout was checked");
        Signature::from_bytes(&bytes)
    }

    /// The fingerprint the payload names as its signer, to find the pinned card
    /// to check it against. A claim only: `verify` decides.
    pub fn claimed_signer(&self) -> Result<Fingerprint, ShareError> {
        Ok(Payload::parse(self.payload_bytes())?.from)
    }

    /// Checks, in order: the payload's version and form, that it names
    /// `signer`, the signature under `signer`'s key over the bytes as received,
    /// that it names `receiver`, and its expiry. Replays are refused by the
    /// caller, who keeps the ids she has seen.
    pub fn verify(self, signer: &Card, receiver: &Card, now: i64) -> Result<Verified, ShareError> {
        let payload = Payload::parse(self.payload_bytes())?;
        if payload.from != signer.fingerprint() {
            return Err(ShareError::WrongSigner);
        }
        let mut message = Zeroizing::new(SIGNATURE_PREFIX.to_vec());
        message.extend_from_slice(self.payload_bytes());
        signer
            .verifying_key()
            .verify_strict(&message, &self.signature())
            .map_err(|_| ShareError::BadSignature)?;
        if payload.to != receiver.fingerprint() {
            return Err(ShareError::WrongReceiver);
        }
        if payload.expires.is_some_and(|e| now >= e) {
            return Err(ShareError::Expired);
        }
        Ok(Verified {
            unverified: self,
            payload,
        })
    }
}

/// A payload whose signature, signer, receiver and expiry have been checked.
pub struct Verified {
    unverified: Unverified,
    payload: Payload,
}

impl Verified {
    pub fn payload(&self) -> &Payload {
        &self.payload
    }

    /// The exact payload bytes that were signed: build any preview from these.
    pub fn bytes(&self) -> &[u8] {
        self.unverified.payload_bytes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sharing::MessageType;

    const NOW: i64 = 1_795_420_800;

    fn pair() -> (SharingKeys, SharingKeys) {
        (SharingKeys::generate(), SharingKeys::generate())
    }

    fn payload(from: &SharingKeys, to: &SharingKeys) -> Payload {
        Payload::new(
            MessageType::Share,
            from.card().fingerprint(),
            to.card().fingerprint(),
            NOW,
            "Hari ini aku belajar menjahit.",
        )
    }

    #[test]
    fn a_sealed_payload_opens_and_verifies() {
        let (her, mentor) = pair();
        let p = payload(&her, &mentor);
        let sealed = seal(&her, mentor.card(), &p).unwrap();
        let opened = decrypt(mentor.identity(), &sealed).unwrap();
        assert_eq!(opened.claimed_signer(), Ok(her.card().fingerprint()));
        let verified = opened.verify(her.card(), mentor.card(), NOW).unwrap();
        assert_eq!(verified.payload(), &p);
        assert_eq!(verified.bytes(), p.to_bytes().as_slice());
    }

    #[test]
    fn the_container_hides_the_exact_length() {
        let her = SharingKeys::generate();
        assert_eq!(container(&her, b"a").len(), 256);
        assert_eq!(container(&her, &[b'a'; 150]).len(), 256);
        assert_eq!(container(&her, &[b'a'; 200]).len(), 512);
    }

    #[test]
    fn a_container_with_anything_changed_in_its_layout_is_refused() {
        let her = SharingKeys::generate();
        let good = container(&her, b"{}");
        assert!(Unverified::from_container(&good).is_ok());
        let mut newer = good.to_vec();
        newer[MAGIC.len()] = 2;
        assert_eq!(
            Unverified::from_container(&newer).err(),
            Some(ShareError::UnknownVersion(2))
        );
        let mut padded = good.to_vec();
        *padded.last_mut().unwrap() = 1;
        assert_eq!(
            Unverified::from_container(&padded).err(),
            Some(ShareError::Damaged)
        );
        let mut long = good.to_vec();
        long[MAGIC.len() + 3] = 1;
        assert_eq!(
            Unverified::from_container(&long).err(),
            Some(ShareError::Damaged)
        );
        assert_eq!(
            Unverified::from_container(&good[..255]).err(),
            Some(ShareError::Damaged)
        );
        assert_eq!(
            Unverified::from_container(b"").err(),
            Some(ShareError::Damaged)
        );
    }

    #[test]
    fn a_file_for_someone_else_or_a_passphrase_file_is_not_for_this_key() {
        let (her, mentor) = pair();
        let sealed = seal(&her, mentor.card(), &payload(&her, &mentor)).unwrap();
        assert!(decrypt(mentor.identity(), &sealed).is_ok());
        assert_eq!(
            decrypt(her.identity(), &sealed).err(),
            Some(ShareError::NotForThisKey)
        );
        let scrypt = crate::crypto::kdf::wrap_with_passphrase(
            &secrecy::SecretString::from("kata sandi".to_owned()),
            b"x",
        );
        assert_eq!(
            decrypt(mentor.identity(), &scrypt).err(),
            Some(ShareError::NotForThisKey)
        );
        assert_eq!(
            decrypt(mentor.identity(), b"not age").err(),
            Some(ShareError::Damaged)
        );
    }

    #[test]
    fn seal_refuses_a_payload_naming_other_people() {
        let (her, mentor) = pair();
        let p = payload(&mentor, &her);
        assert_eq!(
            seal(&her, mentor.card(), &p).err(),
            Some(ShareError::WrongSigner)
        );
        let p = payload(&her, &her);
        assert_eq!(
            seal(&her, mentor.card(), &p).err(),
            Some(ShareError::WrongReceiver)
        );
    }

    #[test]
    fn seal_refuses_a_payload_over_the_limit() {
        let (her, mentor) = pair();
        let mut p = payload(&her, &mentor);
        p.body = Zeroizing::new("a".repeat(MAX_PAYLOAD));
        assert_eq!(
            seal(&her, mentor.card(), &p).err(),
            Some(ShareError::TooLarge)
        );
        p.body = Zeroizing::new("a".repeat(MAX_PAYLOAD - 400));
        assert!(seal(&her, mentor.card(), &p).is_ok());
    }

    #[test]
    fn an_expired_payload_is_refused_at_its_expiry() {
        let (her, mentor) = pair();
        let mut p = payload(&her, &mentor);
        p.expires = Some(NOW + 60);
        let sealed = seal(&her, mentor.card(), &p).unwrap();
        let open = |now| {
            decrypt(mentor.identity(), &sealed)
                .unwrap()
                .verify(her.card(), mentor.card(), now)
                .map(|_| ())
        };
        assert_eq!(open(NOW + 59), Ok(()));
        assert_eq!(open(NOW + 60), Err(ShareError::Expired));
    }
}
