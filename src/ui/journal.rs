//! The journal screens: the list with search, reading, writing, prompts,
//! filters, the chart, and the unfinished entry offered back.

use super::Theme;
use super::forms::{cut, field_view, panel};
use crate::app::Model;
use crate::app::journal::{Editor, EditorField, Journal};
use crate::app::model::{FilterItem, PERIODS};
use crate::app::prompts;
use crate::domain::Id;
use crate::domain::journal::{CheckIn, Entry, match_ranges, query_words, series};
use crate::i18n::{Messages, long_date, short_date};
use crate::tr;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::style::Style;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Block, Borders, Chart, Dataset, GraphType, Paragraph, Wrap};

const MOOD_WORDS: [&str; 5] = ["mood-1", "mood-2", "mood-3", "mood-4", "mood-5"];
const LEVEL_WORDS: [&str; 5] = ["level-1", "level-2", "level-3", "level-4", "level-5"];

fn mood_word(m: &Messages, mood: Option<u8>) -> String {
    scale_word(m, &MOOD_WORDS, mood)
}

fn scale_word(m: &Messages, words: &[&str; 5], value: Option<u8>) -> String {
    match value {
        Some(v @ 1..=5) => m.text(words[usize::from(v - 1)]),
        _ => tr!(m, "checkin-not-set"),
    }
}

/// `text` with the search words highlighted.
fn highlighted<'a>(text: &str, words: &[String], theme: &Theme) -> Vec<Span<'a>> {
    let mut spans = vec![];
    let mut at = 0;
    for r in match_ranges(text, words) {
        spans.push(Span::raw(text[at..r.start].to_string()));
        spans.push(Span::styled(text[r.clone()].to_string(), theme.selected()));
        at = r.end;
    }
    spans.push(Span::raw(text[at..].to_string()));
    spans
}

fn filter_summary(m: &Messages, model: &Model, journal: &Journal) -> String {
    let mut parts = vec![];
    if let Some(tag) = &journal.filter.tag {
        parts.push(format!("#{tag}"));
    }
    if journal.filter.mood.is_some() {
        parts.push(mood_word(m, journal.filter.mood));
    }
    if PERIODS[model.period] > 0 {
        parts.push(tr!(m, "filter-last-days", days = (PERIODS[model.period])));
    } else if journal.filter.from.is_some() || journal.filter.to.is_some() {
        let day = |d: Option<chrono::NaiveDate>| d.map_or("…".to_string(), |d| short_date(m, d));
        parts.push(format!(
            "{} – {}",
            day(journal.filter.from),
            day(journal.filter.to)
        ));
    }
    parts.join(" · ")
}

pub fn list(frame: &mut Frame, area: Rect, model: &Model, m: &Messages, theme: &Theme) {
    let Some(journal) = &model.journal else {
        return;
    };
    let inner = panel(frame, area, tr!(m, "journal-title"), theme);
    let [search, status, rows] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(1),
    ])
    .areas(inner);

    let label = format!("{} ", tr!(m, "journal-search"));
    let label_style = if journal.searching {
        theme.title()
    } else {
        theme.dim()
    };
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(label.clone(), label_style),
            Span::styled(
                field_view(
                    &journal.query,
                    false,
                    search.width.saturating_sub(label.chars().count() as u16),
                )
                .0,
                theme.code(),
            ),
        ])),
        search,
    );
    if journal.searching && model.overlay.is_none() {
        let room = search.width.saturating_sub(label.chars().count() as u16);
        let x =
            search.x + label.chars().count() as u16 + 2 + field_view(&journal.query, false, room).1;
        frame.set_cursor_position(Position::new(x.min(search.right() - 1), search.y));
    }
    let summary = filter_summary(m, model, journal);
    let count = tr!(
        m,
        "journal-count",
        shown = (journal.visible_len()),
        total = (journal.len())
    );
    let status_text = if summary.is_empty() {
        count
    } else {
        format!("{count}  ·  {} {summary}", tr!(m, "journal-filtered"))
    };
    frame.render_widget(Paragraph::new(status_text).style(theme.dim()), status);

    if journal.visible_len() == 0 {
        let empty = if journal.is_empty() {
            tr!(m, "journal-empty")
        } else if !journal.query.is_empty() {
            tr!(m, "journal-no-match-search")
        } else {
            tr!(m, "journal-no-match")
        };
        frame.render_widget(Paragraph::new(empty).wrap(Wrap { trim: true }), rows);
        return;
    }
    let height = usize::from(rows.height.max(1));
    let offset = journal.selected / height * height;
    let words = query_words(journal.query.text());
    let width = usize::from(rows.width);
    let lines: Vec<Line> = journal
        .visible()
        .enumerate()
        .skip(offset)
        .take(height)
        .map(|(i, (_, entry))| {
            let date = short_date(m, entry.date);
            let mood = entry
                .check_in
                .mood
                .map(|_| format!("  {}", mood_word(m, entry.check_in.mood)))
                .unwrap_or_default();
            let tags: String = entry.tags.iter().map(|t| format!(" #{t}")).collect();
            let room = width.saturating_sub(date.chars().count() + 3 + mood.chars().count());
            let heading = cut(
                entry.heading(),
                room.saturating_sub(tags.chars().count().min(room / 3)),
            );
            let tags = cut(&tags, room.saturating_sub(heading.chars().count()));
            let mut spans = vec![Span::styled(format!("{date}  "), theme.dim())];
            spans.extend(highlighted(&heading, &words, theme));
            spans.extend(highlighted(&tags, &words, theme).into_iter().map(|s| {
                if s.style == Style::default() {
                    s.style(theme.key())
                } else {
                    s
                }
            }));
            spans.push(Span::styled(mood, theme.info()));
            let line = Line::from(spans);
            if i == journal.selected {
                line.style(Style::new().add_modifier(ratatui::style::Modifier::REVERSED))
            } else {
                line
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), rows);
}

