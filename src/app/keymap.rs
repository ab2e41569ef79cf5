//! One table per mode: the keys, what they do, and the words shown for them.
//! Key dispatch, the footer and the help screen all read these tables, so what
//! she is told and what happens can't drift apart.
//!
//! The footer's rule (drawn in `ui/chrome.rs`, checked by `tests/footer.rs`):
//! every key that acts on what is shown has a hint; the keys that only move
//! (`Command::moves`) share one "↑↓" hint; F1 comes last. When that needs more
//! than two rows, hints make way for "F1 all keys", the ones not marked
//! `first` before the others, from the end of the table.

use super::keys::Key;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    Help,
    QuickHide,
    Quit,
    Back,
    Submit,
    NextField,
    PrevField,
    Up,
    Down,
    Left,
    Right,
    /// Ticks or unticks a checkbox (the recovery code kept, a plan's step done).
    Toggle,
    SwitchLanguage,
    Forgot,
    FirstLogin,
    AddAccount,
    ToggleAccount,
    NewCode,
    Confirm,
    Cancel,
    NewEntry,
    Search,
    Filters,
    Chart,
    Prompts,
    Edit,
    Delete,
    Save,
    ClearFilters,
    ToggleReflection,
    /// Shows or hides earlier entries of this date on her home screen.
    ToggleOnThisDay,
    PageUp,
    PageDown,
    NewBusiness,
    Archive,
    ShowArchived,
    Deposit,
    Withdraw,
    AddMilestone,
    LogDay,
    LinkCapital,
    /// A plan's logged days, to check and correct.
    DailySales,

    /// The top and the end of a page she reads.
    Top,
    Bottom,
    /// Ctrl+C: says how to leave, since it quits so many other programs.
    QuitHint,
}

impl Command {
    /// Moving around what is shown rather than acting on it. The footer sums
    /// these up in one hint; help lists each.
    pub fn moves(self) -> bool {
        matches!(
            self,
            Command::Up
                | Command::Down
                | Command::PageUp
                | Command::PageDown
                | Command::Top
                | Command::Bottom
                | Command::NextField
                | Command::PrevField
        )
    }
}

/// What kind of screen has the keyboard. Derived from the model.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// The first-run language choice: nowhere to go back to.
    Language,
    Choice,
    Form,
    Login,
    RecoveryCode,
    /// A new account's setup code, shown once.
    SetupCode,
    Menu,
    Accounts,
    Settings,
    /// A page to read, such as the privacy page.
    Page,
    Help,
    Confirm,
    JournalList,
    Search,
    Read,
    Editor,
    Prompts,
    Filters,
    Chart,
    DraftOffer,
    GoalList,
    Saving,
    Plan,
    /// A plan's logged days.
    Days,
    /// A form she may leave empty (the wizard's first participant): Esc skips it.
    SkippableForm,
}

impl Mode {
    /// Modes where letters are typed into a field, so `?` is text, not help.
    pub fn takes_text(self) -> bool {
        matches!(
            self,
            Mode::Form | Mode::SkippableForm | Mode::Login | Mode::Search | Mode::Editor
        )
    }
}

pub struct Binding {
    pub keys: &'static [Key],
    pub command: Command,
    /// Message id of the short label, for the footer and the help screen.
    pub label: &'static str,
    /// Kept in the footer before the other keys when they don't all fit.
    pub first: bool,
}

const fn bind(keys: &'static [Key], command: Command, label: &'static str, first: bool) -> Binding {
    Binding {
        keys,
        command,
        label,
        first,
    }
}

