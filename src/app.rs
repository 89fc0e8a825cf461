//! The root component: owns the [`AppState`] and lays out the toolbar and the article.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::{ArticleView, PasteBox};
use crate::glue;
use crate::state::{Action, AppState, View};

/// The article the app opens with, relative to the page: the bundled sample.
pub const SAMPLE_URL: &str = "sample/dw-us-iraq-isis-2014.txt";

/// Properties of [`App`].
#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// URL of the article opened first, resolved against the page's address.
    #[prop_or(AttrValue::Static(SAMPLE_URL))]
    pub article_url: AttrValue,
}

/// Lets Yew's reducer hook drive the pure [`AppState::apply`].
struct Store(AppState);

impl Reducible for Store {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Store(self.0.apply(action)))
    }
}

/// The Reading Companion: a toolbar with the paste panel, and the article being read.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let store = use_reducer(|| Store(AppState::default()));
    {
        let dispatcher = store.dispatcher();
        use_effect_with(props.article_url.clone(), move |url| {
            let url = url.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let text = glue::fetch::fetch_text(&url).await.map_err(|e| e.to_string());
                dispatcher.dispatch(Action::SampleArrived(text));
            });
        });
    }
    let state = &store.0;
    let on_text = {
        let dispatcher = store.dispatcher();
        Callback::from(move |text: String| dispatcher.dispatch(Action::Paste(text)))
    };
    let on_toggle = {
        let dispatcher = store.dispatcher();
        Callback::from(move |open: bool| dispatcher.dispatch(Action::SetPasteOpen(open)))
    };
    html! {
        <div class="rc-app">
            <div class="rc-bar">
                <p class="rc-brand">{ "Reading Companion" }</p>
                <PasteBox
                    open={state.paste_open}
                    error={state.paste_error.clone()}
                    on_toggle={on_toggle}
                    on_text={on_text}
                />
            </div>
            { view(&state.view) }
        </div>
    }
}

/// The article area for each [`View`].
fn view(view: &View) -> Html {
    match view {
        View::Loading => html! {
            <p class="rc-status" role="status">{ "Loading the sample article…" }</p>
        },
        View::Ready(shown) => html! { <ArticleView shown={Rc::clone(shown)} /> },
        View::Failed(message) => html! {
            <p class="rc-status rc-error" role="alert">{ message.clone() }</p>
        },
    }
}
