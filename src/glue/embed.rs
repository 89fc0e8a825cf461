//! The companion inside another site's page: what `ReadingCompanion.mount(element, options)`
//! (the loader, `reading-companion.js`) calls.
//!
//! The app renders into a shadow root on the host's element, so the host's CSS cannot reach
//! it and its CSS cannot reach the host. The shadow root holds two nodes: a `<link>` to the
//! embed stylesheet (an external file, which a strict `style-src` allows) and the `.rc-embed`
//! wrapper the app renders into; `destroy` removes both and unmounts the app, which removes
//! its listeners. Options are checked by [`crate::options`]; every bad one is reported on the
//! console by name and the rest still apply.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use yew::AttrValue;

use crate::app::{App, AppProps, ArticleSource, Embedding, GlossarySource};
use crate::intake::Incoming;
use crate::options::{self, ArticleInput, EmbedOptions, GlossaryInput, OptionError, RawOptions};

/// The global the embed loader defines. When it exists the loader decides where apps go, so
/// the stand-alone start-up (`crate::start`) mounts nothing.
pub const LOADER_GLOBAL: &str = "ReadingCompanion";

/// True when the page loaded the embed loader (the [`LOADER_GLOBAL`] exists).
pub fn loaded_by_embed_script() -> bool {
    js_sys::Reflect::has(&js_sys::global(), &JsValue::from_str(LOADER_GLOBAL)).unwrap_or(false)
}

/// One embedded companion: the host's element, the nodes added to its shadow root, the app,
/// and the options so far (so `update` can change one at a time).
#[wasm_bindgen]
pub struct Embed {
    shadow: web_sys::ShadowRoot,
    added: Vec<web_sys::Element>,
    wrapper: web_sys::HtmlElement,
    app: Option<yew::AppHandle<App>>,
    options: RawOptions,
    assets: String,
}

/// Mounts a companion into `host` with `options` (the options object as JSON text: the
/// loader passes `JSON.stringify(options)`); `assets` is the address of the app's files
/// (ending in `/`) and `styles` the embed stylesheet's address.
///
/// # Errors
/// An element that cannot hold a shadow root (an `<input>`, an `<a>`) or one that already
/// holds a companion gives an error, which the loader throws.
#[wasm_bindgen(js_name = mount)]
pub fn mount_embedded(
    host: web_sys::Element,
    options: &str,
    assets: String,
    styles: String,
) -> Result<Embed, JsError> {
    let shadow = shadow_root(&host)?;
    let document = host.owner_document().ok_or_else(|| JsError::new("the element is not in a document"))?;
    let link = document.create_element("link").map_err(|_| JsError::new("no <link> element"))?;
    link.set_attribute("rel", "stylesheet").map_err(|_| JsError::new("the stylesheet link was refused"))?;
    link.set_attribute("href", &styles).map_err(|_| JsError::new("the stylesheet link was refused"))?;
    let wrapper: web_sys::HtmlElement = document
        .create_element("div")
        .ok()
        .and_then(|e| e.dyn_into().ok())
        .ok_or_else(|| JsError::new("no <div>"))?;
    wrapper.set_class_name("rc-embed");
    for node in [&link, wrapper.as_ref()] {
        shadow.append_child(node).map_err(|_| JsError::new("the shadow root refused a node"))?;
    }
    let mut embed = Embed {
        shadow,
        added: vec![link, wrapper.clone().into()],
        wrapper,
        app: None,
        options: RawOptions::new(),
        assets,
    };
    embed.apply(options);
    Ok(embed)
}

/// The open shadow root of `host`, attached now or left empty by an earlier `destroy`.
fn shadow_root(host: &web_sys::Element) -> Result<web_sys::ShadowRoot, JsError> {
    if let Some(existing) = host.shadow_root() {
        if existing.child_element_count() > 0 {
            return Err(JsError::new(
                "this element already holds a Reading Companion; call update() or destroy() on its handle",
            ));
        }
        return Ok(existing);
    }
    host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open)).map_err(|_| {
        JsError::new(&format!(
            "a <{}> cannot hold the Reading Companion; use a <div>, <section>, <article> or <reading-companion>",
            host.tag_name().to_ascii_lowercase()
        ))
    })
}

