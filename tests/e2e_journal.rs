//! End to end: the journal of the real `langkah` binary in a pseudo-terminal.
//! The centre is set up through the same binary's command line
//! (`--passphrase-stdin`), then a participant writes in the terminal UI.
//!
//! `draft_survives_quick_hide_and_nothing_leaks_to_disk` proves that:
//! - after logging in, "Tulis catatan baru" is the first, selected item of her
//!   home menu and opens the editor with the body focused;
//! - what she typed is sealed as a draft (every few seconds while typing, and
//!   on quick hide): after F12 the login screen shows nothing of it, and when
//!   she logs in again she is offered "Tulisan yang belum selesai" with its
//!   first line, and Enter brings the whole text back into the editor;
//! - F2 saves it: her journal lists it under its first line;
//! - F10 quits with status 0; after a restart no draft is offered, the entry
//!   is still in her journal (third menu item), and the search (case and
//!   accents ignored) finds it by part of a unique canary string and hides it
//!   for a word it does not contain;
//! - no byte of any file in the data folder (database, WAL, shared memory,
//!   anything else) holds the canary, in upper or lower case; the files are
//!   mode 0600 and the folders 0700.
//!
//! `timed_draft_survives_a_crash` proves that the draft is sealed by the
//! clock alone while she writes: the app killed with SIGKILL 4 s after her
//! last key still offers everything she typed at the next login; leaving the
//! editor without saving throws the draft away for good; and a crash leaves no
//! canary on disk either.

// A pty and waitpid: Unix only.
#![cfg(unix)]

mod common;

use common::pty::{
    DOWN, ENTER, ESC, F2, F10, F12, LOGIN_HINT, Tui, contains_bytes, fresh_data_dir, line_with,
    read_tree,
};
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::time::Duration;

const PARTICIPANT: &str = "Melati";
const PARTICIPANT_PASS: &str = "bunga melati di halaman";
const DRAFT_OFFER: &str = "Tulisan yang belum selesai";
/// Longer than the 3 s between drafts sealed while she types.
const DRAFT_WAIT: Duration = Duration::from_secs(4);

/// A canary no other test or earlier run can have written: `KANARI-` and 16
/// random hex digits.
fn canary() -> String {
    let mut bytes = [0u8; 8];
    getrandom::getrandom(&mut bytes).expect("random bytes");
    format!("KANARI-{}", hex::encode_upper(bytes))
}

fn set_up_centre(data: &Path) {
    common::pty::centre_with_participant(data, PARTICIPANT, PARTICIPANT_PASS);
}

fn log_in(tui: &mut Tui, expect: &str) -> String {
    tui.log_in(PARTICIPANT, PARTICIPANT_PASS, expect)
}

/// Logs her in and checks that her home screen stays, with no draft offered.
fn log_in_to_home(tui: &mut Tui) {
    log_in(tui, "Halo, Melati");
    let screen = tui.settle();
    assert!(
        screen.contains("Halo, Melati") && !screen.contains(DRAFT_OFFER),
        "a draft is offered, or home is gone:\n{screen}"
    );
}

/// From her home screen, "Tulis catatan baru": the editor for a new entry.
fn open_editor(tui: &mut Tui) {
    let screen = tui.wait_highlighted("Tulis catatan baru");
    let write = screen.find("Tulis catatan baru").expect("on screen");
    let journal = screen
        .find("Catatan saya")
        .unwrap_or_else(|| panic!("no \"Catatan saya\" on:\n{screen}"));
    assert!(write < journal, "writing is not first on:\n{screen}");
    tui.send(ENTER);
    tui.wait_for_all(&["┌ Catatan baru", "Tulisan Anda"]);
    tui.settle();
}

/// Types `lines` into the focused text, one Enter between them, and waits
/// until the end of the last one is on the screen.
fn type_lines(tui: &mut Tui, lines: &[&str]) -> String {
    tui.send(&lines.join(ENTER));
    let last = lines.last().expect("a line");
    let tail: String = last
        .chars()
        .skip(last.chars().count().saturating_sub(12))
        .collect();
    let screen = tui.wait_for(&tail);
    for line in lines {
        assert!(
            screen.contains(line),
            "{line:?} did not land in the body:\n{screen}"
        );
    }
    screen
}

