//! What opens on top of a screen: help, a question, a moment's wait.

use super::kit::{centred, panel, wrapped_height};
use super::view::View;
use crate::app::keymap::{Mode, bindings};
use crate::app::model::Confirm;
use crate::app::model::{AdminConfirm, JournalConfirm};
use crate::tr;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Span;
use ratatui::widgets::{Clear, Paragraph, Wrap};

/// What the help of `mode` says above its keys (a message id).
pub fn help_intro(mode: Mode) -> &'static str {
    match mode {
        Mode::Login => "help-login",
        Mode::Form => "help-form",
        Mode::SkippableForm => "help-skippable-form",
        Mode::RecoveryCode => "help-recovery-code",
        Mode::JournalList | Mode::Search => "help-journal",
        Mode::Editor => "help-editor",
        Mode::Chart => "help-chart",
        _ => "help-general",
    }
}

/// Every key of the screen underneath, from the table that dispatches them.
pub fn help(frame: &mut Frame, area: Rect, v: &View, mode: Mode) {
    let (m, theme) = (v.m, v.theme);
    frame.render_widget(Clear, area);
    let inner = panel(frame, area, tr!(m, "help-title"), theme);
    let intro = m.text(help_intro(mode));
    let advice = tr!(m, "help-hide-and-quit");
    let intro_height = wrapped_height(&intro, inner.width);
    let advice_height = wrapped_height(&advice, inner.width);
    let [intro_area, keys_area, advice_area] = Layout::vertical([
        Constraint::Length(intro_height + 1),
        Constraint::Min(1),
        Constraint::Length(advice_height),
    ])
    .areas(inner);
    frame.render_widget(Paragraph::new(intro).wrap(Wrap { trim: true }), intro_area);
    frame.render_widget(
        Paragraph::new(advice)
            .style(theme.dim())
            .wrap(Wrap { trim: true }),
        advice_area,
    );

    let rows: Vec<(String, String)> = bindings(mode)
        .into_iter()
        .map(|binding| {
            let keys: Vec<String> = binding
                .keys
                .iter()
                .map(|k| super::chrome::key_label(m, *k))
                .collect();
            (keys.join(" / "), m.text(binding.label))
        })
        .collect();
    keys(frame, keys_area, &rows, v);
}

/// The keys and their labels, in one column or, when that is too long, two
/// of even height. A label too long for its column wraps under itself: none
/// is cut, in either language, at 80x24.
fn keys(frame: &mut Frame, area: Rect, rows: &[(String, String)], v: &View) {
    let widest = rows.iter().map(|(k, _)| k.chars().count()).max();
    let key_width = u16::try_from(widest.unwrap_or(0) + 2).unwrap_or(u16::MAX);
    let heights = |width: u16| -> Vec<u16> {
        let label_width = width.saturating_sub(key_width);
        rows.iter()
            .map(|(_, label)| wrapped_height(label, label_width))
            .collect()
    };
    if heights(area.width).iter().sum::<u16>() <= area.height {
        return column(frame, area, rows, key_width, v);
    }
    let [left, right] = Layout::horizontal([Constraint::Fill(1), Constraint::Fill(1)])
        .spacing(2)
        .areas(area);
    // The split that leaves the taller column shortest; a key and its label
    // stay together.
    let heights = heights(left.width);
    let total: u16 = heights.iter().sum();
    let split = (0..=rows.len())
        .min_by_key(|&k| {
            let above: u16 = heights[..k].iter().sum();
            (above.max(total - above), std::cmp::Reverse(k))
        })
        .unwrap_or(0);
    column(frame, left, &rows[..split], key_width, v);
    column(frame, right, &rows[split..], key_width, v);
}

fn column(frame: &mut Frame, area: Rect, rows: &[(String, String)], key_width: u16, v: &View) {
    let label_width = area.width.saturating_sub(key_width);
    let mut y = area.y;
    for (keys, label) in rows {
        let height = wrapped_height(label, label_width).min(area.bottom().saturating_sub(y));
        if height == 0 {
            return;
        }
        frame.render_widget(
            Paragraph::new(Span::styled(keys.as_str(), v.theme.key())),
            Rect::new(area.x, y, key_width.min(area.width), 1),
        );
        frame.render_widget(
            Paragraph::new(label.as_str()).wrap(Wrap { trim: true }),
            Rect::new(area.x + key_width, y, label_width, height),
        );
        y += height;
    }
}

/// The rows a goal's question may take above the frame's lower border: those
/// `goals::visible_rows` leaves free.
const GOAL_ROWS: u16 = 6;

pub fn confirm(frame: &mut Frame, area: Rect, v: &View, confirm: &Confirm) {
    let m = v.m;
    let question = match confirm {
        Confirm::Admin(AdminConfirm::SetEnabled {
            alias,
            enabled: false,
        }) => tr!(m, "confirm-disable", alias = (alias.clone())),
        Confirm::Admin(AdminConfirm::SetEnabled {
            alias,
            enabled: true,
        }) => tr!(m, "confirm-enable", alias = (alias.clone())),
        Confirm::Journal(JournalConfirm::DeleteEntry { .. }) => tr!(m, "confirm-delete-entry"),
        Confirm::Journal(JournalConfirm::LeaveEditor) => tr!(m, "confirm-leave-editor"),
        Confirm::Journal(JournalConfirm::DiscardDraft) => tr!(m, "confirm-discard-draft"),
        Confirm::Goals(c) => super::goals::question(v, c),
        Confirm::Admin(AdminConfirm::RemoveAccount { alias }) => {
            tr!(m, "confirm-remove-account", alias = (alias.clone()))
        }
        Confirm::Admin(AdminConfirm::NewCode { alias }) => {
            tr!(m, "confirm-new-code", alias = (alias.clone()))
        }
    };
    let mut popup = centred(area, 60, 7);
    // A goal's question names a row of the list behind it. It sits low, on
    // the rows the goal screens keep clear for it (`goals::visible_rows`),
    // inside the screen's frame: as wide as that allows, so that it needs no
    // more of them.
    if let Confirm::Goals(_) = confirm {
        let width = area.width.saturating_sub(4);
        let height = (wrapped_height(&question, width.saturating_sub(4)) + 2).min(GOAL_ROWS);
        popup = Rect::new(
            area.x + 2,
            area.bottom().saturating_sub(1 + height),
            width,
            height,
        );
    }
    frame.render_widget(Clear, popup);
    let inner = panel(frame, popup, tr!(m, "confirm-title"), v.theme);
    frame.render_widget(Paragraph::new(question).wrap(Wrap { trim: true }), inner);
}

pub fn busy(frame: &mut Frame, area: Rect, v: &View) {
    let popup = centred(area, 44, 3);
    frame.render_widget(Clear, popup);
    let inner = panel(frame, popup, String::new(), v.theme);
    frame.render_widget(Paragraph::new(tr!(v.m, "busy")), inner);
}