/// Work on every screen, the passphrase prompt included. Ctrl+G is the hide key
/// for keyboards without F-keys: the text editor and terminals leave it free
/// (Ctrl+H is Backspace on many terminals). Raw mode turns off the terminal's
/// own Ctrl+C, Ctrl+S and Ctrl+Q, so those reach the app too.
const GLOBAL: &[Binding] = &[
    bind(
        &[Key::F(12), Key::Ctrl('g')],
        Command::QuickHide,
        "key-hide",
        true,
    ),
    bind(&[Key::F(1)], Command::Help, "key-help", true),
    // Ctrl+Q for terminals that keep F10 (raw mode passes it through).
    bind(
        &[Key::F(10), Key::Ctrl('q')],
        Command::Quit,
        "key-quit",
        false,
    ),
    bind(&[Key::Ctrl('c')], Command::QuitHint, "key-quit-hint", false),
];

/// `?` opens help too, where no text field has focus: the footer shows it
/// beside F1, which some terminals keep for themselves.
const HELP_ANY: Binding = bind(
    &[Key::F(1), Key::Char('?')],
    Command::Help,
    "key-help",
    true,
);

const LANGUAGE: &[Binding] = &[
    bind(&[Key::Up], Command::Up, "key-up", true),
    bind(&[Key::Down], Command::Down, "key-down", true),
    bind(&[Key::Enter], Command::Submit, "key-choose", true),
];

const CHOICE: &[Binding] = &[
    bind(&[Key::Up], Command::Up, "key-up", true),
    bind(&[Key::Down], Command::Down, "key-down", true),
    bind(&[Key::Enter], Command::Submit, "key-choose", true),
    bind(&[Key::Esc], Command::Back, "key-back", true),
];

const FORM: &[Binding] = &[
    bind(&[Key::Enter], Command::Submit, "key-next", true),
    bind(
        &[Key::Tab, Key::Down],
        Command::NextField,
        "key-next-field",
        false,
    ),
    bind(
        &[Key::BackTab, Key::Up],
        Command::PrevField,
        "key-prev-field",
        false,
    ),
    bind(&[Key::Esc], Command::Back, "key-back", true),
];

const SKIPPABLE_FORM: &[Binding] = &[
    bind(&[Key::Enter], Command::Submit, "key-next", true),
    bind(
        &[Key::Tab, Key::Down],
        Command::NextField,
        "key-next-field",
        false,
    ),
    bind(
        &[Key::BackTab, Key::Up],
        Command::PrevField,
        "key-prev-field",
        false,
    ),
    bind(&[Key::Esc], Command::Back, "key-skip", true),
];

const LOGIN: &[Binding] = &[
    bind(&[Key::Enter], Command::Submit, "key-login", true),
    bind(
        &[Key::Tab, Key::Down],
        Command::NextField,
        "key-next-field",
        false,
    ),
    bind(
        &[Key::BackTab, Key::Up],
        Command::PrevField,
        "key-prev-field",
        false,
    ),
    bind(&[Key::F(2)], Command::SwitchLanguage, "key-language", true),
    bind(&[Key::F(3)], Command::Forgot, "key-forgot", true),
    bind(&[Key::F(4)], Command::FirstLogin, "key-first-login", true),
];

const RECOVERY_CODE: &[Binding] = &[
    bind(&[Key::Char(' ')], Command::Toggle, "key-tick-kept", true),
    bind(&[Key::Enter], Command::Submit, "key-continue", true),
    bind(&[Key::Esc], Command::Back, "key-cancel", true),
];

const NOTICE: &[Binding] = &[bind(
    &[Key::Enter, Key::Esc],
    Command::Submit,
    "key-continue",
    true,
)];

const MENU: &[Binding] = &[
    bind(&[Key::Up], Command::Up, "key-up", true),
    bind(&[Key::Down], Command::Down, "key-down", true),
    bind(&[Key::Enter], Command::Submit, "key-open", true),
    bind(&[Key::F(2)], Command::SwitchLanguage, "key-language", true),
];

const ACCOUNTS: &[Binding] = &[
    bind(&[Key::Up], Command::Up, "key-up", true),
    bind(&[Key::Down], Command::Down, "key-down", true),
    bind(
        &[Key::Char('a')],
        Command::AddAccount,
        "key-add-account",
        true,
    ),
    bind(
        &[Key::Char('s')],
        Command::ToggleAccount,
        "key-toggle-account",
        true,
    ),
    bind(&[Key::Char('k')], Command::NewCode, "key-new-code", false),
    bind(
        &[Key::Char('r')],
        Command::Delete,
        "key-remove-account",
        false,
    ),
    bind(&[Key::Esc], Command::Back, "key-back", true),
];

