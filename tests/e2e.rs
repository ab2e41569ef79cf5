//! End to end: the real `langkah` binary in a pseudo-terminal, driven by key
//! presses the way a person at the keyboard would drive it. Every byte it prints
//! is fed into a terminal emulator (`vt100`), because ratatui only redraws the
//! cells that changed: the assertions look at the parsed screen, and a raw log
//! of all output is kept for checking escape sequences.
//!
//! `first_run_claim_hide_and_quit` walks a whole first day on a fresh data
//! folder and proves that:
//! - the first-run wizard sets up the centre and the facilitator, shows her
//!   recovery code, and creates a first participant with a one-time setup code;
//! - the participant can claim her account with that code from the login screen
//!   (F4), gets her own recovery code and lands on her home screen;
//! - quick hide (Ctrl+G) leaves an empty login screen with nothing of hers on it
//!   (no name, no greeting, empty fields), and neither Esc, Enter, help, hiding
//!   again nor a wrong passphrase brings her home screen back;
//! - after a refusal the alias stays, and the right passphrase lets her in;
//! - F10 quits with status 0 and, on the way out, leaves the alternate screen
//!   and clears both the screen and the scrollback.
//!
//! `too_small_window_asks_to_enlarge` proves that a 60x20 terminal gets a
//! "please enlarge" message instead of a squashed layout, that the layout comes
//! back once the window is 80x24, and that F10 still quits.

// A pty and waitpid: Unix only.
#![cfg(unix)]

mod common;

use common::FACILITATOR_PASS;
use common::pty::{
    CTRL_G, ENTER, ESC, F1, F4, F10, F12, TAB, Tui, contains_bytes, find_code, fresh_data_dir,
    line_with,
};
use std::os::unix::fs::PermissionsExt;

const CENTRE: &str = "Rumah Harapan";
const FACILITATOR: &str = "Sari";
const PARTICIPANT: &str = "Melati";
const PARTICIPANT_PASS: &str = "bunga melati di halaman";

/// Neither her name nor any greeting is on the screen.
fn assert_nothing_of_hers(screen: &str, after: &str) {
    for secret in [PARTICIPANT, "Halo", "peserta"] {
        assert!(
            !screen.contains(secret),
            "{secret:?} is on the screen after {after}:\n{screen}"
        );
    }
}

