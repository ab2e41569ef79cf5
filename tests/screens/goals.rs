//! Her goals, their forms, and the summary on her home screen.

use super::{DAY, NOW, day, form, signed_in};
use langkah::app::model::{Confirm, Model, Overlay, Purpose, Screen};
use langkah::app::model::{GoalsConfirm, GoalsScreen, HomeScreen};
use langkah::domain::{Id, Role};

/// A savings goal with four deposits and one withdrawal, and a business plan
/// linked to it with two steps and a few logged days.
fn with_goals(screen: Screen) -> (Model, Id, Id) {
    use langkah::domain::goals::{
        BusinessGoal, BusinessStatus, DayLog, Milestone, Movement, SavingsGoal,
    };
    let saving_id = Id([1; 16]);
    let plan_id = Id([2; 16]);
    let movement = |d, amount, note: &str| Movement {
        amount,
        date: d,
        note: note.into(),
    };
    let saving = SavingsGoal {
        name: "Gerobak gorengan".into(),
        target: 1_500_000,
        target_date: Some(day(2027, 1, 31)),
        why: "Supaya bisa jualan sendiri di terminal".into(),
        movements: vec![
            movement(day(2026, 11, 1), 200_000, "dari jahitan"),
            movement(day(2026, 11, 8), 150_000, ""),
            movement(
                day(2026, 11, 12),
                -50_000,
                "obat anak dan ongkos angkot ke puskesmas kecamatan",
            ),
            movement(day(2026, 11, 15), 250_000, "arisan"),
            movement(day(2026, 11, 22), 100_000, ""),
        ],
        archived: false,
        created_at: NOW - 30 * DAY,
    };
    let plan = BusinessGoal {
        what: "Gorengan".into(),
        for_whom: "Penumpang bus".into(),
        place: "Terminal Kampung Rambutan".into(),
        capital_needed: 1_500_000,
        monthly_costs: 200_000,
        milestones: vec![
            Milestone {
                text: "Belajar resep bakwan".into(),
                done: true,
                date: None,
            },
            Milestone {
                text: "Hari pertama jualan".into(),
                done: false,
                date: Some(day(2026, 12, 1)),
            },
        ],
        status: BusinessStatus::Preparing,
        capital_goal: Some(saving_id),
        log: vec![
            DayLog {
                date: day(2026, 11, 16),
                sales: 120_000,
                expenses: 70_000,
            },
            DayLog {
                date: day(2026, 11, 20),
                sales: 150_000,
                expenses: 60_000,
            },
            DayLog {
                date: day(2026, 11, 23),
                sales: 90_000,
                expenses: 100_000,
            },
        ],
        archived: false,
        created_at: NOW - 20 * DAY,
    };
    let mut model = signed_in("Melati", Role::Participant, screen);
    model.her.goals = Some(langkah::app::goals::Goals::new(
        vec![(saving_id, saving)],
        vec![(plan_id, plan)],
    ));
    (model, saving_id, plan_id)
}

#[test]
fn goals_overview() {
    let (mut model, ..) = with_goals(Screen::Goals(GoalsScreen::Overview { selected: 1 }));
    snap!("goals", &mut model);
    model.her.goals = Some(Default::default());
    snap!("goals_empty", &mut model);
    // Every goal archived: the list says where they are, not that there are none.
    let (mut model, ..) = with_goals(Screen::Goals(GoalsScreen::Overview { selected: 0 }));
    let goals = model.her.goals.as_mut().unwrap();
    goals.savings[0].1.archived = true;
    goals.business[0].1.archived = true;
    snap!("goals_all_archived", &mut model);
}

#[test]
fn savings_goal() {
    let (mut model, saving, _) = with_goals(Screen::Home(HomeScreen::Menu { selected: 0 }));
    model.screen = Screen::Goals(GoalsScreen::SavingsGoal {
        id: saving,
        selected: 2,
    });
    snap!("saving", &mut model);
    // The question names the movement, which stays in view above it.
    model.overlay = Some(Overlay::Confirm(Confirm::Goals(
        GoalsConfirm::RemoveMovement {
            goal: saving,
            index: 2,
            amount: -50_000,
            date: day(2026, 11, 12),
        },
    )));
    snap!("saving_confirm_remove", &mut model);
    model.overlay = None;
    model.screen = Screen::Goals(GoalsScreen::SavingsGoal {
        id: saving,
        selected: 0,
    });
    let goals = model.her.goals.as_mut().unwrap();
    goals.savings[0].1.movements.truncate(1);
    snap!("saving_too_early", &mut model);
}

