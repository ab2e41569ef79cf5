//! Home for each role, and the privacy page.

use super::{DAY, HOUR, NOW, day, signed_in};
use langkah::app::goals::Goals;
use langkah::app::model::HomeScreen;
use langkah::app::model::{Model, Notice, Screen, Tone};
use langkah::app::scroll::Scroll;
use langkah::domain::goals::{BusinessGoal, BusinessStatus, Movement, SavingsGoal};
use langkah::domain::{Id, Role};
use langkah::i18n::Text;

#[test]
fn home_participant() {
    let mut model = signed_in(
        "Melati",
        Role::Participant,
        Screen::Home(HomeScreen::Menu { selected: 0 }),
    );
    if let Some(user) = &mut model.her.user {
        user.failed_logins = vec![NOW - 3 * DAY, NOW - 26 * HOUR];
    }
    snap!("home_participant", &mut model);
}

#[test]
fn home_after_damage_was_found() {
    let mut model = signed_in(
        "Bu Sari",
        Role::Facilitator,
        Screen::Home(HomeScreen::Menu { selected: 0 }),
    );
    model.her.damage = langkah::app::model::Damage {
        unreadable: 2,
        returned: 1,
        unopened_messages: 1,
        mismatch_fixed: true,
    };
    snap!("home_damage", &mut model);
}

#[test]
fn home_mentor() {
    let mut model = signed_in(
        "Kak Dewi",
        Role::Mentor,
        Screen::Home(HomeScreen::Menu { selected: 1 }),
    );
    snap!("home_mentor", &mut model);
}

#[test]
fn home_facilitator() {
    let mut model = signed_in(
        "Bu Sari",
        Role::Facilitator,
        Screen::Home(HomeScreen::Menu { selected: 4 }),
    );
    snap!("home_facilitator", &mut model);
}

#[test]
fn home_facilitator_failed_logins() {
    let mut model = signed_in(
        "Bu Sari",
        Role::Facilitator,
        Screen::Home(HomeScreen::Menu { selected: 0 }),
    );
    if let Some(user) = &mut model.her.user {
        user.failed_logins = vec![NOW - 5 * HOUR];
    }
    model.notice = Some(Notice {
        text: Text::new("notice-passphrase-changed"),
        tone: Tone::Info,
    });
    snap!("home_facilitator_failed_logins", &mut model);
}

#[test]
fn privacy() {
    let mut model = signed_in(
        "Melati",
        Role::Participant,
        Screen::Home(HomeScreen::Privacy {
            scroll: Scroll::default(),
        }),
    );
    snap!("privacy", &mut model);
    let mut model = signed_in(
        "Melati",
        Role::Participant,
        Screen::Home(HomeScreen::Privacy {
            scroll: Scroll::at(12),
        }),
    );
    snap!("privacy_scrolled", &mut model);
    // End asks for more than there is; the view stops at the last line.
    let mut model = signed_in(
        "Melati",
        Role::Participant,
        Screen::Home(HomeScreen::Privacy {
            scroll: Scroll::at(u16::MAX),
        }),
    );
    snap!("privacy_scrolled_to_end", &mut model);
}

fn saving(n: u8, saved: i64) -> (Id, SavingsGoal) {
    let goal = SavingsGoal {
        name: format!("Tujuan {n}"),
        target: 1_000_000,
        target_date: None,
        why: String::new(),
        movements: vec![Movement {
            amount: saved,
            date: day(2026, 11, 1),
            note: String::new(),
        }],
        archived: false,
        created_at: NOW - i64::from(n) * DAY,
    };
    (Id([n; 16]), goal)
}

fn plan(n: u8, status: BusinessStatus) -> (Id, BusinessGoal) {
    let plan = BusinessGoal {
        what: format!("Usaha {n}"),
        for_whom: String::new(),
        place: String::new(),
        capital_needed: 1_000_000,
        monthly_costs: 0,
        milestones: vec![],
        status,
        capital_goal: None,
        log: vec![],
        archived: false,
        created_at: NOW - i64::from(n) * DAY,
    };
    (Id([n; 16]), plan)
}

/// Melati after two wrong passphrases, with `savings` goals and `plans` plans.
fn busy_home(savings: u8, plans: u8) -> Model {
    let mut model = signed_in(
        "Melati",
        Role::Participant,
        Screen::Home(HomeScreen::Menu { selected: 0 }),
    );
    if let Some(user) = &mut model.her.user {
        user.failed_logins = vec![NOW - 3 * DAY, NOW - 26 * HOUR];
    }
    let statuses = [BusinessStatus::Preparing, BusinessStatus::Running];
    model.her.goals = Some(Goals::new(
        (1..=savings)
            .map(|n| saving(n, i64::from(n) * 150_000))
            .collect(),
        (1..=plans)
            .map(|n| plan(20 + n, statuses[usize::from(n) % 2]))
            .collect(),
    ));
    model
}

/// With the failed-login notice, her goals and plan still show at 80×24, and
/// what doesn't fit is counted, with the place to find it.
#[test]
fn home_participant_full() {
    snap!("home_participant_full", &mut busy_home(4, 1));
    snap!("home_participant_more", &mut busy_home(6, 4));
}

/// Where no blank row parts her figures from the menu, they still don't read
/// as one of its items: indented further, and dim like their headings.
#[test]
fn her_figures_stand_apart_from_the_menu() {
    use langkah::i18n::{Lang, Messages};
    use langkah::ui::{self, Theme};
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    let model = busy_home(4, 1);
    // In colour: without it (NO_COLOR), the indent alone parts them.
    let theme = Theme::new(false);
    let messages = Messages::new(Lang::Id);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    terminal
        .draw(|frame| ui::draw(frame, &model, &messages, &theme))
        .unwrap();
    let buffer = terminal.backend().buffer();
    let row = |needle: &str| {
        (0..24)
            .find(|&y| {
                let text: String = (0..80).map(|x| buffer[(x, y)].symbol()).collect();
                text.contains(needle)
            })
            .unwrap_or_else(|| panic!("{needle:?} not on screen"))
    };
    let first_letter = |y: u16| {
        (1..80)
            .find(|&x| !matches!(buffer[(x, y)].symbol(), " " | "│"))
            .unwrap()
    };
    let (figures, menu) = (row("modal terkumpul"), row("Tulis catatan baru"));
    assert_eq!(menu, figures + 1, "the case this test is about");
    assert!(first_letter(figures) > first_letter(menu));
    let figure_cell = &buffer[(first_letter(figures), figures)];
    assert_eq!(figure_cell.fg, theme.dim().fg.unwrap());
    assert_ne!(buffer[(first_letter(menu), menu)].fg, figure_cell.fg);
}
