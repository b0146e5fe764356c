//! Browser tests (wasm-bindgen-test in headless Chromium): the app mounted for real, the chart
//! wrapper without ECharts, storage, and the fatal-error display.
#![cfg(target_arch = "wasm32")]

use paradiplomacy_dashboard::{load_bundled, show_fatal, storage, App};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod support;
use support::{document, fatal_block};

/// Lets effects and the renderer run.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .expect("window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 50);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Puts `query` in the address bar, as a link to that view would.
fn go_to(query: &str) {
    let window = web_sys::window().expect("window");
    let path = window.location().pathname().unwrap_or_default();
    window
        .history()
        .expect("history")
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{path}{query}")))
        .expect("replaceState");
}

fn mount_fresh() -> (
    web_sys::HtmlElement,
    leptos::mount::UnmountHandle<impl leptos::tachys::view::Mountable>,
) {
    let host: web_sys::HtmlElement = document().create_element("div").expect("div").unchecked_into();
    document()
        .body()
        .expect("body")
        .append_child(&host)
        .expect("append");
    let handle = leptos::mount::mount_to(host.clone(), App);
    (host, handle)
}

#[wasm_bindgen_test]
async fn the_app_lists_every_event_and_says_when_echarts_is_missing() {
    let events = load_bundled().expect("bundled dataset").data.events.len();
    go_to("?view=timeline");
    let (host, handle) = mount_fresh();
    settle().await;
    let rows = host
        .query_selector_all("table.data-table tbody tr")
        .expect("query")
        .length();
    assert_eq!(rows as usize, events);
    // The test page has no ECharts: the wrapper must say so instead of throwing.
    let fault = host
        .query_selector(".chart-fault")
        .expect("query")
        .expect("a fault message");
    assert!(fault.text_content().unwrap_or_default().contains("ECharts"));
    drop(handle);
    host.remove();
}

#[wasm_bindgen_test]
async fn choosing_an_event_opens_its_quote() {
    go_to("?view=timeline");
    let (host, handle) = mount_fresh();
    settle().await;
    let button: web_sys::HtmlElement = host
        .query_selector("table.data-table tbody tr button")
        .expect("query")
        .expect("a row button")
        .unchecked_into();
    button.click();
    settle().await;
    let quote = host
        .query_selector(".view-detail blockquote[lang=id]")
        .expect("query");
    assert!(quote.is_some_and(|q| !q.text_content().unwrap_or_default().trim().is_empty()));
    drop(handle);
    host.remove();
}

#[wasm_bindgen_test]
fn preferences_round_trip_through_namespaced_storage() {
    assert!(storage::available());
    storage::write("test-pref", "id").expect("stored");
    assert_eq!(storage::read("test-pref").ok().flatten().as_deref(), Some("id"));
    let raw = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item(&storage::key("test-pref")).ok().flatten());
    assert_eq!(
        raw.as_deref(),
        Some("\"id\""),
        "stored as JSON under the namespaced key"
    );
    // A corrupt value reads as absent, not as a crash.
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("storage")
        .set_item(&storage::key("test-pref"), "{not json")
        .expect("set");
    assert_eq!(storage::read("test-pref").ok().flatten(), None);
}

#[wasm_bindgen_test]
fn a_fatal_error_is_shown_as_text() {
    let (block, detail) = fatal_block();

    show_fatal("<img src=x onerror=alert(1)> panicked");
    assert!(!block.has_attribute("hidden"));
    assert_eq!(
        detail.text_content().as_deref(),
        Some("<img src=x onerror=alert(1)> panicked")
    );
    assert_eq!(detail.child_element_count(), 0, "shown as text, never as markup");
    block.remove();
}

#[wasm_bindgen_test]
fn raw_writes_are_read_back_and_names_skip_other_keys() {
    let raw_storage = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("storage");
    let _ = raw_storage.set_item("another-app", "<<< not json >>>");
    storage::write_raw("note/n-web-1", r#"{"a":1}"#).expect("stored");
    storage::write_raw("note/n-web-2", "x").expect("stored");
    let mut names = storage::names("note/n-web-");
    names.sort();
    assert_eq!(names, ["note/n-web-1", "note/n-web-2"]);
    assert_eq!(storage::read_raw("note/n-web-1").as_deref(), Some(r#"{"a":1}"#));
    storage::remove_checked("note/n-web-1").expect("removed");
    storage::remove_checked("note/n-web-2").expect("removed");
    assert!(storage::names("note/n-web-").is_empty());
    assert_eq!(
        raw_storage.get_item("another-app").ok().flatten().as_deref(),
        Some("<<< not json >>>")
    );
    let _ = raw_storage.remove_item("another-app");
}

#[wasm_bindgen_test]
fn what_set_item_throws_is_classified_without_panicking() {
    use storage::StorageError;
    let quota = js_sys::Error::new("full");
    quota.set_name("QuotaExceededError");
    assert!(matches!(
        StorageError::from_js(&quota.into()),
        StorageError::Full(_)
    ));
    let firefox = js_sys::Error::new("full");
    firefox.set_name("NS_ERROR_DOM_QUOTA_REACHED");
    assert!(matches!(
        StorageError::from_js(&firefox.into()),
        StorageError::Full(_)
    ));
    // Not an Error at all (gloo-storage would hit `unreachable!` here).
    let odd = wasm_bindgen::JsValue::from_str("nope");
    assert_eq!(StorageError::from_js(&odd), StorageError::Refused("nope".into()));
    assert!(matches!(
        StorageError::from_js(&wasm_bindgen::JsValue::NULL),
        StorageError::Refused(_)
    ));
}
