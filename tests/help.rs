//! The F1 help of every mode, at the smallest supported size (80x24), in both
//! languages: every word of every key's label is on screen whole. A label
//! wraps in its column when it is too long; it is never cut.

use langkah::app::Model;
use langkah::app::keymap::{ALL_MODES, bindings};
use langkah::app::model::CentreSettings;
use langkah::app::{Key, Moment};
use langkah::i18n::{Lang, Messages};
use langkah::ui::{Theme, draw_help, help_intro};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::collections::HashMap;

fn model() -> Model {
    let centre = CentreSettings {
        name: "Rumah Harapan".into(),
        language: Lang::Id,
        auto_lock_minutes: 5,
        show_names: false,
        setup_code_hours: 72,
        currency: "Rp".into(),
    };
    let now = Moment {
        unix: 1_795_420_800,
        mono_ms: 0,
        utc_offset_secs: 7 * 3600,
    };
    Model::new(true, centre, vec![], now)
}

/// Words as the screen shows them: a cut word is a different word.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| c.is_whitespace() || "│─┌┐└┘".contains(c))
        .filter(|w| !w.is_empty())
}

fn written(m: &Messages, key: Key) -> String {
    match key {
        Key::Char(' ') => m.text("key-name-space"),
        other => other.label(),
    }
}

#[test]
fn no_label_is_cut_in_any_mode_or_language() {
    let model = model();
    let mut problems = vec![];
    for lang in Lang::ALL {
        let m = Messages::new(lang);
        for mode in ALL_MODES {
            let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
            terminal
                .draw(|frame| draw_help(frame, &model, &m, &Theme::new(true), mode))
                .unwrap();
            let screen = terminal.backend().to_string();
            let mut shown: HashMap<&str, usize> = HashMap::new();
            for word in words(&screen) {
                *shown.entry(word).or_default() += 1;
            }
            // Each word as many times as the help holds it, at least.
            let mut wanted: HashMap<String, usize> = HashMap::new();
            for id in ["help-title", help_intro(mode), "help-hide-and-quit"] {
                for word in words(&m.text(id)) {
                    *wanted.entry(word.to_string()).or_default() += 1;
                }
            }
            for binding in bindings(mode) {
                let label = m.text(binding.label);
                let keys: Vec<String> = binding.keys.iter().map(|k| written(&m, *k)).collect();
                for word in words(&label).chain(keys.iter().flat_map(|k| words(k))) {
                    *wanted.entry(word.to_string()).or_default() += 1;
                }
            }
            for (word, count) in wanted {
                let on_screen = shown.get(word.as_str()).copied().unwrap_or(0);
                if on_screen < count {
                    problems.push(format!(
                        "{mode:?} {}: {word:?} {on_screen} of {count}\n{screen}",
                        lang.code()
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
