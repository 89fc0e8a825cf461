//! The reader: the article with its claims highlighted next to their speakers, the speakers
//! panel, and the details of the active quote. Everything is sliced from the analysis's spans.

use std::rc::Rc;

use companion_core::{BlockKind, Quote, Span};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use gloo::timers::callback::Timeout;

use super::note_popup::NotePopup;
use super::notes_panel::NotesPanel;
use super::speakers_panel::SpeakersPanel;
use crate::glue;
use crate::options::Panels;
use crate::reading::{self, Piece, Run, TermMark};
use crate::state::{Action, OpenNote, Shown, Source};

/// How long the pointer rests on a term before its note opens, and how long a hovered note
/// stays after the pointer leaves (milliseconds).
const HOVER_DELAY_MS: u32 = 300;

/// Credit shown under the bundled sample article.
const SAMPLE_CREDIT: &str = "Sample article: “US offers Iraq 'assistance' against ISIS” by Spencer Kimball, \
     DW (Deutsche Welle), 12 June 2014. © Deutsche Welle; shown here for reading practice.";

/// Properties of [`Reader`].
#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    /// The article to show.
    pub shown: Rc<Shown>,
    /// The speaker whose claims alone are highlighted.
    pub speaker: Option<usize>,
    /// The quote whose details are shown.
    pub active: Option<usize>,
    /// Changes when the active quote should take focus.
    pub focus_request: u32,
    /// Changes when a new article opens (not when the same one is re-analysed).
    pub opening: u32,
    /// The open note.
    pub note: Option<OpenNote>,
    /// Mark every mention of a term, not only the first.
    pub every_mention: bool,
    /// The names of the reader's own glossaries, for the notes panel.
    pub custom_glossaries: Vec<AttrValue>,
    /// Prefix for element ids, unique to this app on the page.
    pub id_prefix: AttrValue,
    /// Which panels are shown beside the article.
    pub panels: Panels,
    /// Reports interaction.
    pub on_action: Callback<Action>,
}

/// What rendering a block needs besides the props: the term marks and the hover handler.
struct Marks<'a> {
    props: &'a ReaderProps,
    terms: Vec<TermMark>,
    on_hover: Callback<Option<TermMark>>,
}

/// Renders the article, its speakers and the active quote's details.
#[function_component(Reader)]
pub fn reader(props: &ReaderProps) -> Html {
    let article = use_node_ref();
    use_new_article(props.opening, &props.shown, article.clone());
    use_focus_on_request(props.focus_request, props.active, article.clone());
    let timer = use_mut_ref(|| None::<Timeout>);
    let on_hover = hover_handler(props, timer.clone());
    let marks = Marks {
        props,
        terms: reading::term_marks(&props.shown.analysis.notes, props.every_mention),
        on_hover,
    };
    let on_jump = {
        let (article, on_action, prefix) =
            (article.clone(), props.on_action.clone(), props.id_prefix.clone());
        Callback::from(move |note: usize| {
            focus(&article, &mention_selector(&prefix, note, 0));
            on_action.emit(Action::OpenNote(Some(OpenNote { note, mention: 0, by_hover: false })));
        })
    };
    html! {
        // Reading order, for keyboard and screen readers: who is quoted, the article, then
        // the notes list; wide screens show both panels in a side column.
        <div class="rc-reader">
            if props.panels.speakers {
                <SpeakersPanel shown={Rc::clone(&props.shown)} speaker={props.speaker}
                    active={props.active} on_action={props.on_action.clone()} />
            }
            { article_html(&marks, article) }
            if props.panels.notes {
                <NotesPanel shown={Rc::clone(&props.shown)} every_mention={props.every_mention}
                    custom={props.custom_glossaries.clone()}
                    {on_jump} on_action={props.on_action.clone()} />
            }
            { details(props) }
            { note_popup(props, timer) }
        </div>
    }
}

/// The pointer entering (`Some`) or leaving (`None`) a term: a note opens after a short rest
/// on a term; a note that a hover opened closes a moment after the pointer leaves.
fn hover_handler(
    props: &ReaderProps,
    timer: Rc<std::cell::RefCell<Option<Timeout>>>,
) -> Callback<Option<TermMark>> {
    let (on_action, open) = (props.on_action.clone(), props.note);
    Callback::from(move |mark: Option<TermMark>| {
        let on_action = on_action.clone();
        let next = match mark {
            Some(m) => {
                Some(Action::OpenNote(Some(OpenNote { note: m.note, mention: m.mention, by_hover: true })))
            }
            None if open.is_some_and(|o| o.by_hover) => Some(Action::OpenNote(None)),
            None => None,
        };
        *timer.borrow_mut() = next.map(|action| Timeout::new(HOVER_DELAY_MS, move || on_action.emit(action)));
    })
}

