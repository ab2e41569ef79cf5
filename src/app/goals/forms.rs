//! The goal forms: what each asks for, by name.

use crate::app::spec::{FieldSpec, FormSpec};

pub const GOAL_NAME: FieldSpec = FieldSpec::text("field-goal-name");
pub const TARGET: FieldSpec = FieldSpec::text("field-goal-target");
pub const TARGET_DATE: FieldSpec = FieldSpec::text("field-goal-target-date");
pub const WHY: FieldSpec = FieldSpec::text("field-goal-why");
pub const AMOUNT: FieldSpec = FieldSpec::text("field-amount");
pub const DATE: FieldSpec = FieldSpec::text("field-date-today");
pub const NOTE: FieldSpec = FieldSpec::text("field-note");
pub const WHAT: FieldSpec = FieldSpec::text("field-business-what");
pub const FOR_WHOM: FieldSpec = FieldSpec::text("field-business-for-whom");
pub const PLACE: FieldSpec = FieldSpec::text("field-business-where");
pub const CAPITAL: FieldSpec = FieldSpec::text("field-business-capital");
pub const COSTS: FieldSpec = FieldSpec::text("field-business-costs");
pub const MILESTONE: FieldSpec = FieldSpec::text("field-milestone");
pub const MILESTONE_DATE: FieldSpec = FieldSpec::text("field-milestone-date");
pub const SALES: FieldSpec = FieldSpec::text("field-sales");
pub const EXPENSES: FieldSpec = FieldSpec::text("field-expenses");

const SAVINGS_FIELDS: &[FieldSpec] = &[GOAL_NAME, TARGET, TARGET_DATE, WHY];
const MOVEMENT_FIELDS: &[FieldSpec] = &[AMOUNT, DATE, NOTE];
const BUSINESS_FIELDS: &[FieldSpec] = &[WHAT, FOR_WHOM, PLACE, CAPITAL, COSTS];
const DAY_FIELDS: &[FieldSpec] = &[DATE, SALES, EXPENSES];

pub const NEW_SAVINGS: FormSpec = FormSpec {
    title: "goal-new-savings-title",
    intro: "goal-new-savings-intro",
    fields: SAVINGS_FIELDS,
};

pub const EDIT_SAVINGS: FormSpec = FormSpec {
    title: "goal-edit-title",
    intro: "goal-edit-intro",
    fields: SAVINGS_FIELDS,
};

pub const DEPOSIT: FormSpec = FormSpec {
    title: "goal-deposit-title",
    intro: "goal-deposit-intro",
    fields: MOVEMENT_FIELDS,
};

pub const WITHDRAW: FormSpec = FormSpec {
    title: "goal-withdraw-title",
    intro: "goal-withdraw-intro",
    fields: MOVEMENT_FIELDS,
};

pub const NEW_BUSINESS: FormSpec = FormSpec {
    title: "goal-new-business-title",
    intro: "goal-new-business-intro",
    fields: BUSINESS_FIELDS,
};

pub const EDIT_BUSINESS: FormSpec = FormSpec {
    title: "goal-edit-title",
    intro: "goal-edit-intro",
    fields: BUSINESS_FIELDS,
};

pub const NEW_MILESTONE: FormSpec = FormSpec {
    title: "goal-milestone-title",
    intro: "goal-milestone-intro",
    fields: &[MILESTONE, MILESTONE_DATE],
};

pub const LOG_DAY: FormSpec = FormSpec {
    title: "goal-log-day-title",
    intro: "goal-log-day-intro",
    fields: DAY_FIELDS,
};

pub const EDIT_DEPOSIT: FormSpec = FormSpec {
    title: "goal-edit-deposit-title",
    intro: "goal-edit-movement-intro",
    fields: MOVEMENT_FIELDS,
};

pub const EDIT_WITHDRAWAL: FormSpec = FormSpec {
    title: "goal-edit-withdrawal-title",
    intro: "goal-edit-movement-intro",
    fields: MOVEMENT_FIELDS,
};

pub const EDIT_MILESTONE: FormSpec = FormSpec {
    title: "goal-edit-step-title",
    intro: "goal-edit-step-intro",
    fields: &[MILESTONE, MILESTONE_DATE],
};

pub const EDIT_DAY: FormSpec = FormSpec {
    title: "goal-edit-day-title",
    intro: "goal-edit-day-intro",
    fields: DAY_FIELDS,
};
