//! Bytes from the terminal into keys. crossterm 0.29's reader waits on an
//! edge-triggered poll after each 1 KB read, so the rest of a paste sat in the
//! kernel until the next key (F12 included); and its parser holds everything
//! after a paste-start marker until the end marker, so one lost `ESC[201~`
//! swallowed F12 for good. This parser keeps nothing but one unfinished
//! escape sequence (at most `MAX_SEQUENCE` bytes) and whether a paste is on.
//!
//! The runtime turns bracketed paste on, so a paste comes between `ESC[200~`
//! and `ESC[201~`. In between, text is text: a line break is `Key::Char('\n')`
//! and a tab `Key::Char('\t')`, never Enter or Tab, so a paste can't move the
//! focus or submit a form; the field decides what they become. Other control
//! bytes are dropped, except Ctrl+G: quick hide works in the middle of a paste.
//! A lost end marker must not change her keys for long, so a paste also ends
//! at any escape sequence (pasted text has none: an arrow, an F-key or a lone
//! Esc is her own key, and goes through) and after `MAX_PASTE` bytes.
//! After a hide in the middle of a paste, the rest of that paste is dropped:
//! her words must not land in the login's name field, in view, after she hid
//! them. Her next escape key still ends it, so this too is bounded.

use crate::app::Key;
use crate::app::keymap::{Command, Mode, lookup};

/// Longer than any key's escape sequence; a longer one is dropped.
const MAX_SEQUENCE: usize = 32;
/// A paste longer than this is taken as typed from here on: the bound on
/// what a lost end marker can do.
const MAX_PASTE: usize = 64 * 1024;

#[derive(Default)]
pub struct KeyParser {
    /// The start of a sequence that the last read cut off.
    rest: Vec<u8>,
    /// Set between the paste markers.
    paste: Option<Paste>,
}

#[derive(Default)]
struct Paste {
    /// Bytes of it so far.
    bytes: usize,
    /// The last byte was a CR: a LF right after it is the same line break.
    after_cr: bool,
    /// She hid during it: the rest of it is dropped.
    hidden: bool,
}

/// F12 and Ctrl+G, as the key table says. A letter never hides, so the
/// table (which `lookup` gathers anew) is not asked for every pasted byte.
fn hides(key: Key) -> bool {
    !matches!(key, Key::Char(_)) && lookup(Mode::Menu, key) == Some(Command::QuickHide)
}

/// What the bytes at the front hold.
enum Parsed {
    Key(Key, usize),
    /// Bytes that are no key (unknown or broken sequences, pasted controls).
    Skip(usize),
    /// A sequence that goes on in the next read.
    Unfinished,
    PasteStart(usize),
    PasteEnd(usize),
}

impl KeyParser {
    /// The keys in `bytes`. `more` says the read filled its buffer, so a
    /// sequence cut at the end is probably finished by the next read; without
    /// it, a lone Esc at the end is the Esc key.
    pub fn feed(&mut self, bytes: &[u8], more: bool) -> Vec<Key> {
        self.rest.extend_from_slice(bytes);
        let mut keys = Vec::new();
        let mut at = 0;
        while at < self.rest.len() {
            match next(&mut self.paste, &self.rest[at..], more) {
                Parsed::Key(key, used) => {
                    keys.push(key);
                    at += used;
                }
                Parsed::Skip(used) => at += used,
                Parsed::Unfinished if self.rest.len() - at > MAX_SEQUENCE => at += 1,
                Parsed::Unfinished => break,
                Parsed::PasteStart(used) => {
                    self.paste = Some(Paste::default());
                    at += used;
                }
                Parsed::PasteEnd(used) => {
                    self.paste = None;
                    at += used;
                }
            }
        }
        self.rest.drain(..at);
        keys
    }
}

