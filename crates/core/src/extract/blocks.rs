//! From the chosen containers to text blocks: clutter inside them is dropped (link lists,
//! image galleries, furniture by class), then their text is read out block by block.

use super::hints;
use super::output::{ExtractedBlock, ExtractedKind};
use super::stats::{BLOCKS, Stats, is_heading};
use super::tree::{NodeData, PageTree};

/// Containers that are dropped when they look like clutter rather than story.
const CLEANABLE: &[&str] = &["div", "section", "ul", "ol", "table", "fieldset", "aside", "h1", "h2", "dl"];

/// Drops the clutter inside `roots` (marking it removed in `stats`), innermost first so an
/// outer container is judged without the clutter it held.
pub(super) fn clean(page: &PageTree, stats: &mut Stats, roots: &[usize]) {
    for &root in roots {
        for i in (root..page.nodes[root].end).rev() {
            if !stats.removed[i] && CLEANABLE.contains(&page.tag(i)) && is_clutter(page, stats, i) {
                stats.remove(page, i);
            }
        }
    }
}

/// True for a container that reads like clutter: furniture by its class, mostly links,
/// pictures with little text, or no text at all.
fn is_clutter(page: &PageTree, stats: &Stats, i: usize) -> bool {
    let weight = hints::class_weight(page, i);
    if weight < 0.0 {
        return true;
    }
    if is_heading(page.tag(i)) || stats.commas[i] >= 10 {
        return false;
    }
    let text = stats.text[i];
    let (paragraphs, images) = (stats.paragraphs[i] as f64, stats.images[i] as f64);
    let items = stats.items[i] as f64 - 100.0;
    let is_list = matches!(page.tag(i), "ul" | "ol" | "dl") || stats.list_text[i] as f64 > 0.9 * text as f64;
    let heading_density = if text == 0 { 0.0 } else { stats.heading_text[i] as f64 / text as f64 };
    let links = stats.link_density(i);
    (images > 1.0 && paragraphs / images < 0.5)
        || (!is_list && items > paragraphs)
        || (!is_list && heading_density < 0.9 && text < 25 && (images == 0.0 || images > 2.0) && links > 0.0)
        || (!is_list && weight < 25.0 && links > 0.2)
        || (weight >= 25.0 && links > 0.5)
        || (images == 0.0 && text == 0)
}

impl Stats {
    /// Marks node `i` removed and takes its numbers off its ancestors.
    fn remove(&mut self, page: &PageTree, i: usize) {
        for r in &mut self.removed[i..page.nodes[i].end] {
            *r = true;
        }
        let ancestors = std::iter::successors(page.nodes[i].parent, |&a| page.nodes[a].parent);
        for a in ancestors {
            self.text[a] -= self.text[i];
            self.links[a] -= self.links[i];
            self.commas[a] -= self.commas[i];
            self.paragraphs[a] -= self.paragraphs[i];
            self.items[a] -= self.items[i];
            self.images[a] -= self.images[i];
            self.list_text[a] -= self.list_text[i];
            self.heading_text[a] -= self.heading_text[i];
        }
    }
}

/// The text blocks of the subtrees `roots`, in document order.
pub(super) fn read(page: &PageTree, stats: &Stats, roots: &[usize]) -> Vec<ExtractedBlock> {
    let mut reader = Reader { blocks: Vec::new(), buffer: String::new(), open: Vec::new() };
    for &root in roots {
        reader.read(page, stats, root);
    }
    reader.blocks
}

/// The collapsed text of the subtree of `i`, removed parts left out.
pub(super) fn plain_text(page: &PageTree, stats: &Stats, i: usize) -> String {
    let mut text = String::new();
    let mut j = i;
    while j < page.nodes[i].end {
        if stats.removed[j] {
            j = page.nodes[j].end;
            continue;
        }
        if let NodeData::Text(t) = &page.nodes[j].data {
            text.push_str(t);
        }
        j += 1;
    }
    collapse(&text)
}

/// Reads blocks out of subtrees: inline text gathers in `buffer` until a block element starts
/// or ends.
struct Reader {
    blocks: Vec<ExtractedBlock>,
    buffer: String,
    /// Open elements: where each ends, and the block kind it gives its text, if any.
    open: Vec<(usize, Option<ExtractedKind>)>,
}

impl Reader {
    /// Reads the subtree of `root`.
    fn read(&mut self, page: &PageTree, stats: &Stats, root: usize) {
        let end = page.nodes[root].end;
        let mut i = root;
        while i < end {
            self.close_until(i);
            if stats.removed[i] {
                i = page.nodes[i].end;
                continue;
            }
            match &page.nodes[i].data {
                NodeData::Text(t) => self.buffer.push_str(t),
                NodeData::Element { tag, .. } => {
                    let block = BLOCKS.contains(&&**tag);
                    if block {
                        self.flush();
                    }
                    self.open.push((page.nodes[i].end, block.then(|| kind_of(tag))));
                }
            }
            i += 1;
        }
        self.close_until(usize::MAX);
    }

    /// Closes the open elements that end at or before node `i`, ending their blocks.
    fn close_until(&mut self, i: usize) {
        while let Some(&(end, kind)) = self.open.last() {
            if end > i {
                break;
            }
            if kind.is_some() {
                self.flush();
            }
            self.open.pop();
        }
    }

    /// Ends the current block: its buffered text becomes a block of the innermost kind.
    fn flush(&mut self) {
        let kind = self.open.iter().rev().find_map(|(_, k)| k.filter(|&k| k != ExtractedKind::Paragraph));
        let kind = kind.unwrap_or(ExtractedKind::Paragraph);
        let text = if kind == ExtractedKind::Preformatted {
            self.buffer.trim_matches(['\n', '\r']).trim_end().to_owned()
        } else {
            collapse(&self.buffer)
        };
        self.buffer.clear();
        if !text.is_empty() {
            self.blocks.push(ExtractedBlock { kind, text });
        }
    }
}

/// The block kind a block element gives the text inside it.
fn kind_of(tag: &str) -> ExtractedKind {
    match tag {
        "pre" => ExtractedKind::Preformatted,
        "li" | "dt" | "dd" => ExtractedKind::ListItem,
        "blockquote" => ExtractedKind::Quote,
        _ if is_heading(tag) => ExtractedKind::Heading,
        _ => ExtractedKind::Paragraph,
    }
}

/// `text` with whitespace runs made single spaces, trimmed.
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
