//! Goals through the app, with the real executor and vault behind it: a savings
//! goal with deposits and withdrawals, archiving and deleting, and a business
//! plan with steps, a capital link and its daily log.

mod common;

use common::app::*;
use langkah::app::Key;
use langkah::app::goals::{Goals, forms};
use langkah::app::model::{Confirm, MenuItem, Overlay, Screen};
use langkah::app::model::{GoalsConfirm, GoalsScreen};
use langkah::domain::goals::{BusinessStatus, Projection};

const PASS: &str = "bunga melati putih";

fn melati_at_goals() -> App {
    let mut app = App::new();
    let code = app.set_up();
    app.press(Key::F(4));
    app.fill(&["Melati", &code, PASS, PASS]);
    app.keep_code();
    assert!(app.model.her.goals.is_some(), "her goals open at login");
    select(&mut app.model, MenuItem::Goals);
    app.press(Key::Enter);
    assert_eq!(
        app.model.screen,
        Screen::Goals(GoalsScreen::Overview { selected: 0 })
    );
    app
}

fn goals(app: &App) -> &Goals {
    app.model.her.goals.as_ref().unwrap()
}

fn problem(app: &App) -> &'static str {
    app.model.notice.as_ref().map_or("", |n| n.text.id)
}

#[test]
fn a_savings_goal_grows_with_deposits_and_allows_withdrawals() {
    let mut app = melati_at_goals();
    app.press(Key::Char('n'));
    app.fill(&[
        "Gerobak gorengan",
        "1,5 jt",
        "",
        "Supaya bisa jualan sendiri",
    ]);
    let Screen::Goals(GoalsScreen::SavingsGoal { id }) = app.model.screen else {
        panic!("the new goal opens: {:?}", app.model.screen);
    };
    assert_eq!(goals(&app).saving(&id).unwrap().target, 1_500_000);

    for (amount, date) in [
        ("200rb", "01-11-2026"),
        ("150.000", "08-11-2026"),
        ("Rp 50.000", "15-11-2026"),
    ] {
        app.press(Key::Char('+'));
        app.fill(&[amount, date, "dari jualan"]);
    }
    assert_eq!(problem(&app), "goal-celebrate", "25% is marked quietly");
    let goal = goals(&app).saving(&id).unwrap();
    assert_eq!(goal.balance(), 400_000);
    assert!(matches!(
        goal.projection(app.model.now.today()),
        Projection::Finish { .. }
    ));

    // Taking out more than is saved is refused, and nothing changes.
    app.press(Key::Char('-'));
    app.fill(&["500rb", "", ""]);
    assert_eq!(problem(&app), "err-withdraw-more-than-balance");
    app.press(Key::Esc);
    app.press(Key::Char('-'));
    app.fill(&["100rb", "", "obat anak"]);
    assert_eq!(goals(&app).saving(&id).unwrap().balance(), 300_000);

    // Unclear and absurd amounts get their own words.
    app.press(Key::Char('+'));
    app.fill(&["1.5", "", ""]);
    assert_eq!(problem(&app), "err-money-unclear");
    app.press(Key::Esc);
    app.press(Key::Char('+'));
    app.fill(&["20 miliar", "", ""]);
    assert_eq!(problem(&app), "err-money-unclear");
    app.press(Key::Esc);
    app.press(Key::Char('+'));
    app.fill(&["10.000.000.001", "", ""]);
    assert_eq!(problem(&app), "err-money-too-large");
    app.press(Key::Esc);

    // All of it is kept, sealed.
    app.press(Key::F(12));
    app.login("Melati", PASS);
    let goal = goals(&app).saving(&id).unwrap();
    assert_eq!(goal.balance(), 300_000);
    assert_eq!(goal.movements.len(), 4);
    assert_eq!(goal.why, "Supaya bisa jualan sendiri");
}

