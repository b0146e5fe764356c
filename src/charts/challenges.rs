//! The challenge breakdown as horizontal stacked bars: one bar per category, one stack segment
//! per partner (or group of partners) concerned, each segment labelled with its count.

use charming::{
    component::{Axis, Grid, Legend},
    element::{AxisType, Formatter, Label, LabelPosition, Tooltip, Trigger},
    series::Bar,
};

use super::{group_name, group_style, no_partner_style, partner_style, Chart, ChartSpec};
use crate::i18n::{t, Key};
use crate::model::{challenges::Breakdown, challenges::GENERAL, group::PartnerGroup, Lang, Loaded};

/// The chart of `breakdown`. A click on a bar segment selects its category.
pub fn challenges_chart(data: &Loaded, breakdown: &Breakdown<'_>, lang: Lang) -> ChartSpec {
    let categories: Vec<String> = breakdown
        .categories
        .iter()
        .map(|k| {
            data.challenge_category(k)
                .map_or_else(|| k.to_string(), |c| c.name.get(lang).to_string())
        })
        .collect();
    let mut chart = Chart::new()
        .tooltip(
            Tooltip::new()
                .trigger(Trigger::Item)
                .formatter(Formatter::String("{a}<br/>{b}: {c}".into())),
        )
        .legend(Legend::new().top(0))
        .grid(
            Grid::new()
                .left(8)
                .right(24)
                .top(40)
                .bottom(8)
                .contain_label(true),
        )
        .x_axis(Axis::new().type_(AxisType::Value).min_interval(1))
        .y_axis(
            Axis::new()
                .type_(AxisType::Category)
                .inverse(true)
                .data(categories),
        );
    let mut targets = Vec::new();
    for (col, partner) in breakdown.partners.iter().enumerate() {
        let name = if *partner == GENERAL {
            t(lang, Key::General).to_string()
        } else {
            group_name(data, breakdown.group, partner, lang)
        };
        let values: Vec<i64> = breakdown.counts.iter().map(|row| row[col] as i64).collect();
        chart = chart.series(
            Bar::new()
                .name(name)
                .stack("total")
                .label(
                    Label::new()
                        .show(true)
                        .position(LabelPosition::Inside)
                        .formatter("{c}"),
                )
                .data(values),
        );
        targets.push(breakdown.categories.iter().map(|k| k.to_string()).collect());
    }
    let mut spec = ChartSpec::new(&chart, targets);
    // No challenge of that partner in that category: ECharts' "no value" ("-"), so no empty bar
    // and no "0" label is drawn at the end of the stack.
    for (col, _) in breakdown.partners.iter().enumerate() {
        let items = breakdown
            .counts
            .iter()
            .map(|row| match row[col] {
                0 => serde_json::json!("-"),
                n => serde_json::json!(n),
            })
            .collect();
        spec.set_series_data(col, items);
    }
    let styles = breakdown
        .partners
        .iter()
        .enumerate()
        .map(|(n, p)| match breakdown.group {
            _ if *p == GENERAL => no_partner_style(),
            PartnerGroup::Each => partner_style(data, p),
            _ => group_style(n),
        })
        .collect::<Vec<_>>();
    spec.set_series_field("itemStyle", &styles);
    // Bars also get ECharts' decal patterns, so that colour is never the only cue.
    spec.with_decals()
}
