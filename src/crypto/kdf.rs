//! The scrypt work factor, and secrets wrapped with a passphrase.
//!
//! The factor is always written explicitly (never self-timed), and checked from the
//! file's header before any work is done, so that a hostile file can cost neither
//! minutes nor gigabytes, and a weakened one is refused.

use super::{CryptoError, from_age};
use secrecy::SecretString;
use std::io::Read;
use zeroize::Zeroizing;

/// Which scrypt work factors (log2 N) we write and accept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WorkFactorPolicy {
    pub write: u8,
    pub min: u8,
    pub max: u8,
}

/// What every release build uses: 2^18 (256 MiB, about a second) to write,
/// and nothing above 2^20 accepted when reading.
pub const RELEASE_POLICY: WorkFactorPolicy = WorkFactorPolicy {
    write: 18,
    min: 18,
    max: 20,
};

/// Only the test build has this: `cargo test` turns on the `test-weak-kdf` feature
/// through a dev-dependency. No flag or variable can choose it at run time.
#[cfg(feature = "test-weak-kdf")]
const TEST_POLICY: WorkFactorPolicy = WorkFactorPolicy {
    write: 10,
    min: 10,
    max: 20,
};

pub fn policy() -> WorkFactorPolicy {
    #[cfg(feature = "test-weak-kdf")]
    return TEST_POLICY;
    #[cfg(not(feature = "test-weak-kdf"))]
    return RELEASE_POLICY;
}

impl WorkFactorPolicy {
    pub fn check(&self, log_n: u8) -> Result<(), CryptoError> {
        if log_n > self.max {
            Err(CryptoError::WorkFactorTooHigh(log_n))
        } else if log_n < self.min {
            Err(CryptoError::WorkFactorTooLow(log_n))
        } else {
            Ok(())
        }
    }
}

/// Reads the scrypt work factor from an age file's header without doing any work.
/// The file must hold exactly one stanza, and it must be scrypt.
pub fn scrypt_work_factor(age_file: &[u8]) -> Result<u8, CryptoError> {
    // The header is text up to the "---" MAC line; 200 bytes hold the one stanza.
    let head = &age_file[..age_file.len().min(200)];
    let text = String::from_utf8_lossy(head);
    let mut lines = text.lines();
    if lines.next() != Some("age-encryption.org/v1") {
        return Err(CryptoError::Damaged);
    }
    let stanza = lines.next().ok_or(CryptoError::Damaged)?;
    let args: Vec<&str> = stanza.split(' ').collect();
    let ["->", "scrypt", _salt, log_n] = args[..] else {
        return Err(CryptoError::Damaged);
    };
    // Two digits at most: anything longer is absurd, and must not overflow.
    if log_n.is_empty() || log_n.len() > 2 || !log_n.bytes().all(|b| b.is_ascii_digit()) {
        return Err(CryptoError::Damaged);
    }
    let _body = lines.next().ok_or(CryptoError::Damaged)?;
    if !lines.next().is_some_and(|l| l.starts_with("--- ")) {
        return Err(CryptoError::Damaged);
    }
    log_n.parse().map_err(|_| CryptoError::Damaged)
}

/// Encrypts `secret` with a passphrase (age's scrypt recipient) at our work factor.
pub fn wrap_with_passphrase(passphrase: &SecretString, secret: &[u8]) -> Vec<u8> {
    let mut recipient = age::scrypt::Recipient::new(passphrase.clone());
    recipient.set_work_factor(policy().write);
    age::encrypt(&recipient, secret).expect("encrypting into memory cannot fail")
}

/// Opens what `wrap_with_passphrase` made, after checking the work factor.
pub fn unwrap_with_passphrase(
    passphrase: &SecretString,
    wrapped: &[u8],
) -> Result<Zeroizing<Vec<u8>>, CryptoError> {
    let p = policy();
    p.check(scrypt_work_factor(wrapped)?)?;
    let mut identity = age::scrypt::Identity::new(passphrase.clone());
    identity.set_max_work_factor(p.max);
    let decryptor = age::Decryptor::new(wrapped).map_err(from_age)?;
    let mut reader = decryptor
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .map_err(from_age)?;
    let mut out = Zeroizing::new(Vec::new());
    reader
        .read_to_end(&mut out)
        .map_err(|_| CryptoError::Damaged)?;
    Ok(out)
}

