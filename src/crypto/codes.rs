//! One-time setup codes and recovery codes, in Crockford base32 so they can be
//! read aloud and typed without confusing 0/O or 1/I/L.

use secrecy::{ExposeSecret, SecretString};

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// 12 characters, 60 bits: enough for a single-use code that expires.
pub const SETUP_CODE_CHARS: usize = 12;
/// 24 characters, 120 bits: she alone holds it, and it opens her identity.
pub const RECOVERY_CODE_CHARS: usize = 24;
// Each Crockford character carries 5 bits; the brief asks for at least 100.
const _: () = assert!(RECOVERY_CODE_CHARS * 5 >= 100);

fn generate(chars: usize) -> SecretString {
    let random: [u8; 32] = super::random_bytes();
    // 256 is a multiple of 32, so masking keeps every character equally likely.
    let code: String = random[..chars]
        .iter()
        .map(|b| ALPHABET[(b & 31) as usize] as char)
        .collect();
    SecretString::from(code)
}

/// Accepts what a person types: any case, spaces or dashes, and O/I/L for 0/1.
fn canonical(typed: &str, chars: usize) -> Option<SecretString> {
    let mut out = String::with_capacity(chars);
    for c in typed.chars() {
        let c = match c.to_ascii_uppercase() {
            ' ' | '-' | '\t' | '\r' | '\n' => continue,
            'O' => '0',
            'I' | 'L' => '1',
            c if c.is_ascii() && ALPHABET.contains(&(c as u8)) => c,
            _ => return None,
        };
        out.push(c);
    }
    (out.len() == chars).then(|| SecretString::from(out))
}

/// Groups of four, joined by dashes, for reading aloud.
fn grouped(code: &SecretString) -> String {
    let chars: Vec<char> = code.expose_secret().chars().collect();
    chars
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

macro_rules! code_type {
    ($name:ident, $chars:expr) => {
        pub struct $name(SecretString);

        impl $name {
            pub fn generate() -> $name {
                $name(generate($chars))
            }

            /// `None` when it has the wrong length or a character no code can have.
            pub fn parse(typed: &str) -> Option<$name> {
                canonical(typed, $chars).map($name)
            }

            /// The form that is hashed or used as a key: no dashes, upper case.
            pub fn canonical(&self) -> &SecretString {
                &self.0
            }

            /// The form shown to her: `ABCD-EFGH-…`.
            pub fn display(&self) -> String {
                grouped(&self.0)
            }
        }
    };
}

code_type!(SetupCode, SETUP_CODE_CHARS);
code_type!(RecoveryCode, RECOVERY_CODE_CHARS);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn setup_codes_are_grouped_and_parse_back() {
        let code = SetupCode::generate();
        let shown = code.display();
        assert_eq!(shown.len(), 14);
        assert_eq!(shown.matches('-').count(), 2);
        let back = SetupCode::parse(&shown.to_lowercase()).unwrap();
        assert_eq!(
            back.canonical().expose_secret(),
            code.canonical().expose_secret()
        );
    }

    #[test]
    fn recovery_codes_hold_at_least_100_bits() {
        let code = RecoveryCode::generate();
        assert_eq!(code.canonical().expose_secret().len(), RECOVERY_CODE_CHARS);
        assert_ne!(code.display(), RecoveryCode::generate().display());
    }

    #[test]
    fn typing_slips_are_forgiven_but_nonsense_is_not() {
        let a = SetupCode::parse("ab0d-1i2l-3o45").unwrap();
        assert_eq!(a.canonical().expose_secret(), "AB0D11213045");
        assert!(SetupCode::parse("ABCD-EFGH-JKM").is_none());
        assert!(SetupCode::parse("ABCD-EFGH-JKMU").is_none());
        assert!(SetupCode::parse("ABCD-EFGH-JKMÉ").is_none());
    }
}
