//! Everything the screens show, and nothing that can open her vault: keys and
//! sessions stay with the runtime's executor.

pub use super::admin::screen::{AccountLine, AdminConfirm, AdminScreen};
pub use super::auth::screen::{AuthScreen, Flow};
pub use super::form::{Field, Form, Purpose, Suggestion};
pub use super::goals::screen::{GoalsConfirm, GoalsScreen};
pub use super::home::screen::HomeScreen;
pub use super::journal::screen::{JournalConfirm, JournalScreen};
use super::journal::{Editor, Journal};
use super::keymap::Mode;
pub use super::notice::{Notice, Tone};
use crate::domain::Role;
use crate::domain::journal::Draft;
use crate::i18n::Lang;
use chrono::{NaiveDate, NaiveDateTime};

/// A point in time as the runtime read it. Wall time catches a PC that was
/// suspended (the monotonic clock may stop while asleep); the monotonic clock
/// catches a wall clock set back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Moment {
    pub unix: i64,
    pub mono_ms: u64,
    /// The local time zone's offset from UTC, for dates and times on screen.
    pub utc_offset_secs: i32,
}

impl Moment {
    /// A Unix time as local date and time, in this moment's time zone.
    pub fn local(&self, unix: i64) -> NaiveDateTime {
        let shifted = unix.saturating_add(i64::from(self.utc_offset_secs));
        chrono::DateTime::from_timestamp(shifted, 0)
            .unwrap_or_default()
            .naive_utc()
    }

    pub fn today(&self) -> NaiveDate {
        self.local(self.unix).date()
    }
}

/// The smallest terminal the screens are laid out for. Smaller, and the model
/// only hides or quits (`too_small`).
pub const MIN_WIDTH: u16 = 80;
pub const MIN_HEIGHT: u16 = 24;

/// Centre settings the app needs while running.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CentreSettings {
    /// The centre's name: a word a guesser would try, so a new passphrase
    /// must not lean on it.
    pub name: String,
    pub language: Lang,
    pub auto_lock_minutes: i64,
    pub show_names: bool,
    pub setup_code_hours: i64,
    /// The currency symbol, "Rp" unless the centre chose another.
    pub currency: String,
}

/// Who is logged in. No keys: those stay with the executor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct User {
    pub alias: String,
    pub role: Role,
    /// Wrong-passphrase attempts since her last login (Unix times).
    pub failed_logins: Vec<i64>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MenuItem {
    Write,
    WriteWithPrompt,
    Journal,
    Goals,
    Accounts,
    Settings,
    Privacy,
    ChangePassphrase,
    Lock,
}

impl MenuItem {
    pub fn for_role(role: Role) -> &'static [MenuItem] {
        match role {
            Role::Facilitator => &[
                MenuItem::Accounts,
                MenuItem::Settings,
                MenuItem::Privacy,
                MenuItem::ChangePassphrase,
                MenuItem::Lock,
            ],
            Role::Participant => &[
                MenuItem::Write,
                MenuItem::WriteWithPrompt,
                MenuItem::Journal,
                MenuItem::Goals,
                MenuItem::Privacy,
                MenuItem::ChangePassphrase,
                MenuItem::Lock,
            ],
            Role::Mentor => &[
                MenuItem::Privacy,
                MenuItem::ChangePassphrase,
                MenuItem::Lock,
            ],
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            MenuItem::Write => "menu-write",
            MenuItem::WriteWithPrompt => "menu-write-with-prompt",
            MenuItem::Journal => "menu-journal",
            MenuItem::Goals => "menu-goals",
            MenuItem::Accounts => "menu-accounts",
            MenuItem::Settings => "menu-settings",
            MenuItem::Privacy => "menu-privacy",
            MenuItem::ChangePassphrase => "menu-change-passphrase",
            MenuItem::Lock => "menu-lock",
        }
    }
}

/// The centre settings a facilitator can change, in screen order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SettingItem {
    Language,
    AutoLock,
    ShowNames,
    Currency,
}

impl SettingItem {
    pub const ALL: [SettingItem; 4] = [
        SettingItem::Language,
        SettingItem::AutoLock,
        SettingItem::ShowNames,
        SettingItem::Currency,
    ];
}

