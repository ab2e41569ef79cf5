//! What frames every screen: the title line, the notice line and the key hints.

use super::view::View;
use crate::app::Key;
use crate::app::keymap::{Mode, bindings};
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

/// The keys of this screen that matter most, from the same table that
/// dispatches them. Each hint is kept whole on one row.
pub fn footer(frame: &mut Frame, area: Rect, v: &View, mode: Mode) {
    let lines: Vec<Line> = footer_rows(mode, v.m, area.width)
        .into_iter()
        .map(|row| {
            Line::from(
                row.into_iter()
                    .flat_map(|(keys, label)| {
                        [
                            Span::raw(" "),
                            Span::styled(keys, v.theme.key()),
                            Span::raw(format!(" {label}  ")),
                        ]
                    })
                    .collect::<Vec<_>>(),
            )
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), area);
}

/// The footer's hints as (keys, label), packed into rows of `width` columns.
fn footer_rows(mode: Mode, m: &Messages, width: u16) -> Vec<Vec<(String, String)>> {
    let width = usize::from(width);
    let mut rows: Vec<Vec<(String, String)>> = vec![vec![]];
    let mut used = 0;
    for binding in bindings(mode).into_iter().filter(|b| b.footer) {
        let keys: Vec<String> = binding.keys.iter().map(|k| key_label(m, *k)).collect();
        let keys = keys.join("/");
        let label = m.text(binding.label);
        let len = 1 + keys.chars().count() + 1 + label.chars().count() + 2;
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

pub fn too_small(frame: &mut Frame, area: Rect, v: &View) {
    let text = tr!(v.m, "too-small", width = (MIN_WIDTH), height = (MIN_HEIGHT));
    frame.render_widget(
        Paragraph::new(text)
            .style(v.theme.title())
            .wrap(Wrap { trim: true }),
        area,
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::keymap::ALL_MODES;
    use crate::i18n::Lang;

    #[test]
    fn every_footer_fits_its_two_rows_at_80_columns_in_both_languages() {
        for lang in Lang::ALL {
            let m = Messages::new(lang);
            for mode in ALL_MODES {
                let rows = footer_rows(mode, &m, MIN_WIDTH);
                assert!(rows.len() <= 2, "{mode:?} in {lang:?}: {rows:?}");
            }
        }
    }
}
