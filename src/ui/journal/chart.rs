//! Her mood and wellbeing over the last days, from her check-ins.

use super::MOOD_WORDS;
use crate::app::journal::Journal;
use crate::i18n::short_date;
use crate::tr;
use crate::ui::kit::panel;
use crate::ui::view::View;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Chart, Dataset, GraphType, Paragraph, Wrap};

pub fn draw(frame: &mut Frame, area: Rect, v: &View, journal: &Journal, days: u32) {
    let (m, theme) = (v.m, v.theme);
    let inner = panel(frame, area, tr!(m, "chart-title", days = days), theme);
    let today = v.now.today();
    let points = journal.series(today, days);
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
    let [intro, legend, plot] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Length(2),
        Constraint::Min(5),
    ])
    .areas(inner);
    frame.render_widget(
        Paragraph::new(tr!(m, "chart-intro", days = days)).wrap(Wrap { trim: true }),
        intro,
    );
    // Our own legend, a mark a line, saying what one mark stands for: ratatui
    // hides its legend when the names are long.
    frame.render_widget(
        Paragraph::new(vec![
            Line::from(vec![
                Span::styled(" •  ", theme.info()),
                Span::raw(tr!(m, "chart-legend-mood")),
            ]),
            Line::from(vec![
                Span::styled(" ▄  ", theme.key()),
                Span::raw(tr!(m, "chart-legend-wellbeing")),
            ]),
        ]),
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
