//! The life of an account: set-up, add, claim, login, wrong passphrases and their
//! delay, recovery, passphrase change with key rotation, disable and remove.

mod common;

use common::{Centre, FACILITATOR_PASS, NOW, pass};
use langkah::crypto::RecoveryCode;
use langkah::domain::journal::{CheckIn, Entry};
use langkah::domain::records::{InboxItem, Kind};
use langkah::domain::{Role, Status};
use langkah::vault::VaultError;
use secrecy::ExposeSecret;

fn entry(body: &str) -> Entry {
    Entry {
        date: chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
        title: "Hari ini".into(),
        body: body.into(),
        tags: vec!["harapan".into()],
        check_in: CheckIn {
            mood: Some(4),
            ..CheckIn::default()
        },
        prompt: None,
        created_at: common::NOW,
        modified_at: None,
    }
}

#[test]
fn set_up_add_claim_and_login() {
    let mut c = Centre::new();
    assert!(c.vault.is_set_up().unwrap());
    assert_eq!(c.facilitator.role(), Role::Facilitator);

    let code = c.add(Role::Participant, "Melati");
    let listed = c.vault.list_accounts(&c.facilitator).unwrap();
    let melati = listed.iter().find(|a| a.alias == "Melati").unwrap();
    assert_eq!(
        (melati.role, melati.status),
        (Role::Participant, Status::Unclaimed)
    );
    assert_eq!(melati.last_login_at, None);

    // Before the claim, no passphrase opens the account.
    let err = c
        .vault
        .unlock("Melati", &pass("anything at all"), NOW)
        .unwrap_err();
    assert!(matches!(err, VaultError::WrongCredentials { .. }));

    let pending = c
        .vault
        .prepare_claim("melati", &code, &pass("bunga melati putih"), NOW)
        .unwrap();
    assert_eq!(
        pending.recovery_code().canonical().expose_secret().len(),
        24
    );
    let session = c.vault.commit(pending, NOW).unwrap();
    assert_eq!(session.alias(), "Melati");

    let id = langkah::crypto::random_id();
    c.vault
        .save(&session, &id, &entry("Aku mulai lagi."))
        .unwrap();
    drop(session);
    c.reopen();

    let session = c
        .vault
        .unlock("MELATI", &pass("bunga melati putih"), NOW + 60)
        .unwrap();
    let back: Entry = c.vault.load::<Entry>(&session, &id).unwrap().unwrap();
    assert_eq!(back.body, "Aku mulai lagi.");
    let listed = c.vault.list_accounts(&c.facilitator).unwrap();
    let melati = listed.iter().find(|a| a.alias == "Melati").unwrap();
    assert_eq!(
        (melati.status, melati.last_login_at),
        (Status::Active, Some(NOW + 60))
    );
}

#[test]
fn a_claim_that_is_not_committed_changes_nothing() {
    let mut c = Centre::new();
    let code = c.add(Role::Participant, "Melati");
    let pending = c
        .vault
        .prepare_claim("Melati", &code, &pass("bunga melati putih"), NOW)
        .unwrap();
    drop(pending); // she did not confirm that she kept the recovery code
    let listed = c.vault.list_accounts(&c.facilitator).unwrap();
    assert_eq!(
        listed.iter().find(|a| a.alias == "Melati").unwrap().status,
        Status::Unclaimed
    );
    // The same code still works.
    let pending = c
        .vault
        .prepare_claim("Melati", &code, &pass("bunga melati putih"), NOW)
        .unwrap();
    c.vault.commit(pending, NOW).unwrap();
}