/// The front of `b`: pasted text while a paste is on, else keys.
fn next(paste_on: &mut Option<Paste>, b: &[u8], more: bool) -> Parsed {
    let Some(paste) = paste_on else {
        return parse(b, more);
    };
    if b[0] == 0x1b {
        let parsed = parse(b, more);
        match parsed {
            Parsed::Unfinished | Parsed::PasteStart(_) => {}
            Parsed::Key(key, _) if hides(key) => paste.hidden = true,
            _ => *paste_on = None,
        }
        return parsed;
    }
    let parsed = match paste.text(b) {
        Parsed::Key(key, used) if hides(key) => {
            paste.hidden = true;
            Parsed::Key(key, used)
        }
        Parsed::Key(_, used) if paste.hidden => Parsed::Skip(used),
        other => other,
    };
    if let Parsed::Key(_, used) | Parsed::Skip(used) = parsed {
        paste.bytes += used;
        if paste.bytes >= MAX_PASTE {
            *paste_on = None;
        }
    }
    parsed
}

impl Paste {
    /// Pasted text at the front of `b`, which starts with no Esc.
    fn text(&mut self, b: &[u8]) -> Parsed {
        let after_cr = std::mem::take(&mut self.after_cr);
        match b[0] {
            b'\r' => {
                self.after_cr = true;
                Parsed::Key(Key::Char('\n'), 1)
            }
            b'\n' if after_cr => Parsed::Skip(1),
            b'\n' => Parsed::Key(Key::Char('\n'), 1),
            b'\t' => Parsed::Key(Key::Char('\t'), 1),
            0x07 => Parsed::Key(Key::Ctrl('g'), 1),
            0x00..=0x1f | 0x7f => Parsed::Skip(1),
            _ => utf8(b),
        }
    }
}

fn parse(b: &[u8], more: bool) -> Parsed {
    match b[0] {
        0x1b => escape(b, more),
        b'\r' | b'\n' => Parsed::Key(Key::Enter, 1),
        b'\t' => Parsed::Key(Key::Tab, 1),
        0x7f | 0x08 => Parsed::Key(Key::Backspace, 1),
        c @ 0x01..=0x1a => Parsed::Key(Key::Ctrl(char::from(c - 1 + b'a')), 1),
        0x00..=0x1f => Parsed::Skip(1),
        _ => utf8(b),
    }
}

fn utf8(b: &[u8]) -> Parsed {
    let len = match b[0] {
        0x00..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf7 => 4,
        _ => return Parsed::Skip(1),
    };
    if b.len() < len {
        return Parsed::Unfinished;
    }
    match std::str::from_utf8(&b[..len])
        .ok()
        .and_then(|s| s.chars().next())
    {
        // C1 controls (U+0080–U+009F) are no text; U+009B is CSI to some terminals.
        Some(c) if c.is_control() => Parsed::Skip(len),
        Some(c) => Parsed::Key(Key::Char(c), len),
        None => Parsed::Skip(1),
    }
}

fn escape(b: &[u8], more: bool) -> Parsed {
    let Some(&next) = b.get(1) else {
        return if more {
            Parsed::Unfinished
        } else {
            Parsed::Key(Key::Esc, 1)
        };
    };
    match next {
        b'[' => csi(b, more),
        b'O' => match b.get(2) {
            None if more => Parsed::Unfinished,
            None => Parsed::Key(Key::Alt('O'), 2),
            Some(&c) => match final_key(c, 1) {
                Some(key) => Parsed::Key(key, 3),
                None => Parsed::Skip(3),
            },
        },
        0x1b => Parsed::Key(Key::Esc, 1),
        _ => match utf8(&b[1..]) {
            Parsed::Key(Key::Char(c), used) => Parsed::Key(Key::Alt(c), used + 1),
            Parsed::Unfinished => Parsed::Unfinished,
            _ => Parsed::Skip(2),
        },
    }
}

/// `ESC [` parameters, intermediates and a final byte.
fn csi(b: &[u8], more: bool) -> Parsed {
    // The Linux console's F1–F5: ESC [ [ A … E.
    if b.get(2) == Some(&b'[') {
        return match b.get(3) {
            None => Parsed::Unfinished,
            Some(&c @ b'A'..=b'E') => Parsed::Key(Key::F(c - b'A' + 1), 4),
            Some(_) => Parsed::Skip(4),
        };
    }
    let Some(end) = b[2..].iter().position(|c| !(0x20..=0x3f).contains(c)) else {
        return if more || b.len() < 3 {
            Parsed::Unfinished
        } else {
            Parsed::Skip(b.len())
        };
    };
    let end = end + 2;
    let used = end + 1;
    if !(0x40..=0x7e).contains(&b[end]) {
        return Parsed::Skip(end);
    }
    let params: Vec<u16> = std::str::from_utf8(&b[2..end])
        .unwrap_or("")
        .split(';')
        .map(|p| p.parse().unwrap_or(0))
        .collect();
    let modifier = params.get(1).copied().unwrap_or(1);
    let key = match b[end] {
        b'~' if params[0] == 200 => return Parsed::PasteStart(used),
        b'~' if params[0] == 201 => return Parsed::PasteEnd(used),
        b'~' => tilde(params[0]),
        b'Z' => Some(Key::BackTab),
        c => final_key(c, modifier),
    };
    match key {
        Some(key) => Parsed::Key(key, used),
        None => Parsed::Skip(used),
    }
}

