//! The glossaries whose notes the reader sees: the built-in pack, once fetched, and glossaries
//! the reader (or the embedding site) added, merged so that custom entries win.

use std::fmt;
use std::rc::Rc;

use companion_core::{Analysis, Glossary, GlossaryFormat};

use crate::reading::plural;

/// The glossaries in use. Cloning is cheap; equality is identity of the merged glossary.
#[derive(Clone, Default)]
pub struct Glossaries {
    builtin: Option<Rc<Glossary>>,
    /// Custom glossaries by name, in the order they were added.
    custom: Vec<(String, Rc<Glossary>)>,
    /// Built-in merged with every custom glossary: what analysis uses.
    merged: Option<Rc<Glossary>>,
}

impl Glossaries {
    /// Analyses `text` with the merged glossary, or with the article's own notes only while
    /// no glossary is loaded.
    pub fn analyze(&self, text: &str) -> Analysis {
        match &self.merged {
            Some(glossary) => companion_core::analyze_with(text, glossary),
            None => companion_core::analyze(text),
        }
    }

    /// These glossaries with the built-in pack parsed from `json`.
    ///
    /// # Errors
    /// A pack that is not valid gives the core's message.
    pub fn with_builtin(&self, json: &str) -> Result<Glossaries, String> {
        let builtin = Glossary::from_pack_json(json).map_err(|e| e.to_string())?;
        Ok(Glossaries { builtin: Some(Rc::new(builtin)), ..self.clone() }.remerged())
    }

    /// These glossaries with `text` (JSON or CSV, guessed from `name` and the text) added as
    /// `name`, replacing a glossary of that name, and a report for the reader: how many terms
    /// loaded and every line that did not.
    pub fn with_custom(&self, name: &str, text: &str) -> (Glossaries, String) {
        let (glossary, errors) = Glossary::parse_custom(text, GlossaryFormat::guess(name, text));
        let mut report = format!("{name}: {} loaded", plural(glossary.len(), "term", "terms"));
        if !errors.is_empty() {
            report.push_str(&format!("; {} not loaded: ", plural(errors.len(), "entry was", "entries were")));
            let shown: Vec<String> = errors.iter().take(5).map(ToString::to_string).collect();
            report.push_str(&shown.join("; "));
            if errors.len() > 5 {
                report.push_str(&format!("; and {} more", errors.len() - 5));
            }
        }
        report.push('.');
        let mut custom: Vec<(String, Rc<Glossary>)> =
            self.custom.iter().filter(|(n, _)| n != name).cloned().collect();
        custom.push((name.to_owned(), Rc::new(glossary)));
        (Glossaries { custom, ..self.clone() }.remerged(), report)
    }

    /// These glossaries without the custom glossary `name`.
    pub fn without_custom(&self, name: &str) -> Glossaries {
        let custom = self.custom.iter().filter(|(n, _)| n != name).cloned().collect();
        Glossaries { custom, ..self.clone() }.remerged()
    }

    /// The names of the custom glossaries, in the order they were added.
    pub fn custom_names(&self) -> impl Iterator<Item = &str> {
        self.custom.iter().map(|(name, _)| name.as_str())
    }

    /// Recomputes the merged glossary: the built-in pack, then each custom one over it.
    fn remerged(mut self) -> Glossaries {
        let mut merged = self.builtin.clone();
        for (_, custom) in &self.custom {
            merged = Some(match merged {
                Some(base) => Rc::new(base.merged(custom)),
                None => Rc::clone(custom),
            });
        }
        self.merged = merged;
        self
    }
}

impl PartialEq for Glossaries {
    fn eq(&self, other: &Glossaries) -> bool {
        match (&self.merged, &other.merged) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        }
    }
}

impl fmt::Debug for Glossaries {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Glossaries")
            .field("builtin", &self.builtin.as_ref().map(|g| g.len()))
            .field("custom", &self.custom.iter().map(|(n, g)| (n, g.len())).collect::<Vec<_>>())
            .finish()
    }
}
