//! Embed mode on screen: the slim bar that replaces the header inside another site's page
//! (with "Open the full dashboard"), and the Embed dialog that gives a site maintainer the
//! iframe snippet for the view on screen.

use leptos::prelude::*;

use super::notes::panel::NotesToggle;
use crate::i18n::present::P;
use crate::i18n::{t, Key};
use crate::state::AppState;

/// The view on screen, with or without embed mode, never as the presenter's window.
fn shown(state: &AppState, embed: bool) -> crate::state::query::UrlState {
    let mut u = state.url.get();
    u.embed = embed;
    u.presenter = false;
    u
}

/// The absolute link of the view on screen in the full dashboard (not embedded), as printed
/// on a handout or opened from a frame.
pub fn full_link(state: &AppState) -> String {
    state.link(&shown(state, false))
}

/// Escapes text for an HTML attribute in the snippet the reader copies (it is shown as text,
/// never parsed here).
fn attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

/// The iframe snippet for the view on screen.
pub fn snippet(state: &AppState) -> String {
    let lang = state.lang.get_untracked();
    let title = state.data.with_untracked(|d| d.data.title.get(lang).to_string());
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"640\" style=\"border:0\" loading=\"lazy\" allow=\"fullscreen\" referrerpolicy=\"no-referrer\"></iframe>",
        attr(&state.link(&shown(state, true))),
        attr(&title)
    )
}

/// The bar at the top of the embedded dashboard.
#[component]
pub fn EmbedBar() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    view! {
        <header class="embed-bar">
            <p class="app-title"><bdi>{move || state.data.with(|d| d.data.title.get(lang.get()).to_string())}</bdi></p>
            <div class="embed-controls">
                <NotesToggle/>
                <a class="open-full" href=move || full_link(&state) target="_blank" rel="noopener">
                    {move || t(lang.get(), Key::Present(P::OpenFull))}<span aria-hidden="true">" ↗"</span>
                </a>
            </div>
        </header>
    }
}

/// "Embed": a dialog with the iframe snippet of the view on screen, and a button to copy it.
#[component]
pub fn EmbedButton() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    // Whether the last copy reached the clipboard (`None`: not tried since the dialog opened).
    let copied = RwSignal::new(None::<bool>);
    // The snippet is written while the dialog is open (the view cannot change under a modal
    // dialog), not on every change of the view behind it.
    let shown = RwSignal::new(false);
    let code = move || {
        if shown.get() {
            snippet(&state)
        } else {
            String::new()
        }
    };
    let open = move |_| {
        copied.set(None);
        shown.set(true);
        if let Some(d) = dialog.get() {
            let _ = d.show_modal();
        }
    };
    let code_ref = NodeRef::<leptos::html::Textarea>::new();
    // Said only once the snippet is on the clipboard; where the browser refuses both ways of
    // copying, the snippet is selected in its field for the reader to copy by hand.
    let copy_button = NodeRef::<leptos::html::Button>::new();
    let copy = move |_| {
        copied.set(None);
        let Some(button) = copy_button.get_untracked() else {
            return;
        };
        let text = snippet(&state);
        leptos::task::spawn_local(async move {
            let done = crate::clipboard::copy_text(&text, &button).await;
            if !done {
                if let Some(field) = code_ref.get_untracked() {
                    crate::clipboard::select_all(&field);
                }
            }
            copied.set(Some(done));
        });
    };
    view! {
        <button type="button" class="embed-open" on:click=open>{move || t(lang.get(), Key::Present(P::Embed))}</button>
        <dialog node_ref=dialog class="embed-dialog" aria-labelledby="embed-title" on:close=move |_| shown.set(false)>
            <h2 id="embed-title">{move || t(lang.get(), Key::Present(P::EmbedTitle))}</h2>
            <p>{move || t(lang.get(), Key::Present(P::EmbedHelp))}</p>
            <label class="visually-hidden" for="embed-code">{move || t(lang.get(), Key::Present(P::EmbedTitle))}</label>
            <textarea id="embed-code" node_ref=code_ref readonly rows="5" prop:value=code></textarea>
            <p class="embed-actions">
                <button type="button" class="embed-copy" node_ref=copy_button on:click=copy>{move || t(lang.get(), Key::Present(P::CopySnippet))}</button>
                <span role="status" class="copied">{move || copied.get().map(|done| {
                    t(lang.get(), Key::Present(if done { P::Copied } else { P::CopyByHand }))
                })}</span>
                <button type="button" class="close" on:click=move |_| { if let Some(d) = dialog.get() { d.close(); } }>
                    {move || t(lang.get(), Key::Close)}
                </button>
            </p>
        </dialog>
    }
}
