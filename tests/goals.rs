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
    let Screen::Goals(GoalsScreen::SavingsGoal { id, .. }) = app.model.screen else {
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
    assert_eq!(problem(&app), "err-money-miliar");
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
    // The new step has the cursor; the first is ticked.
    assert!(matches!(
        app.model.screen,
        Screen::Goals(GoalsScreen::BusinessPlan { selected: 1, .. })
    ));
    app.press(Key::Up);
    app.press(Key::Char(' '));
    app.press(Key::Right);
    app.press(Key::Right);
    app.press(Key::Char('l'));
    app.press(Key::Down);
    app.press(Key::Enter);
    app.press(Key::Char('c'));
    app.fill(&["17-11-2026", "150rb", "60rb"]);
    app.press(Key::Char('c'));
    app.fill(&["23-11-2026", "80.000", "30.000"]);

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

    // A step can go, after she says yes to a question naming it.
    app.model.screen = Screen::Goals(GoalsScreen::BusinessPlan { id, selected: 0 });
    app.press(Key::Down);
    app.press(Key::Char('x'));
    assert!(matches!(
        &app.model.overlay,
        Some(Overlay::Confirm(Confirm::Goals(GoalsConfirm::RemoveStep { index: 1, step, .. })))
            if step == "Hari pertama jualan"
    ));
    app.press(Key::Char('n'));
    app.press(Key::Up);
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
    let Screen::Goals(GoalsScreen::SavingsGoal { id, .. }) = app.model.screen else {
        panic!("the goal opens");
    };
    app.press(Key::Char('+'));
    app.fill(&["100rb", "", ""]);
    app.press(Key::Char('e'));
    // The form holds what is there now, the amount grouped; change the name and the target.
    assert_eq!(
        common::app::form(&app.model).text(&forms::TARGET),
        "300.000"
    );
    for _ in 0.."Sepatu".len() {
        app.press(Key::Backspace);
    }
    app.type_text("Sepatu sekolah anak");
    app.press(Key::Enter);
    for _ in 0.."300.000".len() {
        app.press(Key::Backspace);
    }
    app.fill(&["400.000", "31-12-2026", "Untuk tahun ajaran baru"]);
    assert_eq!(
        app.model.screen,
        Screen::Goals(GoalsScreen::SavingsGoal { id, selected: 0 })
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
    app.press(Key::Down);
    app.press(Key::Enter);
    assert!(goals(&app).plan(&id).unwrap().capital_goal.is_some());
    app.press(Key::Esc);
    assert_eq!(
        app.model.screen,
        Screen::Goals(GoalsScreen::Overview { selected: 1 }),
        "back on the plan's row"
    );
    app.press(Key::Up);
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
        Purpose::EditMovement {
            goal: id,
            index: 12,
            withdraw: true,
        },
        Purpose::EditMovement {
            goal: id,
            index: 0,
            withdraw: false,
        },
        Purpose::EditDay { plan: id, index: 3 },
        Purpose::EditMilestone { plan: id, index: 4 },
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
    let hex = "09".repeat(16);
    assert_eq!(Purpose::from_draft_code(&format!("edit_day:{hex}:x")), None);
    assert_eq!(
        Purpose::from_draft_code(&format!("edit_movement:{hex}:1")),
        None
    );
}

/// Opens the first savings goal from the overview.
fn new_saving(app: &mut App, name: &str, target: &str) -> langkah::domain::Id {
    app.press(Key::Char('n'));
    app.fill(&[name, target, "", ""]);
    let Screen::Goals(GoalsScreen::SavingsGoal { id, .. }) = app.model.screen else {
        panic!("the goal opens: {:?}", app.model.screen);
    };
    id
}

/// Clears the field with the cursor (it holds what is there now) and types `text`.
fn retype(app: &mut App, text: &str) {
    let Screen::Form(form) = &app.model.screen else {
        panic!("a form: {:?}", app.model.screen);
    };
    for _ in 0..form.fields[form.focus].value.text().chars().count() {
        app.press(Key::Backspace);
    }
    app.type_text(text);
    app.press(Key::Enter);
}

#[test]
fn a_mistyped_deposit_is_corrected_and_a_wrong_one_removed() {
    let mut app = melati_at_goals();
    let id = new_saving(&mut app, "Etalase kaca", "1,5 jt");
    for (amount, date, note) in [
        ("500rb", "01-11-2026", "dari jualan"),
        ("9.999.999.999", "03-11-2026", "salah ketik"),
        ("100rb", "05-11-2026", ""),
    ] {
        app.press(Key::Char('+'));
        app.fill(&[amount, date, note]);
    }
    app.press(Key::Char('-'));
    app.fill(&["50rb", "06-11-2026", "ongkos"]);
    assert_eq!(goals(&app).saving(&id).unwrap().balance(), 10_000_549_999);

    // Newest first: the withdrawal, 100rb, then the slip. The form holds it as typed.
    app.press(Key::Down);
    app.press(Key::Down);
    app.press(Key::Enter);
    let Screen::Form(form) = &app.model.screen else {
        panic!("the movement opens in a form: {:?}", app.model.screen);
    };
    assert_eq!(form.text(&forms::AMOUNT), "9.999.999.999", "grouped");
    assert_eq!(form.text(&forms::DATE), "03-11-2026");
    assert_eq!(form.text(&forms::NOTE), "salah ketik");
    retype(&mut app, "99.999");
    retype(&mut app, "04-11-2026");
    retype(&mut app, "sudah dibetulkan");
    assert_eq!(
        app.model.screen,
        Screen::Goals(GoalsScreen::SavingsGoal { id, selected: 2 }),
        "the changed row stays chosen"
    );
    let goal = goals(&app).saving(&id).unwrap();
    assert_eq!(goal.balance(), 649_999, "the total follows");
    assert_eq!(goal.movements.len(), 4, "changed, not added");
    assert_eq!(goal.movements[1].amount, 99_999);
    assert_eq!(goal.movements[1].note, "sudah dibetulkan");
    assert_eq!(
        goal.balance_over_time()[1],
        (
            chrono::NaiveDate::from_ymd_opt(2026, 11, 4).unwrap(),
            599_999
        ),
        "the chart follows"
    );

    // A withdrawal changed to more than is saved is refused, with the cursor on the amount.
    app.press(Key::Up);
    app.press(Key::Up);
    app.press(Key::Enter);
    retype(&mut app, "2 jt");
    app.press(Key::Enter);
    app.press(Key::Enter);
    assert_eq!(problem(&app), "err-change-below-zero");
    assert_eq!(
        common::app::form(&app.model).focus,
        0,
        "the cursor is on the amount"
    );
    app.press(Key::Esc);

    // Removing asks first, naming the movement; n keeps it.
    app.press(Key::Down);
    app.press(Key::Down);
    app.press(Key::Char('d'));
    assert!(matches!(
        app.model.overlay,
        Some(Overlay::Confirm(Confirm::Goals(
            GoalsConfirm::RemoveMovement { amount: 99_999, .. }
        )))
    ));
    app.press(Key::Char('n'));
    assert_eq!(goals(&app).saving(&id).unwrap().movements.len(), 4);
    app.press(Key::Char('d'));
    app.press(Key::Char('y'));
    assert_eq!(problem(&app), "goal-movement-removed");
    let goal = goals(&app).saving(&id).unwrap();
    assert_eq!(goal.balance(), 550_000);
    assert!(goal.movements.iter().all(|m| m.amount != 99_999));

    // The cursor is now on the 500rb; it can go, as 100rb still covers the 50rb
    // taken out. The 100rb then can't: more would have been taken than saved.
    app.press(Key::Char('d'));
    app.press(Key::Char('y'));
    assert_eq!(goals(&app).saving(&id).unwrap().balance(), 50_000);
    app.press(Key::Char('d'));
    app.press(Key::Char('y'));
    assert_eq!(problem(&app), "err-remove-below-zero");
    assert_eq!(goals(&app).saving(&id).unwrap().balance(), 50_000);

    // Kept, sealed, as corrected.
    app.press(Key::F(12));
    app.login("Melati", PASS);
    let goal = goals(&app).saving(&id).unwrap();
    assert_eq!(goal.balance(), 50_000);
    assert_eq!(goal.movements.len(), 2);
}

#[test]
fn a_logged_day_is_corrected_or_removed_from_the_list_of_days() {
    let mut app = melati_at_goals();
    app.press(Key::Char('b'));
    app.fill(&["Kue lapis", "", "", "", ""]);
    let Screen::Goals(GoalsScreen::BusinessPlan { id, .. }) = app.model.screen else {
        panic!("the plan opens");
    };
    for (date, sales, costs) in [
        ("16-11-2026", "150rb", "60rb"),
        ("17-11-2026", "1.000.000", "40rb"),
        ("23-11-2026", "80rb", "30rb"),
    ] {
        app.press(Key::Char('c'));
        app.fill(&[date, sales, costs]);
    }
    let profits = |app: &App| {
        let plan = goals(app).plan(&id).unwrap();
        plan.profit_by_week()
            .iter()
            .map(|w| w.profit())
            .collect::<Vec<_>>()
    };
    assert_eq!(profits(&app), [1_050_000, 50_000]);

    app.press(Key::Char('j'));
    assert_eq!(
        app.model.screen,
        Screen::Goals(GoalsScreen::Days {
            plan: id,
            selected: 0
        })
    );
    // The second newest: 17 Nov, where 100rb became 1.000.000.
    app.press(Key::Down);
    app.press(Key::Enter);
    let Screen::Form(form) = &app.model.screen else {
        panic!("the day opens in a form: {:?}", app.model.screen);
    };
    assert_eq!(form.text(&forms::SALES), "1.000.000");
    app.press(Key::Enter);
    retype(&mut app, "100rb");
    app.press(Key::Enter);
    assert_eq!(
        app.model.screen,
        Screen::Goals(GoalsScreen::Days {
            plan: id,
            selected: 1
        }),
        "back to the list of days, on the day changed"
    );
    app.press(Key::Up);
    assert_eq!(profits(&app), [150_000, 50_000], "the totals follow");
    assert_eq!(goals(&app).plan(&id).unwrap().log.len(), 3);

    // The newest day goes, after a yes naming its date.
    app.press(Key::Char('d'));
    assert!(matches!(
        app.model.overlay,
        Some(Overlay::Confirm(Confirm::Goals(GoalsConfirm::RemoveDay {
            index: 2,
            ..
        })))
    ));
    app.press(Key::Char('y'));
    assert_eq!(problem(&app), "goal-day-removed");
    assert_eq!(profits(&app), [150_000]);

    app.press(Key::F(12));
    app.login("Melati", PASS);
    let plan = goals(&app).plan(&id).unwrap();
    assert_eq!(plan.log.len(), 2);
    assert_eq!(plan.log[1].sales, 100_000);
}

#[test]
fn archiving_says_what_happened_and_the_way_back() {
    let mut app = melati_at_goals();
    new_saving(&mut app, "Sekolah anak", "3 jt");
    app.press(Key::Esc);
    app.press(Key::Char('a'));
    assert_eq!(problem(&app), "goal-archived-notice");
    assert!(goals(&app).rows().is_empty());
    app.press(Key::Char('h'));
    assert_eq!(goals(&app).rows().len(), 1, "the archive shows it");
    app.press(Key::Char('a'));
    assert_eq!(problem(&app), "goal-unarchived-notice");
    app.press(Key::Char('h'));
    assert_eq!(goals(&app).rows().len(), 1, "back in the list");
}

#[test]
fn a_plan_asks_which_savings_goal_and_one_goal_serves_one_plan() {
    let mut app = melati_at_goals();
    let etalase = new_saving(&mut app, "Etalase kaca", "1,5 jt");
    app.press(Key::Esc);
    let modal = new_saving(&mut app, "Modal jahit", "2 jt");
    app.press(Key::Esc);
    let plan = |app: &mut App, what: &str| {
        app.model.screen = Screen::Goals(GoalsScreen::Overview { selected: 0 });
        app.press(Key::Char('b'));
        app.fill(&[what, "", "", "", ""]);
        let Screen::Goals(GoalsScreen::BusinessPlan { id, .. }) = app.model.screen else {
            panic!("the plan opens");
        };
        id
    };
    let kue = plan(&mut app, "Kue lapis");
    let jahit = plan(&mut app, "Jahitan");

    // l opens a list: no link, then each savings goal. She picks the second.
    app.model.screen = Screen::Goals(GoalsScreen::BusinessPlan {
        id: kue,
        selected: 0,
    });
    app.press(Key::Char('l'));
    assert_eq!(
        app.model.screen,
        Screen::Goals(GoalsScreen::LinkCapital {
            plan: kue,
            selected: 0
        })
    );
    app.press(Key::Down);
    app.press(Key::Enter);
    assert_eq!(goals(&app).plan(&kue).unwrap().capital_goal, Some(etalase));

    // The same goal for the other plan is refused, and nothing moves.
    app.model.screen = Screen::Goals(GoalsScreen::BusinessPlan {
        id: jahit,
        selected: 0,
    });
    app.press(Key::Char('l'));
    app.press(Key::Down);
    app.press(Key::Enter);
    assert_eq!(problem(&app), "link-taken");
    assert_eq!(goals(&app).plan(&jahit).unwrap().capital_goal, None);
    assert_eq!(goals(&app).plan(&kue).unwrap().capital_goal, Some(etalase));
    app.press(Key::Down);
    app.press(Key::Enter);
    assert_eq!(goals(&app).plan(&jahit).unwrap().capital_goal, Some(modal));

    // Unlinking frees the goal; Esc leaves the link as it was.
    app.model.screen = Screen::Goals(GoalsScreen::BusinessPlan {
        id: kue,
        selected: 0,
    });
    app.press(Key::Char('l'));
    assert_eq!(
        app.model.screen,
        Screen::Goals(GoalsScreen::LinkCapital {
            plan: kue,
            selected: 1
        }),
        "the list opens on the goal linked now"
    );
    app.press(Key::Up);
    app.press(Key::Enter);
    assert_eq!(goals(&app).plan(&kue).unwrap().capital_goal, None);
    app.press(Key::F(12));
    app.login("Melati", PASS);
    assert_eq!(goals(&app).plan(&kue).unwrap().capital_goal, None);
    assert_eq!(goals(&app).plan(&jahit).unwrap().capital_goal, Some(modal));
}

#[test]
fn amounts_are_read_in_the_language_on_screen() {
    let mut app = melati_at_goals();
    let id = new_saving(&mut app, "Mesin jahit", "2 jt");
    app.press(Key::Char('+'));
    app.fill(&["500k", "", ""]);
    assert_eq!(problem(&app), "err-money-unknown-suffix");
    app.press(Key::Esc);
    app.press(Key::Char('+'));
    app.fill(&["1,5M", "", ""]);
    assert_eq!(
        problem(&app),
        "err-money-miliar",
        "M is miliar in Indonesian"
    );
    app.press(Key::Esc);
    app.press(Key::Char('+'));
    app.fill(&["abc", "", ""]);
    assert_eq!(problem(&app), "err-money-not-a-number");
    app.press(Key::Esc);
    app.model.lang = langkah::i18n::Lang::En;
    app.press(Key::Char('+'));
    app.fill(&["500k", "", ""]);
    app.press(Key::Char('+'));
    app.fill(&["1.5m", "", ""]);
    assert_eq!(goals(&app).saving(&id).unwrap().balance(), 2_000_000);
}

#[test]
fn a_corrected_amount_is_nowhere_in_the_data_folder_in_plaintext() {
    let mut app = melati_at_goals();
    let id = new_saving(&mut app, "Gerobak", "1 jt");
    app.press(Key::Char('+'));
    app.fill(&["100rb", "", ""]);
    // An amount unlikely anywhere else, typed as she would correct it.
    let random = u64::from_le_bytes(langkah::crypto::random_bytes::<8>());
    let amount = 1_000_000_000 + (random % 8_999_999_999) as i64;
    app.press(Key::Enter);
    retype(&mut app, &amount.to_string());
    app.press(Key::Enter);
    app.press(Key::Enter);
    assert_eq!(goals(&app).saving(&id).unwrap().balance(), amount);
    app.press(Key::F(12));
    let grouped = langkah::app::goals::amount_text(langkah::i18n::Lang::Id, amount);
    let needles: [(&str, Vec<u8>); 4] = [
        ("as digits", amount.to_string().into_bytes()),
        ("grouped", grouped.into_bytes()),
        ("as LE integer", amount.to_le_bytes().to_vec()),
        ("as BE integer", amount.to_be_bytes().to_vec()),
    ];
    let mut scanned = 0;
    let mut stack = vec![app.tmp.path().to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let bytes = std::fs::read(&path).unwrap();
            scanned += bytes.len();
            for (name, needle) in &needles {
                assert!(
                    memchr::memmem::find(&bytes, needle).is_none(),
                    "the amount {name} is in {}",
                    path.display()
                );
            }
        }
    }
    assert!(scanned > 4096, "the data folder was read ({scanned} bytes)");
}

