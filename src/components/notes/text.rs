//! A note's text on screen: the Markdown subset of `model::notes::markup`, each piece made an
//! element of its own. The text is only ever text content; links are http(s) only.

use leptos::prelude::*;

use crate::model::notes::markup::{parse, Block, Inline};

fn inline_view(inline: Inline) -> AnyView {
    match inline {
        Inline::Text(t) => t.into_any(),
        Inline::Strong(t) => view! { <strong>{t}</strong> }.into_any(),
        Inline::Em(t) => view! { <em>{t}</em> }.into_any(),
        Inline::Code(t) => view! { <code>{t}</code> }.into_any(),
        Inline::Tag(t) => view! { <span class="note-tag">"#"{t}</span> }.into_any(),
        Inline::Link { href, text } => {
            view! { <a href=href target="_blank" rel="noopener noreferrer nofollow">{text}</a> }.into_any()
        }
    }
}

/// The text of a note, formatted.
#[component]
pub fn NoteText(text: String) -> impl IntoView {
    let blocks = parse(&text);
    view! {
        <div class="note-text">
            {blocks.into_iter().map(|b| match b {
                Block::Paragraph(inlines) => view! {
                    <p>{inlines.into_iter().map(inline_view).collect_view()}</p>
                }.into_any(),
                Block::List(items) => view! {
                    <ul>{items.into_iter().map(|i| view! {
                        <li>{i.into_iter().map(inline_view).collect_view()}</li>
                    }).collect_view()}</ul>
                }.into_any(),
            }).collect_view()}
        </div>
    }
}
