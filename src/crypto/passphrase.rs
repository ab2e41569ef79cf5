//! A passphrase as typed, the rule a new one must meet, and the four-word
//! suggestion the app offers.
//!
//! scrypt at 2^18 lets someone with a copy of the file try about one guess per
//! second per CPU core. A new passphrase must be hard enough that such guessing
//! takes years: zxcvbn's estimate must reach 10^8 guesses (its score 3, which
//! it calls safe against an offline attack on a slow hash). zxcvbn knows English
//! words only, so her alias, the centre's name, words anyone would try first
//! here, and both shipped word lists (Indonesian and English) are given to it as
//! known words.

use crate::domain::words;
use secrecy::{ExposeSecret, SecretString};
use unicode_normalization::UnicodeNormalization;
use zeroize::Zeroizing;

pub const MIN_PASSPHRASE_CHARS: usize = 8;
/// log10 of the guesses a new passphrase must take, by zxcvbn's estimate.
pub const MIN_GUESSES_LOG10: f64 = 8.0;
/// Words in a suggested passphrase: 4 × 11 bits from a word list.
pub const SUGGESTED_WORDS: usize = 4;

/// What people here try first: everyday, religious and loving words, and the
/// names of the country and its cities. Never shown; only refused.
const FIRST_GUESSES: &[&str] = &[
    "bismillah",
    "alhamdulillah",
    "insyaallah",
    "masyaallah",
    "subhanallah",
    "allahuakbar",
    "astaghfirullah",
    "allah",
    "amin",
    "sayang",
    "sayangku",
    "cinta",
    "cintaku",
    "rahasia",
    "kangen",
    "rindu",
    "kasih",
    "sahabat",
    "keluarga",
    "mama",
    "papa",
    "ibu",
    "bapak",
    "anak",
    "indonesia",
    "jakarta",
    "surabaya",
    "bandung",
    "medan",
    "semarang",
    "makassar",
    "yogyakarta",
    "merdeka",
    "garuda",
    "pancasila",
    "password",
    "katasandi",
    "sandi",
    "qwerty",
    "asdf",
    "langkah",
    "bunga",
    "mawar",
    "melati",
    "anggrek",
];

/// A passphrase as typed, normalised so that the same words typed on another
/// keyboard or terminal give the same key.
pub struct Passphrase(SecretString);

#[derive(Debug, PartialEq, Eq)]
pub enum PassphraseError {
    TooShort,
    /// Long enough, but quick to guess: a common word, her name with digits.
    TooEasy,
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

    /// A new passphrase she is choosing: the same normalisation, long enough,
    /// and hard to guess. `known` holds words of her own setting that a guesser
    /// would try: her alias, the centre's name.
    pub fn chosen(raw: &str, known: &[&str]) -> Result<Passphrase, PassphraseError> {
        let p = Passphrase::typed(raw);
        if p.0.expose_secret().chars().count() < MIN_PASSPHRASE_CHARS {
            return Err(PassphraseError::TooShort);
        }
        if !hard_to_guess(p.0.expose_secret(), known) {
            return Err(PassphraseError::TooEasy);
        }
        Ok(p)
    }

    /// Four words from `list` (2,048 words: the Indonesian or the English
    /// one, in the language on screen), as a suggestion she may take or
    /// ignore. Each word is 11 random bits (no modulo). A draw with a word
    /// twice reads as a mistake and is drawn again (that costs under 0.01 of a
    /// bit); so is the rare draw that the estimator would refuse (four of the
    /// commonest words).
    pub fn suggest(list: &[&str], known: &[&str]) -> Zeroizing<String> {
        assert_eq!(list.len(), words::COUNT, "11 bits a word need 2,048 words");
        loop {
            let picks: [u8; 2 * SUGGESTED_WORDS] = super::random_bytes();
            let chosen: Vec<&str> = picks
                .chunks_exact(2)
                .map(|b| list[usize::from(u16::from_le_bytes([b[0], b[1]]) & 0x07ff)])
                .collect();
            if (1..chosen.len()).any(|i| chosen[..i].contains(&chosen[i])) {
                continue;
            }
            let phrase = Zeroizing::new(chosen.join(" "));
            if hard_to_guess(&phrase, known) {
                return phrase;
            }
        }
    }

    pub fn secret(&self) -> &SecretString {
        &self.0
    }

    pub fn matches(&self, other: &Passphrase) -> bool {
        self.0.expose_secret() == other.0.expose_secret()
    }
}

