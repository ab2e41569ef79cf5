//! Amounts of money as she types them. Whole currency units in `i64`, never
//! floats. Accepts "1250000", "Rp 1.250.000", "1.250.000", "1,250,000", and short
//! forms: "1,25 jt", "1.25jt", "2 juta", "500rb", "500 ribu"; in English also
//! "500k", "1.5m", "3 million".
//!
//! The rules: a separator followed by exactly three digits groups thousands;
//! before a short form, either `,` or `.` is a decimal mark, but not before
//! three digits ("1.500 rb" could be 1.500.000 or 1.500); anything else that
//! could be read two ways is refused, and each refusal says why.

/// The currencies a centre can choose, by their symbol. Rupiah is the default.
pub const CURRENCIES: [&str; 4] = ["Rp", "RM", "₱", "US$"];

/// The largest amount accepted: Rp 10 billion. More is surely a typing slip.
pub const MAX_AMOUNT: i64 = 10_000_000_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoneyError {
    Empty,
    /// Could be read more than one way.
    Unclear,
    /// No number in it, or letters and digits mixed ("abc", "12a4").
    NotANumber,
    /// A number with a short form this language doesn't know ("500x").
    UnknownSuffix,
    /// "M" in Indonesian means miliar (billion), never juta: refused so that
    /// "1,5M" is not read a thousand times too large or too small.
    Miliar,
    Negative,
    Zero,
    TooLarge,
    /// A short form that doesn't come to whole units, like "1,2345 rb".
    NotWhole,
}

/// How short forms are read, from the language on screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reading {
    Indonesian,
    /// Also `k` and `m` (thousand, million), which only English speakers mean so.
    English,
}

/// The short forms both languages accept.
const SUFFIXES: [(&str, i64); 4] = [
    ("juta", 1_000_000),
    ("jt", 1_000_000),
    ("ribu", 1_000),
    ("rb", 1_000),
];

/// The short forms only English accepts.
const ENGLISH_SUFFIXES: [(&str, i64); 4] = [
    ("million", 1_000_000),
    ("m", 1_000_000),
    ("thousand", 1_000),
    ("k", 1_000),
];

/// What an Indonesian reader takes for miliar.
const MILIAR: [&str; 3] = ["m", "miliar", "milyar"];

/// Parses an amount that must be more than zero (a target, a deposit).
pub fn parse_positive(input: &str) -> Result<i64, MoneyError> {
    parse_positive_in(input, Reading::Indonesian)
}

/// Parses an amount where an empty field means zero (costs, a day's sales).
pub fn parse_or_zero(input: &str) -> Result<i64, MoneyError> {
    parse_or_zero_in(input, Reading::Indonesian)
}

/// Parses an amount of zero or more, read the Indonesian way.
pub fn parse(input: &str) -> Result<i64, MoneyError> {
    parse_in(input, Reading::Indonesian)
}

/// `parse_positive`, with short forms read as `reading` says.
pub fn parse_positive_in(input: &str, reading: Reading) -> Result<i64, MoneyError> {
    match parse_in(input, reading)? {
        0 => Err(MoneyError::Zero),
        n => Ok(n),
    }
}

/// `parse_or_zero`, with short forms read as `reading` says.
pub fn parse_or_zero_in(input: &str, reading: Reading) -> Result<i64, MoneyError> {
    if input.trim().is_empty() {
        Ok(0)
    } else {
        parse_in(input, reading)
    }
}

/// Parses an amount of zero or more, with short forms read as `reading` says.
pub fn parse_in(input: &str, reading: Reading) -> Result<i64, MoneyError> {
    let mut text = input.trim().to_lowercase();
    if text.is_empty() {
        return Err(MoneyError::Empty);
    }
    if let Some(rest) = text.strip_prefix('-') {
        return match parse_in(rest, reading) {
            Ok(0) => Ok(0),
            Ok(_) | Err(MoneyError::TooLarge) => Err(MoneyError::Negative),
            Err(MoneyError::Empty) => Err(MoneyError::NotANumber),
            Err(e) => Err(e),
        };
    }
    // The symbols of the currencies a centre can choose (see `CURRENCIES`).
    for prefix in [
        "rp.", "rp", "idr", "rm", "myr", "₱", "php", "us$", "usd", "$",
    ] {
        if let Some(rest) = text.strip_prefix(prefix) {
            text = rest.trim_start().to_string();
            break;
        }
    }
    let (number, suffix) = split_suffix(&text);
    if !number.bytes().any(|b| b.is_ascii_digit()) {
        return Err(MoneyError::NotANumber);
    }
    let value = if suffix.is_empty() {
        grouped(number)?
    } else {
        with_decimal_mark(number, multiplier(suffix, reading)?)?
    };
    if value > MAX_AMOUNT {
        return Err(MoneyError::TooLarge);
    }
    Ok(value)
}