#[wasm_bindgen]
impl Embed {
    /// Changes the options given (JSON text; the others stay, `null` resets one to its
    /// default).
    pub fn update(&mut self, options: &str) {
        if self.app.is_none() {
            report(&OptionError::new("update", "this companion was destroyed; mount a new one"));
            return;
        }
        self.apply(options);
    }

    /// Unmounts the app (its listeners go with it) and removes every node added to the host.
    /// The element's (now empty) shadow root stays: browsers cannot remove one; a later
    /// `mount` on the same element reuses it.
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        for node in self.added.drain(..) {
            let _ = self.shadow.remove_child(&node);
        }
    }
}

impl Embed {
    /// Lays `options` over the ones so far, reports the bad ones, and renders.
    fn apply(&mut self, options: &str) {
        let given = options::read(options).unwrap_or_else(|e| {
            report(&e);
            RawOptions::new()
        });
        let (_, errors) = options::parse(&given);
        errors.iter().for_each(report);
        self.options = options::merged(&self.options, &given);
        let (checked, _) = options::parse(&self.options);
        self.style(&checked);
        let props = AppProps {
            article_url: AttrValue::Static(crate::app::SAMPLE_URL),
            embedding: Some(Rc::new(self.embedding(checked))),
        };
        match &mut self.app {
            Some(app) => app.update(props),
            None => {
                let root: web_sys::Element = self.wrapper.clone().into();
                self.app = Some(yew::Renderer::<App>::with_root_and_props(root, props).render());
            }
        }
    }

    /// The theme, accent colour and font, on the wrapper the styles select on. A colour or
    /// font the browser does not accept is reported and left out.
    fn style(&self, options: &EmbedOptions) {
        let _ = self.wrapper.set_attribute("data-theme", options.theme.name());
        let style = self.wrapper.style();
        for (option, property, value, kind) in [
            ("accent", "--rc-user-accent", &options.accent, "color"),
            ("font", "--rc-user-font", &options.font, "font-family"),
        ] {
            let attribute = format!("data-{option}");
            match value.as_deref().filter(|v| web_sys::css::supports_with_value(kind, v).unwrap_or(false)) {
                Some(value) => {
                    let _ = style.set_property(property, value);
                    let _ = self.wrapper.set_attribute(&attribute, "");
                }
                None => {
                    if let Some(bad) = value {
                        report(&OptionError::new(
                            option,
                            format!("\"{bad}\" is not a CSS {kind}; the default is used"),
                        ));
                    }
                    let _ = style.remove_property(property);
                    let _ = self.wrapper.remove_attribute(&attribute);
                }
            }
        }
    }

    /// What the app needs from the checked options.
    fn embedding(&self, options: EmbedOptions) -> Embedding {
        let article = match options.article {
            Some(ArticleInput::Text(text)) => ArticleSource::Text(text.into()),
            Some(ArticleInput::Html(html)) => {
                match super::load::from_text(html, &Incoming { name: "", mime: "text/html" }) {
                    Ok(text) => ArticleSource::Text(text.into()),
                    Err(message) => ArticleSource::Missing(message.into()),
                }
            }
            Some(ArticleInput::Url(url)) => ArticleSource::Url(url.into()),
            None => ArticleSource::Missing(
                "no article was given (the article option, a src attribute, or text inside the element)"
                    .into(),
            ),
        };
        let glossary = options.glossary.map(|g| match g {
            GlossaryInput::Url(url) => GlossarySource::Url(url.into()),
            GlossaryInput::Json(json) => GlossarySource::Json(json.into()),
        });
        Embedding { article, glossary, panels: options.panels, assets: AttrValue::from(self.assets.clone()) }
    }
}

/// Reports a bad option on the console, prefixed so the host's author knows who speaks.
fn report(error: &OptionError) {
    gloo::console::error!(format!("Reading Companion: {error}"));
}
