//! Browser glue, tested in headless Chromium with `wasm-bindgen-test`
//! (`cargo test --target wasm32-unknown-unknown`; `tools/install.sh` sets up the runner and
//! `webdriver.json` the browser).
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use reading_companion::glue::{fetch, mount};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("a document")
}

/// A fresh element in the page's body, marked for mounting with `article_url`.
fn host(article_url: &str) -> web_sys::Element {
    let element = document().create_element("section").expect("an element");
    element.set_attribute(mount::MOUNT_ATTRIBUTE, article_url).expect("attribute");
    document().body().expect("a body").append_child(&element).expect("appended");
    element
}

/// Waits up to two seconds for `selector` to match inside `root` and returns its text.
async fn text_of(root: &web_sys::Element, selector: &str) -> Option<String> {
    for _ in 0..40 {
        if let Some(found) = root.query_selector(selector).ok().flatten() {
            return found.text_content();
        }
        yew::platform::time::sleep(Duration::from_millis(50)).await;
    }
    None
}

#[wasm_bindgen_test]
async fn fetch_text_returns_the_body() {
    let text = fetch::fetch_text("data:text/plain;charset=utf-8,Caf%C3%A9%20news").await;
    assert_eq!(text.as_deref(), Ok("Café news"));
}

#[wasm_bindgen_test]
async fn fetch_text_reports_http_errors_with_the_url() {
    let err = fetch::fetch_text("no-such-article.txt").await.expect_err("a 404");
    assert_eq!(err.status(), Some(404));
    assert!(err.to_string().contains("no-such-article.txt"), "{err}");
}

#[wasm_bindgen_test]
async fn fetch_text_reports_unreachable_urls() {
    let err = fetch::fetch_text("http://127.0.0.1:9/article.txt").await.expect_err("refused");
    assert_eq!(err.status(), None);
    assert!(err.to_string().contains("could not be reached"), "{err}");
}

/// Appends an element `tag` with `attributes` to the document's `<head>`.
fn head_element(tag: &str, attributes: &[(&str, &str)]) -> web_sys::Element {
    let element = document().create_element(tag).expect("an element");
    for (name, value) in attributes {
        element.set_attribute(name, value).expect("attribute");
    }
    document().head().expect("a head").append_child(&element).expect("appended");
    element
}

#[wasm_bindgen_test]
async fn fetch_text_reads_a_file_embedded_in_the_page_instead() {
    use reading_companion::glue::embedded::FILE_ATTRIBUTE;
    let block =
        head_element("script", &[("type", "application/json"), (FILE_ATTRIBUTE, "notes/embedded.json")]);
    block.set_text_content(Some(r#""{\"term\": \"Caf\u00e9 \u003cnews>\"}""#));
    let text = fetch::fetch_text("notes/embedded.json").await;
    assert_eq!(text.as_deref(), Ok(r#"{"term": "Café <news>"}"#));
    let other = fetch::fetch_text("notes/not-embedded.json").await;
    assert_eq!(other.map_err(|e| e.status()), Err(Some(404)), "other files are still fetched");
    block.remove();
}

#[wasm_bindgen_test]
fn only_a_page_that_names_the_service_worker_registers_it() {
    use reading_companion::glue::service_worker::{WORKER_META, worker_url};
    assert_eq!(worker_url(), None, "a page without the meta (a foreign page) registers nothing");
    let meta = head_element("meta", &[("name", WORKER_META), ("content", "sw.js")]);
    assert_eq!(worker_url().as_deref(), Some("sw.js"));
    meta.remove();
}

#[wasm_bindgen_test]
async fn mount_renders_inside_the_given_element_only() {
    let before = document().query_selector_all(".rc-app").expect("query").length();
    let element = host("data:text/plain;charset=utf-8,Glue%20headline%0A%0AThe%20story%20itself.");
    let handle = mount::mount(element.clone());
    assert_eq!(text_of(&element, "h1").await.as_deref(), Some("Glue headline"));
    assert_eq!(text_of(&element, ".rc-standfirst").await.as_deref(), Some("The story itself."));
    let app = element.first_element_child().expect("the app root");
    assert_eq!(app.class_name(), "rc-app", "the app renders its own scoped root");
    assert_eq!(document().query_selector_all(".rc-app").expect("query").length(), before + 1);
    handle.destroy();
    yew::platform::time::sleep(Duration::from_millis(50)).await;
    assert_eq!(element.child_element_count(), 0, "destroy leaves the element empty");
    element.remove();
}

#[wasm_bindgen_test]
async fn a_missing_article_shows_a_message_instead() {
    let element = host("missing-article.txt");
    drop(mount::mount(element.clone()));
    let message = text_of(&element, "[role=alert]").await.unwrap_or_default();
    assert!(message.contains("missing-article.txt") && message.contains("404"), "{message}");
    element.remove();
}

#[wasm_bindgen_test]
fn an_article_link_round_trips_through_the_address() {
    use reading_companion::glue::link;
    let text = "Headline: 50% “off”\n\nA line & more #hash?";
    let url = link::link_for(text).expect("a link");
    let history = web_sys::window().and_then(|w| w.history().ok()).expect("history");
    history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)).expect("replace");
    assert_eq!(link::text_from_location(), Some(Ok(text.to_owned())));
    history
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("#text=%E0%A4%A"))
        .expect("replace");
    assert!(matches!(link::text_from_location(), Some(Err(_))), "bad percent-encoding is an error");
    history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("#")).expect("replace");
    assert_eq!(link::text_from_location(), None);
}

