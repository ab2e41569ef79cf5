//! Which savings goal gathers a plan's capital: a short list to choose from.
//! A goal already counted for another plan says so, in its row.

use crate::app::goals::Goals;
use crate::domain::Id;
use crate::tr;
use crate::ui::kit::{panel, row_style};
use crate::ui::view::View;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

pub fn draw(frame: &mut Frame, area: Rect, v: &View, goals: &Goals, plan: &Id, selected: usize) {
    let (m, theme) = (v.m, v.theme);
    let Some(this) = goals.plan(plan) else {
        return;
    };
    let inner = panel(frame, area, tr!(m, "link-title"), theme);
    let [intro, list] = Layout::vertical([Constraint::Length(3), Constraint::Min(1)]).areas(inner);
    frame.render_widget(
        Paragraph::new(tr!(m, "link-intro", what = (this.what.clone()))).wrap(Wrap { trim: true }),
        intro,
    );
    let lines: Vec<Line> = crate::app::goals::link_choices(goals)
        .into_iter()
        .enumerate()
        .map(|(i, choice)| {
            let style = row_style(theme, i == selected);
            let Some(id) = choice else {
                return Line::styled(format!("  {}  ", tr!(m, "link-none")), style);
            };
            let Some(goal) = goals.saving(&id) else {
                return Line::default();
            };
            let mut spans = vec![Span::styled(
                format!("  {} · {}  ", goal.name, v.money(goal.balance())),
                style,
            )];
            let elsewhere = goals
                .business
                .iter()
                .find(|(pid, p)| pid != plan && p.capital_goal == Some(id));
            if let Some((_, other)) = elsewhere {
                spans.push(Span::styled(
                    tr!(m, "link-used-by", what = (other.what.clone())),
                    theme.dim(),
                ));
            }
            Line::from(spans)
        })
        .collect();
    // "No link" alone looks like a fault: say why, and how to make a goal.
    let [list, why] = Layout::vertical([
        Constraint::Length(lines.len() as u16 + 1),
        Constraint::Min(0),
    ])
    .areas(list);
    frame.render_widget(Paragraph::new(lines), list);
    if goals.active_savings().next().is_none() {
        frame.render_widget(
            Paragraph::new(tr!(m, "link-no-savings"))
                .style(theme.dim())
                .wrap(Wrap { trim: true }),
            why,
        );
    }
}
