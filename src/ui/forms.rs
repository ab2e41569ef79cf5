//! The screens where she types: first-run language, forms, and the codes to keep.

use super::Theme;
use crate::app::Model;
use crate::app::field::TextField;
use crate::app::model::{Flow, Form, Purpose};
use crate::i18n::{Lang, Messages};
use crate::tr;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Padding, Paragraph, Wrap};

/// A bordered panel with a title, and the area inside it.
pub(super) fn panel(frame: &mut Frame, area: Rect, title: String, theme: &Theme) -> Rect {
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

pub fn language(frame: &mut Frame, area: Rect, selected: usize, m: &Messages, theme: &Theme) {
    let inner = panel(frame, area, tr!(m, "wizard-title"), theme);
    let mut lines = vec![
        Line::from(tr!(m, "wizard-welcome")),
        Line::from(""),
        Line::from(tr!(m, "wizard-choose-language")),
        Line::from(""),
    ];
    for (i, lang) in Lang::ALL.iter().enumerate() {
        let name = match lang {
            Lang::Id => "Bahasa Indonesia",
            Lang::En => "English",
        };
        let style = if i == selected {
            theme.selected()
        } else {
            ratatui::style::Style::new()
        };
        lines.push(Line::from(Span::styled(format!("  {name}  "), style)));
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}

fn form_title(m: &Messages, purpose: Purpose) -> String {
    match purpose {
        Purpose::Login => tr!(m, "login-title"),
        Purpose::Wizard => tr!(m, "wizard-title"),
        Purpose::FirstParticipant => tr!(m, "first-participant-title"),
        Purpose::Claim => tr!(m, "claim-title"),
        Purpose::Recover => tr!(m, "recover-title"),
        Purpose::ChangePassphrase => tr!(m, "change-passphrase-title"),
        Purpose::AddAccount(_) => tr!(m, "add-account-title"),
        Purpose::NewSavingsGoal => tr!(m, "goal-new-savings-title"),
        Purpose::Movement {
            withdraw: false, ..
        } => tr!(m, "goal-deposit-title"),
        Purpose::Movement { withdraw: true, .. } => tr!(m, "goal-withdraw-title"),
        Purpose::NewBusinessGoal => tr!(m, "goal-new-business-title"),
        Purpose::EditSavingsGoal(_) | Purpose::EditBusinessGoal(_) => tr!(m, "goal-edit-title"),
        Purpose::NewMilestone(_) => tr!(m, "goal-milestone-title"),
        Purpose::LogDay(_) => tr!(m, "goal-log-day-title"),
    }
}

fn form_intro(m: &Messages, purpose: Purpose) -> String {
    match purpose {
        Purpose::Login => tr!(m, "login-intro"),
        Purpose::Wizard => tr!(m, "wizard-intro"),
        Purpose::FirstParticipant => tr!(m, "first-participant-intro"),
        Purpose::Claim => tr!(m, "claim-intro"),
        Purpose::Recover => tr!(m, "recover-intro"),
        Purpose::ChangePassphrase => tr!(m, "change-passphrase-intro"),
        Purpose::AddAccount(role) => tr!(
            m,
            "add-account-intro",
            role = (crate::i18n::role_word(m, role))
        ),
        Purpose::NewSavingsGoal => tr!(m, "goal-new-savings-intro"),
        Purpose::Movement {
            withdraw: false, ..
        } => tr!(m, "goal-deposit-intro"),
        Purpose::Movement { withdraw: true, .. } => tr!(m, "goal-withdraw-intro"),
        Purpose::NewBusinessGoal => tr!(m, "goal-new-business-intro"),
        Purpose::EditSavingsGoal(_) | Purpose::EditBusinessGoal(_) => tr!(m, "goal-edit-intro"),
        Purpose::NewMilestone(_) => tr!(m, "goal-milestone-intro"),
        Purpose::LogDay(_) => tr!(m, "goal-log-day-intro"),
    }
}

/// Forms that ask for a new passphrase get the friendly hint about words.
fn asks_new_passphrase(purpose: Purpose) -> bool {
    matches!(
        purpose,
        Purpose::Wizard | Purpose::Claim | Purpose::Recover | Purpose::ChangePassphrase
    )
}

pub fn form(
    frame: &mut Frame,
    area: Rect,
    model: &Model,
    form: &Form,
    m: &Messages,
    theme: &Theme,
) {
    let inner = panel(frame, area, form_title(m, form.purpose), theme);
    let show_names =
        form.purpose == Purpose::Login && model.centre.show_names && !model.login_names.is_empty();
    let [main, names] = if show_names {
        Layout::horizontal([Constraint::Min(40), Constraint::Length(24)]).areas(inner)
    } else {
        Layout::horizontal([Constraint::Min(40), Constraint::Length(0)]).areas(inner)
    };
    let intro_text = form_intro(m, form.purpose);
    let mut intro_height = wrapped_height(&intro_text, main.width) + 1;
    let mut lines = vec![Line::from(intro_text), Line::from("")];
    if asks_new_passphrase(form.purpose) {
        let hint = tr!(m, "passphrase-hint");
        intro_height += wrapped_height(&hint, main.width) + 1;
        lines.push(Line::styled(hint, theme.dim()));
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), main);

    let mut y = main.y + intro_height;
    // Wide enough for the longest label here, and never more than half the row.
    let longest = form
        .fields
        .iter()
        .map(|f| m.text(f.label).chars().count())
        .max();
    let label_width = (longest.unwrap_or(0) as u16 + 3).clamp(20, main.width / 2);
    for (i, field) in form.fields.iter().enumerate() {
        if y + 1 >= main.bottom() {
            break;
        }
        let focused = i == form.focus;
        let label = format!(
            "{}{}",
            if focused { "› " } else { "  " },
            m.text(field.label)
        );
        let row = Rect::new(main.x, y, main.width, 1);
        let [label_area, value_area] =
            Layout::horizontal([Constraint::Length(label_width), Constraint::Min(10)]).areas(row);
        let (shown, cursor) = field_view(&field.value, field.secret, value_area.width);
        let label_style = if focused { theme.title() } else { theme.dim() };
        frame.render_widget(Paragraph::new(label).style(label_style), label_area);
        frame.render_widget(
            Paragraph::new(shown).style(if focused {
                theme.code()
            } else {
                ratatui::style::Style::new()
            }),
            value_area,
        );
        if focused && !model.busy && model.overlay.is_none() {
            let cursor_x = value_area.x + 2 + cursor;
            frame.set_cursor_position(Position::new(cursor_x.min(value_area.right() - 1), y));
        }
        y += 2;
    }
    if form.purpose == Purpose::Login
        && let Some(seconds) = model.wait_seconds()
        && y < main.bottom()
    {
        frame.render_widget(
            Paragraph::new(tr!(m, "login-wait", seconds = seconds)).style(theme.info()),
            Rect::new(main.x, y, main.width, 1),
        );
    }
    if show_names {
        let mut lines = vec![Line::styled(tr!(m, "login-names"), theme.dim())];
        lines.extend(
            model
                .login_names
                .iter()
                .map(|n| Line::from(format!("· {n}"))),
        );
        frame.render_widget(Paragraph::new(lines), names);
    }
}

/// What a one-line field shows in `width` columns, brackets included: the
/// part around the cursor when the text is longer, masked if secret. Returns
/// the text and the cursor's column after the opening bracket.
pub(super) fn field_view(field: &TextField, secret: bool, width: u16) -> (String, u16) {
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
pub(super) fn cut(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    let mut out: String = text.chars().take(width.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// How many rows `text` takes when word-wrapped to `width`, erring on the tall
/// side (a long word pushed to the next row wastes some of the last one).
pub(super) fn wrapped_height(text: &str, width: u16) -> u16 {
    let width = usize::from(width.max(1));
    let mut rows = 0;
    for line in text.lines() {
        let mut used = 0;
        rows += 1;
        for word in line.split(' ') {
            let len = word.chars().count();
            let needed = if used == 0 { len } else { used + 1 + len };
            if needed <= width {
                used = needed;
                continue;
            }
            if used > 0 {
                rows += 1;
            }
            used = len;
            while used > width {
                rows += 1;
                used -= width;
            }
        }
    }
    u16::try_from(rows).unwrap_or(u16::MAX)
}

/// Scrolls no further than the text goes, and marks the frame when more of it
/// is below. `text` is every line of the scrolled paragraph.
pub(super) fn scroll_within(
    frame: &mut Frame,
    area: Rect,
    text: &[String],
    scroll: u16,
    theme: &Theme,
) -> u16 {
    let total: u16 = text.iter().map(|l| wrapped_height(l, area.width)).sum();
    let max = total.saturating_sub(area.height);
    let scroll = scroll.min(max);
    if scroll < max && area.height > 0 {
        let corner = Rect::new(area.right().saturating_sub(3), area.bottom(), 3, 1);
        frame.render_widget(Paragraph::new(" ↓ ").style(theme.key()), corner);
    }
    if scroll > 0 && area.y > 0 {
        let corner = Rect::new(area.right().saturating_sub(3), area.y - 1, 3, 1);
        frame.render_widget(Paragraph::new(" ↑ ").style(theme.key()), corner);
    }
    scroll
}

pub fn recovery_code(
    frame: &mut Frame,
    area: Rect,
    code: &str,
    kept: bool,
    flow: Flow,
    m: &Messages,
    theme: &Theme,
) {
    let inner = panel(frame, area, tr!(m, "recovery-title"), theme);
    let intro = match flow {
        Flow::SetUp | Flow::Claim => tr!(m, "recovery-intro-new"),
        Flow::Recover | Flow::ChangePassphrase => tr!(m, "recovery-intro-replaced"),
    };
    let tick = if kept { "[x]" } else { "[ ]" };
    let lines = vec![
        Line::from(intro),
        Line::from(""),
        Line::from(Span::styled(format!("      {code}"), theme.code())),
        Line::from(""),
        Line::from(tr!(m, "recovery-advice")),
        Line::from(""),
        Line::from(Span::styled(
            format!("{tick} {}", tr!(m, "recovery-kept")),
            if kept { theme.info() } else { theme.title() },
        )),
    ];
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}

pub fn setup_code(
    frame: &mut Frame,
    area: Rect,
    alias: &str,
    code: &str,
    hours: i64,
    m: &Messages,
    theme: &Theme,
) {
    let inner = panel(frame, area, tr!(m, "setup-code-title"), theme);
    let lines = vec![
        Line::from(tr!(m, "setup-code-intro", alias = alias)),
        Line::from(""),
        Line::from(Span::styled(format!("      {code}"), theme.code())),
        Line::from(""),
        Line::from(tr!(m, "setup-code-advice", hours = hours)),
    ];
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}
