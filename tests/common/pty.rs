//! The real `langkah` binary in a pseudo-terminal, driven by key presses the
//! way a person at the keyboard would drive it. Every byte it prints is fed
//! into a terminal emulator (`vt100`), because ratatui only redraws the cells
//! that changed: assertions look at the parsed screen, and a raw log of all
//! output is kept for checking escape sequences.
//!
//! Also here: running the binary's command line (for quick set-up without the
//! UI), fresh data folders, and small helpers for reading screens.

use expectrl::process::unix::{Signal, WaitStatus};
use expectrl::session::OsSession;
use std::io::{ErrorKind, Read, Write};
use std::num::NonZeroU16;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Generous: this is not a speed test, and the machine may be busy building.
pub const TIMEOUT: Duration = Duration::from_secs(20);
/// How long the screen must stay unchanged before it counts as settled.
pub const QUIET: Duration = Duration::from_millis(400);

pub const ENTER: &str = "\r";
pub const TAB: &str = "\t";
pub const ESC: &str = "\x1b";
pub const CTRL_G: &str = "\x07";
pub const UP: &str = "\x1b[A";
pub const DOWN: &str = "\x1b[B";
pub const F1: &str = "\x1bOP";
pub const F2: &str = "\x1bOQ";
pub const F4: &str = "\x1bOS";
pub const F10: &str = "\x1b[21~";
pub const F12: &str = "\x1b[24~";

/// The binary under test, with the test build's weak KDF. `LANGKAH_TEST_BIN`
/// names a copy instead: `.ci/run` runs the tests as an unprivileged user who
/// can't reach the build folder.
pub fn binary() -> String {
    std::env::var("LANGKAH_TEST_BIN").unwrap_or_else(|_| env!("CARGO_BIN_EXE_langkah").into())
}

/// A command for the binary on `data_dir`, shielded from the caller's
/// environment (another data folder, a multiplexer).
pub fn command(data_dir: &Path) -> Command {
    let mut cmd = Command::new(binary());
    cmd.arg("--data-dir")
        .arg(data_dir)
        .env("TERM", "xterm-256color")
        .env_remove("LANGKAH_DATA_DIR")
        .env_remove("TMUX")
        .env_remove("STY");
    cmd
}

/// Runs the command line on `data_dir` with `args`, writing `stdin` to it
/// (for `--passphrase-stdin`). Panics unless it exits with status 0; returns
/// its standard output.
pub fn cli(data_dir: &Path, args: &[&str], stdin: &str) -> String {
    let mut child = command(data_dir)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn langkah");
    // Small enough for the pipe buffer: written whole before reading.
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("write to langkah's stdin");
    let out = child.wait_with_output().expect("wait for langkah");
    let stdout = String::from_utf8(out.stdout).expect("stdout is UTF-8");
    assert!(
        out.status.success(),
        "langkah {args:?} ended with {}; stdout:\n{stdout}\nstderr:\n{}\n\
         (A refusal of a weakly locked file means {} is not the test build: \
         a plain `cargo build` replaced it while the tests ran.)",
        out.status,
        String::from_utf8_lossy(&out.stderr),
        binary()
    );
    stdout
}

/// A fresh parent folder; the data folder inside it does not exist yet, so
/// the app has to create it. Keep the `TempDir` alive for the test.
pub fn fresh_data_dir() -> (tempfile::TempDir, PathBuf) {
    let parent = tempfile::tempdir().expect("tempdir");
    let data = parent.path().join("data");
    assert!(!data.exists());
    (parent, data)
}

fn size(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).expect("a terminal size is not zero")
}

/// The binary in a pty, the emulated screen, and every byte it has printed.
pub struct Tui {
    session: OsSession,
    parser: vt100::Parser,
    raw: Vec<u8>,
    /// The pty reported the end of output: the child is gone.
    eof: bool,
}

impl Tui {
    /// Starts the app on `data_dir` in an 80x24 pty (ptyprocess's size for
    /// every child).
    pub fn spawn(data_dir: &Path) -> Tui {
        Tui::spawn_command(command(data_dir))
    }