#[test]
fn a_day_logged_from_the_list_of_days_goes_back_to_that_list() {
    let mut app = melati_at_goals();
    app.press(Key::Char('b'));
    app.fill(&["Kue lapis", "", "", "", ""]);
    let Screen::Goals(GoalsScreen::BusinessPlan { id, .. }) = app.model.screen else {
        panic!("the plan opens");
    };
    let days = Screen::Goals(GoalsScreen::Days {
        plan: id,
        selected: 0,
    });
    app.press(Key::Char('j'));
    assert_eq!(app.model.screen, days);

    // Esc leaves the form for the list; the day she logs there shows in it.
    app.press(Key::Char('c'));
    app.press(Key::Esc);
    assert_eq!(app.model.screen, days, "Esc goes back to the list");
    app.press(Key::Char('c'));
    app.fill(&["23-11-2026", "150rb", "60rb"]);
    assert_eq!(app.model.screen, days, "saved, back to the list");
    assert_eq!(goals(&app).plan(&id).unwrap().log.len(), 1);

    // From the plan, a day logged goes back to the plan, as before.
    app.press(Key::Esc);
    app.press(Key::Char('c'));
    app.fill(&["22-11-2026", "80rb", "30rb"]);
    assert_eq!(
        app.model.screen,
        Screen::Goals(GoalsScreen::BusinessPlan { id, selected: 0 })
    );
    assert_eq!(goals(&app).plan(&id).unwrap().log.len(), 2);
}

