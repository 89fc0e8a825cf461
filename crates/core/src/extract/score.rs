//! Finding the story's container: paragraphs score their ancestors by length and commas,
//! link-heavy candidates lose, and the best one's like-scored siblings join it.

use super::hints;
use super::stats::{BLOCKS, Stats};
use super::tree::PageTree;

/// Paragraphs shorter than this (in characters) do not score.
const MIN_PARAGRAPH: usize = 25;

/// How many ancestors above a paragraph share its score.
const ANCESTOR_LEVELS: usize = 5;

/// The nodes holding the story, in document order: the best candidate and the siblings that
/// belong with it. Empty when no paragraph scored.
pub(super) fn content(page: &PageTree, stats: &Stats) -> Vec<usize> {
    let scores = score(page, stats);
    let Some(top) = best(&scores) else { return Vec::new() };
    let top = widen(page, &scores, top);
    with_siblings(page, stats, &scores, top)
}

/// Every node's final score (`None` for nodes no paragraph reached): the paragraph scores
/// it gathered, scaled by how little of it is links.
fn score(page: &PageTree, stats: &Stats) -> Vec<Option<f64>> {
    let mut scores: Vec<Option<f64>> = vec![None; page.len()];
    for i in 0..page.len() {
        let Some((owner, text, commas)) = paragraph(page, stats, i) else { continue };
        if text < MIN_PARAGRAPH {
            continue;
        }
        let points = 1.0 + commas as f64 + (text as f64 / 100.0).min(3.0);
        let ancestors = std::iter::successors(Some(owner), |&a| page.nodes[a].parent);
        for (level, a) in ancestors.take(ANCESTOR_LEVELS).enumerate() {
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                _ => level as f64 * 3.0,
            };
            let current = scores[a].get_or_insert_with(|| initial_score(page, a));
            *current += points / divider;
        }
    }
    for (i, score) in scores.iter_mut().enumerate() {
        if let Some(s) = score {
            *s *= 1.0 - stats.link_density(i);
        }
    }
    scores
}

/// If node `i` is a paragraph, the node whose ancestors it scores, its text length and its
/// commas. A `<p>`, `<pre>` or `<td>` scores from its parent; a `<div>` without blocks inside
/// is a paragraph too; a `<div>` with blocks scores itself with its own loose text.
fn paragraph(page: &PageTree, stats: &Stats, i: usize) -> Option<(usize, usize, usize)> {
    if stats.removed[i] {
        return None;
    }
    let parent = page.nodes[i].parent?;
    match page.tag(i) {
        "p" | "pre" | "td" => Some((parent, stats.text[i], stats.commas[i])),
        "div" | "section" if !stats.has_block[i] => Some((parent, stats.text[i], stats.commas[i])),
        "div" | "section" => {
            let loose = page.children(i).filter(|&c| !stats.removed[c] && !BLOCKS.contains(&page.tag(c)));
            let (text, commas) = loose.fold((0, 0), |(t, c), n| (t + stats.text[n], c + stats.commas[n]));
            Some((i, text, commas))
        }
        _ => None,
    }
}

/// The score a candidate starts with: its tag's and its class weight.
fn initial_score(page: &PageTree, i: usize) -> f64 {
    let tag = match page.tag(i) {
        "div" | "article" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    };
    tag + hints::class_weight(page, i)
}

/// The best-scoring node (the first of equals, so the result is deterministic).
fn best(scores: &[Option<f64>]) -> Option<usize> {
    let mut best: Option<(usize, f64)> = None;
    for (i, s) in scores.iter().enumerate() {
        if let Some(s) = *s
            && best.is_none_or(|(_, b)| s > b)
        {
            best = Some((i, s));
        }
    }
    best.map(|(i, _)| i)
}

/// Moves up from the top candidate when the story is spread over several containers: to an
/// ancestor that scores better, and past parents of which it is the only child.
fn widen(page: &PageTree, scores: &[Option<f64>], top: usize) -> usize {
    let mut top = top;
    let mut last = scores[top].unwrap_or(0.0);
    let threshold = last / 3.0;
    let mut parent = page.nodes[top].parent;
    while let Some(p) = parent.filter(|&p| page.tag(p) != "body" && page.tag(p) != "html") {
        if let Some(s) = scores[p] {
            if s < threshold {
                break;
            }
            if s > last {
                top = p;
                break;
            }
            last = s;
        }
        parent = page.nodes[p].parent;
    }
    while let Some(p) = page.nodes[top].parent.filter(|&p| !matches!(page.tag(p), "body" | "html")) {
        if page.children(p).filter(|&c| !page.tag(c).is_empty()).count() != 1 {
            break;
        }
        top = p;
    }
    top
}

/// The top candidate with those of its siblings that belong to the story: scoring near it,
/// or reading like a paragraph of prose with few links.
fn with_siblings(page: &PageTree, stats: &Stats, scores: &[Option<f64>], top: usize) -> Vec<usize> {
    let Some(parent) = page.nodes[top].parent else { return vec![top] };
    let top_score = scores[top].unwrap_or(0.0);
    let threshold = (top_score * 0.2).max(10.0);
    let top_class = page.attr(top, super::tree::Attr::Class).filter(|c| !c.is_empty());
    page.children(parent)
        .filter(|&s| !stats.removed[s])
        .filter(|&s| {
            if s == top {
                return true;
            }
            let same_class = top_class.is_some() && page.attr(s, super::tree::Attr::Class) == top_class;
            let bonus = if same_class { top_score * 0.2 } else { 0.0 };
            if scores[s].is_some_and(|score| score + bonus >= threshold) {
                return true;
            }
            page.tag(s) == "p" && is_prose(page, stats, s)
        })
        .collect()
}

/// True for a sibling paragraph that reads like the story: long with few links, or a short
/// linkless sentence.
fn is_prose(page: &PageTree, stats: &Stats, i: usize) -> bool {
    let (len, density) = (stats.text[i], stats.link_density(i));
    if len > 80 {
        return density < 0.25;
    }
    len > 0 && density == 0.0 && {
        let text = super::blocks::plain_text(page, stats, i);
        text.contains(". ") || text.ends_with('.')
    }
}
