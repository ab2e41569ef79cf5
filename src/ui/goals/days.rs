//! A plan's logged days (jualan harian), newest first: what came in, what went
//! out, and what was left, so she can check them and pick one to correct.

use super::{first_row, visible_rows};
use crate::app::goals::Goals;
use crate::domain::Id;
use crate::i18n::short_date;
use crate::tr;
use crate::ui::kit::{panel, row_style};
use crate::ui::view::View;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

pub fn draw(frame: &mut Frame, area: Rect, v: &View, goals: &Goals, id: &Id, selected: usize) {
    let (m, theme) = (v.m, v.theme);
    let Some(plan) = goals.plan(id) else {
        return;
    };
    let inner = panel(
        frame,
        area,
        tr!(m, "days-title", what = (plan.what.clone())),
        theme,
    );
    if plan.log.is_empty() {
        frame.render_widget(
            Paragraph::new(tr!(m, "business-no-log")).wrap(Wrap { trim: true }),
            inner,
        );
        return;
    }
    let [head, list] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(inner);
    let cells: Vec<[String; 4]> = plan
        .log
        .iter()
        .rev()
        .map(|d| {
            [
                short_date(m, d.date),
                v.money(d.sales),
                v.money(d.expenses),
                v.money(d.sales - d.expenses),
            ]
        })
        .collect();
    let titles = [
        tr!(m, "days-date"),
        tr!(m, "days-sales"),
        tr!(m, "days-expenses"),
        tr!(m, "days-left"),
    ];
    // Each column as wide as its widest cell or title; amounts to the right.
    let widths: Vec<usize> = (0..4)
        .map(|c| {
            cells
                .iter()
                .map(|row| row[c].chars().count())
                .chain([titles[c].chars().count()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let row = |cols: &[String; 4]| {
        format!(
            "{:<w0$}   {:>w1$}   {:>w2$}   {:>w3$}",
            cols[0],
            cols[1],
            cols[2],
            cols[3],
            w0 = widths[0],
            w1 = widths[1],
            w2 = widths[2],
            w3 = widths[3],
        )
    };
    frame.render_widget(
        Paragraph::new(Line::styled(row(&titles), theme.dim())),
        head,
    );
    let height = usize::from(list.height);
    let first = first_row(selected, cells.len(), visible_rows(list.height, v.covered));
    let lines: Vec<Line> = cells
        .iter()
        .enumerate()
        .skip(first)
        .take(height)
        .map(|(i, cols)| Line::styled(row(cols), row_style(theme, i == selected)))
        .collect();
    frame.render_widget(Paragraph::new(lines), list);
}
