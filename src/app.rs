//! The root component: owns the [`AppState`], starts the first article, listens for reading
//! shortcuts, and lays out the toolbar and the reader.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::{HelpDialog, LibraryPanel, OfflineStatus, OpenPanel, Reader, open_file};
use crate::glue;
use crate::intake::Incoming;
use crate::options::Panels;
use crate::state::{Action, AppState, SavedArticle, Shown, Source, View, action_for_key};

/// The article the app opens with, relative to the page: the bundled sample.
pub const SAMPLE_URL: &str = "sample/dw-us-iraq-isis-2014.txt";

/// Properties of [`App`].
#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// URL of the article opened first, resolved against the page's address. A `#text=` link
    /// to the page takes precedence.
    #[prop_or(AttrValue::Static(SAMPLE_URL))]
    pub article_url: AttrValue,
    /// Set when the app is embedded in another site's page (see [`Embedding`]).
    #[prop_or_default]
    pub embedding: Option<Rc<Embedding>>,
}

/// What a host page gives an embedded app. Embedded, the app opens only this article (no
/// `#text=` link, no sample), offers no "Copy link", takes shortcuts only from inside itself,
/// and fetches its own files from `assets`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Embedding {
    /// The article's text, or why there is none ("no article was given", a failed fetch).
    pub article: ArticleSource,
    /// The host's glossary, if any.
    pub glossary: Option<GlossarySource>,
    /// The panels shown.
    pub panels: Panels,
    /// The address of the app's own files (ending in `/`), where the notes pack is.
    pub assets: AttrValue,
}

/// Where an embedded article comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ArticleSource {
    /// Its text (plain, or already reduced from HTML).
    Text(AttrValue),
    /// An address to fetch, relative to the host page.
    Url(AttrValue),
    /// No article: the message says why.
    Missing(AttrValue),
}

/// Where an embedded glossary comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GlossarySource {
    /// An address to fetch, relative to the host page.
    Url(AttrValue),
    /// The glossary's JSON text, from the host's `glossary` option.
    Json(AttrValue),
}

/// Lets Yew's reducer hook drive the pure [`AppState::apply`].
struct Store(AppState);

impl Reducible for Store {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Store(self.0.apply(action)))
    }
}

/// The Reading Companion: a toolbar, and the article with its quotes and speakers.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let store = use_reducer(|| Store(AppState::default()));
    let dispatch = {
        let dispatcher = store.dispatcher();
        Callback::from(move |action: Action| dispatcher.dispatch(action))
    };
    let embedding = props.embedding.as_deref();
    let article = embedding.map(|e| e.article.clone());
    use_first_article(props.article_url.clone(), article, dispatch.clone());
    use_host_glossary(embedding.and_then(|e| e.glossary.clone()), dispatch.clone());
    let assets = embedding.map_or(AttrValue::Static(""), |e| e.assets.clone());
    use_builtin_notes(assets, dispatch.clone());
    let panels = embedding.map_or_else(Panels::default, |e| e.panels);
    let id_prefix = use_memo((), |()| AttrValue::from(next_id_prefix()));
    let id_prefix = (*id_prefix).clone();
    let root = use_node_ref();
    let bare_page = embedding.is_none();
    use_shortcuts(root.clone(), bare_page, dispatch.clone());
    use_paste_anywhere(root.clone(), bare_page, dispatch.clone());
    let state = &store.0;
    use_library(state, embedding.is_none(), dispatch.clone());
    let dropping = use_state_eq(|| false);
    let on_dragover = {
        let dropping = dropping.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dropping.set(true);
        })
    };
    let on_dragleave = {
        let dropping = dropping.clone();
        Callback::from(move |event: DragEvent| {
            // Leaving for a child element is not leaving the app.
            let inside = event.related_target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
            let root = event.current_target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
            if !root.is_some_and(|r| r.contains(inside.as_ref())) {
                dropping.set(false);
            }
        })
    };
    let on_drop = {
        let (dropping, dispatch) = (dropping.clone(), dispatch.clone());
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dropping.set(false);
            if let Some(data) = event.data_transfer() {
                drop_article(&data, dispatch.clone());
            }
        })
    };
    let class = classes!("rc-app", dropping.then_some("rc-dropping"));
    html! {
        <div {class} ref={root} ondragover={on_dragover} ondragleave={on_dragleave} ondrop={on_drop}>
            <div class="rc-bar">
                <p class="rc-brand">{ "Reading Companion" }</p>
                if panels.toolbar {
                <div class="rc-actions">
                    <OpenPanel open={state.open_panel} error={state.open_error.clone()} on_action={dispatch.clone()} />
                    if embedding.is_none() {
                        <LibraryPanel open={state.library_open} articles={state.library.clone()} on_action={dispatch.clone()} />
                    }
                    if let (View::Ready(shown), None) = (&state.view, embedding) {
                        <button type="button" class="rc-button" onclick={copy_link(Rc::clone(shown), dispatch.clone())}>
                            { "Copy link" }
                        </button>
                    }
                    <button type="button" class="rc-button" aria-haspopup="dialog"
                        onclick={dispatch.reform(|_: MouseEvent| Action::SetHelpOpen(true))}>
                        { "Shortcuts" }
                    </button>
                </div>
                }
            </div>
            if *dropping {
                <p class="rc-drop-hint" aria-hidden="true">{ "Drop to open this article" }</p>
            }
            if embedding.is_none() {
                <OfflineStatus />
            }
            if let Some(notice) = &state.notice {
                <div class="rc-notice" role="status">
                    <p>{ notice.clone() }</p>
                    <button type="button" class="rc-button" onclick={dispatch.reform(|_: MouseEvent| Action::Notice(None))}>
                        { "Dismiss" }
                    </button>
                </div>
            }
            { view(state, &dispatch, &id_prefix, panels) }
            if state.help_open {
                <HelpDialog on_close={dispatch.reform(|()| Action::SetHelpOpen(false))} />
            }
        </div>
    }
}

