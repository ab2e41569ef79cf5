//! Journal entries and the rules around them: search, filters, "on this day",
//! and the well-being series for the chart. Dates come in as parameters.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::ops::Range;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

/// A check-in on a 1–5 scale, shown as words, never as numbers.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, Zeroize)]
pub struct CheckIn {
    pub mood: Option<u8>,
    pub hope: Option<u8>,
    pub calm: Option<u8>,
    pub confidence: Option<u8>,
}

impl CheckIn {
    pub const SCALE: std::ops::RangeInclusive<u8> = 1..=5;

    /// Values outside 1–5 are dropped, so a damaged record can't show nonsense.
    pub fn sanitised(self) -> CheckIn {
        let ok = |v: Option<u8>| v.filter(|v| CheckIn::SCALE.contains(v));
        CheckIn {
            mood: ok(self.mood),
            hope: ok(self.hope),
            calm: ok(self.calm),
            confidence: ok(self.confidence),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
pub struct Entry {
    /// The day the entry is about (she can change it).
    #[zeroize(skip)]
    pub date: NaiveDate,
    pub title: String,
    pub body: String,
    pub tags: Vec<String>,
    pub check_in: CheckIn,
    /// The writing prompt she started from, as a message id.
    pub prompt: Option<String>,
    pub created_at: i64,
    pub modified_at: Option<i64>,
}

impl Entry {
    /// The title, or else the first non-empty line of the body.
    pub fn heading(&self) -> &str {
        if !self.title.trim().is_empty() {
            return self.title.trim();
        }
        self.body
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .unwrap_or("")
    }
}

/// The most characters an entry's body may hold: about a short book, far more
/// than anyone writes in one sitting, and small enough that the editor, the
/// search and a save stay quick. The editor keeps her text to this; the vault
/// refuses a longer entry or draft from anywhere else.
pub const MAX_BODY_CHARS: usize = 100_000;

/// An entry being written, saved every few seconds so that a lock, a crash or a
/// power cut loses at most a few seconds. `entry_id` is set when she is editing
/// an entry that already exists.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub entry_id: Option<crate::domain::Id>,
    pub entry: Entry,
}

/// Which piece of writing a draft belongs to: the entry being changed (none
/// for a new one) and when that writing began. Each has its own draft, so one
/// unfinished text never replaces or removes another.
pub type DraftSlot = (Option<crate::domain::Id>, i64);

impl Draft {
    pub fn slot(&self) -> DraftSlot {
        (self.entry_id, self.entry.created_at)
    }
}

/// Splits what she typed in the tags field: commas or spaces, `#` optional,
/// duplicates dropped (ignoring case and accents), order kept.
pub fn parse_tags(input: &str) -> Vec<String> {
    let mut tags: Vec<String> = vec![];
    for raw in input.split([',', ' ']) {
        let tag = raw.trim().trim_start_matches('#').trim();
        if !tag.is_empty() && !tags.iter().any(|t| fold(t) == fold(tag)) {
            tags.push(tag.to_string());
        }
    }
    tags
}

/// Lower case without accents: "Sabar" and "sábar" match.
pub fn fold(text: &str) -> String {
    // Most of what she writes is plain ASCII; that needs no decomposition.
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The words of a search, folded.
pub fn query_words(query: &str) -> Vec<String> {
    query.split_whitespace().map(fold).collect()
}

/// What the search needs beside an entry. Most of what she writes is plain
/// ASCII: that is searched where it is, ignoring case as it is read, so her
/// text is not held twice. Only a part with other letters (accents) is folded
/// once and kept here, sized exactly and wiped on drop.
pub struct Searchable {
    /// (the part's position in `parts`, its folded text), in order.
    folded: Vec<(usize, String)>,
}

/// What the search looks at: the body first, where most words are found (a
/// search stops at the first place a word is), then the title and the tags.
fn parts(entry: &Entry) -> impl Iterator<Item = &str> {
    [entry.body.as_str(), entry.title.as_str()]
        .into_iter()
        .chain(entry.tags.iter().map(String::as_str))
}

impl Searchable {
    pub fn new(entry: &Entry) -> Searchable {
        let folded = parts(entry)
            .enumerate()
            .filter(|(_, part)| !part.is_ascii())
            .map(|(i, part)| {
                // Collected text outgrows its buffer: copy it into one of the
                // exact size, and wipe the one it was collected in.
                let grown = Zeroizing::new(fold(part));
                let mut exact = String::with_capacity(grown.len());
                exact.push_str(&grown);
                (i, exact)
            })
            .collect();
        Searchable { folded }
    }

    /// Every word (folded, see `query_words`) must appear in `entry`, the
    /// entry this was made from: the same answer as searching its folded text.
    pub fn matches(&self, entry: &Entry, words: &[String]) -> bool {
        words.iter().all(|word| {
            let mut folded = self.folded.iter().peekable();
            parts(entry).enumerate().any(|(i, part)| {
                match folded.next_if(|(at, _)| *at == i) {
                    Some((_, f)) => f.contains(word.as_str()),
                    // An ASCII part folds to its lower case.
                    None => contains_ignoring_ascii_case(part.as_bytes(), word.as_bytes()),
                }
            })
        })
    }
}

impl Drop for Searchable {
    fn drop(&mut self) {
        for (_, f) in &mut self.folded {
            f.zeroize();
        }
    }
}

/// Whether `hay` holds `word` when `hay`'s ASCII letters are read in lower
/// case: for ASCII `hay` and a folded `word`, `fold(hay).contains(word)`,
/// without making the folded copy. A search reads every entry on each key, so
/// this reads 32 positions at a time, comparing the word's first and last
/// bytes at once (a loop the compiler turns into vector instructions), and
/// checks the whole word only where both agree.
fn contains_ignoring_ascii_case(hay: &[u8], word: &[u8]) -> bool {
    const BLOCK: usize = 32;
    let Some((&first, &last)) = word.first().zip(word.last()) else {
        return true;
    };
    let Some(starts) = (hay.len() + 1).checked_sub(word.len()) else {
        return false;
    };
    let at = |i: usize| hay[i..i + word.len()].eq_ignore_ascii_case(word);
    let mut i = 0;
    while i + BLOCK <= starts {
        let heads = &hay[i..i + BLOCK];
        let tails = &hay[i + word.len() - 1..][..BLOCK];
        let mut hits = 0u32;
        for j in 0..BLOCK {
            let hit =
                (heads[j].to_ascii_lowercase() == first) & (tails[j].to_ascii_lowercase() == last);
            hits |= u32::from(hit) << j;
        }
        while hits != 0 {
            if at(i + hits.trailing_zeros() as usize) {
                return true;
            }
            hits &= hits - 1;
        }
        i += BLOCK;
    }
    (i..starts).any(|i| hay[i].to_ascii_lowercase() == first && at(i))
}

/// Byte ranges of `text` where any of the words matches, for highlighting.
/// Folding is done per character, so ranges map back onto the original text.
pub fn match_ranges(text: &str, words: &[String]) -> Vec<Range<usize>> {
    if words.iter().all(|w| w.is_empty()) {
        return vec![];
    }
    // Each folded character remembers the original character it came from.
    let mut folded = String::new();
    let mut origin: Vec<Range<usize>> = vec![];
    for (at, c) in text.char_indices() {
        let end = at + c.len_utf8();
        for f in fold(&c.to_string()).chars() {
            folded.push(f);
            origin.extend(std::iter::repeat_n(at..end, f.len_utf8()));
        }
    }
    let mut ranges: Vec<Range<usize>> = vec![];
    for word in words.iter().filter(|w| !w.is_empty()) {
        for (start, _) in folded.match_indices(word.as_str()) {
            let last = start + word.len() - 1;
            ranges.push(origin[start].start..origin[last].end);
        }
    }
    ranges.sort_by_key(|r| r.start);
    let mut merged: Vec<Range<usize>> = vec![];
    for r in ranges {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

/// What the list shows. Every part is optional; all given parts must hold.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub tag: Option<String>,
    pub mood: Option<u8>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

impl Filter {
    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    pub fn allows(&self, entry: &Entry) -> bool {
        self.tag
            .as_ref()
            .is_none_or(|t| entry.tags.iter().any(|e| fold(e) == fold(t)))
            && self.mood.is_none_or(|m| entry.check_in.mood == Some(m))
            && self.from.is_none_or(|d| entry.date >= d)
            && self.to.is_none_or(|d| entry.date <= d)
    }
}

/// Entries from this calendar day in earlier months or years: same day of the
/// month, before today. On the 31st, months without one simply have none.
pub fn on_this_day(date: NaiveDate, today: NaiveDate) -> bool {
    date < today && date.day() == today.day()
}

/// One day of the chart: the average of her check-ins that day, or none.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DayPoint {
    pub date: NaiveDate,
    pub mood: Option<f64>,
    pub wellbeing: Option<f64>,
}

/// The last `days` days up to `today`, one point per day. Days without a
/// check-in are gaps (None), shown as nothing rather than as a low value.
pub fn series<'a>(
    entries: impl IntoIterator<Item = &'a Entry>,
    today: NaiveDate,
    days: u32,
) -> Vec<DayPoint> {
    let start = today - chrono::Days::new(u64::from(days.saturating_sub(1)));
    let mut sums = vec![(0.0, 0u32, 0.0, 0u32); days as usize];
    for e in entries {
        if e.date < start || e.date > today {
            continue;
        }
        let i = (e.date - start).num_days() as usize;
        let c = e.check_in.clone().sanitised();
        if let Some(m) = c.mood {
            sums[i].0 += f64::from(m);
            sums[i].1 += 1;
        }
        for v in [c.hope, c.calm, c.confidence].into_iter().flatten() {
            sums[i].2 += f64::from(v);
            sums[i].3 += 1;
        }
    }
    sums.into_iter()
        .enumerate()
        .map(|(i, (m, mn, w, wn))| DayPoint {
            date: start + chrono::Days::new(i as u64),
            mood: (mn > 0).then(|| m / f64::from(mn)),
            wellbeing: (wn > 0).then(|| w / f64::from(wn)),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn entry(date: NaiveDate, title: &str, body: &str, tags: &[&str], mood: Option<u8>) -> Entry {
        Entry {
            date,
            title: title.into(),
            body: body.into(),
            tags: tags.iter().map(|t| t.to_string()).collect(),
            check_in: CheckIn {
                mood,
                ..CheckIn::default()
            },
            prompt: None,
            created_at: 0,
            modified_at: None,
        }
    }

    #[test]
    fn plain_text_is_not_copied_and_accented_text_is_folded_once_exactly() {
        let body = "Hari ini saya menjual Gorengan di pasar. ".repeat(40);
        let e = entry(day(2026, 11, 2), "Pasar", &body, &["usaha", "pagi"], None);
        let s = Searchable::new(&e);
        assert!(s.folded.is_empty(), "ASCII is searched where it is");
        assert!(s.matches(&e, &["gorengan".into(), "usaha".into()]));
        let e = entry(day(2026, 11, 2), "Kopi", &body, &["Café"], None);
        let s = Searchable::new(&e);
        assert_eq!(s.folded.len(), 1);
        let (at, text) = &s.folded[0];
        assert_eq!((*at, text.as_str()), (2, "cafe"));
        assert_eq!(text.capacity(), text.len());
    }

    /// The search without a folded copy answers as `fold(text).contains`
    /// does, for every slice of a text as a word: found or not, at the start,
    /// the end, across blocks of 32, in any case.
    #[test]
    fn ascii_search_agrees_with_folding() {
        let text = "Ibu SABAR menunggu di Pasar pagi; anak-anak belajar 2 jam, lalu MAKAN kue.";
        let folded = fold(text);
        for len in 1..=12 {
            for start in 0..=folded.len() - len {
                let word = &folded[start..start + len];
                assert!(
                    contains_ignoring_ascii_case(text.as_bytes(), word.as_bytes()),
                    "{word:?}"
                );
                let mut other = word.to_string();
                other.push('q');
                assert_eq!(
                    contains_ignoring_ascii_case(text.as_bytes(), other.as_bytes()),
                    folded.contains(&other),
                    "{other:?}"
                );
            }
        }
        assert!(contains_ignoring_ascii_case(b"abc", b""));
        assert!(!contains_ignoring_ascii_case(b"ab", b"abc"));
        assert!(!contains_ignoring_ascii_case(b"cafe", "café".as_bytes()));
        let long = format!("{}Kenanga", "x".repeat(100));
        assert!(contains_ignoring_ascii_case(long.as_bytes(), b"kenanga"));
        assert!(!contains_ignoring_ascii_case(long.as_bytes(), b"kenangan"));
    }

    #[test]
    fn search_ignores_case_and_accents_across_title_body_and_tags() {
        let e = entry(
            day(2026, 11, 2),
            "Pasar pagi",
            "Beli TELUR untuk kue",
            &["Usaha"],
            None,
        );
        let s = Searchable::new(&e);
        assert!(s.matches(&e, &query_words("telur")));
        assert!(s.matches(&e, &query_words("PASAR kue")));
        assert!(s.matches(&e, &query_words("usaha")));
        assert!(s.matches(&e, &query_words("úsaha")));
        assert!(!s.matches(&e, &query_words("telur ayam")));
        assert!(!s.matches(&e, &query_words("pagibeli")), "not across parts");
        let cafe = entry(
            day(2026, 11, 2),
            "Kafé",
            "Minum kopi di café",
            &["Ibu"],
            None,
        );
        let s = Searchable::new(&cafe);
        for query in ["cafe", "kafe minum", "ibu", "CAFÉ ibu kopi"] {
            assert!(s.matches(&cafe, &query_words(query)), "{query}");
        }
        assert!(!s.matches(&cafe, &query_words("teh")));
    }

    #[test]
    fn highlights_map_back_to_the_original_text() {
        let text = "Di Café Ibu, café enak";
        let ranges = match_ranges(text, &query_words("cafe"));
        let found: Vec<&str> = ranges.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(found, ["Café", "café"]);
        let ranges = match_ranges("aaa", &query_words("a aa"));
        assert_eq!(ranges.len(), 1, "overlaps merge");
        assert_eq!(ranges[0], 0..3);
        assert!(match_ranges("abc", &[]).is_empty());
    }

    #[test]
    fn filters_combine() {
        let e = entry(day(2026, 11, 10), "t", "b", &["Keluarga"], Some(4));
        assert!(Filter::default().allows(&e));
        let f = Filter {
            tag: Some("keluarga".into()),
            mood: Some(4),
            from: Some(day(2026, 11, 1)),
            to: Some(day(2026, 11, 10)),
        };
        assert!(f.allows(&e));
        assert!(
            !Filter {
                mood: Some(3),
                ..f.clone()
            }
            .allows(&e)
        );
        assert!(
            !Filter {
                from: Some(day(2026, 11, 11)),
                ..f.clone()
            }
            .allows(&e)
        );
        assert!(
            !Filter {
                tag: Some("usaha".into()),
                ..f
            }
            .allows(&e)
        );
    }

    #[test]
    fn on_this_day_means_the_same_day_in_earlier_months_and_years() {
        let today = day(2026, 11, 23);
        assert!(on_this_day(day(2025, 11, 23), today));
        assert!(on_this_day(day(2026, 10, 23), today));
        assert!(!on_this_day(today, today));
        assert!(!on_this_day(day(2026, 11, 22), today));
        assert!(!on_this_day(day(2027, 11, 23), today), "not the future");
    }

    #[test]
    fn tags_split_and_dedupe() {
        assert_eq!(
            parse_tags("#usaha, keluarga  Usaha,,  #"),
            ["usaha", "keluarga"]
        );
        assert!(parse_tags("  , ").is_empty());
    }

    #[test]
    fn series_leaves_gaps_and_averages_each_day() {
        let today = day(2026, 11, 23);
        let mut a = entry(day(2026, 11, 23), "", "", &[], Some(2));
        a.check_in.hope = Some(5);
        a.check_in.calm = Some(3);
        let b = entry(day(2026, 11, 23), "", "", &[], Some(4));
        let old = entry(day(2026, 10, 1), "", "", &[], Some(1));
        let points = series([&a, &b, &old], today, 30);
        assert_eq!(points.len(), 30);
        assert_eq!(points[29].date, today);
        assert_eq!(points[29].mood, Some(3.0));
        assert_eq!(points[29].wellbeing, Some(4.0));
        assert!(
            points[..29].iter().all(|p| p.mood.is_none()),
            "gaps stay empty"
        );
    }

    #[test]
    fn heading_falls_back_to_the_first_line() {
        let e = entry(
            day(2026, 11, 2),
            "  ",
            "\n  Hari yang baik\nlagi",
            &[],
            None,
        );
        assert_eq!(e.heading(), "Hari yang baik");
    }
}
