//! Keys and ciphertext. Nothing here touches the disk: callers store the bytes.
//!
//! - A passphrase (or the recovery code) wraps her key bundle with scrypt: her
//!   vault key, her notes identity and her sharing secret, in one authenticated blob.
//! - The vault key seals each record with XChaCha20-Poly1305.
//! - The app's own notes, written while she is locked, are age-encrypted to her
//!   notes identity's recipient.

pub mod bundle;
pub mod codes;
pub mod kdf;
pub mod keys;
pub mod padding;
pub mod passphrase;
pub mod seal;

use thiserror::Error;

pub use bundle::KeyBundle;
pub use codes::{RecoveryCode, SetupCode};
pub use keys::{Identity, VaultKey};
pub use passphrase::{Passphrase, PassphraseError};

/// Why ciphertext could not be opened. None of these carry content.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum CryptoError {
    /// The passphrase, recovery code or key does not open this ciphertext.
    #[error("the secret does not open this data")]
    WrongSecret,
    /// A stored KDF work factor is above what we accept: a hostile or broken file.
    #[error("key derivation work factor {0} is too high")]
    WorkFactorTooHigh(u8),
    /// A stored KDF work factor is below what we accept: a weakened file.
    #[error("key derivation work factor {0} is too low")]
    WorkFactorTooLow(u8),
    /// The bytes are not in the expected format, or were altered.
    #[error("the data is damaged or was altered")]
    Damaged,
}

/// Fills a buffer from the operating system's random source.
pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut buf = [0u8; N];
    // Without randomness no key can be made safely; there is nothing to fall back to.
    getrandom::getrandom(&mut buf).expect("the operating system's random source failed");
    buf
}

/// A fresh random 128-bit id.
pub fn random_id() -> crate::domain::Id {
    crate::domain::Id(random_bytes())
}

/// Maps age's errors to ours: age's own messages are English-only and may name
/// details we do not want on screen.
fn from_age(e: age::DecryptError) -> CryptoError {
    use age::DecryptError as E;
    match e {
        E::ExcessiveWork { required, .. } => CryptoError::WorkFactorTooHigh(required),
        E::DecryptionFailed | E::NoMatchingKeys | E::KeyDecryptionFailed => {
            CryptoError::WrongSecret
        }
        _ => CryptoError::Damaged,
    }
}
