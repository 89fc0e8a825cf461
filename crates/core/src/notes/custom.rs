//! Custom glossaries from a teacher or site, in JSON or CSV: every valid entry loads, every
//! malformed one gives an error naming its line.

use serde::Deserialize;
use serde_json::Value;
use serde_json::value::RawValue;

use super::csv::{self, Record};
use super::error::GlossaryError;
use super::glossary::Glossary;
use super::{Entry, NoteSource};

/// The formats a custom glossary may come in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GlossaryFormat {
    /// An array of entries, or `{"entries": [...]}`; each entry an object with `term`, `note`
    /// and optionally `aliases` (array, or one string separated by `;`), `link`, `category`
    /// and `case_sensitive`.
    Json,
    /// A header row naming `term`, `note` and optionally `aliases`, `link`, `category`;
    /// RFC 4180 quoting; aliases separated by `;`.
    Csv,
}

impl GlossaryFormat {
    /// The format of a file named `file_name` holding `text`: by extension (`.json`, `.csv`),
    /// else JSON when the text starts with `[` or `{`, else CSV.
    pub fn guess(file_name: &str, text: &str) -> GlossaryFormat {
        let lower = file_name.to_ascii_lowercase();
        if lower.ends_with(".json") {
            GlossaryFormat::Json
        } else if lower.ends_with(".csv") {
            GlossaryFormat::Csv
        } else if text.trim_start_matches('\u{feff}').trim_start().starts_with(['[', '{']) {
            GlossaryFormat::Json
        } else {
            GlossaryFormat::Csv
        }
    }
}

impl Glossary {
    /// A custom glossary from `text` in `format`; its entries take the source
    /// [`NoteSource::Custom`]. Never fails: the valid entries load, and every malformed line
    /// or entry gives a [`GlossaryError`] naming its line (and for JSON the entry's index).
    pub fn parse_custom(text: &str, format: GlossaryFormat) -> (Glossary, Vec<GlossaryError>) {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let (entries, errors) = match format {
            GlossaryFormat::Json => from_json(text),
            GlossaryFormat::Csv => from_csv(text),
        };
        (Glossary::new(entries), errors)
    }
}

/// The fields of one entry, as read from either format.
#[derive(Default)]
struct Fields {
    term: String,
    note: String,
    aliases: Vec<String>,
    link: Option<String>,
    category: Option<String>,
    case_sensitive: bool,
}

impl Fields {
    /// The entry, or the problem with it.
    fn into_entry(self) -> Result<Entry, String> {
        let term = self.term.trim().to_owned();
        let note = self.note.trim().to_owned();
        if term.is_empty() {
            return Err("the term is empty".to_owned());
        }
        if note.is_empty() {
            return Err(format!("the note for '{term}' is empty"));
        }
        let aliases =
            self.aliases.iter().map(|a| a.trim()).filter(|a| !a.is_empty()).map(str::to_owned).collect();
        let clean = |s: Option<String>| s.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty());
        Ok(Entry {
            term,
            aliases,
            note,
            category: clean(self.category),
            link: clean(self.link),
            case_sensitive: self.case_sensitive,
            source: NoteSource::Custom,
        })
    }
}

/// Aliases written as one string: separated by `;`.
fn split_aliases(text: &str) -> Vec<String> {
    text.split(';').map(str::trim).filter(|a| !a.is_empty()).map(str::to_owned).collect()
}

/// A glossary wrapped in an object.
#[derive(Deserialize)]
struct Wrapped<'a> {
    #[serde(borrow)]
    entries: Vec<&'a RawValue>,
}

