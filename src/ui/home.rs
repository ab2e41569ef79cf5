//! Home for each role, with her menu, and the page on who can see what.

use super::goals::status_word;
use super::kit::{choices, cut, panel, scrolled};
use super::view::View;
use crate::app::model::{Damage, Her, HomeScreen, MenuItem, User};
use crate::app::scroll::Scroll;
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
        HomeScreen::Privacy { scroll } => privacy(frame, area, v, scroll),
    }
}

fn draw(frame: &mut Frame, area: Rect, v: &View, user: &User, her: &Her, selected: usize) {
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
                time = (crate::i18n::clock_time(m.lang(), when))
            ),
            theme.info(),
        ));
        lines.push(Line::from(""));
    }
    for told in damage_lines(m, &her.damage) {
        lines.push(Line::styled(told, theme.info()));
        lines.push(Line::from(""));
    }
    let items = MenuItem::for_role(user.role);
    match user.role {
        Role::Participant => {
            let used = rows(&lines, inner.width);
            let left = usize::from(inner.height).saturating_sub(items.len() + used);
            lines.extend(fit(participant_parts(v, her), left, inner.width, v));
        }
        Role::Mentor => {
            lines.push(Line::from(tr!(m, "home-mentor-nothing-yet")));
            lines.push(Line::from(tr!(m, "home-mentor-sharing-later")));
        }
        Role::Facilitator => lines.push(Line::from(tr!(m, "home-facilitator-intro"))),
    }
    if user.role != Role::Participant {
        lines.push(Line::from(""));
    }
    let text_height = rows(&lines, inner.width) as u16;
    let [top, menu] = Layout::vertical([
        Constraint::Length(text_height),
        Constraint::Min(items.len() as u16),
    ])
    .areas(inner);
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), top);
    let labels = items.iter().map(|item| m.text(item.label()));
    frame.render_widget(Paragraph::new(choices(labels, selected, theme)), menu);
}

/// The rows `lines` take when wrapped to `width`, as ratatui counts them.
fn rows(lines: &[Line], width: u16) -> usize {
    Paragraph::new(lines.to_vec())
        .wrap(Wrap { trim: false })
        .line_count(width)
}

/// How far her figures are indented: further than the menu's items, so that
/// a row such as "ide · modal terkumpul 20%" doesn't read as one of them
/// where no blank row parts them. They are dim too, like their headings.
const INDENT: &str = "    ";

/// A part of her home under its heading, such as her savings.
struct Part {
    heading: String,
    rows: Vec<String>,
    /// The menu item that holds all of it, named when some rows don't fit.
    all_in: &'static str,
    /// Left out whole when space runs short (the day's question).
    optional: bool,
}

