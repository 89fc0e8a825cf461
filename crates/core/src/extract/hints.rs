//! What an element's class, id and role say about it: page furniture to drop, or a likely
//! container of the story. Word lists, matched on lower-case substrings.

use super::tree::{Attr, PageTree};

/// Class/id words of page furniture that is never the story: menus, footers, comments,
/// share bars, related and promoted lists, banners.
const UNLIKELY: &[&str] = &[
    "-ad-",
    "ad-break",
    "agegate",
    "banner",
    "breadcrumb",
    "combx",
    "comment",
    "community",
    "cookie",
    "consent",
    "cover-wrap",
    "disqus",
    "extra",
    "footer",
    "gdpr",
    "header",
    "legends",
    "menu",
    "newsletter",
    "paywall",
    "popup",
    "promo",
    "related",
    "remark",
    "replies",
    "rss",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "social",
    "sponsor",
    "subscribe",
    "supplemental",
    "pagination",
    "pager",
    "yom-remote",
    "most-read",
    "mostread",
    "trending",
    "share",
    "signup",
];

/// Words that rescue an element from [`UNLIKELY`]: it may well hold the story.
const MAYBE: &[&str] = &["and", "article", "body", "column", "content", "main", "shadow"];

/// Class/id words of a story container.
const POSITIVE: &[&str] = &[
    "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog",
    "story",
];

/// Class/id words of things around the story.
const NEGATIVE: &[&str] = &[
    "-ad-",
    "hidden",
    "banner",
    "combx",
    "comment",
    "com-",
    "contact",
    "footer",
    "gdpr",
    "masthead",
    "media",
    "meta",
    "outbrain",
    "promo",
    "related",
    "scroll",
    "share",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "sponsor",
    "shopping",
    "tags",
    "widget",
    "cookie",
    "newsletter",
    "caption",
    "credit",
];

/// Class/id words of a byline or dateline.
const BYLINE: &[&str] = &["byline", "author", "dateline", "writtenby", "p-author"];

/// ARIA roles of page furniture.
const FURNITURE_ROLES: &[&str] = &[
    "menu",
    "menubar",
    "complementary",
    "navigation",
    "alert",
    "alertdialog",
    "dialog",
    "banner",
    "contentinfo",
];

/// The element's class and id, lower-case, space-joined.
pub(super) fn class_and_id(page: &PageTree, i: usize) -> String {
    let class = page.attr(i, Attr::Class).unwrap_or("");
    let id = page.attr(i, Attr::Id).unwrap_or("");
    format!("{class} {id}").to_ascii_lowercase()
}

/// True when the element is page furniture by its class, id or role (never `body`,
/// `article` or `main`).
pub(super) fn is_unlikely(page: &PageTree, i: usize, names: &str) -> bool {
    if matches!(page.tag(i), "body" | "article" | "main" | "html" | "a") {
        return false;
    }
    let role = page.attr(i, Attr::Role).unwrap_or("").to_ascii_lowercase();
    if FURNITURE_ROLES.contains(&role.as_str()) {
        return true;
    }
    any_in(names, UNLIKELY) && !any_in(names, MAYBE)
}

/// The class weight of an element: +25 for each of class and id that reads like a story
/// container, -25 for each that reads like furniture.
pub(super) fn class_weight(page: &PageTree, i: usize) -> f64 {
    [Attr::Class, Attr::Id]
        .iter()
        .filter_map(|&a| page.attr(i, a))
        .map(|v| {
            let v = v.to_ascii_lowercase();
            let negative = if any_in(&v, NEGATIVE) { -25.0 } else { 0.0 };
            let positive = if any_in(&v, POSITIVE) { 25.0 } else { 0.0 };
            negative + positive
        })
        .sum()
}

/// True when the element's class, id, `rel` or `itemprop` marks it as a byline.
pub(super) fn is_byline(page: &PageTree, i: usize, names: &str) -> bool {
    let rel = page.attr(i, Attr::Rel).is_some_and(|r| r.eq_ignore_ascii_case("author"));
    let itemprop = page.attr(i, Attr::Itemprop).is_some_and(|p| p.to_ascii_lowercase().contains("author"));
    rel || itemprop || any_in(names, BYLINE)
}

/// True when the element is a caption or credit line of a picture, not part of the story.
pub(super) fn is_caption(page: &PageTree, i: usize, names: &str) -> bool {
    page.tag(i) == "figcaption" || any_in(names, &["caption", "credit"])
}

/// True when `names` contains any of `words`.
fn any_in(names: &str, words: &[&str]) -> bool {
    words.iter().any(|w| names.contains(w))
}
