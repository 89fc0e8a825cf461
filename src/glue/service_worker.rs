//! The installable app's service worker (written by `tools/build/service-worker.mjs`):
//! registering it, hearing when the app is ready offline or a new version waits, and switching
//! to that version when the reader asks.
//!
//! Only our own `index.html` names a worker (in a [`WORKER_META`] meta element), so the
//! single-file edition and foreign pages that embed the app register nothing.

use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

/// The `name` of the meta element whose `content` is the worker's URL, relative to the page.
pub const WORKER_META: &str = "reading-companion-service-worker";

/// The message that lets a waiting worker take over (the worker listens for it).
const SKIP_WAITING: &str = "skip-waiting";

/// What the service worker has to tell the reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// The first version finished caching: the app now works with no network.
    OfflineReady,
    /// A new version is cached and waits for the reader to reload.
    UpdateWaiting,
}

/// The worker URL named by the page, when this page should register it: the meta element is
/// there, the page came over http(s), and the browser offers service workers here.
pub fn worker_url() -> Option<String> {
    let window = web_sys::window()?;
    let protocol = window.location().protocol().ok()?;
    if protocol != "https:" && protocol != "http:" {
        return None;
    }
    let has_workers = js_sys::Reflect::has(&window.navigator(), &JsValue::from_str("serviceWorker"));
    if !has_workers.unwrap_or(false) {
        return None;
    }
    let meta = window.document()?.query_selector(&format!("meta[name=\"{WORKER_META}\"]")).ok()??;
    meta.get_attribute("content").filter(|url| !url.trim().is_empty())
}

/// The page's service worker container; only call it after [`worker_url`] said yes.
fn container() -> Option<ServiceWorkerContainer> {
    Some(web_sys::window()?.navigator().service_worker())
}

/// Registers the worker at `url` and calls `on_status` when the app becomes ready offline or
/// a new version waits. When the reader comes back to the tab, it asks the browser to look
/// for a new version. The listeners live as long as the page.
///
/// # Errors
/// A refused registration (bad script, blocked by policy) gives a message naming `url`.
pub async fn register(url: &str, on_status: impl Fn(Status) + Clone + 'static) -> Result<(), String> {
    let container = container().ok_or("no service worker container")?;
    let registration: ServiceWorkerRegistration = JsFuture::from(container.register(url))
        .await
        .and_then(JsCast::dyn_into)
        .map_err(|e| format!("the service worker {url} could not be registered: {e:?}"))?;
    if registration.waiting().is_some() && container.controller().is_some() {
        on_status(Status::UpdateWaiting);
    }
    if let Some(worker) = registration.installing() {
        follow(worker, on_status.clone());
    }
    let found = registration.clone();
    EventListener::new(&registration, "updatefound", move |_| {
        if let Some(worker) = found.installing() {
            follow(worker, on_status.clone());
        }
    })
    .forget();
    check_when_visible(registration);
    Ok(())
}

/// Reports `worker` once it is installed: ready offline on the first visit (no worker controls
/// the page yet), an update waiting otherwise.
fn follow(worker: ServiceWorker, on_status: impl Fn(Status) + 'static) {
    let watched = worker.clone();
    EventListener::new(&worker, "statechange", move |_| {
        if watched.state() != ServiceWorkerState::Installed {
            return;
        }
        let controlled = container().and_then(|c| c.controller()).is_some();
        on_status(if controlled { Status::UpdateWaiting } else { Status::OfflineReady });
    })
    .forget();
}

/// Asks the browser to look for a new version whenever the page becomes visible again.
fn check_when_visible(registration: ServiceWorkerRegistration) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let watched = document.clone();
    EventListener::new(&document, "visibilitychange", move |_| {
        if watched.visibility_state() != web_sys::VisibilityState::Visible {
            return;
        }
        if let Ok(check) = registration.update() {
            // Offline, the check fails; the next visit tries again.
            wasm_bindgen_futures::spawn_local(async move {
                let _ = JsFuture::from(check).await;
            });
        }
    })
    .forget();
}

/// Lets the waiting version take over and reloads the page once it controls it, so the page
/// runs the new version's files only. With no version waiting, it just reloads.
pub async fn reload_into_update() {
    let Some(window) = web_sys::window() else { return };
    let reload = move || {
        let _ = window.location().reload();
    };
    let Some(container) = container() else { return reload() };
    let registration = JsFuture::from(container.get_registration()).await.ok();
    let waiting =
        registration.and_then(|r| r.dyn_into::<ServiceWorkerRegistration>().ok()).and_then(|r| r.waiting());
    let Some(waiting) = waiting else { return reload() };
    EventListener::once(&container, "controllerchange", move |_| reload()).forget();
    if waiting.post_message(&JsValue::from_str(SKIP_WAITING)).is_err() {
        gloo::console::error!("Reading Companion: the new version did not accept the message to take over.");
    }
}
