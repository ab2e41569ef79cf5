use secrecy::{ExposeSecret, SecretString};
use unicode_normalization::UnicodeNormalization;

pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// A passphrase as typed, normalised so that the same words typed on another
/// keyboard or terminal give the same key.
pub struct Passphrase(SecretString);

#[derive(Debug, PartialEq, Eq)]
pub enum PassphraseError {
    TooShort,
}

impl Passphrase {
    /// Normalises a passphrase she is logging in with: NFC, and only a trailing
    /// newline or carriage return stripped. Spaces are part of it.
    pub fn typed(raw: &str) -> Passphrase {
        let trimmed = raw
            .strip_suffix("\r\n")
            .or_else(|| raw.strip_suffix('\n'))
            .or_else(|| raw.strip_suffix('\r'))
            .unwrap_or(raw);
        Passphrase(SecretString::from(trimmed.nfc().collect::<String>()))
    }

    /// A new passphrase she is choosing: the same normalisation, and long enough.
    pub fn chosen(raw: &str) -> Result<Passphrase, PassphraseError> {
        let p = Passphrase::typed(raw);
        if p.0.expose_secret().chars().count() < MIN_PASSPHRASE_CHARS {
            return Err(PassphraseError::TooShort);
        }
        Ok(p)
    }

    pub fn secret(&self) -> &SecretString {
        &self.0
    }

    pub fn matches(&self, other: &Passphrase) -> bool {
        self.0.expose_secret() == other.0.expose_secret()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_only_a_trailing_line_end() {
        assert_eq!(
            Passphrase::typed("  dua kata \n").0.expose_secret(),
            "  dua kata "
        );
        assert_eq!(Passphrase::typed("abc\r\n").0.expose_secret(), "abc");
        assert_eq!(Passphrase::typed("abc\r").0.expose_secret(), "abc");
        assert_eq!(Passphrase::typed("abc\n\n").0.expose_secret(), "abc\n");
    }

    #[test]
    fn normalises_to_nfc() {
        // "é" as e + combining acute, and as one code point.
        let decomposed = Passphrase::typed("kop\u{0065}\u{0301} panas");
        let composed = Passphrase::typed("kop\u{00e9} panas");
        assert!(decomposed.matches(&composed));
    }

    #[test]
    fn a_chosen_passphrase_needs_eight_characters() {
        assert_eq!(
            Passphrase::chosen("pendek").err(),
            Some(PassphraseError::TooShort)
        );
        assert!(Passphrase::chosen("delapan!").is_ok());
        // Characters, not bytes: eight Indonesian-accented letters are enough.
        assert!(Passphrase::chosen("éééééééé").is_ok());
    }
}
