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

impl Shown {
    pub fn new(code: String) -> Shown {
        Shown(zeroize::Zeroizing::new(code))
    }
}

/// The code as text, for the one screen that shows it.
impl std::ops::Deref for Shown {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_prints_the_code() {
        let shown = Shown::new("7K2M-9QXR-4HWD".into());
        assert_eq!(format!("{shown:?}"), "[hidden]");
        assert_eq!(&*shown, "7K2M-9QXR-4HWD");
    }
}
