//! Saved web pages: bytes decoded by their sniffed encoding, parsed by html5ever and walked
//! into the core's `PageTree`, the same tree the app builds from the browser's `DOMParser`.

use companion_core::{ExtractedArticle, PageTree, PageTreeBuilder};
use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::{Handle, NodeData, RcDom};

/// True when `path` names an HTML file by its extension.
pub fn has_html_extension(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    [".html", ".htm", ".xhtml"].iter().any(|ext| lower.ends_with(ext))
}

/// Decodes `bytes` in the encoding [`companion_core::sniff_encoding`] names (a byte-order
/// mark wins, as in browsers).
pub fn decode(bytes: &[u8]) -> String {
    let label = companion_core::sniff_encoding(bytes);
    let encoding = encoding_rs::Encoding::for_label(label.as_bytes()).unwrap_or(encoding_rs::UTF_8);
    encoding.decode(bytes).0.into_owned()
}

/// The article in the HTML document `html`, or a message a reader can act on.
pub fn extract(html: &str) -> Result<ExtractedArticle, String> {
    companion_core::extract(&page_tree(html)).map_err(|e| e.to_string())
}

/// Parses `html` as browsers do and walks the document into a `PageTree`, with an explicit
/// stack so deeply nested pages cannot overflow the call stack.
pub fn page_tree(html: &str) -> PageTree {
    let dom = html5ever::parse_document(RcDom::default(), Default::default()).one(html);
    let mut builder = PageTreeBuilder::new();
    let mut stack: Vec<Option<Handle>> =
        dom.document.children.borrow().iter().rev().cloned().map(Some).collect();
    while let Some(step) = stack.pop() {
        let Some(node) = step else {
            builder.end_element();
            continue;
        };
        match &node.data {
            NodeData::Element { name, attrs, .. } => {
                let attrs = attrs.borrow();
                let pairs: Vec<(&str, &str)> = attrs.iter().map(|a| (&*a.name.local, &*a.value)).collect();
                builder.start_element(&name.local, &pairs);
                stack.push(None);
                stack.extend(node.children.borrow().iter().rev().cloned().map(Some));
            }
            NodeData::Text { contents } => builder.text(&contents.borrow()),
            _ => {}
        }
    }
    builder.finish()
}

#[cfg(test)]
mod tests {
    #[test]
    fn decodes_legacy_encodings_by_their_meta_charset() {
        let page =
            b"<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\xE9 cr\xE8me</p></body></html>";
        assert!(super::decode(page).contains("Café crème"));
        let latin2 = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-2\"><p>\xB1";
        assert!(super::decode(latin2).ends_with('ą'));
    }

    #[test]
    fn recognises_html_files_by_extension() {
        assert!(super::has_html_extension("Page.HTM"));
        assert!(!super::has_html_extension("notes.txt"));
    }
}
