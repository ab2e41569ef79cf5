//! Attack 9: absurd centre settings. Before, an auto-lock of 99999999999
//! minutes turned auto-lock off, and a larger one wrapped and logged her out
//! on every tick.

use super::*;
use common::NOW;
use langkah::store::settings;
use langkah::vault::{MAX_AUTO_LOCK_MINUTES, MAX_SETUP_CODE_HOURS};

#[test]
fn absurd_settings_are_clamped_in_one_place() {
    let (mut c, s) = centre_with_melati();
    drop(s);
    let conn = attacker(&c);
    let set = |key: &str, value: &str| {
        conn.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, value],
        )
        .unwrap();
    };
    for (lock, hours, expect_lock, expect_hours) in [
        (
            "99999999999",
            "9223372036854775807",
            MAX_AUTO_LOCK_MINUTES,
            MAX_SETUP_CODE_HOURS,
        ),
        (
            "999999999999999999999999",
            "-9223372036854775808",
            MAX_AUTO_LOCK_MINUTES,
            1,
        ),
        ("0", "0", 1, 1),
        ("-5", "dua", 1, settings::DEFAULT_SETUP_CODE_HOURS),
        (
            "lima",
            "",
            settings::DEFAULT_AUTO_LOCK_MINUTES,
            settings::DEFAULT_SETUP_CODE_HOURS,
        ),
    ] {
        set(settings::AUTO_LOCK_MINUTES, lock);
        set(settings::SETUP_CODE_HOURS, hours);
        set(settings::LANGUAGE, "xx");
        set(settings::CURRENCY, "BTC");
        // Positive control: the file really holds the absurd values.
        assert_eq!(
            c.vault
                .setting(settings::AUTO_LOCK_MINUTES)
                .unwrap()
                .as_deref(),
            Some(lock)
        );
        let got = c.vault.centre_settings();
        assert_eq!(got.auto_lock_minutes, expect_lock, "{lock}");
        assert_eq!(got.setup_code_hours, expect_hours, "{hours}");
        assert_eq!(got.language, "id");
        assert_eq!(got.currency, "Rp");
        // A setup code made now expires within the clamped time, with no overflow.
        c.vault
            .add_account(
                &c.facilitator,
                langkah::domain::Role::Participant,
                &format!("Baru {lock}"),
                NOW,
            )
            .unwrap();
        let expires: i64 = conn
            .query_row(
                "SELECT setup_code_expires_at FROM accounts WHERE alias = ?1",
                [format!("Baru {lock}")],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(expires, NOW + expect_hours * 3600);
    }
}
