//! The filter rows of her journal: a tag, a mood, a period, her own dates.

use super::state::Journal;
use crate::app::model::*;

/// Steps one filter row through its choices: "all", then each value.
pub(super) fn change_filter(
    journal: &mut Journal,
    period: &mut usize,
    today: chrono::NaiveDate,
    item: FilterItem,
    forward: bool,
) {
    let cycle = |at: usize, len: usize| {
        if forward {
            (at + 1) % len
        } else {
            (at + len - 1) % len
        }
    };
    match item {
        FilterItem::Tag => {
            let tags = journal.tags();
            let at = journal
                .filter
                .tag
                .as_ref()
                .and_then(|t| tags.iter().position(|x| x == t))
                .map_or(0, |p| p + 1);
            let next = cycle(at, tags.len() + 1);
            journal.filter.tag = next.checked_sub(1).map(|i| tags[i].clone());
        }
        FilterItem::Mood => {
            let at = usize::from(journal.filter.mood.unwrap_or(0));
            let next = cycle(at, 6);
            journal.filter.mood = (next > 0).then_some(next as u8);
        }
        FilterItem::Period => {
            *period = cycle(*period, PERIODS.len());
            let days = PERIODS[*period];
            journal.filter.from =
                (days > 0).then(|| today - chrono::Days::new(u64::from(days - 1)));
            journal.filter.to = None;
        }
        FilterItem::From | FilterItem::To => {
            let slot = if item == FilterItem::From {
                &mut journal.filter.from
            } else {
                &mut journal.filter.to
            };
            // The first step starts from today; then a day at a time.
            *slot = Some(match *slot {
                None => today,
                Some(d) if forward => d.checked_add_days(chrono::Days::new(1)).unwrap_or(d),
                Some(d) => d.checked_sub_days(chrono::Days::new(1)).unwrap_or(d),
            });
            *period = 0;
        }
    }
    journal.selected = 0;
    journal.refresh();
}
