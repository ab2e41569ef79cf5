//! The pins of a mentor elsewhere, in a file beside her key file.
//!
//! The file is age-encrypted to her own recipient, so only her key opens it.
//! age alone does not say who wrote a file: anyone who has her card could
//! encrypt a list of pins to her. So the list is also signed with her signing
//! key, over `"langkah/pins/v1\0" || list`, and a list that she did not sign is
//! refused. Rolling the file back to an older copy she signed can't be seen.
//!
//! Plaintext inside the age layer: `signature (64) | list`, the list as JSON
//! `{"v":1,"pins":[…]}`.

use super::ShareError;
use super::keys::SharingKeys;
use super::pin::Pin;
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

/// What the signature over a pins list covers, before the list.
pub const PINS_PREFIX: &[u8] = b"langkah/pins/v1\0";
const VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct List {
    v: u32,
    pins: Vec<Pin>,
}

/// Signs and encrypts her pins to herself.
pub fn write(keys: &SharingKeys, pins: &[Pin]) -> Vec<u8> {
    let list = Zeroizing::new(
        serde_json::to_vec(&List {
            v: VERSION,
            pins: pins.to_vec(),
        })
        .expect("pins always serialise"),
    );
    let mut plain = Zeroizing::new(keys.sign(PINS_PREFIX, &list).to_bytes().to_vec());
    plain.extend_from_slice(&list);
    super::encrypt_container(keys.card(), &plain)
}

/// Opens her pins file and checks her signature on it.
pub fn read(keys: &SharingKeys, file: &[u8]) -> Result<Vec<Pin>, ShareError> {
    let decryptor = age::Decryptor::new_buffered(age::armor::ArmoredReader::new(file))
        .map_err(|_| ShareError::Damaged)?;
    if decryptor.is_scrypt() {
        return Err(ShareError::NotForThisKey);
    }
    let mut reader = decryptor
        .decrypt(std::iter::once(keys.identity().as_age()))
        .map_err(|e| match e {
            age::DecryptError::NoMatchingKeys => ShareError::NotForThisKey,
            _ => ShareError::Damaged,
        })?;
    let mut plain = Zeroizing::new(Vec::new());
    std::io::Read::read_to_end(
        &mut std::io::Read::take(&mut reader, super::MAX_PAYLOAD as u64 + 65),
        &mut plain,
    )
    .map_err(|_| ShareError::Damaged)?;
    let (signature, list) = plain.split_at_checked(64).ok_or(ShareError::Damaged)?;
    let signature = ed25519_dalek::Signature::from_bytes(signature.try_into().expect("64 bytes"));
    let mut message = Zeroizing::new(PINS_PREFIX.to_vec());
    message.extend_from_slice(list);
    keys.card()
        .verifying_key()
        .verify_strict(&message, &signature)
        .map_err(|_| ShareError::BadSignature)?;
    let list: List = serde_json::from_slice(list).map_err(|_| ShareError::Malformed)?;
    if list.v != VERSION {
        return Err(ShareError::UnknownVersion(list.v));
    }
    Ok(list.pins)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn her_pins_read_back_and_a_list_she_did_not_sign_is_refused() {
        let keys = SharingKeys::generate();
        let other = SharingKeys::generate();
        let pins = vec![Pin::new("Melati", other.card().clone(), 1)];
        let file = write(&keys, &pins);
        assert_eq!(read(&keys, &file), Ok(pins.clone()));
        assert_eq!(read(&keys, &write(&keys, &[])), Ok(vec![]));

        // Someone who knows her card encrypts their own list to her: it opens
        // with her key (positive control), and is refused for its signature.
        let list = serde_json::to_vec(&List { v: 1, pins }).unwrap();
        let mut forged = other.sign(PINS_PREFIX, &list).to_bytes().to_vec();
        forged.extend_from_slice(&list);
        let forged = super::super::encrypt_container(keys.card(), &forged);
        let opened = age::Decryptor::new(&forged[..])
            .unwrap()
            .decrypt(std::iter::once(keys.identity().as_age()));
        assert!(opened.is_ok(), "the forged list is a valid age file to her");
        assert_eq!(read(&keys, &forged), Err(ShareError::BadSignature));
        assert_eq!(read(&other, &file), Err(ShareError::NotForThisKey));
    }
}