#[test]
fn goals_can_be_put_away_brought_back_and_deleted_after_asking() {
    let mut app = melati_at_goals();
    app.press(Key::Char('n'));
    app.fill(&["Sepatu sekolah", "300rb", "", ""]);
    app.press(Key::Esc);
    assert_eq!(goals(&app).rows().len(), 1);
    app.press(Key::Char('a'));
    assert_eq!(goals(&app).rows().len(), 0, "archived");
    app.press(Key::Char('h'));
    assert_eq!(goals(&app).rows().len(), 1, "shown on request");
    app.press(Key::Char('a'));
    app.press(Key::Char('h'));
    assert_eq!(goals(&app).rows().len(), 1, "brought back");

    app.press(Key::Char('d'));
    assert!(matches!(
        app.model.overlay,
        Some(Overlay::Confirm(Confirm::Goals(
            GoalsConfirm::DeleteGoal { .. }
        )))
    ));
    app.press(Key::Char('n'));
    assert_eq!(goals(&app).rows().len(), 1);
    app.press(Key::Char('d'));
    app.press(Key::Char('y'));
    assert_eq!(goals(&app).rows().len(), 0);
    app.press(Key::F(12));
    app.login("Melati", PASS);
    assert!(goals(&app).savings.is_empty(), "gone for good");
}

#[test]
fn a_business_plan_with_steps_capital_and_a_daily_log() {
    let mut app = melati_at_goals();
    app.press(Key::Char('n'));
    app.fill(&["Modal gorengan", "1 juta", "", ""]);
    app.press(Key::Char('+'));
    app.fill(&["400rb", "", ""]);
    app.press(Key::Esc);

    app.press(Key::Char('b'));
    app.press(Key::Enter);
    assert_eq!(problem(&app), "", "Enter moves to the next field");
    app.model.screen = Screen::Goals(GoalsScreen::Overview { selected: 0 });
    app.press(Key::Char('b'));
    app.fill(&[
        "Gorengan",
        "Penumpang bus",
        "Terminal",
        "1.000.000",
        "150rb",
    ]);
    let Screen::Goals(GoalsScreen::BusinessPlan { id, .. }) = app.model.screen else {
        panic!("the plan opens: {:?}", app.model.screen);
    };
    app.press(Key::Char('m'));
    app.fill(&["Beli wajan", ""]);
    app.press(Key::Char('m'));
    app.fill(&["Hari pertama jualan", "01-12-2026"]);
    app.press(Key::Char(' '));
    app.press(Key::Right);
    app.press(Key::Right);
    app.press(Key::Char('l'));
    app.press(Key::Char('c'));
    app.fill(&["23-11-2026", "150rb", "60rb"]);
    app.press(Key::Char('c'));
    app.fill(&["30-11-2026", "80.000", "30.000"]);

    let plan = goals(&app).plan(&id).unwrap().clone();
    assert!(plan.milestones[0].done);
    assert!(!plan.milestones[1].done);
    assert_eq!(plan.status, BusinessStatus::Running);
    let linked = plan.capital_goal.and_then(|c| goals(&app).saving(&c));
    assert_eq!(plan.capital_saved(linked), 400_000);
    let weeks = plan.profit_by_week();
    assert_eq!(
        weeks.iter().map(|w| w.profit()).collect::<Vec<_>>(),
        [90_000, 50_000]
    );

    app.press(Key::F(12));
    app.login("Melati", PASS);
    assert_eq!(goals(&app).plan(&id), Some(&plan), "kept whole, sealed");

    // A step can go, after she says yes.
    app.model.screen = Screen::Goals(GoalsScreen::BusinessPlan { id, selected: 0 });
    app.press(Key::Char('x'));
    app.press(Key::Char('n'));
    assert_eq!(goals(&app).plan(&id).unwrap().milestones.len(), 2);
    app.press(Key::Char('x'));
    app.press(Key::Char('y'));
    let steps = &goals(&app).plan(&id).unwrap().milestones;
    assert_eq!(steps.len(), 1);
    assert_eq!(steps[0].text, "Hari pertama jualan");
}