    /// Starts `cmd` (see `command`) in an 80x24 pty.
    pub fn spawn_command(cmd: Command) -> Tui {
        let session = OsSession::spawn(cmd).expect("spawn langkah in a pty");
        Tui {
            session,
            parser: vt100::Parser::new(size(24), size(80), 0),
            raw: Vec::new(),
            eof: false,
        }
    }

    /// The app's process id, to look at it in `/proc`.
    pub fn pid(&self) -> u32 {
        self.session.get_process().pid().as_raw() as u32
    }

    /// Resizes the pty (the app gets SIGWINCH) and the emulated screen.
    pub fn resize(&mut self, cols: u16, rows: u16) {
        self.pump();
        self.session
            .get_process_mut()
            .set_window_size(cols, rows)
            .expect("set the pty size");
        self.parser.set_size(size(rows), size(cols));
    }

    /// Reads whatever is waiting, without blocking. True if anything came.
    pub fn pump(&mut self) -> bool {
        let mut got = false;
        let mut buf = [0u8; 8192];
        while !self.eof {
            match self.session.try_read(&mut buf) {
                Ok(0) => self.eof = true,
                Ok(n) => {
                    self.parser.process(&buf[..n]);
                    self.raw.extend_from_slice(&buf[..n]);
                    got = true;
                }
                Err(e) if e.kind() == ErrorKind::WouldBlock => break,
                Err(e) if e.kind() == ErrorKind::Interrupted => {}
                // Linux answers EIO on the pty master once the child has gone.
                Err(_) => self.eof = true,
            }
        }
        got
    }

    /// Every byte the app has printed so far.
    pub fn raw(&self) -> &[u8] {
        &self.raw
    }

    /// The parsed screen's text, row by row.
    pub fn screen(&self) -> String {
        self.parser.screen().contents()
    }

    /// True if `needle` is on the screen and its first character is drawn in
    /// reverse video or on a coloured background, the way lists and menus show
    /// the selected line (with or without colours).
    pub fn highlighted(&self, needle: &str) -> bool {
        let screen = self.parser.screen();
        let (rows, cols) = screen.size();
        for row in 0..rows.get() {
            // The row's text, and for each byte of it the column it came from.
            let mut text = String::new();
            let mut at = Vec::new();
            for col in 0..cols.get() {
                let Some(cell) = screen.cell(row, col) else {
                    continue;
                };
                if cell.is_wide_continuation() {
                    continue;
                }
                let shown = if cell.has_contents() {
                    cell.contents()
                } else {
                    " "
                };
                text.push_str(shown);
                at.extend(std::iter::repeat_n(col, shown.len()));
            }
            if let Some(start) = text.find(needle) {
                let cell = screen.cell(row, at[start]).expect("a cell on the screen");
                return cell.inverse() || cell.bgcolor() != vt100::Color::Default;
            }
        }
        false
    }

    /// The screen's text and cursor, to tell whether anything changed.
    fn snapshot(&self) -> (String, (u16, u16)) {
        (self.screen(), self.parser.screen().cursor_position())
    }

    pub fn send(&mut self, keys: &str) {
        self.send_bytes(keys.as_bytes());
    }

    /// Any bytes, invalid UTF-8 included. Long input goes in pieces, reading
    /// the screen between them, so that neither side blocks on a full pty.
    pub fn send_bytes(&mut self, bytes: &[u8]) {
        for piece in bytes.chunks(1024) {
            self.session
                .write_all(piece)
                .and_then(|()| self.session.flush())
                .expect("write to the pty");
            self.pump();
        }
    }

    /// Reads until `done` holds for the parsed screen and returns the screen;
    /// panics with the screen, naming `what`, if that takes longer than
    /// `TIMEOUT` or the app exits first.
    pub fn wait_until(&mut self, what: &str, done: impl Fn(&str) -> bool) -> String {
        self.wait_state(what, |tui| done(&tui.screen()))
    }

