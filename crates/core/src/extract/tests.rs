//! Extraction on small pages written for these tests, built as a DOM walk would build them.

use proptest::prelude::*;

use super::*;

/// A node of a test page: an element with attributes and children, or text.
enum Html {
    El(&'static str, Vec<(&'static str, &'static str)>, Vec<Html>),
    Text(&'static str),
}
use Html::{El, Text};

/// An element without attributes.
fn el(tag: &'static str, children: Vec<Html>) -> Html {
    El(tag, Vec::new(), children)
}

/// Walks `node` into `builder`, as the app's `DOMParser` walker and the CLI do.
fn walk(builder: &mut PageTreeBuilder, node: &Html) {
    match node {
        El(tag, attrs, children) => {
            builder.start_element(tag, attrs);
            children.iter().for_each(|c| walk(builder, c));
            builder.end_element();
        }
        Text(text) => builder.text(text),
    }
}

fn tree(root: &Html) -> PageTree {
    let mut builder = PageTreeBuilder::new();
    walk(&mut builder, root);
    builder.finish()
}

const P1: &str = "The council voted on Tuesday to close the old bridge, citing cracks, rust and a report \
                  that engineers had delivered, late, in the spring.";
const P2: &str = "Residents, who had campaigned for years, said they were relieved, though many worried \
                  about the longer drive to the market, the school and the clinic.";
const P3: &str = "A replacement, paid for by the region, is due to open in 2027, officials said, if the \
                  budget, the weather and the contractors allow it.";

/// A news page with the furniture of real ones around a story.
fn news_page() -> Html {
    let link = |text| el("li", vec![el("a", vec![Text(text)])]);
    el(
        "html",
        vec![
            el(
                "head",
                vec![
                    el("title", vec![Text("Bridge to close after vote | The Daily Example")]),
                    El(
                        "meta",
                        vec![("property", "og:title"), ("content", "Bridge to close after vote")],
                        vec![],
                    ),
                    El(
                        "meta",
                        vec![("property", "article:published_time"), ("content", "2014-06-12T09:30:00Z")],
                        vec![],
                    ),
                    El("script", vec![], vec![Text("var tracking = 'Skip this script text';")]),
                    El("style", vec![], vec![Text("p { color: red }")]),
                ],
            ),
            el(
                "body",
                vec![
                    el("nav", vec![el("ul", vec![link("Home"), link("World"), link("Sport")])]),
                    El(
                        "div",
                        vec![("class", "cookie-banner")],
                        vec![el("p", vec![Text("We use cookies to improve this site.")])],
                    ),
                    el(
                        "article",
                        vec![
                            el("h1", vec![Text("Bridge to close after vote")]),
                            El("a", vec![("rel", "author")], vec![Text("By Jane Doe")]),
                            el("p", vec![Text(P1)]),
                            el(
                                "figure",
                                vec![
                                    El("img", vec![], vec![]),
                                    el("figcaption", vec![Text("The bridge. Photo: A. Photographer")]),
                                ],
                            ),
                            el("p", vec![Text(P2), el("b", vec![Text("bold")]), Text("ly.")]),
                            el("h2", vec![Text("What comes next")]),
                            el(
                                "ul",
                                vec![
                                    el("li", vec![Text("A ferry, twice an hour")]),
                                    el("li", vec![Text("Extra buses")]),
                                ],
                            ),
                            el(
                                "blockquote",
                                vec![el(
                                    "p",
                                    vec![Text("We waited long enough, and we will keep watching.")],
                                )],
                            ),
                            el("p", vec![Text(P3)]),
                            El(
                                "div",
                                vec![("class", "share-bar")],
                                vec![el("a", vec![Text("Share on Facebook")])],
                            ),
                            El("noscript", vec![], vec![Text("Enable JavaScript to see comments")]),
                        ],
                    ),
                    El(
                        "aside",
                        vec![("class", "related")],
                        vec![el("ul", vec![link("Another story about bridges")])],
                    ),
                    el("footer", vec![Text("© The Daily Example")]),
                ],
            ),
        ],
    )
}

#[test]
fn finds_the_story_and_leaves_the_furniture() {
    let article = extract(&tree(&news_page())).expect("an article");
    assert_eq!(article.title.as_deref(), Some("Bridge to close after vote"));
    assert_eq!(article.byline.as_deref(), Some("Jane Doe"));
    assert_eq!(article.date.as_deref(), Some("June 12, 2014"));
    let blocks: Vec<(ExtractedKind, &str)> =
        article.blocks.iter().map(|b| (b.kind, b.text.as_str())).collect();
    let p2 = format!("{P2}boldly.");
    assert_eq!(
        blocks,
        vec![
            (ExtractedKind::Paragraph, P1),
            (ExtractedKind::Paragraph, p2.as_str()),
            (ExtractedKind::Heading, "What comes next"),
            (ExtractedKind::ListItem, "A ferry, twice an hour"),
            (ExtractedKind::ListItem, "Extra buses"),
            (ExtractedKind::Quote, "We waited long enough, and we will keep watching."),
            (ExtractedKind::Paragraph, P3),
        ]
    );
}

#[test]
fn the_analysis_reads_the_same_title_byline_date_and_paragraphs() {
    let article = extract(&tree(&news_page())).expect("an article");
    let text = article.to_text();
    let analysis = crate::analyze(&text);
    let slice = |span: Option<crate::Span>| span.map(|s| s.slice(&text).to_owned());
    assert_eq!(slice(analysis.article.title).as_deref(), Some("Bridge to close after vote"));
    assert_eq!(slice(analysis.article.byline).as_deref(), Some("Jane Doe"));
    assert_eq!(slice(analysis.article.date).as_deref(), Some("June 12, 2014"));
    let body: Vec<&str> = analysis.article.blocks.iter().map(|b| b.span.slice(&text)).collect();
    assert_eq!(body.first().copied(), Some(P1));
    assert_eq!(body.last().copied(), Some(P3));
    assert_eq!(body.len(), article.blocks.len());
}

#[test]
fn json_ld_metadata_and_preformatted_text() {
    let page = el(
        "html",
        vec![
            El(
                "script",
                vec![("type", "application/ld+json")],
                vec![Text(
                    r#"{"@graph": [{"@type": "NewsArticle", "headline": "Code that counts",
                "author": [{"name": "Ana Ruiz"}, {"name": "Li Wei"}], "datePublished": "2020-02-29"}]}"#,
                )],
            ),
            el(
                "body",
                vec![el(
                    "div",
                    vec![
                        el("p", vec![Text(P1)]),
                        el("pre", vec![Text("fn main() {\n    count();\n}\n")]),
                        el("p", vec![Text(P2)]),
                    ],
                )],
            ),
        ],
    );
    let article = extract(&tree(&page)).expect("an article");
    assert_eq!(article.title.as_deref(), Some("Code that counts"));
    assert_eq!(article.byline.as_deref(), Some("Ana Ruiz, Li Wei"));
    assert_eq!(article.date.as_deref(), Some("February 29, 2020"));
    assert_eq!(
        article.blocks[1],
        ExtractedBlock { kind: ExtractedKind::Preformatted, text: "fn main() {\n    count();\n}".to_owned() }
    );
}