fn assert_absent(screen: &str, secrets: &[&str], after: &str) {
    for secret in secrets {
        assert!(
            !screen.contains(secret),
            "{secret:?} is on the screen after {after}:\n{screen}"
        );
    }
}

/// Scans every byte of every file under `data` for the canary; checks that
/// files are 0600 and folders 0700.
fn assert_nothing_on_disk(data: &Path, canary: &str) {
    let files = read_tree(data);
    let scanned: usize = files.iter().map(|(_, bytes)| bytes.len()).sum();
    // The WAL is emptied at every lock, so the database file holds it all:
    // nine pages at least (the schema, two accounts, her records).
    assert!(
        scanned >= 36 * 1024,
        "only {scanned} bytes scanned in {data:?}: {:?}",
        files.iter().map(|(p, _)| p).collect::<Vec<_>>()
    );
    let hex = &canary["KANARI-".len()..];
    let needles = [
        canary.to_owned(),
        canary.to_lowercase(),
        hex.to_owned(),
        hex.to_lowercase(),
    ];
    for (path, bytes) in &files {
        for needle in &needles {
            assert!(
                !contains_bytes(bytes, needle.as_bytes()),
                "{path:?} holds {needle:?} in the clear"
            );
        }
        let mode = std::fs::metadata(path).expect("stat").permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{path:?} is mode {mode:o}, not 0600");
    }
    let mut folders = vec![data.to_path_buf()];
    while let Some(dir) = folders.pop() {
        let mode = std::fs::metadata(&dir).expect("stat").permissions().mode() & 0o777;
        assert_eq!(mode, 0o700, "{dir:?} is mode {mode:o}, not 0700");
        for item in std::fs::read_dir(&dir).expect("list") {
            let path = item.expect("entry").path();
            if path.is_dir() {
                folders.push(path);
            }
        }
    }
}

#[test]
fn draft_survives_quick_hide_and_nothing_leaks_to_disk() {
    let (_parent, data) = fresh_data_dir();
    set_up_centre(&data);

    let canary = canary();
    let first_line = "Hari ini saya menabung untuk warung.";
    let second_line = format!("Kode: {canary}. Café di pasar ramai sekali.");

    // 1. Log in: her home screen, writing first; the editor's body has focus.
    let mut tui = Tui::spawn(&data);
    log_in_to_home(&mut tui);
    open_editor(&mut tui);
    type_lines(&mut tui, &[first_line, &second_line]);

    // 2. Drafts are sealed every 3 s while she types; give it one round.
    tui.idle(DRAFT_WAIT);

    // 3. Quick hide: the login screen, with nothing of hers on it, and not
    // one more byte of her text printed.
    let hidden_at = tui.raw().len();
    tui.press(F12, LOGIN_HINT);
    let screen = tui.settle();
    assert!(screen.contains("┌ Masuk"), "no login title on:\n{screen}");
    let secrets = [canary.as_str(), "Halo", PARTICIPANT, "menabung", "Café"];
    assert_absent(&screen, &secrets, "F12");
    for secret in secrets {
        assert!(
            !contains_bytes(&tui.raw()[hidden_at..], secret.as_bytes()),
            "{secret:?} was printed after F12"
        );
    }

    // 4. Back in: the unfinished writing is offered, with its first line.
    let screen = log_in(&mut tui, DRAFT_OFFER);
    if !screen.contains(first_line) {
        tui.wait_for(first_line);
    }
    // Enter: the editor again, with all of it.
    tui.send(ENTER);
    let screen = tui.wait_for_all(&["┌ Catatan baru", first_line, &second_line]);
    assert!(!screen.contains(DRAFT_OFFER), "still offered:\n{screen}");

    // 5. F2 saves: her journal lists it under its first line.
    tui.send(F2);
    tui.wait_for_all(&["Catatan sudah disimpan.", "┌ Catatan saya", first_line]);
    let screen = tui.settle();
    assert!(
        screen.contains("1 dari 1 catatan") && !screen.contains("Tulisan Anda"),
        "not one entry in her journal:\n{screen}"
    );

    // 6. F10 quits cleanly.
    tui.quit_with(F10);
    drop(tui);

    // 7. A fresh start: no draft offered any more, and the entry is kept in
    // her journal, the third item of her menu.
    let mut tui = Tui::spawn(&data);
    log_in_to_home(&mut tui);
    tui.wait_highlighted("Tulis catatan baru");
    tui.send(DOWN);
    tui.send(DOWN);
    tui.wait_highlighted("Catatan saya");
    tui.send(ENTER);
    tui.wait_for_all(&["┌ Catatan saya", first_line, "1 dari 1 catatan"]);

    // 8. Search: a word she never wrote hides it...
    tui.press_settled("/");
    tui.send("zzqx");
    tui.wait_for_all(&["Tidak ada catatan yang cocok", "0 dari 1 catatan"]);
    let screen = tui.settle();
    assert!(
        !screen.contains(first_line),
        "a search that can't match still lists the entry:\n{screen}"
    );
    // ...Esc clears the search; part of the canary in lower case, with an
    // unaccented word beside it, finds it again.
    tui.send(ESC);
    tui.wait_for_all(&[first_line, "1 dari 1 catatan"]);
    let screen = tui.settle();
    assert!(
        !screen.contains("zzqx"),
        "Esc did not clear the search:\n{screen}"
    );
    tui.press_settled("/");
    let part = canary[..15].to_lowercase();
    tui.send(&format!("cafe {part}"));
    tui.wait_for_all(&[&part, first_line, "1 dari 1 catatan"]);
    let screen = tui.settle();
    assert!(
        line_with(&screen, "Cari:").contains(&format!("cafe {part}")),
        "the query is not in the search field:\n{screen}"
    );
    assert!(
        screen.contains(first_line) && screen.contains("1 dari 1 catatan"),
        "the search did not find the entry:\n{screen}"
    );
    // Enter leaves the search field; the entry stays listed.
    let screen = tui.press_settled(ENTER);
    assert!(
        screen.contains(first_line) && screen.contains("1 dari 1 catatan"),
        "the entry is gone after leaving the search:\n{screen}"
    );
    tui.quit_with(F10);
    drop(tui);

    // 9. Nothing readable on disk.
    assert_nothing_on_disk(&data, &canary);
}

