//! What the browser tests share: the page's document and the `#fatal` block as index.html has it.
#![cfg(target_arch = "wasm32")]

/// The page's document.
pub fn document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("a document")
}

/// Adds the `#fatal` block of index.html (hidden, with its `#fatal-detail`) to the page; returns
/// the block and its detail.
pub fn fatal_block() -> (web_sys::Element, web_sys::Element) {
    let block = document().create_element("div").expect("div");
    block.set_id("fatal");
    block.set_attribute("hidden", "").expect("attr");
    let detail = document().create_element("pre").expect("pre");
    detail.set_id("fatal-detail");
    block.append_child(&detail).expect("append");
    document()
        .body()
        .expect("body")
        .append_child(&block)
        .expect("append");
    (block, detail)
}
