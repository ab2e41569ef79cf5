//! The home menu and the privacy page, as part of `update`.

use super::back::back_home;
use crate::app::admin::update::open_accounts;
use crate::app::effect::{Effect, HomeEffect};
use crate::app::journal::screen::CameFrom;
use crate::app::keymap::Command;
use crate::app::lock::lock;
use crate::app::model::*;
use crate::app::scroll::Scroll;
use crate::app::{goals, journal};

pub fn on_command(model: &mut Model, command: Command) -> Vec<Effect> {
    let items = model
        .her
        .user
        .as_ref()
        .map_or(&[][..], |u| MenuItem::for_role(u.role));
    match (&mut model.screen, command) {
        (Screen::Home(HomeScreen::Menu { selected }), Command::Up) => {
            *selected = selected.saturating_sub(1)
        }
        (Screen::Home(HomeScreen::Menu { selected }), Command::Down) => {
            *selected = (*selected + 1).min(items.len().saturating_sub(1));
        }
        (Screen::Home(HomeScreen::Menu { selected }), Command::Submit) => {
            if let Some(item) = items.get(*selected).copied() {
                return open(model, item);
            }
        }
        (Screen::Home(HomeScreen::Menu { .. }), Command::SwitchLanguage) => {
            model.lang = model.lang.other();
            return vec![Effect::Home(HomeEffect::SaveLanguage(model.lang))];
        }
        (
            Screen::Home(HomeScreen::Privacy { scroll }),
            Command::Up
            | Command::Down
            | Command::PageUp
            | Command::PageDown
            | Command::Top
            | Command::Bottom,
        ) => scroll.apply(command),
        (Screen::Home(HomeScreen::Privacy { .. }), Command::Back) => {
            back_home(model, MenuItem::Privacy)
        }
        _ => {}
    }
    vec![]
}

fn open(model: &mut Model, item: MenuItem) -> Vec<Effect> {
    model.notice = None;
    match item {
        MenuItem::Write => {
            let from = CameFrom::Home { prompt: false };
            return journal::update::new_entry(model, None, from);
        }
        MenuItem::WriteWithPrompt => {
            model.screen = Screen::Journal(JournalScreen::Prompts {
                set: None,
                selected: 0,
                from: CameFrom::Home { prompt: true },
            });
        }
        MenuItem::Journal => model.screen = Screen::Journal(JournalScreen::List),
        MenuItem::Goals => {
            model.screen = Screen::Goals(GoalsScreen::Overview { selected: 0 });
            goals::update::hand_back_form(model);
        }
        MenuItem::Accounts => return open_accounts(model),
        MenuItem::Settings => model.screen = Screen::Admin(AdminScreen::Settings { selected: 0 }),
        MenuItem::Privacy => {
            model.screen = Screen::Home(HomeScreen::Privacy {
                scroll: Scroll::default(),
            })
        }
        MenuItem::ChangePassphrase => {
            model.screen = Screen::Form(Form::new(Purpose::ChangePassphrase));
        }
        MenuItem::Lock => return lock(model),
    }
    vec![]
}
