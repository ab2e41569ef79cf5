//! Keys as the app sees them, independent of any terminal library. The runtime
//! turns crossterm's events into these, and tests type them directly.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Key {
    /// A letter. `'\n'` and `'\t'` come only from a paste (typed, they are
    /// Enter and Tab): text, never a command. Each field decides what they
    /// become: a new line and spaces in the body, a space in one line.
    Char(char),
    Ctrl(char),
    F(u8),
    Enter,
    Esc,
    Tab,
    BackTab,
    Backspace,
    Delete,
    Left,
    Right,
    Up,
    Down,
    Home,
    End,
    PageUp,
    PageDown,
    /// Ctrl with an arrow: word and paragraph movement in the editor.
    CtrlLeft,
    CtrlRight,
    CtrlUp,
    CtrlDown,
    Alt(char),
}

impl Key {
    /// How the key is written in hints and help ("F12", "Ctrl+G", "Enter").
    /// Key names are the same in both languages, as printed on keyboards.
    pub fn label(self) -> String {
        match self {
            Key::Char(' ') => "Space".into(),
            Key::Char(c) => c.to_string(),
            Key::Ctrl(c) => format!("Ctrl+{}", c.to_ascii_uppercase()),
            Key::F(n) => format!("F{n}"),
            Key::Enter => "Enter".into(),
            Key::Esc => "Esc".into(),
            Key::Tab => "Tab".into(),
            Key::BackTab => "Shift+Tab".into(),
            Key::Backspace => "Backspace".into(),
            Key::Delete => "Del".into(),
            Key::Left => "←".into(),
            Key::Right => "→".into(),
            Key::Up => "↑".into(),
            Key::Down => "↓".into(),
            Key::Home => "Home".into(),
            Key::End => "End".into(),
            Key::PageUp => "PgUp".into(),
            Key::PageDown => "PgDn".into(),
            Key::CtrlLeft => "Ctrl+←".into(),
            Key::CtrlRight => "Ctrl+→".into(),
            Key::CtrlUp => "Ctrl+↑".into(),
            Key::CtrlDown => "Ctrl+↓".into(),
            Key::Alt(c) => format!("Alt+{c}"),
        }
    }
}
