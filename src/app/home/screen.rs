//! The home menu and the privacy page.

use crate::app::keymap::Mode;
use crate::app::scroll::Scroll;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HomeScreen {
    Menu { selected: usize },
    Privacy { scroll: Scroll },
}

impl HomeScreen {
    pub fn mode(&self) -> Mode {
        match self {
            HomeScreen::Menu { .. } => Mode::Menu,
            HomeScreen::Privacy { .. } => Mode::Page,
        }
    }
}
