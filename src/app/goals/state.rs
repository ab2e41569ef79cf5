//! Her goals as the screens see them, while she is logged in.

use crate::domain::Id;
use crate::domain::goals::{BusinessGoal, SavingsGoal, percent};
use crate::domain::money::{MoneyError, Reading};
use crate::i18n::Lang;
use chrono::NaiveDate;

#[derive(Default)]
pub struct Goals {
    pub savings: Vec<(Id, SavingsGoal)>,
    pub business: Vec<(Id, BusinessGoal)>,
    /// Archived goals are listed only when she asks for them.
    pub show_archived: bool,
    /// The day she is logging was opened from the list of logged days, so the
    /// form goes back there; from the plan, it goes back to the plan.
    pub logging_from_days: bool,
    /// The row, counted from the newest, that a form changing a deposit or a
    /// logged day goes back to: the one she opened, or where it moved to once
    /// changed, so a `d` after it acts on the row she sees chosen.
    pub row_after_form: usize,
}

/// One row of the overview.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GoalRef {
    Savings(Id),
    Business(Id),
}

impl Goals {
    pub fn new(savings: Vec<(Id, SavingsGoal)>, business: Vec<(Id, BusinessGoal)>) -> Goals {
        let mut goals = Goals {
            savings,
            business,
            show_archived: false,
            logging_from_days: false,
            row_after_form: 0,
        };
        goals.savings.sort_by_key(|(_, g)| g.created_at);
        goals.business.sort_by_key(|(_, g)| g.created_at);
        goals
    }

    /// The overview's rows: savings goals, then business plans.
    pub fn rows(&self) -> Vec<GoalRef> {
        let show = |archived: bool| self.show_archived || !archived;
        self.savings
            .iter()
            .filter(|(_, g)| show(g.archived))
            .map(|(id, _)| GoalRef::Savings(*id))
            .chain(
                self.business
                    .iter()
                    .filter(|(_, g)| show(g.archived))
                    .map(|(id, _)| GoalRef::Business(*id)),
            )
            .collect()
    }

    pub fn saving(&self, id: &Id) -> Option<&SavingsGoal> {
        self.savings.iter().find(|(i, _)| i == id).map(|(_, g)| g)
    }

    pub fn plan(&self, id: &Id) -> Option<&BusinessGoal> {
        self.business.iter().find(|(i, _)| i == id).map(|(_, g)| g)
    }

    pub fn put_saving(&mut self, id: Id, goal: SavingsGoal) {
        match self.savings.iter_mut().find(|(i, _)| *i == id) {
            Some(slot) => slot.1 = goal,
            None => self.savings.push((id, goal)),
        }
    }

    pub fn put_plan(&mut self, id: Id, goal: BusinessGoal) {
        match self.business.iter_mut().find(|(i, _)| *i == id) {
            Some(slot) => slot.1 = goal,
            None => self.business.push((id, goal)),
        }
    }

    pub fn remove(&mut self, id: &Id) {
        self.savings.retain(|(i, _)| i != id);
        self.business.retain(|(i, _)| i != id);
        for (_, plan) in &mut self.business {
            if plan.capital_goal == Some(*id) {
                plan.capital_goal = None;
            }
        }
    }

    /// How many goals are archived, savings and plans together.
    pub fn archived_count(&self) -> usize {
        let savings = self.savings.iter().filter(|(_, g)| g.archived).count();
        savings + self.business.iter().filter(|(_, p)| p.archived).count()
    }

    /// Active savings goals, for the home screen.
    pub fn active_savings(&self) -> impl Iterator<Item = &SavingsGoal> {
        self.savings.iter().map(|(_, g)| g).filter(|g| !g.archived)
    }

    /// Business plans not archived, for the home screen.
    pub fn active_plans(&self) -> impl Iterator<Item = &BusinessGoal> {
        self.business.iter().map(|(_, p)| p).filter(|p| !p.archived)
    }

    /// The savings goal that gathers a plan's capital, if it is linked to one.
    pub fn capital_goal(&self, plan: &BusinessGoal) -> Option<&SavingsGoal> {
        plan.capital_goal.and_then(|c| self.saving(&c))
    }

    /// How much of a plan's capital is saved in its linked goal.
    pub fn capital_saved(&self, plan: &BusinessGoal) -> i64 {
        plan.capital_saved(self.capital_goal(plan))
    }

