//! Going back to her home from a screen she opened there.

use crate::app::model::{HomeScreen, MenuItem, Model, Screen};

/// Back to her home with the cursor on `item`, the one she had opened.
pub fn back_home(model: &mut Model, item: MenuItem) {
    let role = model.her.user.as_ref().map(|u| u.role);
    let selected = role
        .and_then(|r| MenuItem::for_role(r).iter().position(|i| *i == item))
        .unwrap_or(0);
    model.notice = None;
    model.screen = Screen::Home(HomeScreen::Menu { selected });
}
