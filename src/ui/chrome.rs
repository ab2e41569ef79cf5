//! What frames every screen: the title line, the notice line and the key hints.

use super::view::View;
use crate::app::Key;
use crate::app::keymap::{Binding, Command, Mode, bindings};
use crate::app::model::{MIN_HEIGHT, MIN_WIDTH, Notice, Tone, User};
use crate::i18n::Messages;
use crate::tr;
use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

pub fn header(frame: &mut Frame, area: Rect, v: &View, user: Option<&User>) {
    let (m, theme) = (v.m, v.theme);
    let mut spans = vec![Span::styled(" Langkah", theme.title())];
    if let Some(user) = user {
        // Only a facilitator's role is named: for anyone else, "peserta" or
        // "pendamping" on every screen would hint at a support programme.
        match user.role {
            crate::domain::Role::Facilitator => {
                let role = crate::i18n::role_word(m, user.role);
                spans.push(Span::raw(format!("  ·  {} ({role})", user.alias)));
            }
            _ => spans.push(Span::raw(format!("  ·  {}", user.alias))),
        }
    }
    let left = Line::from(spans);
    let date = format!("{} ", crate::i18n::long_date(m, v.now.today()));
    // The date gives way to her name when both don't fit.
    let fits = left.width() + 2 + date.chars().count() <= usize::from(area.width);
    frame.render_widget(Paragraph::new(left), area);
    if fits {
        frame.render_widget(Paragraph::new(date).alignment(Alignment::Right), area);
    }
}

pub fn notice(frame: &mut Frame, area: Rect, v: &View, notice: Option<&Notice>) {
    let Some(notice) = notice else {
        return;
    };
    let style = match notice.tone {
        Tone::Info => v.theme.info(),
        Tone::Problem => v.theme.problem(),
    };
    frame.render_widget(
        Paragraph::new(notice.text.render(v.m))
            .style(style)
            .wrap(Wrap { trim: true }),
        Rect::new(
            area.x + 1,
            area.y,
            area.width.saturating_sub(2),
            area.height,
        ),
    );
}

/// How a key is written on screen. Key names are as printed on keyboards,
/// except the space bar, which has a name in each language.
pub fn key_label(m: &Messages, key: Key) -> String {
    match key {
        Key::Char(' ') => tr!(m, "key-name-space"),
        other => other.label(),
    }
}

/// The keys of this screen, from the same table that dispatches them. Each
/// hint is kept whole on one row. The rule is in `app/keymap.rs`.
pub fn footer(frame: &mut Frame, area: Rect, v: &View, mode: Mode) {
    let lines: Vec<Line> = footer_hints(mode, v.m, area.width)
        .into_iter()
        .map(|row| {
            Line::from(
                row.into_iter()
                    .flat_map(|(keys, label)| {
                        [
                            Span::raw(" "),
                            Span::styled(keys, v.theme.key()),
                            Span::raw(format!(" {label} ")),
                        ]
                    })
                    .collect::<Vec<_>>(),
            )
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), area);
}

/// A hint waiting for its place: what it shows, and how soon it makes way.
struct Candidate {
    hint: (String, String),
    /// Lower stays longer: quick hide, then the keys marked `first`, then the
    /// other keys that act, then the moving keys (arrows explain themselves).
    rank: u8,
}

