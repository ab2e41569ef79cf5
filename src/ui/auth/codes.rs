//! The codes she must write down: her recovery code, and a new account's setup code.

use crate::app::model::Flow;
use crate::tr;
use crate::ui::kit::panel;
use crate::ui::view::View;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

pub fn recovery(frame: &mut Frame, area: Rect, v: &View, code: &str, kept: bool, flow: Flow) {
    let (m, theme) = (v.m, v.theme);
    let inner = panel(frame, area, tr!(m, "recovery-title"), theme);
    let intro = match flow {
        // In the wizard it is the facilitator's own code: "not even the
        // facilitator" would be about herself.
        Flow::SetUp => tr!(m, "recovery-intro-facilitator"),
        Flow::Claim => tr!(m, "recovery-intro-new"),
        Flow::Recover | Flow::ChangePassphrase => tr!(m, "recovery-intro-replaced"),
    };
    let tick = if kept { "[x]" } else { "[ ]" };
    let lines = vec![
        Line::from(intro),
        Line::from(""),
        code_line(v, code),
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

pub fn setup(frame: &mut Frame, area: Rect, v: &View, alias: &str, code: &str) {
    let (m, theme) = (v.m, v.theme);
    let inner = panel(frame, area, tr!(m, "setup-code-title"), theme);
    let lines = vec![
        Line::from(tr!(m, "setup-code-intro", alias = alias)),
        Line::from(""),
        code_line(v, code),
        Line::from(""),
        Line::from(tr!(
            m,
            "setup-code-advice",
            hours = (v.centre.setup_code_hours)
        )),
    ];
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}

/// The code, unless the busy box is up: it covers only part of the screen,
/// and the code must not stay readable beside it.
fn code_line<'a>(v: &View, code: &str) -> Line<'a> {
    if v.busy {
        return Line::from("");
    }
    Line::from(Span::styled(format!("      {code}"), v.theme.code()))
}
