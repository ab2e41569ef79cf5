//! Her sharing keys: the long-term X25519 secret from her key bundle (an age
//! identity, for receiving) and the Ed25519 signing key derived from it (for
//! signing what she sends).
//!
//! The signing key is derived, not stored, so the key bundle keeps one sharing
//! secret and a mentor elsewhere keeps one standard age identity file: HKDF-SHA256
//! over the 32 raw X25519 secret bytes, no salt, info `langkah/sign/v1`, 32 bytes
//! out, used as the Ed25519 seed. The label keeps the two uses of the secret apart.

use super::card::Card;
use crate::crypto::Identity;
use ed25519_dalek::{Signature, Signer, SigningKey};
use hkdf::Hkdf;
use secrecy::ExposeSecret;
use sha2::Sha256;
use zeroize::Zeroizing;

/// The HKDF info string the signing key is derived under.
pub const SIGNING_LABEL: &[u8] = b"langkah/sign/v1";

/// The bech32 prefix of an age X25519 secret key.
const AGE_SECRET_HRP: &str = "age-secret-key-";

/// Her identity for receiving, her key for signing, and the card for both.
/// The secrets wipe themselves on drop (age's identity and dalek's signing key
/// both zeroize).
pub struct SharingKeys {
    identity: Identity,
    signing: SigningKey,
    card: Card,
}

impl SharingKeys {
    pub fn from_identity(identity: Identity) -> SharingKeys {
        let signing = derive_signing_key(&identity);
        let recipient = identity.recipient();
        let card = Card::from_keys(&recipient, signing.verifying_key())
            .expect("an identity's own recipient is a valid age recipient");
        SharingKeys {
            identity,
            signing,
            card,
        }
    }

    pub fn generate() -> SharingKeys {
        SharingKeys::from_identity(Identity::generate())
    }

    pub fn card(&self) -> &Card {
        &self.card
    }

    pub fn identity(&self) -> &Identity {
        &self.identity
    }

    /// Signs `prefix || bytes`. The prefix says what the bytes are, so a
    /// signature made for one use can't be replayed as another.
    pub(super) fn sign(&self, prefix: &[u8], bytes: &[u8]) -> Signature {
        let mut message = Zeroizing::new(Vec::with_capacity(prefix.len() + bytes.len()));
        message.extend_from_slice(prefix);
        message.extend_from_slice(bytes);
        self.signing.sign(&message)
    }
}

/// The 32 raw bytes of an age X25519 secret, from its `AGE-SECRET-KEY-1…` text.
fn raw_secret(identity: &Identity) -> Zeroizing<[u8; 32]> {
    let text = identity.to_secret();
    let (hrp, data) =
        bech32::decode(text.expose_secret()).expect("age writes its secret keys as valid bech32");
    let data = Zeroizing::new(data);
    assert_eq!(hrp.to_lowercase(), AGE_SECRET_HRP, "an age secret key");
    let mut out = Zeroizing::new([0u8; 32]);
    out.copy_from_slice(&data[..]);
    out
}

fn derive_signing_key(identity: &Identity) -> SigningKey {
    let secret = raw_secret(identity);
    let mut seed = Zeroizing::new([0u8; 32]);
    Hkdf::<Sha256>::new(None, secret.as_slice())
        .expand(SIGNING_LABEL, seed.as_mut_slice())
        .expect("32 bytes is a valid HKDF-SHA256 output length");
    SigningKey::from_bytes(&seed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_signing_key_is_derived_the_same_way_every_time() {
        let keys = SharingKeys::generate();
        let again = SharingKeys::from_identity(
            Identity::from_secret(keys.identity().to_secret().expose_secret()).unwrap(),
        );
        assert_eq!(again.card(), keys.card());
        assert_ne!(SharingKeys::generate().card(), keys.card());
    }

    #[test]
    fn the_raw_secret_is_the_scalar_age_uses() {
        // Re-encoding our 32 raw bytes as an age key gives the same identity:
        // so anyone holding the age key file derives the same signing key.
        let identity = Identity::generate();
        let hrp = bech32::Hrp::parse(AGE_SECRET_HRP).unwrap();
        let text = bech32::encode::<bech32::Bech32>(hrp, raw_secret(&identity).as_slice())
            .unwrap()
            .to_uppercase();
        let rebuilt = Identity::from_secret(&text).unwrap();
        assert_eq!(rebuilt.recipient(), identity.recipient());
    }

    #[test]
    fn the_derivation_matches_a_fixed_vector() {
        // A fixed secret (all 0x42) and its Ed25519 public key, so that a
        // change to the label or the KDF can't slip through unnoticed: every
        // mentor's card would change with it. docs/share-format.md gives it too.
        let hrp = bech32::Hrp::parse(AGE_SECRET_HRP).unwrap();
        let text = bech32::encode::<bech32::Bech32>(hrp, &[0x42; 32])
            .unwrap()
            .to_uppercase();
        let keys = SharingKeys::from_identity(Identity::from_secret(&text).unwrap());
        assert_eq!(
            hex::encode(keys.card().verifying_key().as_bytes()),
            "f6e7cd055ee7fc136a17bc15002e867208d94b118f1c2a94f956b64641bb0e79"
        );
    }
}
