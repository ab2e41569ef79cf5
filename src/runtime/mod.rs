//! The running app: terminal events go through `update`, effects through the
//! executor, and the screen is drawn after each step.

pub mod executor;
mod input;
// Our own reader is Unix only: Windows keeps crossterm's (see input.rs).
#[cfg(unix)]
mod keys;
mod terminal;
pub mod worker;

use crate::app::{Action, Effect, Model, Moment, update};
use crate::datadir::DataDir;
use crate::i18n::{Lang, Messages, data_dir_error, vault_error};
use crate::tr;
use crate::ui::{self, Theme};
use crate::vault::Vault;
use executor::Executor;
use input::Input;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};
use worker::Worker;

/// How often the clock is read while she does nothing (countdowns, auto-lock).
const TICK: Duration = Duration::from_millis(250);
/// At most this many waiting inputs between two frames.
const BATCH: usize = 20_000;

/// Reads the clocks. The only place the app learns the time.
struct Clock {
    started: Instant,
}

impl Clock {
    fn now(&self) -> Moment {
        let local = chrono::Local::now();
        Moment {
            unix: local.timestamp(),
            mono_ms: u64::try_from(self.started.elapsed().as_millis()).unwrap_or(u64::MAX),
            utc_offset_secs: local.offset().local_minus_utc(),
        }
    }
}

/// Opens the data folder and runs the app until she quits. `system` is the
/// computer's language, if it is one of ours: a first run starts on it.
pub fn run(data_dir: Option<PathBuf>, system: Option<Lang>) -> ExitCode {
    let fallback = Messages::new(Lang::Id);
    let path = match crate::datadir::resolve(data_dir) {
        Ok(p) => p,
        Err(e) => return fail(&data_dir_error(&fallback, &e)),
    };
    let dir = match DataDir::open_or_create(&path) {
        Ok(d) => d,
        Err(e) => return fail(&data_dir_error(&fallback, &e)),
    };
    let vault = match Vault::open(&dir) {
        Ok(v) => v,
        Err(e) => return fail(&vault_error(&fallback, &e)),
    };
    let executor = Executor::new(vault, Box::new(|| chrono::Utc::now().timestamp()));
    let result = event_loop(executor, system);
    let centre_lang = match &result {
        Ok(lang) => *lang,
        Err(_) => Lang::Id,
    };
    if std::env::var_os("TMUX").is_some() || std::env::var_os("STY").is_some() {
        let note = tr!(Messages::new(centre_lang), "exit-tmux-note");
        let width = crossterm::terminal::size().map_or(80, |(w, _)| w);
        eprintln!("{}", wrap_words(&note, usize::from(width)));
    }
    match result {
        Ok(_) => ExitCode::SUCCESS,
        Err(_) => fail(&tr!(Messages::new(centre_lang), "err-terminal")),
    }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("{message}");
    ExitCode::FAILURE
}

/// Runs until she quits; returns the centre's language then, for any last words.
fn event_loop(executor: Executor, system: Option<Lang>) -> std::io::Result<Lang> {
    let clock = Clock {
        started: Instant::now(),
    };
    let stop = Arc::new(AtomicBool::new(false));
    watch_signals(&stop);
    let mut model = Model::new(
        executor.is_set_up(),
        executor.centre_settings(),
        executor.login_names(),
        clock.now(),
    );
    crate::app::auth::preselect_language(&mut model, system);
    let (to_loop, inbox) = mpsc::channel();
    let replies = to_loop.clone();
    let worker = Worker::spawn(executor, move |reply| {
        let _ = replies.send(Input::Done(Box::new(reply)));
    });
    let mut guard = terminal::TerminalGuard::enter()?;
    input::start(&to_loop);
    let mut run = Running {
        model: &mut model,
        worker: &worker,
        epoch: 0,
    };
    let result = run.screens(&mut guard, &inbox, &clock, &stop);
    // However the loop ended (quit, a signal, a terminal error), unsaved words
    // are sealed and the keys dropped before the terminal is given back.
    let effects = crate::app::lock::lock(run.model);
    run.send(effects);
    let executor = worker
        .finish()
        .map_err(|_| std::io::Error::other("the worker stopped"))?;
    drop(guard);
    result.map(|()| executor.centre_settings().language)
}

/// The model, and the worker that carries out its effects.
struct Running<'a> {
    model: &'a mut Model,
    worker: &'a Worker,
    /// Locks so far: what the worker hands back from before the last lock is
    /// thrown away (a session, a recovery code, a list of her entries).
    epoch: u64,
}