/// The auto-lock choices, in minutes.
pub const AUTO_LOCK_CHOICES: [i64; 7] = [1, 2, 3, 5, 10, 15, 30];

pub const ROLE_CHOICES: [Role; 3] = [Role::Participant, Role::Mentor, Role::Facilitator];

/// The screen she sees, by the feature that owns it. Forms are shared: a form's
/// purpose says which feature it belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Screen {
    Form(Form),
    Auth(AuthScreen),
    Home(HomeScreen),
    Admin(AdminScreen),
    Journal(JournalScreen),
    Goals(GoalsScreen),
}

/// The journal filter rows, in screen order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FilterItem {
    Tag,
    Mood,
    /// Quick choices: the last 7, 30, 90 or 365 days.
    Period,
    /// Her own range, a day at a time.
    From,
    To,
}

impl FilterItem {
    pub const ALL: [FilterItem; 5] = [
        FilterItem::Tag,
        FilterItem::Mood,
        FilterItem::Period,
        FilterItem::From,
        FilterItem::To,
    ];
}

/// The date-range choices of the filter, in days back from today (0: all).
pub const PERIODS: [u32; 5] = [0, 7, 30, 90, 365];

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Overlay {
    Help,
    Confirm(Confirm),
}

/// A question on top of a screen, by the feature that asks it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Confirm {
    Admin(AdminConfirm),
    Journal(JournalConfirm),
    Goals(GoalsConfirm),
}

/// What could not be opened, or came back, since she logged in. Told calmly on
/// her home screen; nothing here says who might have done it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Damage {
    /// Records that did not open (damaged or altered): the rest are shown.
    pub unreadable: usize,
    /// Records she had deleted that came back, and were deleted again.
    pub returned: usize,
    /// Messages in her inbox that could not be opened, and were removed.
    pub unopened_messages: usize,
    /// Something in her account row did not match her keys, and was put right.
    pub mismatch_fixed: bool,
}

impl Damage {
    pub fn add(&mut self, more: Damage) {
        self.unreadable += more.unreadable;
        self.returned += more.returned;
        self.unopened_messages += more.unopened_messages;
        self.mismatch_fixed |= more.mismatch_fixed;
    }

    pub fn is_none(&self) -> bool {
        *self == Damage::default()
    }
}

/// What belongs to whoever is logged in: who she is, and what she opened.
/// Nothing in it can open her vault: keys stay with the executor.
#[derive(Default)]
pub struct Her {
    pub user: Option<User>,
    /// Her journal (participants only), once loaded.
    pub journal: Option<Journal>,
    pub editor: Option<Editor>,
    /// Unfinished writing from earlier, offered back one at a time at login.
    pub offered_drafts: Vec<Draft>,
    /// Her goals (participants only), once loaded.
    pub goals: Option<super::goals::Goals>,
    /// A goal form sealed at the last lock, handed back when she opens her goals.
    pub pending_form: Option<crate::domain::records::FormDraft>,
    /// The filter period chosen, as a position in `PERIODS`.
    pub period: usize,
    pub damage: Damage,
}

impl Her {
    /// True when nothing of hers is held. It names every field (no `..`), so a
    /// new field can't be left out of this check.
    pub fn is_empty(&self) -> bool {
        let Her {
            user,
            journal,
            editor,
            offered_drafts,
            goals,
            pending_form,
            period,
            damage,
        } = self;
        user.is_none()
            && journal.is_none()
            && editor.is_none()
            && offered_drafts.is_empty()
            && goals.is_none()
            && pending_form.is_none()
            && *period == 0
            && damage.is_none()
    }
}

pub struct Model {
    /// The language on screen now.
    pub lang: Lang,
    pub centre: CentreSettings,
    /// False until the first-run wizard has finished its first step.
    pub set_up: bool,
    /// Names offered on the login screen, when the centre switched that on.
    pub login_names: Vec<String>,
    pub screen: Screen,
    pub overlay: Option<Overlay>,
    pub notice: Option<Notice>,
    /// Waiting for the executor (the passphrase work takes about a second).
    pub busy: bool,
    /// After too many wrong tries, the monotonic time before which login waits.
    pub wait_until_ms: Option<u64>,
    /// The name that wait is for (lower case): others may still log in.
    pub wait_alias: Option<String>,
    /// The terminal is smaller than the screens need; only hiding and quitting work.
    pub too_small: bool,
    pub now: Moment,
    pub last_input: Moment,
    pub quit: bool,
    /// Everything of whoever is logged in. A lock replaces it whole, so a
    /// field added here later is wiped with the rest without anyone
    /// remembering to.
    pub her: Her,
}

