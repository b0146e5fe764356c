//! The sector × partner matrix as a heatmap: sectors down (their names are long), partners
//! across, one cell per pair, coloured and labelled by level with the number of supporting
//! passages. Silent cells stay empty.

use charming::{
    component::{Axis, Grid, VisualMap, VisualMapPiece, VisualMapType},
    element::{AxisLabel, AxisType, Formatter, Label, Tooltip, Trigger},
    series::Heatmap,
};
use serde_json::json;

use super::{group_name, Chart, ChartSpec};
use crate::i18n::{t, Key};
use crate::model::group::PartnerGroup;
use crate::model::matrix::{Column, Matrix};
use crate::model::{Lang, Loaded, SectorLevel, Selection};

/// The chart's target for a closed group's cell: a click opens the group (`OPEN_GROUP` and the
/// group's key), where a partner's cell opens the cell's passages.
pub const OPEN_GROUP: &str = "open-group:";

/// A column's name in `lang`: the partner's (after its group's, in an opened group), or the
/// group's with its number of partners.
pub fn column_name(data: &Loaded, group: PartnerGroup, column: &Column<'_>, lang: Lang) -> String {
    match column {
        Column::Partner { partner, group: None } => data.actor_name(partner, lang),
        Column::Partner {
            partner,
            group: Some(key),
        } => format!(
            "{} · {}",
            group_name(data, group, key, lang),
            data.actor_name(partner, lang)
        ),
        Column::Group { key, members } => format!(
            "{} ({})",
            group_name(data, group, key, lang),
            partners_count(members.len(), lang)
        ),
    }
}

/// "1 partner", "2 partners" in `lang`.
pub fn partners_count(n: usize, lang: Lang) -> String {
    let word = if n == 1 {
        Key::PartnerWord
    } else {
        Key::PartnersWord
    };
    format!("{n} {}", t(lang, word))
}

/// Every level in order, with its colour and glyph. Light colours: the black label on each
/// passes WCAG AA. The glyph (shown in the cell and the legend) is the cue that is not colour.
pub const LEVELS: [(SectorLevel, &str, &str); 7] = [
    (SectorLevel::None, "#d9d9d9", "–"),
    (SectorLevel::Considered, "#fff3c4", "○"),
    (SectorLevel::Explored, "#fde2a7", "◔"),
    (SectorLevel::Planned, "#f9c784", "◑"),
    (SectorLevel::Agreed, "#a6d5f7", "◕"),
    (SectorLevel::Implemented, "#8fd4b4", "●"),
    (SectorLevel::Adapted, "#6cc08e", "★"),
];

/// The glyph that marks `level` in a cell, its legend and the table.
pub fn glyph(level: SectorLevel) -> &'static str {
    LEVELS[level_index(level)].2
}

fn level_index(level: SectorLevel) -> usize {
    LEVELS.iter().position(|(l, _, _)| *l == level).unwrap_or(0)
}

/// Up to this many columns, each column is named on the chart and each cell labelled with its
/// level's glyph and its number of passages. More would not fit a chart of the usual width (a
/// column of 16 px for 40 partners beside the sectors' names, where a label needs about 20):
/// they would be drawn over each other, unreadable (and drawing them was half of ECharts' work
/// on a change at 100 times the data). The tooltip and the table still name every cell.
pub const LABELLED_COLUMNS: usize = 20;

/// The heatmap of `matrix`, its partners grouped as `group` says. The `selected` cell is
/// outlined.
pub fn matrix_chart(
    data: &Loaded,
    matrix: &Matrix<'_>,
    group: PartnerGroup,
    lang: Lang,
    selected: Option<&Selection>,
) -> ChartSpec {
    let sectors: Vec<String> = matrix.sectors.iter().map(|s| data.sector_name(s, lang)).collect();
    let labelled = matrix.columns.len() <= LABELLED_COLUMNS;
    let partners: Vec<String> = (matrix.columns.iter())
        .map(|c| column_name(data, group, c, lang))
        .collect();
    let pieces: Vec<VisualMapPiece> = LEVELS
        .iter()
        .enumerate()
        .map(|(i, (level, colour, glyph))| {
            let label = format!("{glyph} {}", t(lang, Key::Level(*level)));
            VisualMapPiece::new()
                .min(i as f64)
                .max(i as f64)
                .label(label)
                .color(*colour)
        })
        .collect();
    let chart = Chart::new()
        .tooltip(
            Tooltip::new()
                .trigger(Trigger::Item)
                .formatter(Formatter::String("{b}".into())),
        )
        .grid(
            Grid::new()
                .left(8)
                .right(16)
                .top(56)
                .bottom(16)
                .contain_label(true),
        )
        .x_axis(
            Axis::new()
                .type_(AxisType::Category)
                .position("top")
                .data(partners.clone())
                .axis_label(AxisLabel::new().rotate(30).interval(0)),
        )
        .y_axis(
            Axis::new()
                .type_(AxisType::Category)
                .inverse(true)
                .data(sectors)
                .axis_label(AxisLabel::new().interval(0)),
        )
        .visual_map(
            VisualMap::new()
                .type_(VisualMapType::Piecewise)
                // The level index; dimension 3 is the cell's text label.
                .dimension(2)
                .pieces(pieces)
                // The colours' key is the page's own legend under the chart
                // (`views::matrix::Swatch`): it wraps on any screen, in the page's font.
                .show(false),
        )
        .series(Heatmap::new().label(Label::new().show(labelled).formatter("{@[3]}").color("#000000")));

    let mut items = Vec::new();
    let mut targets = Vec::new();
    for (col, (column, cells)) in matrix.columns.iter().zip(&matrix.cells).enumerate() {
        let is_group = matches!(column, Column::Group { .. });
        for (row, cell) in cells.iter().enumerate() {
            let Some(level) = cell.level else { continue };
            let id = if is_group {
                format!("{OPEN_GROUP}{}", cell.partner)
            } else {
                Selection::cell(cell.partner, cell.sector).to_string()
            };
            let short = format!("{} {}", glyph(level), cell.passages.len());
            let name = format!(
                "{} × {}: {} ({} {})",
                partners[col],
                data.sector_name(cell.sector, lang),
                t(lang, Key::Level(level)),
                cell.passages.len(),
                t(lang, Key::Passages),
            );
            let mut item = json!({ "value": [col, row, level_index(level), short], "name": name });
            if !is_group && selected.is_some_and(|s| s.is_cell(cell.partner, cell.sector)) {
                item["itemStyle"] = json!({ "borderColor": "#111111", "borderWidth": 3 });
            }
            items.push(item);
            targets.push(id);
        }
    }
    let mut spec = ChartSpec::new(&chart, vec![targets]);
    if !labelled {
        // Every column named while they fit; else as many as ECharts can set apart. Said, not
        // left out: ECharts keeps an axis' settings from the option before.
        spec.option["xAxis"]["axisLabel"]["interval"] = json!("auto");
    }
    spec.set_series_data(0, items);
    spec
}
