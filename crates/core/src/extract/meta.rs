//! The article's title, byline and date, from what the page says about itself: schema.org
//! JSON-LD, OpenGraph and other `<meta>` tags, `<time>`, byline elements and `<title>`.

use serde_json::Value;

use super::tree::{Attr, NodeData, PageTree};

/// `<meta>` names of the title, best first.
const TITLE_KEYS: &[&str] = &["og:title", "twitter:title", "dc.title", "headline", "title"];
/// `<meta>` names of the author, best first.
const AUTHOR_KEYS: &[&str] = &[
    "author",
    "article:author",
    "dc.creator",
    "parsely-author",
    "sailthru.author",
    "byl",
    "twitter:creator",
];
/// `<meta>` names of the publication date, best first.
const DATE_KEYS: &[&str] = &[
    "article:published_time",
    "datepublished",
    "og:published_time",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date",
    "pubdate",
    "publishdate",
    "date",
];

/// What a page says about its article.
#[derive(Debug, Default)]
pub(super) struct Meta {
    /// The headline.
    pub title: Option<String>,
    /// The author(s).
    pub byline: Option<String>,
    /// The publication date as displayed.
    pub date: Option<String>,
}

/// Everything found while walking the page, before choosing.
#[derive(Default)]
struct Found<'a> {
    metas: Vec<(String, &'a str)>,
    json_ld: Vec<Value>,
    title_element: Option<String>,
    first_h1: Option<String>,
    first_time: Option<&'a str>,
}

/// Reads the metadata of `page`; `bylines` are the byline elements the scoring set aside.
pub(super) fn read(page: &PageTree, bylines: &[usize]) -> Meta {
    let found = find(page);
    let ld = |key: &str| found.json_ld.iter().find_map(|v| json_ld_field(v, key, 0));
    let meta = |keys: &[&str]| {
        keys.iter().find_map(|k| {
            found
                .metas
                .iter()
                .find(|(name, v)| name == k && !v.trim().is_empty())
                .map(|(_, v)| v.trim().to_owned())
        })
    };
    let title = choose_title(&found, meta(TITLE_KEYS).or_else(|| ld("headline")));
    let byline_element = bylines.iter().map(|&b| text_of(page, b)).find(|t| !t.is_empty());
    let byline = ld("author")
        .or_else(|| meta(AUTHOR_KEYS).filter(|a| !a.starts_with("http") && !a.starts_with('@')))
        .or(byline_element)
        .map(|b| clean_byline(&b))
        .filter(|b| !b.is_empty() && b.chars().count() <= 100);
    let date = ld("datePublished")
        .or_else(|| meta(DATE_KEYS))
        .or(found.first_time.map(str::to_owned))
        .map(|d| display_date(&d));
    Meta { title, byline, date }
}

/// Collects the `<meta>` tags, JSON-LD scripts, `<title>`, first `<h1>` and first `<time>`.
fn find(page: &PageTree) -> Found<'_> {
    let mut found = Found::default();
    for i in 0..page.len() {
        match page.tag(i) {
            "meta" | "time" | "span" | "div"
                if page.attr(i, Attr::Itemprop).is_some_and(|p| p.eq_ignore_ascii_case("datepublished")) =>
            {
                if let Some(v) = page.attr(i, Attr::Content).or(page.attr(i, Attr::Datetime)) {
                    found.metas.push(("datepublished".to_owned(), v));
                }
            }
            "meta" => {
                let key = page
                    .attr(i, Attr::Property)
                    .or(page.attr(i, Attr::Name))
                    .or(page.attr(i, Attr::Itemprop));
                if let (Some(key), Some(content)) = (key, page.attr(i, Attr::Content)) {
                    found.metas.push((key.trim().to_ascii_lowercase(), content));
                }
            }
            "script" => {
                if let Ok(value) = serde_json::from_str(&text_of(page, i)) {
                    found.json_ld.push(value);
                }
            }
            "title" if found.title_element.is_none() => found.title_element = Some(text_of(page, i)),
            "h1" if found.first_h1.is_none() => found.first_h1 = Some(text_of(page, i)),
            "time" if found.first_time.is_none() => found.first_time = page.attr(i, Attr::Datetime),
            _ => {}
        }
    }
    found
}

