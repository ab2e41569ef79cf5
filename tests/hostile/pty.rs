//! The same hostile input through the real binary in a pseudo-terminal.

use crate::common::pty::{ENTER, F2, F10, Tui, fresh_data_dir};
use crate::common::{NOW, pass};
use langkah::datadir::DataDir;
use langkah::domain::journal::{Entry, MAX_BODY_CHARS};
use langkah::vault::Vault;
use std::path::Path;

const ALIAS: &str = "Melati";
const PASS: &str = "bunga melati di halaman";

/// Her saved entries' bodies, read with the library.
fn saved_bodies(data: &Path) -> Vec<String> {
    let mut vault = Vault::open(&DataDir::open_or_create(data).unwrap()).unwrap();
    let s = vault.unlock(ALIAS, &pass(PASS), NOW).unwrap();
    let mut bodies: Vec<String> = vault
        .load_all::<Entry>(&s)
        .unwrap()
        .items
        .into_iter()
        .map(|(_, e)| e.body.clone())
        .collect();
    bodies.sort();
    bodies
}

/// Logged in, in the editor for a new entry.
fn writing(data: &Path) -> Tui {
    crate::common::pty::centre_with_participant(data, ALIAS, PASS);
    let mut tui = Tui::spawn(data);
    tui.log_in(ALIAS, PASS, "Halo, Melati");
    tui.wait_highlighted("Tulis catatan baru");
    tui.send(ENTER);
    tui.wait_for("F2");
    tui.settle();
    tui
}

fn save_and_quit(tui: &mut Tui) {
    tui.press(F2, "Catatan sudah disimpan.");
    tui.send(F10);
    assert_eq!(tui.wait_exit(), 0);
}

/// The screen's rows without trailing blanks (a redraw may write them or not).
fn lines(screen: &str) -> Vec<&str> {
    screen.lines().map(str::trim_end).collect()
}

#[test]
fn a_tiny_terminal_says_so_and_the_screen_comes_back_whole() {
    let (_tmp, data) = fresh_data_dir();
    let mut tui = writing(&data);
    tui.send("Sebelum jendela kecil.");
    let before = tui.settle();
    assert!(before.contains("Sebelum jendela kecil."), "{before}");

    tui.resize(20, 5);
    let small = tui.wait_for("Perbesar jendela");
    assert!(!small.contains("Sebelum"), "her words are hidden:\n{small}");
    // Typing into a window too small to show it does nothing.
    tui.send("tersembunyi");
    tui.settle();

    tui.resize(80, 24);
    tui.wait_for("Sebelum jendela kecil.");
    let after = tui.settle();
    assert_eq!(
        lines(&after),
        lines(&before),
        "the screen comes back as it was"
    );
    save_and_quit(&mut tui);
    assert_eq!(saved_bodies(&data), ["Sebelum jendela kecil."]);
}

#[test]
fn invalid_utf8_and_nul_bytes_are_dropped_not_saved() {
    let (_tmp, data) = fresh_data_dir();
    crate::common::pty::centre_with_participant(&data, ALIAS, PASS);
    let mut tui = Tui::spawn(&data);
    // The login fields: her name with a NUL, a stray continuation byte, a cut
    // two-byte sequence and an overlong '/' in it still logs her in.
    tui.wait_for(crate::common::pty::LOGIN_HINT);
    tui.send_bytes(b"Me\x00l\x80a\xc3t\xc0\xafi");
    tui.settle();
    tui.send("\t");
    tui.send_bytes(PASS.as_bytes());
    tui.send_bytes(b"\x00\xff");
    tui.press(ENTER, "Halo, Melati");
    tui.wait_highlighted("Tulis catatan baru");
    tui.send(ENTER);
    tui.wait_for("F2");
    tui.settle();

    // The body: the same, plus a C1 control (U+009B, the one-byte CSI) and a
    // 4-byte sequence cut short, typed and then pasted in one go.
    tui.send_bytes(b"satu\x00 dua\xfe\xff tiga\xc2\x9b empat\xf0\x9f\x98 lima");
    tui.settle();
    let paste: Vec<u8> = b"\x1b[200~enam\x00\xed\xa0\x80 tujuh \xe2\x9c\x93\x1b[201~".to_vec();
    tui.send_bytes(&paste);
    let screen = tui.settle();
    assert!(
        screen.contains("satu dua tiga empat limaenam tujuh ✓"),
        "{screen}"
    );
    save_and_quit(&mut tui);
    assert_eq!(
        saved_bodies(&data),
        ["satu dua tiga empat limaenam tujuh ✓"]
    );
}

#[test]
fn a_paste_past_the_cap_through_the_terminal_keeps_what_fits() {
    let (_tmp, data) = fresh_data_dir();
    let mut tui = writing(&data);
    let line = format!("{}\r", "kata ".repeat(12));
    let lines = (MAX_BODY_CHARS + 2_000) / 60;
    let paste = line.repeat(lines);
    tui.send_bytes(paste.as_bytes());
    tui.wait_for("Catatan ini sudah sangat panjang.");
    save_and_quit(&mut tui);
    let bodies = saved_bodies(&data);
    assert_eq!(bodies.len(), 1);
    assert_eq!(bodies[0].chars().count(), MAX_BODY_CHARS);
    assert!(bodies[0].starts_with("kata kata"));
}
