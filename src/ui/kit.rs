//! The pieces every view draws with: panels, lists, cut and wrapped text, one-line fields.

use super::theme::Theme;
use super::view::View;
use crate::app::field::TextField;
use crate::app::scroll::Scroll;
use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Padding, Paragraph, Wrap};

/// A bordered panel with a title, and the area inside it.
pub fn panel(frame: &mut Frame, area: Rect, title: String, theme: &Theme) -> Rect {
    let mut block = Block::new()
        .borders(Borders::ALL)
        .padding(Padding::horizontal(1));
    if !title.is_empty() {
        block = block.title(Span::styled(format!(" {title} "), theme.title()));
    }
    let inner = block.inner(area);
    frame.render_widget(block, area);
    inner
}

/// A box of `width`×`height` in the middle of `area`, never larger than it.
pub fn centred(area: Rect, width: u16, height: u16) -> Rect {
    let [row] = Layout::vertical([Constraint::Length(height.min(area.height))])
        .flex(Flex::Center)
        .areas(area);
    let [cell] = Layout::horizontal([Constraint::Length(width.min(area.width))])
        .flex(Flex::Center)
        .areas(row);
    cell
}

/// How a row of a list she moves through looks: marked when it is the chosen one.
pub fn row_style(theme: &Theme, selected: bool) -> Style {
    if selected {
        theme.selected()
    } else {
        Style::new()
    }
}

/// A list of choices, one a row, the `selected` one marked.
pub fn choices(
    items: impl IntoIterator<Item = String>,
    selected: usize,
    theme: &Theme,
) -> Vec<Line<'static>> {
    items
        .into_iter()
        .enumerate()
        .map(|(i, item)| {
            Line::from(Span::styled(
                format!("  {item}  "),
                row_style(theme, i == selected),
            ))
        })
        .collect()
}

/// A setting she changes with ← and →: its label padded to `width`, then its value.
pub fn setting(
    label: &str,
    value: &str,
    width: usize,
    selected: bool,
    theme: &Theme,
) -> Line<'static> {
    Line::from(vec![
        Span::styled(format!("  {label:<width$}"), row_style(theme, selected)),
        Span::styled(format!(" ‹ {value} › "), theme.code()),
    ])
}

/// `text` in rows of at most `width` characters, broken between words (a
/// word longer than a row gets a row of its own, and is cut by the view).
pub fn wrap_words(text: &str, width: usize) -> Vec<String> {
    let mut rows: Vec<String> = vec![];
    for word in text.split_whitespace() {
        match rows.last_mut() {
            Some(row) if row.chars().count() + 1 + word.chars().count() <= width => {
                row.push(' ');
                row.push_str(word);
            }
            _ => rows.push(word.to_string()),
        }
    }
    if rows.is_empty() {
        rows.push(String::new());
    }
    rows
}

/// What a one-line field shows in `width` columns, brackets included: the
/// part around the cursor when the text is longer, masked if secret. Returns
/// the text and the cursor's column after the opening bracket.
pub fn field_view(field: &TextField, secret: bool, width: u16) -> (String, u16) {
    let room = usize::from(width.saturating_sub(4)).max(1);
    let chars: Vec<char> = if secret {
        vec!['•'; field.chars()]
    } else {
        field.text().chars().collect()
    };
    let cursor = field.cursor();
    let start = (cursor + 1).saturating_sub(room);
    let end = (start + room).min(chars.len());
    let visible: String = chars[start..end].iter().collect();
    (format!("[ {visible} ]"), (cursor - start) as u16)
}

/// `text` cut to `width` characters, with an ellipsis when it was longer.
pub fn cut(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    let mut out: String = text.chars().take(width.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// How many rows `text` takes when word-wrapped to `width`, as ratatui draws
/// it. Leading spaces are kept in the count, so a paragraph drawn with
/// `trim: true` fits too.
pub fn wrapped_height(text: &str, width: u16) -> u16 {
    let rows = Paragraph::new(text)
        .wrap(Wrap { trim: false })
        .line_count(width.max(1));
    u16::try_from(rows).unwrap_or(u16::MAX)
}

/// Draws a wrapped `paragraph` in `area`, scrolled as far as `scroll` asks
/// and its rows go, with a marker on the frame while more text is above or
/// below. The rows are ratatui's own count of the wrapped paragraph, so the
/// last row is always the one the end of the page shows.
pub fn scrolled(frame: &mut Frame, area: Rect, paragraph: Paragraph, scroll: &Scroll, v: &View) {
    let rows = u16::try_from(paragraph.line_count(area.width)).unwrap_or(u16::MAX);
    let top = scroll.fit(rows, area.height);
    frame.render_widget(paragraph.scroll((top, 0)), area);
    let (above, below) = scroll.hidden();
    // On the frame's top and bottom rows, at the right.
    for (more, row) in [(above, area.y.checked_sub(1)), (below, Some(area.bottom()))] {
        if let (true, Some(row)) = (more, row) {
            let id = if row < area.y {
                "scroll-more-above"
            } else {
                "scroll-more-below"
            };
            let mark = format!(" {} ", v.m.text(id));
            let width = mark.chars().count() as u16;
            let x = area.right().saturating_sub(width);
            frame.render_widget(
                Paragraph::new(mark).style(v.theme.key()),
                Rect::new(x, row, width, 1),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `wrapped_height` sizes intros and questions before they are drawn, with
    /// either trim: never one row short of what ratatui draws. (The count it
    /// made by hand before was one short with spaces at a row's end.)
    #[test]
    fn wrap_words_breaks_between_words_only() {
        let rows = wrap_words(
            "Daftar nama di layar masuk (semua orang bisa melihatnya)",
            40,
        );
        assert_eq!(
            rows,
            [
                "Daftar nama di layar masuk (semua orang",
                "bisa melihatnya)"
            ]
        );
        assert_eq!(wrap_words("", 10), [""]);
        assert_eq!(wrap_words("a bb ccc", 4), ["a bb", "ccc"]);
    }

    #[test]
    fn wrapped_height_is_never_short_of_what_ratatui_draws() {
        let words = [
            "a",
            "kue",
            "lapis",
            "menyisihkan",
            "",
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        ];
        let mut seed = 7u32;
        for _ in 0..2000 {
            let mut text = String::new();
            for _ in 0..(seed % 40) {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                let word = words[(seed >> 16) as usize % words.len()];
                text.push_str(word);
                text.push(if seed.is_multiple_of(11) { '\n' } else { ' ' });
            }
            for width in [5, 12, 40, 76] {
                for trim in [false, true] {
                    let drawn = Paragraph::new(text.as_str())
                        .wrap(Wrap { trim })
                        .line_count(width);
                    let ours = usize::from(wrapped_height(&text, width));
                    assert!(
                        ours >= drawn,
                        "{text:?} at {width} (trim {trim}): {ours} < {drawn}"
                    );
                }
            }
        }
    }
}
