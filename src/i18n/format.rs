//! Dates and money the way each language writes them. Day and month names come
//! from the locale files, so a translation can't miss one without a test noticing.

use super::{Lang, Messages};
use chrono::{Datelike, NaiveDate, Timelike};

const WEEKDAYS: [&str; 7] = [
    "day-monday",
    "day-tuesday",
    "day-wednesday",
    "day-thursday",
    "day-friday",
    "day-saturday",
    "day-sunday",
];

const MONTHS: [&str; 12] = [
    "month-1", "month-2", "month-3", "month-4", "month-5", "month-6", "month-7", "month-8",
    "month-9", "month-10", "month-11", "month-12",
];

/// "Senin, 23 November 2026" / "Monday, 23 November 2026".
pub fn long_date(m: &Messages, date: NaiveDate) -> String {
    let weekday = m.text(WEEKDAYS[date.weekday().num_days_from_monday() as usize]);
    let month = m.text(MONTHS[date.month0() as usize]);
    m.text_with(
        "date-long",
        &[
            ("weekday", weekday),
            ("day", date.day().to_string()),
            ("month", month),
            ("year", date.year().to_string()),
        ],
    )
}

/// "23 Nov 2026": short enough for a list row, still in her language.
pub fn short_date(m: &Messages, date: NaiveDate) -> String {
    let month: String = m
        .text(MONTHS[date.month0() as usize])
        .chars()
        .take(3)
        .collect();
    format!("{:>2} {month} {}", date.day(), date.year())
}

/// "November 2026".
pub fn month_year(m: &Messages, date: NaiveDate) -> String {
    format!("{} {}", m.text(MONTHS[date.month0() as usize]), date.year())
}

/// A time of day: "22.06" in Indonesian (PUEBI writes a dot), "22:06" in
/// English.
pub fn clock_time(lang: Lang, time: impl Timelike) -> String {
    let separator = match lang {
        Lang::Id => '.',
        Lang::En => ':',
    };
    format!("{:02}{separator}{:02}", time.hour(), time.minute())
}

/// Whole Rupiah with the thousands separator of the language:
/// "Rp 1.250.000" in Indonesian, "Rp 1,250,000" in English.
pub fn rupiah(lang: Lang, amount: i64) -> String {
    money(lang, "Rp", amount)
}

/// Whole units of the centre's currency, grouped the way the language does.
pub fn money(lang: Lang, symbol: &str, amount: i64) -> String {
    let separator = match lang {
        Lang::Id => '.',
        Lang::En => ',',
    };
    let digits = amount.unsigned_abs().to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(separator);
        }
        grouped.push(c);
    }
    let sign = if amount < 0 { "-" } else { "" };
    format!("{sign}{symbol} {grouped}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_naturally_in_both_languages() {
        let date = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        assert_eq!(
            long_date(&Messages::new(Lang::Id), date),
            "Senin, 23 November 2026"
        );
        assert_eq!(
            long_date(&Messages::new(Lang::En), date),
            "Monday, 23 November 2026"
        );
        let august = NaiveDate::from_ymd_opt(2027, 8, 1).unwrap();
        assert_eq!(
            long_date(&Messages::new(Lang::Id), august),
            "Minggu, 1 Agustus 2027"
        );
    }

    #[test]
    fn times_of_day_use_each_language_s_separator() {
        let time = chrono::NaiveTime::from_hms_opt(22, 6, 59).unwrap();
        assert_eq!(clock_time(Lang::Id, time), "22.06");
        assert_eq!(clock_time(Lang::En, time), "22:06");
        let early = chrono::NaiveTime::from_hms_opt(7, 5, 0).unwrap();
        assert_eq!(clock_time(Lang::Id, early), "07.05");
    }

    #[test]
    fn rupiah_groups_thousands_per_language() {
        assert_eq!(rupiah(Lang::Id, 1_250_000), "Rp 1.250.000");
        assert_eq!(rupiah(Lang::En, 1_250_000), "Rp 1,250,000");
        assert_eq!(rupiah(Lang::Id, 0), "Rp 0");
        assert_eq!(rupiah(Lang::Id, 999), "Rp 999");
        assert_eq!(rupiah(Lang::En, 1000), "Rp 1,000");
        assert_eq!(rupiah(Lang::Id, -50_000), "-Rp 50.000");
        assert_eq!(rupiah(Lang::En, i64::MIN), "-Rp 9,223,372,036,854,775,808");
    }
}
