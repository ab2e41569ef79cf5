//! The terminal: alternate screen and bracketed paste in, and always back out
//! again, on a normal exit, an error, a panic or a signal. Leaving clears the
//! screen and the scrollback so nothing she wrote stays above the prompt.

use crossterm::cursor::{MoveTo, Show};
use crossterm::execute;
use crossterm::terminal::{
    Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen, SetTitle, disable_raw_mode,
    enable_raw_mode,
};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use std::io::{self, Stdout};
use std::sync::atomic::{AtomicBool, Ordering};

static ACTIVE: AtomicBool = AtomicBool::new(false);

/// Owns the terminal while the app runs; dropping it restores the terminal.
pub struct TerminalGuard {
    pub terminal: Terminal<CrosstermBackend<Stdout>>,
}

impl TerminalGuard {
    pub fn enter() -> io::Result<TerminalGuard> {
        install_panic_hook();
        enable_raw_mode()?;
        ACTIVE.store(true, Ordering::SeqCst);
        // A neutral title: the window list shows nothing about what this is.
        execute!(io::stdout(), EnterAlternateScreen, SetTitle("Langkah"))?;
        // A paste comes between markers, so that `keys.rs` can tell a pasted
        // line break from Enter. Not on Windows: crossterm's reader there
        // would hand the paste over as one event, which the app doesn't take.
        #[cfg(unix)]
        execute!(io::stdout(), crossterm::event::EnableBracketedPaste)?;
        let terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
        Ok(TerminalGuard { terminal })
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore();
    }
}

/// Puts the terminal back and wipes what was shown. Safe to call twice.
pub fn restore() {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return;
    }
    let _ = disable_raw_mode();
    // The shell after us would otherwise get pastes wrapped in markers.
    #[cfg(unix)]
    let _ = execute!(io::stdout(), crossterm::event::DisableBracketedPaste);
    let _ = execute!(
        io::stdout(),
        LeaveAlternateScreen,
        Clear(ClearType::All),
        Clear(ClearType::Purge),
        MoveTo(0, 0),
        Show,
        SetTitle("")
    );
}

/// On a crash the terminal is restored and cleared first. A panic message can
/// quote the text being handled, so release builds print only a neutral line;
/// debug builds keep the details for developers.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        if cfg!(debug_assertions) {
            previous(info);
        } else {
            let m = crate::i18n::Messages::new(crate::i18n::Lang::Id);
            eprintln!("{}", crate::tr!(m, "err-crashed"));
        }
    }));
}

/// The app's view of a key press; `None` for keys it doesn't use. (On Unix
/// the runtime reads keys itself: see `keys.rs`.)
#[cfg(not(unix))]
pub fn key_from(event: crossterm::event::KeyEvent) -> Option<crate::app::Key> {
    use crate::app::Key;
    use crossterm::event::{KeyCode, KeyEventKind, KeyModifiers};
    // Windows reports releases too; act on presses only.
    if event.kind == KeyEventKind::Release {
        return None;
    }
    let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
    let alt = event.modifiers.contains(KeyModifiers::ALT);
    Some(match event.code {
        KeyCode::Char(c) if ctrl => Key::Ctrl(c.to_ascii_lowercase()),
        KeyCode::Char(c) if alt => Key::Alt(c),
        KeyCode::Left if ctrl => Key::CtrlLeft,
        KeyCode::Right if ctrl => Key::CtrlRight,
        KeyCode::Up if ctrl => Key::CtrlUp,
        KeyCode::Down if ctrl => Key::CtrlDown,
        KeyCode::Char(c) => Key::Char(c),
        KeyCode::F(n) => Key::F(n),
        KeyCode::Enter => Key::Enter,
        KeyCode::Esc => Key::Esc,
        KeyCode::Tab => Key::Tab,
        KeyCode::BackTab => Key::BackTab,
        KeyCode::Backspace => Key::Backspace,
        KeyCode::Delete => Key::Delete,
        KeyCode::Left => Key::Left,
        KeyCode::Right => Key::Right,
        KeyCode::Up => Key::Up,
        KeyCode::Down => Key::Down,
        KeyCode::Home => Key::Home,
        KeyCode::End => Key::End,
        KeyCode::PageUp => Key::PageUp,
        KeyCode::PageDown => Key::PageDown,
        _ => return None,
    })
}