#[test]
fn wrong_passphrases_are_free_five_times_then_slowed_down() {
    let mut c = Centre::new();
    c.member(Role::Participant, "Melati", "bunga melati putih");
    let wrong = pass("bukan ini sandinya");
    for i in 0..5 {
        let err = c.vault.unlock("Melati", &wrong, NOW + i).unwrap_err();
        assert!(
            matches!(err, VaultError::WrongCredentials { retry_after: None }),
            "{err:?}"
        );
    }
    let err = c.vault.unlock("Melati", &wrong, NOW + 5).unwrap_err();
    assert!(matches!(
        err,
        VaultError::WrongCredentials {
            retry_after: Some(30)
        }
    ));

    // During the wait even the right passphrase is refused at once, and a
    // restart does not reset the count.
    c.reopen();
    let err = c
        .vault
        .unlock("Melati", &pass("bunga melati putih"), NOW + 15)
        .unwrap_err();
    assert!(matches!(err, VaultError::TryLater { seconds: 20 }));

    // The refused attempt counted too (the seventh), so the eighth waits 2 minutes.
    let err = c.vault.unlock("Melati", &wrong, NOW + 35).unwrap_err();
    assert!(matches!(
        err,
        VaultError::WrongCredentials {
            retry_after: Some(120)
        }
    ));

    // After the wait the right passphrase works, and she learns of the attempts
    // whose passphrase was checked.
    let session = c
        .vault
        .unlock("Melati", &pass("bunga melati putih"), NOW + 160)
        .unwrap();
    assert_eq!(
        session.failed_logins(),
        &[NOW, NOW + 1, NOW + 2, NOW + 3, NOW + 4, NOW + 5, NOW + 35]
    );
    drop(session);
    // The counter is reset, and the notes are not reported twice.
    let session = c
        .vault
        .unlock("Melati", &pass("bunga melati putih"), NOW + 200)
        .unwrap();
    assert!(session.failed_logins().is_empty());
    assert_eq!(
        c.vault
            .open_all(&session, Kind::Notice)
            .unwrap()
            .items
            .len(),
        7
    );
}

#[test]
fn an_unknown_alias_looks_exactly_like_a_wrong_passphrase() {
    let mut c = Centre::new();
    c.member(Role::Participant, "Melati", "bunga melati putih");
    let wrong = pass("bukan ini sandinya");
    for i in 0..7 {
        let known = c
            .vault
            .unlock("Melati", &wrong, NOW + i * 1000)
            .unwrap_err();
        let unknown = c.vault.unlock("Mawar", &wrong, NOW + i * 1000).unwrap_err();
        assert_eq!(format!("{known:?}"), format!("{unknown:?}"));
        assert_eq!(known.to_string(), unknown.to_string());
    }
    // Both are now waiting for the same time.
    let known = c.vault.unlock("Melati", &wrong, NOW + 6001).unwrap_err();
    let unknown = c.vault.unlock("Mawar", &wrong, NOW + 6001).unwrap_err();
    assert!(matches!(known, VaultError::TryLater { .. }));
    assert_eq!(format!("{known:?}"), format!("{unknown:?}"));
}

#[test]
fn recovery_gives_new_keys_and_a_new_code() {
    let mut c = Centre::new();
    let code = c.add(Role::Participant, "Melati");
    let pending = c
        .vault
        .prepare_claim("Melati", &code, &pass("bunga melati putih"), NOW)
        .unwrap();
    let recovery = RecoveryCode::parse(&pending.recovery_code().display()).unwrap();
    let session = c.vault.commit(pending, NOW).unwrap();
    let id = langkah::crypto::random_id();
    c.vault.save(&session, &id, &entry("tetap ada")).unwrap();
    let old_recipient = session.recipient();
    drop(session);

    let wrong = RecoveryCode::parse(&RecoveryCode::generate().display()).unwrap();
    let err = c
        .vault
        .prepare_recovery("Melati", &wrong, &pass("sandi yang baru"), false, NOW)
        .err()
        .unwrap();
    assert!(matches!(err, VaultError::WrongCredentials { .. }));

    let pending = c
        .vault
        .prepare_recovery("Melati", &recovery, &pass("sandi yang baru"), false, NOW)
        .unwrap();
    let new_code = pending.recovery_code().display();
    let session = c.vault.commit(pending, NOW).unwrap();
    assert_ne!(session.recipient(), old_recipient);
    drop(session);

    // The old passphrase and the old recovery code open nothing now.
    assert!(
        c.vault
            .unlock("Melati", &pass("bunga melati putih"), NOW)
            .is_err()
    );
    assert!(
        c.vault
            .prepare_recovery("Melati", &recovery, &pass("lagi lagi lagi"), false, NOW)
            .is_err()
    );
    let session = c
        .vault
        .unlock("Melati", &pass("sandi yang baru"), NOW + 10)
        .unwrap();
    let back: Entry = c.vault.load::<Entry>(&session, &id).unwrap().unwrap();
    assert_eq!(back.body, "tetap ada");
    drop(session);
    let again = RecoveryCode::parse(&new_code).unwrap();
    assert!(
        c.vault
            .prepare_recovery("Melati", &again, &pass("sandi ketiga ya"), false, NOW + 20)
            .is_ok()
    );
}

