//! Where a page she reads (an entry, the privacy page) is scrolled to.

use super::keymap::Command;
use std::cell::Cell;

/// The first row shown, in rows of wrapped text. Only the view knows the
/// page's width, so only it can count the rows the text wraps to: each time it
/// draws, it clamps `top` and records the furthest `top` can go and the rows
/// that fit (`fit`), the way the editor's `TextArea` records its viewport while
/// drawn. The keys then move within what she was last shown, so Down stops at
/// the last row and Up after End moves at once. End asks for the bottom before
/// the view has found where that is.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Scroll {
    top: Cell<u16>,
    max: Cell<u16>,
    page: Cell<u16>,
}

impl Scroll {
    /// Scrolled `top` rows down (the view clamps it).
    pub fn at(top: u16) -> Scroll {
        Scroll {
            top: Cell::new(top),
            ..Scroll::default()
        }
    }

    pub fn top(&self) -> u16 {
        self.top.get()
    }

    /// Moves for a scroll command: a row, a page (keeping one row of the last
    /// page in sight), or to either end. Other commands don't move it.
    pub fn apply(&mut self, command: Command) {
        let max = self.max.get();
        let top = self.top.get().min(max);
        let page = self.page.get().saturating_sub(1).max(1);
        let next = match command {
            Command::Up => top.saturating_sub(1),
            Command::Down => top.saturating_add(1).min(max),
            Command::PageUp => top.saturating_sub(page),
            Command::PageDown => top.saturating_add(page).min(max),
            Command::Top => 0,
            Command::Bottom => u16::MAX,
            _ => return,
        };
        self.top.set(next);
    }

    /// For the view: the text wraps to `rows` rows and `height` of them fit.
    /// Records both and returns the first row to show.
    pub fn fit(&self, rows: u16, height: u16) -> u16 {
        let max = rows.saturating_sub(height);
        self.max.set(max);
        self.page.set(height);
        self.top.set(self.top.get().min(max));
        self.top.get()
    }

    /// Rows of text above the first one shown, and below the last.
    pub fn hidden(&self) -> (bool, bool) {
        (self.top.get() > 0, self.top.get() < self.max.get())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_move_within_the_rows_the_view_found() {
        let mut s = Scroll::default();
        s.fit(30, 10);
        s.apply(Command::Down);
        assert_eq!(s.top(), 1);
        s.apply(Command::PageDown);
        assert_eq!(s.top(), 10);
        s.apply(Command::PageDown);
        s.apply(Command::PageDown);
        assert_eq!(s.top(), 20, "stops with the last row at the bottom");
        s.apply(Command::Down);
        assert_eq!(s.top(), 20);
        assert_eq!(s.hidden(), (true, false));
        s.apply(Command::Top);
        assert_eq!(s.fit(30, 10), 0);
        s.apply(Command::Bottom);
        assert_eq!(s.fit(30, 10), 20);
        s.apply(Command::Up);
        assert_eq!(s.top(), 19, "Up after End moves at once");
        assert_eq!(s.hidden(), (true, true));
    }

    #[test]
    fn a_wider_window_pulls_the_page_back_to_its_end() {
        let s = Scroll::at(25);
        assert_eq!(s.fit(30, 10), 20);
        assert_eq!(s.fit(12, 10), 2);
        assert_eq!(s.fit(5, 10), 0);
        assert_eq!(s.hidden(), (false, false));
    }
}
