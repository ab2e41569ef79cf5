//! The verification word list: 2,048 plain Indonesian words, one list for both
//! languages, so an Indonesian screen and an English command show the same six
//! words for the same card. It is also the list of passphrase suggestions on an
//! Indonesian screen; an English screen suggests words from the English list
//! (`english`), which is never used for verification.
//!
//! The words come from wordfreq's Indonesian frequency list (`words/make_list.py`
//! rebuilds `words/id.txt`), keeping plain lowercase ASCII words of 3 to 8
//! letters. Words that are sexual, religious, violent, shaming about money,
//! hurtful, or that reveal something (sex work, crime, illness, places, people),
//! and loanwords that read as English, are removed through the hand-kept
//! `words/excluded.txt`. Security 2 vetted it by hand once more: words that
//! read as a client or a rate (`tamu`, `tarif`), frighten (disaster, force,
//! threat, accusation), touch the body or the senses, name a party, a town or a
//! person, or sound like a blessing or pity were added there and the list was
//! rebuilt. Changing it changes every card's words, so it is versioned with the
//! card.
//!
//! 2,048 = 2^11: each word carries exactly 11 bits, so picking a word by index
//! needs no modulo and has no bias.

/// The list, one word a line, in a fixed order: a word's index is its value.
const LIST: &str = include_str!("words/id.txt");

/// How many words the list has.
pub const COUNT: usize = 2048;
/// Bits one word carries.
pub const BITS_PER_WORD: u32 = 11;

/// The word with this 11-bit value (only the low 11 bits are read).
pub fn word(index: u16) -> &'static str {
    words()[usize::from(index & 0x7ff)]
}

/// The value of a word, if it is in the list.
pub fn index_of(word: &str) -> Option<u16> {
    words()
        .iter()
        .position(|w| *w == word)
        .and_then(|i| u16::try_from(i).ok())
}

/// Every word in order.
pub fn words() -> &'static [&'static str] {
    static WORDS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| LIST.lines().collect())
}

/// The English suggestion list: 2,048 plain English words of 3 to 8 letters
/// from wordfreq's English list (`words/make_list.py` rebuilds `words/en.txt`),
/// without the words of the hand-kept `words/excluded-en.txt` (the same kinds
/// of words as `excluded.txt`, and rare or hard-to-spell ones), without
/// Indonesian words and without a second form of a listed word (`tool`,
/// `tools`). Only passphrase suggestions on an English screen use it.
const ENGLISH: &str = include_str!("words/en.txt");

/// The English list, in order.
pub fn english() -> &'static [&'static str] {
    static WORDS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| ENGLISH.lines().collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    const EXCLUDED: &str = include_str!("words/excluded.txt");
    const EXCLUDED_EN: &str = include_str!("words/excluded-en.txt");

    fn excluded(file: &'static str) -> Vec<&'static str> {
        file.lines()
            .filter(|l| !l.starts_with('#'))
            .flat_map(str::split_whitespace)
            .collect()
    }

    #[test]
    fn the_list_has_exactly_2048_unique_words() {
        assert_eq!(words().len(), COUNT);
        assert_eq!(1usize << BITS_PER_WORD, COUNT);
        let unique: HashSet<&str> = words().iter().copied().collect();
        assert_eq!(unique.len(), COUNT);
    }

    #[test]
    fn every_word_is_3_to_8_plain_lowercase_letters() {
        for w in words() {
            assert!((3..=8).contains(&w.len()), "{w:?}");
            assert!(w.bytes().all(|b| b.is_ascii_lowercase()), "{w:?}");
        }
    }

    #[test]
    fn no_excluded_word_is_in_the_list() {
        let excluded = excluded(EXCLUDED);
        // The exclusion list is long; an empty one would make this check vacuous.
        assert!(excluded.len() > 1000, "{}", excluded.len());
        let list: HashSet<&str> = words().iter().copied().collect();
        let present: Vec<&&str> = excluded.iter().filter(|w| list.contains(**w)).collect();
        assert!(
            present.is_empty(),
            "excluded words in the list: {present:?}"
        );
        // "kamu" is never used in the app's copy, so never in the list.
        assert_eq!(index_of("kamu"), None);
    }

    #[test]
    fn indices_and_words_round_trip() {
        for i in [0u16, 1, 1000, 2047] {
            assert_eq!(index_of(word(i)), Some(i));
        }
        assert_eq!(index_of("tidak ada"), None);
    }

    #[test]
    fn the_english_list_has_2048_unique_plain_words() {
        assert_eq!(english().len(), COUNT);
        let unique: HashSet<&str> = english().iter().copied().collect();
        assert_eq!(unique.len(), COUNT);
        for w in english() {
            assert!((3..=8).contains(&w.len()), "{w:?}");
            assert!(w.bytes().all(|b| b.is_ascii_lowercase()), "{w:?}");
        }
    }

    #[test]
    fn no_english_word_is_excluded_or_indonesian() {
        let excluded = excluded(EXCLUDED_EN);
        // An empty or cut file would make this check vacuous.
        assert!(excluded.len() > 1000, "{}", excluded.len());
        for w in [
            "escort", "client", "john", "hotel", "massage", "money", "wife",
        ] {
            assert!(excluded.contains(&w), "{w}");
        }
        let list: HashSet<&str> = english().iter().copied().collect();
        let present: Vec<&&str> = excluded.iter().filter(|w| list.contains(**w)).collect();
        assert!(
            present.is_empty(),
            "excluded words in the list: {present:?}"
        );
        // The two lists never mix: an English word is never a verification word.
        let mixed: Vec<&&str> = english().iter().filter(|w| index_of(w).is_some()).collect();
        assert!(
            mixed.is_empty(),
            "Indonesian words in the English list: {mixed:?}"
        );
    }
}
