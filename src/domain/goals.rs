//! Savings goals and small-business plans. Amounts are whole currency units;
//! today's date is always passed in.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, ZeroizeOnDrop};

use super::Id;

/// A deposit (positive) or a withdrawal (negative). Withdrawals are normal
/// life; they are shown as such, never as failure.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
pub struct Movement {
    pub amount: i64,
    #[zeroize(skip)]
    pub date: NaiveDate,
    pub note: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
pub struct SavingsGoal {
    pub name: String,
    pub target: i64,
    #[zeroize(skip)]
    pub target_date: Option<NaiveDate>,
    /// "Why this matters to me", in her words.
    pub why: String,
    pub movements: Vec<Movement>,
    pub archived: bool,
    pub created_at: i64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GoalError {
    /// A withdrawal larger than what is saved.
    MoreThanBalance,
    /// A movement or logged day that isn't there (any more).
    NoSuchItem,
}

/// When she might reach the target, from her pace over the last 8 weeks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Projection {
    Reached,
    /// Fewer than three deposits so far, or all on one day: too early to say.
    TooEarly,
    /// No net progress over the last 8 weeks.
    NoProgress,
    Finish {
        date: NaiveDate,
        /// Her own target date has passed (said gently, with the new date).
        target_date_passed: bool,
    },
}

/// The progress marks that get a quiet celebration.
pub const MILESTONES: [u8; 4] = [25, 50, 75, 100];

/// How far back the pace is measured.
const PACE_DAYS: i64 = 56;

impl SavingsGoal {
    pub fn balance(&self) -> i64 {
        self.movements.iter().map(|m| m.amount).sum()
    }

    /// Whole percent of the target, 0 to 100.
    pub fn percent(&self) -> u8 {
        percent(self.balance(), self.target)
    }

    /// Adds a deposit or withdrawal. Returns the progress mark it newly
    /// reached, if any, for a quiet celebration.
    pub fn add(&mut self, movement: Movement) -> Result<Option<u8>, GoalError> {
        let before = self.percent();
        if movement.amount < 0 && -movement.amount > self.balance() {
            return Err(GoalError::MoreThanBalance);
        }
        self.movements.push(movement);
        self.movements.sort_by_key(|m| m.date);
        let after = self.percent();
        Ok(MILESTONES
            .iter()
            .rev()
            .find(|&&mark| before < mark && after >= mark)
            .copied())
    }

    /// Changes the movement at `index` (its place in `movements`, oldest
    /// first). Refused, with nothing changed, if more would then be taken out
    /// than is saved.
    pub fn replace(&mut self, index: usize, movement: Movement) -> Result<(), GoalError> {
        let mut changed = self.clone();
        let Some(slot) = changed.movements.get_mut(index) else {
            return Err(GoalError::NoSuchItem);
        };
        *slot = movement;
        changed.movements.sort_by_key(|m| m.date);
        if changed.balance() < 0 {
            return Err(GoalError::MoreThanBalance);
        }
        *self = changed;
        Ok(())
    }

    /// Removes the movement at `index`, on the same terms as `replace`.
    pub fn remove(&mut self, index: usize) -> Result<(), GoalError> {
        if index >= self.movements.len() {
            return Err(GoalError::NoSuchItem);
        }
        let removed = self.movements[index].amount;
        if self.balance() - removed < 0 {
            return Err(GoalError::MoreThanBalance);
        }
        self.movements.remove(index);
        Ok(())
    }

    pub fn projection(&self, today: NaiveDate) -> Projection {
        let balance = self.balance();
        if balance >= self.target {
            return Projection::Reached;
        }
        // Three deposits on one day are no pace: measured over that one day,
        // they would promise the target by tomorrow.
        let deposits: Vec<NaiveDate> = self
            .movements
            .iter()
            .filter(|m| m.amount > 0)
            .map(|m| m.date)
            .collect();
        let days_apart = deposits.iter().min() != deposits.iter().max();
        if deposits.len() < 3 || !days_apart {
            return Projection::TooEarly;
        }
        let first = self.movements.iter().map(|m| m.date).min().unwrap_or(today);
        // A goal started two weeks ago has two weeks of pace, not eight.
        let window = ((today - first).num_days() + 1).clamp(1, PACE_DAYS);
        let since = today - chrono::Days::new((window - 1) as u64);
        let net: i64 = self
            .movements
            .iter()
            .filter(|m| m.date >= since && m.date <= today)
            .map(|m| m.amount)
            .sum();
        if net <= 0 {
            return Projection::NoProgress;
        }
        // Both are positive here, so unsigned rounding up is exact.
        let remaining = (self.target - balance) as u128;
        let days = (remaining * window as u128).div_ceil(net as u128);
        let Some(date) = u64::try_from(days)
            .ok()
            .and_then(|d| today.checked_add_days(chrono::Days::new(d)))
        else {
            return Projection::NoProgress;
        };
        Projection::Finish {
            date,
            target_date_passed: self.target_date.is_some_and(|t| t < today),
        }
    }

