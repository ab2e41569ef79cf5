//! The goal screens, and the bar and status words they share with home.

pub mod overview;
pub mod plan;
pub mod saving;

use crate::app::model::{GoalsScreen, Her};
use crate::ui::view::View;
use ratatui::Frame;
use ratatui::layout::Rect;

use crate::domain::goals::BusinessStatus;
use crate::i18n::Messages;
use crate::tr;
use crate::ui::theme::Theme;
use ratatui::symbols::Marker;
use ratatui::widgets::{Chart, Dataset, Gauge, GraphType};

pub fn gauge<'a>(ratio_percent: u8, label: String, theme: &Theme) -> Gauge<'a> {
    Gauge::default()
        .percent(u16::from(ratio_percent))
        .label(label)
        .gauge_style(theme.info())
        .use_unicode(true)
}

pub fn status_word(m: &Messages, status: BusinessStatus) -> String {
    match status {
        BusinessStatus::Idea => tr!(m, "business-status-idea"),
        BusinessStatus::Preparing => tr!(m, "business-status-preparing"),
        BusinessStatus::Running => tr!(m, "business-status-running"),
        BusinessStatus::Paused => tr!(m, "business-status-paused"),
    }
}

/// A money line over time, axes left to the caller.
pub fn line_chart<'a>(data: &'a [(f64, f64)], theme: &Theme) -> Chart<'a> {
    Chart::new(vec![
        Dataset::default()
            .marker(Marker::Braille)
            .graph_type(GraphType::Line)
            .style(theme.info())
            .data(data),
    ])
}

/// Draws a goal screen once her goals are loaded.
pub fn draw(frame: &mut Frame, area: Rect, v: &View, screen: &GoalsScreen, her: &Her) {
    let Some(g) = &her.goals else {
        return;
    };
    match screen {
        GoalsScreen::Overview { selected } => overview::draw(frame, area, v, g, *selected),
        GoalsScreen::SavingsGoal { id } => saving::draw(frame, area, v, g, id),
        GoalsScreen::BusinessPlan { id, selected } => plan::draw(frame, area, v, g, id, *selected),
    }
}
