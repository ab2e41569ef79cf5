//! The sign-in screens that are not forms.

use crate::app::form::Form;
use crate::app::keymap::Mode;
use crate::app::shown::Shown;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AuthScreen {
    /// First run, step one.
    Language { selected: usize },
    /// New keys wait until she ticks that she has kept this code.
    RecoveryCode {
        code: Shown,
        kept: bool,
        flow: Flow,
        /// The form she came from, without its passphrases: Esc goes back to
        /// it with what else she typed (the place, the names) still there.
        back: Form,
    },
}

/// What the recovery code being shown belongs to; decides where she goes after.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flow {
    SetUp,
    Claim,
    Recover,
    ChangePassphrase,
}

impl AuthScreen {
    pub fn mode(&self) -> Mode {
        match self {
            AuthScreen::Language { .. } => Mode::Language,
            AuthScreen::RecoveryCode { .. } => Mode::RecoveryCode,
        }
    }
}
