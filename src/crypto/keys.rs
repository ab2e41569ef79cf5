//! Her age X25519 identity and her vault key.

use super::{CryptoError, from_age, padding};
use secrecy::SecretString;
use std::io::Read;
use std::str::FromStr;
use zeroize::Zeroizing;

/// Her age X25519 identity. age keeps the secret scalar in a type that wipes
/// itself on drop.
pub struct Identity(age::x25519::Identity);

impl Identity {
    pub fn generate() -> Identity {
        Identity(age::x25519::Identity::generate())
    }

    /// The public half, as the `age1…` string that is stored beside her account.
    pub fn recipient(&self) -> String {
        self.0.to_public().to_string()
    }

    /// The secret as text (`AGE-SECRET-KEY-1…`), for wrapping or keeping in the vault.
    pub fn to_secret(&self) -> SecretString {
        self.0.to_string()
    }

    pub fn from_secret(secret: &str) -> Result<Identity, CryptoError> {
        age::x25519::Identity::from_str(secret.trim())
            .map(Identity)
            .map_err(|_| CryptoError::Damaged)
    }

    /// A second copy of the same secret, for a key that a rotation keeps.
    pub fn duplicate(&self) -> Identity {
        Identity(self.0.clone())
    }

    pub fn as_age(&self) -> &dyn age::Identity {
        &self.0
    }
}

/// Encrypts a small message to a recipient (`age1…`), padded to a bucket. Used for
/// what must be written while she is locked.
pub fn encrypt_to(recipient: &str, plaintext: &[u8]) -> Result<Vec<u8>, CryptoError> {
    let recipient =
        age::x25519::Recipient::from_str(recipient).map_err(|_| CryptoError::Damaged)?;
    let padded = padding::pad(plaintext, padding::BUCKET);
    Ok(age::encrypt(&recipient, &padded).expect("encrypting into memory cannot fail"))
}

/// Opens what `encrypt_to` made with any of the given identities.
pub fn decrypt_with(
    identities: &[&Identity],
    ciphertext: &[u8],
) -> Result<Zeroizing<Vec<u8>>, CryptoError> {
    let decryptor = age::Decryptor::new(ciphertext).map_err(from_age)?;
    if decryptor.is_scrypt() {
        // Inbox items are never passphrase files.
        return Err(CryptoError::Damaged);
    }
    let mut reader = decryptor
        .decrypt(identities.iter().map(|i| i.as_age()))
        .map_err(from_age)?;
    let mut padded = Zeroizing::new(Vec::new());
    reader
        .read_to_end(&mut padded)
        .map_err(|_| CryptoError::Damaged)?;
    padding::unpad(&padded)
}

/// The random key that seals her records. It never leaves memory unwrapped.
pub struct VaultKey(Zeroizing<[u8; 32]>);

impl VaultKey {
    pub fn generate() -> VaultKey {
        VaultKey(Zeroizing::new(super::random_bytes()))
    }

    pub(super) fn from_bytes(bytes: &[u8]) -> Result<VaultKey, CryptoError> {
        let key: [u8; 32] = bytes.try_into().map_err(|_| CryptoError::Damaged)?;
        Ok(VaultKey(Zeroizing::new(key)))
    }

    pub(super) fn bytes(&self) -> &[u8; 32] {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inbox_messages_open_with_any_listed_identity() {
        let old = Identity::generate();
        let new = Identity::generate();
        let msg = encrypt_to(&old.recipient(), b"pesan").unwrap();
        assert_eq!(
            decrypt_with(&[&new, &old], &msg).unwrap().as_slice(),
            b"pesan"
        );
        assert!(decrypt_with(&[&new], &msg).is_err());
    }
}
