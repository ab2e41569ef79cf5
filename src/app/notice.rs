//! The line under a screen that tells her what happened.

use crate::i18n::Text;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Info,
    Problem,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub text: Text,
    pub tone: Tone,
}

impl Notice {
    pub fn info(text: Text) -> Option<Notice> {
        Some(Notice {
            text,
            tone: Tone::Info,
        })
    }

    pub fn problem(id: &'static str) -> Option<Notice> {
        Some(Notice {
            text: Text::new(id),
            tone: Tone::Problem,
        })
    }
}
