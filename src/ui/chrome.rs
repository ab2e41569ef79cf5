//! What frames every screen: the title line, the notice line and the key hints.

use super::Theme;
use crate::app::Model;
use crate::app::keymap::bindings;
use crate::app::model::Tone;
use crate::domain::Role;
use crate::i18n::Messages;
use crate::tr;
use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

pub fn header(frame: &mut Frame, area: Rect, model: &Model, m: &Messages, theme: &Theme) {
    let mut spans = vec![Span::styled(" Langkah", theme.title())];
    if let Some(user) = &model.user {
        let role = match user.role {
            Role::Facilitator => tr!(m, "role-facilitator"),
            Role::Participant => tr!(m, "role-participant"),
            Role::Mentor => tr!(m, "role-mentor"),
        };
        spans.push(Span::raw(format!("  ·  {} ({role})", user.alias)));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
    let date = crate::i18n::long_date(m, model.now.today());
    frame.render_widget(
        Paragraph::new(format!("{date} ")).alignment(Alignment::Right),
        area,
    );
}

pub fn notice(frame: &mut Frame, area: Rect, model: &Model, m: &Messages, theme: &Theme) {
    let Some(notice) = &model.notice else {
        return;
    };
    let style = match notice.tone {
        Tone::Info => theme.info(),
        Tone::Problem => theme.problem(),
    };
    frame.render_widget(
        Paragraph::new(format!(" {}", notice.text.render(m)))
            .style(style)
            .wrap(Wrap { trim: true }),
        area,
    );
}

/// The keys of this screen that matter most, from the same table that
/// dispatches them.
pub fn footer(frame: &mut Frame, area: Rect, model: &Model, m: &Messages, theme: &Theme) {
    let mut spans = vec![Span::raw(" ")];
    for binding in bindings(model.mode()).into_iter().filter(|b| b.footer) {
        let keys: Vec<String> = binding.keys.iter().map(|k| k.label()).collect();
        spans.push(Span::styled(keys.join("/"), theme.key()));
        spans.push(Span::raw(format!(" {}   ", m.text(binding.label))));
    }
    frame.render_widget(
        Paragraph::new(Line::from(spans)).wrap(Wrap { trim: false }),
        area,
    );
}

pub fn too_small(frame: &mut Frame, area: Rect, m: &Messages, theme: &Theme) {
    let text = tr!(
        m,
        "too-small",
        width = (super::MIN_WIDTH),
        height = (super::MIN_HEIGHT)
    );
    frame.render_widget(
        Paragraph::new(text)
            .style(theme.title())
            .wrap(Wrap { trim: true }),
        area,
    );
}
