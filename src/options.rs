//! The options a host page gives an embedded companion (`ReadingCompanion.mount(element,
//! options)`, or the attributes of `<reading-companion>`), checked in plain Rust.
//!
//! Checking never fails as a whole: every bad option becomes an [`OptionError`] naming it, and
//! the others still apply, so the widget shows what it can.

use std::collections::BTreeMap;
use std::fmt;

use serde_json::Value;
use serde_json::value::RawValue;

/// Options as the host gave them: each option's JSON text, by name. Kept as text so that a
/// glossary object reaches the glossary parser exactly as written, without re-serialising.
pub type RawOptions = BTreeMap<String, Box<RawValue>>;

/// Every option a host may give; anything else is reported as unknown.
pub const OPTION_NAMES: &[&str] = &["article", "glossary", "panels", "theme", "accent", "font"];

/// The panels a host can show or hide, by name in the `panels` option.
pub const PANEL_NAMES: &[&str] = &["speakers", "notes", "toolbar"];

/// Where the article comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ArticleInput {
    /// Plain text.
    Text(String),
    /// HTML, reduced to its text (never inserted as HTML).
    Html(String),
    /// An address, relative to the host page.
    Url(String),
}

/// Where the host's glossary comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GlossaryInput {
    /// An address (JSON or CSV), relative to the host page.
    Url(String),
    /// A glossary given as an object (an array of entries, or `{entries: […]}`), as its JSON
    /// text for the core's parser, which names the entry of every bad one.
    Json(String),
}

/// Which parts around the article are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Panels {
    /// The "who is quoted" panel.
    pub speakers: bool,
    /// The background notes list (and glossary loading).
    pub notes: bool,
    /// The toolbar's buttons (paste, copy link, shortcuts).
    pub toolbar: bool,
}

impl Default for Panels {
    fn default() -> Panels {
        Panels { speakers: true, notes: true, toolbar: true }
    }
}

/// The colour scheme of an embedded widget.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    /// Always light.
    Light,
    /// Always dark.
    Dark,
    /// The reader's system setting (`prefers-color-scheme`).
    #[default]
    Auto,
}

impl Theme {
    /// The option's spelling, also used as the `data-theme` value the styles select on.
    pub fn name(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }
}

/// The checked options of one embedded widget.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct EmbedOptions {
    /// The article, if one was given.
    pub article: Option<ArticleInput>,
    /// The host's glossary, if one was given.
    pub glossary: Option<GlossaryInput>,
    /// The panels shown.
    pub panels: Panels,
    /// The colour scheme.
    pub theme: Theme,
    /// The accent colour (a CSS colour; the browser checks it).
    pub accent: Option<String>,
    /// The font family (a CSS `font-family` value; the browser checks it).
    pub font: Option<String>,
}

/// A bad option: which one, and what is wrong with it and what happens instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OptionError {
    /// The option's name.
    pub option: String,
    /// The problem, for the host page's author.
    pub problem: String,
}

impl OptionError {
    /// An error about `option`.
    pub fn new(option: &str, problem: impl Into<String>) -> OptionError {
        OptionError { option: option.to_owned(), problem: problem.into() }
    }
}

impl fmt::Display for OptionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "option \"{}\": {}", self.option, self.problem)
    }
}

/// Reads the options object's JSON text.
///
/// # Errors
/// Text that is not a JSON object gives an error about `options` (and no options).
pub fn read(text: &str) -> Result<RawOptions, OptionError> {
    match text.trim() {
        "" | "null" => Ok(RawOptions::new()),
        text => serde_json::from_str(text).map_err(|_| {
            OptionError::new(
                "options",
                "expected an object such as { article: \"…\" }; the defaults are used",
            )
        }),
    }
}

/// `overrides` laid over `base`: given options replace, `null` removes. What
/// `update(options)` does, so a host can change one option at a time.
pub fn merged(base: &RawOptions, overrides: &RawOptions) -> RawOptions {
    let mut out = base.clone();
    for (key, value) in overrides {
        if is_null(value) {
            out.remove(key);
        } else {
            out.insert(key.clone(), value.clone());
        }
    }
    out
}

/// True for a JSON `null`.
fn is_null(raw: &RawValue) -> bool {
    raw.get().trim() == "null"
}

