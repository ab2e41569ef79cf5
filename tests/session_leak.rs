//! A whole session in the real binary, in a pty, with a distinct canary in
//! every kind of content she can make: an entry's title, body and tag; a
//! savings goal's name, reason and target; a deposit's amount and keterangan;
//! a business plan's text, money, a step and a day of jualan harian; a journal
//! draft left by quick hide; a goal form left half filled by quick hide. Her
//! passphrase, the one she changes it to and her new recovery code are
//! canaries too.
//!
//! The session: log in, use each feature, quick hide (F12) twice, log in,
//! change her passphrase, lock from her menu, log in again, quit; start the app
//! again in the same terminal, log in, quit.
//! While the app runs and after it quits, every byte of the data folder
//! (database, WAL, shared memory, anything else) and of the app's own temp
//! folder (`TMPDIR`) is searched for each canary: text as typed and in lower
//! case, amounts as digits, as she typed them, as shown in English, and as
//! 64-bit little- and big-endian integers (amounts are whole units: Rupiah has
//! no smaller unit in use). Then every byte the app wrote to the terminal
//! outside the alternate screen is searched too.
//!
//! The scanners are proven at the end: a canary planted in a copy of the real
//! database, and in a copy of the terminal output outside the alternate screen,
//! is found.

#![cfg(unix)]

mod common;

use common::pty::{
    DOWN, ENTER, ESC, F2, F10, F12, LOGIN_HINT, TAB, Tui, UP, centre_with_participant, command,
    contains_bytes, find_code, fresh_data_dir, read_tree,
};
use langkah::i18n::{Lang, rupiah};
use std::path::{Path, PathBuf};
use std::time::Duration;

const PARTICIPANT: &str = "Melati";
const ENTER_ALT: &[u8] = b"\x1b[?1049h";
const LEAVE_ALT: &[u8] = b"\x1b[?1049l";

fn random_u64() -> u64 {
    let mut bytes = [0u8; 8];
    getrandom::getrandom(&mut bytes).expect("random bytes");
    u64::from_le_bytes(bytes)
}

/// `KANARI<label>` and 12 random hex digits: nothing else can hold it.
fn canary(label: &str) -> String {
    format!("KANARI{label}{:012X}", random_u64() & 0xFFFF_FFFF_FFFF)
}

/// A ten-digit amount drawn at run time, like 7.654.321.098. As an `i64`, four
/// or five of its bytes are not zero; a seven-digit one has only three, and
/// with its five zeros it could match a file's runs of zeros by chance.
fn amount() -> i64 {
    1_000_000_000 + (random_u64() % 9_000_000_000) as i64
}

/// What to search for: a name for the message, and the bytes.
type Needles = Vec<(String, Vec<u8>)>;

fn text_needles(needles: &mut Needles, what: &str, text: &str) {
    needles.push((what.to_owned(), text.as_bytes().to_vec()));
    needles.push((
        format!("{what}, lower case"),
        text.to_lowercase().into_bytes(),
    ));
}

/// Returns the amount as she types it (Indonesian grouping).
fn amount_needles(needles: &mut Needles, what: &str, amount: i64) -> String {
    let typed = rupiah(Lang::Id, amount)["Rp ".len()..].to_owned();
    let english = rupiah(Lang::En, amount)["Rp ".len()..].to_owned();
    for (how, bytes) in [
        ("digits", amount.to_string().into_bytes()),
        ("typed", typed.clone().into_bytes()),
        ("shown in English", english.into_bytes()),
        ("i64 LE", amount.to_le_bytes().to_vec()),
        ("i64 BE", amount.to_be_bytes().to_vec()),
    ] {
        needles.push((format!("{what} ({how})"), bytes));
    }
    typed
}

/// Every needle found in any of `files`, as "what in path".
fn findings(files: &[(PathBuf, Vec<u8>)], needles: &Needles) -> Vec<String> {
    let mut found = vec![];
    for (path, bytes) in files {
        for (what, needle) in needles {
            if contains_bytes(bytes, needle) {
                found.push(format!("{what} in {}", path.display()));
            }
        }
    }
    found
}

/// What the app printed outside the alternate screen: before it first
/// switched to it, and after each switch back.
fn outside_alternate_screen(raw: &[u8]) -> Vec<u8> {
    let find = |hay: &[u8], needle: &[u8]| hay.windows(needle.len()).position(|w| w == needle);
    let mut outside = vec![];
    let mut rest = raw;
    loop {
        let Some(enter) = find(rest, ENTER_ALT) else {
            outside.extend_from_slice(rest);
            return outside;
        };
        outside.extend_from_slice(&rest[..enter]);
        rest = &rest[enter + ENTER_ALT.len()..];
        let Some(leave) = find(rest, LEAVE_ALT) else {
            return outside;
        };
        rest = &rest[leave + LEAVE_ALT.len()..];
    }
}

/// The data folder and the app's temp folder, whole.
fn both_folders(data: &Path, temp: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = read_tree(data);
    files.extend(read_tree(temp));
    files
}

