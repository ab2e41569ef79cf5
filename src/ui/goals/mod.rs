//! The goal screens, and the bar and status words they share with home.

pub mod days;
pub mod link;
pub mod overview;
pub mod plan;
pub mod saving;

use crate::app::model::{GoalsConfirm, GoalsScreen, Her};
use crate::domain::goals::BusinessStatus;
use crate::i18n::{Messages, short_date};
use crate::tr;
use crate::ui::theme::Theme;
use crate::ui::view::View;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Chart, Dataset, GraphType};

/// A progress bar with its words beside it, not over it, so neither hides
/// the other: "██████░░░░░░  33% · Rp 500.000 dari Rp 1.500.000".
pub fn bar(percent: u8, label: String, width: u16, theme: &Theme) -> Line<'static> {
    let length = usize::from((width / 4).clamp(8, 20));
    // Rounded to the nearest cell, so the bar shows no more than the figure;
    // but a start shows at least one cell, and only 100% fills it.
    let percent = usize::from(percent.min(100));
    let filled = match (percent * length + 50) / 100 {
        0 if percent > 0 => 1,
        full if full == length && percent < 100 => length - 1,
        cells => cells,
    };
    Line::from(vec![
        Span::styled("█".repeat(filled), theme.info()),
        Span::styled("░".repeat(length - filled), theme.dim()),
        Span::raw(format!("  {label}")),
    ])
}

pub fn status_word(m: &Messages, status: BusinessStatus) -> String {
    match status {
        BusinessStatus::Idea => tr!(m, "business-status-idea"),
        BusinessStatus::Preparing => tr!(m, "business-status-preparing"),
        BusinessStatus::Running => tr!(m, "business-status-running"),
        BusinessStatus::Paused => tr!(m, "business-status-paused"),
    }
}

/// A money line over time, axes left to the caller.
pub fn line_chart<'a>(data: &'a [(f64, f64)], theme: &Theme) -> Chart<'a> {
    Chart::new(vec![
        Dataset::default()
            .marker(Marker::Braille)
            .graph_type(GraphType::Line)
            .style(theme.info())
            .data(data),
    ])
}

