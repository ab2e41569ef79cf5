//! What frames every screen or opens over it: help, the wait, notices, a terminal too small.

use super::{form, render, set_up, signed_in};
use langkah::app::model::{AuthScreen, HomeScreen};
use langkah::app::model::{Flow, Notice, Overlay, Purpose, Screen, Tone};
use langkah::app::shown::Shown;
use langkah::domain::Role;
use langkah::i18n::{Lang, Messages, Text};

#[test]
fn help_over_login() {
    let mut model = set_up();
    model.overlay = Some(Overlay::Help);
    snap!("help_login", &mut model);
}

#[test]
fn help_over_home() {
    let mut model = signed_in(
        "Bu Sari",
        Role::Facilitator,
        Screen::Home(HomeScreen::Menu { selected: 0 }),
    );
    model.overlay = Some(Overlay::Help);
    snap!("help_home", &mut model);
}

#[test]
fn help_over_form() {
    let mut model = set_up();
    model.screen = form(Purpose::Claim, &["Melati"], 1);
    model.overlay = Some(Overlay::Help);
    snap!("help_claim", &mut model);
}

#[test]
fn help_over_recovery_code() {
    let mut model = set_up();
    model.screen = Screen::Auth(AuthScreen::RecoveryCode {
        code: Shown::new("7K2M-9QXR-4HWD-PJ3T-8CVN-6FBL".to_string()),
        kept: false,
        flow: Flow::Recover,
        back: langkah::app::model::Form::new(Purpose::Recover),
    });
    model.overlay = Some(Overlay::Help);
    snap!("help_recovery_code", &mut model);
}

#[test]
fn busy() {
    let mut model = set_up();
    model.screen = form(Purpose::Login, &["Melati", "teh manis di pagi hari"], 1);
    model.busy = true;
    snap!("busy", &mut model);
}

#[test]
fn too_small() {
    let mut model = set_up();
    snap_sized!("too_small_79x24", &mut model, 79, 24);
    snap_sized!("too_small_60x20", &mut model, 60, 20);
    // Too small for the sentence: a shorter one, whole.
    snap_sized!("too_small_20x5", &mut model, 20, 5);
    snap_sized!("too_small_8x1", &mut model, 8, 1);
}

/// Every problem or notice she can be shown fits the two notice lines, whole.
#[test]
fn every_notice_fits() {
    let ftl = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/locales/en/langkah.ftl"
    ))
    .unwrap();
    let ids: Vec<&'static str> = ftl
        .lines()
        .filter_map(|line| line.split_once(" = ").map(|(id, _)| id.trim()))
        .filter(|id| id.starts_with("err-") || id.starts_with("notice-"))
        .map(|id| &*String::leak(id.to_string()))
        .collect();
    assert!(ids.len() > 30, "{ids:?}");
    let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut cut = vec![];
    for lang in Lang::ALL {
        let messages = Messages::new(lang);
        for id in &ids {
            let args = vec![
                ("seconds", "30".to_string()),
                ("alias", "Rini Puspita".to_string()),
            ];
            let text = Text::with(id, args);
            let wanted = words(&text.render(&messages));
            let mut model = set_up();
            model.notice = Some(Notice {
                text,
                tone: Tone::Problem,
            });
            let screen = render(&mut model, lang, 80, 24);
            // Rows 20 and 21 are the notice's (header 1, body 19, notice 2).
            let shown: Vec<&str> = screen.lines().skip(20).take(2).collect();
            let shown = words(&shown.join(" ").replace('"', " "));
            if shown != words(&wanted.replace('"', " ")) {
                cut.push(format!("{}: {id}: {shown:?}", lang.code()));
            }
        }
    }
    assert!(cut.is_empty(), "notices cut short:\n{}", cut.join("\n"));
}

/// Where the focus marker "› " before a label is drawn: (row, column). (A
/// value's closing "›" is followed by spaces, not a word.)
fn marker_at(text: &str) -> (usize, usize) {
    let found: Vec<(usize, usize)> = text
        .lines()
        .enumerate()
        .flat_map(|(row, line)| {
            let chars: Vec<char> = line.chars().collect();
            (0..chars.len().saturating_sub(2))
                .filter(move |&i| {
                    chars[i] == '›' && chars[i + 1] == ' ' && chars[i + 2].is_alphabetic()
                })
                .map(move |col| (row, col))
                .collect::<Vec<_>>()
        })
        .collect();
    assert_eq!(found.len(), 1, "one focus marker:\n{text}");
    found[0]
}