fn participant_parts(v: &View, her: &Her) -> Vec<Part> {
    let m = v.m;
    let today = v.now.today();
    let (journal, goals) = (her.journal.as_ref(), her.goals.as_ref());
    let prompt = DAILY_PROMPTS[today.ordinal0() as usize % DAILY_PROMPTS.len()];
    let mut parts = vec![Part {
        heading: tr!(m, "home-prompt-intro"),
        rows: vec![format!("{INDENT}{}", m.text(prompt))],
        all_in: "menu-write-with-prompt",
        optional: true,
    }];
    // Only counts and percentages: no amount and nothing she typed is on the
    // first screen, where a glance over her shoulder can see it.
    let percents: Vec<String> = goals
        .map(|g| {
            g.active_savings()
                .map(|s| format!("{}%", s.percent()))
                .collect()
        })
        .unwrap_or_default();
    if !percents.is_empty() {
        let count = tr!(m, "home-goals-count", count = (percents.len()));
        let mut row = format!(
            "{INDENT}{count}: {}",
            percents[..percents.len().min(4)].join(" · ")
        );
        if percents.len() > 4 {
            row = format!("{row} · {}", more(m, percents.len() - 4, "menu-goals"));
        }
        parts.push(Part {
            heading: tr!(m, "home-goals"),
            rows: vec![row],
            all_in: "menu-goals",
            optional: false,
        });
    }
    let plans: Vec<String> = goals
        .map(|g| {
            g.active_plans()
                .map(|p| {
                    format!(
                        "{INDENT}{} · {}",
                        status_word(m, p.status),
                        tr!(m, "home-plan-capital", percent = (g.capital_percent(p)))
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    if !plans.is_empty() {
        parts.push(Part {
            heading: tr!(m, "home-plans"),
            rows: plans,
            all_in: "menu-goals",
            optional: false,
        });
    }
    // Old titles only when she has asked for them.
    let earlier = journal
        .filter(|j| j.show_on_this_day)
        .map(|j| j.on_this_day(today))
        .unwrap_or_default();
    if !earlier.is_empty() {
        parts.push(Part {
            heading: tr!(m, "home-on-this-day"),
            rows: earlier
                .iter()
                .map(|(_, entry)| {
                    format!(
                        "{INDENT}{}  {}",
                        crate::i18n::short_date(m, entry.date),
                        entry.heading()
                    )
                })
                .collect(),
            all_in: "menu-journal",
            optional: false,
        });
    }
    parts
}

/// "and 2 more in My goals".
fn more(m: &Messages, count: usize, all_in: &str) -> String {
    tr!(m, "home-more", count = (count), place = (m.text(all_in)))
}

/// Her parts in `room` rows, each row cut to one line, a blank row between
/// parts and one before the menu when there is room: every part keeps its
/// heading and at least one row, and a part that can't show all its rows says
/// how many more there are and where. The day's question gives way first,
/// then the blank rows.
fn fit(mut parts: Vec<Part>, room: usize, width: u16, v: &View) -> Vec<Line<'static>> {
    let needed = |parts: &[Part], gap: usize| parts.len() * 2 + gap * parts.len().saturating_sub(1);
    if needed(&parts, 1) > room {
        parts.retain(|p| !p.optional);
    }
    let gap = usize::from(needed(&parts, 1) <= room);
    let width = usize::from(width);
    let mut lines = vec![];
    for (i, part) in parts.iter().enumerate() {
        // What is left for this part's rows once its heading and the parts
        // after it have their share.
        let later = &parts[i + 1..];
        let after = if later.is_empty() {
            0
        } else {
            gap + needed(later, gap)
        };
        let left = room.saturating_sub(lines.len() + 1 + after);
        if left == 0 {
            break;
        }
        let shown = if part.rows.len() <= left {
            part.rows.len()
        } else {
            left - 1
        };
        lines.push(Line::styled(part.heading.clone(), v.theme.dim()));
        for row in &part.rows[..shown] {
            lines.push(Line::styled(cut(row, width), v.theme.dim()));
        }
        if shown < part.rows.len() {
            let rest = if shown == 0 {
                let place = v.m.text(part.all_in);
                tr!(v.m, "home-all-in", count = (part.rows.len()), place = place)
            } else {
                more(v.m, part.rows.len() - shown, part.all_in)
            };
            lines.push(Line::styled(
                cut(&format!("{INDENT}{rest}"), width),
                v.theme.dim(),
            ));
        }
        if gap == 1 && !later.is_empty() {
            lines.push(Line::from(""));
        }
    }
    if !lines.is_empty() && lines.len() < room {
        lines.push(Line::from(""));
    }
    lines
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

fn privacy(frame: &mut Frame, area: Rect, v: &View, scroll: &Scroll) {
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
    for (title, body) in sections {
        if !lines.is_empty() {
            lines.push(Line::from(""));
        }
        lines.push(Line::styled(title, theme.title()));
        lines.push(Line::from(body));
    }
    let page = Paragraph::new(lines).wrap(Wrap { trim: true });
    scrolled(frame, inner, page, scroll, v);
}
