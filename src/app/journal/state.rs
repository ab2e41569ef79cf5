//! The journal as the screens see it: her entries (decrypted, in memory only
//! while she is logged in), the search and filters over them, and the editor.

use crate::app::field::TextField;
use crate::domain::Id;
use crate::domain::journal::{
    DayPoint, Entry, Filter, Searchable, fold, on_this_day, query_words, series,
};
use chrono::NaiveDate;

/// Her entries, newest first, with a folded copy of each for searching.
#[derive(Default)]
pub struct Journal {
    entries: Vec<(Id, Entry)>,
    index: Vec<Searchable>,
    pub query: TextField,
    pub filter: Filter,
    /// Positions in `entries` that the search and filter let through.
    visible: Vec<usize>,
    pub selected: usize,
    /// The search field has the keyboard.
    pub searching: bool,
    pub reflection_prompts: bool,
    /// Her choice to see earlier entries of this date on the home screen.
    pub show_on_this_day: bool,
}

impl Journal {
    pub fn new(mut entries: Vec<(Id, Entry)>, reflection_prompts: bool) -> Journal {
        entries.sort_by(|a, b| newest_first(&a.1, &b.1));
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
        let words = query_words(self.query.text());
        self.visible = (0..self.entries.len())
            .filter(|&i| self.filter.allows(&self.entries[i].1) && self.index[i].matches(&words))
            .collect();
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
        self.refresh();
        if let Some(pos) = self.visible.iter().position(|&i| i == at) {
            self.selected = pos;
        }
    }

    pub fn remove(&mut self, id: &Id) {
        if let Some(at) = self.entries.iter().position(|(i, _)| i == id) {
            self.entries.remove(at);
            self.index.remove(at);
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
}
