//! One savings goal: its bar, when it may be reached, its chart and movements.

use super::{gauge, line_chart};
use crate::app::goals::Goals;
use crate::domain::Id;
use crate::domain::goals::{Projection, SavingsGoal};
use crate::i18n::{Messages, long_date, short_date};
use crate::tr;
use crate::ui::kit::{cut, panel};
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

pub fn draw(frame: &mut Frame, area: Rect, v: &View, goals: &Goals, id: &Id) {
    let (m, theme) = (v.m, v.theme);
    let Some(goal) = goals.saving(id) else {
        return;
    };
    let inner = panel(frame, area, goal.name.clone(), theme);
    let [why, bar, facts, body] = Layout::vertical([
        Constraint::Length(if goal.why.is_empty() { 0 } else { 1 }),
        Constraint::Length(1),
        Constraint::Length(3),
        Constraint::Min(4),
    ])
    .areas(inner);
    frame.render_widget(
        Paragraph::new(cut(&goal.why, usize::from(why.width))).style(theme.dim()),
        why,
    );
    let label = tr!(
        m,
        "goal-progress",
        percent = (goal.percent()),
        saved = (v.money(goal.balance())),
        target = (v.money(goal.target))
    );
    frame.render_widget(gauge(goal.percent(), label, theme), bar);
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

    let [chart_area, list_area] =
        Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(body);
    let points = goal.balance_over_time();
    if points.len() >= 2 {
        let first = points[0].0;
        let data: Vec<(f64, f64)> = points
            .iter()
            .map(|(d, b)| ((*d - first).num_days() as f64, *b as f64))
            .collect();
        let last_x = data.last().map_or(1.0, |p| p.0.max(1.0));
        let top = goal.target.max(goal.balance()) as f64;
        let chart = line_chart(&data, theme)
            .x_axis(Axis::default().bounds([0.0, last_x]).labels([
                short_date(m, first),
                short_date(m, points[points.len() - 1].0),
            ]))
            .y_axis(
                Axis::default()
                    .bounds([0.0, top])
                    .labels(["0".to_string(), v.money(goal.target)]),
            );
        frame.render_widget(chart, chart_area);
    } else {
        frame.render_widget(
            Paragraph::new(tr!(m, "goal-chart-later"))
                .style(theme.dim())
                .wrap(Wrap { trim: true }),
            chart_area,
        );
    }
    let mut rows = vec![Line::styled(tr!(m, "goal-movements"), theme.dim())];
    for mv in goal
        .movements
        .iter()
        .rev()
        .take(usize::from(list_area.height.saturating_sub(1)))
    {
        let amount = if mv.amount >= 0 {
            format!("+{}", v.money(mv.amount))
        } else {
            v.money(mv.amount)
        };
        let note = cut(&mv.note, usize::from(list_area.width).saturating_sub(28));
        rows.push(Line::from(format!(
            "{} {amount:>14} {note}",
            short_date(m, mv.date)
        )));
    }
    if goal.movements.is_empty() {
        rows.push(Line::from(tr!(m, "goal-no-movements")));
    }
    frame.render_widget(Paragraph::new(rows), list_area);
}