const SETTINGS: &[Binding] = &[
    bind(&[Key::Up], Command::Up, "key-up", true),
    bind(&[Key::Down], Command::Down, "key-down", true),
    bind(&[Key::Left], Command::Left, "key-less", true),
    bind(&[Key::Right], Command::Right, "key-more", true),
    bind(&[Key::Esc], Command::Back, "key-back", true),
];

/// Moving through a page she reads, by wrapped rows (`app::scroll`).
const SCROLL_UP: Binding = bind(&[Key::Up], Command::Up, "key-up", true);
const SCROLL_DOWN: Binding = bind(&[Key::Down], Command::Down, "key-down", true);
const PAGE_UP: Binding = bind(&[Key::PageUp], Command::PageUp, "key-page-up", false);
const PAGE_DOWN: Binding = bind(&[Key::PageDown], Command::PageDown, "key-page-down", true);
const TOP: Binding = bind(&[Key::Home], Command::Top, "key-top", false);
const BOTTOM: Binding = bind(&[Key::End], Command::Bottom, "key-bottom", true);

const READING: &[Binding] = &[
    SCROLL_UP,
    SCROLL_DOWN,
    PAGE_UP,
    PAGE_DOWN,
    TOP,
    BOTTOM,
    bind(&[Key::Esc], Command::Back, "key-back", true),
];

const HELP: &[Binding] = &[bind(
    &[Key::Esc, Key::F(1), Key::Char('?')],
    Command::Back,
    "key-close-help",
    true,
)];

const CONFIRM: &[Binding] = &[
    // Only `y` says yes: Enter, pressed out of habit, must not delete anything.
    bind(&[Key::Char('y')], Command::Confirm, "key-yes", true),
    bind(
        &[Key::Char('n'), Key::Char('t')],
        Command::Cancel,
        "key-no",
        true,
    ),
    bind(&[Key::Esc], Command::Back, "key-back", true),
];

const JOURNAL_LIST: &[Binding] = &[
    bind(&[Key::Up], Command::Up, "key-up", false),
    bind(&[Key::Down], Command::Down, "key-down", false),
    bind(&[Key::PageUp], Command::PageUp, "key-page-up", false),
    bind(&[Key::PageDown], Command::PageDown, "key-page-down", false),
    bind(&[Key::Enter], Command::Submit, "key-read", true),
    bind(&[Key::Char('n')], Command::NewEntry, "key-new-entry", true),
    bind(&[Key::Char('/')], Command::Search, "key-search", true),
    bind(&[Key::Char('f')], Command::Filters, "key-filters", true),
    bind(&[Key::Char('c')], Command::Chart, "key-chart", true),
    bind(&[Key::Char('p')], Command::Prompts, "key-prompts", false),
    bind(
        &[Key::Char('o')],
        Command::ToggleOnThisDay,
        "key-on-this-day",
        false,
    ),
    bind(&[Key::Esc], Command::Back, "key-back", true),
];

const SEARCH: &[Binding] = &[
    bind(
        &[Key::Enter, Key::Down, Key::Tab],
        Command::Submit,
        "key-search-done",
        true,
    ),
    bind(&[Key::Esc], Command::Back, "key-search-clear", true),
];

const READ: &[Binding] = &[
    SCROLL_UP,
    SCROLL_DOWN,
    PAGE_UP,
    PAGE_DOWN,
    TOP,
    BOTTOM,
    bind(&[Key::Char('e')], Command::Edit, "key-edit", true),
    bind(&[Key::Char('d')], Command::Delete, "key-delete", true),
    bind(&[Key::Esc], Command::Back, "key-back", true),
];

