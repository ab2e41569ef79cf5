//! The facilitator's screens: the accounts, adding one, and the centre's settings.

pub mod accounts;
pub mod choose_role;
pub mod settings;

use crate::app::model::AdminScreen;
use crate::ui::view::View;
use ratatui::Frame;
use ratatui::layout::Rect;

pub fn draw(frame: &mut Frame, area: Rect, v: &View, screen: &AdminScreen) {
    match screen {
        AdminScreen::Accounts { rows, selected } => accounts::draw(frame, area, v, rows, *selected),
        AdminScreen::ChooseRole { selected } => choose_role::draw(frame, area, v, *selected),
        AdminScreen::Settings { selected } => settings::draw(frame, area, v, *selected),
        AdminScreen::SetupCode { alias, code, .. } => {
            crate::ui::auth::codes::setup(frame, area, v, alias, code)
        }
    }
}
