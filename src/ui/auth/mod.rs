//! Getting in: the first-run language choice, every form, and the codes to keep.

pub mod codes;
pub mod form;
pub mod language;

use crate::app::model::AuthScreen;
use crate::ui::view::View;
use ratatui::Frame;
use ratatui::layout::Rect;

pub fn draw(frame: &mut Frame, area: Rect, v: &View, screen: &AuthScreen) {
    match screen {
        AuthScreen::Language { selected } => language::draw(frame, area, v, *selected),
        AuthScreen::RecoveryCode {
            code, kept, flow, ..
        } => codes::recovery(frame, area, v, code, *kept, *flow),
    }
}
