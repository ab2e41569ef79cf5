//! Narrowing the list: by tag, mood, period or dates.

use super::mood_word;
use crate::app::journal::Journal;
use crate::app::model::FilterItem;
use crate::i18n::long_date;
use crate::tr;
use crate::ui::kit::{panel, setting};
use crate::ui::view::View;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

/// `period` is the chosen period in days, 0 for all time.
pub fn draw(
    frame: &mut Frame,
    area: Rect,
    v: &View,
    journal: &Journal,
    period: u32,
    selected: usize,
) {
    let (m, theme) = (v.m, v.theme);
    let inner = panel(frame, area, tr!(m, "filters-title"), theme);
    let mut lines = vec![Line::from(tr!(m, "filters-intro")), Line::from("")];
    for (i, item) in FilterItem::ALL.iter().enumerate() {
        let (label, value) = match item {
            FilterItem::Tag => (
                tr!(m, "filters-tag"),
                journal
                    .filter
                    .tag
                    .as_ref()
                    .map_or_else(|| tr!(m, "filters-all"), |t| format!("#{t}")),
            ),
            FilterItem::Mood => (
                tr!(m, "filters-mood"),
                journal
                    .filter
                    .mood
                    .map_or_else(|| tr!(m, "filters-all"), |v| mood_word(m, Some(v))),
            ),
            FilterItem::Period => (
                tr!(m, "filters-period"),
                match period {
                    0 => tr!(m, "filters-all-time"),
                    days => tr!(m, "filter-last-days", days = days),
                },
            ),
            FilterItem::From => (
                tr!(m, "filters-from"),
                journal
                    .filter
                    .from
                    .map_or_else(|| tr!(m, "filters-all-time"), |d| long_date(m, d)),
            ),
            FilterItem::To => (
                tr!(m, "filters-to"),
                journal
                    .filter
                    .to
                    .map_or_else(|| tr!(m, "filters-until-now"), |d| long_date(m, d)),
            ),
        };
        lines.push(setting(&label, &value, 24, i == selected, theme));
    }
    lines.push(Line::from(""));
    lines.push(Line::styled(
        tr!(
            m,
            "journal-count",
            shown = (journal.visible_len()),
            total = (journal.len())
        ),
        theme.dim(),
    ));
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}