#[test]
fn a_long_step_opens_with_enter_and_is_changed_in_place() {
    let mut app = melati_at_goals();
    app.press(Key::Char('b'));
    app.fill(&["Nasi uduk", "", "", "", ""]);
    let Screen::Goals(GoalsScreen::BusinessPlan { id, .. }) = app.model.screen else {
        panic!("the plan opens");
    };
    let long = "Beli kompor dan wajan besar yang cukup untuk jualan setiap pagi di terminal";
    app.press(Key::Char('m'));
    app.fill(&["Urus izin", ""]);
    app.press(Key::Char('m'));
    app.fill(&[long, "01-12-2026"]);
    app.press(Key::Down);
    app.press(Key::Char(' '));

    // Enter opens the chosen step, all its words and its date, not the plan.
    app.press(Key::Enter);
    let Screen::Form(form) = &app.model.screen else {
        panic!("the step opens in a form: {:?}", app.model.screen);
    };
    assert_eq!(form.text(&forms::MILESTONE), long);
    assert_eq!(form.text(&forms::MILESTONE_DATE), "01-12-2026");
    retype(&mut app, "Beli kompor dan wajan besar");
    retype(&mut app, "05-12-2026");
    assert_eq!(
        app.model.screen,
        Screen::Goals(GoalsScreen::BusinessPlan { id, selected: 1 }),
        "back on the step changed"
    );
    let steps = &goals(&app).plan(&id).unwrap().milestones;
    assert_eq!(steps.len(), 2, "changed, not added");
    assert_eq!(steps[1].text, "Beli kompor dan wajan besar");
    assert_eq!(steps[1].date, chrono::NaiveDate::from_ymd_opt(2026, 12, 5));
    assert!(steps[1].done, "still ticked");

    // Emptied, it is refused; Esc leaves it as it was, on its row.
    app.press(Key::Enter);
    retype(&mut app, "");
    app.press(Key::Enter);
    assert_eq!(problem(&app), "err-milestone-empty");
    app.press(Key::Esc);
    assert_eq!(
        app.model.screen,
        Screen::Goals(GoalsScreen::BusinessPlan { id, selected: 1 })
    );
    // `e` is still the plan's own form.
    app.press(Key::Char('e'));
    assert_eq!(
        common::app::form(&app.model).purpose,
        langkah::app::model::Purpose::EditBusinessGoal(id)
    );
    app.press(Key::Esc);

    app.press(Key::F(12));
    app.login("Melati", PASS);
    let steps = &goals(&app).plan(&id).unwrap().milestones;
    assert_eq!(steps[1].text, "Beli kompor dan wajan besar", "kept, sealed");
}