#[test]
fn a_page_without_text_is_an_error_a_reader_can_act_on() {
    let page = el("html", vec![el("body", vec![El("script", vec![], vec![Text("render()")])])]);
    let err = extract(&tree(&page)).expect_err("no article");
    assert!(err.to_string().starts_with("This page has no article text in it"), "{err}");
    assert!(extract(&PageTreeBuilder::new().finish()).is_err());
}

#[test]
fn unbalanced_walks_still_give_a_tree() {
    let mut builder = PageTreeBuilder::new();
    builder.end_element();
    builder.start_element("BODY", &[("CLASS", "x"), ("onclick", "steal()")]);
    builder.start_element("p", &[]);
    builder.text(P1);
    let page = builder.finish();
    assert_eq!(extract(&page).expect("an article").blocks[0].text, P1);
}

#[test]
fn encodings_are_sniffed_as_browsers_do() {
    assert_eq!(sniff_encoding(b"\xEF\xBB\xBF<meta charset=windows-1252>"), "utf-8");
    assert_eq!(sniff_encoding(b"\xFF\xFEa\x00"), "utf-16le");
    assert_eq!(
        sniff_encoding(b"<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=Latin1'>\xE9"),
        "windows-1252"
    );
    assert_eq!(sniff_encoding(b"<meta charset='koi8-r'>"), "koi8-r");
    assert_eq!(sniff_encoding(b"<meta charset='no-such-thing'>ok"), "utf-8");
    assert_eq!(sniff_encoding(b""), "utf-8");
}

#[test]
fn html_is_told_from_text() {
    assert!(looks_like_html("\u{feff}  <html lang=en><p>x"));
    assert!(looks_like_html("<div class=story><p>Hello</p></div>"));
    assert!(!looks_like_html("<3 this story"));
    assert!(!looks_like_html(""));
}

/// One call of a DOM walk, for the property test.
#[derive(Clone, Debug)]
enum Call {
    Start(String, Vec<(String, String)>),
    Text(String),
    End,
}

fn call() -> impl Strategy<Value = Call> {
    let tag = prop::sample::select(vec![
        "p",
        "div",
        "a",
        "li",
        "ul",
        "h1",
        "h2",
        "pre",
        "script",
        "article",
        "nav",
        "meta",
        "time",
        "title",
        "td",
        "blockquote",
        "br",
        "span",
        "body",
        "x-custom",
    ]);
    let attr = (
        prop::sample::select(vec!["class", "id", "rel", "content", "property", "hidden", "type"]),
        ".{0,12}",
    );
    prop_oneof![
        (tag, prop::collection::vec(attr, 0..3)).prop_map(|(t, a)| Call::Start(
            t.to_owned(),
            a.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
        )),
        ".{0,80}".prop_map(Call::Text),
        Just(Call::End),
    ]
}

proptest! {
    #[test]
    fn any_walk_extracts_without_panicking(calls in prop::collection::vec(call(), 0..120)) {
        let mut builder = PageTreeBuilder::new();
        for c in &calls {
            match c {
                Call::Start(tag, attrs) => {
                    let attrs: Vec<(&str, &str)> = attrs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
                    builder.start_element(tag, &attrs);
                }
                Call::Text(text) => builder.text(text),
                Call::End => builder.end_element(),
            }
        }
        let page = builder.finish();
        if let Ok(article) = extract(&page) {
            prop_assert!(!article.blocks.is_empty());
            prop_assert_eq!(extract(&page), Ok(article));
        }
    }
}