impl Running<'_> {
    fn send(&mut self, effects: Vec<Effect>) {
        for effect in effects {
            if matches!(effect, Effect::Lock) {
                self.epoch += 1;
            }
            self.worker.send(self.epoch, effect);
        }
    }

    fn keys(&mut self, keys: Vec<crate::app::Key>, clock: &Clock) {
        if !keys.is_empty() && !self.model.quit {
            let effects = update(
                self.model,
                Action::Keys {
                    keys,
                    at: clock.now(),
                },
            );
            self.send(effects);
        }
    }

    /// One thing that arrived; false when the terminal has gone.
    fn handle(&mut self, input: Input, clock: &Clock) -> bool {
        let action = match input {
            Input::Key(key) => Action::Keys {
                keys: vec![key],
                at: clock.now(),
            },
            Input::Resize(width, height) => Action::Resize { width, height },
            Input::HangUp => return false,
            Input::Done(reply) => {
                let reply = *reply;
                if let Some(names) = reply.login_names {
                    // Accounts may have changed while she was in; the login list follows.
                    self.model.login_names = names;
                }
                match reply.outcome {
                    Some(outcome) if reply.epoch == self.epoch => Action::Done(outcome),
                    _ => return true,
                }
            }
        };
        let effects = update(self.model, action);
        self.send(effects);
        true
    }

    fn screens(
        &mut self,
        guard: &mut terminal::TerminalGuard,
        inbox: &Receiver<Input>,
        clock: &Clock,
        stop: &AtomicBool,
    ) -> std::io::Result<()> {
        let messages = [Messages::new(Lang::Id), Messages::new(Lang::En)];
        let words = |lang: Lang| &messages[usize::from(lang == Lang::En)];
        let theme = Theme::from_env();
        let size = guard.terminal.size()?;
        self.handle(Input::Resize(size.width, size.height), clock);
        let mut ticked = Instant::now();
        loop {
            let model = &*self.model;
            guard
                .terminal
                .draw(|f| ui::draw(f, model, words(model.lang), &theme))?;
            // Quit, or closed from outside: the caller locks.
            if self.model.quit || stop.load(Ordering::SeqCst) {
                return Ok(());
            }
            let first = match inbox.recv_timeout(TICK) {
                Ok(input) => Some(input),
                Err(RecvTimeoutError::Timeout) => None,
                Err(RecvTimeoutError::Disconnected) => return Ok(()),
            };
            // Everything already waiting is handled before the next frame, so
            // a long paste costs one frame, and F12 behind it waits for no
            // drawing. Keys that came together go in together.
            let mut keys = Vec::new();
            for input in first.into_iter().chain(inbox.try_iter().take(BATCH)) {
                match input {
                    Input::Key(key) => keys.push(key),
                    other => {
                        self.keys(std::mem::take(&mut keys), clock);
                        if !self.handle(other, clock) {
                            return Ok(());
                        }
                    }
                }
            }
            self.keys(keys, clock);
            if ticked.elapsed() >= TICK {
                ticked = Instant::now();
                let effects = update(self.model, Action::Tick(clock.now()));
                self.send(effects);
            }
        }
    }
}

/// SIGTERM and SIGHUP (the window closed) end the app cleanly: the loop sees
/// the flag within a tick, seals any draft, locks and restores the terminal.
/// If the terminal has gone, crossterm's `poll` can spin without returning
/// (crossterm issue #793), so a watchdog ends the process itself shortly after;
/// her keys then go with the process's memory.
#[cfg(unix)]
fn watch_signals(stop: &Arc<AtomicBool>) {
    use signal_hook::consts::{SIGHUP, SIGTERM};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP]) else {
        return;
    };
    let stop = Arc::clone(stop);
    std::thread::spawn(move || {
        if signals.forever().next().is_some() {
            stop.store(true, Ordering::SeqCst);
            std::thread::sleep(Duration::from_millis(1500));
            terminal::restore();
            std::process::exit(0);
        }
    });
}

#[cfg(not(unix))]
fn watch_signals(_stop: &Arc<AtomicBool>) {}

/// `text` broken between words so that no line is wider than `width`: the
/// terminal would otherwise cut a word where the line ends.
fn wrap_words(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    for word in text.split_whitespace() {
        let len = word.chars().count();
        if used > 0 && used + 1 + len > width {
            out.push('\n');
            used = 0;
        } else if used > 0 {
            out.push(' ');
            used += 1;
        }
        out.push_str(word);
        used += len;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::wrap_words;

    #[test]
    fn the_exit_note_breaks_between_words() {
        let text =
            "Note: tmux or screen keeps its own history of the screen, which Langkah can't clear.";
        let wrapped = wrap_words(text, 40);
        assert!(
            wrapped.lines().all(|l| l.chars().count() <= 40),
            "{wrapped}"
        );
        assert_eq!(wrapped.replace('\n', " "), text);
        assert_eq!(
            wrapped.lines().next(),
            Some("Note: tmux or screen keeps its own")
        );
        assert_eq!(wrap_words("a verylongword b", 4), "a\nverylongword\nb");
    }
}