/// A slow, salted hash of a one-time setup code: `[log_n][salt; 16][hash; 32]`.
pub fn hash_code(code: &str) -> Vec<u8> {
    let log_n = policy().write;
    let salt: [u8; 16] = super::random_bytes();
    let mut out = vec![log_n];
    out.extend_from_slice(&salt);
    out.extend_from_slice(scrypt_hash(code, &salt, log_n).as_slice());
    out
}

/// Checks a code against `hash_code`'s output in constant time.
pub fn verify_code(code: &str, stored: &[u8]) -> Result<bool, CryptoError> {
    if stored.len() != 49 {
        return Err(CryptoError::Damaged);
    }
    let log_n = stored[0];
    policy().check(log_n)?;
    let salt = &stored[1..17];
    let hash = scrypt_hash(code, salt, log_n);
    Ok(constant_time_eq(hash.as_slice(), &stored[17..]))
}

fn scrypt_hash(code: &str, salt: &[u8], log_n: u8) -> Zeroizing<[u8; 32]> {
    let params = scrypt::Params::new(log_n, 8, 1, 32).expect("checked work factor");
    let mut out = Zeroizing::new([0u8; 32]);
    scrypt::scrypt(code.as_bytes(), salt, &params, out.as_mut()).expect("32-byte output");
    out
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secret(s: &str) -> SecretString {
        SecretString::from(s.to_owned())
    }

    #[test]
    fn the_release_policy_accepts_18_to_20_only() {
        assert_eq!(
            RELEASE_POLICY.check(17),
            Err(CryptoError::WorkFactorTooLow(17))
        );
        assert_eq!(RELEASE_POLICY.check(18), Ok(()));
        assert_eq!(RELEASE_POLICY.check(20), Ok(()));
        assert_eq!(
            RELEASE_POLICY.check(21),
            Err(CryptoError::WorkFactorTooHigh(21))
        );
    }

    #[test]
    fn wraps_and_unwraps_with_a_passphrase() {
        let wrapped = wrap_with_passphrase(&secret("kata sandi panjang"), b"kunci");
        assert_eq!(scrypt_work_factor(&wrapped), Ok(policy().write));
        let opened = unwrap_with_passphrase(&secret("kata sandi panjang"), &wrapped).unwrap();
        assert_eq!(opened.as_slice(), b"kunci");
        assert_eq!(
            unwrap_with_passphrase(&secret("salah sandi"), &wrapped),
            Err(CryptoError::WrongSecret)
        );
    }

    #[test]
    fn refuses_a_rewritten_work_factor_before_any_work() {
        let wrapped = wrap_with_passphrase(&secret("kata sandi panjang"), b"kunci");
        let text = String::from_utf8_lossy(&wrapped).into_owned();
        let line = text.lines().nth(1).unwrap().to_owned();
        let hostile = line.rsplit_once(' ').unwrap().0.to_owned() + " 22";
        let tampered = text.replacen(&line, &hostile, 1);
        assert_eq!(
            unwrap_with_passphrase(&secret("kata sandi panjang"), tampered.as_bytes()),
            Err(CryptoError::WorkFactorTooHigh(22))
        );
    }

    #[test]
    fn refuses_what_is_not_a_single_scrypt_stanza() {
        assert_eq!(scrypt_work_factor(b""), Err(CryptoError::Damaged));
        assert_eq!(scrypt_work_factor(b"hello"), Err(CryptoError::Damaged));
        let x = age::x25519::Identity::generate();
        let to_key = age::encrypt(&x.to_public(), b"abc").unwrap();
        assert_eq!(scrypt_work_factor(&to_key), Err(CryptoError::Damaged));
        let huge = b"age-encryption.org/v1\n-> scrypt c2FsdA 999999999999\nAAAA\n--- x\n";
        assert_eq!(scrypt_work_factor(huge), Err(CryptoError::Damaged));
    }

    #[test]
    fn setup_code_hash_verifies_only_the_same_code() {
        let stored = hash_code("ABCD1234WXYZ");
        assert_eq!(stored.len(), 49);
        assert_eq!(verify_code("ABCD1234WXYZ", &stored), Ok(true));
        assert_eq!(verify_code("ABCD1234WXY0", &stored), Ok(false));
        let mut hostile = stored.clone();
        hostile[0] = 30;
        assert_eq!(
            verify_code("ABCD1234WXYZ", &hostile),
            Err(CryptoError::WorkFactorTooHigh(30))
        );
    }
}