#[test]
fn timed_draft_survives_a_crash() {
    let (_parent, data) = fresh_data_dir();
    set_up_centre(&data);

    let canary = canary();
    let line = format!("Pagi ini saya belajar menjahit. Kode: {canary}");

    // 1. She writes, stops for a moment, and the app dies: no hide, no quit.
    let mut tui = Tui::spawn(&data);
    log_in_to_home(&mut tui);
    open_editor(&mut tui);
    type_lines(&mut tui, &[&line]);
    tui.idle(DRAFT_WAIT);
    tui.kill();
    drop(tui);

    // 2. The next login offers all she typed.
    let mut tui = Tui::spawn(&data);
    let screen = log_in(&mut tui, DRAFT_OFFER);
    if !screen.contains("Pagi ini saya belajar menjahit.") {
        tui.wait_for("Pagi ini saya belajar menjahit.");
    }
    tui.send(ENTER);
    let screen = tui.wait_for_all(&["┌ Catatan baru", &line]);
    assert!(!screen.contains(DRAFT_OFFER), "still offered:\n{screen}");

    // 3. Leaving without saving asks first; "n" throws it away for good and
    //    goes back to her home, where the draft was offered.
    tui.settle();
    tui.press(ESC, "Simpan perubahan pada catatan ini?");
    tui.send("n");
    tui.wait_highlighted("Tulis catatan baru");
    tui.settle();
    tui.send(DOWN);
    tui.send(DOWN);
    tui.send(ENTER);
    tui.wait_for_all(&["┌ Catatan saya", "Belum ada catatan."]);
    let screen = tui.settle();
    assert!(!screen.contains(&canary), "not an empty journal:\n{screen}");
    tui.press(F12, LOGIN_HINT);
    log_in_to_home(&mut tui);
    tui.quit_with(F10);
    drop(tui);

    // 4. Nothing readable on disk after a crash either.
    assert_nothing_on_disk(&data, &canary);
}
