//! A pin: a card she decided belongs to someone, under the label she gave it,
//! and whether she has checked its words. There is no trust on first use: a
//! new pin starts unchecked ("belum dicek"), and only picking the right word
//! set checks it ("dicek"). A different card for the same label goes back to
//! unchecked. The same rules serve the pins in her vault and a mentor's pins
//! file.

use super::card::{Card, Fingerprint};
use super::check::{Choice, WordCheck};
use serde::{Deserialize, Serialize};

/// The longest label, in characters.
pub const MAX_LABEL_CHARS: usize = 64;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PinState {
    /// She picked the right words: "dicek".
    Checked,
    /// Not checked yet, or the key changed since: "belum dicek".
    Unchecked,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pin {
    label: String,
    card: Card,
    state: PinState,
    pinned_at: i64,
    checked_at: Option<i64>,
}

/// What pinning a card under a label did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PinChange {
    /// The label was new: the pin starts unchecked.
    New,
    /// The same card was already pinned: its state is kept.
    Unchanged,
    /// Another card was pinned under this label: replaced, and unchecked.
    KeyChanged,
}

/// The result of a word check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CheckOutcome {
    /// The right set: the pin is now checked.
    Checked,
    /// A wrong set or none: the pin is (still) unchecked.
    NotChecked,
    /// The check was made for another card than the one pinned now (it
    /// changed in between): nothing changed; start again.
    Stale,
}

impl Pin {
    pub fn new(label: &str, card: Card, now: i64) -> Pin {
        Pin {
            label: label.trim().to_owned(),
            card,
            state: PinState::Unchecked,
            pinned_at: now,
            checked_at: None,
        }
    }

    pub fn label(&self) -> &str {
        &self.label
    }

    pub fn card(&self) -> &Card {
        &self.card
    }

    pub fn state(&self) -> PinState {
        self.state
    }

    pub fn pinned_at(&self) -> i64 {
        self.pinned_at
    }

    pub fn checked_at(&self) -> Option<i64> {
        self.checked_at
    }

    pub fn fingerprint(&self) -> Fingerprint {
        self.card.fingerprint()
    }

    /// True if `label` names this pin: the same text, ignoring case and the
    /// spaces around it.
    pub fn has_label(&self, label: &str) -> bool {
        self.label.to_lowercase() == label.trim().to_lowercase()
    }

    /// Pins `card` under this pin's label.
    pub fn repin(&mut self, card: Card, now: i64) -> PinChange {
        if card == self.card {
            return PinChange::Unchanged;
        }
        *self = Pin::new(&self.label, card, now);
        PinChange::KeyChanged
    }

    /// Her answer to a word check for this pin.
    pub fn check(&mut self, check: &WordCheck, choice: Choice, now: i64) -> CheckOutcome {
        if *check.fingerprint() != self.fingerprint() {
            return CheckOutcome::Stale;
        }
        if check.is_right(choice) {
            self.state = PinState::Checked;
            self.checked_at = Some(now);
            CheckOutcome::Checked
        } else {
            self.state = PinState::Unchecked;
            self.checked_at = None;
            CheckOutcome::NotChecked
        }
    }
}

/// A label she may give: not empty, not too long, no control characters.
pub fn valid_label(label: &str) -> bool {
    let label = label.trim();
    !label.is_empty()
        && label.chars().count() <= MAX_LABEL_CHARS
        && !label.chars().any(char::is_control)
}

/// How a pin is stored: the card as its canonical text.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Stored {
    label: String,
    card: String,
    state: PinState,
    pinned_at: i64,
    checked_at: Option<i64>,
}

/// A pin is sealed in her vault as a record of kind `pin`.
impl crate::domain::records::Record for Pin {
    const KIND: crate::domain::records::Kind = crate::domain::records::Kind::Pin;
}

impl Serialize for Pin {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        Stored {
            label: self.label.clone(),
            card: self.card.to_text(),
            state: self.state,
            pinned_at: self.pinned_at,
            checked_at: self.checked_at,
        }
        .serialize(s)
    }
}

impl<'de> Deserialize<'de> for Pin {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Pin, D::Error> {
        let stored = Stored::deserialize(d)?;
        let card = Card::parse(&stored.card).map_err(serde::de::Error::custom)?;
        if !valid_label(&stored.label) {
            return Err(serde::de::Error::custom("label"));
        }
        Ok(Pin {
            label: stored.label,
            card,
            state: stored.state,
            pinned_at: stored.pinned_at,
            checked_at: stored.checked_at,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sharing::SharingKeys;

    fn right(check: &WordCheck, card: &Card) -> Choice {
        Choice::Set((0..3).find(|&i| check.sets()[i] == card.words()).unwrap())
    }

    #[test]
    fn a_pin_is_checked_only_by_the_right_words() {
        let card = SharingKeys::generate().card().clone();
        let mut pin = Pin::new(" Bu Rina ", card.clone(), 1);
        assert_eq!(pin.state(), PinState::Unchecked);
        assert!(pin.has_label("bu rina"));
        let check = WordCheck::new(&card);
        let wrong = (0..3)
            .map(Choice::Set)
            .find(|&c| c != right(&check, &card))
            .unwrap();
        assert_eq!(pin.check(&check, wrong, 2), CheckOutcome::NotChecked);
        assert_eq!(
            pin.check(&check, Choice::NoneMatch, 2),
            CheckOutcome::NotChecked
        );
        assert_eq!(pin.state(), PinState::Unchecked);
        assert_eq!(
            pin.check(&check, right(&check, &card), 3),
            CheckOutcome::Checked
        );
        assert_eq!(
            (pin.state(), pin.checked_at()),
            (PinState::Checked, Some(3))
        );
    }

    #[test]
    fn a_changed_key_goes_back_to_unchecked() {
        let card = SharingKeys::generate().card().clone();
        let mut pin = Pin::new("Bu Rina", card.clone(), 1);
        let check = WordCheck::new(&card);
        pin.check(&check, right(&check, &card), 2);
        assert_eq!(pin.repin(card.clone(), 3), PinChange::Unchanged);
        assert_eq!(pin.state(), PinState::Checked);
        let other = SharingKeys::generate().card().clone();
        assert_eq!(pin.repin(other.clone(), 4), PinChange::KeyChanged);
        assert_eq!(pin.state(), PinState::Unchecked);
        assert_eq!(pin.checked_at(), None);
        // A check made for the old card can't check the new one.
        assert_eq!(
            pin.check(&check, right(&check, &card), 5),
            CheckOutcome::Stale
        );
        assert_eq!(pin.state(), PinState::Unchecked);
    }

    #[test]
    fn a_pin_reads_back_and_bad_stored_pins_are_refused() {
        let pin = Pin::new("Bu Rina", SharingKeys::generate().card().clone(), 1);
        let json = serde_json::to_string(&pin).unwrap();
        assert_eq!(serde_json::from_str::<Pin>(&json).unwrap(), pin);
        let no_label = json.replace("\"Bu Rina\"", "\"  \"");
        assert!(serde_json::from_str::<Pin>(&no_label).is_err());
        let bad_card = json.replace("langkah-card v1", "langkah-card v9");
        assert!(serde_json::from_str::<Pin>(&bad_card).is_err());
        assert!(!valid_label(&"a".repeat(65)));
        assert!(!valid_label("a\u{7}b"));
        assert!(valid_label("Bu Rina (menjahit)"));
    }
}