/// Checks `options`. Never fails: bad options are left at their default and each gives an
/// [`OptionError`].
pub fn parse(options: &RawOptions) -> (EmbedOptions, Vec<OptionError>) {
    let mut checked = EmbedOptions::default();
    let mut errors = Vec::new();
    for (key, raw) in options.iter().filter(|(_, raw)| !is_null(raw)) {
        let value: Value = serde_json::from_str(raw.get()).unwrap_or(Value::Null);
        let result = match key.as_str() {
            "article" => article(&value).map(|a| checked.article = Some(a)),
            "glossary" => glossary(&value, raw).map(|g| checked.glossary = Some(g)),
            "panels" => panels(&value).map(|p| checked.panels = p),
            "theme" => theme(&value).map(|t| checked.theme = t),
            "accent" => css_text(&value).map(|a| checked.accent = Some(a)),
            "font" => css_text(&value).map(|f| checked.font = Some(f)),
            _ => Err(format!("unknown option (known: {})", OPTION_NAMES.join(", "))),
        };
        if let Err(problem) = result {
            errors.push(OptionError::new(key, problem));
        }
    }
    (checked, errors)
}

/// A string is the article's text; `{text}`, `{html}` or `{url}` say which kind.
fn article(value: &Value) -> Result<ArticleInput, String> {
    const EXPECTED: &str = "expected text, or an object with one of \"text\", \"html\" or \"url\"";
    if let Value::String(text) = value {
        return Ok(ArticleInput::Text(text.clone()));
    }
    let Value::Object(map) = value else { return Err(format!("{EXPECTED}; no article is shown")) };
    let field = |name: &str| map.get(name).and_then(Value::as_str).map(str::to_owned);
    match (field("text"), field("html"), field("url")) {
        (Some(text), None, None) => Ok(ArticleInput::Text(text)),
        (None, Some(html), None) => Ok(ArticleInput::Html(html)),
        (None, None, Some(url)) if !url.trim().is_empty() => Ok(ArticleInput::Url(url.trim().to_owned())),
        _ => Err(format!("{EXPECTED} (a string); no article is shown")),
    }
}

/// A string is an address; an array of entries (or `{entries: […]}`) is the glossary itself,
/// whose text (`raw`) goes to the glossary parser as it is.
fn glossary(value: &Value, raw: &RawValue) -> Result<GlossaryInput, String> {
    match value {
        Value::String(url) if !url.trim().is_empty() => Ok(GlossaryInput::Url(url.trim().to_owned())),
        Value::Object(map) if map.len() == 1 && map.get("url").is_some_and(Value::is_string) => {
            glossary(&map["url"], raw)
        }
        Value::Array(_) => Ok(GlossaryInput::Json(raw.get().to_owned())),
        Value::Object(map) if map.get("entries").is_some_and(Value::is_array) => {
            Ok(GlossaryInput::Json(raw.get().to_owned()))
        }
        _ => Err("expected an address, or an array of { term, note, aliases, link } entries; \
                  only the built-in notes are used"
            .to_owned()),
    }
}

/// A list of panel names (an array, or a string separated by spaces or commas).
fn panels(value: &Value) -> Result<Panels, String> {
    let names: Vec<String> = match value {
        Value::String(s) => s.split([' ', ',']).filter(|n| !n.is_empty()).map(str::to_owned).collect(),
        Value::Array(items) => items.iter().map(|i| i.as_str().unwrap_or("?").to_owned()).collect(),
        _ => return Err(format!("expected a list of panel names ({})", PANEL_NAMES.join(", "))),
    };
    let mut panels = Panels { speakers: false, notes: false, toolbar: false };
    let mut unknown = Vec::new();
    for name in &names {
        match name.as_str() {
            "speakers" => panels.speakers = true,
            "notes" => panels.notes = true,
            "toolbar" => panels.toolbar = true,
            other => unknown.push(format!("\"{other}\"")),
        }
    }
    if unknown.is_empty() {
        Ok(panels)
    } else {
        Err(format!(
            "unknown panel {} (known: {}); all panels are shown",
            unknown.join(", "),
            PANEL_NAMES.join(", ")
        ))
    }
}

/// `light`, `dark` or `auto`.
fn theme(value: &Value) -> Result<Theme, String> {
    match value.as_str() {
        Some("light") => Ok(Theme::Light),
        Some("dark") => Ok(Theme::Dark),
        Some("auto") => Ok(Theme::Auto),
        _ => Err(format!("expected \"light\", \"dark\" or \"auto\", not {value}; \"auto\" is used")),
    }
}

