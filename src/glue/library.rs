//! The reader's library: articles and glossaries kept in the browser's IndexedDB, so they
//! survive reloads and browser restarts and work without a network.
//!
//! Three object stores in one database: `articles` holds the small [`SavedArticle`] records
//! listed in the library panel, `texts` the article texts under the same id, `glossaries` the
//! reader's [`SavedGlossary`]s by name. A save writes in one transaction, so a failed write
//! (storage full, private mode) changes nothing that was saved before.

use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbRequest, IdbTransactionMode};

use crate::state::{SavedArticle, SavedGlossary};

const DATABASE: &str = "reading-companion";
const VERSION: u32 = 2;
const ARTICLES: &str = "articles";
const TEXTS: &str = "texts";
const GLOSSARIES: &str = "glossaries";

/// Saves `article` with its `text` (replacing an earlier save of the same text).
///
/// # Errors
/// Storage that is unavailable (some private modes, blocked by the browser) or full gives a
/// message; nothing saved before is touched.
pub async fn save(article: &SavedArticle, text: &str) -> Result<(), String> {
    let record = serde_wasm_bindgen::to_value(article).map_err(|e| e.to_string())?;
    write(&[ARTICLES, TEXTS], |tx| {
        store(tx, ARTICLES)?.put(&record).map_err(storage_error)?;
        store(tx, TEXTS)?
            .put_with_key(&JsValue::from_str(text), &JsValue::from_str(&article.id))
            .map_err(storage_error)?;
        Ok(())
    })
    .await
}

/// Every saved article, the most recently saved first.
///
/// # Errors
/// As [`save`].
pub async fn list() -> Result<Vec<SavedArticle>, String> {
    let mut articles: Vec<SavedArticle> = all(ARTICLES).await?;
    articles.sort_by(|a, b| b.saved_at.total_cmp(&a.saved_at));
    Ok(articles)
}

/// Keeps the reader's `glossary`, replacing one of the same name.
///
/// # Errors
/// As [`save`].
pub async fn save_glossary(glossary: &SavedGlossary) -> Result<(), String> {
    let record = serde_wasm_bindgen::to_value(glossary).map_err(|e| e.to_string())?;
    write(&[GLOSSARIES], |tx| store(tx, GLOSSARIES)?.put(&record).map(drop).map_err(storage_error)).await
}

/// The reader's kept glossaries.
///
/// # Errors
/// As [`save`].
pub async fn glossaries() -> Result<Vec<SavedGlossary>, String> {
    all(GLOSSARIES).await
}

/// Forgets the reader's glossary `name`.
///
/// # Errors
/// As [`save`].
pub async fn delete_glossary(name: &str) -> Result<(), String> {
    remove(&[GLOSSARIES], name).await
}

/// Every record of the store `name`.
async fn all<T: serde::de::DeserializeOwned>(name: &str) -> Result<Vec<T>, String> {
    let db = open().await?;
    let tx = transaction(&db, &[name], IdbTransactionMode::Readonly)?;
    let request = store(&tx, name)?.get_all().map_err(storage_error)?;
    serde_wasm_bindgen::from_value(result(&request).await?).map_err(|e| e.to_string())
}

/// Deletes the record `key` from each of `stores`, in one transaction. On a page that
/// embeds the companion nothing was ever kept, so there is nothing to delete.
async fn remove(stores: &[&str], key: &str) -> Result<(), String> {
    if super::embed::loaded_by_embed_script() {
        return Ok(());
    }
    write(stores, |tx| {
        for name in stores {
            store(tx, name)?.delete(&JsValue::from_str(key)).map_err(storage_error)?;
        }
        Ok(())
    })
    .await
}

/// Runs `requests` in one read-write transaction over `stores` and waits until it is
/// written: all of it, or (on any error) none of it.
async fn write(
    stores: &[&str],
    requests: impl FnOnce(&web_sys::IdbTransaction) -> Result<(), String>,
) -> Result<(), String> {
    let db = open().await?;
    let tx = transaction(&db, stores, IdbTransactionMode::Readwrite)?;
    if let Err(message) = requests(&tx) {
        let _ = tx.abort();
        return Err(message);
    }
    finish(&tx).await
}

/// The text of the saved article `id`.
///
/// # Errors
/// As [`save`], and an article that is no longer there.
pub async fn text(id: &str) -> Result<String, String> {
    let db = open().await?;
    let tx = transaction(&db, &[TEXTS], IdbTransactionMode::Readonly)?;
    let request = store(&tx, TEXTS)?.get(&JsValue::from_str(id)).map_err(storage_error)?;
    result(&request).await?.as_string().ok_or_else(|| "This article is no longer in your library.".to_owned())
}

