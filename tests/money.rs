//! Property tests for amounts: what is shown can be typed back, and nothing she
//! types makes the parser panic.

use langkah::domain::money::{MAX_AMOUNT, parse};
use langkah::i18n::{Lang, rupiah};
use proptest::prelude::*;

proptest! {
    #[test]
    fn format_then_parse_gives_the_same_number_in_both_languages(amount in 0..=MAX_AMOUNT) {
        for lang in Lang::ALL {
            let shown = rupiah(lang, amount);
            prop_assert_eq!(parse(&shown), Ok(amount), "{}", shown);
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
    #[test]
    fn every_centre_currency_can_be_typed_back(amount in 0..=MAX_AMOUNT, which in 0usize..4) {
        let symbol = langkah::domain::money::CURRENCIES[which];
        for lang in Lang::ALL {
            let shown = langkah::i18n::money(lang, symbol, amount);
            prop_assert_eq!(parse(&shown), Ok(amount), "{}", shown);
        }
    }
}
