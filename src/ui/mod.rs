//! Drawing. Every view takes the messages explicitly, so tests can draw any
//! screen in either language without a terminal. Screen `X` of feature `F` is
//! drawn in `ui/F/X.rs`, mirroring `app/`.

mod admin;
mod auth;
mod chrome;
mod goals;
mod home;
mod journal;
mod kit;
mod overlays;
pub mod theme;
mod view;

use crate::app::Model;
use crate::app::model::{AdminScreen, AuthScreen, GoalsScreen, HomeScreen, JournalScreen};
use crate::app::model::{MIN_HEIGHT, MIN_WIDTH};
use crate::app::model::{Overlay, PERIODS, Screen};
use crate::i18n::Messages;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
pub use theme::Theme;
use view::View;

pub fn draw(frame: &mut Frame, model: &Model, m: &Messages, theme: &Theme) {
    let v = View::new(model, m, theme);
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        chrome::too_small(frame, area, &v);
        return;
    }
    let [header, body, notice, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(2),
        Constraint::Length(2),
    ])
    .areas(area);
    chrome::header(frame, header, &v, model.her.user.as_ref());
    draw_screen(frame, body, model, &v);
    chrome::notice(frame, notice, &v, model.notice.as_ref());
    chrome::footer(frame, footer, &v, model.mode());
    match &model.overlay {
        Some(Overlay::Help) => overlays::help(frame, body, &v, model.screen_mode()),
        Some(Overlay::Confirm(c)) => overlays::confirm(frame, body, &v, c),
        None if model.busy => overlays::busy(frame, body, &v),
        None => {}
    }
}

/// Runs `draw` with a feature's state; a screen whose state is not loaded
/// (she is not logged in, or it was wiped at lock) stays blank.
fn with<T>(state: &Option<T>, draw: impl FnOnce(&T)) {
    if let Some(state) = state {
        draw(state);
    }
}

fn draw_screen(frame: &mut Frame, area: Rect, model: &Model, v: &View) {
    let reflection = model
        .her
        .journal
        .as_ref()
        .is_some_and(|j| j.reflection_prompts);
    match &model.screen {
        Screen::Auth(AuthScreen::Language { selected }) => {
            auth::language::draw(frame, area, v, *selected)
        }
        Screen::Form(form) => auth::form::draw(
            frame,
            area,
            v,
            form,
            &model.login_names,
            model.wait_seconds(),
        ),
        Screen::Auth(AuthScreen::RecoveryCode { code, kept, flow }) => {
            auth::codes::recovery(frame, area, v, code, *kept, *flow)
        }
        Screen::Admin(AdminScreen::SetupCode { alias, code, .. }) => {
            auth::codes::setup(frame, area, v, alias, code)
        }
        Screen::Home(HomeScreen::Menu { selected }) => with(&model.her.user, |user| {
            home::draw(
                frame,
                area,
                v,
                user,
                model.her.journal.as_ref(),
                model.her.goals.as_ref(),
                *selected,
            )
        }),
        Screen::Admin(AdminScreen::Accounts { rows, selected }) => {
            admin::accounts::draw(frame, area, v, rows, *selected)
        }
        Screen::Admin(AdminScreen::ChooseRole { selected }) => {
            admin::choose_role::draw(frame, area, v, *selected)
        }
        Screen::Admin(AdminScreen::Settings { selected }) => {
            admin::settings::draw(frame, area, v, *selected)
        }
        Screen::Home(HomeScreen::Privacy { scroll }) => home::privacy(frame, area, v, *scroll),
        Screen::Journal(JournalScreen::List) => with(&model.her.journal, |j| {
            journal::list::draw(frame, area, v, j, PERIODS[model.her.period])
        }),
        Screen::Journal(JournalScreen::Read { id, scroll }) => with(&model.her.journal, |j| {
            journal::read::draw(frame, area, v, j, id, *scroll)
        }),
        Screen::Journal(JournalScreen::Editor) => with(&model.her.editor, |ed| {
            journal::editor::draw(frame, area, v, ed)
        }),
        Screen::Journal(JournalScreen::Prompts { set, selected }) => {
            journal::prompts::draw(frame, area, v, reflection, *set, *selected)
        }
        Screen::Journal(JournalScreen::Filters { selected }) => with(&model.her.journal, |j| {
            journal::filters::draw(frame, area, v, j, PERIODS[model.her.period], *selected)
        }),
        Screen::Journal(JournalScreen::Chart { days }) => with(&model.her.journal, |j| {
            journal::chart::draw(frame, area, v, j, *days)
        }),
        Screen::Journal(JournalScreen::DraftOffer) => {
            journal::draft_offer::draw(frame, area, v, model.her.offered_drafts.first())
        }
        Screen::Goals(GoalsScreen::Overview { selected }) => with(&model.her.goals, |g| {
            goals::overview::draw(frame, area, v, g, *selected)
        }),
        Screen::Goals(GoalsScreen::SavingsGoal { id }) => with(&model.her.goals, |g| {
            goals::saving::draw(frame, area, v, g, id)
        }),
        Screen::Goals(GoalsScreen::BusinessPlan { id, selected }) => with(&model.her.goals, |g| {
            goals::plan::draw(frame, area, v, g, id, *selected)
        }),
    }
}
