//! The home menu and the privacy page.

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HomeScreen {
    Menu { selected: usize },
    Privacy { scroll: u16 },
}
