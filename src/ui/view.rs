//! What every view is handed besides its own state: the words, the colours,
//! the clock and the centre's settings.

use super::theme::Theme;
use crate::app::Model;
use crate::app::model::{CentreSettings, Moment};
use crate::i18n::Messages;

pub struct View<'a> {
    pub m: &'a Messages,
    pub theme: &'a Theme,
    pub now: Moment,
    pub centre: &'a CentreSettings,
    /// Help or a question is open on top of the screen.
    pub covered: bool,
    /// The app is working (a slow key check) and takes no typing.
    pub busy: bool,
}

impl<'a> View<'a> {
    pub fn new(model: &'a Model, m: &'a Messages, theme: &'a Theme) -> View<'a> {
        View {
            m,
            theme,
            now: model.now,
            centre: &model.centre,
            covered: model.overlay.is_some(),
            busy: model.busy,
        }
    }

    /// A field shows her cursor only when her typing would go into it.
    pub fn cursor_free(&self) -> bool {
        !self.busy && !self.covered
    }

    /// An amount in the centre's currency, grouped the way the language does.
    pub fn money(&self, amount: i64) -> String {
        crate::i18n::money(self.m.lang(), &self.centre.currency, amount)
    }
}
