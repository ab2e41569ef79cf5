//! Records sealed with XChaCha20-Poly1305 under her vault key.
//!
//! The associated data binds a sealed record to its format version, owner, kind
//! and id, so a record copied to another account, kind or id fails to open.

use super::{CryptoError, VaultKey, padding};
use crate::domain::Id;
use chacha20poly1305::aead::{Aead, AeadInPlace, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use zeroize::Zeroizing;

const FORMAT_VERSION: u8 = 1;
const NONCE_LEN: usize = 24;

/// `"langkah/record" | version | owner (16) | kind length (1) | kind | record id (16)`.
/// A kind longer than one length byte can say is refused: kinds are read back
/// from a file that others can write.
fn associated_data(owner: &Id, kind: &str, id: &Id) -> Result<Vec<u8>, CryptoError> {
    let kind_len = u8::try_from(kind.len()).map_err(|_| CryptoError::Damaged)?;
    let mut ad = Vec::with_capacity(64);
    ad.extend_from_slice(b"langkah/record");
    ad.push(FORMAT_VERSION);
    ad.extend_from_slice(owner.as_bytes());
    ad.push(kind_len);
    ad.extend_from_slice(kind.as_bytes());
    ad.extend_from_slice(id.as_bytes());
    Ok(ad)
}

/// `[version][nonce; 24][ciphertext and tag]`, the plaintext padded to a multiple
/// of `bucket` bytes.
pub fn seal(
    key: &VaultKey,
    owner: &Id,
    kind: &str,
    id: &Id,
    plaintext: &[u8],
    bucket: usize,
) -> Result<Vec<u8>, CryptoError> {
    let ad = associated_data(owner, kind, id)?;
    let cipher = XChaCha20Poly1305::new(key.bytes().into());
    let nonce: [u8; NONCE_LEN] = super::random_bytes();
    let padded = padding::pad(plaintext, bucket);
    let ciphertext = cipher
        .encrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: &padded,
                aad: &ad,
            },
        )
        .expect("sealing into memory cannot fail");
    let mut out = Vec::with_capacity(1 + NONCE_LEN + ciphertext.len());
    out.push(FORMAT_VERSION);
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&ciphertext);
    Ok(out)
}

pub fn open(
    key: &VaultKey,
    owner: &Id,
    kind: &str,
    id: &Id,
    sealed: &[u8],
) -> Result<Zeroizing<Vec<u8>>, CryptoError> {
    let mut buf = Zeroizing::new(Vec::new());
    Ok(Zeroizing::new(
        open_in(key, owner, kind, id, sealed, &mut buf)?.to_vec(),
    ))
}

/// Opens as `open` does, decrypting in `buf` and returning the record's bytes
/// inside it. A load of thousands of records reuses one buffer, wiped when it
/// is dropped, instead of two fresh ones per record.
pub fn open_in<'b>(
    key: &VaultKey,
    owner: &Id,
    kind: &str,
    id: &Id,
    sealed: &[u8],
    buf: &'b mut Zeroizing<Vec<u8>>,
) -> Result<&'b [u8], CryptoError> {
    let (&version, rest) = sealed.split_first().ok_or(CryptoError::Damaged)?;
    if version != FORMAT_VERSION || rest.len() < NONCE_LEN {
        return Err(CryptoError::Damaged);
    }
    let (nonce, ciphertext) = rest.split_at(NONCE_LEN);
    let ad = associated_data(owner, kind, id)?;
    let cipher = XChaCha20Poly1305::new(key.bytes().into());
    // Grown only by replacing it, so no outgrown copy of a record is left unwiped.
    if buf.capacity() < ciphertext.len() {
        *buf = Zeroizing::new(Vec::with_capacity(ciphertext.len()));
    }
    buf.clear();
    buf.extend_from_slice(ciphertext);
    cipher
        .decrypt_in_place(XNonce::from_slice(nonce), &ad, &mut **buf)
        .map_err(|_| CryptoError::Damaged)?;
    padding::unpadded(buf)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crypto::padding::BUCKET;
    use crate::crypto::random_id;

    fn seal(key: &VaultKey, owner: &Id, kind: &str, id: &Id, plaintext: &[u8]) -> Vec<u8> {
        super::seal(key, owner, kind, id, plaintext, BUCKET).unwrap()
    }

    #[test]
    fn a_record_opens_only_where_it_was_sealed() {
        let key = VaultKey::generate();
        let (owner, id) = (random_id(), random_id());
        let sealed = seal(&key, &owner, "entry", &id, b"catatan rahasia");
        assert_eq!(
            open(&key, &owner, "entry", &id, &sealed)
                .unwrap()
                .as_slice(),
            b"catatan rahasia"
        );
        assert_eq!(
            open(&key, &random_id(), "entry", &id, &sealed),
            Err(CryptoError::Damaged)
        );
        assert_eq!(
            open(&key, &owner, "advice", &id, &sealed),
            Err(CryptoError::Damaged)
        );
        assert_eq!(
            open(&key, &owner, "entry", &random_id(), &sealed),
            Err(CryptoError::Damaged)
        );
        assert_eq!(
            open(&VaultKey::generate(), &owner, "entry", &id, &sealed),
            Err(CryptoError::Damaged)
        );
    }

    #[test]
    fn a_flipped_bit_is_detected() {
        let key = VaultKey::generate();
        let (owner, id) = (random_id(), random_id());
        let mut sealed = seal(&key, &owner, "entry", &id, b"abc");
        let last = sealed.len() - 1;
        sealed[last] ^= 1;
        assert_eq!(
            open(&key, &owner, "entry", &id, &sealed),
            Err(CryptoError::Damaged)
        );
        assert_eq!(
            open(&key, &owner, "entry", &id, &[]),
            Err(CryptoError::Damaged)
        );
    }

    #[test]
    fn lengths_fall_into_buckets() {
        let key = VaultKey::generate();
        let (owner, id) = (random_id(), random_id());
        let short = seal(&key, &owner, "entry", &id, b"a");
        let longer = seal(&key, &owner, "entry", &id, &[b'a'; 200]);
        assert_eq!(short.len(), longer.len());
    }

    #[test]
    fn an_over_long_kind_is_an_error_not_a_panic() {
        let key = VaultKey::generate();
        let (owner, id) = (random_id(), random_id());
        let kind = "k".repeat(300);
        let sealed = seal(&key, &owner, "entry", &id, b"abc");
        assert_eq!(
            open(&key, &owner, &kind, &id, &sealed),
            Err(CryptoError::Damaged)
        );
        assert_eq!(
            super::seal(&key, &owner, &kind, &id, b"abc", BUCKET),
            Err(CryptoError::Damaged)
        );
    }
}
