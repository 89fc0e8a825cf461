//! Per-node numbers the scoring reads, computed in two linear passes over the arena: which
//! nodes are dropped, and for each node the text, link text and commas in its subtree.

use super::hints;
use super::tree::{Attr, NodeData, PageTree};

/// Elements that start a new block of text; everything else is inline.
pub(super) const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "br",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "html",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
    "head",
    "title",
    "caption",
];

/// Elements that are never the story, whatever their class.
const FURNITURE: &[&str] = &["nav", "aside", "footer", "head", "title", "meta", "script"];

/// What is known of every node of a page.
pub(super) struct Stats {
    /// Dropped with its subtree: hidden, furniture, byline, caption.
    pub removed: Vec<bool>,
    /// Characters of text in the subtree (whitespace runs counted once).
    pub text: Vec<usize>,
    /// Characters of text inside links in the subtree.
    pub links: Vec<usize>,
    /// Commas in the subtree.
    pub commas: Vec<usize>,
    /// Whether the subtree has a block element below the node.
    pub has_block: Vec<bool>,
    /// `<p>` elements in the subtree.
    pub paragraphs: Vec<usize>,
    /// `<li>` elements in the subtree.
    pub items: Vec<usize>,
    /// `<img>` elements in the subtree.
    pub images: Vec<usize>,
    /// Characters of text inside `<ul>`/`<ol>` in the subtree.
    pub list_text: Vec<usize>,
    /// Characters of text inside headings in the subtree.
    pub heading_text: Vec<usize>,
    /// Byline elements found (and removed), in document order.
    pub bylines: Vec<usize>,
}

impl Stats {
    /// Computes the numbers for `page`; with `strict`, class/id hints of furniture drop
    /// elements too.
    pub fn new(page: &PageTree, strict: bool) -> Stats {
        let n = page.len();
        let mut s = Stats {
            removed: vec![false; n],
            text: vec![0; n],
            links: vec![0; n],
            commas: vec![0; n],
            has_block: vec![false; n],
            paragraphs: vec![0; n],
            items: vec![0; n],
            images: vec![0; n],
            list_text: vec![0; n],
            heading_text: vec![0; n],
            bylines: Vec::new(),
        };
        let mut in_link = vec![false; n];
        let mut in_list = vec![false; n];
        let mut in_heading = vec![false; n];
        for i in 0..n {
            let parent = page.nodes[i].parent;
            let inherited = |v: &Vec<bool>| parent.is_some_and(|p| v[p]);
            let tag = page.tag(i);
            in_link[i] = inherited(&in_link) || tag == "a";
            in_list[i] = inherited(&in_list) || matches!(tag, "ul" | "ol");
            in_heading[i] = inherited(&in_heading) || is_heading(tag);
            s.removed[i] = inherited(&s.removed) || s.drops(page, i, strict);
        }
        for i in (0..n).rev() {
            if s.removed[i] {
                continue;
            }
            if let NodeData::Text(t) = &page.nodes[i].data {
                s.text[i] = collapsed_len(t);
                s.commas[i] = t.chars().filter(|&c| c == ',' || c == '，').count();
                s.links[i] = if in_link[i] { s.text[i] } else { 0 };
                s.list_text[i] = if in_list[i] { s.text[i] } else { 0 };
                s.heading_text[i] = if in_heading[i] { s.text[i] } else { 0 };
            }
            match page.tag(i) {
                "p" => s.paragraphs[i] += 1,
                "li" => s.items[i] += 1,
                "img" => s.images[i] += 1,
                _ => {}
            }
            if let Some(p) = page.nodes[i].parent {
                s.add_to_parent(i, p, BLOCKS.contains(&page.tag(i)) || page.tag(i) == "img");
            }
        }
        s
    }

    /// Whether node `i` itself (not through an ancestor) is dropped; records bylines.
    fn drops(&mut self, page: &PageTree, i: usize, strict: bool) -> bool {
        let tag = page.tag(i);
        if tag.is_empty() {
            return false;
        }
        if page.attr(i, Attr::Hidden).is_some() || FURNITURE.contains(&tag) {
            return true;
        }
        let names = hints::class_and_id(page, i);
        if matches!(tag, "html" | "body" | "main" | "article") {
            return false;
        }
        if hints::is_byline(page, i, &names) && short_text(page, i, BYLINE_MAX) {
            self.bylines.push(i);
            return true;
        }
        (hints::is_caption(page, i, &names) && short_text(page, i, CAPTION_MAX))
            || (strict && hints::is_unlikely(page, i, &names))
    }

    /// Adds the numbers of node `i` to its parent `p`.
    fn add_to_parent(&mut self, i: usize, p: usize, is_block: bool) {
        self.text[p] += self.text[i];
        self.links[p] += self.links[i];
        self.commas[p] += self.commas[i];
        self.paragraphs[p] += self.paragraphs[i];
        self.items[p] += self.items[i];
        self.images[p] += self.images[i];
        self.list_text[p] += self.list_text[i];
        self.heading_text[p] += self.heading_text[i];
        self.has_block[p] |= self.has_block[i] || is_block;
    }

    /// Share of the text of node `i` that is link text, 0 for no text.
    pub fn link_density(&self, i: usize) -> f64 {
        if self.text[i] == 0 { 0.0 } else { self.links[i] as f64 / self.text[i] as f64 }
    }
}

/// True for `h1`…`h6`.
pub(super) fn is_heading(tag: &str) -> bool {
    matches!(tag, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}

/// Longest text (in characters) an element marked as a byline may have.
const BYLINE_MAX: usize = 100;

/// Longest text (in characters) an element marked as a caption or credit may have: longer
/// ones are containers whose class merely mentions captions.
const CAPTION_MAX: usize = 400;

/// True when the subtree of `i` has some text, under `max` characters.
fn short_text(page: &PageTree, i: usize, max: usize) -> bool {
    let mut len = 0;
    for node in &page.nodes[i..page.nodes[i].end] {
        if let NodeData::Text(t) = &node.data {
            len += collapsed_len(t);
            if len >= max {
                return false;
            }
        }
    }
    len > 0
}

/// Characters in `text` with whitespace runs counted as one.
pub(super) fn collapsed_len(text: &str) -> usize {
    let mut len = 0;
    let mut space = false;
    for c in text.chars() {
        let ws = c.is_whitespace();
        if !(ws && space) {
            len += 1;
        }
        space = ws;
    }
    len
}
