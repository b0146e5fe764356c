//! Challenges: the breakdown by category and partner, and every challenge with its passages.

use leptos::prelude::*;

use crate::charts::challenges::challenges_chart;
use crate::components::{
    empty::EmptyNote,
    view_frame::{ChartTable, RecordLink, TableHead, ViewChart, ViewFrame},
};
use crate::i18n::{dataset::D, Key};
use crate::model::challenges;
use crate::state::{deferred::deferred, AppState};

#[component]
pub fn ChallengesPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let filters = state.filters;
    // One breakdown per change; the chart and the table are cut from it. Table rows:
    // (category id, category name, [(challenge id, title, partners, sectors)]).
    let built = Memo::new(move |_| {
        let l = lang.get();
        state.data.with(|d| {
            let b = challenges::build(d, &filters.get());
            let spec = challenges_chart(d, &b, l);
            let rows = b
                .categories
                .iter()
                .zip(&b.challenges)
                .map(|(k, list)| {
                    let name = d
                        .challenge_category(k)
                        .map_or_else(|| k.to_string(), |c| c.name.get(l).to_string());
                    let items = list
                        .iter()
                        .map(|c| {
                            let ps: Vec<String> = challenges::concerned(d, c)
                                .iter()
                                .map(|p| d.actor_name(p, l))
                                .collect();
                            let ss: Vec<String> =
                                c.affects.sectors.iter().map(|s| d.sector_name(s, l)).collect();
                            (
                                c.id.clone(),
                                c.title.get(l).to_string(),
                                ps.join(", "),
                                ss.join(", "),
                            )
                        })
                        .collect::<Vec<_>>();
                    (k.to_string(), name, items)
                })
                .collect::<Vec<_>>();
            (spec, rows)
        })
    });
    let spec = Memo::new(move |_| built.with(|b| b.0.clone()));
    let rows = Memo::new(move |_| built.with(|b| b.1.clone()));
    // The table's rows, a frame after the chart (see `state::deferred`): each challenge, the
    // first of a category with the category's head cell.
    let shown = deferred(rows);
    // A dataset without challenges has no chart or table to show, only the words saying so.
    let none = Memo::new(move |_| state.data.with(|d| d.data.challenges.is_empty()));
    let table_rows = Memo::new(move |_| {
        shown
            .get()
            .into_iter()
            .flat_map(|(kid, kname, items)| {
                let span = items.len();
                items
                    .into_iter()
                    .enumerate()
                    .map(move |(i, item)| ((i == 0).then(|| (kid.clone(), kname.clone(), span)), item))
            })
            .collect::<Vec<_>>()
    });

    view! {
        <ViewFrame name="challenges" title=Key::ViewChallenges intro=Key::ChallengesIntro>
                    <EmptyNote empty=Signal::derive(move || rows.with(Vec::is_empty)) none_in_data=none none=D::NoChallenges/>
                    <Show when=move || !none.get()>
                    <ViewChart spec=spec label=Key::ChallengesChartLabel tall=true/>
                    <ChartTable>
                        <table class="data-table">
                            <TableHead caption=Key::ChallengesTableCaption columns=vec![Key::ColCategory, Key::ColChallenge, Key::ColPartner, Key::FilterSector]/>
                            <tbody>
                                // One entry per table row (the category heads its first), keyed
                                // by its whole content: a filter change keeps the rows that stay.
                                <For each=move || table_rows.get() key=|row| row.clone() let:row>
                                    {
                                        let (head, (id, title, partners, sectors)) = row;
                                        let item = id.clone();
                                        view! {
                                            <tr data-item=id>
                                                {head.map(|(kid, kname, span)| view! {
                                                    <th scope="rowgroup" rowspan=span.to_string()>
                                                        <RecordLink id=kid text=kname/>
                                                    </th>
                                                })}
                                                <td><RecordLink id=item text=title/></td>
                                                <td>{partners}</td>
                                                <td>{sectors}</td>
                                            </tr>
                                        }
                                    }
                                </For>
                            </tbody>
                        </table>
                    </ChartTable>
                    </Show>
        </ViewFrame>
    }
}
