//! Her side of mentor sharing in the vault: her card, the cards she pinned,
//! sealing a payload for a pinned person, and receiving one with replays
//! refused.
//!
//! Pins are records of kind `pin`, sealed under her vault key and bound to
//! their id, so a pin written or changed by someone who edits the database
//! does not open. Such a pin is counted and reported, and every step that
//! needs pins refuses to go on while one is unreadable: it is never treated as
//! missing, because a missing pin would be quietly pinned afresh. Identity
//! comes only from pins, never from `accounts.alias`.
//!
//! The ids she has received are one sealed record of kind `seen` (16 bytes per
//! id, as the deletion set keeps its ids), so a copy of a file sent again is
//! refused. An unreadable set refuses every receipt until it is cleared.

use super::session::Session;
use super::{Result as VaultResult, Vault, VaultError, tombstones};
use crate::domain::Id;
use crate::domain::records::Kind;
use crate::sharing::{
    Card, CheckOutcome, Choice, MessageType, Payload, Pin, PinChange, ShareError, SharingKeys,
    Verified, WordCheck, decrypt, valid_label,
};
use crate::store::StoreError;
use crate::store::records;
use thiserror::Error;

/// Why a sharing step was refused. None of these carry content.
#[derive(Debug, Error)]
pub enum SharingError {
    #[error(transparent)]
    Share(#[from] ShareError),
    /// Pins that did not open: damaged, or changed by someone else.
    #[error("{0} pinned card(s) could not be opened")]
    PinsUnreadable(usize),
    /// The list of ids she received did not open, so replays can't be refused.
    #[error("the list of received files could not be opened")]
    SeenUnreadable(usize),
    #[error("no card is pinned under that name")]
    NoSuchPin,
    #[error("that name cannot be used for a pin")]
    BadLabel,
    #[error(transparent)]
    Vault(#[from] VaultError),
}

impl From<StoreError> for SharingError {
    fn from(e: StoreError) -> Self {
        SharingError::Vault(VaultError::Store(e))
    }
}

type Result<T> = std::result::Result<T, SharingError>;

/// Her pins as they opened, with the count of those that did not.
#[derive(Debug)]
pub struct Pins {
    pub pins: Vec<(Id, Pin)>,
    pub unreadable: usize,
}

/// What to send: the payload's fields that the sender chooses.
pub struct Draft<'a> {
    pub kind: MessageType,
    pub body: &'a str,
    pub expires: Option<i64>,
    pub reply_to: Option<Id>,
}

/// A payload sealed for someone she pinned. `receiver.state()` says whether
/// she has checked their words: the screen says so before anything is sent.
pub struct Sealed {
    pub bytes: Vec<u8>,
    pub id: Id,
    pub receiver: Pin,
}

/// A payload received and verified, from someone she pinned. `sender.state()`
/// says whether she has checked their words.
pub struct Received {
    pub verified: Verified,
    pub sender: Pin,
}

impl Session {
    /// Her public card, to give to a mentor.
    pub fn card(&self) -> Card {
        self.sharing_keys().card().clone()
    }

    fn sharing_keys(&self) -> SharingKeys {
        SharingKeys::from_identity(self.keys().sharing().duplicate())
    }
}

impl Vault {
    /// Every pin, and how many did not open.
    pub fn pins(&mut self, s: &Session) -> VaultResult<Pins> {
        let loaded = self.load_all::<Pin>(s)?;
        Ok(Pins {
            pins: loaded.items,
            unreadable: loaded.unreadable,
        })
    }

    /// Her pins, refusing while any is unreadable.
    fn readable_pins(&mut self, s: &Session) -> Result<Vec<(Id, Pin)>> {
        let pins = self.pins(s)?;
        if pins.unreadable > 0 {
            return Err(SharingError::PinsUnreadable(pins.unreadable));
        }
        Ok(pins.pins)
    }

    /// The pin with this label.
    pub fn pinned(&mut self, s: &Session, label: &str) -> Result<Pin> {
        self.find_pin(s, label).map(|(_, pin)| pin)
    }

    fn find_pin(&mut self, s: &Session, label: &str) -> Result<(Id, Pin)> {
        self.readable_pins(s)?
            .into_iter()
            .find(|(_, p)| p.has_label(label))
            .ok_or(SharingError::NoSuchPin)
    }

    /// Pins `card` under the label she confirmed. A new label starts unchecked;
    /// the same card keeps its state; another card replaces it, unchecked.
    pub fn pin_card(
        &mut self,
        s: &Session,
        label: &str,
        card: Card,
        now: i64,
    ) -> Result<(Pin, PinChange)> {
        if !valid_label(label) {
            return Err(SharingError::BadLabel);
        }
        let (id, pin, change) = match self.find_pin(s, label) {
            Ok((id, mut pin)) => {
                let change = pin.repin(card, now);
                (id, pin, change)
            }
            Err(SharingError::NoSuchPin) => (
                crate::crypto::random_id(),
                Pin::new(label, card, now),
                PinChange::New,
            ),
            Err(e) => return Err(e),
        };
        if change != PinChange::Unchanged {
            self.save(s, &id, &pin)?;
        }
        Ok((pin, change))
    }

