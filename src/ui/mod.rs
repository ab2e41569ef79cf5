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
use crate::app::keymap::Mode;
use crate::app::model::{MIN_HEIGHT, MIN_WIDTH};
use crate::app::model::{Overlay, Screen};
use crate::i18n::Messages;
pub use chrome::footer_hints;
pub use overlays::help_intro;
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
    let [header, body, notice, footer] = areas(area);
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

/// The header, the body (the screen, and what opens on top of it), the
/// notice and the footer.
fn areas(area: Rect) -> [Rect; 4] {
    Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(2),
        Constraint::Length(2),
    ])
    .areas(area)
}

/// The help of `mode` alone, where a screen of the frame's size opens it:
/// for the test that no key's label is cut.
pub fn draw_help(frame: &mut Frame, model: &Model, m: &Messages, theme: &Theme, mode: Mode) {
    let v = View::new(model, m, theme);
    let [_, body, _, _] = areas(frame.area());
    overlays::help(frame, body, &v, mode);
}

/// Each feature draws its own screens.
fn draw_screen(frame: &mut Frame, area: Rect, model: &Model, v: &View) {
    match &model.screen {
        Screen::Form(form) => auth::form::draw(
            frame,
            area,
            v,
            form,
            &model.login_names,
            model.wait_seconds(),
        ),
        Screen::Auth(screen) => auth::draw(frame, area, v, screen),
        Screen::Home(screen) => home::draw_screen(frame, area, v, screen, &model.her),
        Screen::Admin(screen) => admin::draw(frame, area, v, screen),
        Screen::Journal(screen) => journal::draw(frame, area, v, screen, &model.her),
        Screen::Goals(screen) => goals::draw(frame, area, v, screen, &model.her),
    }
}
