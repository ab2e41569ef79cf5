//! The passphrase suggested on a form is in the language on screen: the real
//! executor behind the pure update, as in the set-up wizard. That English
//! suggestions pass the strength rule is checked in `crypto::passphrase`.

mod common;

use common::app::*;
use langkah::app::model::{Screen, Suggestion};
use langkah::app::{Key, Model};
use langkah::domain::words;
use langkah::i18n::Lang;

/// The words suggested on the form on screen.
fn suggested(model: &Model) -> Vec<String> {
    let Screen::Form(form) = &model.screen else {
        panic!("no form on screen: {:?}", model.screen);
    };
    let Suggestion::Shown(words) = &form.suggestion else {
        panic!("no suggestion on the form: {:?}", form.suggestion);
    };
    words.split(' ').map(str::to_owned).collect()
}

/// Opens the wizard's form in the language at `down` presses from the top.
fn wizard_in(down: usize, lang: Lang) -> App {
    let mut app = App::new();
    for _ in 0..down {
        app.press(Key::Down);
    }
    app.press(Key::Enter);
    assert_eq!(app.model.lang, lang);
    app
}

#[test]
fn an_english_screen_suggests_english_words() {
    // Twenty forms: a list mix-up would show in the first few.
    for _ in 0..20 {
        let app = wizard_in(1, Lang::En);
        let words = suggested(&app.model);
        assert_eq!(words.len(), 4, "{words:?}");
        for w in &words {
            assert!(words::english().contains(&w.as_str()), "{w} in {words:?}");
            assert_eq!(words::index_of(w), None, "{w} is Indonesian");
        }
    }
}

#[test]
fn an_indonesian_screen_suggests_indonesian_words() {
    for _ in 0..20 {
        let app = wizard_in(0, Lang::Id);
        let words = suggested(&app.model);
        assert_eq!(words.len(), 4, "{words:?}");
        for w in &words {
            assert!(words::index_of(w).is_some(), "{w} in {words:?}");
            assert!(!words::english().contains(&w.as_str()), "{w} is English");
        }
    }
}
