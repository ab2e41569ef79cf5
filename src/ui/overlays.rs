//! What opens on top of a screen: help, a question, a moment's wait.

use super::kit::{centred, panel, wrapped_height};
use super::view::View;
use crate::app::keymap::{Mode, bindings};
use crate::app::model::Confirm;
use crate::app::model::{AdminConfirm, JournalConfirm};
use crate::i18n::Messages;
use crate::tr;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

fn help_intro(m: &Messages, mode: Mode) -> String {
    match mode {
        Mode::Login => tr!(m, "help-login"),
        Mode::Form => tr!(m, "help-form"),
        Mode::SkippableForm => tr!(m, "help-skippable-form"),
        Mode::RecoveryCode => tr!(m, "help-recovery-code"),
        Mode::JournalList | Mode::Search => tr!(m, "help-journal"),
        Mode::Editor => tr!(m, "help-editor"),
        Mode::Chart => tr!(m, "help-chart"),
        _ => tr!(m, "help-general"),
    }
}

/// Every key of the screen underneath, from the table that dispatches them.
/// Long tables are laid out in two columns so that every key fits at 80x24.
pub fn help(frame: &mut Frame, area: Rect, v: &View, mode: Mode) {
    let (m, theme) = (v.m, v.theme);
    frame.render_widget(Clear, area);
    let inner = panel(frame, area, tr!(m, "help-title"), theme);
    let intro = help_intro(m, mode);
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

    let rows: Vec<Line> = bindings(mode)
        .into_iter()
        .map(|binding| {
            let keys: Vec<String> = binding
                .keys
                .iter()
                .map(|k| super::chrome::key_label(m, *k))
                .collect();
            Line::from(vec![
                Span::styled(format!("{:<16}", keys.join(" / ")), theme.key()),
                Span::raw(m.text(binding.label)),
            ])
        })
        .collect();
    let height = usize::from(keys_area.height.max(1));
    if rows.len() <= height {
        frame.render_widget(Paragraph::new(rows), keys_area);
    } else {
        let [left, right] = Layout::horizontal([Constraint::Fill(1), Constraint::Fill(1)])
            .spacing(2)
            .areas(keys_area);
        let split = rows.len().div_ceil(2);
        let mut rows = rows;
        let second = rows.split_off(split);
        frame.render_widget(Paragraph::new(rows), left);
        frame.render_widget(Paragraph::new(second), right);
    }
}

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
    // A goal's question names a row of the list behind it. It sits low, and
    // the goal screens keep that row above it (`goals::visible_rows`).
    if let Confirm::Goals(_) = confirm {
        popup.y = area.bottom().saturating_sub(popup.height);
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