/// In the editor every other key goes to the text. Ctrl+S saves too, for
/// laptops that need Fn for F2 (raw mode keeps the terminal from taking it).
const EDITOR: &[Binding] = &[
    bind(
        &[Key::F(2), Key::Ctrl('s')],
        Command::Save,
        "key-save",
        true,
    ),
    bind(&[Key::Tab], Command::NextField, "key-next-field", true),
    bind(&[Key::BackTab], Command::PrevField, "key-prev-field", false),
    bind(&[Key::Esc], Command::Back, "key-close", true),
];

const PROMPTS: &[Binding] = &[
    bind(&[Key::Up], Command::Up, "key-up", true),
    bind(&[Key::Down], Command::Down, "key-down", true),
    bind(&[Key::Enter], Command::Submit, "key-choose", true),
    bind(
        &[Key::Char('r')],
        Command::ToggleReflection,
        "key-reflection",
        true,
    ),
    bind(&[Key::Esc], Command::Back, "key-back", true),
];

const FILTERS: &[Binding] = &[
    bind(&[Key::Up], Command::Up, "key-up", false),
    bind(&[Key::Down], Command::Down, "key-down", false),
    bind(&[Key::Left], Command::Left, "key-prev-choice", true),
    bind(&[Key::Right], Command::Right, "key-next-choice", true),
    bind(
        &[Key::Char('x')],
        Command::ClearFilters,
        "key-clear-filters",
        true,
    ),
    bind(
        &[Key::Esc, Key::Enter],
        Command::Back,
        "key-show-entries",
        true,
    ),
];

const CHART: &[Binding] = &[
    bind(
        &[Key::Left, Key::Right, Key::Tab],
        Command::Right,
        "key-chart-range",
        true,
    ),
    bind(&[Key::Esc], Command::Back, "key-back", true),
];

const DRAFT_OFFER: &[Binding] = &[
    bind(&[Key::Enter], Command::Submit, "key-continue-writing", true),
    bind(&[Key::Char('d')], Command::Delete, "key-discard", true),
    bind(&[Key::Esc], Command::Back, "key-later", true),
];

const GOAL_LIST: &[Binding] = &[
    bind(&[Key::Up], Command::Up, "key-up", false),
    bind(&[Key::Down], Command::Down, "key-down", false),
    bind(&[Key::Enter], Command::Submit, "key-open", true),
    bind(
        &[Key::Char('n')],
        Command::NewEntry,
        "key-new-savings",
        true,
    ),
    bind(
        &[Key::Char('b')],
        Command::NewBusiness,
        "key-new-business",
        true,
    ),
    bind(&[Key::Char('a')], Command::Archive, "key-archive", true),
    bind(
        &[Key::Char('h')],
        Command::ShowArchived,
        "key-show-archived",
        true,
    ),
    bind(&[Key::Char('d')], Command::Delete, "key-delete", true),
    bind(&[Key::Esc], Command::Back, "key-back", true),
];

const SAVING: &[Binding] = &[
    bind(&[Key::Up], Command::Up, "key-up", false),
    bind(&[Key::Down], Command::Down, "key-down", false),
    bind(&[Key::Char('+')], Command::Deposit, "key-deposit", true),
    bind(&[Key::Char('-')], Command::Withdraw, "key-withdraw", true),
    bind(&[Key::Enter], Command::Submit, "key-edit-movement", true),
    bind(
        &[Key::Char('d')],
        Command::Delete,
        "key-remove-movement",
        true,
    ),
    bind(&[Key::Char('e')], Command::Edit, "key-edit-goal", true),
    bind(&[Key::Esc], Command::Back, "key-back", true),
];

