//! Plain types and rules. Nothing here reads the clock, the disk or the terminal.

pub mod account;
pub mod goals;
pub mod ids;
pub mod journal;
pub mod money;
pub mod records;
pub mod settings;
pub mod throttle;
pub mod words;

pub use account::{Alias, Role, Status};
pub use ids::Id;