#[test]
fn passwd_rotates_keys_so_an_old_copy_opens_nothing_new() {
    let mut c = Centre::new();
    let session = c.member(Role::Participant, "Melati", "bunga melati putih");
    let before = langkah::crypto::random_id();
    c.vault.save(&session, &before, &entry("sebelum")).unwrap();
    let old_recipient = session.recipient();
    drop(session);

    // Someone keeps a copy of the database as it is now.
    c.vault.checkpoint().unwrap();
    let copy_dir = c.tmp.path().join("copy");
    let copy = langkah::datadir::DataDir::open_or_create(&copy_dir).unwrap();
    std::fs::copy(c.dir.database(), copy.database()).unwrap();

    let session = c
        .vault
        .unlock("Melati", &pass("bunga melati putih"), NOW)
        .unwrap();
    let pending = c
        .vault
        .prepare_rotation(session, &pass("sandi yang baru"), false)
        .unwrap();
    let session = c.vault.commit(pending, NOW).unwrap();
    assert_ne!(session.recipient(), old_recipient);
    let after = langkah::crypto::random_id();
    c.vault.save(&session, &after, &entry("sesudah")).unwrap();
    // Old records were re-sealed and still open.
    let old: Entry = c.vault.load::<Entry>(&session, &before).unwrap().unwrap();
    assert_eq!(old.body, "sebelum");
    let sealed_after: Vec<u8> = c
        .vault
        .store()
        .conn()
        .query_row(
            "SELECT sealed FROM records WHERE id = ?1",
            [after.as_bytes()],
            |r| r.get(0),
        )
        .unwrap();
    drop(session);

    // The old passphrase opens the old copy, but not what was written since.
    let mut old_vault = langkah::vault::Vault::open(&copy).unwrap();
    let old_session = old_vault
        .unlock("Melati", &pass("bunga melati putih"), NOW)
        .unwrap();
    old_vault
        .store()
        .conn()
        .execute(
            "INSERT INTO records (id, owner, kind, sealed) VALUES (?1, ?2, 'entry', ?3)",
            rusqlite::params![
                after.as_bytes(),
                old_session.account().as_bytes(),
                sealed_after
            ],
        )
        .unwrap();
    let err = old_vault.load::<Entry>(&old_session, &after).unwrap_err();
    assert!(matches!(err, VaultError::Damaged(_)));

    // A note still addressed to her old recipient opens after the change.
    let note = InboxItem::FailedLogin { at: NOW + 1 };
    let ciphertext =
        langkah::crypto::keys::encrypt_to(&old_recipient, &serde_json::to_vec(&note).unwrap())
            .unwrap();
    let account: Vec<u8> = c
        .vault
        .store()
        .conn()
        .query_row("SELECT id FROM accounts WHERE alias = 'Melati'", [], |r| {
            r.get(0)
        })
        .unwrap();
    c.vault
        .store()
        .conn()
        .execute(
            "INSERT INTO inbox (id, addressee, sender, ciphertext) VALUES (?1, ?2, NULL, ?3)",
            rusqlite::params![langkah::crypto::random_id().as_bytes(), account, ciphertext],
        )
        .unwrap();
    let session = c
        .vault
        .unlock("Melati", &pass("sandi yang baru"), NOW + 5)
        .unwrap();
    assert_eq!(session.failed_logins(), &[NOW + 1]);
    assert_eq!(session.report().unopened_messages, 0);
    let notes = c.vault.load_all::<InboxItem>(&session).unwrap();
    assert_eq!(notes.items.len(), 1);
    assert_eq!(notes.items[0].1, note);
    assert_eq!(c.count("SELECT count(*) FROM inbox"), 0);
}

