//! The checks behind the fuzz targets. Each takes any bytes and panics only on a
//! bug. The fuzz targets (`fuzz_targets/`) and the proptests in
//! `tests/fuzz_props.rs`, which run in `cargo test`, include this one file, so
//! both exercise the same code.

use langkah::app::form::Purpose;
use langkah::crypto::keys::{decrypt_with, encrypt_to};
use langkah::crypto::padding::{BUCKET, LARGE_BUCKET};
use langkah::crypto::{Identity, VaultKey, seal};
use langkah::domain::Id;
use langkah::domain::goals::{
    BusinessGoal, BusinessStatus, DayLog, Milestone, Movement, SavingsGoal,
};
use langkah::domain::journal::{CheckIn, Draft, Entry};
use langkah::domain::records::{ALL_KINDS, Advice, FormDraft, InboxItem, Kind, Preferences};
use langkah::i18n::{Lang, money as show_amount};
use langkah::sharing::{MAX_PAYLOAD, Pin};
use langkah::sharing::{Payload, SharingKeys, Unverified, container, decrypt, encrypt_container};
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::sync::OnceLock;

// Money parsing's public entry point and its limits: if the parser is renamed,
// these lines are the ones to change.
use langkah::domain::money::{CURRENCIES, MAX_AMOUNT, Reading, parse_in as parse_amount};

/// An amount as she types it: never a panic; an accepted amount is within
/// limits; and every amount the app shows, in either language and currency,
/// reads back as the same amount.
pub fn money(data: &[u8]) {
    // She can only type text; the field hands the parser a `&str`.
    let text = String::from_utf8_lossy(data);
    for reading in [Reading::Indonesian, Reading::English] {
        if let Ok(amount) = parse_amount(&text, reading) {
            assert!((0..=MAX_AMOUNT).contains(&amount), "{text:?} gave {amount}");
            round_trips(amount);
        }
    }
    let mut eight = [0u8; 8];
    for (i, b) in data.iter().take(8).enumerate() {
        eight[i] = *b;
    }
    round_trips((u64::from_le_bytes(eight) % (MAX_AMOUNT as u64 + 1)) as i64);
}

/// Every way the app shows `amount`, in either language and currency, reads
/// back as `amount`.
pub fn round_trips(amount: i64) {
    for (lang, reading) in [
        (Lang::Id, Reading::Indonesian),
        (Lang::En, Reading::English),
    ] {
        for symbol in CURRENCIES {
            let shown = show_amount(lang, symbol, amount);
            assert_eq!(parse_amount(&shown, reading), Ok(amount), "{shown:?}");
        }
    }
}

struct Fixed {
    key: VaultKey,
    owner: Id,
    id: Id,
    /// The identity of the C2SP test kit's x25519 files (in the age crate),
    /// so that the seeds taken from the kit open and the code after opening runs.
    notes: Identity,
    signer: SharingKeys,
    receiver: SharingKeys,
}

const TESTKIT_IDENTITY: &str =
    "AGE-SECRET-KEY-1EGTZVFFV20835NWYV6270LXYVK2VKNX2MMDKWYKLMGR48UAWX40Q2P2LM0";

fn sharing_keys(byte: u8) -> SharingKeys {
    let hrp = bech32::Hrp::parse("age-secret-key-").expect("a valid prefix");
    let text = bech32::encode::<bech32::Bech32>(hrp, &[byte; 32])
        .expect("32 bytes encode")
        .to_uppercase();
    SharingKeys::from_identity(Identity::from_secret(&text).expect("a valid key"))
}

/// Keys fixed for the whole run. The vault key is drawn once at random (it has
/// no public constructor from bytes, on purpose); no check depends on its value.
fn fixed() -> &'static Fixed {
    static FIXED: OnceLock<Fixed> = OnceLock::new();
    FIXED.get_or_init(|| Fixed {
        key: VaultKey::generate(),
        owner: Id([0x0a; 16]),
        id: Id([0x1d; 16]),
        notes: Identity::from_secret(TESTKIT_IDENTITY).expect("the test kit's identity"),
        signer: sharing_keys(0x11),
        receiver: sharing_keys(0x22),
    })
}

/// The first byte picks a record kind, the rest is the content.
fn split_kind(data: &[u8]) -> Option<(Kind, &[u8])> {
    let (&first, rest) = data.split_first()?;
    Some((ALL_KINDS[usize::from(first) % ALL_KINDS.len()], rest))
}

