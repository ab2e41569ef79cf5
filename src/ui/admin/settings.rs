//! The centre's settings: language, auto-lock, currency, names on the login screen.

use crate::app::model::SettingItem;
use crate::i18n::Lang;
use crate::tr;
use crate::ui::kit::{panel, row_style, setting, wrap_words};
use crate::ui::view::View;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

/// The labels' column: the values after it fit at 80 columns.
const LABEL_WIDTH: usize = 40;

pub fn draw(frame: &mut Frame, area: Rect, v: &View, selected: usize) {
    let (m, theme, centre) = (v.m, v.theme, v.centre);
    let inner = panel(frame, area, tr!(m, "settings-title"), theme);
    let mut lines = vec![Line::from(tr!(m, "settings-intro")), Line::from("")];
    for (i, item) in SettingItem::ALL.iter().enumerate() {
        let (label, value) = match item {
            SettingItem::Language => (
                tr!(m, "settings-language"),
                match centre.language {
                    Lang::Id => "Bahasa Indonesia".to_string(),
                    Lang::En => "English".to_string(),
                },
            ),
            SettingItem::AutoLock => (
                tr!(m, "settings-auto-lock"),
                tr!(m, "settings-minutes", minutes = (centre.auto_lock_minutes)),
            ),
            SettingItem::Currency => (tr!(m, "settings-currency"), centre.currency.clone()),
            SettingItem::ShowNames => (
                tr!(m, "settings-show-names"),
                if centre.show_names {
                    tr!(m, "settings-on")
                } else {
                    tr!(m, "settings-off")
                },
            ),
        };
        // A label longer than its column goes on under itself, so that every
        // value starts in the same column.
        let selected = i == selected;
        let rows = wrap_words(&label, LABEL_WIDTH);
        lines.push(setting(&rows[0], &value, LABEL_WIDTH, selected, theme));
        for more in &rows[1..] {
            lines.push(Line::styled(
                format!("  {more:<LABEL_WIDTH$}"),
                row_style(theme, selected),
            ));
        }
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}
