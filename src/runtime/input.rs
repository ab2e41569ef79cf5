//! Everything the loop waits for arrives on one channel: keys, a new window
//! size, the terminal going away, and what the worker hands back.
//!
//! Keys are read by a thread of their own with plain blocking reads, so a
//! backlog (a long paste) is read to its end without waiting for another key.

use super::worker::Reply;
use crate::app::Key;
use std::sync::mpsc::Sender;

pub enum Input {
    Key(Key),
    Resize(u16, u16),
    /// The terminal is gone (the window was closed): seal and leave.
    HangUp,
    Done(Box<Reply>),
}

/// Starts reading keys and window sizes into `to`.
#[cfg(unix)]
pub fn start(to: &Sender<Input>) {
    use super::keys::KeyParser;
    use std::io::Read;

    let keys = to.clone();
    std::thread::spawn(move || {
        let mut parser = KeyParser::default();
        let mut buf = [0u8; 4096];
        let mut stdin = std::io::stdin().lock();
        loop {
            let n = match stdin.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                // EIO: the pty's other side has closed.
                Err(_) => break,
            };
            for key in parser.feed(&buf[..n], n == buf.len()) {
                if keys.send(Input::Key(key)).is_err() {
                    return;
                }
            }
        }
        let _ = keys.send(Input::HangUp);
    });
    let sizes = to.clone();
    if let Ok(mut signals) = signal_hook::iterator::Signals::new([signal_hook::consts::SIGWINCH]) {
        std::thread::spawn(move || {
            for _ in signals.forever() {
                if let Ok((w, h)) = crossterm::terminal::size()
                    && sizes.send(Input::Resize(w, h)).is_err()
                {
                    return;
                }
            }
        });
    }
}

/// Elsewhere, crossterm's own reader on a thread.
#[cfg(not(unix))]
pub fn start(to: &Sender<Input>) {
    use crossterm::event::{self, Event};
    let to = to.clone();
    std::thread::spawn(move || {
        loop {
            let input = match event::read() {
                Ok(Event::Key(k)) => match super::terminal::key_from(k) {
                    Some(key) => Input::Key(key),
                    None => continue,
                },
                Ok(Event::Resize(w, h)) => Input::Resize(w, h),
                Ok(_) => continue,
                Err(_) => Input::HangUp,
            };
            let gone = matches!(input, Input::HangUp);
            if to.send(input).is_err() || gone {
                return;
            }
        }
    });
}
