//! Her key bundle: every key she owns, in one blob that only her passphrase or
//! her recovery code opens.
//!
//! The bundle is wrapped twice with age's scrypt recipient. age authenticates
//! the file with a key derived from the passphrase, so no one who lacks it can
//! make a bundle that opens with it: a key written over hers by someone who
//! edits the database is refused instead of used.

use super::{CryptoError, Identity, VaultKey, kdf};
use crate::domain::Id;
use secrecy::{ExposeSecret, SecretString};
use zeroize::Zeroizing;

const MAGIC: &[u8] = b"langkah/keys\0";
pub const BUNDLE_VERSION: u8 = 1;

pub struct KeyBundle {
    account: Id,
    vault_key: VaultKey,
    notes: Identity,
    sharing: Identity,
}

impl KeyBundle {
    /// New keys for an account: a vault key that seals her records, an identity
    /// for the app's own notes to her, and her long-term sharing secret.
    pub fn generate(account: Id) -> KeyBundle {
        KeyBundle {
            account,
            vault_key: VaultKey::generate(),
            notes: Identity::generate(),
            sharing: Identity::generate(),
        }
    }

    /// The keys after a passphrase change or recovery: a new vault key and notes
    /// identity. The sharing secret is kept, so the mentors who know her card
    /// still know her, unless she says someone may know her old passphrase.
    pub fn rotated(&self, replace_sharing: bool) -> KeyBundle {
        let sharing = if replace_sharing {
            Identity::generate()
        } else {
            self.sharing.duplicate()
        };
        KeyBundle {
            sharing,
            ..KeyBundle::generate(self.account)
        }
    }

    pub fn account(&self) -> &Id {
        &self.account
    }

    pub fn vault_key(&self) -> &VaultKey {
        &self.vault_key
    }

    /// The identity the app's own notes to her (a failed login) are written to.
    pub fn notes(&self) -> &Identity {
        &self.notes
    }

    /// Her long-term X25519 secret for sharing with a mentor.
    pub fn sharing(&self) -> &Identity {
        &self.sharing
    }

    /// `MAGIC | version | account (16) | vault key (32) | len | notes | len | sharing`,
    /// each identity as its `AGE-SECRET-KEY-1…` text.
    pub fn encode(&self) -> Zeroizing<Vec<u8>> {
        let notes = self.notes.to_secret();
        let sharing = self.sharing.to_secret();
        let mut out = Zeroizing::new(Vec::with_capacity(256));
        out.extend_from_slice(MAGIC);
        out.push(BUNDLE_VERSION);
        out.extend_from_slice(self.account.as_bytes());
        out.extend_from_slice(self.vault_key.bytes());
        for secret in [&notes, &sharing] {
            let text = secret.expose_secret().as_bytes();
            out.push(u8::try_from(text.len()).expect("an age secret key is 74 characters"));
            out.extend_from_slice(text);
        }
        out
    }

    pub fn decode(bytes: &[u8]) -> Result<KeyBundle, CryptoError> {
        let mut r = Reader(bytes);
        if r.take(MAGIC.len())? != MAGIC || r.take(1)? != [BUNDLE_VERSION] {
            return Err(CryptoError::Damaged);
        }
        let account = Id::from_slice(r.take(16)?).ok_or(CryptoError::Damaged)?;
        let vault_key = VaultKey::from_bytes(r.take(32)?)?;
        let notes = r.identity()?;
        let sharing = r.identity()?;
        if !r.0.is_empty() {
            return Err(CryptoError::Damaged);
        }
        Ok(KeyBundle {
            account,
            vault_key,
            notes,
            sharing,
        })
    }

    /// Wraps the bundle with a passphrase or recovery code (age scrypt).
    pub fn wrap(&self, passphrase: &SecretString) -> Vec<u8> {
        kdf::wrap_with_passphrase(passphrase, &self.encode())
    }

    pub fn unwrap(passphrase: &SecretString, wrapped: &[u8]) -> Result<KeyBundle, CryptoError> {
        KeyBundle::decode(&kdf::unwrap_with_passphrase(passphrase, wrapped)?)
    }
}

struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], CryptoError> {
        let (head, rest) = self.0.split_at_checked(n).ok_or(CryptoError::Damaged)?;
        self.0 = rest;
        Ok(head)
    }

    fn identity(&mut self) -> Result<Identity, CryptoError> {
        let len = self.take(1)?[0];
        let text =
            std::str::from_utf8(self.take(usize::from(len))?).map_err(|_| CryptoError::Damaged)?;
        Identity::from_secret(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crypto::random_id;

    fn secret(s: &str) -> SecretString {
        SecretString::from(s.to_owned())
    }

    #[test]
    fn a_bundle_survives_wrapping() {
        let keys = KeyBundle::generate(random_id());
        let back = KeyBundle::unwrap(
            &secret("sebuah kalimat"),
            &keys.wrap(&secret("sebuah kalimat")),
        )
        .unwrap();
        assert_eq!(back.account(), keys.account());
        assert_eq!(back.vault_key().bytes(), keys.vault_key().bytes());
        assert_eq!(back.notes().recipient(), keys.notes().recipient());
        assert_eq!(back.sharing().recipient(), keys.sharing().recipient());
        assert_eq!(
            KeyBundle::unwrap(
                &secret("kalimat lain"),
                &keys.wrap(&secret("sebuah kalimat"))
            )
            .err(),
            Some(CryptoError::WrongSecret)
        );
    }

    #[test]
    fn rotation_replaces_all_but_the_sharing_secret_unless_asked() {
        let keys = KeyBundle::generate(random_id());
        let kept = keys.rotated(false);
        assert_eq!(kept.account(), keys.account());
        assert_ne!(kept.vault_key().bytes(), keys.vault_key().bytes());
        assert_ne!(kept.notes().recipient(), keys.notes().recipient());
        assert_eq!(kept.sharing().recipient(), keys.sharing().recipient());
        let replaced = keys.rotated(true);
        assert_ne!(replaced.sharing().recipient(), keys.sharing().recipient());
    }

    #[test]
    fn anything_but_an_exact_bundle_is_refused() {
        let bytes = KeyBundle::generate(random_id()).encode();
        assert!(KeyBundle::decode(&bytes).is_ok());
        for cut in [0, 5, MAGIC.len(), bytes.len() - 1] {
            assert!(KeyBundle::decode(&bytes[..cut]).is_err(), "cut at {cut}");
        }
        let mut longer = bytes.to_vec();
        longer.push(0);
        assert!(KeyBundle::decode(&longer).is_err());
        let mut newer = bytes.to_vec();
        newer[MAGIC.len()] = BUNDLE_VERSION + 1;
        assert!(KeyBundle::decode(&newer).is_err());
    }
}