#[test]
fn a_corrected_row_stays_chosen_where_it_moved() {
    let mut app = melati_at_goals();
    let id = new_saving(&mut app, "Etalase", "1 jt");
    for (amount, date) in [
        ("100rb", "01-11-2026"),
        ("200rb", "03-11-2026"),
        ("300rb", "05-11-2026"),
    ] {
        app.press(Key::Char('+'));
        app.fill(&[amount, date, ""]);
    }
    // Newest first: 5, 3, 1 Nov. The 300rb was put on 2 Nov really.
    app.press(Key::Enter);
    app.press(Key::Enter);
    retype(&mut app, "02-11-2026");
    app.press(Key::Enter);
    assert_eq!(
        app.model.screen,
        Screen::Goals(GoalsScreen::SavingsGoal { id, selected: 1 }),
        "3, 2, 1 Nov now: the cursor went with it"
    );
    app.press(Key::Char('d'));
    assert!(matches!(
        app.model.overlay,
        Some(Overlay::Confirm(Confirm::Goals(
            GoalsConfirm::RemoveMovement {
                amount: 300_000,
                ..
            }
        )))
    ));
    app.press(Key::Char('n'));

    // A logged day moved to an earlier date too.
    app.press(Key::Esc);
    app.press(Key::Char('b'));
    app.fill(&["Kue", "", "", "", ""]);
    let Screen::Goals(GoalsScreen::BusinessPlan { id: plan, .. }) = app.model.screen else {
        panic!("the plan opens");
    };
    for date in ["16-11-2026", "18-11-2026", "20-11-2026"] {
        app.press(Key::Char('c'));
        app.fill(&[date, "50rb", ""]);
    }
    app.press(Key::Char('j'));
    app.press(Key::Enter);
    retype(&mut app, "17-11-2026");
    app.press(Key::Enter);
    app.press(Key::Enter);
    assert_eq!(
        app.model.screen,
        Screen::Goals(GoalsScreen::Days { plan, selected: 1 })
    );
    app.press(Key::Char('d'));
    assert!(matches!(
        app.model.overlay,
        Some(Overlay::Confirm(Confirm::Goals(GoalsConfirm::RemoveDay { date, .. })))
            if date == chrono::NaiveDate::from_ymd_opt(2026, 11, 17).unwrap()
    ));
}