/// Whether zxcvbn's estimate reaches the rule.
fn hard_to_guess(passphrase: &str, known: &[&str]) -> bool {
    guesses_log10(passphrase, known) >= MIN_GUESSES_LOG10
}

/// zxcvbn's estimate, with every word a guesser here would try first known to it.
fn guesses_log10(passphrase: &str, known: &[&str]) -> f64 {
    // "Rumah Harapan" is tried as itself, run together, and word by word.
    let mut lowered: Vec<String> = vec![];
    for k in known {
        let k = k.trim().to_lowercase();
        lowered.extend(k.split_whitespace().map(str::to_owned));
        lowered.push(k.split_whitespace().collect());
        lowered.push(k);
    }
    let mut inputs: Vec<&str> = lowered.iter().map(String::as_str).collect();
    inputs.extend(FIRST_GUESSES);
    // Both lists, a word of each in turn: a word ranks about twice its place in
    // its own list, where one list after the other would rank the English
    // list's commonest word 2,049th and overrate a suggestion drawn from it.
    for (id, en) in words::words().iter().zip(words::english()) {
        inputs.extend([*id, *en]);
    }
    zxcvbn::zxcvbn(passphrase, &inputs).guesses_log10()
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
            Passphrase::chosen("pendek", &[]).err(),
            Some(PassphraseError::TooShort)
        );
        // Characters, not bytes: seven accented letters are too few.
        assert_eq!(
            Passphrase::chosen("ééééééé", &[]).err(),
            Some(PassphraseError::TooShort)
        );
    }

    #[test]
    fn the_first_guesses_here_are_refused() {
        let known = ["Melati", "Rumah Harapan"];
        for weak in [
            "melati123",
            "Melati2026",
            "bismillah",
            "sayangku1",
            "rahasia123",
            "rumahharapan",
            "password1",
            "12345678",
        ] {
            assert_eq!(
                Passphrase::chosen(weak, &known).err(),
                Some(PassphraseError::TooEasy),
                "{weak}"
            );
        }
        // Her alias is known only when given: the check is not a fixed list.
        assert!(hard_to_guess("dewikartika88", &[]));
        assert!(!hard_to_guess("dewikartika88", &["Dewi Kartika"]));
    }

    #[test]
    fn a_few_uncommon_words_are_accepted() {
        let known = ["Melati", "Rumah Harapan"];
        for good in [
            "kopi hitam gula aren sore",
            "layang biru di atas sawah pak darto",
            "Kompor 3 tungku & panci retak",
        ] {
            assert!(Passphrase::chosen(good, &known).is_ok(), "{good}");
        }
    }

    /// A thousand suggestions from `list`: four of its words each, never
    /// repeated (44 bits), each one accepted as a new passphrase.
    fn check_a_thousand_suggestions(list: &[&str]) {
        let known = ["Melati", "Rumah Harapan"];
        let mut seen = std::collections::HashSet::new();
        for _ in 0..1000 {
            let phrase = Passphrase::suggest(list, &known);
            let parts: Vec<&str> = phrase.split(' ').collect();
            assert_eq!(parts.len(), SUGGESTED_WORDS, "{}", phrase.as_str());
            assert!(
                parts.iter().all(|w| list.contains(w)),
                "{}",
                phrase.as_str()
            );
            // About 3 in 1,000 draws would hold a word twice without the redraw.
            let distinct: std::collections::HashSet<&&str> = parts.iter().collect();
            assert_eq!(distinct.len(), parts.len(), "{}", phrase.as_str());
            assert!(
                Passphrase::chosen(&phrase, &known).is_ok(),
                "{}",
                phrase.as_str()
            );
            seen.insert(phrase.to_string());
        }
        assert_eq!(seen.len(), 1000);
    }

    #[test]
    fn every_suggestion_is_four_listed_words_and_passes_the_rule() {
        check_a_thousand_suggestions(words::words());
    }

    #[test]
    fn every_english_suggestion_is_four_english_words_and_passes_the_rule() {
        check_a_thousand_suggestions(words::english());
    }

    #[test]
    fn the_estimate_knows_every_word_of_both_lists() {
        // A guesser who knows the lists tries each of their words within
        // 2 × 2,048 guesses (plus the first guesses): no list word may be
        // rated harder than that, as zxcvbn alone rates a word it does not know.
        let most = (FIRST_GUESSES.len() + 2 * words::COUNT + 1) as f64;
        for w in words::words().iter().chain(words::english()) {
            let estimate = guesses_log10(w, &[]);
            assert!(estimate <= most.log10(), "{w}: {estimate}");
        }
    }
}
