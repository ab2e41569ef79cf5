//! One savings goal: its bar, when it may be reached, its chart and movements.
//! At 80 columns the chart and the list sit side by side with a gap, and a
//! long keterangan ends in "…" after a whole word.

use super::{bar, cut_words, first_row, line_chart, visible_rows, wrap_words};
use crate::app::goals::{Goals, amount_text};
use crate::domain::Id;
use crate::domain::goals::{Projection, SavingsGoal};
use crate::i18n::{Messages, long_date, short_date};
use crate::tr;
use crate::ui::kit::{cut, panel, row_style};
use crate::ui::view::View;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Axis, Paragraph, Wrap};

fn projection_text(m: &Messages, goal: &SavingsGoal, today: chrono::NaiveDate) -> String {
    match goal.projection(today) {
        Projection::Reached => tr!(m, "projection-reached"),
        Projection::TooEarly => tr!(m, "projection-too-early"),
        Projection::NoProgress => tr!(m, "projection-no-progress"),
        Projection::Finish {
            date,
            target_date_passed: false,
        } => tr!(m, "projection-finish", date = (long_date(m, date))),
        Projection::Finish {
            date,
            target_date_passed: true,
        } => tr!(
            m,
            "projection-finish-after-target",
            date = (long_date(m, date))
        ),
    }
}

pub fn draw(frame: &mut Frame, area: Rect, v: &View, goals: &Goals, id: &Id, selected: usize) {
    let (m, theme) = (v.m, v.theme);
    let Some(goal) = goals.saving(id) else {
        return;
    };
    let inner = panel(frame, area, goal.name.clone(), theme);
    let [why, bar_area, facts, body] = Layout::vertical([
        Constraint::Length(if goal.why.is_empty() { 0 } else { 1 }),
        Constraint::Length(1),
        Constraint::Length(3),
        Constraint::Min(4),
    ])
    .areas(inner);
    frame.render_widget(
        Paragraph::new(cut_words(&goal.why, usize::from(why.width))).style(theme.dim()),
        why,
    );
    let label = tr!(
        m,
        "goal-progress",
        percent = (goal.percent()),
        saved = (v.money(goal.balance())),
        target = (v.money(goal.target))
    );
    frame.render_widget(
        Paragraph::new(bar(goal.percent(), label, bar_area.width, theme)),
        bar_area,
    );
    let today = v.now.today();
    let mut lines = vec![];
    if let Some(date) = goal.target_date {
        lines.push(Line::from(tr!(
            m,
            "goal-target-date",
            date = (long_date(m, date))
        )));
    }
    lines.push(Line::styled(projection_text(m, goal, today), theme.info()));
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), facts);

    let [chart_area, list_area] = Layout::horizontal([Constraint::Fill(1), Constraint::Fill(1)])
        .spacing(3)
        .areas(body);
    chart(frame, chart_area, v, goal);
    movements(frame, list_area, v, goal, selected);
}

/// The balance over time, or a sentence until there are two days to join.
fn chart(frame: &mut Frame, area: Rect, v: &View, goal: &SavingsGoal) {
    let (m, theme) = (v.m, v.theme);
    let points = goal.balance_over_time();
    if points.len() < 2 {
        frame.render_widget(
            Paragraph::new(tr!(m, "goal-chart-later"))
                .style(theme.dim())
                .wrap(Wrap { trim: true }),
            area,
        );
        return;
    }
    let first = points[0].0;
    let data: Vec<(f64, f64)> = points
        .iter()
        .map(|(d, b)| ((*d - first).num_days() as f64, *b as f64))
        .collect();
    let last_x = data.last().map_or(1.0, |p| p.0.max(1.0));
    let top = goal.target.max(goal.balance()) as f64;
    let chart = line_chart(&data, theme)
        .x_axis(Axis::default().bounds([0.0, last_x]).labels([
            short_date(m, first).trim().to_string(),
            short_date(m, points[points.len() - 1].0).trim().to_string(),
        ]))
        .y_axis(
            Axis::default()
                .bounds([0.0, top])
                .labels(["0".to_string(), y_label(v, area.width, goal.target)]),
        );
    frame.render_widget(chart, area);
}

/// The top of the chart with its currency when it fits the third of the width
/// ratatui gives the labels ("Rp 1.500.000"), else the number alone.
fn y_label(v: &View, width: u16, target: i64) -> String {
    let full = v.money(target);
    if full.chars().count() <= usize::from(width / 3) {
        full
    } else {
        amount_text(v.m.lang(), target)
    }
}

/// Deposits and withdrawals, newest first, the chosen one marked.
fn movements(frame: &mut Frame, area: Rect, v: &View, goal: &SavingsGoal, selected: usize) {
    let (m, theme) = (v.m, v.theme);
    let mut rows = vec![Line::styled(
        cut(&tr!(m, "goal-movements"), usize::from(area.width)),
        theme.dim(),
    )];
    if goal.movements.is_empty() {
        rows.push(Line::from(tr!(m, "goal-no-movements")));
        frame.render_widget(Paragraph::new(rows).wrap(Wrap { trim: true }), area);
        return;
    }
    let amounts: Vec<String> = goal
        .movements
        .iter()
        .rev()
        .map(|mv| {
            if mv.amount >= 0 {
                format!("+{}", v.money(mv.amount))
            } else {
                v.money(mv.amount)
            }
        })
        .collect();
    let amount_width = amounts.iter().map(|a| a.chars().count()).max().unwrap_or(0);
    let height = usize::from(area.height.saturating_sub(1));
    let visible = visible_rows(area.height.saturating_sub(1), v.covered);
    let first = first_row(selected, amounts.len(), visible);
    // Rows the list doesn't need (only when it all fits) let long keterangan
    // go on below their movement instead of being cut.
    let mut spare = if first == 0 {
        visible.min(height).saturating_sub(amounts.len())
    } else {
        0
    };
    for (i, (mv, amount)) in goal
        .movements
        .iter()
        .rev()
        .zip(&amounts)
        .enumerate()
        .skip(first)
        .take(height)
    {
        let date = short_date(m, mv.date);
        let used = date.chars().count() + 1 + amount_width + 1;
        let room = usize::from(area.width).saturating_sub(used);
        let mut notes = wrap_words(&mv.note, room);
        let more = notes.len().saturating_sub(1).min(spare);
        spare -= more;
        if notes.len() > more + 1 {
            let rest = notes.split_off(more).join(" ");
            notes.push(cut_words(&rest, room));
        }
        let mut notes = notes.into_iter();
        let note = notes.next().unwrap_or_default();
        let width = usize::from(area.width);
        let style = row_style(theme, i == selected);
        let text = format!("{date} {amount:>amount_width$} {note}");
        rows.push(Line::styled(format!("{text:<width$}"), style));
        for note in notes {
            rows.push(Line::styled(format!("{:used$}{note:<room$}", ""), style));
        }
    }
    frame.render_widget(Paragraph::new(rows), area);
}
