//! Every account on this computer, with its role, state and last login.

use crate::app::model::AccountLine;
use crate::i18n::{role_word, status_word};
use crate::tr;
use crate::ui::kit::{panel, row_style};
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
    let body = rows.iter().enumerate().map(|(i, row)| {
        let last = row.last_login_at.map_or_else(
            || tr!(m, "accounts-never"),
            |t| {
                let local = v.now.local(t);
                format!(
                    "{} {}",
                    local.date().format("%Y-%m-%d"),
                    local.format("%H:%M")
                )
            },
        );
        Row::new(vec![
            row.alias.clone(),
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
            Constraint::Length(16),
        ],
    )
    .header(header);
    frame.render_widget(table, inner);
}
