//! The small document tree extraction works on, and the builder a DOM walk fills.
//!
//! The tree is an arena in document order: every element knows where its subtree ends, so a
//! subtree is a contiguous slice and walking it needs no recursion. Only what extraction
//! reads is kept: element names, a handful of attributes, and text. Elements whose content is
//! never article text (`script`, `style`, `svg`, forms…) are dropped while building, except
//! JSON-LD scripts, whose text carries schema.org metadata.

/// A parsed HTML document, reduced to what extraction reads. Build one with
/// [`PageTreeBuilder`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PageTree {
    pub(super) nodes: Vec<Node>,
}

/// One node of a [`PageTree`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Node {
    /// Index of the parent element, `None` for top-level nodes.
    pub parent: Option<usize>,
    /// One past the index of the last node of this node's subtree.
    pub end: usize,
    /// What the node is.
    pub data: NodeData,
}

/// An element with its kept attributes, or a run of character data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum NodeData {
    /// An element: lower-case tag name and the attributes extraction reads.
    Element { tag: Box<str>, attrs: Vec<(Attr, Box<str>)> },
    /// Character data, entities decoded.
    Text(Box<str>),
}

/// The attributes extraction reads; all others are dropped while building.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Attr {
    /// `class`.
    Class,
    /// `id`.
    Id,
    /// `role`.
    Role,
    /// `itemprop` (schema.org microdata).
    Itemprop,
    /// `rel` (`rel="author"`).
    Rel,
    /// `name` of a `<meta>`.
    Name,
    /// `property` of a `<meta>` (OpenGraph).
    Property,
    /// `content` of a `<meta>`.
    Content,
    /// `datetime` of a `<time>`.
    Datetime,
    /// `type` of a `<script>` (JSON-LD).
    Type,
    /// `hidden`, or `aria-hidden="true"`, or an inline `display:none`.
    Hidden,
}

impl Attr {
    /// The attribute kept for `name="value"`, if extraction reads it.
    fn of(name: &str, value: &str) -> Option<Attr> {
        Some(match name {
            "class" => Attr::Class,
            "id" => Attr::Id,
            "role" => Attr::Role,
            "itemprop" => Attr::Itemprop,
            "rel" => Attr::Rel,
            "name" => Attr::Name,
            "property" => Attr::Property,
            "content" => Attr::Content,
            "datetime" => Attr::Datetime,
            "type" => Attr::Type,
            "hidden" => Attr::Hidden,
            "aria-hidden" if value.eq_ignore_ascii_case("true") => Attr::Hidden,
            "style" if is_display_none(value) => Attr::Hidden,
            _ => return None,
        })
    }
}

/// True for an inline style that hides the element.
fn is_display_none(style: &str) -> bool {
    let squeezed: String =
        style.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
    squeezed.contains("display:none") || squeezed.contains("visibility:hidden")
}

/// Elements whose content is never article text: dropped with everything inside.
const DROPPED: &[&str] = &[
    "script", "style", "template", "noscript", "svg", "math", "iframe", "object", "embed", "canvas", "video",
    "audio", "picture", "source", "input", "button", "select", "option", "textarea", "form", "link", "map",
    "dialog", "frame", "frameset", "applet",
];

/// Builds a [`PageTree`] from a walk over any DOM in document order: call
/// [`start_element`](Self::start_element) on entering an element, [`text`](Self::text) for
/// its character data and [`end_element`](Self::end_element) on leaving it (also for void
/// elements such as `<br>`: every start has its end, as in any DOM walk).
///
/// Unbalanced calls are tolerated (a stray end is ignored; [`finish`](Self::finish) closes
/// what is still open), so any call sequence gives a tree.
#[derive(Debug, Default)]
pub struct PageTreeBuilder {
    nodes: Vec<Node>,
    /// Open elements: index in `nodes`, or `None` for a dropped element.
    open: Vec<Option<usize>>,
    /// How many dropped elements are open; content is skipped while this is non-zero.
    dropped_depth: usize,
}

impl PageTreeBuilder {
    /// An empty builder.
    pub fn new() -> Self {
        Self::default()
    }

    /// Enters an element. `tag` is its name (any case), `attrs` its attributes; only the
    /// attributes extraction reads are kept.
    pub fn start_element(&mut self, tag: &str, attrs: &[(&str, &str)]) {
        let tag = tag.to_ascii_lowercase();
        let json_ld = tag == "script"
            && attrs.iter().any(|(n, v)| {
                n.eq_ignore_ascii_case("type") && v.trim().eq_ignore_ascii_case("application/ld+json")
            });
        if self.dropped_depth > 0 || (DROPPED.contains(&tag.as_str()) && !json_ld) {
            self.dropped_depth += 1;
            self.open.push(None);
            return;
        }
        let attrs = attrs
            .iter()
            .filter_map(|(n, v)| Some((Attr::of(&n.to_ascii_lowercase(), v)?, Box::from(*v))))
            .collect();
        let index = self.nodes.len();
        let parent = self.open.iter().rev().find_map(|o| *o);
        self.nodes.push(Node { parent, end: index + 1, data: NodeData::Element { tag: tag.into(), attrs } });
        self.open.push(Some(index));
    }

    /// Adds character data (entities already decoded) to the current element.
    pub fn text(&mut self, text: &str) {
        if self.dropped_depth > 0 || text.is_empty() {
            return;
        }
        let parent = self.open.iter().rev().find_map(|o| *o);
        if let Some(Node { data: NodeData::Text(last), .. }) =
            self.nodes.last_mut().filter(|n| n.parent == parent)
        {
            let mut joined = String::with_capacity(last.len() + text.len());
            joined.push_str(last);
            joined.push_str(text);
            *last = joined.into();
            return;
        }
        let index = self.nodes.len();
        self.nodes.push(Node { parent, end: index + 1, data: NodeData::Text(text.into()) });
    }

    /// Leaves the current element. Ignored when no element is open.
    pub fn end_element(&mut self) {
        match self.open.pop() {
            Some(None) => self.dropped_depth -= 1,
            Some(Some(index)) => self.nodes[index].end = self.nodes.len(),
            None => {}
        }
    }

    /// Closes every element still open and returns the tree.
    pub fn finish(mut self) -> PageTree {
        while !self.open.is_empty() {
            self.end_element();
        }
        PageTree { nodes: self.nodes }
    }
}

impl PageTree {
    /// The lower-case tag of node `i`, or `""` for text.
    pub(super) fn tag(&self, i: usize) -> &str {
        match &self.nodes[i].data {
            NodeData::Element { tag, .. } => tag,
            NodeData::Text(_) => "",
        }
    }

    /// The value of attribute `attr` on node `i`, if it has one.
    pub(super) fn attr(&self, i: usize, attr: Attr) -> Option<&str> {
        match &self.nodes[i].data {
            NodeData::Element { attrs, .. } => attrs.iter().find(|(a, _)| *a == attr).map(|(_, v)| &**v),
            NodeData::Text(_) => None,
        }
    }

    /// The children of node `i`, in order.
    pub(super) fn children(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        let end = self.nodes[i].end;
        std::iter::successors(Some(i + 1), move |&c| self.nodes.get(c).map(|n| n.end))
            .take_while(move |&c| c < end)
    }

    /// The top-level nodes, in order.
    pub(super) fn roots(&self) -> impl Iterator<Item = usize> + '_ {
        std::iter::successors(Some(0), move |&c| self.nodes.get(c).map(|n| n.end))
            .take_while(move |&c| c < self.nodes.len())
    }

    /// Number of nodes.
    pub(super) fn len(&self) -> usize {
        self.nodes.len()
    }
}
