//! Writing an entry: date, title, tags, the body and the check-in, from the
//! top in the order Tab visits them.

use super::{CALM_WORDS, CONFIDENCE_WORDS, HOPE_WORDS, MOOD_WORDS, scale_word};
use crate::app::field::TextField;
use crate::app::journal::{Editor, EditorField};
use crate::app::prompts;
use crate::i18n::{Messages, long_date};
use crate::tr;
use crate::ui::kit::{field_view, panel, wrapped_height};
use crate::ui::theme::Theme;
use crate::ui::view::View;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

/// A value chosen with ← and →. `widths` pad the label and the value so the
/// row keeps its place as the value changes.
fn choice(
    label: String,
    value: String,
    widths: (usize, usize),
    focused: bool,
    theme: &Theme,
) -> Vec<Span<'static>> {
    let style = if focused { theme.title() } else { theme.dim() };
    let marker = if focused { "› " } else { "  " };
    let (label_width, value_width) = widths;
    let label = format!("{label}:");
    vec![
        Span::styled(format!("{marker}{label:<label_width$} "), style),
        Span::styled(
            format!("‹ {value:<value_width$} ›"),
            if focused {
                theme.selected()
            } else {
                theme.code()
            },
        ),
        Span::raw("  "),
    ]
}

pub fn draw(frame: &mut Frame, area: Rect, v: &View, ed: &Editor) {
    let (m, theme) = (v.m, v.theme);
    let title = if ed.entry_id.is_some() {
        tr!(m, "editor-title-edit")
    } else {
        tr!(m, "editor-title-new")
    };
    let inner = panel(frame, area, title, theme);
    let prompt = ed
        .prompt
        .as_deref()
        .and_then(prompts::known)
        .map(|p| m.text(p));
    let prompt_height = prompt
        .as_ref()
        .map_or(0, |p| wrapped_height(p, inner.width));
    let [prompt_area, fields, body, checkin, hint] = Layout::vertical([
        Constraint::Length(prompt_height),
        Constraint::Length(3),
        Constraint::Min(3),
        Constraint::Length(2),
        Constraint::Length(2),
    ])
    .areas(inner);
    if let Some(p) = prompt {
        frame.render_widget(
            Paragraph::new(p)
                .style(theme.info())
                .wrap(Wrap { trim: true }),
            prompt_area,
        );
    }
    let focus = ed.focus;
    let value_width = fields.width.saturating_sub(14);
    let text_row = |label: String, field: &TextField, f: EditorField| {
        let focused = focus == f;
        let style = if focused { theme.title() } else { theme.dim() };
        Line::from(vec![
            Span::styled(
                format!("{}{label:<12}", if focused { "› " } else { "  " }),
                style,
            ),
            Span::styled(field_view(field, false, value_width).0, theme.code()),
        ])
    };
    let lines = vec![
        Line::from(choice(
            tr!(m, "editor-date"),
            long_date(m, ed.date),
            (0, 0),
            focus == EditorField::Date,
            theme,
        )),
        text_row(tr!(m, "editor-entry-title"), &ed.title, EditorField::Title),
        text_row(tr!(m, "editor-tags"), &ed.tags, EditorField::Tags),
    ];
    frame.render_widget(Paragraph::new(lines), fields);
    draw_body(frame, body, ed, m, theme, v.cursor_free());
    draw_check_in(frame, checkin, ed, m, theme);
    let hint_text = if focus.is_choice() {
        tr!(m, "editor-hint-choice")
    } else {
        tr!(m, "editor-hint-text")
    };
    frame.render_widget(
        Paragraph::new(hint_text)
            .style(theme.dim())
            .wrap(Wrap { trim: true }),
        hint,
    );

    if v.cursor_free() {
        let cursor_field = match focus {
            EditorField::Title => Some((1, &ed.title)),
            EditorField::Tags => Some((2, &ed.tags)),
            _ => None,
        };
        if let Some((row, field)) = cursor_field {
            let x = fields.x + 14 + 2 + field_view(field, false, value_width).1;
            frame.set_cursor_position(Position::new(x.min(fields.right() - 1), fields.y + row));
        }
    }
}

/// The body, drawn by the text widget, inside a frame that shows its focus.
/// `cursor`: her typing goes into it now (nothing covers it).
fn draw_body(
    frame: &mut Frame,
    area: Rect,
    ed: &Editor,
    m: &Messages,
    theme: &Theme,
    cursor: bool,
) {
    let focused = ed.focus == EditorField::Body;
    // The marker, like the other fields', shows focus without colour too.
    let marker = if focused { "› " } else { "" };
    let block = Block::new().borders(Borders::TOP).title(Span::styled(
        format!(" {marker}{} ", tr!(m, "editor-body")),
        if focused { theme.title() } else { theme.dim() },
    ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if ed.body.is_empty() && !focused {
        frame.render_widget(
            Paragraph::new(tr!(m, "editor-body-empty")).style(theme.dim()),
            inner,
        );
        return;
    }
    frame.render_widget(&ed.body, inner);
    // The terminal's own cursor goes where she types too: left alone it
    // stays on the last cell drawn (the footer, until her first key).
    if focused && cursor {
        let at = ed.body.screen_cursor();
        let (top, left) = ed.body.scroll_offset();
        let row = at.row.saturating_sub(usize::from(top)) as u16;
        let col = at.col.saturating_sub(usize::from(left)) as u16;
        frame.set_cursor_position(Position::new(inner.x + col, inner.y + row));
    }
}

/// The four feelings, two a row: mood and hope, then calm and confidence.
/// Each column is as wide as its longest label and word, so nothing moves
/// sideways as she changes a value.
fn draw_check_in(frame: &mut Frame, area: Rect, ed: &Editor, m: &Messages, theme: &Theme) {
    let c = &ed.check_in;
    let scales: [(&str, &[&str; 5], Option<u8>, EditorField); 4] = [
        ("checkin-mood", &MOOD_WORDS, c.mood, EditorField::Mood),
        ("checkin-hope", &HOPE_WORDS, c.hope, EditorField::Hope),
        ("checkin-calm", &CALM_WORDS, c.calm, EditorField::Calm),
        (
            "checkin-confidence",
            &CONFIDENCE_WORDS,
            c.confidence,
            EditorField::Confidence,
        ),
    ];
    let widest = |column: usize| {
        let cells = scales.iter().skip(column).step_by(2);
        let label = cells.clone().map(|(l, ..)| m.text(l).chars().count() + 1);
        let value = cells.flat_map(|(_, words, ..)| {
            (0..=5).map(|v| scale_word(m, words, Some(v)).chars().count())
        });
        (label.max().unwrap_or(0), value.max().unwrap_or(0))
    };
    let widths = [widest(0), widest(1)];
    let lines: Vec<Line> = scales
        .chunks(2)
        .map(|pair| {
            Line::from(
                pair.iter()
                    .zip(widths)
                    .flat_map(|((label, words, value, f), widths)| {
                        choice(
                            m.text(label),
                            scale_word(m, words, *value),
                            widths,
                            ed.focus == *f,
                            theme,
                        )
                    })
                    .collect::<Vec<_>>(),
            )
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), area);
}
