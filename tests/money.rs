//! Property tests for amounts: what is shown can be typed back, and nothing she
//! types makes the parser panic.

use langkah::domain::money::{MAX_AMOUNT, Reading, parse, parse_in};
use langkah::i18n::{Lang, rupiah};
use proptest::prelude::*;

/// How the app reads amounts in each language (`app::goals::reading`).
fn reading(lang: Lang) -> Reading {
    langkah::app::goals::reading(lang)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn format_then_parse_gives_the_same_number_in_both_languages(amount in 0..=MAX_AMOUNT) {
        for lang in Lang::ALL {
            let shown = rupiah(lang, amount);
            prop_assert_eq!(parse(&shown), Ok(amount), "{}", shown);
            prop_assert_eq!(parse_in(&shown, reading(lang)), Ok(amount), "{}", shown);
        }
    }

    #[test]
    fn plain_digits_parse_as_themselves(amount in 0..=MAX_AMOUNT) {
        prop_assert_eq!(parse(&amount.to_string()), Ok(amount));
    }

    #[test]
    fn random_text_never_panics(text in ".{0,40}") {
        let _ = parse(&text);
    }

    #[test]
    fn money_like_text_never_panics(text in "[-Rrp ]{0,3}[0-9.,]{0,20} ?(jt|juta|rb|ribu)?") {
        if let Ok(n) = parse(&text) {
            prop_assert!((0..=MAX_AMOUNT).contains(&n), "{} gave {}", text, n);
        }
    }

    #[test]
    fn short_forms_scale_by_their_suffix(whole in 0i64..10_000, tenths in 0i64..10) {
        let jt = format!("{whole},{tenths} jt");
        prop_assert_eq!(parse(&jt), Ok(whole * 1_000_000 + tenths * 100_000));
        let rb = format!("{whole}.{tenths}rb");
        prop_assert_eq!(parse(&rb), Ok(whole * 1_000 + tenths * 100));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// What the app shows, in any currency, is read back in the language it was
    /// shown in, as the goal forms read it.
    #[test]
    fn every_centre_currency_can_be_typed_back(amount in 0..=MAX_AMOUNT, which in 0usize..4) {
        let symbol = langkah::domain::money::CURRENCIES[which];
        for lang in Lang::ALL {
            let shown = langkah::i18n::money(lang, symbol, amount);
            prop_assert_eq!(parse(&shown), Ok(amount), "{}", shown);
            prop_assert_eq!(parse_in(&shown, reading(lang)), Ok(amount), "{}", shown);
        }
    }

    #[test]
    fn english_short_forms_scale_and_never_panic(whole in 0i64..10_000, tenths in 0i64..10) {
        let m = format!("{whole}.{tenths}m");
        prop_assert_eq!(parse_in(&m, Reading::English), Ok(whole * 1_000_000 + tenths * 100_000));
        let k = format!("{whole},{tenths} K");
        prop_assert_eq!(parse_in(&k, Reading::English), Ok(whole * 1_000 + tenths * 100));
        prop_assert!(parse_in(&m, Reading::Indonesian).is_err(), "M is miliar in Indonesian");
    }

    #[test]
    fn any_text_in_either_reading_never_panics(text in "[-Rrp ]{0,3}[0-9.,]{0,20} ?[a-zA-Z ]{0,9}") {
        for r in [Reading::Indonesian, Reading::English] {
            if let Ok(n) = parse_in(&text, r) {
                prop_assert!((0..=MAX_AMOUNT).contains(&n), "{} gave {}", text, n);
            }
        }
    }
}
