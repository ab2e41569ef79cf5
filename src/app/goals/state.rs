//! Her goals as the screens see them, while she is logged in.

use crate::domain::Id;
use crate::domain::goals::{BusinessGoal, SavingsGoal};
use crate::domain::money::MoneyError;
use chrono::NaiveDate;

#[derive(Default)]
pub struct Goals {
    pub savings: Vec<(Id, SavingsGoal)>,
    pub business: Vec<(Id, BusinessGoal)>,
    /// Archived goals are listed only when she asks for them.
    pub show_archived: bool,
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

    /// Active savings goals, for the home screen.
    pub fn active_savings(&self) -> impl Iterator<Item = &SavingsGoal> {
        self.savings.iter().map(|(_, g)| g).filter(|g| !g.archived)
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
    }
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
