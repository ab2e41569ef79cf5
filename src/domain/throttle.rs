//! How long to wait after wrong passphrases. The rule only slows guessing down:
//! nothing is ever wiped because of failures.

/// Attempts that are refused without any wait.
pub const FREE_ATTEMPTS: i64 = 5;
const FIRST_DELAY_SECS: i64 = 30;
pub const MAX_DELAY_SECS: i64 = 5 * 60;

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

/// The wait left at `now` for a stored `locked_until`. The file can be written
/// by others, so a time far ahead never means more than the longest wait.
pub fn wait_left(locked_until: i64, now: i64) -> Option<i64> {
    let left = locked_until.saturating_sub(now);
    (left > 0).then(|| left.min(MAX_DELAY_SECS))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wait_is_never_longer_than_the_longest() {
        let now = 1_795_420_800;
        assert_eq!(wait_left(now - 5, now), None);
        assert_eq!(wait_left(now, now), None);
        assert_eq!(wait_left(now + 40, now), Some(40));
        assert_eq!(wait_left(now + 10 * 365 * 86_400, now), Some(300));
        assert_eq!(wait_left(i64::MAX, now), Some(300));
        assert_eq!(wait_left(i64::MIN, now), None);
    }

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
