//! The facilitator's screens: accounts, a new account's role and setup code,
//! and the centre settings.

pub mod effect;
pub mod forms;
pub mod screen;
pub(super) mod update;
