//! The overview's view model: the paper's headline findings, key figures counted from the data,
//! and the partner map with its table; with partners grouped, the map's markers are the groups.
//! A map of more partners than `q.partners_shown` draws those with the most cited passages
//! (a marker per country needs no cut: it counts them all); the table lists every partner.

use std::borrow::Cow;

use super::{Cell, Chart, Cut, Empty, Extra, PartnerName, Query, Row, Table, ViewModel};
use crate::charts::group_name;
use crate::charts::map::map_chart;
use crate::i18n::dataset::D;
use crate::i18n::{t, Key};
use crate::model::cut::most_cited;
use crate::model::group::PartnerGroup;
use crate::model::index::Record;
use crate::model::partners::{key_figures_of, partners, KeyFigures, PartnerSummary};
use crate::model::{citations, Loaded, View};

/// A headline finding: its id, title and text.
#[derive(Clone, Debug, PartialEq)]
pub struct Headline {
    pub id: String,
    pub title: String,
    pub text: String,
}

/// What the overview shows above its map: the headline findings and the key figures.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Summary {
    pub headlines: Vec<Headline>,
    /// Each figure's label and value, in display order.
    pub figures: Vec<(Key, usize)>,
}

fn figures(f: &KeyFigures) -> Vec<(Key, usize)> {
    vec![
        (Key::FigPartners, f.partners),
        (Key::FigForeign, f.foreign_partners),
        (Key::FigActive, f.active_partners),
        (Key::FigEvents, f.events),
        (Key::FigAdoptions, f.adoptions),
        (Key::FigChallenges, f.challenges),
        (Key::FigPassages, f.passages),
    ]
}

/// The passages cited for `p`'s ties: each tie's own and those of its sectors.
fn cited(d: &Loaded, p: &PartnerSummary<'_>) -> usize {
    (p.relationships.iter().filter_map(|r| d.relationship(*r)))
        .map(|r| citations::of(Record::Relationship(r)).count())
        .sum()
}

/// The partners the map draws: all of `ps` within `limit`, else the `limit` with the most cited
/// passages (`cut::most_cited`), in their order; and how many were left out.
fn drawn<'p, 'a>(
    d: &Loaded,
    ps: &'p [PartnerSummary<'a>],
    limit: usize,
) -> (Cow<'p, [PartnerSummary<'a>]>, usize) {
    if ps.len() <= limit {
        return (Cow::Borrowed(ps), 0);
    }
    let counts: Vec<usize> = ps.iter().map(|p| cited(d, p)).collect();
    let mut order = most_cited(&counts, limit);
    order.sort_unstable();
    (
        Cow::Owned(order.into_iter().map(|i| ps[i].clone()).collect()),
        ps.len() - limit,
    )
}

/// The overview under `q`. Findings are not filtered; the figures, the map and the table are.
pub fn build(q: &Query) -> ViewModel {
    let (d, l) = (q.data, q.lang);
    let headlines: Vec<Headline> = d
        .data
        .findings
        .iter()
        .filter(|f| f.headline)
        .map(|f| Headline {
            id: f.id.to_string(),
            title: f.title.get(l).to_string(),
            text: f.description.get(l).to_string(),
        })
        .collect();
    let ps = partners(d, q.filters);
    // Partners come from relationships: without any, no map or table, only the words saying so.
    let none = d.data.relationships.is_empty();
    let (on_map, hidden) = match q.group {
        PartnerGroup::Country => (Cow::Borrowed(ps.as_slice()), 0),
        _ => drawn(d, &ps, q.shown(View::Overview)),
    };
    let cut = Cut {
        shown: on_map.len(),
        hidden,
        what: Key::MapTopPartners,
        more: Key::ShowMorePartners,
    };
    let chart = (!none).then(|| Chart {
        spec: std::sync::Arc::new(map_chart(d, &on_map, q.group, l, q.selected)),
        label: Key::ChartLabel(View::Overview),
        tall: true,
        height: None,
    });
    // With partners grouped, the table says what the map groups them by: the country's name (its
    // code otherwise), the forms of each partner's ties after their number.
    let country = |code: Option<&str>| match (q.group, code) {
        (PartnerGroup::Country, Some(code)) => group_name(d, q.group, code, l),
        (_, code) => code.unwrap_or_default().to_string(),
    };
    let ties = |p: &PartnerSummary| {
        let n = p.relationships.len();
        if q.group != PartnerGroup::Type {
            return n.to_string();
        }
        let mut forms: Vec<String> = Vec::new();
        for r in p.relationships.iter().filter_map(|r| d.relationship(*r)) {
            let form = group_name(d, q.group, r.kind.code(), l);
            if !forms.contains(&form) {
                forms.push(form);
            }
        }
        format!("{n}: {}", forms.join(", "))
    };
    let rows: Vec<Row> = ps
        .iter()
        .map(|p| {
            let a = p.actor;
            Row::record(
                &a.id,
                vec![
                    Cell::Partners(vec![PartnerName::of(d, &a.id, l, true)]),
                    a.local_name
                        .as_ref()
                        .map_or(Cell::Text(String::new()), |n| Cell::Foreign {
                            text: n.text.clone(),
                            lang: n.lang.clone(),
                        }),
                    Cell::Text(country(a.country.as_deref())),
                    Cell::Text(t(l, Key::RelStatus(p.status)).to_string()),
                    Cell::Text(ties(p)),
                ],
            )
        })
        .collect();
    // The downloads: the headline findings, then each partner with its ties.
    let mut listed: Vec<String> = headlines.iter().map(|h| h.id.clone()).collect();
    for p in &ps {
        listed.push(p.actor.id.to_string());
        listed.extend(p.relationships.iter().map(|r| r.to_string()));
    }
    let columns = [
        Key::FilterPartner,
        Key::LocalName,
        Key::Country,
        Key::Status,
        Key::Ties,
    ];
    ViewModel {
        view: View::Overview,
        takeaway: None,
        chart,
        chart_note: Some(Key::MapNote),
        empty: Empty {
            empty: rows.is_empty(),
            none_in_data: none,
            none: D::NoPartners,
        },
        tables: if none {
            Vec::new()
        } else {
            vec![Table::new(l, Key::TableCaption(View::Overview), &columns, rows)]
        },
        listed,
        extra: Extra::Overview {
            summary: Summary {
                headlines,
                figures: figures(&key_figures_of(d, q.filters, &ps)),
            },
            cut,
        },
    }
}