/// Tab walks the editor from the top of the screen down and back to the top,
/// and Shift+Tab walks it back: the keys and the screen agree.
#[test]
fn editor_tab_follows_the_screen_from_the_top() {
    use langkah::app::journal::{Editor, EditorField, Journal};
    use langkah::app::model::JournalScreen;
    use langkah::app::{Action, Key, update};
    for lang in Lang::ALL {
        let mut model = signed_in(
            "Melati",
            Role::Participant,
            Screen::Journal(JournalScreen::Editor {
                from: langkah::app::journal::screen::CameFrom::List,
            }),
        );
        model.her.journal = Some(Journal::new(vec![], false));
        let mut editor = Editor::new_entry(super::day(2026, 11, 23), super::NOW, None, 0);
        editor.focus = EditorField::ORDER[0];
        model.her.editor = Some(editor);
        let press = |model: &mut langkah::app::Model, key| {
            let at = model.now;
            update(model, Action::Key { key, at });
            (
                model.her.editor.as_ref().unwrap().focus,
                marker_at(&render(model, lang, 80, 24)),
            )
        };
        let mut seen = vec![(
            EditorField::ORDER[0],
            marker_at(&render(&mut model, lang, 80, 24)),
        )];
        for _ in 1..EditorField::ORDER.len() {
            seen.push(press(&mut model, Key::Tab));
        }
        let fields: Vec<EditorField> = seen.iter().map(|(f, _)| *f).collect();
        assert_eq!(fields, EditorField::ORDER, "{lang:?}");
        for pair in seen.windows(2) {
            assert!(
                pair[0].1 < pair[1].1,
                "{lang:?}: {pair:?} goes up the screen"
            );
        }
        assert_eq!(
            press(&mut model, Key::Tab),
            seen[0],
            "{lang:?}: back to the top"
        );
        for expected in seen.iter().rev() {
            assert_eq!(press(&mut model, Key::BackTab), *expected, "{lang:?}");
        }
    }
}

/// The feelings keep their place as their words change width.
#[test]
fn editor_feelings_stay_in_place() {
    use langkah::app::journal::{Editor, EditorField, Journal};
    use langkah::app::model::JournalScreen;
    use langkah::app::{Action, Key, update};
    for lang in Lang::ALL {
        let mut model = signed_in(
            "Melati",
            Role::Participant,
            Screen::Journal(JournalScreen::Editor {
                from: langkah::app::journal::screen::CameFrom::List,
            }),
        );
        model.her.journal = Some(Journal::new(vec![], false));
        let mut editor = Editor::new_entry(super::day(2026, 11, 23), super::NOW, None, 0);
        editor.focus = EditorField::Mood;
        model.her.editor = Some(editor);
        // Where the second column's labels start, on both check-in rows.
        let columns = |model: &mut langkah::app::Model| -> Vec<Option<usize>> {
            let m = Messages::new(lang);
            let text = render(model, lang, 80, 24);
            [m.text("checkin-hope"), m.text("checkin-confidence")]
                .iter()
                .map(|label| {
                    text.lines()
                        .find_map(|l| l.find(label.as_str()).map(|b| l[..b].chars().count()))
                })
                .collect()
        };
        let first = columns(&mut model);
        assert!(first.iter().all(Option::is_some), "{lang:?}: {first:?}");
        for field in [EditorField::Mood, EditorField::Calm] {
            model.her.editor.as_mut().unwrap().focus = field;
            for _ in 0..5 {
                let at = model.now;
                update(
                    &mut model,
                    Action::Key {
                        key: Key::Right,
                        at,
                    },
                );
                assert_eq!(columns(&mut model), first, "{lang:?} {field:?}");
            }
        }
    }
}

/// A recovery or setup code stays off the screen while the busy box is up:
/// the box covers only the middle, and the code would be readable beside it.
#[test]
fn codes_are_hidden_while_busy() {
    use langkah::app::model::AdminScreen;
    let code = "7K2M-9QXR-4HWD-PJ3T-8CVN-6FBL";
    let screens = [
        (
            "busy_recovery_code",
            Screen::Auth(AuthScreen::RecoveryCode {
                code: Shown::new(code.to_string()),
                kept: true,
                flow: Flow::SetUp,
                back: langkah::app::model::Form::new(Purpose::Wizard),
            }),
        ),
        (
            "busy_setup_code",
            Screen::Admin(AdminScreen::SetupCode {
                alias: "Melati".into(),
                code: Shown::new(code[..14].to_string()),
                in_wizard: true,
            }),
        ),
    ];
    for (name, screen) in screens {
        let mut model = signed_in("Bu Sari", Role::Facilitator, screen);
        let shown = match &model.screen {
            Screen::Auth(AuthScreen::RecoveryCode { code, .. })
            | Screen::Admin(AdminScreen::SetupCode { code, .. }) => code.to_string(),
            _ => unreachable!(),
        };
        let groups: Vec<&str> = shown.split('-').collect();
        for lang in Lang::ALL {
            // Not busy, the code is there: the check below can see it.
            model.busy = false;
            let text = render(&mut model, lang, 80, 24);
            assert!(text.contains(&shown), "{name} {lang:?}:\n{text}");
            model.busy = true;
            let text = render(&mut model, lang, 80, 24);
            for group in &groups {
                assert!(!text.contains(group), "{name} {lang:?}: {group}\n{text}");
            }
        }
        snap!(name, &mut model);
    }
}

/// No box drawn on top of a screen overwrites its frame: a corner in the
/// middle of a border ("─└", "┘─") is one box's edge on another's.
#[test]
fn no_box_edge_on_a_frame() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let mut problems = vec![];
    for file in std::fs::read_dir(&dir).unwrap() {
        let path = file.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        for bad in ["─└", "┘─", "─┌", "┐─"] {
            if text.contains(bad) {
                problems.push(format!("{}: {bad}", path.display()));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
