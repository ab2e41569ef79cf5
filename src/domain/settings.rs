//! A change to one centre setting, as the facilitator makes it. How each is
//! stored is the store's business; how each is read back and clamped is the
//! vault's (`vault::settings`).

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CentreSetting {
    /// "id" or "en".
    Language(&'static str),
    AutoLockMinutes(i64),
    ShowNames(bool),
    /// One of `money::CURRENCIES`.
    Currency(String),
}
