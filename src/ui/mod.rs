//! Drawing. Every view takes the model and the messages explicitly, so tests can
//! draw any screen in either language without a terminal.

mod chrome;
mod forms;
mod goals;
mod home;
mod journal;
mod overlays;
pub mod theme;

use crate::app::Model;
use crate::app::model::{Overlay, Screen};
use crate::i18n::Messages;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
pub use theme::Theme;

/// The smallest terminal the screens are laid out for.
pub const MIN_WIDTH: u16 = 80;
pub const MIN_HEIGHT: u16 = 24;

pub fn draw(frame: &mut Frame, model: &Model, m: &Messages, theme: &Theme) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        chrome::too_small(frame, area, m, theme);
        return;
    }
    let [header, body, notice, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(2),
        Constraint::Length(2),
    ])
    .areas(area);
    chrome::header(frame, header, model, m, theme);
    draw_screen(frame, body, model, m, theme);
    chrome::notice(frame, notice, model, m, theme);
    chrome::footer(frame, footer, model, m, theme);
    match &model.overlay {
        Some(Overlay::Help) => overlays::help(frame, body, model, m, theme),
        Some(Overlay::Confirm(c)) => overlays::confirm(frame, body, c, m, theme),
        None if model.busy => overlays::busy(frame, body, m, theme),
        None => {}
    }
}

fn draw_screen(frame: &mut Frame, area: Rect, model: &Model, m: &Messages, theme: &Theme) {
    match &model.screen {
        Screen::Language { selected } => forms::language(frame, area, *selected, m, theme),
        Screen::Form(form) => forms::form(frame, area, model, form, m, theme),
        Screen::RecoveryCode { code, kept, flow } => {
            forms::recovery_code(frame, area, code, *kept, *flow, m, theme)
        }
        Screen::SetupCode { alias, code, .. } => forms::setup_code(
            frame,
            area,
            alias,
            code,
            model.centre.setup_code_hours,
            m,
            theme,
        ),
        Screen::Home { selected } => home::home(frame, area, model, *selected, m, theme),
        Screen::Accounts { rows, selected } => {
            home::accounts(frame, area, model, rows, *selected, m, theme)
        }
        Screen::ChooseRole { selected } => home::choose_role(frame, area, *selected, m, theme),
        Screen::Settings { selected } => home::settings(frame, area, model, *selected, m, theme),
        Screen::Privacy { scroll } => home::privacy(frame, area, *scroll, m, theme),
        Screen::Journal => journal::list(frame, area, model, m, theme),
        Screen::Read { id, scroll } => journal::read(frame, area, model, id, *scroll, m, theme),
        Screen::Editor => journal::editor(frame, area, model, m, theme),
        Screen::Prompts { set, selected } => {
            journal::prompts(frame, area, model, *set, *selected, m, theme)
        }
        Screen::Filters { selected } => journal::filters(frame, area, model, *selected, m, theme),
        Screen::Chart { days } => journal::chart(frame, area, model, *days, m, theme),
        Screen::DraftOffer => journal::draft_offer(frame, area, model, m, theme),
        Screen::Goals { selected } => goals::overview(frame, area, model, *selected, m, theme),
        Screen::Saving { id } => goals::saving(frame, area, model, id, m, theme),
        Screen::Plan { id, selected } => goals::plan(frame, area, model, id, *selected, m, theme),
    }
}
