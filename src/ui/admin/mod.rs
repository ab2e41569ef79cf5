//! The facilitator's screens: the accounts, adding one, and the centre's settings.

pub mod accounts;
pub mod choose_role;
pub mod settings;
