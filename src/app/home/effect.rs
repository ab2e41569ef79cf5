//! What the home screen asks of the executor.

use crate::i18n::Lang;

pub enum HomeEffect {
    /// Her own choice of language, kept for her next login.
    SaveLanguage(Lang),
}