    /// Reads until `done` holds for the emulated terminal (text, colours,
    /// cursor) and returns the screen's text; panics as `wait_until` does.
    pub fn wait_state(&mut self, what: &str, done: impl Fn(&Tui) -> bool) -> String {
        let start = Instant::now();
        loop {
            self.pump();
            let screen = self.screen();
            if done(self) {
                return screen;
            }
            if self.eof {
                panic!("waited for {what} but the app exited; the screen shows:\n{screen}");
            }
            if start.elapsed() > TIMEOUT {
                panic!("waited {TIMEOUT:?} for {what}; the screen shows:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Reads until the parsed screen contains `needle` and returns the screen.
    pub fn wait_for(&mut self, needle: &str) -> String {
        self.wait_until(&format!("{needle:?}"), |s| s.contains(needle))
    }

    /// Reads until every one of `needles` is on the parsed screen. (Waiting
    /// for one and then asserting the others could catch a half-drawn frame.)
    pub fn wait_for_all(&mut self, needles: &[&str]) -> String {
        self.wait_until(&format!("all of {needles:?}"), |s| {
            needles.iter().all(|n| s.contains(n))
        })
    }

    /// Reads until `needle` is on the screen drawn as selected; see
    /// `highlighted`.
    pub fn wait_highlighted(&mut self, needle: &str) -> String {
        self.wait_state(&format!("{needle:?} highlighted"), |tui| {
            tui.highlighted(needle)
        })
    }

    /// Reads until `needle` is no longer on the parsed screen.
    pub fn wait_gone(&mut self, needle: &str) -> String {
        self.wait_until(&format!("{needle:?} to go"), |s| !s.contains(needle))
    }

    /// Sends keys, then waits until the screen contains `needle`.
    pub fn press(&mut self, keys: &str, needle: &str) -> String {
        self.send(keys);
        self.wait_for(needle)
    }

    /// Reads until the screen has stayed the same for `QUIET`, and returns it.
    /// (The raw output never goes quiet: the app redraws on every clock tick.)
    pub fn settle(&mut self) -> String {
        let start = Instant::now();
        let mut since = Instant::now();
        let mut last = self.snapshot();
        while since.elapsed() < QUIET && !self.eof {
            assert!(
                start.elapsed() < TIMEOUT,
                "the screen never settled; it shows:\n{}",
                self.screen()
            );
            std::thread::sleep(Duration::from_millis(20));
            self.pump();
            let now = self.snapshot();
            if now != last {
                last = now;
                since = Instant::now();
            }
        }
        self.screen()
    }

    /// Keeps reading (so the app never blocks on a full pty) for `how_long`,
    /// and returns the screen.
    pub fn idle(&mut self, how_long: Duration) -> String {
        let start = Instant::now();
        while start.elapsed() < how_long {
            self.pump();
            std::thread::sleep(Duration::from_millis(20));
        }
        self.pump();
        self.screen()
    }

    /// Sends keys and lets the app finish drawing. Returns the screen.
    pub fn press_settled(&mut self, keys: &str) -> String {
        self.send(keys);
        self.settle()
    }

    /// Fills the focused form field and moves on with Enter (which submits
    /// the form on its last field).
    pub fn fill(&mut self, text: &str) {
        self.send(text);
        self.settle();
        self.press_settled(ENTER);
    }

    /// Keeps reading until the child exits; returns its exit code.
    pub fn wait_exit(&mut self) -> i32 {
        let start = Instant::now();
        loop {
            self.pump();
            match self.session.get_process().status() {
                Ok(WaitStatus::StillAlive) => {}
                Ok(WaitStatus::Exited(_, code)) => {
                    // What it printed last may still be in the pty buffer.
                    self.pump();
                    return code;
                }
                Ok(other) => panic!("langkah ended with {other:?}"),
                Err(e) => panic!("waitpid failed: {e}"),
            }
            if start.elapsed() > TIMEOUT {
                panic!("langkah did not exit; the screen shows:\n{}", self.screen());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Ends the app with SIGKILL, as a crash or a pulled plug would, and
    /// waits until it is gone.
    pub fn kill(&mut self) {
        self.session
            .get_process_mut()
            .kill(Signal::SIGKILL)
            .expect("send SIGKILL");
        let start = Instant::now();
        loop {
            self.pump();
            match self.session.get_process().status() {
                Ok(WaitStatus::StillAlive) => {}
                Ok(WaitStatus::Signaled(_, Signal::SIGKILL, _)) => return,
                Ok(other) => panic!("langkah ended with {other:?}, not SIGKILL"),
                Err(e) => panic!("waitpid failed: {e}"),
            }
            assert!(start.elapsed() < TIMEOUT, "langkah survived SIGKILL");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Sends `keys` (the quit key) and asserts that the app exits with 0.
    pub fn quit_with(&mut self, keys: &str) {
        self.send(keys);
        let code = self.wait_exit();
        assert_eq!(
            code,
            0,
            "exit status after {keys:?}; the screen shows:\n{}",
            self.screen()
        );
    }
}

/// The first token on the screen shaped like `groups` groups of four Crockford
/// base32 characters joined by '-', e.g. `6K9N-A17M-DBDJ` for 3 groups.
/// The login screen's instruction, there as soon as it is drawn.
pub const LOGIN_HINT: &str = "Tulis nama dan kata sandi.";

/// A centre (facilitator Sari) with one claimed participant, set up through
/// the binary's own command line.
pub fn centre_with_participant(data: &Path, alias: &str, passphrase: &str) {
    let pass = super::FACILITATOR_PASS;
    let twice = format!("{pass}\n{pass}\n");
    cli(
        data,
        &[
            "init",
            "--centre",
            "Rumah Harapan",
            "--facilitator",
            "Sari",
            "--passphrase-stdin",
        ],
        &twice,
    );
    let out = cli(
        data,
        &[
            "account",
            "add",
            "--as",
            "Sari",
            "--role",
            "participant",
            "--alias",
            alias,
            "--passphrase-stdin",
        ],
        &format!("{pass}\n"),
    );
    let code = out
        .lines()
        .last()
        .unwrap_or_else(|| panic!("no setup code printed:\n{out}"))
        .trim();
    assert!(
        code.len() == 14 && code.split('-').count() == 3,
        "the last line is not a setup code: {code:?}"
    );
    cli(
        data,
        &["account", "claim", "--alias", alias, "--passphrase-stdin"],
        &format!("{code}\n{passphrase}\n{passphrase}\n"),
    );
}

impl Tui {
    /// Logs in from an empty login screen; returns the first screen after it
    /// that contains `expect`.
    pub fn log_in(&mut self, alias: &str, passphrase: &str, expect: &str) -> String {
        let screen = self.wait_for(LOGIN_HINT);
        assert!(screen.contains("┌ Masuk"), "no login title on:\n{screen}");
        self.send(alias);
        self.settle();
        self.press_settled(TAB);
        self.send(passphrase);
        self.settle();
        self.press(ENTER, expect)
    }
}

pub fn find_code(screen: &str, groups: usize) -> Option<String> {
    const CROCKFORD: &str = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    screen
        .split(|c: char| c.is_whitespace() || c == '│')
        .map(|t| t.trim_matches(|c: char| !c.is_ascii_alphanumeric()))
        .find(|t| {
            let parts: Vec<&str> = t.split('-').collect();
            parts.len() == groups
                && parts
                    .iter()
                    .all(|p| p.len() == 4 && p.chars().all(|c| CROCKFORD.contains(c)))
        })
        .map(str::to_owned)
}

/// The first line of the screen that contains `needle`, to look at one field.
/// Fields are drawn as `› Label   [ value ]`, the `›` marking the focus.
pub fn line_with<'s>(screen: &'s str, needle: &str) -> &'s str {
    screen
        .lines()
        .find(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("no line with {needle:?} on the screen:\n{screen}"))
}

pub fn contains_bytes(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

/// Every regular file under `dir`, recursively, with its contents.
pub fn read_tree(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for item in std::fs::read_dir(&d).unwrap_or_else(|e| panic!("list {d:?}: {e}")) {
            let path = item.expect("a folder entry").path();
            let kind = std::fs::symlink_metadata(&path)
                .unwrap_or_else(|e| panic!("stat {path:?}: {e}"))
                .file_type();
            if kind.is_dir() {
                todo.push(path);
            } else {
                let mut bytes = Vec::new();
                std::fs::File::open(&path)
                    .and_then(|mut f| f.read_to_end(&mut bytes))
                    .unwrap_or_else(|e| panic!("read {path:?}: {e}"));
                files.push((path, bytes));
            }
        }
    }
    files
}
