//! The executor on its own thread, so that scrypt (login, claim, recovery, a
//! passphrase change, set-up, a new code) never stops the loop from reading
//! keys: F12 locks the screen at once, whatever the vault is doing.
//!
//! Effects run in the order they were sent, so a `Lock` sent during a login
//! drops the session that login made as soon as it is done. Every effect
//! carries the lock count (`epoch`) at the time it was sent; the loop throws
//! away what comes back from before the last lock.

use super::executor::Executor;
use crate::app::{Effect, Outcome};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Sender, channel};
use std::thread::JoinHandle;

/// What an effect gave back, and the lock count it was sent under.
pub struct Reply {
    pub epoch: u64,
    pub outcome: Option<Outcome>,
    /// After a lock: the names for the login screen (accounts may have changed).
    pub login_names: Option<Vec<String>>,
}

pub struct Worker {
    jobs: Sender<(u64, Effect)>,
    thread: JoinHandle<Executor>,
    holds_keys: Arc<AtomicBool>,
}

impl Worker {
    /// Moves `executor` to a new thread; each reply goes to `reply`.
    pub fn spawn(mut executor: Executor, reply: impl Fn(Reply) + Send + 'static) -> Worker {
        let (jobs, inbox) = channel::<(u64, Effect)>();
        let holds_keys = Arc::new(AtomicBool::new(executor.holds_keys()));
        let holds = Arc::clone(&holds_keys);
        let thread = std::thread::spawn(move || {
            for (epoch, effect) in inbox {
                let locking = matches!(effect, Effect::Lock);
                slow_down_for_tests(&effect);
                let outcome = executor.run(effect);
                holds.store(executor.holds_keys(), Ordering::SeqCst);
                reply(Reply {
                    epoch,
                    outcome,
                    login_names: locking.then(|| executor.login_names()),
                });
            }
            executor
        });
        Worker {
            jobs,
            thread,
            holds_keys,
        }
    }

    /// Queues an effect behind those already sent.
    pub fn send(&self, epoch: u64, effect: Effect) {
        // The thread only ends when this sender is dropped, in `finish`.
        let _ = self.jobs.send((epoch, effect));
    }

    /// True while someone's keys are in memory on the worker, as of the last
    /// effect it finished.
    pub fn holds_keys(&self) -> bool {
        self.holds_keys.load(Ordering::SeqCst)
    }

    /// Waits until every effect sent has run, and gives the executor back.
    pub fn finish(self) -> std::thread::Result<Executor> {
        drop(self.jobs);
        self.thread.join()
    }
}

/// The test build's scrypt is fast; `LANGKAH_TEST_SLOW_MS` lets the pty tests
/// make each slow effect take as long as the release build's does. Only the
/// test build has it.
#[cfg(feature = "test-weak-kdf")]
fn slow_down_for_tests(effect: &Effect) {
    let ms = std::env::var("LANGKAH_TEST_SLOW_MS")
        .ok()
        .and_then(|v| v.parse().ok());
    if let (true, Some(ms)) = (effect.is_slow(), ms) {
        std::thread::sleep(std::time::Duration::from_millis(ms));
    }
}

#[cfg(not(feature = "test-weak-kdf"))]
fn slow_down_for_tests(_effect: &Effect) {}
