//! One entry, whole, with the search words marked.

use super::{CALM_WORDS, CONFIDENCE_WORDS, HOPE_WORDS, highlighted, mood_word, scale_word};
use crate::app::journal::Journal;
use crate::app::prompts;
use crate::app::scroll::Scroll;
use crate::domain::Id;
use crate::domain::journal::{CheckIn, query_words};
use crate::i18n::{Messages, long_date};
use crate::tr;
use crate::ui::kit::{panel, scrolled};
use crate::ui::view::View;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

fn check_in_line(m: &Messages, c: &CheckIn) -> String {
    let mut parts = vec![format!(
        "{}: {}",
        tr!(m, "checkin-mood"),
        mood_word(m, c.mood)
    )];
    for (label, words, value) in [
        (tr!(m, "checkin-hope"), &HOPE_WORDS, c.hope),
        (tr!(m, "checkin-calm"), &CALM_WORDS, c.calm),
        (
            tr!(m, "checkin-confidence"),
            &CONFIDENCE_WORDS,
            c.confidence,
        ),
    ] {
        if value.is_some() {
            parts.push(format!("{label}: {}", scale_word(m, words, value)));
        }
    }
    parts.join("  ·  ")
}

pub fn draw(frame: &mut Frame, area: Rect, v: &View, journal: &Journal, id: &Id, scroll: &Scroll) {
    let (m, theme) = (v.m, v.theme);
    let Some(entry) = journal.get(id) else {
        return;
    };
    let inner = panel(frame, area, long_date(m, entry.date), theme);
    let words = query_words(journal.query.text());
    let mut lines = vec![];
    if !entry.title.is_empty() {
        lines.push(Line::from(highlighted(&entry.title, &words, theme)).style(theme.title()));
    }
    if !entry.tags.is_empty() {
        let tags: Vec<String> = entry.tags.iter().map(|t| format!("#{t}")).collect();
        lines.push(Line::styled(tags.join(" "), theme.key()));
    }
    if entry.check_in != CheckIn::default() {
        lines.push(Line::styled(
            check_in_line(m, &entry.check_in),
            theme.info(),
        ));
    }
    if let Some(prompt) = entry.prompt.as_deref().and_then(prompts::known) {
        lines.push(Line::styled(m.text(prompt), theme.dim()));
    }
    lines.push(Line::from(""));
    for body_line in entry.body.lines() {
        lines.push(Line::from(highlighted(body_line, &words, theme)));
    }
    if let Some(modified) = entry.modified_at {
        let when = v.now.local(modified);
        lines.push(Line::from(""));
        lines.push(Line::styled(
            tr!(
                m,
                "journal-modified",
                date = (long_date(m, when.date())),
                time = (crate::i18n::clock_time(m.lang(), when))
            ),
            theme.dim(),
        ));
    }
    let page = Paragraph::new(lines).wrap(Wrap { trim: false });
    scrolled(frame, inner, page, scroll, v);
}
