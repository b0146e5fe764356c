//! The reader's downloads of the data on screen: what a view shows under the filters, as CSV
//! (one row per record, as the detail panel describes it, in the reader's language) and as JSON
//! (the dataset's own records, both languages, every citation).
//!
//! Owns: the two file formats of a list of records. Which records, and in which order, is the
//! view model's [`super::ViewModel::listed`]: the downloads follow the tables by construction.
//! Pure: the page only saves the text.

use serde_json::{json, Value};

use super::detail::{detail_under, Detail};
use crate::i18n::{t, Key};
use crate::model::index::Loaded;
use crate::model::matrix::{self, Matrix};
use crate::model::{Filters, Lang, Selection, View};

/// What identifies an export file: the dataset, the view and its permalink query.
#[derive(Clone, Debug, PartialEq)]
pub struct Context<'a> {
    pub view: View,
    /// The view's query as in its permalink (`view=matrix&partner=daejeon`).
    pub query: &'a str,
    /// The date of the export, `YYYY-MM-DD`.
    pub date: &'a str,
    pub lang: Lang,
}

/// The name of an export of `view`, without extension: `tangsel-paradiplomacy-matrix-2026-11-28`.
pub fn file_stem(data: &Loaded, view: View, date: &str) -> String {
    let stem: String = data
        .data
        .id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect();
    format!("{stem}-{}-{date}", view.code())
}

/// One CSV field: quoted when it holds a separator, a quote or a line break (RFC 4180). A
/// leading `=`, `+`, `-`, `@`, tab or carriage return is prefixed with `'` so a spreadsheet never
/// runs it as a formula.
fn field(text: &str) -> String {
    let text = match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_string(),
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// Numbered when there is more than one (`[1] …\n[2] …`), so the passage, its section and its
/// translation line up across their three columns.
fn numbered(items: Vec<String>) -> String {
    if items.len() < 2 {
        return items.concat();
    }
    items
        .iter()
        .enumerate()
        .map(|(i, s)| format!("[{}] {s}", i + 1))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The CSV of `ids` (see [`super::ViewModel::listed`]): a header row in the reader's language, then one row per
/// record: id, kind, title, each fact (columns in order of first appearance), text, and its
/// passages (section, verbatim Indonesian quote, English translation); matrix cells as the view
/// under `filters` shows them. UTF-8 with a byte-order
/// mark, CRLF line ends, so spreadsheets read the Indonesian and Korean text as it is.
pub fn csv(data: &Loaded, filters: &Filters, ids: &[String], lang: Lang) -> String {
    let details: Vec<Detail> = ids
        .iter()
        .filter_map(|id| detail_under(data, id, lang, filters))
        .collect();
    let mut labels: Vec<Key> = Vec::new();
    for f in details.iter().flat_map(|d| &d.facts) {
        if !labels.contains(&f.label) {
            labels.push(f.label);
        }
    }
    let mut header: Vec<String> = vec!["id".into(), t(lang, Key::Kind).into(), t(lang, Key::Title).into()];
    header.extend(labels.iter().map(|k| t(lang, *k).to_string()));
    header.extend(
        [Key::Text, Key::Section, Key::Quote, Key::Translation]
            .iter()
            .map(|k| t(lang, *k).to_string()),
    );
    let mut lines = vec![header];
    for d in &details {
        let mut row = vec![d.id.clone(), d.kind.clone(), d.title.clone()];
        row.extend(labels.iter().map(|k| {
            d.facts
                .iter()
                .find(|f| f.label == *k)
                .map(|f| f.value.clone())
                .unwrap_or_default()
        }));
        row.push(d.text.clone().unwrap_or_default());
        let section = |id: &str| {
            data.section(id)
                .map_or_else(|| id.to_string(), |s| s.heading.get(lang).to_string())
        };
        row.push(numbered(
            d.citations.iter().map(|c| section(&c.section)).collect(),
        ));
        row.push(numbered(d.citations.iter().map(|c| c.quote.clone()).collect()));
        row.push(numbered(
            d.citations.iter().map(|c| c.translation.clone()).collect(),
        ));
        lines.push(row);
    }
    let body: Vec<String> = lines
        .iter()
        .map(|r| r.iter().map(|f| field(f)).collect::<Vec<_>>().join(","))
        .collect();
    format!("\u{feff}{}\r\n", body.join("\r\n"))
}

/// The dataset's own form of the record `id` with the name of its collection, or a cell of `m`
/// (which the file does not store) with its level, relationships and passages.
fn record_json(data: &Loaded, m: &Matrix<'_>, id: &str) -> Option<Value> {
    let selection = Selection::parse(id)?;
    if let Selection::Cell { partner, sector } = &selection {
        let cell = m.cell(partner, sector)?;
        return Some(json!({
            "collection": "matrix_cells",
            "record": {
                "id": id,
                "partner": cell.partner,
                "sector": cell.sector,
                "level": cell.level,
                "relationships": cell.relationships,
                "citations": cell.passages,
            }
        }));
    }
    let record = data.record(id)?;
    Some(json!({ "collection": record.collection(), "record": record.to_json()? }))
}

/// The JSON of `ids` (see [`super::ViewModel::listed`]): where it comes from (dataset, paper, view, filters as a
/// permalink query, date) and each record as the dataset file has it, in both languages with
/// its citations. Matrix cells, which the file derives rather than stores, carry their level,
/// relationships and passages.
pub fn json(data: &Loaded, filters: &Filters, ids: &[String], ctx: &Context) -> String {
    let d = &data.data;
    // Built once: the cells' levels and passages under the filters.
    let m = matrix::build(data, filters);
    let records: Vec<Value> = ids.iter().filter_map(|id| record_json(data, &m, id)).collect();
    let file = json!({
        "type": "paradiplomacy-dashboard/view-data",
        "version": 1,
        "dataset": { "id": d.id, "title": d.title, "schema_version": d.schema_version, "source": d.source },
        "view": ctx.view.code(),
        "query": ctx.query,
        "language": ctx.lang.code(),
        "exported": ctx.date,
        "records": records,
    });
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_only_when_needed_and_never_run_as_formulas() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a, b"), "\"a, b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("-1"), "'-1");
        assert_eq!(field("\tcmd"), "'\tcmd");
    }

    #[test]
    fn several_passages_are_numbered_one_is_not() {
        assert_eq!(numbered(vec!["a".into()]), "a");
        assert_eq!(numbered(vec!["a".into(), "b".into()]), "[1] a\n[2] b");
        assert_eq!(numbered(vec![]), "");
    }
}
