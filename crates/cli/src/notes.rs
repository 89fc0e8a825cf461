//! The glossary `companion` matches: the built-in notes pack, found on disk, merged with the
//! custom glossaries named by `--glossary`.

use std::path::PathBuf;

use companion_core::{Glossary, GlossaryFormat};

/// The environment variable naming the built-in pack.
const PACK_VAR: &str = "COMPANION_NOTES_PACK";
/// The pack's place in the repository.
const PACK_PATH: &str = "www/notes/pack.json";

/// The built-in pack merged with each custom glossary in `files`, in order. A missing or
/// invalid pack, and each bad glossary line, is one warning; an unreadable custom glossary
/// is an error.
pub(crate) fn glossary(files: &[&str], warnings: &mut Vec<String>) -> Result<Glossary, String> {
    let mut glossary = builtin(warnings);
    for file in files {
        let text = std::fs::read_to_string(file).map_err(|e| format!("cannot read glossary {file}: {e}"))?;
        let (custom, errors) = Glossary::parse_custom(&text, GlossaryFormat::guess(file, &text));
        warnings.extend(errors.iter().map(|e| format!("{file}: {e}")));
        glossary = glossary.merged(&custom);
    }
    Ok(glossary)
}

/// The built-in pack, or an empty glossary and a warning when it cannot be read.
fn builtin(warnings: &mut Vec<String>) -> Glossary {
    let Some(path) = pack_path() else {
        warnings.push(format!("no notes pack found (set {PACK_VAR}); showing the article's own notes only"));
        return Glossary::default();
    };
    let loaded = std::fs::read_to_string(&path)
        .map_err(|e| e.to_string())
        .and_then(|json| Glossary::from_pack_json(&json).map_err(|e| e.to_string()));
    loaded.unwrap_or_else(|e| {
        warnings.push(format!("{}: {e}; showing the article's own notes only", path.display()));
        Glossary::default()
    })
}

/// Where the pack is: `$COMPANION_NOTES_PACK`, else beside the repository the binary was
/// built in (`target/<profile>/../../www/notes/pack.json`), else under the current folder.
fn pack_path() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os(PACK_VAR) {
        return Some(PathBuf::from(path));
    }
    let beside_exe =
        std::env::current_exe().ok().and_then(|exe| Some(exe.parent()?.join("../..").join(PACK_PATH)));
    beside_exe.into_iter().chain([PathBuf::from(PACK_PATH)]).find(|p| p.is_file())
}
