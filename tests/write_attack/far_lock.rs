//! Attack 11: a `locked_until` ten years ahead. Before, it blocked both login
//! and recovery for ten years.

use super::*;
use common::NOW;
use langkah::domain::throttle::MAX_DELAY_SECS;
use langkah::vault::VaultError;

#[test]
fn a_wait_years_ahead_is_cut_back_to_five_minutes() {
    let (mut c, s, recovery) = centre_with_melati_and_code();
    let id = *s.account();
    drop(s);
    let conn = attacker(&c);
    let ten_years = NOW + 10 * 365 * 86_400;
    conn.execute(
        "INSERT INTO login_throttle (subject, failures, locked_until) VALUES (?1, 3, ?2)",
        rusqlite::params![id.as_bytes(), ten_years],
    )
    .unwrap();

    // Positive control: the wait is in force, but it is never more than 5 minutes.
    let err = c.vault.unlock("Melati", &pass(PASS), NOW).unwrap_err();
    assert!(
        matches!(err, VaultError::TryLater { seconds } if seconds == MAX_DELAY_SECS),
        "{err:?}"
    );
    let err = c
        .vault
        .prepare_recovery(
            "Melati",
            &recovery,
            &pass("sandi baru yang panjang"),
            false,
            NOW + 10,
        )
        .unwrap_err();
    assert!(
        matches!(err, VaultError::TryLater { seconds } if seconds <= MAX_DELAY_SECS),
        "{err:?}"
    );

    // Five minutes later, recovery works, and then her new passphrase.
    let pending = c
        .vault
        .prepare_recovery(
            "Melati",
            &recovery,
            &pass("sandi baru yang panjang"),
            false,
            NOW + MAX_DELAY_SECS,
        )
        .unwrap();
    drop(c.vault.commit(pending, NOW + MAX_DELAY_SECS).unwrap());
    unlock(&mut c, "sandi baru yang panjang", NOW + MAX_DELAY_SECS + 1);
}