    /// A word check for the pin with this label: show `sets()`, then pass her
    /// pick to `check_pin`.
    pub fn start_check(&mut self, s: &Session, label: &str) -> Result<WordCheck> {
        Ok(WordCheck::new(self.pinned(s, label)?.card()))
    }

    /// Her pick for a word check. Only the right set checks the pin; anything
    /// else leaves it unchecked.
    pub fn check_pin(
        &mut self,
        s: &Session,
        label: &str,
        check: &WordCheck,
        choice: Choice,
        now: i64,
    ) -> Result<CheckOutcome> {
        let (id, mut pin) = self.find_pin(s, label)?;
        let before = pin.clone();
        let outcome = pin.check(check, choice, now);
        if pin != before {
            self.save(s, &id, &pin)?;
        }
        Ok(outcome)
    }

    /// Removes the pin with this label.
    pub fn forget_pin(&mut self, s: &Session, label: &str) -> Result<()> {
        let (id, _) = self.find_pin(s, label)?;
        self.delete(s, &id)?;
        Ok(())
    }

    /// Deletes the pins that do not open, once she has been told about them.
    /// The people they were for must be pinned and checked again.
    pub fn drop_unreadable_pins(&mut self, s: &Session) -> VaultResult<usize> {
        let (rows, _) = records::list(self.store.conn(), s.account(), Some(Kind::Pin.as_str()))?;
        let bad: Vec<Id> = rows
            .iter()
            .filter(|row| {
                s.open_row(row)
                    .ok()
                    .and_then(|bytes| serde_json::from_slice::<Pin>(&bytes).ok())
                    .is_none()
            })
            .map(|row| row.id)
            .collect();
        for id in &bad {
            self.delete(s, id)?;
        }
        Ok(bad.len())
    }

    /// Signs `draft` as a payload for the person pinned under `label`, and
    /// encrypts it to their card.
    pub fn seal_for(
        &mut self,
        s: &Session,
        label: &str,
        draft: &Draft,
        now: i64,
    ) -> Result<Sealed> {
        let receiver = self.pinned(s, label)?;
        let keys = s.sharing_keys();
        let mut payload = Payload::new(
            draft.kind,
            keys.card().fingerprint(),
            receiver.fingerprint(),
            now,
            draft.body,
        );
        payload.expires = draft.expires;
        payload.reply_to = draft.reply_to;
        let bytes = crate::sharing::seal(&keys, receiver.card(), &payload)?;
        Ok(Sealed {
            bytes,
            id: payload.id,
            receiver,
        })
    }

    /// Opens a shared file sent to her: her key must open it, a pinned card
    /// must have signed it, it must name her card, be unexpired, and carry an
    /// id she has not received before. Its id is then remembered.
    pub fn receive(&mut self, s: &Session, file: &[u8], now: i64) -> Result<Received> {
        let keys = s.sharing_keys();
        let unverified = decrypt(keys.identity(), file)?;
        let claimed = unverified.claimed_signer()?;
        let sender = self
            .readable_pins(s)?
            .into_iter()
            .map(|(_, p)| p)
            .find(|p| p.fingerprint() == claimed)
            .ok_or(ShareError::UnknownSigner)?;
        let verified = unverified.verify(sender.card(), keys.card(), now)?;
        let id = verified.payload().id;
        self.store.write(|tx| -> Result<()> {
            let mut seen = tombstones::read_set(tx, s, Kind::Seen)?;
            if seen.unreadable > 0 {
                return Err(SharingError::SeenUnreadable(seen.unreadable));
            }
            if !seen.ids.insert(id) {
                return Err(ShareError::Replayed.into());
            }
            Ok(tombstones::write_set(tx, s, Kind::Seen, &seen)?)
        })?;
        Ok(Received { verified, sender })
    }

    /// Deletes a list of received ids that does not open, once she has been
    /// told. Replays of what she received before can't be refused afterwards.
    pub fn drop_unreadable_seen(&mut self, s: &Session) -> VaultResult<usize> {
        let (rows, _) = records::list(self.store.conn(), s.account(), Some(Kind::Seen.as_str()))?;
        let bad: Vec<Id> = rows
            .iter()
            .filter(|row| !s.open_row(row).is_ok_and(|b| b.len() % 16 == 0))
            .map(|row| row.id)
            .collect();
        for id in &bad {
            self.delete(s, id)?;
        }
        Ok(bad.len())
    }
}