const PLAN: &[Binding] = &[
    bind(&[Key::Up], Command::Up, "key-up", false),
    bind(&[Key::Down], Command::Down, "key-down", false),
    bind(&[Key::Enter], Command::Submit, "key-open-step", true),
    bind(
        &[Key::Char(' ')],
        Command::Toggle,
        "key-tick-milestone",
        true,
    ),
    bind(
        &[Key::Char('m')],
        Command::AddMilestone,
        "key-add-milestone",
        true,
    ),
    bind(&[Key::Char('c')], Command::LogDay, "key-log-day", true),
    bind(
        &[Key::Char('j')],
        Command::DailySales,
        "key-daily-sales",
        true,
    ),
    bind(&[Key::Left], Command::Left, "key-status", false),
    bind(&[Key::Right], Command::Right, "key-status", true),
    bind(
        &[Key::Char('l')],
        Command::LinkCapital,
        "key-link-capital",
        false,
    ),
    bind(&[Key::Esc], Command::Back, "key-back", true),
    bind(&[Key::Char('e')], Command::Edit, "key-edit", false),
    bind(&[Key::Char('x')], Command::Delete, "key-remove-step", false),
];

const DAYS: &[Binding] = &[
    bind(&[Key::Up], Command::Up, "key-up", false),
    bind(&[Key::Down], Command::Down, "key-down", false),
    bind(&[Key::Enter], Command::Submit, "key-edit-day", true),
    bind(&[Key::Char('d')], Command::Delete, "key-remove-day", true),
    bind(&[Key::Char('c')], Command::LogDay, "key-log-day", true),
    bind(&[Key::Esc], Command::Back, "key-back", true),
];

fn own(mode: Mode) -> &'static [Binding] {
    match mode {
        Mode::Language => LANGUAGE,
        Mode::Choice => CHOICE,
        Mode::Form => FORM,
        Mode::Login => LOGIN,
        Mode::RecoveryCode => RECOVERY_CODE,
        Mode::SetupCode => NOTICE,
        Mode::Menu => MENU,
        Mode::Accounts => ACCOUNTS,
        Mode::Settings => SETTINGS,
        Mode::Page => READING,
        Mode::Help => HELP,
        Mode::Confirm => CONFIRM,
        Mode::JournalList => JOURNAL_LIST,
        Mode::Search => SEARCH,
        Mode::Read => READ,
        Mode::Editor => EDITOR,
        Mode::Prompts => PROMPTS,
        Mode::Filters => FILTERS,
        Mode::Chart => CHART,
        Mode::DraftOffer => DRAFT_OFFER,
        Mode::GoalList => GOAL_LIST,
        Mode::Saving => SAVING,
        Mode::Plan => PLAN,
        Mode::Days => DAYS,
        Mode::SkippableForm => SKIPPABLE_FORM,
    }
}

/// Every binding that works in `mode`: its own first, then the global ones.
pub fn bindings(mode: Mode) -> Vec<&'static Binding> {
    let mut all: Vec<&'static Binding> = own(mode).iter().collect();
    for global in GLOBAL {
        match global.command {
            Command::Help if mode == Mode::Help => {}
            Command::Help if !mode.takes_text() => all.push(&HELP_ANY),
            _ => all.push(global),
        }
    }
    all
}

/// How the keys for `command` are written, such as "F10 / Ctrl+Q".
pub fn keys_for(mode: Mode, command: Command) -> String {
    bindings(mode)
        .into_iter()
        .filter(|b| b.command == command)
        .flat_map(|b| b.keys.iter().map(|k| k.label()))
        .collect::<Vec<_>>()
        .join(" / ")
}

/// What `key` does in `mode`, if anything.
pub fn lookup(mode: Mode, key: Key) -> Option<Command> {
    bindings(mode)
        .into_iter()
        .find(|b| b.keys.contains(&key))
        .map(|b| b.command)
}

/// Every mode, for tests that go through them all. `position` below makes a new
/// mode fail to compile until it has a place here.
pub const ALL_MODES: [Mode; 25] = [
    Mode::Language,
    Mode::Choice,
    Mode::Form,
    Mode::Login,
    Mode::RecoveryCode,
    Mode::SetupCode,
    Mode::Menu,
    Mode::Accounts,
    Mode::Settings,
    Mode::Page,
    Mode::Help,
    Mode::Confirm,
    Mode::JournalList,
    Mode::Search,
    Mode::Read,
    Mode::Editor,
    Mode::Prompts,
    Mode::Filters,
    Mode::Chart,
    Mode::DraftOffer,
    Mode::GoalList,
    Mode::Saving,
    Mode::Plan,
    Mode::Days,
    Mode::SkippableForm,
];