#[test]
fn business_plan() {
    let (mut model, _, plan) = with_goals(Screen::Home(HomeScreen::Menu { selected: 0 }));
    model.screen = Screen::Goals(GoalsScreen::BusinessPlan {
        id: plan,
        selected: 1,
    });
    snap!("plan", &mut model);
    // A long step is shown whole when chosen, cut when not.
    let steps = &mut model.her.goals.as_mut().unwrap().business[0].1.milestones;
    let long = "Beli kompor dan wajan besar yang cukup untuk jualan setiap pagi di terminal";
    steps[0].text = long.into();
    steps[1].text = long.into();
    snap!("plan_long_step", &mut model);
    let steps = &mut model.her.goals.as_mut().unwrap().business[0].1.milestones;
    steps[0].text = "Belajar resep bakwan".into();
    steps[1].text = "Hari pertama jualan".into();
    model.screen = Screen::Goals(GoalsScreen::Days { plan, selected: 1 });
    snap!("plan_days", &mut model);
    model.overlay = Some(Overlay::Confirm(Confirm::Goals(GoalsConfirm::RemoveDay {
        plan,
        index: 1,
        date: day(2026, 11, 20),
    })));
    snap!("plan_days_confirm_remove", &mut model);
    model.overlay = None;
    // From a second plan, the goal the first one uses says so.
    let goals = model.her.goals.as_mut().unwrap();
    let mut other = goals.business[0].1.clone();
    other.what = "Jahitan".into();
    other.capital_goal = None;
    let other_id = Id([3; 16]);
    goals.put_plan(other_id, other);
    model.screen = Screen::Goals(GoalsScreen::LinkCapital {
        plan: other_id,
        selected: 1,
    });
    snap!("plan_link_capital", &mut model);
    model.her.goals.as_mut().unwrap().business.pop();
    // Many steps: the one she is removing stays above the question.
    let goals = model.her.goals.as_mut().unwrap();
    let steps = goals.business[0].1.milestones.clone();
    for n in 3..=9 {
        let mut step = steps[1].clone();
        step.text = format!("Langkah ke-{n}, dengan nama yang cukup panjang untuk dipotong");
        goals.business[0].1.milestones.push(step);
    }
    model.screen = Screen::Goals(GoalsScreen::BusinessPlan {
        id: plan,
        selected: 7,
    });
    model.overlay = Some(Overlay::Confirm(Confirm::Goals(GoalsConfirm::RemoveStep {
        plan,
        index: 7,
        step: model.her.goals.as_ref().unwrap().business[0].1.milestones[7]
            .text
            .clone(),
    })));
    snap!("plan_confirm_remove_step", &mut model);
    model.overlay = None;
    model.her.goals.as_mut().unwrap().business[0]
        .1
        .milestones
        .truncate(2);
    // One week of sales: a sentence, not a lone dot.
    let goals = model.her.goals.as_mut().unwrap();
    goals.business[0].1.log.truncate(1);
    model.screen = Screen::Goals(GoalsScreen::BusinessPlan {
        id: plan,
        selected: 1,
    });
    snap!("plan_one_week", &mut model);
    let goals = model.her.goals.as_mut().unwrap();
    goals.business[0].1.milestones.clear();
    goals.business[0].1.log.clear();
    goals.business[0].1.capital_goal = None;
    goals.business[0].1.capital_needed = 0;
    snap!("plan_empty", &mut model);
    // No active savings goal to link: the list says why, and how to make one.
    model.her.goals.as_mut().unwrap().savings[0].1.archived = true;
    model.screen = Screen::Goals(GoalsScreen::LinkCapital { plan, selected: 0 });
    snap!("plan_link_no_savings", &mut model);
}