/// A short CSS value: a string without the characters that would end a declaration.
fn css_text(value: &Value) -> Result<String, String> {
    match value.as_str().map(str::trim) {
        Some(text) if !text.is_empty() && text.len() <= 200 && !text.contains([';', '{', '}']) => {
            Ok(text.to_owned())
        }
        _ => Err(format!("expected a CSS value as a string, not {value}; the default is used")),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    /// Options as the loader sends them: the object's JSON text.
    fn raw(value: Value) -> RawOptions {
        read(&value.to_string()).expect("an object")
    }

    fn parse(value: Value) -> (EmbedOptions, Vec<OptionError>) {
        super::parse(&raw(value))
    }

    fn names(errors: &[OptionError]) -> Vec<&str> {
        errors.iter().map(|e| e.option.as_str()).collect()
    }

    #[test]
    fn every_option_is_read() {
        let (options, errors) = parse(json!({
            "article": { "url": "lesson.txt" },
            "glossary": [{ "term": "Senate", "note": "The upper house." }],
            "panels": ["notes"],
            "theme": "dark",
            "accent": "#7a1f5c",
            "font": "Georgia, serif",
        }));
        assert_eq!(errors, []);
        assert_eq!(options.article, Some(ArticleInput::Url("lesson.txt".into())));
        let as_given = r#"[{"note":"The upper house.","term":"Senate"}]"#;
        assert_eq!(options.glossary, Some(GlossaryInput::Json(as_given.into())));
        assert_eq!(options.panels, Panels { speakers: false, notes: true, toolbar: false });
        assert_eq!(options.theme, Theme::Dark);
        assert_eq!(options.accent.as_deref(), Some("#7a1f5c"));
        assert_eq!(options.font.as_deref(), Some("Georgia, serif"));
    }

    #[test]
    fn a_string_article_is_text_and_a_string_glossary_an_address() {
        let (options, errors) = parse(json!({ "article": "Headline\n\nBody.", "glossary": "terms.csv" }));
        assert_eq!(errors, []);
        assert_eq!(options.article, Some(ArticleInput::Text("Headline\n\nBody.".into())));
        assert_eq!(options.glossary, Some(GlossaryInput::Url("terms.csv".into())));
    }

    #[test]
    fn bad_options_are_named_and_the_rest_still_apply() {
        let (options, errors) = parse(json!({
            "article": { "html": "<p>Hi</p>" },
            "theme": "blue",
            "panels": "notes sidebar",
            "accent": "red; background: url(x)",
            "colour": "red",
            "glossary": 42,
        }));
        let mut named = names(&errors);
        named.sort_unstable();
        assert_eq!(named, ["accent", "colour", "glossary", "panels", "theme"]);
        assert_eq!(options.article, Some(ArticleInput::Html("<p>Hi</p>".into())));
        assert_eq!(options.theme, Theme::Auto);
        assert_eq!(options.panels, Panels::default());
        assert!(errors.iter().any(|e| e.to_string().starts_with("option \"theme\": expected")));
    }

    #[test]
    fn a_glossary_object_goes_to_the_parser_as_given_and_an_url_object_is_an_address() {
        let (options, _) = parse(json!({ "glossary": { "entries": [{ "term": "A" }] } }));
        assert_eq!(options.glossary, Some(GlossaryInput::Json(r#"{"entries":[{"term":"A"}]}"#.into())));
        let (options, _) = parse(json!({ "glossary": { "url": "terms.csv" } }));
        assert_eq!(options.glossary, Some(GlossaryInput::Url("terms.csv".into())));
    }

    #[test]
    fn an_article_object_needs_exactly_one_kind() {
        let (options, errors) = parse(json!({ "article": { "text": "a", "url": "b" } }));
        assert_eq!(names(&errors), ["article"]);
        assert_eq!(options.article, None);
    }

    #[test]
    fn options_that_are_not_an_object_are_reported() {
        assert_eq!(read("\"lesson.txt\"").err().map(|e| e.option).as_deref(), Some("options"));
        assert!(read("null").is_ok_and(|o| o.is_empty()));
    }

    #[test]
    fn update_replaces_given_keys_and_null_removes() {
        let base = raw(json!({ "article": "text", "theme": "dark", "accent": "red" }));
        let next = merged(&base, &raw(json!({ "theme": "light", "accent": null })));
        let texts: Vec<(&str, &str)> = next.iter().map(|(k, v)| (k.as_str(), v.get())).collect();
        assert_eq!(texts, [("article", "\"text\""), ("theme", "\"light\"")]);
    }
}
