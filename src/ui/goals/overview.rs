//! Every goal, savings first, each with its bar.

use super::{bar, first_row, status_word, visible_rows};
use crate::app::goals::{GoalRef, Goals};
use crate::tr;
use crate::ui::kit::{cut, panel};
use crate::ui::view::View;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

pub fn draw(frame: &mut Frame, area: Rect, v: &View, goals: &Goals, selected: usize) {
    let (m, theme) = (v.m, v.theme);
    let title = if goals.show_archived {
        tr!(m, "goals-title-archived")
    } else {
        tr!(m, "goals-title")
    };
    let inner = panel(frame, area, title, theme);
    let rows = goals.rows();
    if rows.is_empty() {
        // Goals put away are not gone: she is told where they are.
        let archived = goals.archived_count();
        let text = if archived > 0 && !goals.show_archived {
            tr!(m, "goals-all-archived", count = archived)
        } else {
            tr!(m, "goals-empty")
        };
        frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), inner);
        return;
    }
    // Two rows per goal: its name, then its bar.
    let per_page = usize::from(inner.height / 2).max(1);
    let offset = first_row(
        selected,
        rows.len(),
        visible_rows(inner.height, v.covered) / 2,
    );
    for (i, row) in rows.iter().enumerate().skip(offset).take(per_page) {
        let y = inner.y + ((i - offset) * 2) as u16;
        let name_area = Rect::new(inner.x, y, inner.width, 1);
        let bar_area = Rect::new(inner.x + 2, y + 1, inner.width.saturating_sub(2), 1);
        let (name, bar_percent, label, archived) = match row {
            GoalRef::Savings(id) => {
                let Some(g) = goals.saving(id) else { continue };
                (
                    g.name.clone(),
                    g.percent(),
                    tr!(
                        m,
                        "goal-progress",
                        percent = (g.percent()),
                        saved = (v.money(g.balance())),
                        target = (v.money(g.target))
                    ),
                    g.archived,
                )
            }
            GoalRef::Business(id) => {
                let Some(b) = goals.plan(id) else { continue };
                let saved = goals.capital_saved(b);
                (
                    format!("{} · {}", b.what, status_word(m, b.status)),
                    goals.capital_percent(b),
                    if b.capital_needed == 0 {
                        tr!(m, "business-capital-not-written")
                    } else {
                        tr!(
                            m,
                            "business-capital-progress",
                            saved = (v.money(saved)),
                            needed = (v.money(b.capital_needed))
                        )
                    },
                    b.archived,
                )
            }
        };
        let mut spans = vec![Span::styled(
            format!(
                " {} ",
                cut(&name, usize::from(inner.width).saturating_sub(16))
            ),
            if i == selected {
                theme.selected()
            } else {
                theme.title()
            },
        )];
        if archived {
            spans.push(Span::styled(
                format!(" ({})", tr!(m, "goal-archived")),
                theme.dim(),
            ));
        }
        frame.render_widget(Paragraph::new(Line::from(spans)), name_area);
        frame.render_widget(
            Paragraph::new(bar(bar_percent, label, bar_area.width, theme)),
            bar_area,
        );
    }
}
