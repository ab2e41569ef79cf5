//! Home for each role, and the facilitator's accounts and settings.

use super::Theme;
use super::forms::panel;
use crate::app::Model;
use crate::app::model::{AccountRow, MenuItem, ROLE_CHOICES, SettingItem};
use crate::domain::Role;
use crate::i18n::{Lang, Messages, long_date, role_word, status_word};
use crate::tr;
use chrono::Datelike;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, Table, Wrap};

/// The writing prompts on the home screen, one per day in turn.
const DAILY_PROMPTS: [&str; 5] = [
    "prompt-daily-1",
    "prompt-daily-2",
    "prompt-daily-3",
    "prompt-daily-4",
    "prompt-daily-5",
];

fn menu_lines<'a>(
    items: &[MenuItem],
    selected: usize,
    m: &Messages,
    theme: &Theme,
) -> Vec<Line<'a>> {
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let style = if i == selected {
                theme.selected()
            } else {
                Style::new()
            };
            Line::from(Span::styled(format!("  {}  ", m.text(item.label())), style))
        })
        .collect()
}

pub fn home(
    frame: &mut Frame,
    area: Rect,
    model: &Model,
    selected: usize,
    m: &Messages,
    theme: &Theme,
) {
    let Some(user) = &model.user else {
        return;
    };
    let inner = panel(
        frame,
        area,
        tr!(m, "home-title", alias = (user.alias.clone())),
        theme,
    );
    let today = model.now.today();
    let mut lines = vec![Line::from(long_date(m, today)), Line::from("")];
    if let Some(last) = user.failed_logins.iter().max() {
        let when = model.now.local(*last);
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
    match user.role {
        Role::Participant => {
            let prompt = DAILY_PROMPTS[today.ordinal0() as usize % DAILY_PROMPTS.len()];
            lines.push(Line::styled(tr!(m, "home-prompt-intro"), theme.dim()));
            lines.push(Line::from(format!("  {}", m.text(prompt))));
            let earlier = model
                .journal
                .as_ref()
                .map(|j| j.on_this_day(today))
                .unwrap_or_default();
            let goals: Vec<_> = model
                .goals
                .as_ref()
                .map(|g| g.active_savings().take(3).collect())
                .unwrap_or_default();
            if !goals.is_empty() {
                lines.push(Line::from(""));
                lines.push(Line::styled(tr!(m, "home-goals"), theme.dim()));
                for goal in goals {
                    lines.push(Line::from(format!(
                        "  {}  {}%  ({})",
                        goal.name,
                        goal.percent(),
                        crate::i18n::money(m.lang(), &model.centre.currency, goal.balance())
                    )));
                }
            }
            let plans: Vec<_> = model
                .goals
                .as_ref()
                .map(|g| {
                    g.business
                        .iter()
                        .filter(|(_, p)| !p.archived)
                        .take(2)
                        .map(|(_, p)| {
                            let linked = p.capital_goal.and_then(|c| g.saving(&c));
                            let saved = crate::domain::goals::percent(
                                p.capital_saved(linked),
                                p.capital_needed,
                            );
                            format!(
                                "  {} · {} · {}",
                                p.what,
                                super::goals::status_word(m, p.status),
                                tr!(m, "home-plan-capital", percent = saved)
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
    let text_height = super::forms::wrapped_height(
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
    frame.render_widget(Paragraph::new(menu_lines(items, selected, m, theme)), menu);
}

pub fn accounts(
    frame: &mut Frame,
    area: Rect,
    model: &Model,
    rows: &[AccountRow],
    selected: usize,
    m: &Messages,
    theme: &Theme,
) {
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
                let local = model.now.local(t);
                format!(
                    "{} {}",
                    local.date().format("%Y-%m-%d"),
                    local.format("%H:%M")
                )
            },
        );
        let style = if i == selected {
            theme.selected()
        } else {
            Style::new()
        };
        Row::new(vec![
            row.alias.clone(),
            role_word(m, row.role),
            status_word(m, row.status),
            last,
        ])
        .style(style)
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

pub fn choose_role(frame: &mut Frame, area: Rect, selected: usize, m: &Messages, theme: &Theme) {
    let inner = panel(frame, area, tr!(m, "add-account-title"), theme);
    let mut lines = vec![Line::from(tr!(m, "choose-role-intro")), Line::from("")];
    for (i, role) in ROLE_CHOICES.iter().enumerate() {
        let style = if i == selected {
            theme.selected()
        } else {
            Style::new()
        };
        lines.push(Line::from(Span::styled(
            format!("  {}  ", role_word(m, *role)),
            style,
        )));
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}

pub fn settings(
    frame: &mut Frame,
    area: Rect,
    model: &Model,
    selected: usize,
    m: &Messages,
    theme: &Theme,
) {
    let inner = panel(frame, area, tr!(m, "settings-title"), theme);
    let mut lines = vec![Line::from(tr!(m, "settings-intro")), Line::from("")];
    for (i, item) in SettingItem::ALL.iter().enumerate() {
        let (label, value) = match item {
            SettingItem::Language => (
                tr!(m, "settings-language"),
                match model.centre.language {
                    Lang::Id => "Bahasa Indonesia".to_string(),
                    Lang::En => "English".to_string(),
                },
            ),
            SettingItem::AutoLock => (
                tr!(m, "settings-auto-lock"),
                tr!(
                    m,
                    "settings-minutes",
                    minutes = (model.centre.auto_lock_minutes)
                ),
            ),
            SettingItem::Currency => (tr!(m, "settings-currency"), model.centre.currency.clone()),
            SettingItem::ShowNames => (
                tr!(m, "settings-show-names"),
                if model.centre.show_names {
                    tr!(m, "settings-on")
                } else {
                    tr!(m, "settings-off")
                },
            ),
        };
        let style = if i == selected {
            theme.selected()
        } else {
            Style::new()
        };
        lines.push(Line::from(vec![
            Span::styled(format!("  {label:<40}"), style),
            Span::styled(format!(" ‹ {value} › "), theme.code()),
        ]));
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}

pub fn privacy(frame: &mut Frame, area: Rect, scroll: u16, m: &Messages, theme: &Theme) {
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
    let scroll = super::forms::scroll_within(frame, inner, &text, scroll, theme);
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .scroll((scroll, 0)),
        inner,
    );
}
