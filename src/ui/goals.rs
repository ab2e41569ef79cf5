//! The goal screens: every goal with its bar, a savings goal, a business plan.

use super::Theme;
use super::forms::{cut, panel};
use crate::app::Model;
use crate::app::goals::GoalRef;
use crate::domain::Id;
use crate::domain::goals::{BusinessGoal, BusinessStatus, Projection, SavingsGoal, percent};
use crate::i18n::{Messages, long_date, short_date};
use crate::tr;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Chart, Dataset, Gauge, GraphType, Paragraph, Wrap};

/// Amounts in the centre's currency, grouped the way the language does.
struct Money<'a> {
    m: &'a Messages,
    symbol: &'a str,
}

impl Money<'_> {
    fn show(&self, amount: i64) -> String {
        crate::i18n::money(self.m.lang(), self.symbol, amount)
    }
}

fn gauge<'a>(ratio_percent: u8, label: String, theme: &Theme) -> Gauge<'a> {
    Gauge::default()
        .percent(u16::from(ratio_percent))
        .label(label)
        .gauge_style(theme.info())
        .use_unicode(true)
}

pub(super) fn status_word(m: &Messages, status: BusinessStatus) -> String {
    match status {
        BusinessStatus::Idea => tr!(m, "business-status-idea"),
        BusinessStatus::Preparing => tr!(m, "business-status-preparing"),
        BusinessStatus::Running => tr!(m, "business-status-running"),
        BusinessStatus::Paused => tr!(m, "business-status-paused"),
    }
}

pub fn overview(
    frame: &mut Frame,
    area: Rect,
    model: &Model,
    selected: usize,
    m: &Messages,
    theme: &Theme,
) {
    let Some(goals) = &model.goals else {
        return;
    };
    let cash = Money {
        m,
        symbol: &model.centre.currency,
    };
    let title = if goals.show_archived {
        tr!(m, "goals-title-archived")
    } else {
        tr!(m, "goals-title")
    };
    let inner = panel(frame, area, title, theme);
    let rows = goals.rows();
    if rows.is_empty() {
        frame.render_widget(
            Paragraph::new(tr!(m, "goals-empty")).wrap(Wrap { trim: true }),
            inner,
        );
        return;
    }
    // Two rows per goal: its name, then its bar.
    let per_page = usize::from(inner.height / 2).max(1);
    let offset = selected / per_page * per_page;
    for (i, row) in rows.iter().enumerate().skip(offset).take(per_page) {
        let y = inner.y + ((i - offset) * 2) as u16;
        let name_area = Rect::new(inner.x, y, inner.width, 1);
        let bar_area = Rect::new(inner.x + 2, y + 1, inner.width.saturating_sub(2), 1);
        let (name, bar_percent, label) = match row {
            GoalRef::Savings(id) => {
                let Some(g) = goals.saving(id) else { continue };
                (
                    g.name.clone(),
                    g.percent(),
                    tr!(
                        m,
                        "goal-progress",
                        percent = (g.percent()),
                        saved = (cash.show(g.balance())),
                        target = (cash.show(g.target))
                    ),
                )
            }
            GoalRef::Business(id) => {
                let Some(b) = goals.plan(id) else { continue };
                let saved = b.capital_saved(b.capital_goal.and_then(|c| goals.saving(&c)));
                (
                    format!("{} · {}", b.what, status_word(m, b.status)),
                    percent(saved, b.capital_needed),
                    tr!(
                        m,
                        "business-capital-progress",
                        saved = (cash.show(saved)),
                        needed = (cash.show(b.capital_needed))
                    ),
                )
            }
        };
        let archived = match row {
            GoalRef::Savings(id) => goals.saving(id).is_some_and(|g| g.archived),
            GoalRef::Business(id) => goals.plan(id).is_some_and(|g| g.archived),
        };
        let mut spans = vec![Span::styled(
            format!(
                " {} ",
                cut(&name, usize::from(inner.width).saturating_sub(16))
            ),
            if i == selected {
                theme.selected()
            } else {
                theme.title()
            },
        )];
        if archived {
            spans.push(Span::styled(
                format!(" ({})", tr!(m, "goal-archived")),
                theme.dim(),
            ));
        }
        frame.render_widget(Paragraph::new(Line::from(spans)), name_area);
        frame.render_widget(gauge(bar_percent, label, theme), bar_area);
    }
}

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

