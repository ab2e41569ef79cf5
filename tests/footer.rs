//! The footer's rule, for every mode in both languages, read from the key
//! tables (so a row added later is checked too):
//! - every key that acts on what is shown has a hint, or else the last hint is
//!   "F1 all keys" (and then some key really had to make way);
//! - the keys that only move share one hint;
//! - keys marked `first` make way last;
//! - two rows at most at 80 columns;
//! - no hint names a key the mode doesn't have.

use langkah::app::Key;
use langkah::app::keymap::{ALL_MODES, Binding, Command, Mode, bindings, lookup};
use langkah::i18n::{Lang, Messages};
use langkah::ui::footer_hints;

const WIDTH: u16 = 80;

/// Keys that move around rather than act on what is shown. The test's own
/// list: a new moving command has to be added here on purpose.
fn moves(command: Command) -> bool {
    use Command::*;
    matches!(
        command,
        Up | Down | PageUp | PageDown | Top | Bottom | NextField | PrevField
    )
}

/// Bindings whose hint must be in the footer (or make way for F1).
fn acts(binding: &Binding) -> bool {
    !moves(binding.command)
        && !matches!(
            binding.command,
            Command::Help | Command::Quit | Command::QuitHint
        )
}

fn written(m: &Messages, key: Key) -> String {
    match key {
        Key::Char(' ') => m.text("key-name-space"),
        other => other.label(),
    }
}

/// A hint with the binding's words names all its keys (two bindings with
/// the same words may share one hint).
fn listed(m: &Messages, hints: &[&(String, String)], binding: &Binding) -> bool {
    let label = m.text(binding.label);
    hints.iter().any(|(keys, l)| {
        *l == label && {
            let named = keys_named(m, keys);
            binding.keys.iter().all(|k| named.contains(k))
        }
    })
}

/// The keys a hint names, read back from how they are written. Every key of
/// every table can be read, so a key from another mode would be caught.
fn keys_named(m: &Messages, text: &str) -> Vec<Key> {
    let mut known: Vec<(String, Key)> = ALL_MODES
        .iter()
        .flat_map(|mode| bindings(*mode))
        .flat_map(|b| b.keys.iter().map(|k| (written(m, *k), *k)))
        .collect();
    // Longest first, so that "F12" is not read as "F1".
    known.sort_by_key(|(name, _)| std::cmp::Reverse(name.chars().count()));
    if text == "↑↓" {
        return vec![Key::Up, Key::Down];
    }
    let mut keys = vec![];
    let mut rest = text;
    while !rest.is_empty() {
        let (name, key) = known
            .iter()
            .find(|(name, _)| rest.starts_with(name.as_str()))
            .unwrap_or_else(|| panic!("no key is written {rest:?}"));
        keys.push(*key);
        rest = &rest[name.len()..];
        rest = rest.strip_prefix('/').unwrap_or(rest);
    }
    keys
}

fn check(mode: Mode, lang: Lang) -> Vec<String> {
    let m = Messages::new(lang);
    let rows = footer_hints(mode, &m, WIDTH);
    let mut problems = vec![];
    if rows.len() > 2 {
        problems.push(format!("{} rows", rows.len()));
    }
    for row in &rows {
        let width: usize = row
            .iter()
            .map(|(k, l)| k.chars().count() + l.chars().count() + 3)
            .sum();
        if width > usize::from(WIDTH) {
            problems.push(format!("a row of {width} columns"));
        }
    }
    let hints: Vec<&(String, String)> = rows.iter().flatten().collect();
    for (keys, label) in &hints {
        for key in keys_named(&m, keys) {
            if lookup(mode, key).is_none() {
                problems.push(format!("{keys} {label}: {key:?} does nothing here"));
            }
        }
    }

    let all = bindings(mode);
    let all_keys = ("F1".to_string(), m.text("key-all-keys"));
    let made_way = hints.last() == Some(&&all_keys);
    if hints.iter().rev().skip(1).any(|h| **h == all_keys) {
        problems.push("F1 all keys is not last".into());
    }
    let missing: Vec<&&Binding> = all
        .iter()
        .filter(|b| acts(b) && !listed(&m, &hints, b))
        .collect();
    let moving: Vec<&&Binding> = all.iter().filter(|b| moves(b.command)).collect();
    let move_hints: Vec<_> = hints
        .iter()
        .filter(|(_, label)| *label == m.text("key-move"))
        .collect();
    let moving_missing = !moving.is_empty() && move_hints.is_empty();
    if !missing.is_empty() && !made_way {
        problems.push(format!(
            "left out without F1 all keys: {:?}",
            missing.iter().map(|b| b.label).collect::<Vec<_>>()
        ));
    }
    if moving_missing && !made_way {
        problems.push("no hint for moving, and no F1 all keys".into());
    }
    if missing.is_empty() && !moving_missing && made_way {
        problems.push("F1 all keys, though every key is listed".into());
    }
    if missing.iter().any(|b| b.first)
        && all
            .iter()
            .any(|b| acts(b) && !b.first && listed(&m, &hints, b))
    {
        problems.push("a key marked first made way before one that isn't".into());
    }
    if missing.iter().any(|b| b.command == Command::QuickHide) {
        problems.push("quick hide is not listed".into());
    }

    if move_hints.len() > 1 {
        problems.push("more than one hint for moving".into());
    }
    for (keys, _) in move_hints {
        for key in keys_named(&m, keys) {
            if !lookup(mode, key).is_some_and(moves) {
                problems.push(format!("{keys}: {key:?} doesn't move here"));
            }
        }
    }
    problems
}

#[test]
fn every_footer_follows_the_rule_in_both_languages() {
    let mut problems = vec![];
    for lang in Lang::ALL {
        for mode in ALL_MODES {
            for problem in check(mode, lang) {
                problems.push(format!("{mode:?} in {lang:?}: {problem}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The facilitator's keys that first use found only in F1 (m3).
#[test]
fn the_accounts_footer_names_new_code_and_remove() {
    for lang in Lang::ALL {
        let m = Messages::new(lang);
        let keys: Vec<String> = footer_hints(Mode::Accounts, &m, WIDTH)
            .into_iter()
            .flatten()
            .map(|(keys, _)| keys)
            .collect();
        for key in ["a", "s", "k", "r"] {
            assert!(keys.iter().any(|k| k == key), "{lang:?}: {keys:?}");
        }
    }
}

#[test]
fn the_skippable_wizard_step_says_esc_skips() {
    for lang in Lang::ALL {
        let m = Messages::new(lang);
        let hints: Vec<(String, String)> = footer_hints(Mode::SkippableForm, &m, WIDTH)
            .into_iter()
            .flatten()
            .collect();
        assert!(
            hints.contains(&("Esc".into(), m.text("key-skip"))),
            "{hints:?}"
        );
    }
}
