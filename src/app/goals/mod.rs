//! Her goals: savings goals with their movements, and business plans with their
//! steps and daily sales.

pub mod effect;
pub mod forms;
mod history;
mod link;
mod nav;
mod notices;
mod plan;
pub mod screen;
mod state;
pub(super) mod submit;
pub(super) mod update;

pub use link::choices as link_choices;
pub use state::{GoalRef, Goals, UnclearDate, amount_text, money_problem, parse_date, reading};
