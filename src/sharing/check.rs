//! Checking a card's words, face to face or from the printed card.
//!
//! She is shown three sets of six words: the real set of the card she pinned,
//! and two decoys that each share three of its words, in a random order. She
//! picks the set the other person reads out (or that is printed on their card),
//! or says none matches. A plain "yes" can't check a key: there is no such
//! answer, and a wrong pick or "none" leaves the pin unchecked. Because the
//! decoys share half the words, she has to compare the words, not glance at one.

use super::card::{Card, Fingerprint};
use crate::crypto::random_bytes;
use crate::domain::words;

/// Her answer to a check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    /// The set at this position (0, 1 or 2) is the one read out.
    Set(usize),
    /// None of the three matches: someone may have swapped the key.
    NoneMatch,
}

/// One word check, for one card.
#[derive(Debug)]
pub struct WordCheck {
    fingerprint: Fingerprint,
    sets: [[&'static str; 6]; 3],
    answer: usize,
}

impl WordCheck {
    pub fn new(card: &Card) -> WordCheck {
        let real = card.words();
        let first = decoy(&real, &[]);
        let second = decoy(&real, &[first]);
        let answer = uniform_below(3);
        let mut decoys = [first, second].into_iter();
        let sets = std::array::from_fn(|i| {
            if i == answer {
                real
            } else {
                decoys.next().expect("two decoys for two places")
            }
        });
        WordCheck {
            fingerprint: card.fingerprint(),
            sets,
            answer,
        }
    }

    /// The three sets, in the order to show them.
    pub fn sets(&self) -> &[[&'static str; 6]; 3] {
        &self.sets
    }

    /// The card this check was made for.
    pub fn fingerprint(&self) -> &Fingerprint {
        &self.fingerprint
    }

    /// True only if she picked the real set.
    pub fn is_right(&self, choice: Choice) -> bool {
        choice == Choice::Set(self.answer)
    }
}

/// The real words with three of the six replaced by other random words, and
/// different from every set in `avoid`.
fn decoy(real: &[&'static str; 6], avoid: &[[&'static str; 6]]) -> [&'static str; 6] {
    loop {
        let mut set = *real;
        let mut positions = [0usize, 1, 2, 3, 4, 5];
        // Fisher–Yates: the first three positions after shuffling get new words.
        for i in (1..positions.len()).rev() {
            positions.swap(i, uniform_below(i + 1));
        }
        for &p in &positions[..3] {
            set[p] = loop {
                let w = words::word(u16::from_le_bytes(random_bytes()));
                if w != real[p] {
                    break w;
                }
            };
        }
        if !avoid.contains(&set) {
            return set;
        }
    }
}

/// A uniform number below `n` (n ≤ 256), by rejection: no modulo bias.
fn uniform_below(n: usize) -> usize {
    let limit = 256 - 256 % n;
    loop {
        let [b] = random_bytes::<1>();
        if usize::from(b) < limit {
            return usize::from(b) % n;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sharing::SharingKeys;

    #[test]
    fn one_set_is_real_and_two_decoys_share_half_its_words() {
        let card = SharingKeys::generate().card().clone();
        let real = card.words();
        for _ in 0..50 {
            let check = WordCheck::new(&card);
            let places: Vec<usize> = (0..3).filter(|&i| check.sets()[i] == real).collect();
            assert_eq!(places.len(), 1);
            assert!(check.is_right(Choice::Set(places[0])));
            for i in (0..3).filter(|&i| i != places[0]) {
                assert!(!check.is_right(Choice::Set(i)));
                let same = (0..6).filter(|&j| check.sets()[i][j] == real[j]).count();
                assert_eq!(same, 3, "a decoy keeps exactly three words");
            }
            assert_ne!(check.sets()[0], check.sets()[1]);
            assert_ne!(check.sets()[1], check.sets()[2]);
            assert_ne!(check.sets()[0], check.sets()[2]);
            assert!(!check.is_right(Choice::NoneMatch));
            assert!(!check.is_right(Choice::Set(3)));
            assert_eq!(check.fingerprint(), &card.fingerprint());
        }
    }

    #[test]
    fn the_real_set_is_not_always_in_the_same_place() {
        let card = SharingKeys::generate().card().clone();
        let mut seen = [false; 3];
        for _ in 0..200 {
            let check = WordCheck::new(&card);
            let place = (0..3).find(|&i| check.sets()[i] == card.words()).unwrap();
            seen[place] = true;
        }
        assert_eq!(seen, [true; 3]);
    }
}
