//! A copy of `langkah.db` alone, taken while a second window keeps the file
//! open after a passphrase change, must not open with the old passphrase or the
//! old recovery code, nor hold the ciphertext of an entry she deleted. Before,
//! the WAL was never checkpointed while any window was open.

use super::*;
use common::{NOW, entry};
use langkah::datadir::DataDir;
use langkah::vault::{Vault, VaultError};

fn copy_of_db(c: &Centre, name: &str) -> DataDir {
    let dir = DataDir::open_or_create(&c.tmp.path().join(name)).unwrap();
    std::fs::copy(c.dir.database(), dir.database()).unwrap();
    dir
}

#[test]
fn a_copy_after_passwd_opens_with_no_old_secret_and_holds_no_deleted_entry() {
    let (mut c, s, old_recovery) = centre_with_melati_and_code();
    let gone = langkah::crypto::random_id();
    c.vault
        .save(&s, &gone, &entry("dihapus", "sebentar lagi dihapus"))
        .unwrap();
    let gone_sealed = blob(
        &attacker(&c),
        &format!("SELECT sealed FROM records WHERE id = x'{gone}'"),
    );
    // A second window stays open the whole time.
    let second = Vault::open(&c.dir).unwrap();

    // Positive control: a copy taken now (after a checkpoint) opens with the
    // old passphrase.
    c.vault.checkpoint().unwrap();
    let early = copy_of_db(&c, "early");
    Vault::open(&early)
        .unwrap()
        .unlock("Melati", &pass(PASS), NOW)
        .unwrap();

    assert!(c.vault.delete(&s, &gone).unwrap());
    let new_pass = "sandi baru yang panjang";
    let pending = c.vault.prepare_rotation(s, &pass(new_pass), false).unwrap();
    drop(c.vault.commit(pending, NOW).unwrap());

    let copy = copy_of_db(&c, "late");
    let bytes = std::fs::read(copy.database()).unwrap();
    assert!(
        !bytes
            .windows(48)
            .any(|w| gone_sealed.windows(48).any(|g| g == w)),
        "the deleted entry's ciphertext is still in the file"
    );
    let mut v = Vault::open(&copy).unwrap();
    assert!(matches!(
        v.unlock("Melati", &pass(PASS), NOW + 1),
        Err(VaultError::WrongCredentials { .. })
    ));
    assert!(matches!(
        v.prepare_recovery(
            "Melati",
            &old_recovery,
            &pass("apa saja yang panjang"),
            false,
            NOW + 2
        ),
        Err(VaultError::WrongCredentials { .. })
    ));
    // The copy is whole: the new passphrase opens it.
    v.unlock("Melati", &pass(new_pass), NOW + 3).unwrap();
    drop(second);
}
