//! The first question on a new computer: which language.

use crate::i18n::Lang;
use crate::tr;
use crate::ui::kit::{choices, panel};
use crate::ui::view::View;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

pub fn draw(frame: &mut Frame, area: Rect, v: &View, selected: usize) {
    let m = v.m;
    let inner = panel(frame, area, tr!(m, "wizard-title"), v.theme);
    let mut lines = vec![
        Line::from(tr!(m, "wizard-welcome")),
        Line::from(""),
        Line::from(tr!(m, "wizard-choose-language")),
        Line::from(""),
    ];
    let names = Lang::ALL.iter().map(|lang| {
        match lang {
            Lang::Id => "Bahasa Indonesia",
            Lang::En => "English",
        }
        .to_string()
    });
    lines.extend(choices(names, selected, v.theme));
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}
