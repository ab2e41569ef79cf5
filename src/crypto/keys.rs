//! Her age X25519 identity and her vault key.

use super::{CryptoError, from_age, kdf, padding};
use secrecy::{ExposeSecret, SecretString};
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

    /// Wraps this identity with a passphrase or recovery code (scrypt).
    pub fn wrap(&self, passphrase: &SecretString) -> Vec<u8> {
        kdf::wrap_with_passphrase(passphrase, self.to_secret().expose_secret().as_bytes())
    }

    pub fn unwrap(passphrase: &SecretString, wrapped: &[u8]) -> Result<Identity, CryptoError> {
        let secret = kdf::unwrap_with_passphrase(passphrase, wrapped)?;
        let text = std::str::from_utf8(&secret).map_err(|_| CryptoError::Damaged)?;
        Identity::from_secret(text)
    }

    pub fn as_age(&self) -> &dyn age::Identity {
        &self.0
    }
}

/// Encrypts a small message to a recipient (`age1…`), padded to a bucket. Used for
/// what must be written while she is locked, and for the wrapped vault key.
pub fn encrypt_to(recipient: &str, plaintext: &[u8]) -> Result<Vec<u8>, CryptoError> {
    let recipient =
        age::x25519::Recipient::from_str(recipient).map_err(|_| CryptoError::Damaged)?;
    let padded = padding::pad(plaintext);
    Ok(age::encrypt(&recipient, &padded).expect("encrypting into memory cannot fail"))
}

/// Opens what `encrypt_to` made with any of the given identities.
pub fn decrypt_with(
    identities: &[&Identity],
    ciphertext: &[u8],
) -> Result<Zeroizing<Vec<u8>>, CryptoError> {
    let decryptor = age::Decryptor::new(ciphertext).map_err(from_age)?;
    if decryptor.is_scrypt() {
        // Inbox items and vault keys are never passphrase files.
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

    pub fn wrap_to(&self, recipient: &str) -> Result<Vec<u8>, CryptoError> {
        encrypt_to(recipient, self.0.as_ref())
    }

    pub fn unwrap(identity: &Identity, wrapped: &[u8]) -> Result<VaultKey, CryptoError> {
        let bytes = decrypt_with(&[identity], wrapped)?;
        let key: [u8; 32] = bytes
            .as_slice()
            .try_into()
            .map_err(|_| CryptoError::Damaged)?;
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
    fn vault_key_opens_only_with_its_identity() {
        let me = Identity::generate();
        let other = Identity::generate();
        let key = VaultKey::generate();
        let wrapped = key.wrap_to(&me.recipient()).unwrap();
        assert_eq!(
            VaultKey::unwrap(&me, &wrapped).unwrap().bytes(),
            key.bytes()
        );
        assert!(matches!(
            VaultKey::unwrap(&other, &wrapped),
            Err(CryptoError::WrongSecret)
        ));
    }

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

    #[test]
    fn identity_survives_wrapping() {
        let me = Identity::generate();
        let pass = SecretString::from("sebuah kalimat".to_owned());
        let back = Identity::unwrap(&pass, &me.wrap(&pass)).unwrap();
        assert_eq!(back.recipient(), me.recipient());
    }
}
