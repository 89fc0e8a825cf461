//! The options a host page gives an embedded companion (`ReadingCompanion.mount(element,
//! options)`, or the attributes of `<reading-companion>`), checked in plain Rust.
//!
//! Checking never fails as a whole: every bad option becomes an [`OptionError`] naming it, and
//! the others still apply, so the widget shows what it can.

use std::fmt;

use serde_json::{Map, Value};

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
    /// A glossary given as an object, as JSON text for the core's parser, which names the
    /// entry (and line of this text) of every bad entry.
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

/// `overrides` laid over `base` (both option objects): given keys replace, `null` removes.
/// What `update(options)` does, so a host can change one option at a time.
pub fn merged(base: &Value, overrides: &Value) -> Value {
    let mut out = base.as_object().cloned().unwrap_or_default();
    for (key, value) in overrides.as_object().into_iter().flatten() {
        if value.is_null() {
            out.remove(key);
        } else {
            out.insert(key.clone(), value.clone());
        }
    }
    Value::Object(out)
}

/// Checks `value` (the options object). Never fails: bad options are left at their default
/// and each gives an [`OptionError`].
pub fn parse(value: &Value) -> (EmbedOptions, Vec<OptionError>) {
    let mut options = EmbedOptions::default();
    let mut errors = Vec::new();
    let empty = Map::new();
    let map = match value {
        Value::Object(map) => map,
        Value::Null => &empty,
        _ => {
            errors.push(OptionError::new("options", "expected an object such as { article: \"…\" }"));
            &empty
        }
    };
    for (key, value) in map {
        if value.is_null() {
            continue;
        }
        let result = match key.as_str() {
            "article" => article(value).map(|a| options.article = Some(a)),
            "glossary" => glossary(value).map(|g| options.glossary = Some(g)),
            "panels" => panels(value).map(|p| options.panels = p),
            "theme" => theme(value).map(|t| options.theme = t),
            "accent" => css_text(value).map(|a| options.accent = Some(a)),
            "font" => css_text(value).map(|f| options.font = Some(f)),
            _ => Err(format!("unknown option (known: {})", OPTION_NAMES.join(", "))),
        };
        if let Err(problem) = result {
            errors.push(OptionError::new(key, problem));
        }
    }
    (options, errors)
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
/// written one entry per line so that the parser's "line N" is entry N − 1.
fn glossary(value: &Value) -> Result<GlossaryInput, String> {
    const EXPECTED: &str = "expected an address, or an array of { term, note, aliases, link } entries; only the built-in notes are used";
    let entries = match value {
        Value::String(url) if !url.trim().is_empty() => return Ok(GlossaryInput::Url(url.trim().to_owned())),
        Value::Object(map) => match (map.get("url"), map.get("entries")) {
            (Some(url @ Value::String(_)), None) => return glossary(url),
            (None, Some(Value::Array(entries))) => entries,
            _ => return Err(EXPECTED.to_owned()),
        },
        Value::Array(entries) => entries,
        _ => return Err(EXPECTED.to_owned()),
    };
    let lines: Vec<String> = entries.iter().map(Value::to_string).collect();
    Ok(GlossaryInput::Json(format!("[\n{}\n]", lines.join(",\n"))))
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

    fn names(errors: &[OptionError]) -> Vec<&str> {
        errors.iter().map(|e| e.option.as_str()).collect()
    }

    #[test]
    fn every_option_is_read() {
        let (options, errors) = parse(&json!({
            "article": { "url": "lesson.txt" },
            "glossary": [{ "term": "Senate", "note": "The upper house." }],
            "panels": ["notes"],
            "theme": "dark",
            "accent": "#7a1f5c",
            "font": "Georgia, serif",
        }));
        assert_eq!(errors, []);
        assert_eq!(options.article, Some(ArticleInput::Url("lesson.txt".into())));
        let one_per_line = "[\n{\"note\":\"The upper house.\",\"term\":\"Senate\"}\n]";
        assert_eq!(options.glossary, Some(GlossaryInput::Json(one_per_line.into())));
        assert_eq!(options.panels, Panels { speakers: false, notes: true, toolbar: false });
        assert_eq!(options.theme, Theme::Dark);
        assert_eq!(options.accent.as_deref(), Some("#7a1f5c"));
        assert_eq!(options.font.as_deref(), Some("Georgia, serif"));
    }

    #[test]
    fn a_string_article_is_text_and_a_string_glossary_an_address() {
        let (options, errors) = parse(&json!({ "article": "Headline\n\nBody.", "glossary": "terms.csv" }));
        assert_eq!(errors, []);
        assert_eq!(options.article, Some(ArticleInput::Text("Headline\n\nBody.".into())));
        assert_eq!(options.glossary, Some(GlossaryInput::Url("terms.csv".into())));
    }

    #[test]
    fn bad_options_are_named_and_the_rest_still_apply() {
        let (options, errors) = parse(&json!({
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
    fn a_glossary_object_is_one_entry_per_line_and_an_url_object_an_address() {
        let (options, _) = parse(&json!({ "glossary": { "entries": [{ "term": "A" }, { "term": "B" }] } }));
        assert_eq!(
            options.glossary,
            Some(GlossaryInput::Json("[\n{\"term\":\"A\"},\n{\"term\":\"B\"}\n]".into()))
        );
        let (options, _) = parse(&json!({ "glossary": { "url": "terms.csv" } }));
        assert_eq!(options.glossary, Some(GlossaryInput::Url("terms.csv".into())));
    }

    #[test]
    fn an_article_object_needs_exactly_one_kind() {
        let (options, errors) = parse(&json!({ "article": { "text": "a", "url": "b" } }));
        assert_eq!(names(&errors), ["article"]);
        assert_eq!(options.article, None);
    }

    #[test]
    fn options_that_are_not_an_object_are_reported() {
        let (options, errors) = parse(&json!("lesson.txt"));
        assert_eq!(names(&errors), ["options"]);
        assert_eq!(options, EmbedOptions::default());
    }

    #[test]
    fn update_replaces_given_keys_and_null_removes() {
        let base = json!({ "article": "text", "theme": "dark", "accent": "red" });
        let next = merged(&base, &json!({ "theme": "light", "accent": null }));
        assert_eq!(next, json!({ "article": "text", "theme": "light" }));
    }
}
