//! What opens on top of a screen: help, a question, a moment's wait.

use super::Theme;
use super::forms::panel;
use crate::app::Model;
use crate::app::keymap::{Mode, bindings};
use crate::app::model::Confirm;
use crate::i18n::Messages;
use crate::tr;
use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

fn centred(area: Rect, width: u16, height: u16) -> Rect {
    let [row] = Layout::vertical([Constraint::Length(height.min(area.height))])
        .flex(Flex::Center)
        .areas(area);
    let [cell] = Layout::horizontal([Constraint::Length(width.min(area.width))])
        .flex(Flex::Center)
        .areas(row);
    cell
}

fn help_intro(m: &Messages, mode: Mode) -> String {
    match mode {
        Mode::Login => tr!(m, "help-login"),
        Mode::Form => tr!(m, "help-form"),
        Mode::RecoveryCode => tr!(m, "help-recovery-code"),
        Mode::JournalList | Mode::Search => tr!(m, "help-journal"),
        Mode::Editor => tr!(m, "help-editor"),
        _ => tr!(m, "help-general"),
    }
}

/// Every key of the screen underneath, from the table that dispatches them.
pub fn help(frame: &mut Frame, area: Rect, model: &Model, m: &Messages, theme: &Theme) {
    let popup = centred(area, 74, area.height);
    frame.render_widget(Clear, popup);
    let inner = panel(frame, popup, tr!(m, "help-title"), theme);
    let mode = model.screen_mode();
    let mut lines = vec![Line::from(help_intro(m, mode)), Line::from("")];
    for binding in bindings(mode) {
        let keys: Vec<String> = binding.keys.iter().map(|k| k.label()).collect();
        lines.push(Line::from(vec![
            Span::styled(format!("{:<18}", keys.join(" / ")), theme.key()),
            Span::raw(m.text(binding.label)),
        ]));
    }
    lines.push(Line::from(""));
    lines.push(Line::styled(tr!(m, "help-hide-and-quit"), theme.dim()));
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), inner);
}

pub fn confirm(frame: &mut Frame, area: Rect, confirm: &Confirm, m: &Messages, theme: &Theme) {
    let question = match confirm {
        Confirm::SetEnabled {
            alias,
            enabled: false,
        } => tr!(m, "confirm-disable", alias = (alias.clone())),
        Confirm::SetEnabled {
            alias,
            enabled: true,
        } => tr!(m, "confirm-enable", alias = (alias.clone())),
        Confirm::DeleteEntry { .. } => tr!(m, "confirm-delete-entry"),
        Confirm::LeaveEditor => tr!(m, "confirm-leave-editor"),
        Confirm::DiscardDraft => tr!(m, "confirm-discard-draft"),
    };
    let popup = centred(area, 60, 7);
    frame.render_widget(Clear, popup);
    let inner = panel(frame, popup, tr!(m, "confirm-title"), theme);
    frame.render_widget(Paragraph::new(question).wrap(Wrap { trim: true }), inner);
}

pub fn busy(frame: &mut Frame, area: Rect, m: &Messages, theme: &Theme) {
    let popup = centred(area, 44, 3);
    frame.render_widget(Clear, popup);
    let inner = panel(frame, popup, String::new(), theme);
    frame.render_widget(Paragraph::new(tr!(m, "busy")), inner);
}