fn from_json(text: &str) -> (Vec<Entry>, Vec<GlossaryError>) {
    let raw: Result<Vec<&RawValue>, _> = serde_json::from_str(text);
    let raw =
        raw.or_else(|first| serde_json::from_str::<Wrapped<'_>>(text).map(|w| w.entries).map_err(|_| first));
    let items = match raw {
        Ok(items) => items,
        Err(e) => {
            let problem = if e.is_data() {
                "expected an array of entries, or an object with \"entries\"".to_owned()
            } else {
                format!("this is not valid JSON ({e})")
            };
            return (Vec::new(), vec![GlossaryError::new(Some(e.line().max(1)), problem)]);
        }
    };
    let mut entries = Vec::new();
    let mut errors = Vec::new();
    for (index, item) in items.iter().enumerate() {
        let line = line_of(text, item.get());
        match json_fields(item.get()).and_then(Fields::into_entry) {
            Ok(entry) => entries.push(entry),
            Err(problem) => errors.push(GlossaryError::new(Some(line), problem).in_entry(index)),
        }
    }
    (entries, errors)
}

/// The 1-based line of `part`, a slice of `text`.
fn line_of(text: &str, part: &str) -> usize {
    let offset = (part.as_ptr() as usize).saturating_sub(text.as_ptr() as usize).min(text.len());
    text.as_bytes()[..offset].iter().filter(|&&b| b == b'\n').count() + 1
}

/// The fields of one JSON entry, or what is wrong with it.
fn json_fields(item: &str) -> Result<Fields, String> {
    let value: Value =
        serde_json::from_str(item).map_err(|e| format!("this entry is not valid JSON ({e})"))?;
    let Value::Object(map) = value else { return Err("the entry is not an object".to_owned()) };
    let text = |key: &str| -> Result<Option<String>, String> {
        match map.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(_) => Err(format!("\"{key}\" is not a string")),
        }
    };
    let aliases = match map.get("aliases") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::String(s)) => split_aliases(s),
        Some(Value::Array(items)) => {
            let names: Option<Vec<String>> = items.iter().map(|v| v.as_str().map(str::to_owned)).collect();
            names.ok_or("\"aliases\" holds something other than strings")?
        }
        Some(_) => return Err("\"aliases\" is neither an array nor a string".to_owned()),
    };
    let case_sensitive = match map.get("case_sensitive") {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(_) => return Err("\"case_sensitive\" is not true or false".to_owned()),
    };
    Ok(Fields {
        term: text("term")?.ok_or("the entry has no \"term\"")?,
        note: text("note")?.ok_or("the entry has no \"note\"")?,
        aliases,
        link: text("link")?,
        category: text("category")?,
        case_sensitive,
    })
}

/// Columns of a CSV glossary, found from its header row.
struct Columns {
    term: usize,
    note: usize,
    aliases: Option<usize>,
    link: Option<usize>,
    category: Option<usize>,
}

fn from_csv(text: &str) -> (Vec<Entry>, Vec<GlossaryError>) {
    let (records, unclosed) = csv::records(text);
    let mut errors = Vec::new();
    let mut entries = Vec::new();
    let mut rows = records.into_iter();
    match rows.next().map(|header| columns(&header)) {
        None => errors.push(GlossaryError::new(Some(1), "the glossary is empty")),
        Some(Err(e)) => errors.push(e),
        Some(Ok(columns)) => {
            for row in rows {
                match csv_fields(&row, &columns).into_entry() {
                    Ok(entry) => entries.push(entry),
                    Err(problem) => errors.push(GlossaryError::new(Some(row.line), problem)),
                }
            }
        }
    }
    if let Some(csv::Unclosed(line)) = unclosed {
        errors.push(GlossaryError::new(Some(line), "a quoted field is never closed (a missing '\"')"));
    }
    (entries, errors)
}

/// The columns named by the header row, or an error when `term` or `note` is missing.
fn columns(header: &Record) -> Result<Columns, GlossaryError> {
    let find = |name: &str| header.fields.iter().position(|f| f.trim().eq_ignore_ascii_case(name));
    let missing = |name: &str| {
        GlossaryError::new(
            Some(header.line),
            format!("the header row has no '{name}' column (expected term,note[,aliases][,link])"),
        )
    };
    Ok(Columns {
        term: find("term").ok_or_else(|| missing("term"))?,
        note: find("note").ok_or_else(|| missing("note"))?,
        aliases: find("aliases"),
        link: find("link"),
        category: find("category"),
    })
}

fn csv_fields(row: &Record, columns: &Columns) -> Fields {
    let get = |i: Option<usize>| i.and_then(|i| row.fields.get(i)).cloned();
    Fields {
        term: get(Some(columns.term)).unwrap_or_default(),
        note: get(Some(columns.note)).unwrap_or_default(),
        aliases: get(columns.aliases).map(|a| split_aliases(&a)).unwrap_or_default(),
        link: get(columns.link),
        category: get(columns.category),
        case_sensitive: false,
    }
}