#[cfg(test)]
mod tests {
    use super::*;

    /// Each mode's place in `ALL_MODES`. No wildcard: a new mode is a compile
    /// error here, and the test below then makes it join the list.
    fn position(mode: Mode) -> usize {
        match mode {
            Mode::Language => 0,
            Mode::Choice => 1,
            Mode::Form => 2,
            Mode::Login => 3,
            Mode::RecoveryCode => 4,
            Mode::SetupCode => 5,
            Mode::Menu => 6,
            Mode::Accounts => 7,
            Mode::Settings => 8,
            Mode::Page => 9,
            Mode::Help => 10,
            Mode::Confirm => 11,
            Mode::JournalList => 12,
            Mode::Search => 13,
            Mode::Read => 14,
            Mode::Editor => 15,
            Mode::Prompts => 16,
            Mode::Filters => 17,
            Mode::Chart => 18,
            Mode::DraftOffer => 19,
            Mode::GoalList => 20,
            Mode::Saving => 21,
            Mode::Plan => 22,
            Mode::Days => 23,
            Mode::SkippableForm => 24,
        }
    }

    #[test]
    fn every_mode_is_in_the_list_once() {
        for (i, mode) in ALL_MODES.into_iter().enumerate() {
            assert_eq!(position(mode), i, "{mode:?}");
        }
    }

    #[test]
    fn quick_hide_works_in_every_mode_with_both_keys() {
        for mode in ALL_MODES {
            assert_eq!(
                lookup(mode, Key::F(12)),
                Some(Command::QuickHide),
                "{mode:?}"
            );
            assert_eq!(
                lookup(mode, Key::Ctrl('g')),
                Some(Command::QuickHide),
                "{mode:?}"
            );
        }
    }

    #[test]
    fn no_key_means_two_things_in_one_mode() {
        for mode in ALL_MODES {
            let mut seen = std::collections::HashSet::new();
            for b in bindings(mode) {
                for k in b.keys {
                    assert!(seen.insert(*k), "{k:?} twice in {mode:?}");
                }
            }
        }
    }

    #[test]
    fn question_mark_is_text_where_she_types() {
        assert_eq!(lookup(Mode::Login, Key::Char('?')), None);
        assert_eq!(lookup(Mode::Form, Key::Char('?')), None);
        assert_eq!(lookup(Mode::Menu, Key::Char('?')), Some(Command::Help));
        for mode in ALL_MODES {
            assert!(lookup(mode, Key::F(1)).is_some(), "{mode:?}");
        }
    }

    /// For terminals that keep F1 or F10: Ctrl+Q quits and Ctrl+C says how,
    /// everywhere; `?` opens help wherever nothing is typed, and the footer
    /// shows it beside F1.
    #[test]
    fn help_and_quit_have_keys_besides_f1_and_f10() {
        for mode in ALL_MODES {
            assert_eq!(
                lookup(mode, Key::Ctrl('q')),
                Some(Command::Quit),
                "{mode:?}"
            );
            assert_eq!(
                lookup(mode, Key::Ctrl('c')),
                Some(Command::QuitHint),
                "{mode:?}"
            );
            if !mode.takes_text() && mode != Mode::Help {
                let help = bindings(mode)
                    .into_iter()
                    .find(|b| b.command == Command::Help)
                    .unwrap();
                assert!(
                    help.first && help.keys.contains(&Key::Char('?')),
                    "{mode:?}"
                );
            }
        }
        assert_eq!(keys_for(Mode::Editor, Command::Quit), "F10 / Ctrl+Q");
        assert_eq!(lookup(Mode::Editor, Key::Ctrl('s')), Some(Command::Save));
    }
}
