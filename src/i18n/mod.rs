//! Messages in Bahasa Indonesia (the default) and English, from
//! `locales/<lang>/langkah.ftl`, embedded in the binary.

mod errors;
mod format;

use i18n_embed::LanguageLoader;
use i18n_embed::fluent::FluentLanguageLoader;
use rust_embed::RustEmbed;

pub use errors::{data_dir_error, vault_error, vault_error_text};
pub use format::{clock_time, long_date, money, month_year, rupiah, short_date};

#[derive(RustEmbed)]
#[folder = "locales/"]
struct Localizations;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    Id,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Id, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }

    /// The language the switch key changes to.
    pub fn other(self) -> Lang {
        match self {
            Lang::Id => Lang::En,
            Lang::En => Lang::Id,
        }
    }

    /// Unknown codes fall back to Bahasa Indonesia, the default.
    pub fn from_code(code: &str) -> Lang {
        match code {
            "en" => Lang::En,
            _ => Lang::Id,
        }
    }
}

/// One language's messages. Each loader holds only its own language, with no
/// fallback, so a missing translation shows up in tests instead of being hidden.
pub struct Messages {
    lang: Lang,
    loader: FluentLanguageLoader,
}

impl Messages {
    pub fn new(lang: Lang) -> Messages {
        let id: unic_langid::LanguageIdentifier =
            lang.code().parse().expect("a valid language code");
        let loader = FluentLanguageLoader::new("langkah", id.clone());
        loader
            .load_languages(&Localizations, &[id])
            .expect("the embedded locale files load");
        // Without this, Unicode isolation marks appear around every argument.
        loader.set_use_isolating(false);
        Messages { lang, loader }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn loader(&self) -> &FluentLanguageLoader {
        &self.loader
    }

    /// True when this language itself defines the message.
    pub fn has(&self, id: &str) -> bool {
        self.loader.has(id)
    }

    /// A message chosen at run time (from a key table, say). `tr!` is preferred
    /// where the id is fixed, because it is checked when compiling.
    pub fn text(&self, id: &str) -> String {
        self.loader.get(id)
    }

    /// A run-time message with arguments.
    pub fn text_with(&self, id: &str, args: &[(&str, String)]) -> String {
        use fluent_bundle::FluentValue;
        let args: std::collections::HashMap<String, FluentValue> = args
            .iter()
            .map(|(k, v)| {
                // A count is a number to Fluent, so that "1 second" and
                // "2 seconds" can differ; anything else stays text as it is.
                let value = match v.parse::<i64>() {
                    Ok(n) if COUNTS.contains(k) => FluentValue::from(n),
                    _ => FluentValue::from(v.clone()),
                };
                (k.to_string(), value)
            })
            .collect();
        self.loader.get_args(id, args)
    }
}

/// Arguments that count something, for plural forms.
const COUNTS: [&str; 2] = ["seconds", "count"];

/// The word for a role, in her language.
pub fn role_word(m: &Messages, role: crate::domain::Role) -> String {
    use crate::domain::Role;
    match role {
        Role::Facilitator => crate::tr!(m, "role-facilitator"),
        Role::Participant => crate::tr!(m, "role-participant"),
        Role::Mentor => crate::tr!(m, "role-mentor"),
    }
}

/// The word for an account's status, in her language.
pub fn status_word(m: &Messages, status: crate::domain::Status) -> String {
    use crate::domain::Status;
    match status {
        Status::Unclaimed => crate::tr!(m, "status-unclaimed"),
        Status::Active => crate::tr!(m, "status-active"),
        Status::Disabled => crate::tr!(m, "status-disabled"),
    }
}

/// A message id with its arguments, kept in the model and put into words only
/// when drawn, so that switching language re-words what is on screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    pub id: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl Text {
    pub fn new(id: &'static str) -> Text {
        Text { id, args: vec![] }
    }

    pub fn with(id: &'static str, args: Vec<(&'static str, String)>) -> Text {
        Text { id, args }
    }

    pub fn render(&self, m: &Messages) -> String {
        m.text_with(self.id, &self.args)
    }
}

/// `tr!(messages, "id")` or `tr!(messages, "id", name = value)`: a message in the
/// messages' language. The id is checked at compile time against `locales/id`.
#[macro_export]
macro_rules! tr {
    ($m:expr, $id:literal) => {
        i18n_embed_fl::fl!($m.loader(), $id)
    };
    ($m:expr, $id:literal, $($args:tt)*) => {
        i18n_embed_fl::fl!($m.loader(), $id, $($args)*)
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_has_its_own_words() {
        let id = Messages::new(Lang::Id);
        let en = Messages::new(Lang::En);
        assert_eq!(crate::tr!(id, "role-participant"), "peserta");
        assert_eq!(crate::tr!(en, "role-participant"), "participant");
        // No Unicode isolation marks around arguments.
        let line = crate::tr!(en, "err-try-later", seconds = 30);
        assert_eq!(line, "Too many attempts. Please try again in 30 seconds.");
    }

    #[test]
    fn a_count_passed_as_text_still_picks_its_plural() {
        let en = Messages::new(Lang::En);
        for (seconds, words) in [(1, "in 1 second."), (2, "in 2 seconds.")] {
            let text = Text::with("err-try-later", vec![("seconds", seconds.to_string())]);
            assert!(text.render(&en).ends_with(words), "{}", text.render(&en));
        }
        // A code made of digits stays text, leading zero and all.
        let alias = Text::with("confirm-enable", vec![("alias", "007".into())]);
        assert!(alias.render(&en).contains("007"));
    }
}