    /// A plan's saved capital as a whole percentage of what it needs.
    pub fn capital_percent(&self, plan: &BusinessGoal) -> u8 {
        percent(self.capital_saved(plan), plan.capital_needed)
    }
}

/// The message for an amount she typed that can't be used.
pub fn money_problem(e: MoneyError) -> &'static str {
    match e {
        MoneyError::Empty => "err-money-empty",
        MoneyError::Unclear => "err-money-unclear",
        MoneyError::Negative => "err-money-negative",
        MoneyError::Zero => "err-money-zero",
        MoneyError::TooLarge => "err-money-too-large",
        MoneyError::NotWhole => "err-money-not-whole",
        MoneyError::NotANumber => "err-money-not-a-number",
        MoneyError::UnknownSuffix => "err-money-unknown-suffix",
        MoneyError::Miliar => "err-money-miliar",
    }
}

/// How amounts are read in the language on screen: `k` and `m` only in English.
pub fn reading(lang: Lang) -> Reading {
    match lang {
        Lang::Id => Reading::Indonesian,
        Lang::En => Reading::English,
    }
}

/// An amount as a form shows it for changing: grouped the way the language
/// groups it ("1.500.000"), without the currency, so it reads back the same.
pub fn amount_text(lang: Lang, amount: i64) -> String {
    crate::i18n::money(lang, "", amount).trim().to_string()
}

/// A date that could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnclearDate;

/// A date as typed: "23-11-2026", "23/11/2026" or "2026-11-23". Empty means none.
pub fn parse_date(text: &str) -> Result<Option<NaiveDate>, UnclearDate> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    ["%d-%m-%Y", "%d/%m/%Y", "%Y-%m-%d", "%d.%m.%Y"]
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(text, f).ok())
        // chrono accepts any signed year; a real date here is in a lifetime.
        .filter(|d| (1900..=2200).contains(&chrono::Datelike::year(d)))
        .map(Some)
        .ok_or(UnclearDate)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::goals::{BusinessStatus, Movement};

    #[test]
    fn a_plans_capital_share_comes_from_its_linked_goal() {
        let saving = SavingsGoal {
            name: "Gerobak".into(),
            target: 2_000_000,
            target_date: None,
            why: String::new(),
            movements: vec![Movement {
                amount: 600_000,
                date: NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
                note: String::new(),
            }],
            archived: false,
            created_at: 0,
        };
        let plan = |capital_goal, archived| BusinessGoal {
            what: "Gorengan".into(),
            for_whom: String::new(),
            place: String::new(),
            capital_needed: 1_500_000,
            monthly_costs: 0,
            milestones: vec![],
            status: BusinessStatus::Idea,
            capital_goal,
            log: vec![],
            archived,
            created_at: 0,
        };
        let (goal_id, linked_id, loose_id) = (Id([1; 16]), Id([2; 16]), Id([3; 16]));
        let goals = Goals::new(
            vec![(goal_id, saving)],
            vec![
                (linked_id, plan(Some(goal_id), false)),
                (loose_id, plan(None, true)),
            ],
        );
        let linked = goals.plan(&linked_id).unwrap();
        let loose = goals.plan(&loose_id).unwrap();
        assert_eq!(
            goals.capital_goal(linked).map(|g| g.name.as_str()),
            Some("Gerobak")
        );
        assert_eq!(goals.capital_saved(linked), 600_000);
        assert_eq!(goals.capital_percent(linked), 40);
        assert!(goals.capital_goal(loose).is_none());
        assert_eq!(goals.capital_percent(loose), 0);
        assert_eq!(
            goals.active_plans().count(),
            1,
            "the archived plan is left out"
        );
    }

    #[test]
    fn dates_in_the_usual_ways() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        for typed in ["23-11-2026", "23/11/2026", "2026-11-23", " 23.11.2026 "] {
            assert_eq!(parse_date(typed), Ok(Some(d)), "{typed}");
        }
        assert_eq!(parse_date(""), Ok(None));
        assert!(parse_date("31-02-2026").is_err());
        assert!(parse_date("besok").is_err());
        assert!(parse_date("02-01--262143").is_err());
        assert!(parse_date("-262143-01-02").is_err());
        assert!(parse_date("01-01-1899").is_err());
    }
}
