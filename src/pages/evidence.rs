//! Evidence and recommendations: the literature the paper cites (with its figures), the legal
//! bases, the principles, strategies and types of paradiplomacy, and the recommendations. Each
//! row opens its passages.

use leptos::prelude::*;

use crate::components::{
    empty::EmptyNote,
    view_frame::{RecordLink, TableHead, ViewFrame},
};
use crate::i18n::{dataset::D, t, Key};
use crate::model::Lang;
use crate::state::AppState;

/// One listed record: id and the cells of its row.
type Row = (String, Vec<String>);

/// A titled table whose first data column opens the record; under it, when it has no rows,
/// the words saying the dataset has none yet.
#[component]
fn RecordTable(caption: Key, columns: Vec<Key>, rows: Signal<Vec<Row>>) -> impl IntoView {
    let lang = expect_context::<AppState>().lang;
    let none = move || {
        rows.with(Vec::is_empty)
            .then(|| view! { <p class="empty-table">{move || t(lang.get(), Key::Dataset(D::NoneYet))}</p> })
    };
    view! {
        <div class="table-scroll">
            <table class="data-table">
                <TableHead caption=caption columns=columns/>
                <tbody>
                    {move || rows.get().into_iter().map(|(id, cells)| {
                        let item = id.clone();
                        let mut cells = cells.into_iter();
                        let first = cells.next().unwrap_or_default();
                        view! {
                            <tr data-item=id>
                                <td><RecordLink id=item text=first/></td>
                                {cells.map(|c| view! { <td>{c}</td> }).collect_view()}
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            {none}
        </div>
    }
}

/// Whether `data` has none of what this view lists.
fn nothing_in(data: &crate::model::Dataset) -> bool {
    data.recommendations.is_empty()
        && data.literature.is_empty()
        && data.legal_bases.is_empty()
        && data.principles.is_empty()
        && data.strategies.is_empty()
        && data.paradiplomacy_types.is_empty()
        && data.findings.is_empty()
}

#[component]
pub fn EvidencePage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let rows = move |f: fn(&crate::model::Loaded, Lang) -> Vec<Row>| {
        Signal::derive(move || state.data.with(|d| f(d, lang.get())))
    };
    let nothing = Signal::derive(move || state.data.with(|d| nothing_in(&d.data)));
    view! {
        <ViewFrame name="evidence" title=Key::ViewEvidence intro=Key::EvidenceIntro>
                    // Nothing here is filtered: with every list empty, the dataset has none.
                    <EmptyNote empty=nothing none_in_data=Signal::stored(true) none=D::NoEvidence/>
                    <Show when=move || !nothing.get()>
                    <RecordTable caption=Key::Recommendation columns=vec![Key::Recommendation, Key::Kind, Key::Text]
                        rows=rows(|d, l| d.data.recommendations.iter().map(|r| (r.id.clone(), vec![r.title.get(l).into(), t(l, Key::RecKind(r.kind)).into(), r.text.get(l).into()])).collect())/>
                    <RecordTable caption=Key::Literature columns=vec![Key::Authors, Key::Year, Key::Figure, Key::Claim]
                        rows=rows(|d, l| d.data.literature.iter().map(|x| (x.id.clone(), vec![x.authors.clone(), x.year.to_string(), x.figure.as_ref().map(|f| f.text.get(l).to_string()).unwrap_or_else(|| "—".into()), x.claim.get(l).into()])).collect())/>
                    <RecordTable caption=Key::LegalBasis columns=vec![Key::LegalBasis, Key::Title, Key::Provision]
                        rows=rows(|d, l| d.data.legal_bases.iter().map(|b| (b.id.clone(), vec![b.short.clone(), b.title.get(l).into(), b.provisions.iter().map(|p| p.article.clone()).collect::<Vec<_>>().join("; ")])).collect())/>
                    <RecordTable caption=Key::Principle columns=vec![Key::Principle, Key::Text]
                        rows=rows(|d, l| d.data.principles.iter().map(|p| (p.id.clone(), vec![p.title.get(l).into(), p.description.get(l).into()])).collect())/>
                    <RecordTable caption=Key::Strategy columns=vec![Key::Strategy, Key::Text]
                        rows=rows(|d, l| d.data.strategies.iter().map(|p| (p.id.clone(), vec![p.title.get(l).into(), p.description.get(l).into()])).collect())/>
                    <RecordTable caption=Key::ParadiplomacyType columns=vec![Key::ParadiplomacyType, Key::Title, Key::Text]
                        rows=rows(|d, l| d.data.paradiplomacy_types.iter().map(|p| (p.id.clone(), vec![p.code.clone(), p.name.get(l).into(), p.description.get(l).into()])).collect())/>
                    <RecordTable caption=Key::Finding columns=vec![Key::Finding, Key::Text]
                        rows=rows(|d, l| d.data.findings.iter().map(|p| (p.id.clone(), vec![p.title.get(l).into(), p.description.get(l).into()])).collect())/>
                    </Show>
        </ViewFrame>
    }
}
