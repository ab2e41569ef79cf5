//! The journal's screens, and the words and highlighting they share.

pub mod chart;
pub mod draft_offer;
pub mod editor;
pub mod filters;
pub mod list;
pub mod prompts;
pub mod read;

use crate::app::model::{Her, JournalScreen, PERIODS};
use crate::ui::view::View;
use ratatui::Frame;
use ratatui::layout::Rect;

use crate::domain::journal::match_ranges;
use crate::i18n::Messages;
use crate::tr;
use crate::ui::theme::Theme;
use ratatui::text::Span;

pub const MOOD_WORDS: [&str; 5] = ["mood-1", "mood-2", "mood-3", "mood-4", "mood-5"];
/// One scale of words for each feeling, so each reads naturally after its name.
pub const HOPE_WORDS: [&str; 5] = [
    "level-hope-1",
    "level-hope-2",
    "level-hope-3",
    "level-hope-4",
    "level-hope-5",
];
pub const CALM_WORDS: [&str; 5] = [
    "level-calm-1",
    "level-calm-2",
    "level-calm-3",
    "level-calm-4",
    "level-calm-5",
];
pub const CONFIDENCE_WORDS: [&str; 5] = [
    "level-confidence-1",
    "level-confidence-2",
    "level-confidence-3",
    "level-confidence-4",
    "level-confidence-5",
];

pub fn mood_word(m: &Messages, mood: Option<u8>) -> String {
    scale_word(m, &MOOD_WORDS, mood)
}

pub fn scale_word(m: &Messages, words: &[&str; 5], value: Option<u8>) -> String {
    match value {
        Some(v @ 1..=5) => m.text(words[usize::from(v - 1)]),
        _ => tr!(m, "checkin-not-set"),
    }
}

/// `text` with the search words highlighted.
pub fn highlighted<'a>(text: &str, words: &[String], theme: &Theme) -> Vec<Span<'a>> {
    let mut spans = vec![];
    let mut at = 0;
    for r in match_ranges(text, words) {
        spans.push(Span::raw(text[at..r.start].to_string()));
        spans.push(Span::styled(text[r.clone()].to_string(), theme.selected()));
        at = r.end;
    }
    spans.push(Span::raw(text[at..].to_string()));
    spans
}

/// Draws a journal screen; one whose state is not loaded stays blank.
pub fn draw(frame: &mut Frame, area: Rect, v: &View, screen: &JournalScreen, her: &Her) {
    let period = PERIODS[her.period];
    let reflection = her.journal.as_ref().is_some_and(|j| j.reflection_prompts);
    match (screen, &her.journal) {
        (JournalScreen::Editor { .. }, _) => {
            if let Some(ed) = &her.editor {
                editor::draw(frame, area, v, ed);
            }
        }
        (JournalScreen::Prompts { set, selected, .. }, _) => {
            prompts::draw(frame, area, v, reflection, *set, *selected)
        }
        (JournalScreen::DraftOffer, _) => {
            draft_offer::draw(frame, area, v, her.offered_drafts.first())
        }
        (_, None) => {}
        (JournalScreen::List, Some(j)) => list::draw(frame, area, v, j, period),
        (JournalScreen::Read { id, scroll }, Some(j)) => read::draw(frame, area, v, j, id, scroll),
        (JournalScreen::Filters { selected }, Some(j)) => {
            filters::draw(frame, area, v, j, period, *selected)
        }
        (JournalScreen::Chart { days }, Some(j)) => chart::draw(frame, area, v, j, *days),
    }
}
