//! Which role a new account gets.

use crate::app::model::ROLE_CHOICES;
use crate::i18n::role_word;
use crate::tr;
use crate::ui::kit::{choices, panel};
use crate::ui::view::View;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

pub fn draw(frame: &mut Frame, area: Rect, v: &View, selected: usize) {
    let m = v.m;
    let inner = panel(frame, area, tr!(m, "add-account-title"), v.theme);
    let mut lines = vec![Line::from(tr!(m, "choose-role-intro")), Line::from("")];
    let roles = ROLE_CHOICES.iter().map(|role| role_word(m, *role));
    lines.extend(choices(roles, selected, v.theme));
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}
