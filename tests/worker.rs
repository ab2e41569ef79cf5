//! The executor's worker thread: a login that finishes after a lock hands
//! back a session that is thrown away, and no keys stay in memory.

mod common;

use common::FACILITATOR_PASS;
use common::app::App;
use langkah::app::Effect;
use langkah::app::effect::{AuthEffect, AuthOutcome, Outcome};
use langkah::crypto::Passphrase;
use langkah::runtime::worker::Worker;
use std::sync::mpsc::channel;

#[test]
fn a_lock_during_a_login_leaves_no_keys() {
    let mut app = App::new();
    app.set_up();
    let (replies, inbox) = channel();
    let worker = Worker::spawn(app.exec, move |reply| {
        let _ = replies.send(reply);
    });
    // The login, then F12 before it is done: the lock is sent under a new epoch.
    worker.send(
        0,
        Effect::Auth(AuthEffect::Unlock {
            alias: "Sari".into(),
            passphrase: Passphrase::typed(FACILITATOR_PASS),
        }),
    );
    worker.send(1, Effect::Lock);
    let executor = worker.finish().expect("the worker ends cleanly");
    assert!(!executor.holds_keys(), "keys are still held after the lock");

    let login = inbox.recv().expect("the login's reply");
    assert_eq!(login.epoch, 0, "the login is from before the lock");
    assert!(matches!(
        login.outcome,
        Some(Outcome::Auth(AuthOutcome::LoggedIn { .. }))
    ));
    let lock = inbox.recv().expect("the lock's reply");
    assert_eq!(lock.epoch, 1);
    assert!(lock.login_names.is_some());
}

#[test]
fn holds_keys_follows_the_session() {
    let mut app = App::new();
    app.set_up();
    let (replies, inbox) = channel();
    let worker = Worker::spawn(app.exec, move |reply| {
        let _ = replies.send(reply);
    });
    assert!(!worker.holds_keys());
    worker.send(
        0,
        Effect::Auth(AuthEffect::Unlock {
            alias: "Sari".into(),
            passphrase: Passphrase::typed(FACILITATOR_PASS),
        }),
    );
    inbox.recv().expect("the login's reply");
    assert!(worker.holds_keys(), "the session is not reported");
    worker.send(1, Effect::Lock);
    inbox.recv().expect("the lock's reply");
    assert!(!worker.holds_keys());
}
