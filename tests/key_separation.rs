//! No one but her holds her key: not the facilitator with the setup code and a
//! copy of the data folder, not another account, not a tampered row.

mod common;

use common::{Centre, NOW, pass};
use langkah::crypto::{CryptoError, KeyBundle, kdf};
use langkah::domain::Role;
use langkah::domain::journal::{CheckIn, Entry};
use langkah::domain::records::Advice;
use langkah::vault::VaultError;
use secrecy::{ExposeSecret, SecretString};

fn entry() -> Entry {
    Entry {
        date: chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
        title: "rahasia".into(),
        body: "hanya untukku".into(),
        tags: vec![],
        check_in: CheckIn::default(),
        prompt: None,
        created_at: common::NOW,
        modified_at: None,
    }
}

fn blobs(c: &Centre, sql: &str) -> Vec<Vec<u8>> {
    let conn = c.vault.store().conn();
    let mut stmt = conn.prepare(sql).unwrap();
    stmt.query_map([], |r| r.get::<_, Option<Vec<u8>>>(0))
        .unwrap()
        .filter_map(|b| b.unwrap())
        .collect()
}

#[test]
fn the_setup_code_and_a_full_copy_open_nothing_after_the_claim() {
    let mut c = Centre::new();
    let code = c.add(Role::Participant, "Melati");
    let pending = c
        .vault
        .prepare_claim("Melati", &code, &pass("bunga melati putih"), NOW)
        .unwrap();
    let session = c.vault.commit(pending, NOW).unwrap();
    let id = langkah::crypto::random_id();
    c.vault.save(&session, &id, &entry()).unwrap();
    let owner = *session.account();
    drop(session);

    // The code no longer claims anything.
    let err = c
        .vault
        .prepare_claim("Melati", &code, &pass("facilitator tries"), NOW)
        .unwrap_err();
    assert!(matches!(err, VaultError::WrongCredentials { .. }));

    // Every wrapped key in her row resists the setup code, in both written forms.
    let mut wrapped = blobs(
        &c,
        "SELECT keys_by_passphrase FROM accounts WHERE alias = 'Melati'",
    );
    wrapped.extend(blobs(
        &c,
        "SELECT keys_by_recovery FROM accounts WHERE alias = 'Melati'",
    ));
    assert_eq!(wrapped.len(), 2);
    for form in [code.canonical().expose_secret().to_owned(), code.display()] {
        let guess = SecretString::from(form);
        for blob in &wrapped {
            assert_eq!(
                KeyBundle::unwrap(&guess, blob).err(),
                Some(CryptoError::WrongSecret)
            );
        }
    }

    // The facilitator's own keys open none of her records.
    let f_blob = blobs(
        &c,
        "SELECT keys_by_passphrase FROM accounts WHERE alias = 'Sari'",
    );
    let f_keys = KeyBundle::unwrap(
        &SecretString::from(common::FACILITATOR_PASS.to_owned()),
        &f_blob[0],
    )
    .unwrap();
    let sealed = blobs(&c, "SELECT sealed FROM records WHERE kind = 'entry'");
    assert_eq!(sealed.len(), 1);
    assert_eq!(
        langkah::crypto::seal::open(f_keys.vault_key(), &owner, "entry", &id, &sealed[0]),
        Err(CryptoError::Damaged)
    );
    let err = c.vault.load::<Entry>(&c.facilitator, &id).unwrap();
    assert!(
        err.is_none(),
        "a facilitator's session sees no one else's records"
    );
}

#[test]
fn expired_and_reused_codes_are_refused() {
    let mut c = Centre::new();
    let code = c.add(Role::Participant, "Melati");
    let too_late = NOW + 72 * 3600 + 1;
    let err = c
        .vault
        .prepare_claim("Melati", &code, &pass("bunga melati putih"), too_late)
        .unwrap_err();
    assert!(matches!(err, VaultError::WrongCredentials { .. }));

    let just_in_time = NOW + 72 * 3600 - 1;
    let pending = c
        .vault
        .prepare_claim("Melati", &code, &pass("bunga melati putih"), just_in_time)
        .unwrap();
    c.vault.commit(pending, just_in_time).unwrap();
    let err = c
        .vault
        .prepare_claim("Melati", &code, &pass("lagi lagi lagi"), just_in_time)
        .unwrap_err();
    assert!(matches!(err, VaultError::WrongCredentials { .. }));
}

#[test]
fn a_code_used_in_another_window_meanwhile_is_not_used_twice() {
    let mut c = Centre::new();
    let code = c.add(Role::Participant, "Melati");
    let first = c
        .vault
        .prepare_claim("Melati", &code, &pass("bunga melati putih"), NOW)
        .unwrap();
    let second = c
        .vault
        .prepare_claim("Melati", &code, &pass("orang lain mencoba"), NOW)
        .unwrap();
    c.vault.commit(first, NOW).unwrap();
    assert!(matches!(
        c.vault.commit(second, NOW),
        Err(VaultError::Conflict)
    ));
    assert!(
        c.vault
            .unlock("Melati", &pass("bunga melati putih"), NOW)
            .is_ok()
    );
}

