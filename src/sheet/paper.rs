//! The paper's text, from a file or a folder of `.txt` files (a PDF's text as extracted, one
//! file or a file per page).
//!
//! Owns: [`read`]. The quote check itself is `model::quote::misses`.

use std::path::Path;

/// The text at `place`: the file itself, or every `.txt` file of the folder in name order, one
/// after another. `Ok(None)`: nothing there (no such path, or a folder without a `.txt` file
/// or whose files hold only white space); `Err`: there, but unreadable.
pub fn read(place: &Path) -> Result<Option<String>, String> {
    let read = |path: &Path| std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()));
    if place.is_file() {
        return read(place).map(Some);
    }
    let Ok(entries) = std::fs::read_dir(place) else {
        return Ok(None);
    };
    let mut files: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let mut text = String::new();
    for file in &files {
        text.push_str(&read(file)?);
        text.push('\n');
    }
    Ok((!text.trim().is_empty()).then_some(text))
}
