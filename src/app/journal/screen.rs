//! The journal's screens and questions. Their state is in `Her::journal` and
//! `Her::editor`.

use crate::app::keymap::Mode;
use crate::app::scroll::Scroll;
use crate::domain::Id;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JournalScreen {
    /// Her entries, with search and filters.
    List,
    Read {
        id: Id,
        scroll: Scroll,
    },
    /// Writing.
    Editor {
        from: CameFrom,
    },
    /// Choosing a prompt: first a set, then a prompt in it. `from` is where
    /// Esc goes back to (her home or the list), and where the editor returns.
    Prompts {
        set: Option<usize>,
        selected: usize,
        from: CameFrom,
    },
    Filters {
        selected: usize,
    },
    Chart {
        days: u32,
    },
    /// An unfinished entry from last time, offered back.
    DraftOffer,
}

/// Where the editor goes back to when she leaves it, and where the prompts
/// go back to (only `Home { prompt: true }` or `List`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CameFrom {
    /// Her home's item to write, or to write with a prompt.
    Home {
        prompt: bool,
    },
    List,
    /// Reading the entry she is changing.
    Read(Id),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JournalConfirm {
    DeleteEntry {
        id: Id,
    },
    /// Leaving the editor with changes: y saves, n throws them away.
    LeaveEditor,
    DiscardDraft,
}

impl JournalScreen {
    /// The list takes typing while she searches.
    pub fn mode(&self, searching: bool) -> Mode {
        match self {
            JournalScreen::List if searching => Mode::Search,
            JournalScreen::List => Mode::JournalList,
            JournalScreen::Read { .. } => Mode::Read,
            JournalScreen::Editor { .. } => Mode::Editor,
            JournalScreen::Prompts { .. } => Mode::Prompts,
            JournalScreen::Filters { .. } => Mode::Filters,
            JournalScreen::Chart { .. } => Mode::Chart,
            JournalScreen::DraftOffer => Mode::DraftOffer,
        }
    }
}
