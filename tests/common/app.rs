//! Driving the app without a terminal: the pure `update`, and behind it the
//! real executor with a vault in a temp folder and a fake clock.

use langkah::app::effect::Effect;
use langkah::app::model::{AdminScreen, AuthScreen, HomeScreen};
use langkah::app::model::{CentreSettings, Form, MenuItem, Screen, User};
use langkah::app::{Action, Key, Model, Moment, update};
use langkah::datadir::DataDir;
use langkah::i18n::Lang;
use langkah::runtime::executor::Executor;
use langkah::vault::Vault;
use std::collections::VecDeque;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

pub use super::NOW;

pub fn moment(unix: i64, mono_ms: u64) -> Moment {
    Moment {
        unix,
        mono_ms,
        utc_offset_secs: 7 * 3600,
    }
}

pub fn centre() -> CentreSettings {
    CentreSettings {
        name: "Rumah Harapan".into(),
        language: Lang::Id,
        auto_lock_minutes: 5,
        show_names: false,
        setup_code_hours: 72,
        currency: "Rp".into(),
    }
}

pub fn key(model: &mut Model, key: Key) -> Vec<Effect> {
    let at = model.now;
    update(model, Action::Key { key, at })
}

pub fn type_text(model: &mut Model, text: &str) {
    for c in text.chars() {
        assert!(key(model, Key::Char(c)).is_empty());
    }
}

/// Presses ↓ until `item` of her home menu is selected.
pub fn select(model: &mut Model, item: MenuItem) {
    let role = model.her.user.as_ref().unwrap().role;
    let at = MenuItem::for_role(role)
        .iter()
        .position(|i| *i == item)
        .unwrap();
    for _ in 0..at {
        key(model, Key::Down);
    }
}

pub fn form(model: &Model) -> &Form {
    match &model.screen {
        Screen::Form(f) => f,
        other => panic!("expected a form, got {other:?}"),
    }
}

pub fn notice_id(model: &Model) -> Option<&'static str> {
    model.notice.as_ref().map(|n| n.text.id)
}

/// The real executor and vault behind the pure update, with a fake clock.
pub struct App {
    pub model: Model,
    pub exec: Executor,
    pub clock: Arc<AtomicI64>,
    pub tmp: tempfile::TempDir,
}

impl App {
    pub fn new() -> App {
        let tmp = tempfile::tempdir().unwrap();
        let clock = Arc::new(AtomicI64::new(NOW));
        let (model, exec) = App::start(&tmp, &clock);
        App {
            model,
            exec,
            clock,
            tmp,
        }
    }

    fn start(tmp: &tempfile::TempDir, clock: &Arc<AtomicI64>) -> (Model, Executor) {
        let dir = DataDir::open_or_create(&tmp.path().join("data")).unwrap();
        let exec = {
            let clock = Arc::clone(clock);
            Executor::new(
                Vault::open(&dir).unwrap(),
                Box::new(move || clock.load(Ordering::SeqCst)),
            )
        };
        let model = Model::new(
            exec.is_set_up(),
            exec.centre_settings(),
            vec![],
            moment(clock.load(Ordering::SeqCst), 0),
        );
        (model, exec)
    }

    /// As if the app had been closed (or had crashed) and started again.
    pub fn restart(&mut self) {
        let (model, exec) = App::start(&self.tmp, &self.clock);
        self.model = model;
        self.exec = exec;
    }

    /// Lets `seconds` pass on both clocks, as the runtime's ticks would.
    pub fn wait(&mut self, seconds: i64) {
        self.clock.fetch_add(seconds, Ordering::SeqCst);
        let now = Moment {
            unix: self.model.now.unix + seconds,
            mono_ms: self.model.now.mono_ms + seconds as u64 * 1000,
            utc_offset_secs: self.model.now.utc_offset_secs,
        };
        let effects = update(&mut self.model, Action::Tick(now));
        self.run(effects);
    }

    fn run(&mut self, effects: Vec<Effect>) {
        let mut queue: VecDeque<Effect> = effects.into();
        while let Some(effect) = queue.pop_front() {
            if let Some(outcome) = self.exec.run(effect) {
                queue.extend(update(&mut self.model, Action::Done(outcome)));
            }
        }
    }

    pub fn press(&mut self, k: Key) {
        let effects = key(&mut self.model, k);
        self.run(effects);
    }

    pub fn type_text(&mut self, text: &str) {
        for c in text.chars() {
            self.press(Key::Char(c));
        }
    }

    /// Fills the fields of the form on screen, pressing Enter after each.
    pub fn fill(&mut self, values: &[&str]) {
        for v in values {
            self.type_text(v);
            self.press(Key::Enter);
        }
    }

    pub fn shown_code(&self) -> String {
        match &self.model.screen {
            Screen::Auth(AuthScreen::RecoveryCode { code, .. })
            | Screen::Admin(AdminScreen::SetupCode { code, .. }) => code.to_string(),
            other => panic!("no code on screen: {other:?}"),
        }
    }

    pub fn keep_code(&mut self) -> String {
        let code = self.shown_code();
        self.press(Key::Char(' '));
        self.press(Key::Enter);
        code
    }

    pub fn user(&self) -> Option<&User> {
        self.model.her.user.as_ref()
    }

    /// Sets up the centre and Melati's unclaimed account; returns her setup code.
    pub fn set_up(&mut self) -> String {
        self.press(Key::Enter);
        self.fill(&[
            "Rumah Harapan",
            "Sari",
            "teh manis di pagi hari",
            "teh manis di pagi hari",
        ]);
        self.keep_code();
        self.fill(&["Melati"]);
        let code = self.shown_code();
        self.press(Key::Enter);
        assert_eq!(
            self.model.screen,
            Screen::Home(HomeScreen::Menu { selected: 0 })
        );
        self.press(Key::F(12));
        code
    }

    pub fn login(&mut self, alias: &str, passphrase: &str) {
        self.fill(&[alias, passphrase]);
    }
}
