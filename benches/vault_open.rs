//! How long opening a full vault takes: 10,000 journal-sized records (about 1.5 KB
//! each), read from SQLite, the key bundle read, and every record opened.
//! Also what a login refusal costs for a wrong passphrase and for an unknown alias,
//! which must be the same so that aliases can't be probed by timing.
//!
//! Run with `cargo bench --bench vault_open`. Benches build with the test-only weak
//! scrypt factor (2^10) like the tests do, so the login figures here are for the
//! comparison only; `scrypt_2_18` measures the real release work factor on its own.
//! Results are written down in BENCHMARKS.md.

use divan::Bencher;
use langkah::crypto::{KeyBundle, Passphrase};
use langkah::datadir::DataDir;
use langkah::domain::Role;
use langkah::domain::records::Kind;
use langkah::store::records;
use langkah::vault::{Session, Vault};
use secrecy::SecretString;
use std::io::{Read, Write};
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{LazyLock, Mutex};
use tempfile::TempDir;

const ENTRIES: usize = 10_000;
const NOW: i64 = 1_795_420_800;
const PASS: &str = "teh manis di pagi hari";

struct Fixture {
    _tmp: TempDir,
    vault: Vault,
    session: Session,
}

/// One centre with one participant who has 10,000 entries, built once.
static FIXTURE: LazyLock<Mutex<Fixture>> = LazyLock::new(|| Mutex::new(build_fixture()));

fn build_fixture() -> Fixture {
    let tmp = tempfile::tempdir().unwrap();
    let dir = DataDir::open_or_create(&tmp.path().join("data")).unwrap();
    let mut vault = Vault::open(&dir).unwrap();
    let pending = vault
        .prepare_set_up("Rumah Harapan", "Sari", "id", &pass(PASS), NOW)
        .unwrap();
    let facilitator = vault.commit(pending, NOW).unwrap();
    let code = vault
        .add_account(&facilitator, Role::Participant, "Melati", NOW)
        .unwrap();
    let pending = vault
        .prepare_claim("Melati", &code, &pass(PASS), NOW)
        .unwrap();
    let session = vault.commit(pending, NOW).unwrap();

    // Filling 10,000 records one durable commit at a time would take minutes of
    // fsyncs that say nothing about reading; relax that for the set-up only.
    let conn = vault.store().conn();
    conn.execute_batch("PRAGMA synchronous=OFF").unwrap();
    let body = "Hari ini saya belajar membuat kue lapis. ".repeat(36); // ~1.5 KB
    for n in 0..ENTRIES {
        let text = format!("{n} {body}");
        vault
            .save_bytes(
                &session,
                Kind::Entry,
                &langkah::crypto::random_id(),
                text.as_bytes(),
            )
            .unwrap();
    }
    vault
        .store()
        .conn()
        .execute_batch("PRAGMA synchronous=FULL")
        .unwrap();
    Fixture {
        _tmp: tmp,
        vault,
        session,
    }
}

fn pass(s: &str) -> Passphrase {
    Passphrase::typed(s)
}

#[divan::bench(sample_count = 20)]
fn sqlite_read_10k(bencher: Bencher) {
    let f = FIXTURE.lock().unwrap();
    bencher.bench_local(|| {
        records::list(f.vault.store().conn(), f.session.account(), Some("entry"))
            .unwrap()
            .0
            .len()
    });
}

#[divan::bench(sample_count = 20)]
fn open_all_10k(bencher: Bencher) {
    let mut guard = FIXTURE.lock().unwrap();
    let f = &mut *guard;
    bencher.bench_local(|| {
        let opened = f.vault.open_all(&f.session, Kind::Entry).unwrap();
        assert_eq!(opened.items.len(), ENTRIES);
        opened.items.len()
    });
}

/// Reading the key bundle once scrypt has opened it (the scrypt work is
/// `scrypt_2_18`).
#[divan::bench(sample_count = 50)]
fn key_bundle_decode(bencher: Bencher) {
    let bundle = KeyBundle::generate(langkah::crypto::random_id()).encode();
    bencher.bench_local(|| KeyBundle::decode(&bundle).unwrap());
}

/// Each refusal moves the clock a day on, so the throttle never answers first.
static CLOCK: AtomicI64 = AtomicI64::new(NOW);

fn next_day() -> i64 {
    CLOCK.fetch_add(86_400, Ordering::Relaxed) + 86_400
}

#[divan::bench(sample_count = 30)]
fn login_refused_wrong_passphrase(bencher: Bencher) {
    let mut f = FIXTURE.lock().unwrap();
    let wrong = pass("bukan kata sandinya");
    bencher.bench_local(|| {
        assert!(f.vault.unlock("Melati", &wrong, next_day()).is_err());
    });
}

#[divan::bench(sample_count = 30)]
fn login_refused_unknown_alias(bencher: Bencher) {
    let mut f = FIXTURE.lock().unwrap();
    let wrong = pass("bukan kata sandinya");
    bencher.bench_local(|| {
        assert!(f.vault.unlock("Tidak Ada", &wrong, next_day()).is_err());
    });
}

/// The real release work factor, through age directly (the bench build of the
/// crate only writes the weak test factor).
#[divan::bench(sample_count = 3, sample_size = 1)]
fn scrypt_2_18(bencher: Bencher) {
    let secret = SecretString::from(PASS.to_string());
    let mut recipient = age::scrypt::Recipient::new(secret.clone());
    recipient.set_work_factor(18);
    let encryptor = age::Encryptor::with_recipients(std::iter::once(&recipient as _)).unwrap();
    let mut wrapped = vec![];
    let mut w = encryptor.wrap_output(&mut wrapped).unwrap();
    w.write_all(b"an identity would go here").unwrap();
    w.finish().unwrap();
    bencher.bench_local(|| {
        let mut identity = age::scrypt::Identity::new(secret.clone());
        identity.set_max_work_factor(20);
        let decryptor = age::Decryptor::new(&wrapped[..]).unwrap();
        let mut out = vec![];
        decryptor
            .decrypt(std::iter::once(&identity as _))
            .unwrap()
            .read_to_end(&mut out)
            .unwrap();
        out
    });
}

fn main() {
    divan::main();
    // Steady state: the fixture and one full set of opened entries in memory.
    let mut guard = FIXTURE.lock().unwrap();
    let f = &mut *guard;
    let opened = f.vault.open_all(&f.session, Kind::Entry).unwrap();
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let rss = status
        .lines()
        .find(|l| l.starts_with("VmRSS"))
        .unwrap_or("VmRSS: unknown");
    let peak = status
        .lines()
        .find(|l| l.starts_with("VmHWM"))
        .unwrap_or("VmHWM: unknown");
    println!(
        "memory with {} entries open: {rss}; peak {peak}",
        opened.items.len()
    );
}