/// The open note's pop-up, if a note is open.
fn note_popup(props: &ReaderProps, timer: Rc<std::cell::RefCell<Option<Timeout>>>) -> Html {
    let Some(open) = props.note else { return html! {} };
    let Some(note) = props.shown.analysis.notes.get(open.note) else { return html! {} };
    let on_hover = {
        let (on_action, by_hover) = (props.on_action.clone(), open.by_hover);
        Callback::from(move |inside: bool| {
            let on_action = on_action.clone();
            // Over the note, nothing closes it; leaving a hovered note closes it after a grace.
            *timer.borrow_mut() = (!inside && by_hover)
                .then(|| Timeout::new(HOVER_DELAY_MS, move || on_action.emit(Action::OpenNote(None))));
        })
    };
    html! {
        <NotePopup id={popup_id(&props.id_prefix)} note={note.clone()}
            anchor={mention_selector(&props.id_prefix, open.note, open.mention)}
            on_close={props.on_action.reform(|()| Action::OpenNote(None))} {on_hover} />
    }
}

/// The id of this app's note pop-up.
fn popup_id(prefix: &str) -> String {
    format!("{prefix}-note")
}

/// The `data-mention` value of a term mention, unique on the page.
fn mention_id(prefix: &str, note: usize, mention: usize) -> String {
    format!("{prefix}-{note}-{mention}")
}

/// A selector for one term mention.
fn mention_selector(prefix: &str, note: usize, mention: usize) -> String {
    format!("[data-mention=\"{}\"]", mention_id(prefix, note, mention))
}

/// The article: headline, byline and date, then every block with its runs.
fn article_html(marks: &Marks, node: NodeRef) -> Html {
    let props = marks.props;
    let shown = &props.shown;
    let (text, article) = (shown.text.as_str(), &shown.analysis.article);
    let meta: Vec<&str> =
        [article.byline, article.date].into_iter().flatten().map(|s| s.slice(text)).collect();
    let title = match article.title {
        Some(span) => runs_html(marks, span),
        None => html! { "Untitled article" },
    };
    html! {
        <article class="rc-article" lang="en" ref={node}>
            <header class="rc-article-head">
                <h1 class="rc-title" tabindex="-1">{ title }</h1>
                if !meta.is_empty() {
                    <p class="rc-meta">{ meta.join(" · ") }</p>
                }
            </header>
            { for article.blocks.iter().map(|block| match block.kind {
                BlockKind::Heading => html! { <h2 class="rc-heading">{ runs_html(marks, block.span) }</h2> },
                BlockKind::Standfirst => paragraph(marks, block.span, "rc-standfirst"),
                BlockKind::Paragraph => paragraph(marks, block.span, "rc-para"),
            }) }
            if shown.source == Source::Sample {
                <footer class="rc-credit"><p>{ SAMPLE_CREDIT }</p></footer>
            }
        </article>
    }
}

/// A paragraph with, beside it on wide screens, the names of the speakers it quotes.
fn paragraph(marks: &Marks, span: Span, class: &'static str) -> Html {
    let props = marks.props;
    let analysis = &props.shown.analysis;
    let mut speakers: Vec<Option<usize>> = Vec::new();
    for run in reading::runs(span, &analysis.quotes, |q| shown_claim(props, q)) {
        if let Run::Claim { quote, .. } = run {
            let speaker = analysis.quotes[quote].speaker;
            if !speakers.contains(&speaker) {
                speakers.push(speaker);
            }
        }
    }
    html! {
        <div class="rc-block">
            <p {class}>{ runs_html(marks, span) }</p>
            if !speakers.is_empty() {
                <div class="rc-margin" aria-hidden="true">
                    { for speakers.into_iter().map(|s| html! {
                        <span class={classes!("rc-margin-name", reading::colour_class(s))}>{ speaker_name(props, s) }</span>
                    }) }
                </div>
            }
        </div>
    }
}

