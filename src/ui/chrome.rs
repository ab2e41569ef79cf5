//! What frames every screen: the title line, the notice line and the key hints.

use super::Theme;
use crate::app::keymap::bindings;
use crate::app::model::Tone;
use crate::app::{Key, Model};
use crate::i18n::Messages;
use crate::tr;
use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

pub fn header(frame: &mut Frame, area: Rect, model: &Model, m: &Messages, theme: &Theme) {
    let mut spans = vec![Span::styled(" Langkah", theme.title())];
    if let Some(user) = &model.user {
        let role = crate::i18n::role_word(m, user.role);
        spans.push(Span::raw(format!("  ·  {} ({role})", user.alias)));
    }
    let left = Line::from(spans);
    let date = format!("{} ", crate::i18n::long_date(m, model.now.today()));
    // The date gives way to her name when both don't fit.
    let fits = left.width() + 2 + date.chars().count() <= usize::from(area.width);
    frame.render_widget(Paragraph::new(left), area);
    if fits {
        frame.render_widget(Paragraph::new(date).alignment(Alignment::Right), area);
    }
}

pub fn notice(frame: &mut Frame, area: Rect, model: &Model, m: &Messages, theme: &Theme) {
    let Some(notice) = &model.notice else {
        return;
    };
    let style = match notice.tone {
        Tone::Info => theme.info(),
        Tone::Problem => theme.problem(),
    };
    frame.render_widget(
        Paragraph::new(notice.text.render(m))
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
pub fn footer(frame: &mut Frame, area: Rect, model: &Model, m: &Messages, theme: &Theme) {
    let width = usize::from(area.width);
    let mut rows: Vec<Vec<Span>> = vec![vec![]];
    let mut used = 0;
    for binding in bindings(model.mode()).into_iter().filter(|b| b.footer) {
        let keys: Vec<String> = binding.keys.iter().map(|k| key_label(m, *k)).collect();
        let keys = keys.join("/");
        let label = m.text(binding.label);
        let len = 1 + keys.chars().count() + 1 + label.chars().count() + 2;
        if used + len > width && used > 0 {
            rows.push(vec![]);
            used = 0;
        }
        let row = rows.last_mut().expect("there is always a row");
        row.push(Span::raw(" "));
        row.push(Span::styled(keys, theme.key()));
        row.push(Span::raw(format!(" {label}  ")));
        used += len;
    }
    let lines: Vec<Line> = rows.into_iter().map(Line::from).collect();
    frame.render_widget(Paragraph::new(lines), area);
}

pub fn too_small(frame: &mut Frame, area: Rect, m: &Messages, theme: &Theme) {
    let text = tr!(
        m,
        "too-small",
        width = (super::MIN_WIDTH),
        height = (super::MIN_HEIGHT)
    );
    frame.render_widget(
        Paragraph::new(text)
            .style(theme.title())
            .wrap(Wrap { trim: true }),
        area,
    );
}
