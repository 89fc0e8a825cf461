//! The article as a reader sees it: headline, byline and date, standfirst, headings and
//! paragraphs, each a slice of the text at the spans the analysis found.

use std::rc::Rc;

use companion_core::{BlockKind, Span};
use yew::prelude::*;

use crate::state::{Shown, Source};

/// Credit shown under the bundled sample article.
const SAMPLE_CREDIT: &str = "Sample article: “US offers Iraq 'assistance' against ISIS” by Spencer Kimball, \
     DW (Deutsche Welle), 12 June 2014. © Deutsche Welle; shown here for reading practice.";

/// Properties of [`ArticleView`].
#[derive(Properties, PartialEq)]
pub struct ArticleViewProps {
    /// The article to show.
    pub shown: Rc<Shown>,
}

/// Renders one article. When a new pasted article appears, focus moves to its headline so
/// keyboard and screen-reader users land on what they asked for.
#[function_component(ArticleView)]
pub fn article_view(props: &ArticleViewProps) -> Html {
    let shown = &props.shown;
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with(Rc::clone(shown), move |shown| {
            let pasted = shown.source == Source::Pasted;
            if let Some(h) = heading.cast::<web_sys::HtmlElement>().filter(|_| pasted) {
                let _ = h.focus();
            }
        });
    }
    let text = shown.text.as_str();
    let article = &shown.analysis.article;
    let slice = |span: Span| -> AttrValue { AttrValue::from(span.slice(text).to_owned()) };
    let title = article.title.map_or(AttrValue::Static("Untitled article"), slice);
    let meta: Vec<AttrValue> = [article.byline, article.date].into_iter().flatten().map(slice).collect();
    html! {
        <article class="rc-article" lang="en">
            <header class="rc-article-head">
                <h1 class="rc-title" tabindex="-1" ref={heading}>{ title }</h1>
                if !meta.is_empty() {
                    <p class="rc-meta">{ meta.join(" · ") }</p>
                }
            </header>
            { for article.blocks.iter().map(|block| match block.kind {
                BlockKind::Standfirst => html! { <p class="rc-standfirst">{ slice(block.span) }</p> },
                BlockKind::Heading => html! { <h2 class="rc-heading">{ slice(block.span) }</h2> },
                BlockKind::Paragraph => html! { <p class="rc-para">{ slice(block.span) }</p> },
            }) }
            if shown.source == Source::Sample {
                <footer class="rc-credit"><p>{ SAMPLE_CREDIT }</p></footer>
            }
        </article>
    }
}