/// True when `quote` is highlighted under the current speaker filter.
fn shown_claim(props: &ReaderProps, quote: &Quote) -> bool {
    props.speaker.is_none() || quote.speaker == props.speaker
}

/// The text of `span` with its claims highlighted, its mentions marked, and its terms with
/// notes made into buttons.
fn runs_html(marks: &Marks, span: Span) -> Html {
    let props = marks.props;
    let runs = reading::runs(span, &props.shown.analysis.quotes, |q| shown_claim(props, q));
    html! {
        { for runs.into_iter().map(|run| match run {
            Run::Text(s) => pieces_html(marks, s),
            Run::Mention { quote, span } => html! {
                <span class="rc-mention" title={props.shown.analysis.quotes[quote].reason.clone()}>
                    { pieces_html(marks, span) }
                </span>
            },
            Run::Claim { quote, span } => claim_html(marks, quote, span),
        }) }
    }
}

/// The text of `span`, with each marked term a button that opens its note.
fn pieces_html(marks: &Marks, span: Span) -> Html {
    let text = marks.props.shown.text.as_str();
    html! {
        { for reading::pieces(span, &marks.terms).into_iter().map(|piece| match piece {
            Piece::Text(s) => html! { { s.slice(text).to_owned() } },
            Piece::Term(mark) => term_html(marks, mark),
        }) }
    }
}

/// One term with a note: a button. Enter, Space, click or tap opens the note and keeps it
/// open (a second press closes it); resting a mouse pointer on the term opens it after a short
/// delay. Touch pointers take no part in hovering: a tap's emulated mouse events must not race
/// its click.
fn term_html(marks: &Marks, mark: TermMark) -> Html {
    let props = marks.props;
    let note = &props.shown.analysis.notes[mark.note];
    let open = props.note.is_some_and(|o| o.note == mark.note && o.mention == mark.mention);
    let popup = open.then(|| popup_id(&props.id_prefix));
    let pinned = props.note.is_some_and(|o| !o.by_hover);
    let toggle =
        (!(open && pinned)).then_some(OpenNote { note: mark.note, mention: mark.mention, by_hover: false });
    let onclick = props.on_action.reform(move |event: MouseEvent| {
        // The note, not the claim around the term, is what the reader asked for.
        event.stop_propagation();
        Action::OpenNote(toggle)
    });
    html! {
        <button type="button" class="rc-term" data-term={note.term.clone()}
            data-mention={mention_id(&props.id_prefix, mark.note, mark.mention)}
            aria-expanded={open.to_string()} aria-controls={popup.clone()} aria-describedby={popup}
            {onclick}
            onpointerenter={mouse_only(&marks.on_hover, Some(mark))}
            onpointerleave={mouse_only(&marks.on_hover, None)}>
            { mark.span.slice(&props.shown.text).to_owned() }
        </button>
    }
}

/// One highlighted claim: focusable, labelled with its speaker (a compact label at its start
/// on narrow screens, drawn by CSS from `data-label`; screen readers hear `data-sr`).
fn claim_html(marks: &Marks, index: usize, span: Span) -> Html {
    let props = marks.props;
    let quote = &props.shown.analysis.quotes[index];
    let name = speaker_name(props, quote.speaker);
    let known = quote.speaker.is_some();
    let label = match quote.speaker.and_then(|s| props.shown.analysis.speakers.get(s)) {
        Some(speaker) => reading::short_name(speaker).to_owned(),
        None => name.clone(),
    };
    let class = classes!(
        "rc-claim",
        reading::colour_class(quote.speaker),
        (quote.confidence < reading::TENTATIVE_BELOW).then_some("rc-tentative"),
        (props.active == Some(index)).then_some("rc-active"),
    );
    let activate = props.on_action.reform(move |()| Action::Activate(Some(index)));
    html! {
        <mark {class} tabindex="0"
            data-quote-id={format!("q{index}")}
            data-speaker={if known { name.clone() } else { String::new() }}
            data-label={label}
            data-sr={format!("quote by {name}")}
            onfocus={activate.reform(|_: FocusEvent| ())}
            onmouseenter={activate.reform(|_: MouseEvent| ())}
            onclick={activate.reform(|_: MouseEvent| ())}>
            { pieces_html(marks, span) }
        </mark>
    }
}