/// `text` in `width` columns: whole words, then "…" when some are left out.
/// A single word longer than the room is cut, with "…" as well.
pub fn cut_words(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    let room = width.saturating_sub(1);
    let mut out = String::new();
    for word in text.split_whitespace() {
        let needed = out.chars().count() + usize::from(!out.is_empty()) + word.chars().count();
        if needed > room {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    if out.is_empty() {
        out = text.chars().take(room).collect();
    }
    out.push('…');
    out
}

/// `text` in lines of at most `width` columns, broken between words; a word
/// longer than a line is broken where the line ends.
pub fn wrap_words(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines: Vec<String> = vec![];
    let mut line = String::new();
    for word in text.split_whitespace() {
        let mut word: Vec<char> = word.chars().collect();
        if !line.is_empty() && line.chars().count() + 1 + word.len() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        while word.len() > width {
            lines.push(word.drain(..width).collect());
        }
        line.extend(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Rows a goal's question covers at the bottom of a list that reaches the
/// panel's lower border (`overlays::confirm` puts it there).
const COVERED_ROWS: u16 = 6;

/// How many rows of a list `height` rows tall she can see: fewer while a
/// question covers its lower part.
pub fn visible_rows(height: u16, covered: bool) -> usize {
    let hidden = if covered { COVERED_ROWS } else { 0 };
    usize::from(height.saturating_sub(hidden).max(1))
}

/// The first row to show of a list of `len` rows when `visible` fit, keeping
/// the `selected` one in view.
pub fn first_row(selected: usize, len: usize, visible: usize) -> usize {
    (selected + 1)
        .saturating_sub(visible.max(1))
        .min(len.saturating_sub(1))
}

/// The most of a goal's name or a step's words a question shows, so that its
/// "(y = ya, t = tidak)" stays inside the box.
const NAMED_ROOM: usize = 60;

/// The question a goal asks before deleting or removing, naming what goes.
pub fn question(v: &View, confirm: &GoalsConfirm) -> String {
    let m = v.m;
    match confirm {
        GoalsConfirm::DeleteGoal { name, .. } => {
            tr!(
                m,
                "confirm-delete-goal",
                name = (cut_words(name, NAMED_ROOM))
            )
        }
        GoalsConfirm::RemoveStep { step, .. } => {
            tr!(
                m,
                "confirm-remove-step",
                step = (cut_words(step, NAMED_ROOM))
            )
        }
        GoalsConfirm::RemoveMovement { amount, date, .. } => {
            let date = short_date(m, *date).trim().to_string();
            let shown = v.money(amount.abs());
            if *amount < 0 {
                tr!(m, "confirm-remove-withdrawal", amount = shown, date = date)
            } else {
                tr!(m, "confirm-remove-deposit", amount = shown, date = date)
            }
        }
        GoalsConfirm::RemoveDay { date, .. } => tr!(
            m,
            "confirm-remove-day",
            date = (short_date(m, *date).trim().to_string())
        ),
    }
}

/// Draws a goal screen once her goals are loaded.
pub fn draw(frame: &mut Frame, area: Rect, v: &View, screen: &GoalsScreen, her: &Her) {
    let Some(g) = &her.goals else {
        return;
    };
    match screen {
        GoalsScreen::Overview { selected } => overview::draw(frame, area, v, g, *selected),
        GoalsScreen::SavingsGoal { id, selected } => saving::draw(frame, area, v, g, id, *selected),
        GoalsScreen::BusinessPlan { id, selected } => plan::draw(frame, area, v, g, id, *selected),
        GoalsScreen::Days { plan, selected } => days::draw(frame, area, v, g, plan, *selected),
        GoalsScreen::LinkCapital { plan, selected } => {
            link::draw(frame, area, v, g, plan, *selected)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_text_ends_with_an_ellipsis_after_a_whole_word() {
        assert_eq!(cut_words("obat anak", 20), "obat anak");
        assert_eq!(cut_words("salah ketik tadi pagi", 14), "salah ketik…");
        assert_eq!(cut_words("Supercalifragilistic", 8), "Superca…");
        assert_eq!(cut_words("abc", 0), "…");
    }

    #[test]
    fn a_bar_shows_no_more_than_its_figure() {
        let cells = |percent: u8| {
            let theme = Theme::new(true);
            let line = bar(percent, String::new(), 76, &theme);
            line.spans[0].content.chars().count()
        };
        // 19 cells at 80 columns: 33% is 6.3 cells, not 7.
        assert_eq!(cells(33), 6);
        assert_eq!(cells(56), 11);
        assert_eq!((cells(0), cells(1), cells(99), cells(100)), (0, 1, 18, 19));
    }

    #[test]
    fn long_text_wraps_between_words() {
        assert_eq!(
            wrap_words("obat anak dan ongkos angkot", 10),
            ["obat anak", "dan ongkos", "angkot"]
        );
        assert_eq!(wrap_words("arisan", 10), ["arisan"]);
        assert_eq!(
            wrap_words("Supercalifragilistic", 8),
            ["Supercal", "ifragili", "stic"]
        );
        assert!(wrap_words("", 5).is_empty());
    }

    #[test]
    fn the_chosen_row_stays_in_view() {
        assert_eq!(first_row(0, 10, 4), 0);
        assert_eq!(first_row(5, 10, 4), 2);
        assert_eq!(first_row(9, 10, 4), 6);
        assert_eq!(first_row(0, 0, 4), 0);
        assert_eq!(visible_rows(10, false), 10);
        assert_eq!(visible_rows(10, true), 4, "a question covers the rest");
        assert_eq!(visible_rows(3, true), 1);
    }
}
