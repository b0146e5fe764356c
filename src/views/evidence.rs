//! The evidence view model: the recommendations, the literature the paper cites (with its
//! figures), the legal bases, the principles, strategies and types of paradiplomacy, and the
//! findings, one table each. Nothing here is filtered.

use super::{Cell, Empty, Extra, Query, Row, Table, ViewModel};
use crate::i18n::dataset::D;
use crate::i18n::{t, Key};
use crate::model::{Lang, View};

/// A table whose first column opens its record; under it, when empty, "none yet".
fn table<'a, T: 'a>(
    lang: Lang,
    caption: Key,
    columns: &[Key],
    records: impl IntoIterator<Item = &'a T>,
    row: impl Fn(&T) -> (String, Vec<String>),
) -> Table {
    let rows = records
        .into_iter()
        .map(|r| {
            let (id, texts) = row(r);
            let mut texts = texts.into_iter();
            let first = Cell::Link {
                id: id.clone(),
                text: texts.next().unwrap_or_default(),
            };
            Row::record(&id, std::iter::once(first).chain(texts.map(Cell::Text)).collect())
        })
        .collect();
    Table {
        when_empty: Some(Key::Dataset(D::NoneYet)),
        ..Table::new(lang, caption, columns, rows)
    }
}

/// The evidence view under `q`.
pub fn build(q: &Query) -> ViewModel {
    let (d, l) = (&q.data.data, q.lang);
    let tables = vec![
        table(
            l,
            Key::Recommendation,
            &[Key::Recommendation, Key::Kind, Key::Text],
            &d.recommendations,
            |r| {
                (
                    r.id.to_string(),
                    vec![
                        r.title.get(l).into(),
                        t(l, Key::RecKind(r.kind)).into(),
                        r.text.get(l).into(),
                    ],
                )
            },
        ),
        table(
            l,
            Key::Literature,
            &[Key::Authors, Key::Year, Key::Figure, Key::Claim],
            &d.literature,
            |x| {
                let figure = x
                    .figure
                    .as_ref()
                    .map_or_else(|| "—".into(), |f| f.text.get(l).to_string());
                (
                    x.id.to_string(),
                    vec![
                        x.authors.clone(),
                        x.year.to_string(),
                        figure,
                        x.claim.get(l).into(),
                    ],
                )
            },
        ),
        table(
            l,
            Key::LegalBasis,
            &[Key::LegalBasis, Key::Title, Key::Provision],
            &d.legal_bases,
            |b| {
                let articles: Vec<&str> = b.provisions.iter().map(|p| p.article.as_str()).collect();
                (
                    b.id.to_string(),
                    vec![b.short.clone(), b.title.get(l).into(), articles.join("; ")],
                )
            },
        ),
        table(
            l,
            Key::Principle,
            &[Key::Principle, Key::Text],
            &d.principles,
            |p| {
                (
                    p.id.to_string(),
                    vec![p.title.get(l).into(), p.description.get(l).into()],
                )
            },
        ),
        table(
            l,
            Key::Strategy,
            &[Key::Strategy, Key::Text],
            &d.strategies,
            |p| {
                (
                    p.id.to_string(),
                    vec![p.title.get(l).into(), p.description.get(l).into()],
                )
            },
        ),
        table(
            l,
            Key::ParadiplomacyType,
            &[Key::ParadiplomacyType, Key::Title, Key::Text],
            &d.paradiplomacy_types,
            |p| {
                (
                    p.id.to_string(),
                    vec![p.code.clone(), p.name.get(l).into(), p.description.get(l).into()],
                )
            },
        ),
        table(l, Key::Finding, &[Key::Finding, Key::Text], &d.findings, |p| {
            (
                p.id.to_string(),
                vec![p.title.get(l).into(), p.description.get(l).into()],
            )
        }),
    ];
    let nothing = tables.iter().all(|t| t.rows.is_empty());
    ViewModel {
        view: View::Evidence,
        takeaway: None,
        chart: None,
        chart_note: None,
        empty: Empty {
            empty: nothing,
            none_in_data: true,
            none: D::NoEvidence,
        },
        listed: tables
            .iter()
            .flat_map(Table::records)
            .map(str::to_string)
            .collect(),
        tables: if nothing { Vec::new() } else { tables },
        extra: Extra::None,
    }
}
