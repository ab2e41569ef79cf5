//! Showing a code once. At a terminal the code goes on the alternate screen and
//! stays there until Enter, so nothing of it is left in the scrollback beside
//! her alias for the next person at the computer. For scripts
//! (`--passphrase-stdin`), or when the output is not a terminal, it is the last
//! line on stdout, as before.

use super::CliError;
use super::input::SecretInput;
use crate::i18n::Messages;
use crate::tr;
use crossterm::terminal::{Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen};
use crossterm::{cursor::MoveTo, execute};
use std::io::{BufRead, IsTerminal, Write};

pub(super) fn show_code(
    m: &Messages,
    intro: &str,
    code: &str,
    secrets: &SecretInput,
) -> Result<(), CliError> {
    let mut out = std::io::stdout();
    if secrets.from_stdin || !out.is_terminal() {
        eprintln!("{intro}");
        writeln!(out, "{code}")
            .and_then(|()| out.flush())
            .map_err(|_| CliError::Terminal)?;
        return if secrets.from_stdin {
            Ok(())
        } else {
            confirm(m)
        };
    }
    execute!(
        out,
        EnterAlternateScreen,
        Clear(ClearType::All),
        MoveTo(0, 0)
    )
    .map_err(|_| CliError::Terminal)?;
    let shown = write!(out, "{intro}\r\n\r\n    {code}\r\n\r\n").and_then(|()| out.flush());
    // Whatever happens, the code leaves the screen.
    let confirmed = shown
        .map_err(|_| CliError::Terminal)
        .and_then(|()| confirm(m));
    execute!(out, LeaveAlternateScreen).map_err(|_| CliError::Terminal)?;
    confirmed
}

/// Waits for Enter once she has kept the code.
fn confirm(m: &Messages) -> Result<(), CliError> {
    eprint!("{} ", tr!(m, "cli-recovery-confirm"));
    let mut line = String::new();
    match std::io::stdin().lock().read_line(&mut line) {
        Ok(0) | Err(_) => Err(CliError::InputClosed),
        Ok(_) => Ok(()),
    }
}