#[test]
fn a_sealed_record_moved_to_another_account_kind_or_id_fails() {
    let mut c = Centre::new();
    let melati = c.member(Role::Participant, "Melati", "bunga melati putih");
    let id = langkah::crypto::random_id();
    c.vault.save(&melati, &id, &entry()).unwrap();
    let conn = c.vault.store().conn();

    // Another kind: read as the advice it now claims to be.
    conn.execute(
        "UPDATE records SET kind = 'advice' WHERE id = ?1",
        [id.as_bytes()],
    )
    .unwrap();
    assert!(matches!(
        c.vault.load::<Advice>(&melati, &id),
        Err(VaultError::Damaged(_))
    ));
    conn.execute(
        "UPDATE records SET kind = 'entry' WHERE id = ?1",
        [id.as_bytes()],
    )
    .unwrap();

    // Another id.
    let other_id = langkah::crypto::random_id();
    conn.execute(
        "UPDATE records SET id = ?2 WHERE id = ?1",
        [id.as_bytes(), other_id.as_bytes()],
    )
    .unwrap();
    assert!(matches!(
        c.vault.load::<Entry>(&melati, &other_id),
        Err(VaultError::Damaged(_))
    ));
    conn.execute(
        "UPDATE records SET id = ?2 WHERE id = ?1",
        [other_id.as_bytes(), id.as_bytes()],
    )
    .unwrap();
    assert!(c.vault.load::<Entry>(&melati, &id).unwrap().is_some());

    // Another account.
    let dewi = c.member(Role::Participant, "Dewi", "dewi suka menjahit");
    let conn = c.vault.store().conn();
    conn.execute(
        "UPDATE records SET owner = ?2 WHERE id = ?1",
        [id.as_bytes(), dewi.account().as_bytes()],
    )
    .unwrap();
    assert!(matches!(
        c.vault.load::<Entry>(&dewi, &id),
        Err(VaultError::Damaged(_))
    ));
}

#[test]
fn another_accounts_key_bundle_is_detected_at_unlock() {
    let mut c = Centre::new();
    c.member(Role::Participant, "Melati", "bunga melati putih");
    c.member(Role::Participant, "Dewi", "bunga melati putih");

    // Dewi's wrapped bundle put in Melati's row (same passphrase, by chance).
    let conn = c.vault.store().conn();
    conn.execute(
        "UPDATE accounts SET keys_by_passphrase =
            (SELECT keys_by_passphrase FROM accounts WHERE alias = 'Dewi')
         WHERE alias = 'Melati'",
        [],
    )
    .unwrap();
    assert!(matches!(
        c.vault.unlock("Melati", &pass("bunga melati putih"), NOW),
        Err(VaultError::Tampered)
    ));
}

#[test]
fn a_hostile_work_factor_is_refused_at_once() {
    let mut c = Centre::new();
    c.member(Role::Participant, "Melati", "bunga melati putih");
    // Rewrite the stored work factor to 22 (2^22: 4 GiB and minutes of work).
    let conn = c.vault.store().conn();
    let blob: Vec<u8> = conn
        .query_row(
            "SELECT keys_by_passphrase FROM accounts WHERE alias = 'Melati'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let text = String::from_utf8_lossy(&blob[..80]).into_owned();
    let line = text.lines().nth(1).unwrap();
    let hostile_line = format!("{} 22", line.rsplit_once(' ').unwrap().0);
    let mut hostile = blob.clone();
    let start = blob
        .windows(line.len())
        .position(|w| w == line.as_bytes())
        .unwrap();
    hostile.splice(start..start + line.len(), hostile_line.bytes());
    conn.execute(
        "UPDATE accounts SET keys_by_passphrase = ?1 WHERE alias = 'Melati'",
        [&hostile],
    )
    .unwrap();

    let started = std::time::Instant::now();
    let err = c
        .vault
        .unlock("Melati", &pass("bunga melati putih"), NOW)
        .unwrap_err();
    // A safety bound, not a speed measurement: doing the work would take minutes.
    assert!(started.elapsed() < std::time::Duration::from_millis(100));
    assert!(matches!(
        err,
        VaultError::Damaged(CryptoError::WorkFactorTooHigh(22))
    ));
    assert_eq!(kdf::scrypt_work_factor(&hostile), Ok(22));
}

#[test]
fn a_record_id_of_another_account_is_not_overwritten_quietly() {
    let mut c = Centre::new();
    let melati = c.member(Role::Participant, "Melati", "bunga melati putih");
    let mawar = c.member(Role::Participant, "Mawar", "mawar merah merekah");
    let id = langkah::crypto::random_id();
    c.vault.save(&melati, &id, &entry()).unwrap();
    assert!(c.vault.save(&mawar, &id, &entry()).is_err());
    let back: Entry = c.vault.load::<Entry>(&melati, &id).unwrap().unwrap();
    assert_eq!(back, entry());
}