/// Opens the article a host page gave (`embedded`), or else the article in the page's
/// `#text=` link, or else fetches `url`.
#[hook]
fn use_first_article(url: AttrValue, embedded: Option<ArticleSource>, dispatch: Callback<Action>) {
    use_effect_with((url, embedded), move |(url, embedded)| {
        if let Some(article) = embedded {
            return open_embedded(article.clone(), dispatch);
        }
        match glue::link::text_from_location() {
            Some(Ok(text)) if companion_core::check_input(text.as_bytes()).is_ok() => {
                return dispatch.emit(Action::OpenLinked(text));
            }
            // A link with bad text says why, and the sample opens instead.
            Some(Ok(text)) => dispatch.emit(Action::OpenLinked(text)),
            Some(Err(message)) => dispatch.emit(Action::Notice(Some(message))),
            None => {}
        }
        let url = url.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let text = glue::fetch::fetch_text(&url).await.map_err(|e| e.to_string());
            dispatch.emit(Action::SampleArrived(text));
        });
    });
}

/// Opens the article a host page gave, fetching it first when it is an address.
fn open_embedded(article: ArticleSource, dispatch: Callback<Action>) {
    match article {
        ArticleSource::Text(text) => dispatch.emit(Action::Embedded(Ok(text.to_string()))),
        ArticleSource::Missing(why) => dispatch.emit(Action::Embedded(Err(why.to_string()))),
        ArticleSource::Url(url) => wasm_bindgen_futures::spawn_local(async move {
            let text = glue::fetch::fetch_text(&url).await.map_err(|e| e.to_string());
            dispatch.emit(Action::Embedded(text));
        }),
    }
}

/// Loads the host page's glossary (given or fetched) as a custom glossary, whose report
/// names every entry that did not load; a glossary the host replaces is removed.
#[hook]
fn use_host_glossary(glossary: Option<GlossarySource>, dispatch: Callback<Action>) {
    let loaded = use_mut_ref(|| None::<String>);
    use_effect_with(glossary, move |glossary| {
        if let Some(previous) = loaded.borrow_mut().take() {
            dispatch.emit(Action::RemoveGlossary(previous));
        }
        match glossary.clone() {
            None => {}
            Some(GlossarySource::Json(text)) => {
                let name = "The glossary option".to_owned();
                *loaded.borrow_mut() = Some(name.clone());
                dispatch.emit(Action::CustomGlossary { name, text: text.to_string() });
            }
            Some(GlossarySource::Url(url)) => {
                *loaded.borrow_mut() = Some(url.to_string());
                wasm_bindgen_futures::spawn_local(async move {
                    dispatch.emit(match glue::fetch::fetch_text(&url).await {
                        Ok(text) => Action::CustomGlossary { name: url.to_string(), text },
                        Err(e) => Action::Notice(Some(format!("The glossary could not be loaded: {e}"))),
                    });
                });
            }
        }
    });
}

/// The notes pack the app fetches once the first article is on its way, relative to the
/// app's own files.
pub const NOTES_PACK_URL: &str = "notes/pack.json";

/// Fetches the built-in notes pack from `assets` (the app's files; empty: the page's own
/// directory) in the background; notes appear when it arrives.
#[hook]
fn use_builtin_notes(assets: AttrValue, dispatch: Callback<Action>) {
    use_effect_with(assets, move |assets| {
        let url = format!("{assets}{NOTES_PACK_URL}");
        wasm_bindgen_futures::spawn_local(async move {
            let json = glue::fetch::fetch_text(&url).await.map_err(|e| e.to_string());
            dispatch.emit(Action::BuiltinNotes(json));
        });
    });
}

