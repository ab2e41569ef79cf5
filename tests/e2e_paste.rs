//! Pasted text is text: the real binary in a pty.
//!
//! `a_pasted_tab_and_line_break_stay_where_she_pasted`: the app turns
//! bracketed paste on; "a\tb\nc" pasted between the markers (a line break as
//! the CR a terminal sends) into a new entry's title gives "a b c" and leaves
//! the focus on the title; into the body it gives two lines, the tab as
//! spaces to the next tab stop, and the focus stays in the body. Leaving turns
//! bracketed paste off again, for the shell after her.

// A pty and waitpid: Unix only.
#![cfg(unix)]

mod common;

use common::pty::{
    ENTER, F10, TAB, Tui, centre_with_participant, contains_bytes, fresh_data_dir, line_with,
};

const PARTICIPANT: &str = "Melati";
const PARTICIPANT_PASS: &str = "bunga melati di halaman";
const SHIFT_TAB: &str = "\x1b[Z";
const PASTE_ON: &[u8] = b"\x1b[?2004h";
const PASTE_OFF: &[u8] = b"\x1b[?2004l";
/// "a\tb\nc" as a terminal pastes it once bracketed paste is on.
const PASTE: &str = "\x1b[200~a\tb\rc\x1b[201~";

#[test]
fn a_pasted_tab_and_line_break_stay_where_she_pasted() {
    let (_parent, data) = fresh_data_dir();
    centre_with_participant(&data, PARTICIPANT, PARTICIPANT_PASS);
    let mut tui = Tui::spawn(&data);
    tui.log_in(PARTICIPANT, PARTICIPANT_PASS, "Halo, Melati");
    assert!(contains_bytes(tui.raw(), PASTE_ON), "bracketed paste is on");
    tui.settle();
    tui.send(ENTER);
    tui.wait_for_all(&["┌ Catatan baru", "› Tulisan Anda"]);
    tui.settle();

    // From the body up past the tags to the title.
    tui.press_settled(SHIFT_TAB);
    tui.press_settled(SHIFT_TAB);
    let screen = tui.press_settled(PASTE);
    let title = line_with(&screen, "Judul");
    assert!(
        title.contains("› Judul") && title.contains("[ a b c"),
        "{screen}"
    );
    assert!(!line_with(&screen, "Label").contains('›'), "{screen}");

    // Down past the tags to the body.
    tui.press_settled(TAB);
    tui.press_settled(TAB);
    let screen = tui.press_settled(PASTE);
    assert!(
        screen.contains("› Tulisan Anda"),
        "the focus stayed:\n{screen}"
    );
    let body: Vec<&str> = screen
        .lines()
        .skip_while(|l| !l.contains("Tulisan Anda"))
        .skip(1)
        .take(2)
        .map(|l| l.trim_matches(|c| c == '│' || c == ' '))
        .collect();
    assert_eq!(body, ["a   b", "c"], "{screen}");
    assert!(
        line_with(&screen, "Judul").contains("[ a b c "),
        "the title kept only its own paste:\n{screen}"
    );

    tui.quit_with(F10);
    let raw = tui.raw();
    let off = raw.windows(PASTE_OFF.len()).rposition(|w| w == PASTE_OFF);
    let on = raw.windows(PASTE_ON.len()).rposition(|w| w == PASTE_ON);
    assert!(off > on, "bracketed paste is off again at the end");
}
