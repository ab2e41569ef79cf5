//! A code shown to her once, carried from the executor to the screen.

/// A code shown to her once (a recovery or setup code). Its `Debug` prints
/// nothing of it, so no log line or test failure can quote it.
#[derive(Clone, PartialEq, Eq)]
pub struct Shown(pub zeroize::Zeroizing<String>);

impl std::fmt::Debug for Shown {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("[hidden]")
    }
}