/// Presses `key` with the focus on `target` and returns the keys the listener passed on.
fn keys_seen(root: &web_sys::Element, target: &web_sys::HtmlElement, key: &str) -> Vec<String> {
    use std::cell::RefCell;
    use std::rc::Rc;
    let seen = Rc::new(RefCell::new(Vec::new()));
    let sink = Rc::clone(&seen);
    let listener = reading_companion::glue::keys::listen(root.clone(), true, move |k| {
        sink.borrow_mut().push(k.to_owned());
        true
    });
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    // Like a real key press: it crosses shadow roots.
    init.set_composed(true);
    let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("event");
    target.dispatch_event(&event).expect("dispatched");
    drop(listener);
    seen.take()
}

#[wasm_bindgen_test]
fn shortcuts_come_from_the_app_but_not_from_text_fields_or_the_host() {
    use wasm_bindgen::JsCast;
    let make = |tag: &str| -> web_sys::HtmlElement {
        document().create_element(tag).expect("element").dyn_into().expect("html element")
    };
    let (root, inside, field, host) = (make("div"), make("button"), make("textarea"), make("button"));
    root.append_child(&inside).expect("append");
    root.append_child(&field).expect("append");
    let body = document().body().expect("a body");
    body.append_child(&root).expect("append");
    body.append_child(&host).expect("append");
    assert_eq!(keys_seen(&root, &inside, "j"), ["j"]);
    assert_eq!(keys_seen(&root, &field, "j"), Vec::<String>::new(), "typing is left alone");
    assert_eq!(keys_seen(&root, &host, "j"), Vec::<String>::new(), "the host page's keys are its own");
    root.remove();
    host.remove();
}

/// An element attached to a shadow root, as the embed glue makes them.
fn in_shadow_root(host: &web_sys::Element, tag: &str) -> web_sys::HtmlElement {
    use wasm_bindgen::JsCast;
    let shadow = host
        .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .expect("a shadow root");
    let element: web_sys::HtmlElement =
        document().create_element(tag).expect("element").dyn_into().expect("html");
    shadow.append_child(&element).expect("append");
    element
}

#[wasm_bindgen_test]
fn shortcuts_reach_an_app_inside_a_shadow_root() {
    let host = document().create_element("div").expect("element");
    document().body().expect("a body").append_child(&host).expect("append");
    let inside = in_shadow_root(&host, "button");
    let root = inside.clone().into();
    assert_eq!(keys_seen(&root, &inside, "j"), ["j"], "the composed path finds the real target");
    host.remove();
}

#[wasm_bindgen_test]
async fn an_embedded_app_lives_in_a_shadow_root_and_destroy_removes_it() {
    use reading_companion::glue::embed;
    let host = document().create_element("div").expect("element");
    document().body().expect("a body").append_child(&host).expect("append");
    let options = r#"{"article":"Shadow headline\n\nThe story.","theme":"dark","panels":["notes"]}"#;
    let mut handle =
        embed::mount_embedded(host.clone(), options, String::new(), "embed.css".into()).expect("mounted");
    let shadow = host.shadow_root().expect("a shadow root");
    let wrapper = shadow.query_selector(".rc-embed").ok().flatten().expect("the wrapper");
    assert_eq!(wrapper.get_attribute("data-theme").as_deref(), Some("dark"));
    assert_eq!(text_of(&wrapper, "h1").await.as_deref(), Some("Shadow headline"));
    assert!(wrapper.query_selector(".rc-speakers").ok().flatten().is_none(), "the speakers panel is hidden");
    assert_eq!(host.child_element_count(), 0, "nothing is added to the host's own content");
    assert!(
        embed::mount_embedded(host.clone(), "{}", String::new(), String::new()).is_err(),
        "one app per element"
    );
    handle.update(r#"{"article":"Second headline\n\nMore."}"#);
    let mut title = None;
    for _ in 0..40 {
        title = text_of(&wrapper, "h1").await;
        if title.as_deref() == Some("Second headline") {
            break;
        }
        yew::platform::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(title.as_deref(), Some("Second headline"), "update opens the new article");
    handle.destroy();
    yew::platform::time::sleep(Duration::from_millis(50)).await;
    assert_eq!(shadow.child_nodes().length(), 0, "destroy removes the stylesheet link and the wrapper");
    host.remove();
}