/// The number (digits, separators and spaces, trimmed), and what follows it.
fn split_suffix(text: &str) -> (&str, &str) {
    let end = text
        .find(|c: char| !(c.is_ascii_digit() || matches!(c, '.' | ',' | ' ')))
        .unwrap_or(text.len());
    (text[..end].trim(), text[end..].trim())
}

/// What a short form multiplies by, or why it can't be used.
fn multiplier(suffix: &str, reading: Reading) -> Result<i64, MoneyError> {
    let english = match reading {
        Reading::English => &ENGLISH_SUFFIXES[..],
        Reading::Indonesian => &[],
    };
    if let Some((_, m)) = SUFFIXES.iter().chain(english).find(|(s, _)| *s == suffix) {
        return Ok(*m);
    }
    if reading == Reading::Indonesian && MILIAR.contains(&suffix) {
        return Err(MoneyError::Miliar);
    }
    if suffix.chars().all(|c| c.is_alphabetic() || c == ' ') {
        Err(MoneyError::UnknownSuffix)
    } else {
        Err(MoneyError::NotANumber)
    }
}

fn digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// A whole number, maybe grouped in thousands with `.` or `,` (one kind only).
fn grouped(number: &str) -> Result<i64, MoneyError> {
    let separators: Vec<char> = number.chars().filter(|c| matches!(c, '.' | ',')).collect();
    let plain: String = if separators.is_empty() {
        number.to_string()
    } else {
        let sep = separators[0];
        if separators.iter().any(|c| *c != sep) {
            return Err(MoneyError::Unclear);
        }
        let mut groups = number.split(sep);
        let first = groups.next().unwrap_or("");
        if !digits(first) || first.len() > 3 {
            return Err(MoneyError::Unclear);
        }
        let rest: Vec<&str> = groups.collect();
        if rest.iter().any(|g| g.len() != 3 || !digits(g)) {
            return Err(MoneyError::Unclear);
        }
        std::iter::once(first).chain(rest).collect()
    };
    // Only a space is left that isn't a digit: "1 2" is two numbers or one.
    if !digits(&plain) {
        return Err(MoneyError::Unclear);
    }
    let trimmed = plain.trim_start_matches('0');
    if trimmed.len() > 12 {
        return Err(MoneyError::TooLarge);
    }
    Ok(trimmed.parse().unwrap_or(0))
}