#[test]
fn a_goal_can_be_changed_and_keeps_its_savings() {
    let mut app = melati_at_goals();
    app.press(Key::Char('n'));
    app.fill(&["Sepatu", "300rb", "", ""]);
    let Screen::Goals(GoalsScreen::SavingsGoal { id }) = app.model.screen else {
        panic!("the goal opens");
    };
    app.press(Key::Char('+'));
    app.fill(&["100rb", "", ""]);
    app.press(Key::Char('e'));
    // The form holds what is there now; change the name and the target.
    for _ in 0.."Sepatu".len() {
        app.press(Key::Backspace);
    }
    app.type_text("Sepatu sekolah anak");
    app.press(Key::Enter);
    for _ in 0.."300000".len() {
        app.press(Key::Backspace);
    }
    app.fill(&["400.000", "31-12-2026", "Untuk tahun ajaran baru"]);
    assert_eq!(
        app.model.screen,
        Screen::Goals(GoalsScreen::SavingsGoal { id })
    );
    let goal = goals(&app).saving(&id).unwrap();
    assert_eq!(goal.name, "Sepatu sekolah anak");
    assert_eq!(goal.target, 400_000);
    assert_eq!(goal.balance(), 100_000, "the savings stay");
    assert_eq!(goal.percent(), 25);
    assert_eq!(goal.why, "Untuk tahun ajaran baru");
}

#[test]
fn deleting_a_savings_goal_unlinks_the_plans_that_used_it() {
    let mut app = melati_at_goals();
    app.press(Key::Char('n'));
    app.fill(&["Modal", "1 juta", "", ""]);
    app.press(Key::Esc);
    app.press(Key::Char('b'));
    app.fill(&["Pulsa", "", "", "", ""]);
    let Screen::Goals(GoalsScreen::BusinessPlan { id, .. }) = app.model.screen else {
        panic!("the plan opens");
    };
    app.press(Key::Char('l'));
    assert!(goals(&app).plan(&id).unwrap().capital_goal.is_some());
    app.press(Key::Esc);
    app.press(Key::Char('d'));
    app.press(Key::Char('y'));
    app.press(Key::F(12));
    app.login("Melati", PASS);
    assert_eq!(
        goals(&app).plan(&id).unwrap().capital_goal,
        None,
        "saved unlinked"
    );
}

#[test]
fn a_half_filled_goal_form_is_sealed_on_quick_hide_and_handed_back() {
    let mut app = melati_at_goals();
    app.press(Key::Char('n'));
    app.type_text("Mesin jahit");
    app.press(Key::Enter);
    app.type_text("2,5 jt");
    app.press(Key::F(12));
    app.login("Melati", PASS);
    // Not opened this time: it must survive another lock too.
    app.press(Key::F(12));
    app.login("Melati", PASS);
    select(&mut app.model, MenuItem::Goals);
    app.press(Key::Enter);
    let Screen::Form(form) = &app.model.screen else {
        panic!("the form comes back: {:?}", app.model.screen);
    };
    assert_eq!(form.text(&forms::GOAL_NAME), "Mesin jahit");
    assert_eq!(form.text(&forms::TARGET), "2,5 jt");
    assert_eq!(problem(&app), "goal-form-handed-back");
    for _ in 0..4 {
        app.press(Key::Enter); // through the four fields, saving on the last
    }
    assert!(matches!(
        app.model.screen,
        Screen::Goals(GoalsScreen::SavingsGoal { .. })
    ));
    // Handed back once: it is not offered again.
    app.press(Key::F(12));
    app.login("Melati", PASS);
    select(&mut app.model, MenuItem::Goals);
    app.press(Key::Enter);
    assert_eq!(
        app.model.screen,
        Screen::Goals(GoalsScreen::Overview { selected: 0 })
    );
}

#[test]
fn form_codes_go_both_ways() {
    use langkah::app::model::Purpose;
    let id = langkah::domain::Id([9; 16]);
    for purpose in [
        Purpose::NewSavingsGoal,
        Purpose::EditSavingsGoal(id),
        Purpose::Movement {
            goal: id,
            withdraw: true,
        },
        Purpose::Movement {
            goal: id,
            withdraw: false,
        },
        Purpose::NewBusinessGoal,
        Purpose::EditBusinessGoal(id),
        Purpose::NewMilestone(id),
        Purpose::LogDay(id),
    ] {
        let code = purpose.draft_code().unwrap();
        assert_eq!(Purpose::from_draft_code(&code), Some(purpose), "{code}");
    }
    assert_eq!(
        Purpose::Login.draft_code(),
        None,
        "passphrase forms are never kept"
    );
    assert_eq!(Purpose::from_draft_code("movement:zz:1"), None);
}