/// The footer's hints as (keys, label), packed into rows of `width` columns:
/// two at most, with "F1 all keys" last when some had to make way.
pub fn footer_hints(mode: Mode, m: &Messages, width: u16) -> Vec<Vec<(String, String)>> {
    let all = bindings(mode);
    // F1 comes last, whatever its place in the table.
    let help = all
        .iter()
        .any(|b| b.command == Command::Help && b.keys.contains(&Key::F(1)));
    let mut candidates: Vec<Candidate> = vec![];
    let mut moving_shown = false;
    for binding in &all {
        match binding.command {
            // Quitting is not about what is shown, and help names it. Ctrl+C's
            // hint is for when she presses it, not something to offer.
            Command::Help | Command::Quit | Command::QuitHint => {}
            c if c.moves() => {
                if !moving_shown {
                    moving_shown = true;
                    candidates.push(Candidate {
                        hint: (moving_keys(m, &all), tr!(m, "key-move")),
                        rank: 3,
                    });
                }
            }
            c => {
                let (keys, label) = (keys_of(m, binding.keys), m.text(binding.label));
                let rank = match (c, binding.first) {
                    (Command::QuickHide, _) => 0,
                    (_, true) => 1,
                    (_, false) => 2,
                };
                // Two keys with the same words share a hint ("←/→ Change stage").
                match candidates.iter_mut().find(|c| c.hint.1 == label) {
                    Some(same) => {
                        same.hint.0 = format!("{}/{keys}", same.hint.0);
                        same.rank = same.rank.min(rank);
                    }
                    None => candidates.push(Candidate {
                        hint: (keys, label),
                        rank,
                    }),
                }
            }
        }
    }
    // The order in which hints make way: the highest rank first, from the end.
    let mut leaving: Vec<usize> = (0..candidates.len()).collect();
    leaving.sort_by_key(|&i| (std::cmp::Reverse(candidates[i].rank), std::cmp::Reverse(i)));
    let f1 = |id| (Key::F(1).label(), m.text(id));
    for dropped in 0..=leaving.len() {
        let gone = &leaving[..dropped];
        let mut hints: Vec<(String, String)> = candidates
            .iter()
            .enumerate()
            .filter(|(i, _)| !gone.contains(i))
            .map(|(_, c)| c.hint.clone())
            .collect();
        if help {
            hints.push(f1(if dropped == 0 {
                "key-help"
            } else {
                "key-all-keys"
            }));
        }
        let rows = pack(hints, width);
        if rows.len() <= 2 {
            return rows;
        }
    }
    unreachable!("quick hide and F1 alone always fit")
}

fn keys_of(m: &Messages, keys: &[Key]) -> String {
    let keys: Vec<String> = keys.iter().map(|k| key_label(m, *k)).collect();
    keys.join("/")
}

/// The moving keys as one: "↑↓" where the arrows move, or else the first key
/// of each moving binding ("Tab/Shift+Tab" in the editor).
fn moving_keys(m: &Messages, all: &[&Binding]) -> String {
    let moving: Vec<&&Binding> = all.iter().filter(|b| b.command.moves()).collect();
    let arrows = moving
        .iter()
        .any(|b| b.keys.contains(&Key::Up) || b.keys.contains(&Key::Down));
    if arrows {
        format!("{}{}", Key::Up.label(), Key::Down.label())
    } else {
        let firsts: Vec<Key> = moving.iter().map(|b| b.keys[0]).collect();
        keys_of(m, &firsts)
    }
}

/// Hints in rows of `width` columns, each whole on one row.
fn pack(hints: Vec<(String, String)>, width: u16) -> Vec<Vec<(String, String)>> {
    let width = usize::from(width);
    let mut rows: Vec<Vec<(String, String)>> = vec![vec![]];
    let mut used = 0;
    for (keys, label) in hints {
        let len = 1 + keys.chars().count() + 1 + label.chars().count() + 1;
        if used + len > width && used > 0 {
            rows.push(vec![]);
            used = 0;
        }
        rows.last_mut()
            .expect("there is always a row")
            .push((keys, label));
        used += len;
    }
    rows
}

/// What a window below 80x24 shows: the whole sentence, or a shorter one
/// when that doesn't fit, or at least the size itself.
pub fn too_small(frame: &mut Frame, area: Rect, v: &View) {
    let (width, height) = (MIN_WIDTH, MIN_HEIGHT);
    let texts = [
        tr!(v.m, "too-small", width = (width), height = (height)),
        tr!(v.m, "too-small-short", width = (width), height = (height)),
        format!("{width}×{height}"),
    ];
    let fits = |text: &&String| super::kit::wrapped_height(text, area.width) <= area.height;
    let text = texts.iter().find(fits).unwrap_or(&texts[2]);
    frame.render_widget(
        Paragraph::new(text.as_str())
            .style(v.theme.title())
            .wrap(Wrap { trim: true }),
        area,
    );
}
