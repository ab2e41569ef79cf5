//! Every account on this computer, with its role, state and last login.

use crate::app::model::AccountLine;
use crate::i18n::{clock_time, role_word, short_date, status_word};
use crate::tr;
use crate::ui::kit::{cut, panel, row_style};
use crate::ui::view::View;
use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::widgets::{Cell, Row, Table};

pub fn draw(frame: &mut Frame, area: Rect, v: &View, rows: &[AccountLine], selected: usize) {
    let (m, theme) = (v.m, v.theme);
    let inner = panel(frame, area, tr!(m, "accounts-title"), theme);
    let header = Row::new(vec![
        Cell::from(tr!(m, "accounts-alias")),
        Cell::from(tr!(m, "accounts-role")),
        Cell::from(tr!(m, "accounts-status")),
        Cell::from(tr!(m, "accounts-last-login")),
    ])
    .style(theme.title());
    // What the other columns and the gaps between them leave for the alias:
    // a long one ends in "…", so two names that start alike don't look the same.
    let alias_width = usize::from(inner.width.saturating_sub(11 + 14 + 17 + 3 * 2));
    let body = rows.iter().enumerate().map(|(i, row)| {
        let last = row.last_login_at.map_or_else(
            || tr!(m, "accounts-never"),
            |t| {
                let local = v.now.local(t);
                let date = short_date(m, local.date());
                format!("{} {}", date.trim_start(), clock_time(m.lang(), local))
            },
        );
        Row::new(vec![
            cut(&row.alias, alias_width),
            role_word(m, row.role),
            status_word(m, row.status),
            last,
        ])
        .style(row_style(theme, i == selected))
    });
    let table = Table::new(
        body,
        [
            // Aliases (up to 32 characters) get what the other columns leave.
            Constraint::Min(20),
            Constraint::Length(11),
            Constraint::Length(14),
            // "23 Nov 2026 22.06", or "belum pernah".
            Constraint::Length(17),
        ],
    )
    // Two spaces between columns, so that two words of a row never read as
    // one value ("not set up yet never").
    .column_spacing(2)
    .header(header);
    frame.render_widget(table, inner);
}