/// Deletes the saved article `id`.
///
/// # Errors
/// As [`save`].
pub async fn delete(id: &str) -> Result<(), String> {
    remove(&[ARTICLES, TEXTS], id).await
}

/// The database, created or upgraded on first use. Never on a page that embeds the
/// companion: that page's storage is its own.
async fn open() -> Result<IdbDatabase, String> {
    if super::embed::loaded_by_embed_script() {
        return Err(
            "the companion is part of another site's page here, and leaves its storage alone".to_owned()
        );
    }
    let unavailable = || {
        "this browser does not let the page store articles (private browsing, or storage is blocked)"
            .to_owned()
    };
    let factory = web_sys::window().and_then(|w| w.indexed_db().ok().flatten()).ok_or_else(unavailable)?;
    let request = factory.open_with_u32(DATABASE, VERSION).map_err(|_| unavailable())?;
    let upgrade = {
        let request = request.clone();
        EventListener::once(&request.clone(), "upgradeneeded", move |_| create_stores(&request))
    };
    let db = result(&request).await;
    drop(upgrade);
    db?.dyn_into().map_err(|_| unavailable())
}

/// Creates the object stores a new (or older) database lacks.
fn create_stores(request: &IdbRequest) {
    let Some(db) = request.result().ok().and_then(|r| r.dyn_into::<IdbDatabase>().ok()) else { return };
    let names = db.object_store_names();
    for (name, key_path) in [(ARTICLES, Some("id")), (TEXTS, None), (GLOSSARIES, Some("name"))] {
        if names.contains(name) {
            continue;
        }
        let options = web_sys::IdbObjectStoreParameters::new();
        if let Some(key_path) = key_path {
            options.set_key_path(&JsValue::from_str(key_path));
        }
        let _ = db.create_object_store_with_optional_parameters(name, &options);
    }
}

fn transaction(
    db: &IdbDatabase,
    stores: &[&str],
    mode: IdbTransactionMode,
) -> Result<web_sys::IdbTransaction, String> {
    let names: js_sys::Array = stores.iter().map(|s| JsValue::from_str(s)).collect();
    db.transaction_with_str_sequence_and_mode(&names, mode).map_err(storage_error)
}

fn store(tx: &web_sys::IdbTransaction, name: &str) -> Result<web_sys::IdbObjectStore, String> {
    tx.object_store(name).map_err(storage_error)
}

/// The result of `request` once it succeeds.
async fn result(request: &IdbRequest) -> Result<JsValue, String> {
    settle(request, "success").await.map_err(|()| request_error(request))?;
    request.result().map_err(storage_error)
}

/// Waits until `tx` has written everything (`complete`), or fails with why it did not.
async fn finish(tx: &web_sys::IdbTransaction) -> Result<(), String> {
    settle(tx, "complete")
        .await
        .map_err(|()| tx.error().map_or_else(|| "the write was cancelled".to_owned(), |e| describe(&e)))
}

/// Waits for `success` on `target`, or for its `error` or `abort`.
async fn settle(target: &web_sys::EventTarget, success: &'static str) -> Result<(), ()> {
    let mut listeners = Vec::new();
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        listeners.push(EventListener::once(target, success, move |_| drop(resolve.call0(&JsValue::NULL))));
        for failure in ["error", "abort"] {
            let reject = reject.clone();
            listeners.push(EventListener::once(target, failure, move |_| drop(reject.call0(&JsValue::NULL))));
        }
    });
    let outcome = JsFuture::from(promise).await;
    drop(listeners);
    outcome.map(drop).map_err(drop)
}

fn request_error(request: &IdbRequest) -> String {
    request
        .error()
        .ok()
        .flatten()
        .map_or_else(|| "the browser's storage did not answer".to_owned(), |e| describe(&e))
}

fn storage_error(error: JsValue) -> String {
    error
        .dyn_ref::<web_sys::DomException>()
        .map_or_else(|| "the browser's storage refused".to_owned(), describe)
}

/// A storage error in words a reader can act on.
fn describe(error: &web_sys::DomException) -> String {
    match error.name().as_str() {
        "QuotaExceededError" => {
            "the browser's storage for this site is full (delete some saved articles)".to_owned()
        }
        "InvalidStateError" | "SecurityError" => {
            "this browser does not let the page store articles (private browsing, or storage is blocked)"
                .to_owned()
        }
        _ => error.message(),
    }
}