#[test]
fn first_run_claim_hide_and_quit() {
    let (_parent, data) = fresh_data_dir();
    let mut tui = Tui::spawn(&data);

    // 1. The wizard: language, then centre, facilitator and her passphrase.
    tui.wait_for("Pilih bahasa utama");
    let screen = tui.press(ENTER, "Nama tempat");
    for label in ["Nama Anda", "Kata sandi baru", "Ulangi kata sandi"] {
        assert!(screen.contains(label), "no {label:?} on:\n{screen}");
    }
    tui.fill(CENTRE);
    tui.fill(FACILITATOR);
    tui.fill(FACILITATOR_PASS);
    tui.send(FACILITATOR_PASS);
    tui.settle();
    let screen = tui.press(ENTER, "┌ Kode cadangan");
    assert!(
        find_code(&screen, 6).is_some(),
        "no recovery code on:\n{screen}"
    );
    assert!(
        !screen.contains(FACILITATOR_PASS),
        "the passphrase is on the screen:\n{screen}"
    );
    tui.press(" ", "[x] Sudah saya tulis");
    tui.press(ENTER, "Akun peserta pertama");
    let mode = std::fs::metadata(&data)
        .expect("data folder")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o700, "the data folder is not private");

    // 2. The first participant and her setup code.
    tui.wait_for("Nama panggilan");
    tui.send(PARTICIPANT);
    tui.settle();
    let screen = tui.press(ENTER, "Kode awal untuk Melati:");
    let setup_code = find_code(&screen, 3).unwrap_or_else(|| panic!("no setup code on:\n{screen}"));
    tui.press(ENTER, "Halo, Sari");

    // 3. Hide, then her first login with the setup code.
    let screen = tui.press(F12, "Tulis nama dan kata sandi.");
    assert!(screen.contains("┌ Masuk"), "no login title on:\n{screen}");
    assert!(
        !screen.contains(FACILITATOR),
        "Sari still shows on:\n{screen}"
    );
    // ("Pertama kali masuk" is in the login footer too: wait for a field.)
    let screen = tui.press(F4, "Kode awal");
    assert!(
        screen.contains("┌ Pertama kali masuk"),
        "no claim title on:\n{screen}"
    );
    for label in ["Nama", "Kode awal", "Kata sandi baru", "Ulangi kata sandi"] {
        assert!(screen.contains(label), "no {label:?} on:\n{screen}");
    }
    tui.fill(PARTICIPANT);
    tui.fill(&setup_code);
    tui.fill(PARTICIPANT_PASS);
    tui.send(PARTICIPANT_PASS);
    tui.settle();
    let screen = tui.press(ENTER, "┌ Kode cadangan");
    assert!(
        find_code(&screen, 6).is_some(),
        "no recovery code on:\n{screen}"
    );
    tui.press(" ", "[x] Sudah saya tulis");

    // 4. Her home screen.
    let screen = tui.press(ENTER, "Halo, Melati");
    assert!(
        !screen.contains("(peserta)"),
        "a role word in her header:\n{screen}"
    );

    // 5. Quick hide: an empty login screen with nothing of hers on it...
    let hidden_at = tui.raw().len();
    let screen = tui.press(CTRL_G, "Tulis nama dan kata sandi.");
    assert_nothing_of_hers(&screen, "Ctrl+G");
    let screen = tui.settle();
    assert!(screen.contains("┌ Masuk"), "no login title on:\n{screen}");
    assert_nothing_of_hers(&screen, "Ctrl+G");
    let alias_line = line_with(&screen, "Nama");
    assert!(
        alias_line.contains("› Nama") && alias_line.contains("[  ]"),
        "the alias field is not empty and focused after hiding:\n{screen}"
    );
    assert!(
        line_with(&screen, "Kata sandi").contains("[  ]"),
        "the passphrase field is not empty after hiding:\n{screen}"
    );

    // ...and keys that mean "back", "go on" or "help" don't get past the lock.
    for keys in [ESC, ENTER, F1, ESC, ESC, ENTER, ENTER, F12, CTRL_G, ESC] {
        let screen = tui.press_settled(keys);
        assert_nothing_of_hers(&screen, &format!("{keys:?} on the hidden screen"));
    }
    assert!(
        !contains_bytes(&tui.raw()[hidden_at..], PARTICIPANT.as_bytes()),
        "her name was printed after the hide key"
    );

    // A wrong passphrase is refused. Hiding again starts from an empty form.
    let screen = tui.press_settled(CTRL_G);
    assert!(
        line_with(&screen, "Nama").contains("› Nama"),
        "the alias field is not focused after hiding:\n{screen}"
    );
    tui.send(PARTICIPANT);
    tui.settle();
    tui.press_settled(TAB);
    tui.send("salah sekali");
    tui.settle();
    tui.press(ENTER, "Nama atau kata sandi belum cocok");
    let screen = tui.settle();
    assert!(
        !screen.contains("Halo"),
        "refused, yet home shows:\n{screen}"
    );

    // 6. After the refusal the alias stays and the cursor waits in the emptied
    // passphrase field; the right passphrase opens her home screen again.
    assert!(
        line_with(&screen, "Nama").contains(&format!("[ {PARTICIPANT} ]")),
        "the alias was not kept after a refusal:\n{screen}"
    );
    let pass_line = line_with(&screen, "Kata sandi");
    assert!(
        pass_line.contains("› Kata sandi") && pass_line.contains("[  ]"),
        "the passphrase field is not empty and focused after a refusal:\n{screen}"
    );
    tui.send(PARTICIPANT_PASS);
    tui.settle();
    let screen = tui.press(ENTER, "Halo, Melati");
    assert!(
        !screen.contains("(peserta)"),
        "a role word in her header:\n{screen}"
    );

    // 7. Quit: exit status 0, and the terminal is wiped on the way out.
    let quit_at = tui.raw().len();
    tui.send(F10);
    assert_eq!(tui.wait_exit(), 0, "exit status after F10");
    let tail = &tui.raw()[quit_at..];
    for (seq, what) in [
        (&b"\x1b[?1049l"[..], "alternate screen exit"),
        (b"\x1b[2J", "screen clear"),
        (b"\x1b[3J", "scrollback clear"),
    ] {
        assert!(
            contains_bytes(tail, seq),
            "no {what} ({:?}) after F10; the output after the key was {:?}",
            String::from_utf8_lossy(seq),
            String::from_utf8_lossy(tail)
        );
    }
    let screen = tui.screen();
    assert_nothing_of_hers(&screen, "quitting");
}