/// Lists the library and adds the reader's kept glossaries when the app starts, and keeps
/// each article the reader opens in it (telling the reader when it could not be kept). Only
/// when `enabled`: an app embedded in a host page leaves the host's storage alone.
#[hook]
fn use_library(state: &AppState, enabled: bool, dispatch: Callback<Action>) {
    {
        let dispatch = dispatch.clone();
        use_effect_with(enabled, move |&enabled| {
            if !enabled {
                return;
            }
            wasm_bindgen_futures::spawn_local(async move {
                dispatch.emit(Action::LibraryListed(glue::library::list().await));
                // Unreadable kept glossaries were told about with the library.
                if let Ok(saved) = glue::library::glossaries().await {
                    dispatch.emit(Action::RestoreGlossaries(saved));
                }
            });
        });
    }
    let shown = match &state.view {
        View::Ready(shown) if enabled && shown.source.is_kept() => Some(Rc::clone(shown)),
        _ => None,
    };
    use_effect_with(state.opening, move |_| {
        let Some(shown) = shown else { return };
        wasm_bindgen_futures::spawn_local(async move {
            let record = SavedArticle::of(&shown, js_sys::Date::now());
            dispatch.emit(match glue::library::save(&record, &shown.text).await {
                Ok(()) => Action::LibraryListed(glue::library::list().await),
                Err(message) => Action::SaveFailed(message),
            });
        });
    });
}

/// Opens what was dropped on the app: a file, or else a selection's text (or HTML).
fn drop_article(data: &web_sys::DataTransfer, dispatch: Callback<Action>) {
    if let Some(file) = data.files().and_then(|files| files.get(0)) {
        return open_file(file, Source::Dropped, dispatch);
    }
    let dropped = [("text/plain", ""), ("text/html", "text/html")].iter().find_map(|&(format, mime)| {
        Some((data.get_data(format).ok().filter(|t| !t.trim().is_empty())?, mime))
    });
    if let Some((text, mime)) = dropped {
        let text = glue::load::from_text(text, &Incoming { name: "", mime });
        dispatch.emit(Action::Open { text, source: Source::Dropped });
    }
}

/// Opens text pasted anywhere in the app (or, with `bare_page`, on the bare page) outside a
/// text field.
#[hook]
fn use_paste_anywhere(root: NodeRef, bare_page: bool, dispatch: Callback<Action>) {
    use_effect_with((root, bare_page), move |(root, bare_page)| {
        let listener = root.cast::<web_sys::Element>().and_then(|element| {
            glue::keys::listen_paste(element, *bare_page, move |text| {
                glue::perf::mark(glue::perf::TEXT_GIVEN);
                let text = glue::load::from_text(text, &Incoming::default());
                dispatch.emit(Action::Open { text, source: Source::Pasted });
            })
        });
        move || drop(listener)
    });
}

/// A prefix for element ids, different for each app on the page ("rc1", "rc2", …).
fn next_id_prefix() -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(1);
    format!("rc{}", NEXT.fetch_add(1, Ordering::Relaxed))
}

/// Routes reading shortcuts pressed in the app (or, with `bare_page`, on the bare page) to
/// the reducer.
#[hook]
fn use_shortcuts(root: NodeRef, bare_page: bool, dispatch: Callback<Action>) {
    use_effect_with((root, bare_page), move |(root, bare_page)| {
        let listener = root.cast::<web_sys::Element>().and_then(|element| {
            glue::keys::listen(element, *bare_page, move |key| {
                action_for_key(key).map(|action| dispatch.emit(action)).is_some()
            })
        });
        move || drop(listener)
    });
}

/// A click handler that copies a link to the shown article and says how it went.
fn copy_link(shown: Rc<Shown>, dispatch: Callback<Action>) -> Callback<MouseEvent> {
    Callback::from(move |_| {
        let (shown, dispatch) = (Rc::clone(&shown), dispatch.clone());
        wasm_bindgen_futures::spawn_local(async move {
            let notice = match glue::link::copy_link(&shown.text).await {
                Ok(()) => {
                    "Link copied. Anyone who opens it sees this article; the text travels in the link itself."
                        .to_owned()
                }
                Err(message) => message,
            };
            dispatch.emit(Action::Notice(Some(notice)));
        });
    })
}

/// The article area for each [`View`].
fn view(state: &AppState, dispatch: &Callback<Action>, id_prefix: &AttrValue, panels: Panels) -> Html {
    match &state.view {
        View::Loading => html! {
            <p class="rc-status" role="status">{ "Loading the article…" }</p>
        },
        View::Ready(shown) => html! {
            <Reader
                shown={Rc::clone(shown)}
                speaker={state.speaker}
                active={state.active}
                focus_request={state.focus_request}
                opening={state.opening}
                note={state.note}
                every_mention={state.every_mention}
                custom_glossaries={state.glossaries.custom_names().map(|n| AttrValue::from(n.to_owned())).collect::<Vec<_>>()}
                id_prefix={id_prefix.clone()}
                {panels}
                on_action={dispatch.clone()}
            />
        },
        View::Failed(message) => html! {
            <p class="rc-status rc-error" role="alert">{ message.clone() }</p>
        },
    }
}