pub fn saving(frame: &mut Frame, area: Rect, model: &Model, id: &Id, m: &Messages, theme: &Theme) {
    let Some(goal) = model.goals.as_ref().and_then(|g| g.saving(id)) else {
        return;
    };
    let cash = Money {
        m,
        symbol: &model.centre.currency,
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
        saved = (cash.show(goal.balance())),
        target = (cash.show(goal.target))
    );
    frame.render_widget(gauge(goal.percent(), label, theme), bar);
    let today = model.now.today();
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
        let chart = Chart::new(vec![
            Dataset::default()
                .marker(Marker::Braille)
                .graph_type(GraphType::Line)
                .style(theme.info())
                .data(&data),
        ])
        .x_axis(Axis::default().bounds([0.0, last_x]).labels([
            short_date(m, first),
            short_date(m, points[points.len() - 1].0),
        ]))
        .y_axis(
            Axis::default()
                .bounds([0.0, top])
                .labels(["0".to_string(), cash.show(goal.target)]),
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
            format!("+{}", cash.show(mv.amount))
        } else {
            cash.show(mv.amount)
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

pub fn plan(
    frame: &mut Frame,
    area: Rect,
    model: &Model,
    id: &Id,
    selected: usize,
    m: &Messages,
    theme: &Theme,
) {
    let Some(goals) = &model.goals else {
        return;
    };
    let Some(plan) = goals.plan(id) else {
        return;
    };
    let cash = Money {
        m,
        symbol: &model.centre.currency,
    };
    let inner = panel(frame, area, plan.what.clone(), theme);
    let [facts, bar, columns] = Layout::vertical([
        Constraint::Length(3),
        Constraint::Length(2),
        Constraint::Min(4),
    ])
    .areas(inner);
    let linked = plan.capital_goal.and_then(|c| goals.saving(&c));
    let facts_lines = vec![
        Line::from(tr!(
            m,
            "business-for-whom-where",
            whom = (plan.for_whom.clone()),
            place = (plan.place.clone())
        )),
        Line::from(tr!(
            m,
            "business-costs",
            capital = (cash.show(plan.capital_needed)),
            costs = (cash.show(plan.monthly_costs))
        )),
        Line::from(vec![
            Span::raw(format!("{}: ", tr!(m, "business-status"))),
            Span::styled(format!("‹ {} ›", status_word(m, plan.status)), theme.code()),
        ]),
    ];
    frame.render_widget(Paragraph::new(facts_lines), facts);
    let saved = plan.capital_saved(linked);
    let [link_line, gauge_line] =
        Layout::vertical([Constraint::Length(1), Constraint::Length(1)]).areas(bar);
    let link = match linked {
        Some(g) => tr!(m, "business-capital-from", goal = (g.name.clone())),
        None => tr!(m, "business-capital-not-linked"),
    };
    frame.render_widget(Paragraph::new(link).style(theme.dim()), link_line);
    frame.render_widget(
        gauge(
            percent(saved, plan.capital_needed),
            tr!(
                m,
                "business-capital-progress",
                saved = (cash.show(saved)),
                needed = (cash.show(plan.capital_needed))
            ),
            theme,
        ),
        gauge_line,
    );

    let [left, right] =
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(columns);
    let mut steps = vec![Line::styled(tr!(m, "business-milestones"), theme.dim())];
    for (i, ms) in plan.milestones.iter().enumerate() {
        let tick = if ms.done { "[x]" } else { "[ ]" };
        let date = ms
            .date
            .map(|d| format!(" ({})", short_date(m, d)))
            .unwrap_or_default();
        let style = if i == selected {
            theme.selected()
        } else {
            Style::new()
        };
        steps.push(Line::styled(format!("{tick} {}{date}", ms.text), style));
    }
    if plan.milestones.is_empty() {
        steps.push(Line::from(tr!(m, "business-no-milestones")));
    }
    frame.render_widget(Paragraph::new(steps).wrap(Wrap { trim: false }), left);
    profit(frame, right, plan, &cash, theme);
}

/// Profit per week and month, and the weekly profit as a chart.
fn profit(frame: &mut Frame, area: Rect, plan: &BusinessGoal, cash: &Money, theme: &Theme) {
    let m = cash.m;
    let weeks = plan.profit_by_week();
    let months = plan.profit_by_month();
    let mut lines = vec![Line::styled(tr!(m, "business-profit"), theme.dim())];
    if weeks.is_empty() {
        lines.push(Line::from(tr!(m, "business-no-log")));
        frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), area);
        return;
    }
    // The latest weeks and months, newest first.
    for w in weeks.iter().rev().take(3) {
        lines.push(Line::from(tr!(
            m,
            "business-profit-week",
            date = (short_date(m, w.start)),
            profit = (cash.show(w.profit()))
        )));
    }
    for mo in months.iter().rev().take(2) {
        lines.push(Line::from(tr!(
            m,
            "business-profit-month",
            month = (crate::i18n::month_year(m, mo.start)),
            profit = (cash.show(mo.profit()))
        )));
    }
    let [text, chart_area] =
        Layout::vertical([Constraint::Length(lines.len() as u16), Constraint::Min(3)]).areas(area);
    frame.render_widget(Paragraph::new(lines), text);
    let recent: Vec<_> = weeks.iter().rev().take(12).rev().collect();
    let data: Vec<(f64, f64)> = recent
        .iter()
        .enumerate()
        .map(|(i, w)| (i as f64, w.profit() as f64))
        .collect();
    let low = recent.iter().map(|w| w.profit()).min().unwrap_or(0).min(0) as f64;
    let high = recent.iter().map(|w| w.profit()).max().unwrap_or(0).max(1) as f64;
    let chart = Chart::new(vec![
        Dataset::default()
            .marker(Marker::Braille)
            .graph_type(GraphType::Line)
            .style(theme.info())
            .data(&data),
    ])
    .x_axis(Axis::default().bounds([0.0, (data.len().max(2) - 1) as f64]))
    .y_axis(
        Axis::default()
            .bounds([low, high])
            .labels([cash.show(low as i64), cash.show(high as i64)]),
    );
    frame.render_widget(chart, chart_area);
}
