//! A business plan: its facts, the capital saved, its steps and its profit.

use super::{bar, cut_words, first_row, line_chart, status_word, visible_rows, wrap_words};
use crate::app::goals::Goals;
use crate::domain::Id;
use crate::domain::goals::BusinessGoal;
use crate::i18n::short_date;
use crate::tr;
use crate::ui::kit::{panel, row_style};
use crate::ui::view::View;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Paragraph, Wrap};

pub fn draw(frame: &mut Frame, area: Rect, v: &View, goals: &Goals, id: &Id, selected: usize) {
    let (m, theme) = (v.m, v.theme);
    let Some(plan) = goals.plan(id) else {
        return;
    };
    let inner = panel(frame, area, plan.what.clone(), theme);
    let [facts, capital, columns] = Layout::vertical([
        Constraint::Length(3),
        Constraint::Length(2),
        Constraint::Min(4),
    ])
    .areas(inner);
    let linked = goals.capital_goal(plan);
    // A field she left empty says so, rather than a bare label.
    let or_not_written = |text: &str| match text.trim() {
        "" => tr!(m, "business-not-written"),
        written => written.to_string(),
    };
    let whom_where = tr!(
        m,
        "business-for-whom-where",
        whom = (or_not_written(&plan.for_whom)),
        place = (or_not_written(&plan.place))
    );
    let capital_needed = match plan.capital_needed {
        0 => tr!(m, "business-not-written"),
        amount => v.money(amount),
    };
    let facts_lines = vec![
        Line::from(cut_words(&whom_where, usize::from(facts.width))),
        Line::from(tr!(
            m,
            "business-costs",
            capital = capital_needed,
            costs = (v.money(plan.monthly_costs))
        )),
        Line::from(vec![
            Span::raw(format!("{}: ", tr!(m, "business-status"))),
            Span::styled(format!("‹ {} ›", status_word(m, plan.status)), theme.code()),
        ]),
    ];
    frame.render_widget(Paragraph::new(facts_lines), facts);
    let saved = goals.capital_saved(plan);
    let [link_line, gauge_line] =
        Layout::vertical([Constraint::Length(1), Constraint::Length(1)]).areas(capital);
    let link = match linked {
        Some(g) => tr!(m, "business-capital-from", goal = (g.name.clone())),
        None => tr!(m, "business-capital-not-linked"),
    };
    frame.render_widget(Paragraph::new(link).style(theme.dim()), link_line);
    // "Rp 0 of Rp 0" by an empty bar says nothing: she is told what is missing.
    if plan.capital_needed == 0 {
        frame.render_widget(Paragraph::new(tr!(m, "business-capital-unset")), gauge_line);
    } else {
        let label = tr!(
            m,
            "business-capital-progress",
            saved = (v.money(saved)),
            needed = (v.money(plan.capital_needed))
        );
        frame.render_widget(
            Paragraph::new(bar(
                goals.capital_percent(plan),
                label,
                gauge_line.width,
                theme,
            )),
            gauge_line,
        );
    }

    let [left, right] = Layout::horizontal([Constraint::Fill(1), Constraint::Fill(1)])
        .spacing(3)
        .areas(columns);
    let mut steps = vec![Line::styled(tr!(m, "business-milestones"), theme.dim())];
    if plan.milestones.is_empty() {
        steps.push(Line::from(tr!(m, "business-no-milestones")));
        frame.render_widget(Paragraph::new(steps).wrap(Wrap { trim: true }), left);
    } else {
        // One row a step, scrolled to keep the chosen one in view (above a
        // question while one is open), so that each row is one step.
        let height = left.height.saturating_sub(1);
        let visible = visible_rows(height, v.covered);
        let first = first_row(selected, plan.milestones.len(), visible);
        // The chosen step is shown whole, on the rows the list doesn't need;
        // the others keep one row each.
        let spare = if first == 0 {
            visible
                .min(usize::from(height))
                .saturating_sub(plan.milestones.len())
        } else {
            0
        };
        let width = usize::from(left.width);
        let rows = plan.milestones.iter().enumerate().skip(first);
        for (i, ms) in rows.take(usize::from(height)) {
            let tick = if ms.done { "[x]" } else { "[ ]" };
            let date = ms
                .date
                .map(|d| format!(" ({})", short_date(m, d).trim()))
                .unwrap_or_default();
            let text = format!("{}{date}", ms.text);
            let style = row_style(theme, i == selected);
            let room = width.saturating_sub(4);
            let mut lines = wrap_words(&text, room);
            if lines.is_empty() {
                lines.push(String::new());
            }
            let keep = if i == selected { 1 + spare } else { 1 };
            if lines.len() > keep {
                let rest = lines.split_off(keep - 1).join(" ");
                lines.push(cut_words(&rest, room));
            }
            for (n, line) in lines.iter().enumerate() {
                let lead = if n == 0 { tick } else { "" };
                steps.push(Line::styled(format!("{lead:<3} {line:<room$}"), style));
            }
        }
        frame.render_widget(Paragraph::new(steps), left);
    }
    profit(frame, right, v, plan);
}

/// Profit per week and month, and the weekly profit as a chart.
fn profit(frame: &mut Frame, area: Rect, v: &View, plan: &BusinessGoal) {
    let (m, theme) = (v.m, v.theme);
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
            profit = (v.money(w.profit()))
        )));
    }
    for mo in months.iter().rev().take(2) {
        lines.push(Line::from(tr!(
            m,
            "business-profit-month",
            month = (crate::i18n::month_year(m, mo.start)),
            profit = (v.money(mo.profit()))
        )));
    }
    let [text, chart_area] =
        Layout::vertical([Constraint::Length(lines.len() as u16), Constraint::Min(3)]).areas(area);
    frame.render_widget(Paragraph::new(lines), text);
    // One point is a lone dot on a chart: a sentence says more until there are two.
    if weeks.len() < 2 {
        frame.render_widget(
            Paragraph::new(tr!(m, "business-chart-later"))
                .style(theme.dim())
                .wrap(Wrap { trim: true }),
            chart_area,
        );
        return;
    }
    let recent: Vec<_> = weeks.iter().rev().take(12).rev().collect();
    let data: Vec<(f64, f64)> = recent
        .iter()
        .enumerate()
        .map(|(i, w)| (i as f64, w.profit() as f64))
        .collect();
    let low = recent.iter().map(|w| w.profit()).min().unwrap_or(0).min(0) as f64;
    let high = recent.iter().map(|w| w.profit()).max().unwrap_or(0).max(1) as f64;
    let chart = line_chart(&data, theme)
        .x_axis(Axis::default().bounds([0.0, (data.len().max(2) - 1) as f64]))
        .y_axis(
            Axis::default()
                .bounds([low, high])
                .labels([v.money(low as i64), v.money(high as i64)]),
        );
    frame.render_widget(chart, chart_area);
}