#[test]
fn too_small_window_asks_to_enlarge() {
    let (_parent, data) = fresh_data_dir();
    let mut tui = Tui::spawn(&data);
    tui.resize(60, 20);
    let screen = tui.wait_for("terlalu kecil");
    assert!(
        !screen.contains("Pilih bahasa utama"),
        "the layout is drawn in a 60x20 window:\n{screen}"
    );
    let screen = tui.settle();
    assert!(
        screen.contains("terlalu kecil") && !screen.contains("Pilih bahasa utama"),
        "the 60x20 window does not ask to be enlarged:\n{screen}"
    );

    // Enlarged to 80x24, the wizard appears.
    tui.resize(80, 24);
    let screen = tui.wait_for("Pilih bahasa utama");
    assert!(
        !screen.contains("terlalu kecil"),
        "still asks to enlarge at 80x24:\n{screen}"
    );

    tui.send(F10);
    assert_eq!(tui.wait_exit(), 0, "exit status after F10");
}

/// True when every place `code` appears in `raw` lies between an
/// `ESC[?1049h` (enter the alternate screen) and the next `ESC[?1049l`.
fn only_on_the_alternate_screen(raw: &[u8], code: &str) -> bool {
    const ENTER_ALT: &[u8] = b"\x1b[?1049h";
    const LEAVE_ALT: &[u8] = b"\x1b[?1049l";
    let mut inside = false;
    let mut i = 0;
    while i < raw.len() {
        if raw[i..].starts_with(ENTER_ALT) {
            inside = true;
            i += ENTER_ALT.len();
        } else if raw[i..].starts_with(LEAVE_ALT) {
            inside = false;
            i += LEAVE_ALT.len();
        } else if raw[i..].starts_with(code.as_bytes()) {
            if !inside {
                return false;
            }
            i += code.len();
        } else {
            i += 1;
        }
    }
    true
}

#[test]
fn a_code_at_the_terminal_leaves_nothing_in_the_scrollback() {
    // The check can fail: a code printed plainly, as before, is outside.
    let plain = b"Kode penyiapan untuk Melati:\r\nABCD-EFGH-JK12\r\n";
    assert!(!only_on_the_alternate_screen(plain, "ABCD-EFGH-JK12"));
    let shown = b"\x1b[?1049h\x1b[2JABCD-EFGH-JK12\r\n\x1b[?1049lselesai";
    assert!(only_on_the_alternate_screen(shown, "ABCD-EFGH-JK12"));

    let (_parent, data) = fresh_data_dir();
    common::pty::cli(
        &data,
        &[
            "init",
            "--centre",
            CENTRE,
            "--facilitator",
            FACILITATOR,
            "--passphrase-stdin",
        ],
        &format!("{FACILITATOR_PASS}\n{FACILITATOR_PASS}\n"),
    );
    let mut cmd = common::pty::command(&data);
    cmd.args([
        "account",
        "add",
        "--as",
        FACILITATOR,
        "--role",
        "participant",
    ]);
    cmd.args(["--alias", PARTICIPANT]);
    let mut tui = Tui::spawn_command(cmd);
    tui.wait_for("Kata sandi");
    tui.send(&format!("{FACILITATOR_PASS}\r"));
    let screen = tui.wait_for("Tekan Enter");
    let code = find_code(&screen, 3).expect("a setup code on the screen");
    tui.send(ENTER);
    assert_eq!(tui.wait_exit(), 0);
    assert!(
        contains_bytes(tui.raw(), code.as_bytes()),
        "the code was shown"
    );
    assert!(
        only_on_the_alternate_screen(tui.raw(), &code),
        "the code was printed outside the alternate screen"
    );
    assert!(
        !tui.screen().contains(&code),
        "the code is still on the screen after Enter"
    );
}
