//! Colours and emphasis. High contrast by default; with `NO_COLOR` set, only
//! bold, underline and reverse video, which every terminal shows.

use ratatui::style::{Color, Modifier, Style};

#[derive(Clone, Copy, Debug)]
pub struct Theme {
    colour: bool,
}

impl Theme {
    pub fn new(no_color: bool) -> Theme {
        Theme { colour: !no_color }
    }

    /// Reads `NO_COLOR` (any non-empty value turns colour off, per no-color.org).
    pub fn from_env() -> Theme {
        Theme::new(std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()))
    }

    fn pick(&self, coloured: Style, plain: Style) -> Style {
        if self.colour { coloured } else { plain }
    }

    pub fn title(&self) -> Style {
        self.pick(
            Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::BOLD),
        )
    }

    pub fn selected(&self) -> Style {
        self.pick(
            Style::new()
                .fg(Color::Black)
                .bg(Color::Cyan)
                .add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
        )
    }

    pub fn key(&self) -> Style {
        self.pick(
            Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::BOLD),
        )
    }

    pub fn problem(&self) -> Style {
        self.pick(
            Style::new()
                .fg(Color::LightRed)
                .add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
        )
    }

    pub fn info(&self) -> Style {
        self.pick(
            Style::new().fg(Color::LightGreen),
            Style::new().add_modifier(Modifier::BOLD),
        )
    }

    pub fn code(&self) -> Style {
        self.pick(
            Style::new().fg(Color::White).add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::BOLD),
        )
    }

    pub fn dim(&self) -> Style {
        self.pick(Style::new().fg(Color::Gray), Style::new())
    }
}