fn check_in_line(m: &Messages, c: &CheckIn) -> String {
    let mut parts = vec![format!(
        "{}: {}",
        tr!(m, "checkin-mood"),
        mood_word(m, c.mood)
    )];
    for (label, value) in [
        (tr!(m, "checkin-hope"), c.hope),
        (tr!(m, "checkin-calm"), c.calm),
        (tr!(m, "checkin-confidence"), c.confidence),
    ] {
        if value.is_some() {
            parts.push(format!("{label}: {}", scale_word(m, &LEVEL_WORDS, value)));
        }
    }
    parts.join("  ·  ")
}

pub fn read(
    frame: &mut Frame,
    area: Rect,
    model: &Model,
    id: &Id,
    scroll: u16,
    m: &Messages,
    theme: &Theme,
) {
    let Some(entry) = model.journal.as_ref().and_then(|j| j.get(id)) else {
        return;
    };
    let inner = panel(frame, area, long_date(m, entry.date), theme);
    let words = model
        .journal
        .as_ref()
        .map(|j| query_words(j.query.text()))
        .unwrap_or_default();
    let mut lines = vec![];
    if !entry.title.is_empty() {
        lines.push(Line::from(highlighted(&entry.title, &words, theme)).style(theme.title()));
    }
    if !entry.tags.is_empty() {
        let tags: Vec<String> = entry.tags.iter().map(|t| format!("#{t}")).collect();
        lines.push(Line::styled(tags.join(" "), theme.key()));
    }
    if entry.check_in != CheckIn::default() {
        lines.push(Line::styled(
            check_in_line(m, &entry.check_in),
            theme.info(),
        ));
    }
    if let Some(prompt) = entry.prompt.as_deref().and_then(prompts::known) {
        lines.push(Line::styled(m.text(prompt), theme.dim()));
    }
    lines.push(Line::from(""));
    for body_line in entry.body.lines() {
        lines.push(Line::from(highlighted(body_line, &words, theme)));
    }
    if let Some(modified) = entry.modified_at {
        let when = model.now.local(modified);
        lines.push(Line::from(""));
        lines.push(Line::styled(
            tr!(
                m,
                "journal-modified",
                date = (long_date(m, when.date())),
                time = (when.format("%H:%M").to_string())
            ),
            theme.dim(),
        ));
    }
    let text: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    let scroll = super::forms::scroll_within(frame, inner, &text, scroll, theme);
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0)),
        inner,
    );
}

fn choice(label: String, value: String, focused: bool, theme: &Theme) -> Vec<Span<'static>> {
    let style = if focused { theme.title() } else { theme.dim() };
    let marker = if focused { "› " } else { "  " };
    vec![
        Span::styled(format!("{marker}{label}: "), style),
        Span::styled(
            format!("‹ {value} ›"),
            if focused {
                theme.selected()
            } else {
                theme.code()
            },
        ),
        Span::raw("  "),
    ]
}

