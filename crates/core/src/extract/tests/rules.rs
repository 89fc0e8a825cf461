//! One small page per extraction rule: the layouts that fooled earlier versions.

use super::*;

/// Story paragraphs with the commas and length of real prose.
const STEPS: [&str; 4] = [
    "First, clear the table, sweep the floor and open the windows, because the guests will arrive early.",
    "Then, while the oven warms, slice the bread, wash the grapes and set out the plates, cups and napkins.",
    "Next, fill the jugs with water, lemon and mint, and keep them cold, since the afternoon will be hot.",
    "Finally, when everyone has gone, pack the leftovers, fold the chairs and thank the neighbours, twice.",
];

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
