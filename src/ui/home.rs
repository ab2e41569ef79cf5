//! Home for each role, with her menu, and the page on who can see what.

use super::goals::status_word;
use super::kit::{choices, panel, scroll_within, wrapped_height};
use super::view::View;
use crate::app::model::{Damage, Her, HomeScreen, MenuItem, User};
use crate::domain::Role;
use crate::i18n::{Messages, long_date};
use crate::tr;
use chrono::Datelike;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

/// The writing prompts on the home screen, one per day in turn.
const DAILY_PROMPTS: [&str; 5] = [
    "prompt-daily-1",
    "prompt-daily-2",
    "prompt-daily-3",
    "prompt-daily-4",
    "prompt-daily-5",
];

/// Draws a home screen: the menu once she is logged in, or the privacy page.
pub fn draw_screen(frame: &mut Frame, area: Rect, v: &View, screen: &HomeScreen, her: &Her) {
    match screen {
        HomeScreen::Menu { selected } => {
            if let Some(user) = &her.user {
                draw(frame, area, v, user, her, *selected);
            }
        }
        HomeScreen::Privacy { scroll } => privacy(frame, area, v, *scroll),
    }
}

fn draw(frame: &mut Frame, area: Rect, v: &View, user: &User, her: &Her, selected: usize) {
    let (journal, goals) = (her.journal.as_ref(), her.goals.as_ref());
    let (m, theme) = (v.m, v.theme);
    let inner = panel(
        frame,
        area,
        tr!(m, "home-title", alias = (user.alias.clone())),
        theme,
    );
    let today = v.now.today();
    let mut lines = vec![Line::from(long_date(m, today)), Line::from("")];
    if let Some(last) = user.failed_logins.iter().max() {
        let when = v.now.local(*last);
        lines.push(Line::styled(
            tr!(
                m,
                "home-failed-logins",
                count = (user.failed_logins.len()),
                date = (long_date(m, when.date())),
                time = (when.format("%H:%M").to_string())
            ),
            theme.info(),
        ));
        lines.push(Line::from(""));
    }
    for told in damage_lines(m, &her.damage) {
        lines.push(Line::styled(told, theme.info()));
        lines.push(Line::from(""));
    }
    match user.role {
        Role::Participant => {
            let prompt = DAILY_PROMPTS[today.ordinal0() as usize % DAILY_PROMPTS.len()];
            lines.push(Line::styled(tr!(m, "home-prompt-intro"), theme.dim()));
            lines.push(Line::from(format!("  {}", m.text(prompt))));
            // Old titles only when she has asked for them.
            let earlier = journal
                .filter(|j| j.show_on_this_day)
                .map(|j| j.on_this_day(today))
                .unwrap_or_default();
            // Only counts and percentages: no amount and nothing she typed is
            // on the first screen, where a glance over her shoulder can see it.
            let percents: Vec<String> = goals
                .map(|g| {
                    g.active_savings()
                        .map(|s| format!("{}%", s.percent()))
                        .collect()
                })
                .unwrap_or_default();
            if !percents.is_empty() {
                lines.push(Line::from(""));
                lines.push(Line::styled(tr!(m, "home-goals"), theme.dim()));
                let count = tr!(m, "home-goals-count", count = (percents.len()));
                let shown: Vec<String> = percents.into_iter().take(4).collect();
                lines.push(Line::from(format!("  {count}: {}", shown.join(" · "))));
            }
            let plans: Vec<_> = goals
                .map(|g| {
                    g.active_plans()
                        .take(2)
                        .map(|p| {
                            format!(
                                "  {} · {}",
                                status_word(m, p.status),
                                tr!(m, "home-plan-capital", percent = (g.capital_percent(p)))
                            )
                        })
                        .collect()
                })
                .unwrap_or_default();
            if !plans.is_empty() {
                lines.push(Line::from(""));
                lines.push(Line::styled(tr!(m, "home-plans"), theme.dim()));
                lines.extend(plans.into_iter().map(Line::from));
            }
            if !earlier.is_empty() {
                lines.push(Line::from(""));
                lines.push(Line::styled(tr!(m, "home-on-this-day"), theme.dim()));
                for (_, entry) in earlier.iter().take(3) {
                    lines.push(Line::from(format!(
                        "  {}  {}",
                        crate::i18n::short_date(m, entry.date),
                        entry.heading()
                    )));
                }
            }
        }
        Role::Mentor => lines.push(Line::from(tr!(m, "home-mentor-nothing-yet"))),
        Role::Facilitator => lines.push(Line::from(tr!(m, "home-facilitator-intro"))),
    }
    lines.push(Line::from(""));
    let items = MenuItem::for_role(user.role);
    let text_height = wrapped_height(
        &lines
            .iter()
            .map(|l| l.to_string())
            .collect::<Vec<_>>()
            .join("\n"),
        inner.width,
    ) + 1;
    let [top, menu] = Layout::vertical([
        Constraint::Length(text_height),
        Constraint::Min(items.len() as u16),
    ])
    .areas(inner);
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), top);
    let labels = items.iter().map(|item| m.text(item.label()));
    frame.render_widget(Paragraph::new(choices(labels, selected, theme)), menu);
}

/// What a login or a load found, said calmly: what happened, that the rest
/// is safe, and whom to tell. Never who might have done it.
fn damage_lines(m: &Messages, damage: &Damage) -> Vec<String> {
    let mut told = vec![];
    if damage.unreadable > 0 {
        told.push(tr!(m, "home-unreadable", count = (damage.unreadable)));
    }
    if damage.returned > 0 {
        told.push(tr!(m, "home-returned"));
    }
    if damage.unopened_messages > 0 {
        told.push(tr!(
            m,
            "home-unopened-messages",
            count = (damage.unopened_messages)
        ));
    }
    if damage.mismatch_fixed {
        told.push(tr!(m, "home-mismatch-fixed"));
    }
    told
}

fn privacy(frame: &mut Frame, area: Rect, v: &View, scroll: u16) {
    let (m, theme) = (v.m, v.theme);
    let inner = panel(frame, area, tr!(m, "privacy-title"), theme);
    let sections = [
        (tr!(m, "privacy-private-title"), tr!(m, "privacy-private")),
        (
            tr!(m, "privacy-facilitator-title"),
            tr!(m, "privacy-facilitator"),
        ),
        (tr!(m, "privacy-sharing-title"), tr!(m, "privacy-sharing")),
        (tr!(m, "privacy-hide-title"), tr!(m, "privacy-hide")),
        (tr!(m, "privacy-limits-title"), tr!(m, "privacy-limits")),
    ];
    let mut lines = vec![];
    let mut text = vec![];
    for (title, body) in sections {
        text.extend([title.clone(), body.clone(), String::new()]);
        lines.push(Line::styled(title, theme.title()));
        lines.push(Line::from(body));
        lines.push(Line::from(""));
    }
    let scroll = scroll_within(frame, inner, &text, scroll, theme);
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .scroll((scroll, 0)),
        inner,
    );
}
