//! One small page per extraction rule: the layouts that fooled earlier versions.

use super::super::{hints, stats::Stats};
use super::*;

/// Story paragraphs with the commas and length of real prose.
const STEPS: [&str; 4] = [
    "First, clear the table, sweep the floor and open the windows, because the guests will arrive early.",
    "Then, while the oven warms, slice the bread, wash the grapes and set out the plates, cups and napkins.",
    "Next, fill the jugs with water, lemon and mint, and keep them cold, since the afternoon will be hot.",
    "Finally, when everyone has gone, pack the leftovers, fold the chairs and thank the neighbours, twice.",
];

/// A story long enough to be taken as one: the steps, twice.
fn long_story() -> Vec<&'static str> {
    [STEPS, STEPS].concat()
}

/// The text blocks of the article in `page`.
fn story(page: Html) -> Vec<String> {
    extract(&tree(&page)).expect("an article").blocks.into_iter().map(|b| b.text).collect()
}

/// `inner` wrapped in `depth` plain `span`s, as page builders nest their widgets.
fn nested(depth: usize, inner: Html) -> Html {
    (0..depth).fold(inner, |html, _| el("span", vec![html]))
}

/// A page `body` holding a menu and `main`.
fn page(main: Vec<Html>) -> Html {
    let link = |text| el("li", vec![el("a", vec![Text(text)])]);
    el("html", vec![el("body", vec![el("ul", vec![link("Home"), link("Recipes")]), el("div", main)])])
}

#[test]
fn a_story_cut_into_deeply_nested_steps_is_read_whole() {
    let step = |text| {
        let content = El("div", vec![("class", "content")], vec![nested(1, el("p", vec![Text(text)]))]);
        nested(2, El("div", vec![("class", "step")], vec![el("div", vec![content])]))
    };
    let article = el("article", STEPS.iter().map(|s| step(s)).collect());
    assert_eq!(story(page(vec![article])), STEPS);
}

#[test]
fn a_share_plugin_wrapping_the_story_stays_and_its_small_bar_goes() {
    let bar = El("div", vec![("class", "share-bar")], vec![el("a", vec![Text("Share this story")])]);
    let mut paragraphs: Vec<Html> = STEPS.iter().map(|s| el("p", vec![Text(s)])).collect();
    paragraphs.insert(2, bar);
    let wrapper = El("div", vec![("id", "social-share-plugin-parent")], paragraphs);
    let tree = tree(&page(vec![wrapper]));
    let stats = Stats::new(&tree, true);
    let named = |word: &str| (0..tree.len()).find(|&i| hints::class_and_id(&tree, i).contains(word));
    assert_eq!(named("plugin").map(|i| stats.removed[i]), Some(false), "the wrapper is kept");
    assert_eq!(named("share-bar").map(|i| stats.removed[i]), Some(true), "the bar is dropped");
}

#[test]
fn chart_labels_drawn_as_text_are_left_out() {
    let label = |text| el("div", vec![el("p", vec![Text(text)])]);
    let chart = El(
        "div",
        vec![("class", "ai2html")],
        vec![label("Public debt as a share of output, 1990 to 2030, in percent"), label("’90"), label("100")],
    );
    let mut body: Vec<Html> = long_story().iter().map(|s| el("p", vec![Text(s)])).collect();
    body.insert(2, chart);
    assert_eq!(story(page(vec![el("article", body)])), long_story());
}

#[test]
fn equations_are_read_as_text_even_in_a_menu_attached_mathjax_container() {
    let mathml =
        el("math", vec![el("mi", vec![Text("x ")]), el("mo", vec![Text("= ")]), el("mn", vec![Text("2")])]);
    let equation = El("span", vec![("class", "MathJax CtxtMenu_Attached_0")], vec![mathml]);
    let mut body: Vec<Html> = long_story().iter().map(|s| el("p", vec![Text(s)])).collect();
    body[1] =
        el("p", vec![Text("Then, as the recipe says, "), equation, Text(" cups of flour, no more, go in.")]);
    let blocks = story(page(vec![el("article", body)]));
    assert_eq!(blocks[1], "Then, as the recipe says, x = 2 cups of flour, no more, go in.");
}

#[test]
fn like_classed_sections_join_the_story_even_when_nested_too_deep_to_score() {
    let section = |depth: usize, steps: &[&'static str]| {
        let paragraphs = el("div", steps.iter().map(|s| el("p", vec![Text(s)])).collect());
        El(
            "div",
            vec![("class", "story-part")],
            vec![(0..depth).fold(paragraphs, |html, _| el("div", vec![html]))],
        )
    };
    let body = vec![section(6, &STEPS[..2]), section(1, &STEPS[2..]), section(1, &STEPS)];
    assert_eq!(story(page(vec![el("div", body)])), [&STEPS[..], &STEPS[..]].concat());
}

#[test]
fn advertisement_labels_between_paragraphs_are_left_out() {
    let label = |text| el("div", vec![el("p", vec![Text(text)])]);
    let mut body: Vec<Html> = long_story().iter().map(|s| el("p", vec![Text(s)])).collect();
    body.insert(1, label("Advertisement"));
    body.insert(4, label("Continue reading the main story"));
    body.insert(6, el("p", vec![Text("Ads. That is all the sign said.")]));
    let mut expected = long_story();
    expected.insert(4, "Ads. That is all the sign said.");
    assert_eq!(story(page(vec![el("article", body)])), expected);
}

/// A table of releases: a header row, then a linked version and a month per row.
fn releases(header_class: &'static str) -> Html {
    let cell = |text| El("th", vec![("class", header_class)], vec![Text(text)]);
    let row = |version, month| {
        el("tr", vec![el("td", vec![el("a", vec![Text(version)])]), el("td", vec![Text(month)])])
    };
    el(
        "table",
        vec![el("tr", vec![cell("Release"), cell("Date")]), row("4.2.3", "April"), row("4.1.6", "May")],
    )
}

#[test]
fn data_tables_stay_with_their_linked_cells_and_furniture_named_headers() {
    let mut body: Vec<Html> = long_story().iter().map(|s| el("p", vec![Text(s)])).collect();
    body.insert(2, releases("header_cell"));
    let blocks = story(page(vec![el("article", body)]));
    let table: Vec<&str> = blocks[2..8].iter().map(String::as_str).collect();
    assert_eq!(table, ["Release", "Date", "4.2.3", "April", "4.1.6", "May"]);
}

#[test]
fn a_standfirst_beside_the_story_container_is_kept() {
    let standfirst =
        "A bridge that carried a town for a century will close, and the ferry, once a joke, is back.";
    let lede = El("div", vec![("class", "perex")], vec![Text(standfirst)]);
    let body = el("div", long_story().iter().map(|s| el("p", vec![Text(s)])).collect());
    let mut expected = vec![standfirst];
    expected.extend(long_story());
    assert_eq!(story(page(vec![el("div", vec![lede, body])])), expected);
}