#[test]
fn a_disabled_account_keeps_everything_but_cannot_log_in() {
    let mut c = Centre::new();
    let session = c.member(Role::Mentor, "Bu Rina", "nasehat dan motivasi");
    let id = langkah::crypto::random_id();
    c.vault.save(&session, &id, &entry("catatan")).unwrap();
    drop(session);
    let f = c.facilitator;
    c.facilitator = c
        .vault
        .unlock("Sari", &pass(FACILITATOR_PASS), NOW)
        .unwrap();
    drop(f);

    c.vault
        .set_enabled(&c.facilitator, "bu rina", false)
        .unwrap();
    let err = c
        .vault
        .unlock("Bu Rina", &pass("nasehat dan motivasi"), NOW)
        .unwrap_err();
    assert!(matches!(err, VaultError::AccountDisabled));
    c.vault
        .set_enabled(&c.facilitator, "Bu Rina", true)
        .unwrap();
    let session = c
        .vault
        .unlock("Bu Rina", &pass("nasehat dan motivasi"), NOW)
        .unwrap();
    assert!(c.vault.load::<Entry>(&session, &id).unwrap().is_some());

    // Only a facilitator manages accounts, and the last one cannot be switched off.
    assert!(matches!(
        c.vault.set_enabled(&session, "Sari", false),
        Err(VaultError::NotAllowed)
    ));
    assert!(matches!(
        c.vault.set_enabled(&c.facilitator, "Sari", false),
        Err(VaultError::LastFacilitator)
    ));
    assert!(matches!(
        c.vault.remove_account(&c.facilitator, "Sari"),
        Err(VaultError::LastFacilitator)
    ));
}