impl Model {
    pub fn new(
        set_up: bool,
        centre: CentreSettings,
        login_names: Vec<String>,
        now: Moment,
    ) -> Model {
        Model {
            lang: centre.language,
            centre,
            set_up,
            login_names,
            screen: Model::start_screen(set_up),
            overlay: None,
            notice: None,
            busy: false,
            wait_until_ms: None,
            wait_alias: None,
            too_small: false,
            now,
            last_input: now,
            quit: false,
            her: Her::default(),
        }
    }

    /// Back to the home menu, with nothing said.
    pub fn go_home(&mut self) {
        self.notice = None;
        self.screen = Screen::Home(HomeScreen::Menu { selected: 0 });
    }

    /// The neutral screen: login, or the wizard's first step on a new centre.
    pub fn start_screen(set_up: bool) -> Screen {
        if set_up {
            Screen::Form(Form::new(Purpose::Login))
        } else {
            Screen::Auth(AuthScreen::Language { selected: 0 })
        }
    }

    pub fn mode(&self) -> Mode {
        match &self.overlay {
            Some(Overlay::Help) => return Mode::Help,
            Some(Overlay::Confirm(_)) => return Mode::Confirm,
            None => {}
        }
        self.screen_mode()
    }

    /// The mode of the screen under any overlay (help shows its keys).
    pub fn screen_mode(&self) -> Mode {
        match &self.screen {
            Screen::Form(f) if f.purpose == Purpose::Login => Mode::Login,
            Screen::Form(f) if f.purpose == Purpose::FirstParticipant => Mode::SkippableForm,
            Screen::Form(_) => Mode::Form,
            Screen::Auth(s) => s.mode(),
            Screen::Home(s) => s.mode(),
            Screen::Admin(s) => s.mode(),
            Screen::Journal(s) => s.mode(self.her.journal.as_ref().is_some_and(|j| j.searching)),
            Screen::Goals(s) => s.mode(),
        }
    }

    /// Seconds she still has to wait before the next login try, if any.
    pub fn wait_seconds(&self) -> Option<u64> {
        let until = self.wait_until_ms?;
        let Screen::Form(form) = &self.screen else {
            return None;
        };
        let typed = form.trimmed(&super::auth::forms::ALIAS).to_lowercase();
        if form.purpose != Purpose::Login || self.wait_alias.as_deref() != Some(typed.as_str()) {
            return None;
        }
        (until > self.now.mono_ms).then(|| (until - self.now.mono_ms).div_ceil(1000))
    }

    /// True when locking would wipe something: a session, typed text, a code.
    pub fn holds_anything(&self) -> bool {
        !self.her.is_empty()
            || match &self.screen {
                Screen::Form(f) => !f.is_blank(),
                Screen::Auth(AuthScreen::RecoveryCode { .. })
                | Screen::Admin(AdminScreen::SetupCode { .. }) => true,
                _ => false,
            }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// No wildcards: a new item is a compile error here until it joins `ALL`.
    #[test]
    fn every_setting_and_filter_row_is_listed_once() {
        for (i, item) in SettingItem::ALL.into_iter().enumerate() {
            let at = match item {
                SettingItem::Language => 0,
                SettingItem::AutoLock => 1,
                SettingItem::ShowNames => 2,
                SettingItem::Currency => 3,
            };
            assert_eq!(at, i, "{item:?}");
        }
        for (i, item) in FilterItem::ALL.into_iter().enumerate() {
            let at = match item {
                FilterItem::Tag => 0,
                FilterItem::Mood => 1,
                FilterItem::Period => 2,
                FilterItem::From => 3,
                FilterItem::To => 4,
            };
            assert_eq!(at, i, "{item:?}");
        }
    }
}
