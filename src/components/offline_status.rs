//! What the service worker has to say: "ready to work offline" once, after the first visit
//! cached the app, and "a new version is available" with a button that reloads into it.
//!
//! This is page-level state, not the article's, so it lives here rather than in
//! [`AppState`](crate::state::AppState), and it does not take over the app's notice line.

use yew::prelude::*;

use crate::glue::service_worker::{self, Status};

/// Registers the page's service worker (when the page names one, see
/// [`service_worker::worker_url`]) and shows what it reports, until the reader dismisses it.
#[function_component(OfflineStatus)]
pub fn offline_status() -> Html {
    let status = use_state_eq(|| None::<Status>);
    {
        let status = status.clone();
        use_effect_with((), move |()| {
            let Some(url) = service_worker::worker_url() else { return };
            wasm_bindgen_futures::spawn_local(async move {
                let report = move |s| status.set(Some(s));
                if let Err(message) = service_worker::register(&url, report).await {
                    gloo::console::warn!(format!("Reading Companion works online only: {message}"));
                }
            });
        });
    }
    let dismiss = {
        let status = status.clone();
        Callback::from(move |_: MouseEvent| status.set(None))
    };
    let (message, action) = match *status {
        None => return html! {},
        Some(Status::OfflineReady) => {
            ("Ready to work offline: this app is saved in your browser.", "Dismiss")
        }
        Some(Status::UpdateWaiting) => ("A new version of the Reading Companion is available.", "Later"),
    };
    let reload = Callback::from(|_: MouseEvent| {
        wasm_bindgen_futures::spawn_local(service_worker::reload_into_update())
    });
    html! {
        <div class="rc-sw-status" role="status">
            <p>{ message }</p>
            <div class="rc-sw-actions">
                if *status == Some(Status::UpdateWaiting) {
                    <button type="button" class="rc-button" onclick={reload}>{ "Reload" }</button>
                }
                <button type="button" class="rc-button" onclick={dismiss}>{ action }</button>
            </div>
        </div>
    }
}
