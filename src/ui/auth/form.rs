//! Every form she fills in: signing in, setting up, recovering, and, laid
//! out the same way, the goal forms.

use crate::app::model::{Form, Purpose, Suggestion};
use crate::i18n::{Messages, role_word};
use crate::tr;
use crate::ui::kit::{field_view, panel, wrapped_height};
use crate::ui::view::View;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

fn form_title(m: &Messages, purpose: Purpose) -> String {
    m.text(purpose.spec().title)
}

/// The introduction; a new account's names the role chosen before it.
fn form_intro(m: &Messages, purpose: Purpose) -> String {
    let intro = purpose.spec().intro;
    match purpose {
        Purpose::AddAccount(role) => m.text_with(intro, &[("role", role_word(m, role))]),
        _ => m.text(intro),
    }
}

/// `login_names` are the accounts' names, listed beside the login form when the
/// centre has chosen to; `wait` is how long a login must wait after wrong tries.
pub fn draw(
    frame: &mut Frame,
    area: Rect,
    v: &View,
    form: &Form,
    login_names: &[String],
    wait: Option<u64>,
) {
    let (m, theme) = (v.m, v.theme);
    let inner = panel(frame, area, form_title(m, form.purpose), theme);
    let show_names =
        form.purpose == Purpose::Login && v.centre.show_names && !login_names.is_empty();
    let [main, names] = if show_names {
        Layout::horizontal([Constraint::Min(40), Constraint::Length(24)]).areas(inner)
    } else {
        Layout::horizontal([Constraint::Min(40), Constraint::Length(0)]).areas(inner)
    };
    let intro_text = form_intro(m, form.purpose);
    let mut intro_height = wrapped_height(&intro_text, main.width) + 1;
    let mut lines = vec![Line::from(intro_text), Line::from("")];
    if form.asks_new_passphrase() {
        // The suggestion once it has come; the general hint until then.
        let hint = match &form.suggestion {
            Suggestion::Shown(words) => tr!(m, "passphrase-suggestion", words = (&**words)),
            _ => tr!(m, "passphrase-hint"),
        };
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
            Paragraph::new(shown).style(if focused { theme.code() } else { Style::new() }),
            value_area,
        );
        if focused && v.cursor_free() {
            let cursor_x = value_area.x + 2 + cursor;
            frame.set_cursor_position(Position::new(cursor_x.min(value_area.right() - 1), y));
        }
        y += 2;
    }
    if form.purpose == Purpose::Login
        && let Some(seconds) = wait
        && y < main.bottom()
    {
        frame.render_widget(
            Paragraph::new(tr!(m, "login-wait", seconds = seconds)).style(theme.info()),
            Rect::new(main.x, y, main.width, 1),
        );
    }
    if show_names {
        let mut lines = vec![Line::styled(tr!(m, "login-names"), theme.dim())];
        lines.extend(login_names.iter().map(|n| Line::from(format!("· {n}"))));
        frame.render_widget(Paragraph::new(lines), names);
    }
}
