//! Fetching text over HTTP with the browser's `fetch`.

use std::fmt;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Fetches `url` (absolute, or relative to the page) and returns the body as text. A copy
/// embedded in the page (the single-file edition, see [`embedded`](super::embedded)) answers
/// without the network.
///
/// # Errors
/// A network failure (offline, refused, blocked by CORS or the page's Content-Security-Policy)
/// or an HTTP status other than 2xx gives a [`FetchError`] naming the URL.
pub async fn fetch_text(url: &str) -> Result<String, FetchError> {
    if let Some(text) = super::embedded::text(url) {
        return Ok(text);
    }
    let body = respond(url).await?.text().map_err(|e| FetchError::network(url, &describe(&e)))?;
    let body = JsFuture::from(body).await.map_err(|e| FetchError::network(url, &describe(&e)))?;
    body.as_string().ok_or_else(|| FetchError::network(url, "the body is not text"))
}

/// A body as bytes, with the media type the server gave it.
pub struct Fetched {
    /// The body, undecoded.
    pub bytes: Vec<u8>,
    /// The `Content-Type` header, or "".
    pub content_type: String,
}

/// Fetches `url` and returns its body undecoded, for content whose encoding is decided by
/// the caller (web pages in legacy encodings).
///
/// # Errors
/// As [`fetch_text`].
pub async fn fetch_bytes(url: &str) -> Result<Fetched, FetchError> {
    let response = respond(url).await?;
    let content_type = response.headers().get("content-type").ok().flatten().unwrap_or_default();
    let body = response.array_buffer().map_err(|e| FetchError::network(url, &describe(&e)))?;
    let body = JsFuture::from(body).await.map_err(|e| FetchError::network(url, &describe(&e)))?;
    Ok(Fetched { bytes: js_sys::Uint8Array::new(&body).to_vec(), content_type })
}

/// The response to a GET of `url`, when its status is 2xx.
async fn respond(url: &str) -> Result<web_sys::Response, FetchError> {
    let window = web_sys::window().ok_or_else(|| FetchError::network(url, "no window"))?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|e| FetchError::network(url, &describe(&e)))?;
    let response: web_sys::Response =
        response.dyn_into().map_err(|_| FetchError::network(url, "not a response"))?;
    if !response.ok() {
        return Err(FetchError {
            url: url.to_owned(),
            kind: Kind::Status(response.status(), response.status_text()),
        });
    }
    Ok(response)
}

/// The message of a JavaScript error value, or its debug form.
fn describe(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .unwrap_or_else(|| format!("{error:?}"))
}

/// Why a fetch failed. Its `Display` names the URL and the cause.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FetchError {
    url: String,
    kind: Kind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Kind {
    Network(String),
    Status(u16, String),
}

impl FetchError {
    fn network(url: &str, cause: &str) -> FetchError {
        FetchError { url: url.to_owned(), kind: Kind::Network(cause.to_owned()) }
    }

    /// The HTTP status, when the server answered with an error status.
    pub fn status(&self) -> Option<u16> {
        match self.kind {
            Kind::Status(code, _) => Some(code),
            Kind::Network(_) => None,
        }
    }
}

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            Kind::Network(cause) => write!(f, "{} could not be reached: {cause}", self.url),
            Kind::Status(code, text) => write!(f, "{} answered HTTP {code} {text}", self.url),
        }
    }
}

impl std::error::Error for FetchError {}
