//! The journal as the screens see it: her entries (decrypted, in memory only
//! while she is logged in), the search and filters over them, and the editor.

use crate::app::field::TextField;
use crate::domain::Id;
use crate::domain::journal::{
    DayPoint, Entry, Filter, Searchable, fold, on_this_day, query_words, series,
};
use chrono::NaiveDate;
use zeroize::Zeroizing;

/// Her entries, newest first, with what the search needs beside each (see
/// `Searchable`: her text is held once).
#[derive(Default)]
pub struct Journal {
    entries: Vec<(Id, Entry)>,
    index: Vec<Searchable>,
    pub query: TextField,
    pub filter: Filter,
    /// Positions in `entries` that the search and filter let through.
    visible: Vec<usize>,
    /// The search words `visible` was made with, without a filter, while the
    /// entries are unchanged since: a search that only narrows looks at those.
    searched: Option<Zeroizing<Vec<String>>>,
    pub selected: usize,
    /// The search field has the keyboard.
    pub searching: bool,
    pub reflection_prompts: bool,
    /// Her choice to see earlier entries of this date on the home screen.
    pub show_on_this_day: bool,
}

impl Journal {
    pub fn new(mut entries: Vec<(Id, Entry)>, reflection_prompts: bool) -> Journal {
        // In place: a stable sort would allocate half the list again, and the
        // rows come in no particular order anyway.
        entries.sort_unstable_by(|a, b| newest_first(&a.1, &b.1));
        let index = entries.iter().map(|(_, e)| Searchable::new(e)).collect();
        let mut journal = Journal {
            entries,
            index,
            reflection_prompts,
            ..Journal::default()
        };
        journal.refresh();
        journal
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Recomputes what is shown after the search or a filter changed.
    pub fn refresh(&mut self) {
        let words = Zeroizing::new(query_words(self.query.text()));
        // Typing on at the end of a word finds only what was found already:
        // every entry with "kenanga" has "kenang". So each key of a rare word
        // reads fewer entries than the one before.
        let narrows = self.filter.is_empty()
            && self.searched.as_ref().is_some_and(|before| {
                before
                    .iter()
                    .all(|b| words.iter().any(|w| w.contains(b.as_str())))
            });
        let (entries, index, filter) = (&self.entries, &self.index, &self.filter);
        let shown =
            |&i: &usize| filter.allows(&entries[i].1) && index[i].matches(&entries[i].1, &words);
        self.visible = if narrows {
            self.visible.iter().copied().filter(shown).collect()
        } else {
            (0..entries.len()).filter(shown).collect()
        };
        self.searched = self.filter.is_empty().then_some(words);
        self.selected = self.selected.min(self.visible.len().saturating_sub(1));
    }

    /// The entries shown, in order.
    pub fn visible(&self) -> impl Iterator<Item = &(Id, Entry)> {
        self.visible.iter().map(|&i| &self.entries[i])
    }

    pub fn visible_len(&self) -> usize {
        self.visible.len()
    }

    pub fn selected_entry(&self) -> Option<&(Id, Entry)> {
        self.visible.get(self.selected).map(|&i| &self.entries[i])
    }

    pub fn get(&self, id: &Id) -> Option<&Entry> {
        self.entries.iter().find(|(i, _)| i == id).map(|(_, e)| e)
    }

    pub fn all(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().map(|(_, e)| e)
    }

    /// Adds or replaces an entry, keeping the order, and selects it.
    pub fn put(&mut self, id: Id, entry: Entry) {
        self.remove(&id);
        let at = self
            .entries
            .partition_point(|(_, e)| newest_first(e, &entry).is_lt());
        self.index.insert(at, Searchable::new(&entry));
        self.entries.insert(at, (id, entry));
        // Positions changed: the next search reads everything.
        self.searched = None;
        self.refresh();
        if let Some(pos) = self.visible.iter().position(|&i| i == at) {
            self.selected = pos;
        }
    }

    pub fn remove(&mut self, id: &Id) {
        if let Some(at) = self.entries.iter().position(|(i, _)| i == id) {
            self.entries.remove(at);
            self.index.remove(at);
            // Positions changed: the next search reads everything.
            self.searched = None;
            self.refresh();
        }
    }

    /// Tags she has used, for the tag filter, in alphabetical order.
    pub fn tags(&self) -> Vec<String> {
        let mut tags: Vec<String> = vec![];
        for t in self.entries.iter().flat_map(|(_, e)| e.tags.iter()) {
            if !tags.iter().any(|x| fold(x) == fold(t)) {
                tags.push(t.clone());
            }
        }
        tags.sort_by_key(|t| fold(t));
        tags
    }

    /// Entries from this day in earlier months and years, newest first.
    pub fn on_this_day(&self, today: NaiveDate) -> Vec<&(Id, Entry)> {
        self.entries
            .iter()
            .filter(|(_, e)| on_this_day(e.date, today))
            .collect()
    }

    /// The chart's points: the last `days` days up to `today`, one a day.
    pub fn series(&self, today: NaiveDate, days: u32) -> Vec<DayPoint> {
        series(self.all(), today, days)
    }

    /// How many of the last `days` days up to `today` have a check-in.
    pub fn days_checked_in(&self, today: NaiveDate, days: u32) -> usize {
        self.series(today, days)
            .iter()
            .filter(|p| p.mood.is_some() || p.wellbeing.is_some())
            .count()
    }
}

fn newest_first(a: &Entry, b: &Entry) -> std::cmp::Ordering {
    b.date.cmp(&a.date).then(b.created_at.cmp(&a.created_at))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::Key;
    use crate::domain::journal::CheckIn;

    #[test]
    fn the_chart_counts_only_days_with_a_check_in() {
        let day = |d| NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
        let entry = |date, mood| Entry {
            date,
            title: String::new(),
            body: String::new(),
            tags: vec![],
            check_in: CheckIn {
                mood,
                ..CheckIn::default()
            },
            prompt: None,
            created_at: 0,
            modified_at: None,
        };
        let journal = Journal::new(
            vec![
                (Id([1; 16]), entry(day(23), Some(4))),
                (Id([2; 16]), entry(day(20), None)),
                (Id([3; 16]), entry(day(1), Some(2))),
            ],
            false,
        );
        assert_eq!(journal.series(day(23), 7).len(), 7);
        assert_eq!(journal.days_checked_in(day(23), 7), 1);
        assert_eq!(journal.days_checked_in(day(23), 30), 2);
    }

    /// Typing on narrows from what was shown; a key taken back, a filter or
    /// a new entry searches everything again. After every step the list must
    /// be what a search from scratch shows.
    #[test]
    fn a_search_that_narrows_shows_what_a_full_search_shows() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        // Distinct times, so that the list's order is one order.
        let entry = |title: &str, body: &str, mood| Entry {
            created_at: body.len() as i64 * 100 + title.len() as i64,
            date: day,
            title: title.into(),
            body: body.into(),
            tags: vec!["pagi".into()],
            check_in: CheckIn {
                mood,
                ..CheckIn::default()
            },
            prompt: None,
            modified_at: None,
        };
        let entries = vec![
            (Id([1; 16]), entry("Kenanga", "di halaman", Some(3))),
            (Id([2; 16]), entry("", "Kenangan lama, café", Some(4))),
            (Id([3; 16]), entry("Pasar", "kena hujan", None)),
            (Id([4; 16]), entry("Kéna", "", Some(3))),
        ];
        let shown = |j: &Journal| j.visible().map(|(id, _)| id.0[0]).collect::<Vec<_>>();
        let from_scratch = |j: &Journal| {
            let mut fresh = Journal::new(j.entries.clone(), false);
            fresh.filter = j.filter.clone();
            fresh.query = TextField::with_text(j.query.text());
            fresh.refresh();
            shown(&fresh)
        };
        let mut journal = Journal::new(entries, false);
        let step = |j: &mut Journal, key: Key| {
            j.query.edit(key);
            j.refresh();
            assert_eq!(shown(j), from_scratch(j), "after {:?}", j.query.text());
        };
        for c in "kenanga".chars() {
            step(&mut journal, Key::Char(c));
        }
        assert_eq!(shown(&journal), [2, 1], "newest first");
        for _ in 0..4 {
            step(&mut journal, Key::Backspace);
        }
        assert_eq!(shown(&journal), [2, 1, 3, 4]);
        journal.filter.mood = Some(3);
        step(&mut journal, Key::Char('a'));
        assert_eq!(shown(&journal), [1, 4]);
        journal.filter = Filter::default();
        step(&mut journal, Key::Char(' '));
        step(&mut journal, Key::Char('c'));
        assert_eq!(shown(&journal), [2]);
        journal.put(Id([5; 16]), entry("Café", "kena", None));
        assert_eq!(shown(&journal), from_scratch(&journal));
        step(&mut journal, Key::Char('a'));
        let mut found = shown(&journal);
        found.sort();
        assert_eq!(found, [2, 5]);
    }
}