pub fn editor(frame: &mut Frame, area: Rect, model: &Model, m: &Messages, theme: &Theme) {
    let Some(ed) = &model.editor else {
        return;
    };
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
        .map_or(0, |p| super::forms::wrapped_height(p, inner.width));
    let [prompt_area, fields, checkin, body, hint] = Layout::vertical([
        Constraint::Length(prompt_height),
        Constraint::Length(3),
        Constraint::Length(2),
        Constraint::Min(3),
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
    let text_row = |label: String, field: &crate::app::field::TextField, f: EditorField| {
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
            focus == EditorField::Date,
            theme,
        )),
        text_row(tr!(m, "editor-entry-title"), &ed.title, EditorField::Title),
        text_row(tr!(m, "editor-tags"), &ed.tags, EditorField::Tags),
    ];
    frame.render_widget(Paragraph::new(lines), fields);
    let c = &ed.check_in;
    let checkin_lines = vec![
        Line::from(
            [
                choice(
                    tr!(m, "checkin-mood"),
                    mood_word(m, c.mood),
                    focus == EditorField::Mood,
                    theme,
                ),
                choice(
                    tr!(m, "checkin-hope"),
                    scale_word(m, &LEVEL_WORDS, c.hope),
                    focus == EditorField::Hope,
                    theme,
                ),
            ]
            .concat(),
        ),
        Line::from(
            [
                choice(
                    tr!(m, "checkin-calm"),
                    scale_word(m, &LEVEL_WORDS, c.calm),
                    focus == EditorField::Calm,
                    theme,
                ),
                choice(
                    tr!(m, "checkin-confidence"),
                    scale_word(m, &LEVEL_WORDS, c.confidence),
                    focus == EditorField::Confidence,
                    theme,
                ),
            ]
            .concat(),
        ),
    ];
    frame.render_widget(Paragraph::new(checkin_lines), checkin);

    draw_body(frame, body, ed, m, theme);
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

    if model.overlay.is_none() && !model.busy {
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
fn draw_body(frame: &mut Frame, area: Rect, ed: &Editor, m: &Messages, theme: &Theme) {
    let focused = ed.focus == EditorField::Body;
    let block = Block::new().borders(Borders::TOP).title(Span::styled(
        format!(" {} ", tr!(m, "editor-body")),
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
}

pub fn prompts(
    frame: &mut Frame,
    area: Rect,
    model: &Model,
    set: Option<usize>,
    selected: usize,
    m: &Messages,
    theme: &Theme,
) {
    let reflection = model.journal.as_ref().is_some_and(|j| j.reflection_prompts);
    let sets = prompts::sets(reflection);
    let inner = panel(frame, area, tr!(m, "prompts-title"), theme);
    let (intro, items): (String, Vec<String>) = match set {
        None => (
            tr!(m, "prompts-intro"),
            sets.iter().map(|s| m.text(s.name)).collect(),
        ),
        Some(i) => (
            m.text(sets[i].name),
            sets[i].prompts.iter().map(|p| m.text(p)).collect(),
        ),
    };
    let mut lines = vec![Line::from(intro), Line::from("")];
    for (i, item) in items.into_iter().enumerate() {
        let style = if i == selected {
            theme.selected()
        } else {
            Style::new()
        };
        lines.push(Line::from(Span::styled(format!("  {item}  "), style)));
    }
    lines.push(Line::from(""));
    let reflection_note = if reflection {
        tr!(m, "prompts-reflection-on")
    } else {
        tr!(m, "prompts-reflection-off")
    };
    lines.push(Line::styled(reflection_note, theme.dim()));
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}

pub fn filters(
    frame: &mut Frame,
    area: Rect,
    model: &Model,
    selected: usize,
    m: &Messages,
    theme: &Theme,
) {
    let Some(journal) = &model.journal else {
        return;
    };
    let inner = panel(frame, area, tr!(m, "filters-title"), theme);
    let mut lines = vec![Line::from(tr!(m, "filters-intro")), Line::from("")];
    for (i, item) in FilterItem::ALL.iter().enumerate() {
        let (label, value) = match item {
            FilterItem::Tag => (
                tr!(m, "filters-tag"),
                journal
                    .filter
                    .tag
                    .as_ref()
                    .map_or_else(|| tr!(m, "filters-all"), |t| format!("#{t}")),
            ),
            FilterItem::Mood => (
                tr!(m, "filters-mood"),
                journal
                    .filter
                    .mood
                    .map_or_else(|| tr!(m, "filters-all"), |v| mood_word(m, Some(v))),
            ),
            FilterItem::Period => (
                tr!(m, "filters-period"),
                match PERIODS[model.period] {
                    0 => tr!(m, "filters-all-time"),
                    days => tr!(m, "filter-last-days", days = days),
                },
            ),
            FilterItem::From => (
                tr!(m, "filters-from"),
                journal
                    .filter
                    .from
                    .map_or_else(|| tr!(m, "filters-all-time"), |d| long_date(m, d)),
            ),
            FilterItem::To => (
                tr!(m, "filters-to"),
                journal
                    .filter
                    .to
                    .map_or_else(|| tr!(m, "filters-until-now"), |d| long_date(m, d)),
            ),
        };
        let style = if i == selected {
            theme.selected()
        } else {
            Style::new()
        };
        lines.push(Line::from(vec![
            Span::styled(format!("  {label:<24}"), style),
            Span::styled(format!(" ‹ {value} › "), theme.code()),
        ]));
    }
    lines.push(Line::from(""));
    lines.push(Line::styled(
        tr!(
            m,
            "journal-count",
            shown = (journal.visible_len()),
            total = (journal.len())
        ),
        theme.dim(),
    ));
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}

pub fn chart(frame: &mut Frame, area: Rect, model: &Model, days: u32, m: &Messages, theme: &Theme) {
    let Some(journal) = &model.journal else {
        return;
    };
    let inner = panel(frame, area, tr!(m, "chart-title", days = days), theme);
    let today = model.now.today();
    let points = series(journal.all(), today, days);
    let mood: Vec<(f64, f64)> = points
        .iter()
        .enumerate()
        .filter_map(|(i, p)| p.mood.map(|v| (i as f64, v)))
        .collect();
    let wellbeing: Vec<(f64, f64)> = points
        .iter()
        .enumerate()
        .filter_map(|(i, p)| p.wellbeing.map(|v| (i as f64, v)))
        .collect();
    let with_check_in = points
        .iter()
        .filter(|p| p.mood.is_some() || p.wellbeing.is_some())
        .count();
    let [intro, legend, plot] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Length(1),
        Constraint::Min(5),
    ])
    .areas(inner);
    frame.render_widget(
        Paragraph::new(tr!(m, "chart-intro", count = with_check_in, days = days))
            .wrap(Wrap { trim: true }),
        intro,
    );
    // Our own legend: ratatui hides its legend when the names are long.
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled("• ", theme.info()),
            Span::raw(format!("{}    ", tr!(m, "checkin-mood"))),
            Span::styled("▄ ", theme.key()),
            Span::raw(tr!(m, "chart-wellbeing")),
        ])),
        legend,
    );
    // Mood is drawn last, so that on a day with both its dot stays visible.
    let datasets = vec![
        Dataset::default()
            .marker(Marker::HalfBlock)
            .graph_type(GraphType::Scatter)
            .style(theme.key())
            .data(&wellbeing),
        Dataset::default()
            .marker(Marker::Dot)
            .graph_type(GraphType::Scatter)
            .style(theme.info())
            .data(&mood),
    ];
    let first = points.first().map_or(today, |p| p.date);
    let chart = Chart::new(datasets)
        .x_axis(
            Axis::default()
                .bounds([0.0, f64::from(days.saturating_sub(1))])
                .labels([short_date(m, first), short_date(m, today)]),
        )
        .y_axis(Axis::default().bounds([1.0, 5.0]).labels([
            format!("{} ", m.text(MOOD_WORDS[0])),
            format!("{} ", m.text(MOOD_WORDS[2])),
            format!("{} ", m.text(MOOD_WORDS[4])),
        ]));
    frame.render_widget(chart, plot);
}

pub fn draft_offer(frame: &mut Frame, area: Rect, model: &Model, m: &Messages, theme: &Theme) {
    let inner = panel(frame, area, tr!(m, "draft-title"), theme);
    let Some(draft) = model.offered_drafts.first() else {
        return;
    };
    let entry: &Entry = &draft.entry;
    let heading = entry.heading();
    let lines = vec![
        Line::from(tr!(m, "draft-intro", date = (long_date(m, entry.date)))),
        Line::from(""),
        Line::styled(format!("  {}", cut(heading, 70)), theme.code()),
        Line::from(""),
        Line::from(tr!(m, "draft-question")),
    ];
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}
