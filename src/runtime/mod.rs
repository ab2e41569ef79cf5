//! The running app: terminal events go through `update`, effects through the
//! executor, and the screen is drawn after each step.

pub mod executor;
mod terminal;

use crate::app::{Action, Effect, Model, Moment, update};
use crate::datadir::DataDir;
use crate::i18n::{Lang, Messages, data_dir_error, vault_error};
use crate::tr;
use crate::ui::{self, Theme};
use crate::vault::Vault;
use crossterm::event::{self, Event};
use executor::Executor;
use std::collections::VecDeque;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// How often the clock is read while she does nothing (countdowns, auto-lock).
const TICK: Duration = Duration::from_millis(250);

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

/// Opens the data folder and runs the app until she quits.
pub fn run(data_dir: Option<PathBuf>) -> ExitCode {
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
    let result = event_loop(executor);
    let centre_lang = match &result {
        Ok(lang) => *lang,
        Err(_) => Lang::Id,
    };
    if std::env::var_os("TMUX").is_some() || std::env::var_os("STY").is_some() {
        eprintln!("{}", tr!(Messages::new(centre_lang), "exit-tmux-note"));
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
fn event_loop(mut executor: Executor) -> std::io::Result<Lang> {
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
    let mut guard = terminal::TerminalGuard::enter()?;
    let result = run_screens(&mut guard, &mut model, &mut executor, &clock, &stop);
    // However the loop ended (quit, a signal, a terminal error), unsaved words
    // are sealed and the keys dropped before the terminal is given back.
    for effect in crate::app::lock::lock(&mut model) {
        executor.run(effect);
    }
    drop(guard);
    result.map(|()| executor.centre_settings().language)
}

fn run_screens(
    guard: &mut terminal::TerminalGuard,
    model: &mut Model,
    executor: &mut Executor,
    clock: &Clock,
    stop: &AtomicBool,
) -> std::io::Result<()> {
    let messages = [Messages::new(Lang::Id), Messages::new(Lang::En)];
    let words = |lang: Lang| &messages[usize::from(lang == Lang::En)];
    let theme = Theme::from_env();
    let size = guard.terminal.size()?;
    update(
        model,
        Action::Resize {
            width: size.width,
            height: size.height,
        },
    );
    let mut pending: VecDeque<Effect> = VecDeque::new();
    loop {
        guard
            .terminal
            .draw(|f| ui::draw(f, model, words(model.lang), &theme))?;
        if let Some(effect) = pending.pop_front() {
            let locking = matches!(effect, Effect::Lock);
            if let Some(outcome) = executor.run(effect) {
                pending.extend(update(model, Action::Done(outcome)));
            }
            if locking {
                // Accounts may have changed while she was in; the login list follows.
                model.login_names = executor.login_names();
            }
            continue;
        }
        // Quit, or closed from outside: the caller locks.
        if model.quit || stop.load(Ordering::SeqCst) {
            return Ok(());
        }
        let action = if event::poll(TICK)? {
            match event::read()? {
                Event::Key(k) => match terminal::key_from(k) {
                    Some(key) => Action::Key {
                        key,
                        at: clock.now(),
                    },
                    None => continue,
                },
                Event::Resize(width, height) => Action::Resize { width, height },
                _ => continue,
            }
        } else {
            Action::Tick(clock.now())
        };
        pending.extend(update(model, action));
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