    /// The balance after each day that had a movement, oldest first.
    pub fn balance_over_time(&self) -> Vec<(NaiveDate, i64)> {
        let mut points: Vec<(NaiveDate, i64)> = vec![];
        let mut balance = 0;
        for m in &self.movements {
            balance += m.amount;
            match points.last_mut() {
                Some(last) if last.0 == m.date => last.1 = balance,
                _ => points.push((m.date, balance)),
            }
        }
        points
    }
}

pub fn percent(part: i64, whole: i64) -> u8 {
    if whole <= 0 {
        return 0;
    }
    let p = (i128::from(part.max(0)) * 100 / i128::from(whole)).min(100);
    p as u8
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum BusinessStatus {
    Idea,
    Preparing,
    Running,
    Paused,
}

impl BusinessStatus {
    pub const ALL: [BusinessStatus; 4] = [
        BusinessStatus::Idea,
        BusinessStatus::Preparing,
        BusinessStatus::Running,
        BusinessStatus::Paused,
    ];
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
pub struct Milestone {
    pub text: String,
    pub done: bool,
    #[zeroize(skip)]
    pub date: Option<NaiveDate>,
}

/// One day's takings and spending.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
pub struct DayLog {
    #[zeroize(skip)]
    pub date: NaiveDate,
    pub sales: i64,
    pub expenses: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
pub struct BusinessGoal {
    /// What she will sell or make.
    pub what: String,
    pub for_whom: String,
    pub place: String,
    pub capital_needed: i64,
    /// Regular costs, per month.
    pub monthly_costs: i64,
    pub milestones: Vec<Milestone>,
    #[zeroize(skip)]
    pub status: BusinessStatus,
    /// The savings goal that gathers her starting capital.
    #[zeroize(skip)]
    pub capital_goal: Option<Id>,
    pub log: Vec<DayLog>,
    pub archived: bool,
    pub created_at: i64,
}

/// Profit over one period: a week (by its Monday) or a month (by its first day).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PeriodProfit {
    pub start: NaiveDate,
    pub sales: i64,
    pub expenses: i64,
}

impl PeriodProfit {
    pub fn profit(&self) -> i64 {
        self.sales - self.expenses
    }
}

impl BusinessGoal {
    /// Saved towards the starting capital, from the linked savings goal.
    pub fn capital_saved(&self, savings: Option<&SavingsGoal>) -> i64 {
        savings.map_or(0, |s| s.balance().min(self.capital_needed))
    }

    /// Adds a day to the log; a second entry for the same day adds to it.
    pub fn log_day(&mut self, day: DayLog) {
        match self.log.iter_mut().find(|d| d.date == day.date) {
            Some(existing) => {
                existing.sales += day.sales;
                existing.expenses += day.expenses;
            }
            None => {
                self.log.push(day);
                self.log.sort_by_key(|d| d.date);
            }
        }
    }

    /// Changes the logged day at `index` (its place in `log`, oldest first).
    /// Moved onto a day already logged, the two add up, as when logging.
    pub fn replace_day(&mut self, index: usize, day: DayLog) -> Result<(), GoalError> {
        self.remove_day(index)?;
        self.log_day(day);
        Ok(())
    }

    pub fn remove_day(&mut self, index: usize) -> Result<(), GoalError> {
        if index >= self.log.len() {
            return Err(GoalError::NoSuchItem);
        }
        self.log.remove(index);
        Ok(())
    }

    pub fn profit_by_week(&self) -> Vec<PeriodProfit> {
        self.profit_by(|d| {
            d.checked_sub_days(chrono::Days::new(u64::from(
                d.weekday().num_days_from_monday(),
            )))
            .unwrap_or(d)
        })
    }

    pub fn profit_by_month(&self) -> Vec<PeriodProfit> {
        self.profit_by(|d| d.with_day(1).unwrap_or(d))
    }

    fn profit_by(&self, period_of: impl Fn(NaiveDate) -> NaiveDate) -> Vec<PeriodProfit> {
        let mut periods: Vec<PeriodProfit> = vec![];
        for day in &self.log {
            let start = period_of(day.date);
            match periods.iter_mut().find(|p| p.start == start) {
                Some(p) => {
                    p.sales += day.sales;
                    p.expenses += day.expenses;
                }
                None => periods.push(PeriodProfit {
                    start,
                    sales: day.sales,
                    expenses: day.expenses,
                }),
            }
        }
        periods.sort_by_key(|p| p.start);
        periods
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn goal(target: i64) -> SavingsGoal {
        SavingsGoal {
            name: "Gerobak".into(),
            target,
            target_date: None,
            why: String::new(),
            movements: vec![],
            archived: false,
            created_at: 0,
        }
    }

    fn put(g: &mut SavingsGoal, date: NaiveDate, amount: i64) -> Option<u8> {
        g.add(Movement {
            amount,
            date,
            note: String::new(),
        })
        .unwrap()
    }

    #[test]
    fn a_steady_pace_projects_a_finish_date() {
        let mut g = goal(1_000_000);
        // 100,000 a week for four weeks: 400,000 saved over 22 days.
        for (i, d) in [1, 8, 15, 22].iter().enumerate() {
            assert_eq!(
                put(&mut g, day(2026, 11, *d), 100_000),
                [None, None, Some(25), None][i]
            );
        }
        let today = day(2026, 11, 22);
        // 400,000 in 22 days; 600,000 more takes 33 days.
        assert_eq!(
            g.projection(today),
            Projection::Finish {
                date: day(2026, 12, 25),
                target_date_passed: false
            }
        );
    }

    #[test]
    fn too_little_history_or_no_progress_say_so() {
        let mut g = goal(1_000_000);
        put(&mut g, day(2026, 11, 1), 100_000);
        put(&mut g, day(2026, 11, 2), 100_000);
        assert_eq!(g.projection(day(2026, 11, 3)), Projection::TooEarly);
        put(&mut g, day(2026, 11, 3), 100_000);
        put(&mut g, day(2026, 11, 4), -300_000);
        assert_eq!(g.projection(day(2026, 11, 5)), Projection::NoProgress);
        // Old deposits outside the last 8 weeks don't count for the pace.
        let mut old = goal(1_000_000);
        for d in [1, 2, 3] {
            put(&mut old, day(2026, 1, d), 100_000);
        }
        assert_eq!(old.projection(day(2026, 11, 1)), Projection::NoProgress);
    }

    #[test]
    fn deposits_all_on_one_day_give_no_estimate_yet() {
        let mut g = goal(1_500_000);
        for _ in 0..3 {
            put(&mut g, day(2026, 11, 29), 100_000);
        }
        assert_eq!(g.projection(day(2026, 11, 29)), Projection::TooEarly);
        put(&mut g, day(2026, 11, 28), 100_000);
        assert!(matches!(
            g.projection(day(2026, 11, 29)),
            Projection::Finish { .. }
        ));
    }

    #[test]
    fn a_target_date_already_past_is_noted_with_the_new_date() {
        let mut g = goal(400_000);
        g.target_date = Some(day(2026, 11, 10));
        for d in [1, 8, 15] {
            put(&mut g, day(2026, 11, d), 100_000);
        }
        let Projection::Finish {
            target_date_passed, ..
        } = g.projection(day(2026, 11, 15))
        else {
            panic!("a finish date");
        };
        assert!(target_date_passed);
        put(&mut g, day(2026, 11, 16), 100_000);
        assert_eq!(g.projection(day(2026, 11, 16)), Projection::Reached);
    }

    #[test]
    fn withdrawals_are_fine_but_not_beyond_the_balance() {
        let mut g = goal(1_000_000);
        put(&mut g, day(2026, 11, 1), 300_000);
        assert_eq!(put(&mut g, day(2026, 11, 2), -100_000), None);
        assert_eq!(g.balance(), 200_000);
        let refused = g.add(Movement {
            amount: -200_001,
            date: day(2026, 11, 3),
            note: String::new(),
        });
        assert_eq!(refused, Err(GoalError::MoreThanBalance));
        assert_eq!(g.balance(), 200_000, "nothing changed");
        // One deposit past several marks celebrates the highest.
        assert_eq!(put(&mut g, day(2026, 11, 4), 600_000), Some(75));
        assert_eq!(put(&mut g, day(2026, 11, 5), 500_000), Some(100));
        assert_eq!(g.percent(), 100);
        assert_eq!(
            g.balance_over_time().last(),
            Some(&(day(2026, 11, 5), 1_300_000))
        );
    }

    #[test]
    fn a_movement_can_be_changed_or_removed_unless_the_balance_would_go_below_zero() {
        let mut g = goal(1_000_000);
        put(&mut g, day(2026, 11, 1), 9_999_999);
        put(&mut g, day(2026, 11, 2), 100_000);
        put(&mut g, day(2026, 11, 3), -50_000);
        let fixed = Movement {
            amount: 9_999,
            date: day(2026, 11, 5),
            note: "salah ketik".into(),
        };
        g.replace(0, fixed.clone()).unwrap();
        assert_eq!(g.balance(), 59_999);
        assert_eq!(g.movements.last(), Some(&fixed), "sorted by its new date");
        // Without the 100,000 deposit, 50,000 would have been taken from 9,999.
        let before = g.clone();
        assert_eq!(g.remove(0), Err(GoalError::MoreThanBalance));
        let too_big = Movement {
            amount: -200_000,
            date: day(2026, 11, 3),
            note: String::new(),
        };
        assert_eq!(g.replace(1, too_big), Err(GoalError::MoreThanBalance));
        assert_eq!(g, before, "nothing changed");
        assert_eq!(g.remove(9), Err(GoalError::NoSuchItem));
        g.remove(1).unwrap();
        assert_eq!(g.balance(), 109_999);
        assert_eq!(g.movements.len(), 2);
    }

    #[test]
    fn a_logged_day_can_be_changed_or_removed() {
        let mut b = business();
        let log = |d, sales, expenses| DayLog {
            date: d,
            sales,
            expenses,
        };
        b.log_day(log(day(2026, 11, 23), 150_000, 60_000));
        b.log_day(log(day(2026, 11, 24), 100_000, 40_000));
        b.replace_day(0, log(day(2026, 11, 23), 15_000, 6_000))
            .unwrap();
        assert_eq!(b.profit_by_week()[0].profit(), 69_000);
        // Moved onto a day already there, the two add up.
        b.replace_day(0, log(day(2026, 11, 24), 1_000, 0)).unwrap();
        assert_eq!(b.log, vec![log(day(2026, 11, 24), 101_000, 40_000)]);
        assert_eq!(b.remove_day(1), Err(GoalError::NoSuchItem));
        b.remove_day(0).unwrap();
        assert!(b.profit_by_week().is_empty());
    }

    fn business() -> BusinessGoal {
        BusinessGoal {
            what: "Gorengan".into(),
            for_whom: "Penumpang".into(),
            place: "Terminal".into(),
            capital_needed: 1_500_000,
            monthly_costs: 200_000,
            milestones: vec![],
            status: BusinessStatus::Running,
            capital_goal: None,
            log: vec![],
            archived: false,
            created_at: 0,
        }
    }

    #[test]
    fn the_capital_link_shows_what_is_saved_up_to_the_need() {
        let b = business();
        let mut g = goal(2_000_000);
        put(&mut g, day(2026, 11, 1), 600_000);
        assert_eq!(b.capital_saved(Some(&g)), 600_000);
        put(&mut g, day(2026, 11, 2), 1_000_000);
        assert_eq!(b.capital_saved(Some(&g)), 1_500_000, "capped at the need");
        assert_eq!(b.capital_saved(None), 0);
    }

    #[test]
    fn profit_sums_by_week_and_month() {
        let mut b = business();
        let log = |d, sales, expenses| DayLog {
            date: d,
            sales,
            expenses,
        };
        b.log_day(log(day(2026, 11, 23), 150_000, 60_000)); // Monday
        b.log_day(log(day(2026, 11, 25), 100_000, 40_000));
        b.log_day(log(day(2026, 11, 25), 20_000, 0)); // same day adds up
        b.log_day(log(day(2026, 11, 30), 80_000, 30_000)); // next Monday
        b.log_day(log(day(2026, 12, 1), 90_000, 100_000)); // a loss day
        let weeks = b.profit_by_week();
        assert_eq!(weeks.len(), 2);
        assert_eq!(weeks[0].start, day(2026, 11, 23));
        assert_eq!(weeks[0].profit(), 170_000);
        assert_eq!(weeks[1].profit(), 40_000);
        let months = b.profit_by_month();
        assert_eq!(months[0].start, day(2026, 11, 1));
        assert_eq!(months[0].profit(), 220_000);
        assert_eq!(months[1].profit(), -10_000);
    }
}
