use std::fmt;
use std::str::FromStr;
use unicode_normalization::UnicodeNormalization;

/// What an account may do. Several facilitators may exist.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Facilitator,
    Participant,
    Mentor,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Facilitator => "facilitator",
            Role::Participant => "participant",
            Role::Mentor => "mentor",
        }
    }
}

impl FromStr for Role {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        match s {
            "facilitator" => Ok(Role::Facilitator),
            "participant" => Ok(Role::Participant),
            "mentor" => Ok(Role::Mentor),
            _ => Err(()),
        }
    }
}

/// Unclaimed: created by a facilitator, waiting for its owner to choose a
/// passphrase. Active: claimed. Disabled: kept, but no one can log in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Unclaimed,
    Active,
    Disabled,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Unclaimed => "unclaimed",
            Status::Active => "active",
            Status::Disabled => "disabled",
        }
    }
}

impl FromStr for Status {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        match s {
            "unclaimed" => Ok(Status::Unclaimed),
            "active" => Ok(Status::Active),
            "disabled" => Ok(Status::Disabled),
            _ => Err(()),
        }
    }
}

/// A login nickname. It is stored in plaintext, so it should not be her real name;
/// the facilitator chooses it with her.
#[derive(Clone, PartialEq, Eq)]
pub struct Alias(String);

pub const ALIAS_MAX_CHARS: usize = 32;

#[derive(Debug, PartialEq, Eq)]
pub enum AliasError {
    Empty,
    TooLong,
    BadCharacter,
}

impl Alias {
    /// Trims, NFC-normalises and checks an alias. Letters, digits, spaces and
    /// `.-_` are allowed, so it can be typed on any keyboard and read aloud.
    pub fn parse(raw: &str) -> Result<Alias, AliasError> {
        let alias: String = raw.trim().nfc().collect();
        if alias.is_empty() {
            return Err(AliasError::Empty);
        }
        if alias.chars().count() > ALIAS_MAX_CHARS {
            return Err(AliasError::TooLong);
        }
        if !alias
            .chars()
            .all(|c| c.is_alphanumeric() || c == ' ' || c == '.' || c == '-' || c == '_')
        {
            return Err(AliasError::BadCharacter);
        }
        Ok(Alias(alias))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The form used for uniqueness and the login throttle: case does not matter.
    pub fn folded(&self) -> String {
        self.0.to_lowercase()
    }
}

impl fmt::Display for Alias {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for Alias {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Alias({})", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alias_is_trimmed_and_checked() {
        assert_eq!(Alias::parse("  Melati ").unwrap().as_str(), "Melati");
        assert_eq!(Alias::parse("   "), Err(AliasError::Empty));
        assert_eq!(Alias::parse(&"a".repeat(33)), Err(AliasError::TooLong));
        assert_eq!(Alias::parse("ana;drop"), Err(AliasError::BadCharacter));
        assert_eq!(Alias::parse("Dewi").unwrap().folded(), "dewi");
    }

    #[test]
    fn role_and_status_round_trip() {
        for r in [Role::Facilitator, Role::Participant, Role::Mentor] {
            assert_eq!(r.as_str().parse::<Role>(), Ok(r));
        }
        for s in [Status::Unclaimed, Status::Active, Status::Disabled] {
            assert_eq!(s.as_str().parse::<Status>(), Ok(s));
        }
        assert!("admin".parse::<Role>().is_err());
    }
}
