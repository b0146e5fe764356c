//! A visible, readable list of what went wrong (a dataset that failed to load, for now).

use leptos::prelude::*;

/// A headed alert with one line per problem. Lines are shown as text.
#[component]
pub fn ProblemList(
    /// What failed, in the reader's language.
    #[prop(into)]
    heading: Signal<String>,
    /// One entry per problem.
    lines: Vec<String>,
) -> impl IntoView {
    view! {
        <section class="problems" role="alert">
            <h2>{move || heading.get()}</h2>
            <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
        </section>
    }
}
