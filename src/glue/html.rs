//! An article given as HTML, reduced to the plain text the analysis reads: paragraphs become
//! blank-line-separated blocks. The HTML is parsed into an inert document (`DOMParser`: no
//! scripts run, nothing loads) and only its text is kept; it never enters the page.

use wasm_bindgen::JsCast;

/// Elements whose content is not article text.
const SKIPPED: &[&str] =
    &["SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT", "BUTTON", "SELECT", "SVG", "IFRAME", "OBJECT"];

/// Elements that start and end a block of text.
const BLOCKS: &[&str] = &[
    "P",
    "DIV",
    "H1",
    "H2",
    "H3",
    "H4",
    "H5",
    "H6",
    "LI",
    "BLOCKQUOTE",
    "SECTION",
    "ARTICLE",
    "HEADER",
    "FOOTER",
    "MAIN",
    "UL",
    "OL",
    "DL",
    "DT",
    "DD",
    "TABLE",
    "TR",
    "FIGCAPTION",
    "FIGURE",
    "PRE",
    "HR",
    "ADDRESS",
    "ASIDE",
    "NAV",
];

/// The text of `html`, one block per paragraph, or `None` when the browser cannot parse HTML.
pub fn text_of_html(html: &str) -> Option<String> {
    let parser = web_sys::DomParser::new().ok()?;
    let document = parser.parse_from_string(html, web_sys::SupportedType::TextHtml).ok()?;
    let mut raw = String::new();
    collect(&document.body()?.into(), &mut raw);
    Some(tidy(&raw))
}

/// Appends the text under `node` to `out`, with `\n\n` around blocks and `\n` for `<br>`.
fn collect(node: &web_sys::Node, out: &mut String) {
    let children = node.child_nodes();
    for i in 0..children.length() {
        let Some(child) = children.item(i) else { continue };
        if child.node_type() == web_sys::Node::TEXT_NODE {
            // Line breaks in markup are spaces; only blocks and `<br>` break lines.
            let text = child.text_content().unwrap_or_default();
            out.extend(text.chars().map(|c| if c.is_whitespace() { ' ' } else { c }));
            continue;
        }
        let Some(element) = child.dyn_ref::<web_sys::Element>() else { continue };
        let tag = element.tag_name().to_ascii_uppercase();
        if SKIPPED.contains(&tag.as_str()) {
            continue;
        }
        if tag == "BR" {
            out.push('\n');
            continue;
        }
        let block = BLOCKS.contains(&tag.as_str());
        if block {
            out.push_str("\n\n");
        }
        collect(&child, out);
        if block {
            out.push_str("\n\n");
        }
    }
}

/// Collapses spaces inside lines, trims every line, and keeps at most one blank line between
/// blocks: markup's indentation is not the article's.
pub fn tidy(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut blank_pending = false;
    for line in raw.lines() {
        let words: Vec<&str> = line.split_whitespace().collect();
        if words.is_empty() {
            blank_pending = !out.is_empty();
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank_pending { "\n\n" } else { "\n" });
        }
        out.push_str(&words.join(" "));
        blank_pending = false;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::tidy;

    #[test]
    fn tidy_keeps_blocks_and_drops_markup_whitespace() {
        let raw = "\n\n  Headline \n\n\n\n   First   paragraph\n  continues.\n\n\n Second.  \n\n";
        assert_eq!(tidy(raw), "Headline\n\nFirst paragraph\ncontinues.\n\nSecond.");
    }

    #[test]
    fn tidy_of_nothing_is_empty() {
        assert_eq!(tidy(" \n\t\n"), "");
    }
}