#[test]
fn remove_deletes_every_row_of_the_account() {
    let mut c = Centre::new();
    let session = c.member(Role::Participant, "Melati", "bunga melati putih");
    for i in 0..5 {
        c.vault
            .save(
                &session,
                &langkah::crypto::random_id(),
                &entry(&format!("catatan {i}")),
            )
            .unwrap();
    }
    let account = *session.account();
    drop(session);
    // A failed login leaves an inbox note and a throttle row.
    let _ = c.vault.unlock("Melati", &pass("salah salah salah"), NOW);
    assert_eq!(c.count("SELECT count(*) FROM inbox"), 1);

    c.vault.remove_account(&c.facilitator, "Melati").unwrap();
    let conn = c.vault.store().conn();
    for table in [
        "records WHERE owner",
        "inbox WHERE addressee",
        "accounts WHERE id",
    ] {
        let n: i64 = conn
            .query_row(
                &format!("SELECT count(*) FROM {table} = ?1"),
                [account.as_bytes()],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(n, 0, "{table}");
    }
    assert_eq!(c.count("SELECT count(*) FROM login_throttle"), 0);
    assert_eq!(c.count("SELECT count(*) FROM records"), 0);
    assert!(matches!(
        c.vault.unlock("Melati", &pass("bunga melati putih"), NOW),
        Err(VaultError::WrongCredentials { .. })
    ));
    assert!(matches!(
        c.vault.remove_account(&c.facilitator, "Melati"),
        Err(VaultError::UnknownAccount)
    ));
}

#[test]
fn names_are_unique_regardless_of_case() {
    let mut c = Centre::new();
    c.add(Role::Participant, "Melati");
    assert!(matches!(
        c.vault
            .add_account(&c.facilitator, Role::Mentor, " melati ", NOW),
        Err(VaultError::AliasTaken)
    ));
    assert!(matches!(
        c.vault.add_account(&c.facilitator, Role::Mentor, "", NOW),
        Err(VaultError::BadAlias(_))
    ));
}

#[test]
fn a_second_set_up_is_refused() {
    let mut c = Centre::new();
    assert!(matches!(
        c.vault
            .prepare_set_up("Lain", "Budi", "en", &pass("delapan huruf"), NOW),
        Err(VaultError::AlreadySetUp)
    ));
}

#[test]
fn a_new_setup_code_replaces_the_old_one_until_she_claims() {
    let mut c = Centre::new();
    let old = c.add(Role::Participant, "Melati");
    let new = c
        .vault
        .new_setup_code(&c.facilitator, "melati", NOW + 60)
        .unwrap();
    assert!(matches!(
        c.vault
            .prepare_claim("Melati", &old, &pass("bunga melati putih"), NOW + 120),
        Err(VaultError::WrongCredentials { .. })
    ));
    let pending = c
        .vault
        .prepare_claim("Melati", &new, &pass("bunga melati putih"), NOW + 120)
        .unwrap();
    c.vault.commit(pending, NOW + 120).unwrap();
    assert!(matches!(
        c.vault.new_setup_code(&c.facilitator, "Melati", NOW + 180),
        Err(VaultError::AlreadyClaimed)
    ));
}

#[test]
fn an_account_switched_off_during_recovery_stays_off() {
    let mut c = Centre::new();
    let code = c.add(Role::Participant, "Melati");
    let pending = c
        .vault
        .prepare_claim("Melati", &code, &pass("bunga melati putih"), NOW)
        .unwrap();
    let recovery =
        langkah::crypto::RecoveryCode::parse(&pending.recovery_code().display()).unwrap();
    c.vault.commit(pending, NOW).unwrap();
    let pending = c
        .vault
        .prepare_recovery("Melati", &recovery, &pass("langit biru cerah"), false, NOW)
        .unwrap();
    c.vault
        .set_enabled(&c.facilitator, "Melati", false)
        .unwrap();
    c.vault.commit(pending, NOW).unwrap();
    let list = c.vault.list_accounts(&c.facilitator).unwrap();
    let melati = list.iter().find(|a| a.alias == "Melati").unwrap();
    assert_eq!(melati.status, langkah::domain::Status::Disabled);
}

#[test]
fn rotation_keeps_the_sharing_key_unless_the_old_passphrase_may_be_known() {
    let mut c = Centre::new();
    let session = c.member(Role::Participant, "Melati", "bunga melati putih");
    let sharing = session.sharing_recipient();
    let notes = session.recipient();
    let pending = c
        .vault
        .prepare_rotation(session, &pass("sandi kedua yang baru"), false)
        .unwrap();
    let session = c.vault.commit(pending, NOW).unwrap();
    assert_eq!(session.sharing_recipient(), sharing);
    assert_ne!(session.recipient(), notes);

    let pending = c
        .vault
        .prepare_rotation(session, &pass("sandi ketiga yang baru"), true)
        .unwrap();
    let session = c.vault.commit(pending, NOW).unwrap();
    assert_ne!(session.sharing_recipient(), sharing);
    drop(session);
    // What was committed is what opens next time.
    let again = c
        .vault
        .unlock("Melati", &pass("sandi ketiga yang baru"), NOW + 1)
        .unwrap();
    assert_ne!(again.sharing_recipient(), sharing);
}
