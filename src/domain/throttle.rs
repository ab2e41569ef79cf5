//! How long to wait after wrong passphrases. The rule only slows guessing down:
//! nothing is ever wiped because of failures.

/// Attempts that are refused without any wait.
pub const FREE_ATTEMPTS: i64 = 5;
const FIRST_DELAY_SECS: i64 = 30;
const MAX_DELAY_SECS: i64 = 5 * 60;

/// The wait imposed after the `failures`-th failure in a row: none for the first
/// five, then 30 s, doubling up to 5 minutes.
pub fn delay_after(failures: i64) -> Option<i64> {
    let over = failures - FREE_ATTEMPTS;
    if over <= 0 {
        return None;
    }
    // Cap the exponent: the delay reaches its ceiling long before 2^10.
    let doubled = FIRST_DELAY_SECS << (over - 1).min(10);
    Some(doubled.min(MAX_DELAY_SECS))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_free_attempts_then_doubling_to_five_minutes() {
        let delays: Vec<_> = (1..=11).map(delay_after).collect();
        assert_eq!(
            delays,
            vec![
                None,
                None,
                None,
                None,
                None,
                Some(30),
                Some(60),
                Some(120),
                Some(240),
                Some(300),
                Some(300)
            ]
        );
        assert_eq!(delay_after(i64::MAX), Some(300));
    }
}