/// The headline: the page's `<h1>` when the metadata or `<title>` confirm it, else the
/// metadata title, else `<title>` without its site name.
fn choose_title(found: &Found, meta_title: Option<String>) -> Option<String> {
    let page_title = found.title_element.as_deref().filter(|t| !t.is_empty());
    let confirms = |h1: &str| {
        let h1 = h1.to_lowercase();
        [meta_title.as_deref(), page_title].into_iter().flatten().any(|t| t.to_lowercase().contains(&h1))
    };
    if let Some(h1) = found.first_h1.as_deref().filter(|h| h.split_whitespace().count() >= 2 && confirms(h)) {
        return Some(h1.to_owned());
    }
    meta_title.or_else(|| page_title.map(strip_site_name)).filter(|t| !t.is_empty())
}

/// `<title>` text without a trailing " | Site name" when what is left is several words.
fn strip_site_name(title: &str) -> String {
    for separator in [" | ", " - ", " – ", " — ", " :: ", " « ", " » "] {
        if let Some((head, _)) = title.rsplit_once(separator)
            && head.split_whitespace().count() >= 3
        {
            return head.trim().to_owned();
        }
    }
    title.trim().to_owned()
}

/// The string (or the `name` of the object, or the names of the array) under `key` in a
/// JSON-LD value, searched depth-first through `@graph` and nested objects.
fn json_ld_field(value: &Value, key: &str, depth: usize) -> Option<String> {
    if depth > 6 {
        return None;
    }
    match value {
        Value::Object(map) => {
            if let Some(found) = map.get(key).and_then(name_of) {
                return Some(found);
            }
            map.values().find_map(|v| json_ld_field(v, key, depth + 1))
        }
        Value::Array(items) => items.iter().find_map(|v| json_ld_field(v, key, depth + 1)),
        _ => None,
    }
}

/// A JSON-LD string, an object's `name`, or the names of an array joined with ", ".
fn name_of(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.trim().to_owned()).filter(|s| !s.is_empty()),
        Value::Object(map) => map.get("name").and_then(name_of),
        Value::Array(items) => {
            let names: Vec<String> = items.iter().filter_map(name_of).collect();
            (!names.is_empty()).then(|| names.join(", "))
        }
        _ => None,
    }
}

/// A byline without a leading "By" and with whitespace collapsed.
fn clean_byline(byline: &str) -> String {
    let collapsed = byline.split_whitespace().collect::<Vec<_>>().join(" ");
    ["By ", "by ", "BY "]
        .iter()
        .find_map(|p| collapsed.strip_prefix(p))
        .unwrap_or(&collapsed)
        .trim()
        .to_owned()
}

/// An ISO date ("2014-06-12T10:00:00Z") as "June 12, 2014"; any other date as written.
fn display_date(date: &str) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let date = date.trim();
    let number = |range: std::ops::Range<usize>| date.get(range).and_then(|s| s.parse::<usize>().ok());
    let iso = date.as_bytes().get(4) == Some(&b'-') && date.as_bytes().get(7) == Some(&b'-');
    match (iso, number(0..4), number(5..7), number(8..10)) {
        (true, Some(year), Some(month @ 1..=12), Some(day @ 1..=31)) => {
            format!("{} {day}, {year}", MONTHS[month - 1])
        }
        _ => date.to_owned(),
    }
}

/// The collapsed text of node `i`'s subtree.
fn text_of(page: &PageTree, i: usize) -> String {
    let mut text = String::new();
    for node in &page.nodes[i..page.nodes[i].end] {
        if let NodeData::Text(t) = &node.data {
            text.push_str(t);
            text.push(' ');
        }
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