/// The sealed-record opener. Random bytes are refused, never a panic. Since
/// random bytes never pass the AEAD, the input is also sealed under a fixed key
/// and opened again: it must come back the same, refuse another kind or id or
/// one flipped bit, and then go through the payload parser of its kind.
pub fn record(data: &[u8]) {
    let f = fixed();
    let Some((kind, plaintext)) = split_kind(data) else {
        return;
    };
    assert!(seal::open(&f.key, &f.owner, kind.as_str(), &f.id, data).is_err());
    let bucket = if kind.grows_in_small_steps() {
        LARGE_BUCKET
    } else {
        BUCKET
    };
    let sealed = seal::seal(&f.key, &f.owner, kind.as_str(), &f.id, plaintext, bucket)
        .expect("every kind seals");
    let opened =
        seal::open(&f.key, &f.owner, kind.as_str(), &f.id, &sealed).expect("our own record opens");
    assert_eq!(opened.as_slice(), plaintext);
    let other = split_kind(&[data[0].wrapping_add(1)]).expect("one byte").0;
    assert!(seal::open(&f.key, &f.owner, other.as_str(), &f.id, &sealed).is_err());
    assert!(seal::open(&f.key, &f.owner, kind.as_str(), &f.owner, &sealed).is_err());
    let mut flipped = sealed.clone();
    let at = usize::from(data[0]) * 7 % flipped.len();
    flipped[at] ^= 1 << (data[0] % 8);
    assert!(seal::open(&f.key, &f.owner, kind.as_str(), &f.id, &flipped).is_err());
    parse_payload(kind, &opened);
}

/// The payload parsers: what each kind's plaintext is read as after opening.
pub fn payloads(data: &[u8]) {
    if let Some((kind, content)) = split_kind(data) {
        parse_payload(kind, content);
    }
}

/// Reads `bytes` the way the vault reads a record of `kind`, and says whether
/// it was read. Whatever parses must write back and read again to the same
/// thing, so nothing she saved changes by being opened and saved again.
pub fn parse_payload(kind: Kind, bytes: &[u8]) -> bool {
    match kind {
        Kind::Entry => json::<Entry>(bytes),
        Kind::SavingsGoal => json::<SavingsGoal>(bytes),
        Kind::BusinessGoal => json::<BusinessGoal>(bytes),
        Kind::Advice => json::<Advice>(bytes),
        Kind::Notice => json::<InboxItem>(bytes),
        Kind::Preferences => json::<Preferences>(bytes),
        Kind::Draft => json::<Draft>(bytes),
        Kind::FormDraft => json::<FormDraft>(bytes),
        Kind::Pin => json::<Pin>(bytes),
        // Sets of ids, 16 bytes each (`vault/tombstones.rs`).
        Kind::Tombstones | Kind::Seen => {
            bytes.len().is_multiple_of(16)
                && bytes.chunks_exact(16).all(|c| Id::from_slice(c).is_some())
        }
        Kind::OldIdentity => std::str::from_utf8(bytes)
            .ok()
            .and_then(|text| Identity::from_secret(text).ok())
            .is_some_and(|i| i.recipient().starts_with("age1")),
    }
}

fn json<T: Serialize + DeserializeOwned>(bytes: &[u8]) -> bool {
    let Ok(value) = serde_json::from_slice::<T>(bytes) else {
        return false;
    };
    let first = written(&value);
    let again: T = serde_json::from_slice(&first).expect("what we write reads back");
    assert_eq!(first, written(&again));
    true
}