fn assert_clean(files: &[(PathBuf, Vec<u8>)], needles: &Needles, when: &str) {
    let found = findings(files, needles);
    assert!(found.is_empty(), "{when}, canaries found: {found:#?}");
}

/// From home, opens `item` of her menu. The selection may stay where she
/// last was, so first up to the top (the menu doesn't wrap), then down to it.
fn menu(tui: &mut Tui, item: &str, opens: &str) {
    tui.send(&UP.repeat(8));
    tui.wait_highlighted("Tulis catatan baru");
    for _ in 0..8 {
        if tui.highlighted(item) {
            tui.press(ENTER, opens);
            tui.settle();
            return;
        }
        tui.press_settled(DOWN);
    }
    panic!("{item:?} is not in her menu:\n{}", tui.screen());
}

fn log_in(tui: &mut Tui, passphrase: &str, expect: &str) {
    tui.log_in(PARTICIPANT, passphrase, expect);
    tui.settle();
}

/// Types into the focused field and waits until it shows.
fn type_text(tui: &mut Tui, text: &str) {
    tui.send(text);
    tui.wait_for(text);
    tui.settle();
}

/// Presses Tab until the editor's focus marker is on `field` (`› Judul`): the
/// Tab order is not what this test is about.
fn tab_to(tui: &mut Tui, field: &str) {
    for _ in 0..12 {
        if tui.settle().contains(field) {
            return;
        }
        tui.send(TAB);
    }
    panic!("Tab never reached {field:?}:\n{}", tui.screen());
}

