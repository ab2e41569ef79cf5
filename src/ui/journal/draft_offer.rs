//! An entry she left unfinished, offered back when she returns.

use crate::domain::journal::{Draft, Entry};
use crate::i18n::long_date;
use crate::tr;
use crate::ui::kit::{cut, panel};
use crate::ui::view::View;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

pub fn draw(frame: &mut Frame, area: Rect, v: &View, draft: Option<&Draft>) {
    let (m, theme) = (v.m, v.theme);
    let inner = panel(frame, area, tr!(m, "draft-title"), theme);
    let Some(draft) = draft else {
        return;
    };
    let entry: &Entry = &draft.entry;
    let heading = entry.heading();
    let lines = vec![
        Line::from(tr!(m, "draft-intro", date = (long_date(m, entry.date)))),
        Line::from(""),
        Line::styled(format!("  {}", cut(heading, 70)), theme.code()),
        Line::from(""),
        Line::from(tr!(m, "draft-question")),
    ];
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}
