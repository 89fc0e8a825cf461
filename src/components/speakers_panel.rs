//! The speakers panel: everyone quoted, with the role the article gives them; choosing one
//! highlights only their claims and offers to step through them.

use std::rc::Rc;

use yew::prelude::*;

use crate::reading::{self, SpeakerSummary, plural};
use crate::state::{Action, Shown, Step};

/// Properties of [`SpeakersPanel`].
#[derive(Properties, PartialEq)]
pub struct SpeakersPanelProps {
    /// The article.
    pub shown: Rc<Shown>,
    /// The chosen speaker, if any.
    pub speaker: Option<usize>,
    /// The active quote, for "claim 2 of 4".
    pub active: Option<usize>,
    /// Reports choices and steps.
    pub on_action: Callback<Action>,
}

/// The list of speakers, each a toggle button, and a stepper for the chosen one.
#[function_component(SpeakersPanel)]
pub fn speakers_panel(props: &SpeakersPanelProps) -> Html {
    let analysis = &props.shown.analysis;
    let summaries = reading::speakers(analysis);
    let unknown =
        reading::claims(analysis, None).into_iter().filter(|&q| analysis.quotes[q].speaker.is_none()).count();
    let chosen = summaries.iter().find(|s| Some(s.speaker) == props.speaker);
    html! {
        <section class="rc-speakers" aria-label={reading::panel_label("Who is quoted", &props.shown.text, analysis)}>
            <h2 class="rc-panel-title">{ "Who is quoted" }</h2>
            if summaries.is_empty() {
                <p class="rc-panel-note">{ "No quoted claims were found in this article." }</p>
            }
            <ul class="rc-speaker-list">
                { for summaries.iter().map(|s| entry(props, s)) }
            </ul>
            if unknown > 0 {
                <p class="rc-panel-note">{ plural(unknown, "claim", "claims") }{ " with the speaker unknown" }</p>
            }
            if let Some(summary) = chosen {
                { stepper(props, summary) }
            }
        </section>
    }
}

/// One speaker's toggle button.
fn entry(props: &SpeakersPanelProps, summary: &SpeakerSummary) -> Html {
    let speaker = &props.shown.analysis.speakers[summary.speaker];
    let pressed = props.speaker == Some(summary.speaker);
    let choice = (!pressed).then_some(summary.speaker);
    let onclick = props.on_action.reform(move |_: MouseEvent| Action::SelectSpeaker(choice));
    let class = classes!("rc-speaker", reading::colour_class(Some(summary.speaker)));
    html! {
        <li>
            <button type="button" {class} aria-pressed={pressed.to_string()}
                data-speaker-name={speaker.name.clone()} {onclick}>
                <span class="rc-speaker-name">{ speaker.name.clone() }</span>
                if !speaker.description.is_empty() {
                    <span class="rc-speaker-role">{ speaker.description.clone() }</span>
                }
                <span class="rc-speaker-meta">
                    { reading::kind_label(speaker.kind) }{ " · " }{ plural(summary.claims.len(), "claim", "claims") }
                </span>
            </button>
        </li>
    }
}

/// "Claim 2 of 4 by Ben Connable" with Previous, Next and Show everyone.
fn stepper(props: &SpeakersPanelProps, summary: &SpeakerSummary) -> Html {
    let name = &props.shown.analysis.speakers[summary.speaker].name;
    let position = props.active.and_then(|a| summary.claims.iter().position(|&q| q == a));
    let status = match position {
        Some(p) => format!("Claim {} of {} by {name}", p + 1, summary.claims.len()),
        None => format!("Showing only {name}'s {}", plural(summary.claims.len(), "claim", "claims")),
    };
    let step = |s: Step| props.on_action.reform(move |_: MouseEvent| Action::Step(s));
    html! {
        <div class="rc-stepper">
            <p aria-live="polite">{ status }</p>
            <div class="rc-stepper-buttons">
                <button type="button" class="rc-button" onclick={step(Step::Previous)}>{ "Previous" }</button>
                <button type="button" class="rc-button" onclick={step(Step::Next)}>{ "Next" }</button>
                <button type="button" class="rc-button"
                    onclick={props.on_action.reform(|_: MouseEvent| Action::SelectSpeaker(None))}>
                    { "Show everyone" }
                </button>
            </div>
        </div>
    }
}
