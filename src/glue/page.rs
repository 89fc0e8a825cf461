//! Web pages as the core's [`PageTree`]: the browser's own HTML parser does the parsing, so the
//! app ships no second one in its wasm.
//!
//! `DOMParser` builds an inert document: its scripts never run, its images and styles never
//! load, and nothing of it is ever inserted into the app's page. The walk hands every element,
//! its attributes and its text to a [`PageTreeBuilder`], in document order.

use companion_core::{PageTree, PageTreeBuilder};
use wasm_bindgen::JsCast;

/// Parses `html` with the browser and returns its tree for [`companion_core::extract`].
///
/// # Errors
/// A browser without `DOMParser` (none current) gives a message.
pub fn page_tree(html: &str) -> Result<PageTree, String> {
    let failed = |_| "This browser could not read the web page.".to_owned();
    let parser = web_sys::DomParser::new().map_err(failed)?;
    let document = parser.parse_from_string(html, web_sys::SupportedType::TextHtml).map_err(failed)?;
    let root = document.document_element().ok_or("The web page has no content.")?;
    Ok(walk(&root))
}

/// Walks the tree under `root` depth first, without recursion (pages nest deeply).
fn walk(root: &web_sys::Element) -> PageTree {
    let mut builder = PageTreeBuilder::new();
    let root: &web_sys::Node = root;
    let mut current = root.clone();
    loop {
        if enter(&current, &mut builder) {
            if let Some(child) = current.first_child() {
                current = child;
                continue;
            }
            builder.end_element();
        }
        // Climb until there is a next sibling, closing each element left behind.
        loop {
            if current.is_same_node(Some(root)) {
                return builder.finish();
            }
            if let Some(next) = current.next_sibling() {
                current = next;
                break;
            }
            let Some(parent) = current.parent_node() else { return builder.finish() };
            builder.end_element();
            current = parent;
        }
    }
}

/// Hands `node` to the builder; true when it is an element (whose end is still to come).
fn enter(node: &web_sys::Node, builder: &mut PageTreeBuilder) -> bool {
    if let Some(element) = node.dyn_ref::<web_sys::Element>() {
        let attributes = element.attributes();
        let pairs: Vec<(String, String)> = (0..attributes.length())
            .filter_map(|i| attributes.item(i))
            .map(|a| (a.name(), a.value()))
            .collect();
        let pairs: Vec<(&str, &str)> = pairs.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
        builder.start_element(&element.local_name(), &pairs);
        return true;
    }
    if node.node_type() == web_sys::Node::TEXT_NODE
        && let Some(text) = node.node_value()
    {
        builder.text(&text);
    }
    false
}