#[test]
fn goal_forms() {
    let (mut model, saving, plan) = with_goals(Screen::Home(HomeScreen::Menu { selected: 0 }));
    let forms = [
        (
            "goal_new_savings",
            Purpose::NewSavingsGoal,
            vec!["Sepatu sekolah", "300rb"],
        ),
        (
            "goal_deposit",
            Purpose::Movement {
                goal: saving,
                withdraw: false,
            },
            vec!["50rb"],
        ),
        (
            "goal_withdraw",
            Purpose::Movement {
                goal: saving,
                withdraw: true,
            },
            vec!["20.000", "", "ongkos"],
        ),
        (
            "goal_new_business",
            Purpose::NewBusinessGoal,
            vec!["Pulsa", "Tetangga", "Rumah", "2 juta", "50rb"],
        ),
        (
            "goal_milestone",
            Purpose::NewMilestone(plan),
            vec!["Urus izin"],
        ),
        (
            "goal_log_day",
            Purpose::LogDay(plan),
            vec!["", "150rb", "60rb"],
        ),
        (
            "goal_edit_withdrawal",
            Purpose::EditMovement {
                goal: saving,
                index: 2,
                withdraw: true,
            },
            vec!["50.000", "12-11-2026", "obat anak"],
        ),
        (
            "goal_edit_step",
            Purpose::EditMilestone { plan, index: 1 },
            vec![
                "Beli kompor dan wajan besar yang cukup untuk jualan setiap pagi di terminal",
                "01-12-2026",
            ],
        ),
        (
            "goal_edit_day",
            Purpose::EditDay { plan, index: 1 },
            vec!["20-11-2026", "150.000", "60.000"],
        ),
    ];
    for (name, purpose, values) in forms {
        model.screen = form(purpose, &values, 0);
        snap!(name, &mut model);
    }
}

#[test]
fn goal_confirm_and_home_summary() {
    let (mut model, _, plan) = with_goals(Screen::Goals(GoalsScreen::Overview { selected: 1 }));
    // The question names the goal, and its row stays visible above it.
    model.overlay = Some(Overlay::Confirm(Confirm::Goals(GoalsConfirm::DeleteGoal {
        id: plan,
        name: "Gorengan".into(),
    })));
    snap!("confirm_delete_goal", &mut model);
    model.overlay = None;
    model.screen = Screen::Home(HomeScreen::Menu { selected: 0 });
    snap!("home_participant_goals", &mut model);
}

/// The goals list keeps every key in its two footer rows, in both languages:
/// F1 says "Help", not "All keys", only when none had to make way.
#[test]
fn the_goals_list_footer_holds_every_key() {
    use langkah::app::keymap::Mode;
    use langkah::i18n::{Lang, Messages};
    for lang in Lang::ALL {
        let m = Messages::new(lang);
        let hints = langkah::ui::footer_hints(Mode::GoalList, &m, 80).concat();
        assert_eq!(
            hints.last(),
            Some(&("F1".to_string(), m.text("key-help"))),
            "{lang:?}: {hints:?}"
        );
    }
}

/// A long name is cut in the question, so that its yes and no stay in the box.
#[test]
fn a_question_about_a_long_name_keeps_its_yes_and_no() {
    use langkah::i18n::Lang;
    let (mut model, _, plan) = with_goals(Screen::Goals(GoalsScreen::Overview { selected: 1 }));
    let long = "Tabungan untuk sekolah anak ".repeat(8);
    for confirm in [
        GoalsConfirm::DeleteGoal {
            id: plan,
            name: long.clone(),
        },
        GoalsConfirm::RemoveStep {
            plan,
            index: 0,
            step: long.clone(),
        },
    ] {
        model.overlay = Some(Overlay::Confirm(Confirm::Goals(confirm)));
        for (lang, no) in [(Lang::Id, "tidak)"), (Lang::En, "no)")] {
            let text = super::render(&mut model, lang, 80, 24);
            assert!(text.contains(no) && text.contains('…'), "{text}");
        }
    }
}
