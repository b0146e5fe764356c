//! Seminar mode: walking through the dataset's story, in step between the audience window and
//! the presenter window, from the keyboard or a presentation clicker.
//!
//! Owns: [`Presenting`] (context): going to a step (view, filters and item from the step; the
//! step in the URL, so each step has a permalink), leaving, the keys (→ ↓ PageDown Space: next;
//! ← ↑ PageUp: back; Home/End; F: full screen; Escape: leave), and the `BroadcastChannel` that
//! keeps the two windows on the same step. A message is acted on only if it has the documented
//! shape and names a step of the story: `{"type": "story-step", "step": "<id>"}`.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::AppState;
use crate::model::story::{neighbour, StoryStep};

/// The channel both windows of a presentation listen on (same origin only, by design).
pub const CHANNEL: &str = "paradiplomacy-dashboard/present";
/// The one message type on [`CHANNEL`].
pub const STEP_MESSAGE: &str = "story-step";

/// The presentation context. Copy it freely.
#[derive(Clone, Copy)]
pub struct Presenting {
    state: AppState,
    channel: StoredValue<Option<web_sys::BroadcastChannel>, LocalStorage>,
    /// The step on screen and its position, when presenting.
    pub current: Memo<Option<(usize, StoryStep)>>,
    /// The number of steps of the story.
    pub len: Memo<usize>,
}

impl Presenting {
    /// Shows step `id` here and tells the other window.
    pub fn go(&self, id: &str) {
        if self.state.go_to_step(id) {
            self.post(id);
        }
    }

    /// The next (`1`) or previous (`-1`) step, if there is one.
    pub fn step_by(&self, delta: isize) {
        let Some((_, step)) = self.current.get_untracked() else {
            return;
        };
        let next = self
            .state
            .data
            .with_untracked(|d| neighbour(&d.data.story, &step.id, delta).map(|s| s.id.clone()));
        if let Some(id) = next {
            self.go(&id);
        }
    }

    /// The first or last step.
    pub fn go_to_end(&self, last: bool) {
        let id = self.state.data.with_untracked(|d| {
            let s = &d.data.story;
            if last { s.last() } else { s.first() }.map(|s| s.id.clone())
        });
        if let Some(id) = id {
            self.go(&id);
        }
    }

    /// Starts the story from its first step, full screen (call from a click or key press).
    pub fn start(&self) {
        self.go_to_end(false);
        set_fullscreen(true);
    }

    /// Leaves seminar mode, keeping the view on screen.
    pub fn leave(&self) {
        set_fullscreen(false);
        self.state.url.update(|u| {
            u.step = None;
            u.presenter = false;
        });
    }

    fn post(&self, id: &str) {
        self.channel.with_value(|c| {
            if let Some(c) = c {
                let msg = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&msg, &"type".into(), &STEP_MESSAGE.into());
                let _ = js_sys::Reflect::set(&msg, &"step".into(), &id.into());
                let _ = c.post_message(&msg);
            }
        });
    }
}

/// The step id a channel message asks for, if the message has the documented shape.
fn step_of(data: &JsValue) -> Option<String> {
    if !data.is_object() {
        return None;
    }
    let field = |k: &str| js_sys::Reflect::get(data, &k.into()).ok();
    (field("type")?.as_string()? == STEP_MESSAGE).then_some(())?;
    field("step")?.as_string()
}

/// Whether the page is full screen.
fn is_fullscreen() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.fullscreen_element().is_some())
}

/// Enters or leaves full screen; a browser that refuses (no user gesture, an iframe without
/// `allow="fullscreen"`) leaves the page as it is.
pub fn set_fullscreen(on: bool) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if on && doc.fullscreen_element().is_none() {
        if let Some(root) = doc.document_element() {
            // A promise; a refusal rejects it, and nothing is lost.
            let _ = root.request_fullscreen();
        }
    } else if !on && doc.fullscreen_element().is_some() {
        doc.exit_fullscreen();
    }
}

/// Whether a key press belongs to a form field (typing, choosing) rather than to the slides.
fn typing_into(ev: &web_sys::KeyboardEvent) -> bool {
    let Some(el) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else {
        return false;
    };
    let tag = el.tag_name().to_ascii_lowercase();
    matches!(tag.as_str(), "input" | "textarea" | "select")
        || el.closest("[contenteditable]").ok().flatten().is_some()
}

/// Creates the context: the channel, the keys, `<html data-present>`.
pub fn provide_presenting(state: AppState) -> Presenting {
    let current = Memo::new(move |_| {
        let id = state.url.with(|u| u.step.clone())?;
        state.data.with(|d| {
            let story = &d.data.story;
            story
                .iter()
                .position(|s| s.id == id)
                .map(|i| (i, story[i].clone()))
        })
    });
    let len = Memo::new(move |_| state.data.with(|d| d.data.story.len()));
    // BroadcastChannel can be missing or throw (old browsers, some file:// pages): then the
    // two windows do not follow each other, and everything else works.
    let channel = web_sys::BroadcastChannel::new(CHANNEL).ok();
    let p = Presenting {
        state,
        channel: StoredValue::new_local(channel.clone()),
        current,
        len,
    };
    if let Some(c) = channel {
        let on_message =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
                if let Some(id) = step_of(&ev.data()) {
                    // Not posted back: the other window already shows it.
                    state.go_to_step(&id);
                }
            });
        c.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget();
    }
    let _ = window_event_listener(leptos::ev::keydown, move |ev| {
        if current.get_untracked().is_none()
            || ev.default_prevented()
            || ev.alt_key()
            || ev.ctrl_key()
            || ev.meta_key()
            || typing_into(&ev)
        {
            return;
        }
        // Space on a focused button presses the button, as everywhere else.
        let on_button = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|e| e.tag_name().eq_ignore_ascii_case("button"));
        let handled = match ev.key().as_str() {
            "ArrowRight" | "ArrowDown" | "PageDown" => {
                p.step_by(1);
                true
            }
            " " if !on_button => {
                p.step_by(1);
                true
            }
            "ArrowLeft" | "ArrowUp" | "PageUp" => {
                p.step_by(-1);
                true
            }
            "Home" => {
                p.go_to_end(false);
                true
            }
            "End" => {
                p.go_to_end(true);
                true
            }
            "f" | "F" => {
                set_fullscreen(!is_fullscreen());
                true
            }
            // Browsers use Escape to leave full screen without passing it on; one that reaches
            // the page leaves the story (and full screen with it).
            "Escape" => {
                p.leave();
                true
            }
            _ => false,
        };
        if handled {
            ev.prevent_default();
        }
    });
    Effect::new(move |_| {
        let presenting = current.with(Option::is_some);
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = if presenting {
                root.set_attribute("data-present", "")
            } else {
                root.remove_attribute("data-present")
            };
        }
    });
    provide_context(p);
    p
}
