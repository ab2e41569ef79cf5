//! Centre settings, parsed and clamped in one place. They sit in plaintext and
//! anyone who can write the file can change them, so every value is read as a
//! hint: a value out of range is brought back into range, and one that can't be
//! read falls back to its default.

use super::Vault;
use crate::domain::money::CURRENCIES;
use crate::store::settings;

/// The longest auto-lock a facilitator can choose, in minutes.
pub const MAX_AUTO_LOCK_MINUTES: i64 = 30;
/// The longest a setup code may stay valid, in hours (30 days).
pub const MAX_SETUP_CODE_HOURS: i64 = 720;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CentreSettings {
    /// The centre's name, as the first facilitator wrote it.
    pub name: String,
    /// "id" or "en".
    pub language: &'static str,
    /// 1 to `MAX_AUTO_LOCK_MINUTES`.
    pub auto_lock_minutes: i64,
    pub show_names: bool,
    /// 1 to `MAX_SETUP_CODE_HOURS`.
    pub setup_code_hours: i64,
    /// One of `domain::money::CURRENCIES`.
    pub currency: &'static str,
}

impl Vault {
    pub fn centre_settings(&self) -> CentreSettings {
        let get = |key| self.setting(key).ok().flatten();
        CentreSettings {
            name: get(settings::CENTRE_NAME).unwrap_or_default(),
            language: match get(settings::LANGUAGE).as_deref() {
                Some("en") => "en",
                _ => "id",
            },
            auto_lock_minutes: clamped(
                get(settings::AUTO_LOCK_MINUTES),
                settings::DEFAULT_AUTO_LOCK_MINUTES,
                MAX_AUTO_LOCK_MINUTES,
            ),
            show_names: get(settings::SHOW_NAMES).is_some_and(|v| v == "on"),
            setup_code_hours: clamped(
                get(settings::SETUP_CODE_HOURS),
                settings::DEFAULT_SETUP_CODE_HOURS,
                MAX_SETUP_CODE_HOURS,
            ),
            currency: get(settings::CURRENCY)
                .and_then(|c| CURRENCIES.iter().find(|known| **known == c).copied())
                .unwrap_or(CURRENCIES[0]),
        }
    }
}

/// A whole number from 1 to `max`: the default if it isn't a number at all,
/// the nearest end of the range if it is out of range.
fn clamped(value: Option<String>, default: i64, max: i64) -> i64 {
    match value.map(|v| v.trim().parse::<i128>()) {
        Some(Ok(n)) => i64::try_from(n.clamp(1, i128::from(max))).unwrap_or(default),
        _ => default,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_clamped_and_garbage_falls_back() {
        let n = |v: &str| clamped(Some(v.to_owned()), 5, 30);
        assert_eq!(n("10"), 10);
        assert_eq!(n("99999999999"), 30);
        assert_eq!(n("999999999999999999999999999"), 30);
        assert_eq!(n("0"), 1);
        assert_eq!(n("-7"), 1);
        assert_eq!(n("lima"), 5);
        assert_eq!(n(""), 5);
        assert_eq!(clamped(None, 5, 30), 5);
    }
}