/// The key a final byte names (arrows, Home/End, F1–F4), with Ctrl for arrows.
fn final_key(c: u8, modifier: u16) -> Option<Key> {
    let ctrl = modifier > 1 && (modifier - 1) & 4 != 0;
    Some(match (c, ctrl) {
        (b'A', false) => Key::Up,
        (b'B', false) => Key::Down,
        (b'C', false) => Key::Right,
        (b'D', false) => Key::Left,
        (b'A', true) => Key::CtrlUp,
        (b'B', true) => Key::CtrlDown,
        (b'C', true) => Key::CtrlRight,
        (b'D', true) => Key::CtrlLeft,
        (b'H', _) => Key::Home,
        (b'F', _) => Key::End,
        (b'P'..=b'S', _) => Key::F(c - b'P' + 1),
        _ => return None,
    })
}

/// `ESC [ n ~`: editing keys and F5–F12.
fn tilde(n: u16) -> Option<Key> {
    Some(match n {
        1 | 7 => Key::Home,
        4 | 8 => Key::End,
        3 => Key::Delete,
        5 => Key::PageUp,
        6 => Key::PageDown,
        11..=15 => Key::F(u8::try_from(n - 10).ok()?),
        17..=21 => Key::F(u8::try_from(n - 11).ok()?),
        23 | 24 => Key::F(u8::try_from(n - 12).ok()?),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(bytes: &[u8]) -> Vec<Key> {
        KeyParser::default().feed(bytes, false)
    }

    #[test]
    fn keys_the_app_uses() {
        assert_eq!(
            keys(b"a\r\t\x7f\x07\x1b[24~\x1bOP\x1b[A\x1b[1;5C\x1b[5~\x1b[Z\x1b[H\x1b[3~\x1bx"),
            [
                Key::Char('a'),
                Key::Enter,
                Key::Tab,
                Key::Backspace,
                Key::Ctrl('g'),
                Key::F(12),
                Key::F(1),
                Key::Up,
                Key::CtrlRight,
                Key::PageUp,
                Key::BackTab,
                Key::Home,
                Key::Delete,
                Key::Alt('x'),
            ]
        );
        assert_eq!(keys("é".as_bytes()), [Key::Char('é')]);
        assert_eq!(keys(b"\x1b[21~\x1b"), [Key::F(10), Key::Esc]);
    }

    #[test]
    fn a_paste_without_its_end_marker_holds_back_neither_text_nor_f12() {
        let mut parser = KeyParser::default();
        assert_eq!(
            parser.feed(b"\x1b[200~ab", true),
            [Key::Char('a'), Key::Char('b')]
        );
        assert_eq!(parser.feed(b"\x1b[24~", false), [Key::F(12)]);
    }

    /// The keys a paste of `text` gives.
    fn pasted(text: &str) -> Vec<Key> {
        text.chars().map(Key::Char).collect()
    }

    #[test]
    fn pasted_line_breaks_and_tabs_are_text() {
        assert_eq!(
            keys(b"\x1b[200~a\tb\r\nc\rd\ne\x1b[201~\r\t"),
            [pasted("a\tb\nc\nd\ne"), vec![Key::Enter, Key::Tab]].concat()
        );
        // The markers, and a CR LF, cut between reads.
        let mut parser = KeyParser::default();
        assert_eq!(parser.feed(b"\x1b[20", true), []);
        assert_eq!(parser.feed(b"0~x\r", true), pasted("x\n"));
        assert_eq!(parser.feed(b"\ny\x1b[2", true), pasted("y"));
        assert_eq!(parser.feed(b"01~\r", false), [Key::Enter]);
    }

    #[test]
    fn in_a_paste_ctrl_g_hides_and_other_controls_are_dropped() {
        // Ctrl+Q, Ctrl+S, Backspace twice, NUL, Esc's C1 cousin, then Ctrl+G:
        // the rest of the paste is dropped, and her keys after it count.
        assert_eq!(
            keys(b"\x1b[200~a\x11\x13\x7f\x08\x00\xc2\x9b\x07b\rc\x1b[201~\x11"),
            [Key::Char('a'), Key::Ctrl('g'), Key::Ctrl('q')]
        );
    }

    #[test]
    fn after_a_hide_in_a_paste_the_rest_of_it_is_dropped() {
        for hide in [&b"\x1b[24~"[..], b"\x07"] {
            let mut parser = KeyParser::default();
            assert_eq!(parser.feed(b"\x1b[200~a", true), pasted("a"));
            assert_eq!(parser.feed(hide, true).len(), 1);
            assert_eq!(parser.feed(b"secret words\r\tmore", true), []);
            // Without its end marker, her next escape key ends it.
            assert_eq!(
                parser.feed(b"\x1b[A\rx", false),
                [Key::Up, Key::Enter, Key::Char('x')]
            );
        }
        let mut parser = KeyParser::default();
        assert_eq!(
            parser.feed(b"\x1b[200~a\x1b[24~b\x1b[201~c", false),
            [Key::Char('a'), Key::F(12), Key::Char('c')]
        );
    }

    #[test]
    fn a_lost_end_marker_ends_at_her_next_key() {
        for (key, bytes) in [
            (Key::Up, &b"\x1b[A"[..]),
            (Key::Esc, b"\x1b"),
            (Key::Alt('x'), b"\x1bx"),
        ] {
            let mut parser = KeyParser::default();
            assert_eq!(parser.feed(b"\x1b[200~a\r", false), pasted("a\n"));
            assert_eq!(parser.feed(bytes, false), [key]);
            assert_eq!(parser.feed(b"\r\t", false), [Key::Enter, Key::Tab]);
        }
    }

    #[test]
    fn a_paste_ends_after_64_kib() {
        let mut parser = KeyParser::default();
        parser.feed(b"\x1b[200~", true);
        let text = vec![b'x'; MAX_PASTE - 1];
        assert_eq!(parser.feed(&text, true).len(), MAX_PASTE - 1);
        // The last byte of the paste is still text; the next one is typed.
        assert_eq!(parser.feed(b"\r\r", false), [Key::Char('\n'), Key::Enter]);
        // A new paste starts a new count.
        parser.feed(b"\x1b[200~", true);
        parser.feed(&text, true);
        assert_eq!(parser.feed(b"\t", false), [Key::Char('\t')]);
    }

    #[test]
    fn a_sequence_cut_between_reads_is_joined() {
        let mut parser = KeyParser::default();
        assert_eq!(parser.feed(b"x\x1b[2", true), [Key::Char('x')]);
        assert_eq!(parser.feed(b"4~", false), [Key::F(12)]);
        assert_eq!(parser.feed(&[0xc3], true), []);
        assert_eq!(parser.feed(&[0xa9], false), [Key::Char('é')]);
    }

    #[test]
    fn nul_c1_controls_and_broken_utf8_are_no_keys() {
        // NUL, U+009B (CSI to some terminals), a stray continuation byte, an
        // overlong '/', an encoded surrogate, a 4-byte sequence cut short.
        let hostile = b"a\x00b\xc2\x9bc\x80d\xc0\xafe\xed\xa0\x80f\xf0\x9f\x98g";
        let text: String = keys(hostile)
            .into_iter()
            .map(|k| match k {
                Key::Char(c) => c,
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(text, "abcdefg");
    }

    #[test]
    fn junk_is_bounded() {
        let mut parser = KeyParser::default();
        let mut junk = b"\x1b[".to_vec();
        junk.extend([b'1'; 100]);
        parser.feed(&junk, true);
        assert!(parser.rest.len() <= MAX_SEQUENCE + 1);
        assert!(parser.feed(b"\x07", false).contains(&Key::Ctrl('g')));
    }
}
