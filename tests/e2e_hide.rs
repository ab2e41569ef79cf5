//! Quick hide is never held up: the real binary in a pty.
//!
//! 1. `paste_then_hide`: a 20 KB paste into a new entry, then F12: the login
//!    screen within `HIDE_WITHIN`, with nothing pasted on it; after she logs
//!    in, the whole text is offered back.
//! 2. `unfinished_bracketed_paste_then_hide`: a paste-start marker with no end
//!    marker does not swallow F12.
//! 3. `hide_during_login`: F12 while the login's scrypt runs; the session that
//!    login makes is thrown away (the worker's side is in `tests/worker.rs`).
//! 4. `keys_during_setup_wait_are_dropped`: Space and Enter pressed while the
//!    wizard's KDF runs do not tick and confirm the recovery code.
//! 5. `closed_terminal_keeps_the_last_words`: the terminal closed 300 ms after
//!    the last key; the words are offered back at the next login.
//!
//! The test build's scrypt is fast; `LANGKAH_TEST_SLOW_MS` (test build only)
//! makes each slow effect take as long as a release build's.

#![cfg(unix)]

mod common;

use common::pty::{
    DOWN, ENTER, F12, LOGIN_HINT, TAB, Tui, centre_with_participant, command, fresh_data_dir,
};
use std::path::Path;
use std::time::{Duration, Instant};

const PARTICIPANT: &str = "Melati";
const PARTICIPANT_PASS: &str = "bunga melati di halaman";
const DRAFT_OFFER: &str = "Tulisan yang belum selesai";
/// The bound for quick hide. The app needs a few milliseconds; this is a
/// safety check on a busy machine, not a benchmark.
const HIDE_WITHIN: Duration = Duration::from_millis(200);

fn slow(data: &Path, ms: u32) -> Tui {
    let mut cmd = command(data);
    cmd.env("LANGKAH_TEST_SLOW_MS", ms.to_string());
    Tui::spawn_command(cmd)
}

/// Sends F12 and returns how long the login screen, empty and without the
/// busy box, took to appear.
fn hide(tui: &mut Tui) -> Duration {
    let start = Instant::now();
    tui.send(F12);
    tui.wait_until("the empty login screen", |s| {
        s.contains(LOGIN_HINT) && !s.contains("Sebentar") && !s.contains(PARTICIPANT)
    });
    start.elapsed()
}

fn open_editor(tui: &mut Tui) {
    tui.log_in(PARTICIPANT, PARTICIPANT_PASS, "Halo, Melati");
    tui.settle();
    tui.send(ENTER);
    tui.wait_for_all(&["┌ Catatan baru", "Tulisan Anda"]);
    tui.settle();
}

/// Line `n` of the long text: numbered, so each line can be recognised.
fn line(n: usize) -> String {
    format!("Baris {n:03} kue lapis dan gorengan untuk warung di depan rumah kami.")
}

#[test]
fn paste_then_hide() {
    let (_parent, data) = fresh_data_dir();
    centre_with_participant(&data, PARTICIPANT, PARTICIPANT_PASS);
    let mut tui = Tui::spawn(&data);
    open_editor(&mut tui);
    let lines: Vec<String> = (1..=300).map(line).collect();
    let paste = lines.join("\r");
    assert!(paste.len() > 20_000);
    // A terminal reads the app's output while it pastes; so does this test,
    // a kilobyte at a time, or both sides would wait on full buffers.
    for chunk in paste.as_bytes().chunks(1024) {
        tui.send(std::str::from_utf8(chunk).expect("ASCII"));
        tui.pump();
    }
    let took = hide(&mut tui);
    let screen = tui.settle();
    assert!(took < HIDE_WITHIN, "the login screen took {took:?}");
    assert!(!screen.contains("Baris"), "pasted text on:\n{screen}");

    tui.log_in(PARTICIPANT, PARTICIPANT_PASS, DRAFT_OFFER);
    tui.wait_for(&line(1));
    tui.send(ENTER);
    tui.wait_for(&line(1));
    // Down to the end of the text: every line is there, the last one too.
    tui.send(&DOWN.repeat(320));
    tui.wait_for(&line(300));
}

#[test]
fn unfinished_bracketed_paste_then_hide() {
    let (_parent, data) = fresh_data_dir();
    centre_with_participant(&data, PARTICIPANT, PARTICIPANT_PASS);
    let mut tui = Tui::spawn(&data);
    open_editor(&mut tui);
    tui.send("\x1b[200~Tempelan tanpa akhir");
    tui.settle();
    let took = hide(&mut tui);
    assert!(took < HIDE_WITHIN, "the login screen took {took:?}");
}

#[test]
fn hide_during_login() {
    let (_parent, data) = fresh_data_dir();
    centre_with_participant(&data, PARTICIPANT, PARTICIPANT_PASS);
    let mut tui = slow(&data, 3000);
    tui.wait_for(LOGIN_HINT);
    tui.send(PARTICIPANT);
    tui.settle();
    tui.press_settled(TAB);
    tui.send(PARTICIPANT_PASS);
    tui.settle();
    tui.press(ENTER, "Sebentar");
    let took = hide(&mut tui);
    assert!(took < HIDE_WITHIN, "the login screen took {took:?}");
    // The login finishes behind the locked screen, and is thrown away.
    let screen = tui.idle(Duration::from_millis(3500));
    assert!(
        screen.contains(LOGIN_HINT) && !screen.contains("Halo"),
        "the login came through after F12:\n{screen}"
    );
}

#[test]
fn keys_during_setup_wait_are_dropped() {
    let (_parent, data) = fresh_data_dir();
    let mut tui = slow(&data, 1500);
    tui.wait_for("Pilih bahasa utama");
    tui.press(ENTER, "Nama umum tempat ini");
    tui.fill("Rumah Harapan");
    tui.fill("Sari");
    tui.fill(common::FACILITATOR_PASS);
    tui.send(common::FACILITATOR_PASS);
    tui.settle();
    tui.press(ENTER, "Sebentar");
    tui.send(" ");
    tui.send(ENTER);
    tui.wait_for("Kode cadangan");
    let screen = tui.settle();
    assert!(
        screen.contains("[ ] Sudah saya tulis"),
        "keys typed while waiting acted on the code:\n{screen}"
    );
}

#[test]
fn closed_terminal_keeps_the_last_words() {
    let (_parent, data) = fresh_data_dir();
    centre_with_participant(&data, PARTICIPANT, PARTICIPANT_PASS);
    let mut term = common::hangup::RawPty::spawn(command(&data));
    term.wait_for(LOGIN_HINT);
    term.send(PARTICIPANT);
    term.send(TAB);
    term.send(PARTICIPANT_PASS);
    term.send(ENTER);
    term.wait_for("Halo, Melati");
    term.send(ENTER);
    term.wait_for("Tulisan Anda");
    let words = "Kata-kata terakhir sebelum jendela ditutup";
    term.send(words);
    term.wait_for(words);
    std::thread::sleep(Duration::from_millis(300));
    term.close();

    let mut tui = Tui::spawn(&data);
    tui.log_in(PARTICIPANT, PARTICIPANT_PASS, DRAFT_OFFER);
    tui.wait_for(words);
}