/// A pointer handler that passes `value` to `callback` for mouse pointers only.
pub(super) fn mouse_only<T: Clone + 'static>(callback: &Callback<T>, value: T) -> Callback<PointerEvent> {
    let callback = callback.clone();
    Callback::from(move |event: PointerEvent| {
        if event.pointer_type() == "mouse" {
            callback.emit(value.clone());
        }
    })
}

/// The canonical name of a speaker, or "speaker unknown".
fn speaker_name(props: &ReaderProps, speaker: Option<usize>) -> String {
    speaker
        .and_then(|s| props.shown.analysis.speakers.get(s))
        .map_or_else(|| "speaker unknown".to_owned(), |s| s.name.clone())
}

/// The details card of the active quote: who, the cue, why, and how sure.
fn details(props: &ReaderProps) -> Html {
    let analysis = &props.shown.analysis;
    let Some(quote) = props.active.and_then(|a| analysis.quotes.get(a)) else {
        return html! { <div class="rc-details" role="status" hidden=true></div> };
    };
    let speaker = quote.speaker.and_then(|s| analysis.speakers.get(s));
    let role = speaker.map(|s| s.description.as_str()).filter(|d| !d.is_empty());
    let tentative = quote.confidence < reading::TENTATIVE_BELOW;
    let confidence = format!(
        "{:.0}%{}",
        quote.confidence * 100.0,
        if tentative { " (tentative: check the text)" } else { "" }
    );
    html! {
        <div class={classes!("rc-details", reading::colour_class(quote.speaker))} role="status">
            <p class="rc-details-who">
                <strong>{ speaker_name(props, quote.speaker) }</strong>
                if let Some(role) = role { { ", " }{ role.to_owned() } }
            </p>
            <p class="rc-details-quote">{ "“" }{ excerpt(quote.span.slice(&props.shown.text)) }{ "”" }</p>
            <dl class="rc-details-facts">
                if let Some(cue) = &quote.cue {
                    <div><dt>{ "Cue" }</dt><dd>{ cue.clone() }</dd></div>
                }
                <div><dt>{ "Why this speaker" }</dt><dd>{ quote.reason.clone() }</dd></div>
                <div><dt>{ "Confidence" }</dt><dd>{ confidence }</dd></div>
            </dl>
            <button type="button" class="rc-button rc-details-close" aria-label="Close details"
                onclick={props.on_action.reform(|_: MouseEvent| Action::Activate(None))}>{ "×" }</button>
        </div>
    }
}

/// The first words of a quote, cut at a word boundary near 120 characters.
fn excerpt(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = String::new();
    for word in &words {
        if out.len() + word.len() > 120 {
            out.push('…');
            return out;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Once a new article is in the page: lays it out and records how long that took since its
/// text was given ([`glue::perf`]), and moves focus to the headline when it was pasted or
/// opened from a link, so keyboard and screen-reader users land on what they asked for.
/// Re-analysing the same article (a glossary arrived) does neither.
#[hook]
fn use_new_article(opening: u32, shown: &Rc<Shown>, article: NodeRef) {
    let source = shown.source;
    use_effect_with(opening, move |_| {
        if let Some(element) = article.cast::<web_sys::HtmlElement>() {
            // Reading the geometry makes the browser finish style and layout now.
            let _ = element.offset_height();
            glue::perf::measure_render();
        }
        // The reader's own choice (a paste, a link) takes focus; an article that arrives by
        // itself (the sample, a host page's) does not move focus or scroll the page.
        if !matches!(source, Source::Sample | Source::Embedded) {
            focus(&article, "h1");
        }
    });
}

/// Moves focus to the active quote when keyboard navigation asks for it.
#[hook]
fn use_focus_on_request(request: u32, active: Option<usize>, article: NodeRef) {
    use_effect_with(request, move |&request| {
        if let Some(quote) = active.filter(|_| request > 0) {
            focus(&article, &format!("[data-quote-id=\"q{quote}\"]"));
        }
    });
}

/// Focuses the first element matching `selector` inside `root` and scrolls it into the
/// middle of the view.
fn focus(root: &NodeRef, selector: &str) {
    let found = root.cast::<web_sys::Element>().and_then(|r| r.query_selector(selector).ok().flatten());
    let Some(element) = found.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) else { return };
    let _ = element.focus();
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    element.scroll_into_view_with_scroll_into_view_options(&options);
}
