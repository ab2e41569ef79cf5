//! Attack 10: twelve wrong passphrases at once, from twelve windows. Before,
//! each read the count before any wrote it, and the count ended at 1.

use super::*;
use common::NOW;
use langkah::vault::{Vault, VaultError};
use std::sync::{Arc, Barrier};

fn failures(conn: &Connection, id: &Id) -> i64 {
    conn.query_row(
        "SELECT failures FROM login_throttle WHERE subject = ?1",
        [id.as_bytes()],
        |r| r.get(0),
    )
    .unwrap()
}

#[test]
fn twelve_parallel_wrong_passphrases_count_twelve() {
    let (mut c, s) = centre_with_melati();
    let id = *s.account();
    drop(s);
    let conn = attacker(&c);

    // Positive control: one wrong passphrase counts one.
    assert!(c.vault.unlock("Melati", &pass("salah"), NOW).is_err());
    assert_eq!(failures(&conn, &id), 1);
    unlock(&mut c, PASS, NOW);
    assert_eq!(count(&conn, "SELECT count(*) FROM login_throttle"), 0);

    let start = Arc::new(Barrier::new(12));
    let guesses: Vec<_> = (0..12)
        .map(|i| {
            let dir = c.dir.clone();
            let start = Arc::clone(&start);
            std::thread::spawn(move || {
                let mut vault = Vault::open(&dir).unwrap();
                start.wait();
                vault.unlock("Melati", &pass(&format!("tebakan ke {i}")), NOW + 1)
            })
        })
        .collect();
    for g in guesses {
        let err = g.join().unwrap().unwrap_err();
        assert!(
            matches!(
                err,
                VaultError::WrongCredentials { .. } | VaultError::TryLater { .. }
            ),
            "{err:?}"
        );
    }
    assert_eq!(failures(&conn, &id), 12);
}
