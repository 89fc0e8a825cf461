//! The library: articles the reader opened before, kept in the browser, to reopen or delete.

use yew::prelude::*;

use crate::glue;
use crate::state::{Action, SavedArticle, Source};

/// Properties of [`LibraryPanel`].
#[derive(Properties, PartialEq)]
pub struct LibraryPanelProps {
    /// Whether the list is shown.
    pub open: bool,
    /// The saved articles, newest first.
    pub articles: Vec<SavedArticle>,
    /// Receives the reader's actions.
    pub on_action: Callback<Action>,
}

/// A disclosure button ("Library (3)") and the list of saved articles, each with its
/// headline, date and buttons to open or delete it.
#[function_component(LibraryPanel)]
pub fn library_panel(props: &LibraryPanelProps) -> Html {
    let dispatch = &props.on_action;
    let toggle = {
        let open = props.open;
        dispatch.reform(move |_: MouseEvent| Action::SetLibraryOpen(!open))
    };
    html! {
        <div class="rc-library">
            <button type="button" class="rc-button" aria-expanded={props.open.to_string()} onclick={toggle}>
                { format!("Library ({})", props.articles.len()) }
            </button>
            if props.open {
                <div class="rc-library-panel">
                    if props.articles.is_empty() {
                        <p class="rc-hint">{ "Articles you open are kept here, in this browser, to read again later, also offline." }</p>
                    } else {
                        <ul class="rc-library-list" aria-label="Saved articles">
                            { for props.articles.iter().map(|article| item(article, dispatch)) }
                        </ul>
                    }
                </div>
            }
        </div>
    }
}

/// One saved article: open it, or delete it.
fn item(article: &SavedArticle, dispatch: &Callback<Action>) -> Html {
    let reopen = {
        let (id, dispatch) = (article.id.clone(), dispatch.clone());
        Callback::from(move |_: MouseEvent| {
            let (id, dispatch) = (id.clone(), dispatch.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let text = glue::library::text(&id).await;
                dispatch.emit(Action::Open { text, source: Source::Library });
            });
        })
    };
    let delete = {
        let (id, dispatch) = (article.id.clone(), dispatch.clone());
        Callback::from(move |_: MouseEvent| {
            let (id, dispatch) = (id.clone(), dispatch.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let listed = match glue::library::delete(&id).await {
                    Ok(()) => glue::library::list().await,
                    Err(e) => Err(e),
                };
                dispatch.emit(Action::LibraryListed(listed));
            });
        })
    };
    html! {
        <li class="rc-library-item">
            <button type="button" class="rc-link-button" onclick={reopen}>{ article.title.clone() }</button>
            if let Some(date) = &article.date {
                <span class="rc-library-date">{ date.clone() }</span>
            }
            <button type="button" class="rc-button rc-small" aria-label={format!("Delete {}", article.title)} onclick={delete}>
                { "Delete" }
            </button>
        </li>
    }
}
