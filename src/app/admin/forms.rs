//! The forms that make a new account.

use crate::app::spec::{FieldSpec, FormSpec};

pub const NEW_ALIAS: FieldSpec = FieldSpec::text("field-new-alias");

pub const FIRST_PARTICIPANT: FormSpec = FormSpec {
    title: "first-participant-title",
    intro: "first-participant-intro",
    fields: &[NEW_ALIAS],
};

/// Its introduction names the role chosen on the screen before.
pub const ADD_ACCOUNT: FormSpec = FormSpec {
    title: "add-account-title",
    intro: "add-account-intro",
    fields: &[NEW_ALIAS],
};
