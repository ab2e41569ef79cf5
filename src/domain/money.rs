//! Amounts of money as she types them. Whole currency units in `i64`, never
//! floats. Accepts "1250000", "Rp 1.250.000", "1.250.000", "1,250,000", and short
//! forms: "1,25 jt", "1.25jt", "2 juta", "500rb", "500 ribu".
//!
//! The rules: a separator followed by exactly three digits groups thousands;
//! before a suffix, either `,` or `.` is a decimal mark; anything else that could
//! be read two ways is refused, and the message shows what works.

/// The currencies a centre can choose, by their symbol. Rupiah is the default.
pub const CURRENCIES: [&str; 4] = ["Rp", "RM", "₱", "US$"];

/// The largest amount accepted: Rp 10 billion. More is surely a typing slip.
pub const MAX_AMOUNT: i64 = 10_000_000_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoneyError {
    Empty,
    /// Could be read more than one way, or isn't a number.
    Unclear,
    Negative,
    Zero,
    TooLarge,
    /// A short form that doesn't come to whole units, like "1,2345 rb".
    NotWhole,
}

const SUFFIXES: [(&str, i64); 4] = [
    ("juta", 1_000_000),
    ("jt", 1_000_000),
    ("ribu", 1_000),
    ("rb", 1_000),
];

/// Parses an amount that must be more than zero (a target, a deposit).
pub fn parse_positive(input: &str) -> Result<i64, MoneyError> {
    match parse(input)? {
        0 => Err(MoneyError::Zero),
        n => Ok(n),
    }
}

/// Parses an amount where an empty field means zero (costs, a day's sales).
pub fn parse_or_zero(input: &str) -> Result<i64, MoneyError> {
    if input.trim().is_empty() {
        Ok(0)
    } else {
        parse(input)
    }
}

/// Parses an amount of zero or more.
pub fn parse(input: &str) -> Result<i64, MoneyError> {
    let mut text = input.trim().to_lowercase();
    if text.is_empty() {
        return Err(MoneyError::Empty);
    }
    if let Some(rest) = text.strip_prefix('-') {
        return match parse(rest) {
            Ok(0) => Ok(0),
            Ok(_) | Err(MoneyError::TooLarge) => Err(MoneyError::Negative),
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
    let (number, multiplier) = split_suffix(&text);
    let number = number.trim();
    if number.is_empty() {
        return Err(MoneyError::Unclear);
    }
    let value = match multiplier {
        Some(m) => with_decimal_mark(number, m)?,
        None => grouped(number)?,
    };
    if value > MAX_AMOUNT {
        return Err(MoneyError::TooLarge);
    }
    Ok(value)
}

fn split_suffix(text: &str) -> (&str, Option<i64>) {
    for (suffix, multiplier) in SUFFIXES {
        if let Some(number) = text.strip_suffix(suffix) {
            return (number, Some(multiplier));
        }
    }
    (text, None)
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
    if !digits(&plain) {
        return Err(MoneyError::Unclear);
    }
    let trimmed = plain.trim_start_matches('0');
    if trimmed.len() > 12 {
        return Err(MoneyError::TooLarge);
    }
    Ok(trimmed.parse().unwrap_or(0))
}

/// "1,25" or "1.25" or "2" before a suffix: at most one decimal mark.
fn with_decimal_mark(number: &str, multiplier: i64) -> Result<i64, MoneyError> {
    let (whole, fraction) = match number.find([',', '.']) {
        Some(at) => (&number[..at], &number[at + 1..]),
        None => (number, ""),
    };
    if !digits(whole) || (!fraction.is_empty() && !digits(fraction)) {
        return Err(MoneyError::Unclear);
    }
    if number.ends_with([',', '.']) {
        return Err(MoneyError::Unclear);
    }
    let whole = whole.trim_start_matches('0');
    if whole.len() > 8 || fraction.len() > 6 {
        return Err(MoneyError::TooLarge);
    }
    let whole: i64 = whole.parse().unwrap_or(0);
    let scale = 10_i64.pow(fraction.len() as u32);
    let fraction_value: i64 = if fraction.is_empty() {
        0
    } else {
        fraction.parse().unwrap_or(0)
    };
    let scaled = fraction_value * multiplier;
    if scaled % scale != 0 {
        return Err(MoneyError::NotWhole);
    }
    Ok(whole * multiplier + scaled / scale)
}

#[cfg(test)]
mod tests {
    use super::*;

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
            assert_eq!(parse(typed), Ok(amount), "{typed}");
        }
    }

    #[test]
    fn what_could_be_read_two_ways_is_refused() {
        for typed in [
            "1.5",
            "1,25",
            "1.250,50",
            "1,250.000",
            "12.34.567",
            "1..000",
            "jt",
            "Rp",
            "abc",
            "1 2",
            "1.000.0",
        ] {
            assert_eq!(parse(typed), Err(MoneyError::Unclear), "{typed}");
        }
        assert_eq!(parse("1,2345 rb"), Err(MoneyError::NotWhole));
        assert_eq!(parse(""), Err(MoneyError::Empty));
    }

    #[test]
    fn negative_zero_and_absurd_amounts_are_refused() {
        assert_eq!(parse("-50.000"), Err(MoneyError::Negative));
        assert_eq!(parse_positive("0"), Err(MoneyError::Zero));
        assert_eq!(parse("10.000.000.001"), Err(MoneyError::TooLarge));
        assert_eq!(parse("99999999999999999999999"), Err(MoneyError::TooLarge));
        assert_eq!(parse("20000 juta"), Err(MoneyError::TooLarge));
    }
}