#[test]
fn a_date_after_today_is_refused_and_one_day_gives_no_estimate() {
    let mut app = melati_at_goals();
    let id = new_saving(&mut app, "Gerobak", "1,5 jt");
    // Today is 23 Nov 2026.
    app.press(Key::Char('+'));
    app.fill(&["100rb", "24-11-2026", ""]);
    assert_eq!(problem(&app), "err-date-future");
    assert_eq!(common::app::form(&app.model).focus, 1, "on the date");
    app.press(Key::Esc);
    assert!(goals(&app).saving(&id).unwrap().movements.is_empty());

    // Three deposits today: too early to say when.
    for _ in 0..3 {
        app.press(Key::Char('+'));
        app.fill(&["100rb", "", ""]);
    }
    let goal = goals(&app).saving(&id).unwrap();
    assert_eq!(goal.movements.len(), 3);
    assert_eq!(goal.projection(app.model.now.today()), Projection::TooEarly);

    // Changing a deposit to a later date is refused the same way.
    app.press(Key::Enter);
    app.press(Key::Enter);
    retype(&mut app, "31-12-2026");
    app.press(Key::Enter);
    assert_eq!(problem(&app), "err-date-future");
    app.press(Key::Esc);

    // And a day of sales.
    app.press(Key::Esc);
    app.press(Key::Char('b'));
    app.fill(&["Kue", "", "", "", ""]);
    app.press(Key::Char('c'));
    app.fill(&["01-12-2026", "50rb", ""]);
    assert_eq!(problem(&app), "err-date-future");
    assert_eq!(common::app::form(&app.model).focus, 0, "on the date");
}

#[test]
fn the_celebration_agrees_with_the_bar() {
    let mut app = melati_at_goals();
    let id = new_saving(&mut app, "Gerobak", "1,5 jt");
    app.press(Key::Char('+'));
    app.fill(&["500rb", "", ""]);
    assert_eq!(goals(&app).saving(&id).unwrap().percent(), 33);
    let notice = app.model.notice.as_ref().unwrap();
    assert_eq!(notice.text.id, "goal-celebrate");
    let arg = |name| notice.text.args.iter().find(|(n, _)| *n == name).unwrap();
    assert_eq!(arg("percent").1, "25", "the mark passed");
    assert_eq!(arg("now").1, "33", "and where she is, as the bar says");
}

#[test]
fn with_no_deposits_enter_and_d_say_there_is_none() {
    let mut app = melati_at_goals();
    new_saving(&mut app, "Gerobak", "1,5 jt");
    app.press(Key::Enter);
    assert_eq!(problem(&app), "goal-no-movement-to-change");
    assert!(matches!(app.model.screen, Screen::Goals(_)));
    app.press(Key::Char('d'));
    assert_eq!(problem(&app), "goal-no-movement-to-remove");
    assert!(app.model.overlay.is_none(), "nothing to ask about");
}
