//! The facilitator's screens: accounts, a new account's role and setup code,
//! and the centre settings.

pub(super) mod update;
