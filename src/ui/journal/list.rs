//! Her entries, newest first, with the search line and the filters in force.

use super::{highlighted, mood_word};
use crate::app::journal::Journal;
use crate::domain::journal::query_words;
use crate::i18n::{Messages, short_date};
use crate::tr;
use crate::ui::kit::{cut, field_view, panel};
use crate::ui::view::View;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

/// The filters in force, in a few words; `period` is in days, 0 for all time.
fn filter_summary(m: &Messages, journal: &Journal, period: u32) -> String {
    let mut parts = vec![];
    if let Some(tag) = &journal.filter.tag {
        parts.push(format!("#{tag}"));
    }
    if journal.filter.mood.is_some() {
        parts.push(mood_word(m, journal.filter.mood));
    }
    if period > 0 {
        parts.push(tr!(m, "filter-last-days", days = period));
    } else if journal.filter.from.is_some() || journal.filter.to.is_some() {
        let day = |d: Option<chrono::NaiveDate>| d.map_or("…".to_string(), |d| short_date(m, d));
        parts.push(format!(
            "{} – {}",
            day(journal.filter.from),
            day(journal.filter.to)
        ));
    }
    parts.join(" · ")
}

pub fn draw(frame: &mut Frame, area: Rect, v: &View, journal: &Journal, period: u32) {
    let (m, theme) = (v.m, v.theme);
    let inner = panel(frame, area, tr!(m, "journal-title"), theme);
    let [search, status, rows] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(1),
    ])
    .areas(inner);

    let label = format!("{} ", tr!(m, "journal-search"));
    let label_style = if journal.searching {
        theme.title()
    } else {
        theme.dim()
    };
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(label.clone(), label_style),
            Span::styled(
                field_view(
                    &journal.query,
                    false,
                    search.width.saturating_sub(label.chars().count() as u16),
                )
                .0,
                theme.code(),
            ),
        ])),
        search,
    );
    if journal.searching && !v.covered {
        let room = search.width.saturating_sub(label.chars().count() as u16);
        let x =
            search.x + label.chars().count() as u16 + 2 + field_view(&journal.query, false, room).1;
        frame.set_cursor_position(Position::new(x.min(search.right() - 1), search.y));
    }
    let summary = filter_summary(m, journal, period);
    let count = tr!(
        m,
        "journal-count",
        shown = (journal.visible_len()),
        total = (journal.len())
    );
    let status_text = if summary.is_empty() {
        count
    } else {
        format!("{count}  ·  {} {summary}", tr!(m, "journal-filtered"))
    };
    frame.render_widget(Paragraph::new(status_text).style(theme.dim()), status);

    if journal.visible_len() == 0 {
        let empty = if journal.is_empty() {
            tr!(m, "journal-empty")
        } else if !journal.query.is_empty() {
            tr!(m, "journal-no-match-search")
        } else {
            tr!(m, "journal-no-match")
        };
        frame.render_widget(Paragraph::new(empty).wrap(Wrap { trim: true }), rows);
        return;
    }
    let height = usize::from(rows.height.max(1));
    let offset = journal.selected / height * height;
    let words = query_words(journal.query.text());
    let width = usize::from(rows.width);
    let lines: Vec<Line> = journal
        .visible()
        .enumerate()
        .skip(offset)
        .take(height)
        .map(|(i, (_, entry))| {
            let date = short_date(m, entry.date);
            let mood = entry
                .check_in
                .mood
                .map(|_| format!("  {}", mood_word(m, entry.check_in.mood)))
                .unwrap_or_default();
            let tags: String = entry.tags.iter().map(|t| format!(" #{t}")).collect();
            let room = width.saturating_sub(date.chars().count() + 3 + mood.chars().count());
            let heading = cut(
                entry.heading(),
                room.saturating_sub(tags.chars().count().min(room / 3)),
            );
            let tags = cut(&tags, room.saturating_sub(heading.chars().count()));
            let mut spans = vec![Span::styled(format!("{date}  "), theme.dim())];
            spans.extend(highlighted(&heading, &words, theme));
            spans.extend(highlighted(&tags, &words, theme).into_iter().map(|s| {
                if s.style == Style::default() {
                    s.style(theme.key())
                } else {
                    s
                }
            }));
            spans.push(Span::styled(mood, theme.info()));
            let line = Line::from(spans);
            if i == journal.selected {
                line.style(Style::new().add_modifier(Modifier::REVERSED))
            } else {
                line
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), rows);
}
