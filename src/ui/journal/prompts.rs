//! The writing prompts: their sets, then the prompts of one set.

use crate::app::prompts;
use crate::tr;
use crate::ui::kit::{choices, panel};
use crate::ui::view::View;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

/// `reflection` is her choice to see the sets of prompts that go deeper.
pub fn draw(
    frame: &mut Frame,
    area: Rect,
    v: &View,
    reflection: bool,
    set: Option<usize>,
    selected: usize,
) {
    let (m, theme) = (v.m, v.theme);
    let sets = prompts::sets(reflection);
    let inner = panel(frame, area, tr!(m, "prompts-title"), theme);
    let (intro, items): (String, Vec<String>) = match set {
        None => (
            tr!(m, "prompts-intro"),
            sets.iter().map(|s| m.text(s.name)).collect(),
        ),
        Some(i) => (
            m.text(sets[i].name),
            sets[i].prompts.iter().map(|p| m.text(p)).collect(),
        ),
    };
    let mut lines = vec![Line::from(intro), Line::from("")];
    lines.extend(choices(items, selected, theme));
    lines.push(Line::from(""));
    let reflection_note = if reflection {
        tr!(m, "prompts-reflection-on")
    } else {
        tr!(m, "prompts-reflection-off")
    };
    lines.push(Line::styled(reflection_note, theme.dim()));
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}