#[test]
fn no_canary_leaks_across_a_whole_session() {
    let (_parent, data) = fresh_data_dir();
    let temp = tempfile::tempdir().expect("a temp folder for the app");
    let mut needles = Needles::new();
    let mut text = |what: &str, label: &str| {
        let c = canary(label);
        text_needles(&mut needles, what, &c);
        c
    };
    let passphrase = format!(
        "melati {} di halaman",
        text("passphrase", "P").to_lowercase()
    );
    let new_passphrase = format!(
        "senja {} di pantai",
        text("new passphrase", "N").to_lowercase()
    );
    let (title, body, tag) = (text("title", "T"), text("body", "B"), text("tag", "G"));
    let (goal, why, note) = (text("goal", "S"), text("why", "W"), text("note", "K"));
    let (what, whom, place) = (text("what", "U"), text("whom", "O"), text("place", "L"));
    let (step, draft, form_note) = (text("step", "M"), text("draft", "D"), text("form", "F"));
    let mut money = |what: &str| amount_needles(&mut needles, what, amount());
    let (target, deposit) = (money("target"), money("deposit"));
    let (capital, costs) = (money("capital"), money("monthly costs"));
    let (sales, expenses) = (money("sales"), money("expenses"));
    let form_amount = money("amount in a form draft");

    centre_with_participant(&data, PARTICIPANT, &passphrase);
    let mut cmd = command(&data);
    cmd.env("TMPDIR", temp.path());
    let mut tui = Tui::spawn_command(cmd);
    log_in(&mut tui, &passphrase, "Halo, Melati");

    // An entry: body, title and tag, saved with F2.
    menu(&mut tui, "Tulis catatan baru", "Tulisan Anda");
    type_text(&mut tui, &body);
    tab_to(&mut tui, "› Judul");
    type_text(&mut tui, &title);
    tab_to(&mut tui, "› Label");
    type_text(&mut tui, &tag);
    tui.press(F2, "Catatan sudah disimpan.");
    tui.press(ESC, "Halo, Melati");
    tui.settle();

    // A savings goal, and a deposit with a keterangan.
    menu(&mut tui, "Tujuan saya", "┌ Tujuan saya");
    tui.press("n", "┌ Tujuan tabungan baru");
    for value in [goal.as_str(), &target, "", &why] {
        tui.fill(value);
    }
    tui.wait_for(&format!("┌ {goal}"));
    tui.press("+", "┌ Menabung");
    for value in [deposit.as_str(), "", &note] {
        tui.fill(value);
    }
    tui.wait_for(&format!("+Rp {deposit}"));
    tui.settle();

    // A business plan, a step, and a day of jualan harian.
    tui.press(ESC, "┌ Tujuan saya");
    tui.press("b", "┌ Rencana usaha baru");
    for value in [what.as_str(), &whom, &place, &capital, &costs] {
        tui.fill(value);
    }
    tui.wait_for(&format!("Modal: Rp {capital}"));
    tui.press("m", "┌ Langkah baru");
    tui.fill(&step);
    tui.fill("");
    tui.wait_for(&step);
    tui.press("c", "┌ Catat jualan harian");
    for value in ["", sales.as_str(), &expenses] {
        tui.fill(value);
    }
    tui.wait_for("Untung/rugi:");
    tui.settle();

    // A draft: words typed and never saved, then quick hide.
    tui.press(ESC, "┌ Tujuan saya");
    tui.press(ESC, "Halo, Melati");
    menu(&mut tui, "Tulis catatan baru", "Tulisan Anda");
    type_text(&mut tui, &draft);
    tui.press(F12, LOGIN_HINT);
    tui.settle();

    // Back in: the draft is offered; she leaves it for later. Then a deposit
    // form half filled, and quick hide again.
    log_in(&mut tui, &passphrase, "Tulisan yang belum selesai");
    tui.press(ESC, "Halo, Melati");
    menu(&mut tui, "Tujuan saya", "┌ Tujuan saya");
    tui.press(ENTER, &format!("┌ {goal}"));
    tui.press("+", "┌ Menabung");
    tui.fill(&form_amount);
    tui.fill("");
    type_text(&mut tui, &form_note);
    tui.press(F12, LOGIN_HINT);
    tui.settle();

    // In again: the form is handed back when she opens her goals (and its
    // sealed copy deleted); she cancels it.
    log_in(&mut tui, &passphrase, "Tulisan yang belum selesai");
    tui.press(ESC, "Halo, Melati");
    menu(&mut tui, "Tujuan saya", "Ini isian tadi");
    tui.wait_for_all(&["┌ Menabung", &form_note]);
    tui.press(ESC, &format!("┌ {goal}"));
    tui.press(ESC, "┌ Tujuan saya");
    tui.press(ESC, "Halo, Melati");

    // She changes her passphrase, which seals every record anew, keeps the
    // new recovery code, and locks from her menu.
    menu(&mut tui, "Ganti kata sandi", "┌ Ganti kata sandi");
    tui.fill(&passphrase);
    tui.fill(&new_passphrase);
    tui.send(&new_passphrase);
    tui.settle();
    let screen = tui.press(ENTER, "┌ Kode cadangan");
    let code = find_code(&screen, 6).unwrap_or_else(|| panic!("no recovery code on:\n{screen}"));
    text_needles(&mut needles, "recovery code", &code);
    text_needles(&mut needles, "recovery code, plain", &code.replace('-', ""));
    tui.press(" ", "[x] Sudah saya tulis");
    tui.press(ENTER, "Kata sandi sudah diganti.");
    tui.settle();
    tui.press(ESC, "Halo, Melati");
    menu(&mut tui, "Kunci sekarang", LOGIN_HINT);

    // Logged in once more with the new passphrase, the journal draft still
    // kept: the files while the app runs, WAL and shared memory included.
    log_in(&mut tui, &new_passphrase, "Tulisan yang belum selesai");
    tui.press(ESC, "Halo, Melati");
    tui.idle(Duration::from_millis(500));
    let running = both_folders(&data, temp.path());
    assert!(
        running
            .iter()
            .any(|(p, _)| p.to_string_lossy().ends_with("-wal")),
        "no WAL while the app runs: {:?}",
        running.iter().map(|(p, _)| p).collect::<Vec<_>>()
    );
    assert_clean(&running, &needles, "while the app runs");
    tui.quit_with(F10);

    // A second start in the same terminal: her entry is still there.
    let mut cmd = command(&data);
    cmd.env("TMPDIR", temp.path());
    let mut again = Tui::spawn_command(cmd);
    log_in(&mut again, &new_passphrase, "Tulisan yang belum selesai");
    again.press(ESC, "Halo, Melati");
    menu(&mut again, "Catatan saya", &title);
    again.quit_with(F10);

    let after = both_folders(&data, temp.path());
    let scanned: usize = after.iter().map(|(_, b)| b.len()).sum();
    // The schema, two accounts and a dozen records, each padded: 40 KiB at least.
    assert!(scanned >= 40 * 1024, "only {scanned} bytes scanned");
    assert_clean(&after, &needles, "after quitting");

    let raw: &[u8] = &[tui.raw(), again.raw()].concat();
    assert_eq!(
        raw.windows(ENTER_ALT.len())
            .filter(|w| *w == ENTER_ALT)
            .count(),
        raw.windows(LEAVE_ALT.len())
            .filter(|w| *w == LEAVE_ALT)
            .count(),
        "the app did not leave the alternate screen as often as it entered it"
    );
    let outside = outside_alternate_screen(raw);
    let terminal = [(PathBuf::from("the terminal"), outside)];
    assert_clean(&terminal, &needles, "outside the alternate screen");

    // The scanners find what they look for: a canary planted in a copy of
    // the database, and one printed outside the alternate screen.
    let (planted, bytes) = needles[2].clone();
    let db = data.join("langkah.db");
    let mut copy = std::fs::read(&db).expect("read the database");
    let middle = copy.len() / 2;
    copy.splice(middle..middle + bytes.len(), bytes.iter().copied());
    let found = findings(&[(db, copy)], &needles);
    assert!(found.iter().any(|f| f.starts_with(&planted)), "{found:?}");
    let terminal_with = |extra: &[&[u8]]| {
        let printed = [raw, &extra.concat()].concat();
        let outside = outside_alternate_screen(&printed);
        findings(&[(PathBuf::from("the terminal"), outside)], &needles)
    };
    assert!(
        !terminal_with(&[&bytes]).is_empty(),
        "missed after the app left"
    );
    assert!(
        terminal_with(&[ENTER_ALT, &bytes]).is_empty(),
        "inside counted"
    );
    assert!(!terminal_with(&[ENTER_ALT, &bytes, LEAVE_ALT, &bytes]).is_empty());
}