/// One record of each kind as the app writes it, each as the fuzz targets take
/// it (the kind's index, then the plaintext): the seeds of `record` and
/// `payloads` (`fuzz/seeds/records/`, checked by `tests/fuzz_props.rs`).
pub fn samples() -> Vec<(String, Vec<u8>)> {
    let date = |d| chrono::NaiveDate::from_ymd_opt(2026, 11, d).expect("a real date");
    let entry = Entry {
        date: date(23),
        title: "Hari ini".into(),
        body: "Saya belajar menjahit.\nBesok lagi.".into(),
        tags: vec!["kerja".into(), "sábar".into()],
        check_in: CheckIn {
            mood: Some(3),
            hope: Some(4),
            calm: None,
            confidence: Some(5),
        },
        prompt: Some("prompt-syukur".into()),
        created_at: NOW,
        modified_at: Some(NOW + 60),
    };
    let movement = |amount, d, note: &str| Movement {
        amount,
        date: date(d),
        note: note.into(),
    };
    let content = |kind: Kind| -> Vec<u8> {
        match kind {
            Kind::Entry => written(&entry),
            Kind::SavingsGoal => written(&SavingsGoal {
                name: "Gerobak".into(),
                target: 5_000_000,
                target_date: Some(date(30)),
                why: "Usaha sendiri".into(),
                movements: vec![movement(250_000, 20, "gaji"), movement(-50_000, 21, "")],
                archived: false,
                created_at: NOW,
            }),
            Kind::BusinessGoal => written(&BusinessGoal {
                what: "Kue".into(),
                for_whom: "Tetangga".into(),
                place: "Rumah".into(),
                capital_needed: 2_000_000,
                monthly_costs: 300_000,
                milestones: vec![Milestone {
                    text: "Beli oven".into(),
                    done: true,
                    date: Some(date(2)),
                }],
                status: BusinessStatus::Running,
                capital_goal: Some(Id([7; 16])),
                log: vec![DayLog {
                    date: date(20),
                    sales: 150_000,
                    expenses: 40_000,
                }],
                archived: false,
                created_at: NOW,
            }),
            Kind::Advice => written(&Advice {
                by: "Bu Rina".into(),
                date: "2026-11-23".into(),
                text: "Simpan sedikit setiap minggu.".into(),
            }),
            Kind::Notice => written(&InboxItem::FailedLogin { at: NOW }),
            Kind::Preferences => written(&Preferences {
                language: Some("id".into()),
                reflection_prompts: true,
                on_this_day: false,
            }),
            Kind::Draft => written(&Draft {
                entry_id: Some(Id([9; 16])),
                entry: entry.clone(),
            }),
            Kind::FormDraft => written(&FormDraft {
                form: Purpose::NewSavingsGoal
                    .draft_code()
                    .expect("a form kept as a draft"),
                values: ["Gerobak", "5.000.000", "", "Usaha sendiri"]
                    .map(String::from)
                    .into(),
            }),
            Kind::Pin => written(&Pin::new("Bu Rina", fixed().signer.card().clone(), NOW)),
            Kind::Tombstones | Kind::Seen => [[1u8; 16], [2u8; 16]].concat(),
            Kind::OldIdentity => TESTKIT_IDENTITY.as_bytes().to_vec(),
        }
    };
    ALL_KINDS
        .iter()
        .enumerate()
        .map(|(i, &kind)| {
            let index = u8::try_from(i).expect("a dozen kinds");
            let name = format!("{i:02}-{}", kind.as_str());
            (name, [vec![index], content(kind)].concat())
        })
        .collect()
}

fn written<T: Serialize>(value: &T) -> Vec<u8> {
    serde_json::to_vec(value).expect("a record always serialises")
}

/// The app's own notes, age-encrypted while she is locked (`crypto::keys`).
/// Any bytes are refused or opened without a panic; the input encrypted to the
/// fixed identity opens to itself, and goes through the note's parser.
pub fn notes(data: &[u8]) {
    let f = fixed();
    if let Ok(opened) = decrypt_with(&[&f.notes], data) {
        parse_payload(Kind::Notice, &opened);
    }
    let file = encrypt_to(&f.notes.recipient(), data).expect("a valid recipient");
    let opened = decrypt_with(&[&f.notes], &file).expect("our own note opens");
    assert_eq!(opened.as_slice(), data);
    parse_payload(Kind::Notice, &opened);
}

const NOW: i64 = 1_795_420_800;

/// The sharing format: the container and payload parsers and the signature
/// check, on the input as it is and on the input signed under a fixed key and
/// encrypted to a fixed receiver, so all the checks after decryption run. An
/// accepted payload must name the fixed signer and receiver.
pub fn envelope(data: &[u8]) {
    let f = fixed();
    let (signer, receiver) = (&f.signer, &f.receiver);
    let _ = Payload::parse(data);
    if let Ok(u) = Unverified::from_container(data) {
        let _ = u.claimed_signer();
        let _ = u.verify(signer.card(), receiver.card(), NOW);
    }
    let _ = decrypt(receiver.identity(), data);
    if data.len() > MAX_PAYLOAD {
        return;
    }
    let file = encrypt_container(receiver.card(), &container(signer, data));
    let unverified = decrypt(receiver.identity(), &file).expect("our own envelope opens");
    if let Ok(verified) = unverified.verify(signer.card(), receiver.card(), NOW) {
        assert_eq!(verified.bytes(), data);
        assert_eq!(verified.payload().from, signer.card().fingerprint());
        assert_eq!(verified.payload().to, receiver.card().fingerprint());
    }
}