/// "1,25" or "1.25" or "2" before a short form: at most one decimal mark.
fn with_decimal_mark(number: &str, multiplier: i64) -> Result<i64, MoneyError> {
    let (whole, fraction) = match number.find([',', '.']) {
        Some(at) => (&number[..at], &number[at + 1..]),
        None => (number, ""),
    };
    if !digits(whole) || (!fraction.is_empty() && !digits(fraction)) {
        return Err(MoneyError::Unclear);
    }
    if number.ends_with([',', '.']) || fraction.len() == 3 {
        return Err(MoneyError::Unclear);
    }
    let whole = whole.trim_start_matches('0');
    if whole.len() > 8 {
        return Err(MoneyError::TooLarge);
    }
    // Zeros at the end change nothing; more than six other digits can't be whole.
    let fraction = fraction.trim_end_matches('0');
    if fraction.len() > 6 {
        return Err(MoneyError::NotWhole);
    }
    let whole: i64 = whole.parse().unwrap_or(0);
    let scale = 10_i64.pow(fraction.len() as u32);
    let fraction_value: i64 = fraction.parse().unwrap_or(0);
    let scaled = fraction_value * multiplier;
    if scaled % scale != 0 {
        return Err(MoneyError::NotWhole);
    }
    Ok(whole * multiplier + scaled / scale)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Reading::{English, Indonesian};

    #[test]
    fn every_example_in_the_brief_parses_to_its_amount() {
        for (typed, amount) in [
            ("1250000", 1_250_000),
            ("Rp 1.250.000", 1_250_000),
            ("1.250.000", 1_250_000),
            ("1,250,000", 1_250_000),
            ("1,25 jt", 1_250_000),
            ("1.25jt", 1_250_000),
            ("2 juta", 2_000_000),
            ("500rb", 500_000),
            ("500 ribu", 500_000),
            ("Rp500.000", 500_000),
            ("rp 75.000", 75_000),
            ("0", 0),
            ("10.000.000.000", MAX_AMOUNT),
        ] {
            for reading in [Indonesian, English] {
                assert_eq!(parse_in(typed, reading), Ok(amount), "{typed}");
            }
        }
    }

    #[test]
    fn short_forms_in_any_case_with_or_without_a_space_in_both_languages() {
        for (typed, amount) in [
            ("1,5jt", 1_500_000),
            ("1.5 jt", 1_500_000),
            ("1,5 JT", 1_500_000),
            ("2 Juta", 2_000_000),
            ("750RB", 750_000),
            ("1.5 ribu", 1_500),
            ("Rp 2,75 juta", 2_750_000),
        ] {
            for reading in [Indonesian, English] {
                assert_eq!(parse_in(typed, reading), Ok(amount), "{typed}");
            }
        }
    }

    #[test]
    fn k_and_m_are_thousand_and_million_only_in_english() {
        for (typed, amount) in [
            ("500k", 500_000),
            ("500 K", 500_000),
            ("1.5m", 1_500_000),
            ("1,5 M", 1_500_000),
            ("3 million", 3_000_000),
            ("20 thousand", 20_000),
        ] {
            assert_eq!(parse_in(typed, English), Ok(amount), "{typed}");
        }
        assert_eq!(parse_in("500k", Indonesian), Err(MoneyError::UnknownSuffix));
        assert_eq!(
            parse_in("3 million", Indonesian),
            Err(MoneyError::UnknownSuffix)
        );
        // In Indonesian M is miliar: said so, never read as juta.
        for typed in ["1,5M", "1.5 m", "2 miliar", "1 milyar"] {
            assert_eq!(
                parse_in(typed, Indonesian),
                Err(MoneyError::Miliar),
                "{typed}"
            );
        }
        assert_eq!(
            parse_in("2 miliar", English),
            Err(MoneyError::UnknownSuffix)
        );
    }

    #[test]
    fn each_failure_has_its_own_reason() {
        for typed in ["abc", "jt", "Rp", "12a4", "k500", "--", "."] {
            assert_eq!(parse(typed), Err(MoneyError::NotANumber), "{typed}");
        }
        for typed in ["500x", "5 dolar", "1,5 jtt"] {
            assert_eq!(parse(typed), Err(MoneyError::UnknownSuffix), "{typed}");
        }
        for typed in [
            "1.5",
            "1,25",
            "1.250,50",
            "1,250.000",
            "12.34.567",
            "1..000",
            "1 2",
            "1.000.0",
            "1.500 rb",
            "2,500jt",
            "1. jt",
        ] {
            assert_eq!(parse(typed), Err(MoneyError::Unclear), "{typed}");
        }
        assert_eq!(parse("1,2345 rb"), Err(MoneyError::NotWhole));
        assert_eq!(parse("1,1234567 jt"), Err(MoneyError::NotWhole));
        assert_eq!(parse("1,50000000 jt"), Ok(1_500_000), "zeros at the end");
        assert_eq!(parse(""), Err(MoneyError::Empty));
        assert_eq!(parse("   "), Err(MoneyError::Empty));
    }

    #[test]
    fn negative_zero_and_absurd_amounts_are_refused() {
        assert_eq!(parse("-50.000"), Err(MoneyError::Negative));
        assert_eq!(parse_in("-500k", English), Err(MoneyError::Negative));
        assert_eq!(parse_positive("0"), Err(MoneyError::Zero));
        assert_eq!(parse_positive_in("0 jt", English), Err(MoneyError::Zero));
        assert_eq!(parse_or_zero_in(" ", English), Ok(0));
        assert_eq!(parse("10.000.000.001"), Err(MoneyError::TooLarge));
        assert_eq!(parse("99999999999999999999999"), Err(MoneyError::TooLarge));
        assert_eq!(parse("20000 juta"), Err(MoneyError::TooLarge));
        assert_eq!(parse_in("10001m", English), Err(MoneyError::TooLarge));
    }
}
