//! The import graph of `src/`: no module of `src/model` imports, directly or through others, a
//! module that imports it back; and the same between the top-level parts of `src/` (`model`,
//! `state`, `components`, `pages`, `charts`, `i18n`, `storage.rs`...).
//!
//! Reads the source files as text: every `use` tree and every path that starts with `crate::`,
//! `super::` or `self::`, outside comments and strings. A path to a re-exported name
//! (`super::Filters`, through `pub use filter::Filters` in `model/mod.rs`) counts as an import
//! of the module that defines it. A failure lists every cycle, and for each step of it the file
//! and line that make it.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// A module's path from the crate root (`["model", "validate", "rules"]`).
type ModPath = Vec<String>;

#[derive(Debug, PartialEq)]
enum Tok {
    Ident(String),
    Punct(char),
    /// `::`
    Sep,
}

/// The tokens of `src` with their line numbers, comments, strings and characters left out.
fn tokens(src: &str) -> Vec<(Tok, usize)> {
    let b: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let (mut i, mut line) = (0, 1);
    let count_lines = |from: usize, to: usize| b[from..to].iter().filter(|c| **c == '\n').count();
    while i < b.len() {
        let c = b[i];
        let next = b.get(i + 1).copied();
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c.is_whitespace() {
            i += 1;
        } else if c == '/' && next == Some('/') {
            while i < b.len() && b[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let (start, mut depth) = (i, 0);
            while i < b.len() {
                if b[i] == '/' && b.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if b[i] == '*' && b.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
            line += count_lines(start, i.min(b.len()));
        } else if c == '"' || ((c == 'r' || c == 'b') && raw_or_byte_string_at(&b, i)) {
            let start = i;
            i = skip_string(&b, i);
            line += count_lines(start, i.min(b.len()));
        } else if c == '\'' {
            // A character ('a', '\n', '\u{7f}') or a lifetime ('a).
            if next == Some('\\') {
                i += 2;
                while i < b.len() && b[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if b.get(i + 2) == Some(&'\'') {
                i += 3;
            } else {
                i += 1;
            }
        } else if c.is_alphanumeric() || c == '_' {
            let start = i;
            while i < b.len() && (b[i].is_alphanumeric() || b[i] == '_') {
                i += 1;
            }
            out.push((Tok::Ident(b[start..i].iter().collect()), line));
        } else if c == ':' && next == Some(':') {
            out.push((Tok::Sep, line));
            i += 2;
        } else {
            out.push((Tok::Punct(c), line));
            i += 1;
        }
    }
    out
}

/// Whether `b[i..]` opens a raw or byte string (`r"`, `r#"`, `b"`, `br"`), not an identifier.
fn raw_or_byte_string_at(b: &[char], i: usize) -> bool {
    if i > 0 && (b[i - 1].is_alphanumeric() || b[i - 1] == '_') {
        return false;
    }
    let mut j = i;
    if b[j] == 'b' {
        j += 1;
    }
    if b.get(j) == Some(&'r') {
        j += 1;
        while b.get(j) == Some(&'#') {
            j += 1;
        }
    }
    j > i && b.get(j) == Some(&'"')
}

/// The position after the string that starts at `i`.
fn skip_string(b: &[char], mut i: usize) -> usize {
    if b[i] == 'b' {
        i += 1;
    }
    if b[i] == 'r' {
        i += 1;
        let mut hashes = 0;
        while b[i] == '#' {
            hashes += 1;
            i += 1;
        }
        i += 1;
        while i < b.len() {
            if b[i] == '"' && (1..=hashes).all(|k| b.get(i + k) == Some(&'#')) {
                return i + 1 + hashes;
            }
            i += 1;
        }
        return i;
    }
    i += 1;
    while i < b.len() {
        match b[i] {
            '\\' => i += 2,
            '"' => return i + 1,
            _ => i += 1,
        }
    }
    i
}

/// One source file: its module and its items as far as imports go.
struct File {
    path: PathBuf,
    module: ModPath,
    toks: Vec<(Tok, usize)>,
}

struct Crate {
    src: PathBuf,
    files: BTreeMap<ModPath, File>,
}

impl Crate {
    fn read(src: &Path) -> Crate {
        let mut files = BTreeMap::new();
        let mut stack = vec![src.to_path_buf()];
        while let Some(dir) = stack.pop() {
            for entry in fs::read_dir(&dir).expect("readable src directory") {
                let path = entry.expect("directory entry").path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let rel = path.strip_prefix(src).expect("under src");
                    let mut module: ModPath = rel
                        .with_extension("")
                        .components()
                        .map(|c| c.as_os_str().to_string_lossy().into_owned())
                        .collect();
                    if module.last().is_some_and(|m| m == "mod" || m == "lib") {
                        module.pop();
                    }
                    if module == ["main"] {
                        // The binary: another crate, which reaches the library by its name.
                        continue;
                    }
                    let text = fs::read_to_string(&path).expect("readable source");
                    let toks = tokens(&text);
                    files.insert(module.clone(), File { path, module, toks });
                }
            }
        }
        Crate {
            src: src.to_path_buf(),
            files,
        }
    }

    fn is_module(&self, m: &[String]) -> bool {
        self.files.contains_key(m)
    }

    /// Whether the file of `module` defines an item named `name`.
    fn defines(&self, module: &[String], name: &str) -> bool {
        let Some(f) = self.files.get(module) else {
            return false;
        };
        f.toks.windows(2).any(|w| {
            matches!(&w[0].0, Tok::Ident(k) if ["struct", "enum", "fn", "const", "static", "type", "trait", "union"].contains(&k.as_str()))
                && matches!(&w[1].0, Tok::Ident(n) if n == name)
        }) || f.toks.windows(3).any(|w| {
            w[0].0 == Tok::Ident("macro_rules".into())
                && w[1].0 == Tok::Punct('!')
                && matches!(&w[2].0, Tok::Ident(n) if n == name)
        })
    }

    /// The module that defines `name` as `module` exports it: `module` itself, or where one of
    /// its `pub use` takes it from.
    fn definer(&self, module: &[String], name: &str, depth: usize) -> Option<ModPath> {
        if depth > 8 {
            return None;
        }
        if self.defines(module, name) {
            return Some(module.to_vec());
        }
        let f = self.files.get(module)?;
        let uses = use_trees(&f.toks, 0, f.toks.len());
        // Named re-exports first, then globs.
        for (path, _) in uses.iter().filter(|(p, _)| p.last().is_some_and(|l| l == name)) {
            if let Some(target) = self.resolve(module, path) {
                return Some(target);
            }
        }
        for (path, _) in uses.iter().filter(|(p, _)| p.last().is_some_and(|l| l == "*")) {
            let abs = self.absolute(module, &path[..path.len() - 1])?;
            if self.is_module(&abs) {
                if let Some(found) = self.definer(&abs, name, depth + 1) {
                    return Some(found);
                }
            }
        }
        None
    }

    /// `path` as seen from `module`, made absolute; `None` for another crate's path.
    fn absolute(&self, module: &[String], path: &[String]) -> Option<ModPath> {
        let mut abs: ModPath = module.to_vec();
        let mut rest = path;
        match rest.first().map(String::as_str) {
            Some("crate") => {
                abs.clear();
                rest = &rest[1..];
            }
            Some("self") => rest = &rest[1..],
            Some("super") => {
                while rest.first().is_some_and(|s| s == "super") {
                    abs.pop();
                    rest = &rest[1..];
                }
            }
            Some(first) => {
                let mut child = abs.clone();
                child.push(first.to_string());
                if !self.is_module(&child) {
                    return None;
                }
            }
            None => return None,
        }
        abs.extend(rest.iter().cloned());
        Some(abs)
    }

    /// The module `path` (seen from `module`) names or takes an item from.
    fn resolve(&self, module: &[String], path: &[String]) -> Option<ModPath> {
        let abs = self.absolute(module, path)?;
        let mut m: ModPath = Vec::new();
        let mut i = 0;
        while i < abs.len() {
            let mut child = m.clone();
            child.push(abs[i].clone());
            if !self.is_module(&child) {
                break;
            }
            m = child;
            i += 1;
        }
        match abs.get(i).map(String::as_str) {
            None | Some("*") | Some("self") => Some(m),
            Some(name) => Some(self.definer(&m, name, 0).unwrap_or(m)),
        }
    }

    /// Every import of every file: (importing module, imported module, file, line).
    fn imports(&self) -> Vec<(ModPath, ModPath, String, usize)> {
        let mut out = Vec::new();
        for f in self.files.values() {
            let rel = f.path.strip_prefix(&self.src).map_or_else(
                |_| f.path.display().to_string(),
                |p| format!("src/{}", p.display()),
            );
            for (scope, path, line) in paths(&f.toks) {
                let mut from = f.module.clone();
                from.extend(scope);
                if let Some(to) = self.resolve(&from, &path) {
                    out.push((f.module.clone(), to, rel.clone(), line));
                }
            }
        }
        out
    }
}

/// The `use` trees in `toks[from..to]`, each path expanded (`a::{b, c::d}` is `a::b`, `a::c::d`).
fn use_trees(toks: &[(Tok, usize)], from: usize, to: usize) -> Vec<(Vec<String>, usize)> {
    let mut out = Vec::new();
    let mut i = from;
    while i < to {
        if toks[i].0 == Tok::Ident("use".into()) {
            let line = toks[i].1;
            let mut j = i + 1;
            let mut trees = Vec::new();
            tree(toks, &mut j, Vec::new(), &mut trees);
            out.extend(trees.into_iter().map(|t| (t, line)));
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

/// One use tree from `toks[*i]` on, with `prefix` before it.
fn tree(toks: &[(Tok, usize)], i: &mut usize, prefix: Vec<String>, out: &mut Vec<Vec<String>>) {
    let mut path = prefix;
    while let Some((t, _)) = toks.get(*i) {
        match t {
            Tok::Ident(s) if s == "as" => {
                *i += 2;
                break;
            }
            Tok::Ident(s) => {
                path.push(s.clone());
                *i += 1;
            }
            Tok::Sep => *i += 1,
            Tok::Punct('*') => {
                path.push("*".into());
                *i += 1;
                break;
            }
            Tok::Punct('{') => {
                *i += 1;
                loop {
                    match toks.get(*i).map(|t| &t.0) {
                        Some(Tok::Punct('}')) => {
                            *i += 1;
                            return;
                        }
                        Some(Tok::Punct(',')) => *i += 1,
                        None => return,
                        _ => tree(toks, i, path.clone(), out),
                    }
                }
            }
            _ => break,
        }
    }
    if !path.is_empty() {
        out.push(path);
    }
}

/// Every path of a file that names another module: `use` trees, and paths in code starting with
/// `crate`, `super` or `self`. Each with the inline modules (`mod tests { .. }`) it sits in.
fn paths(toks: &[(Tok, usize)]) -> Vec<(Vec<String>, Vec<String>, usize)> {
    let mut out = Vec::new();
    let mut scopes: Vec<(String, usize)> = Vec::new();
    let mut depth = 0usize;
    let mut i = 0;
    let scope = |scopes: &[(String, usize)]| scopes.iter().map(|s| s.0.clone()).collect::<Vec<_>>();
    while i < toks.len() {
        match &toks[i].0 {
            Tok::Punct('{') => {
                depth += 1;
                i += 1;
            }
            Tok::Punct('}') => {
                depth = depth.saturating_sub(1);
                if scopes.last().is_some_and(|s| s.1 == depth) {
                    scopes.pop();
                }
                i += 1;
            }
            Tok::Ident(k) if k == "mod" => {
                if let (Some((Tok::Ident(name), _)), Some((Tok::Punct('{'), _))) =
                    (toks.get(i + 1), toks.get(i + 2))
                {
                    scopes.push((name.clone(), depth));
                    depth += 1;
                    i += 3;
                } else {
                    i += 1;
                }
            }
            Tok::Ident(k) if k == "use" => {
                let line = toks[i].1;
                let mut j = i + 1;
                let mut trees = Vec::new();
                tree(toks, &mut j, Vec::new(), &mut trees);
                out.extend(trees.into_iter().map(|t| (scope(&scopes), t, line)));
                i = j;
            }
            Tok::Ident(k)
                if ["crate", "super", "self"].contains(&k.as_str())
                    && toks.get(i + 1).is_some_and(|t| t.0 == Tok::Sep) =>
            {
                let line = toks[i].1;
                let mut path = vec![k.clone()];
                let mut j = i + 1;
                while let (Some((Tok::Sep, _)), Some((Tok::Ident(s), _))) = (toks.get(j), toks.get(j + 1)) {
                    path.push(s.clone());
                    j += 2;
                }
                out.push((scope(&scopes), path, line));
                i = j;
            }
            _ => i += 1,
        }
    }
    out
}

/// An import between two nodes of a graph, and the file and line that make it.
type Edges = BTreeMap<(String, String), Vec<String>>;

/// The elementary cycles of the graph, each from its smallest node, shortest first.
fn cycles(edges: &Edges) -> Vec<Vec<String>> {
    let mut next: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (a, b) in edges.keys() {
        next.entry(a).or_default().insert(b);
    }
    let mut found = Vec::new();
    // From each node, the cycles through it whose other nodes are all larger (each cycle once).
    for start in next.keys().copied() {
        let mut stack: Vec<(&str, Vec<&str>)> = vec![(start, vec![start])];
        while let Some((at, path)) = stack.pop() {
            for &n in next.get(at).into_iter().flatten() {
                if n == start {
                    found.push(path.iter().map(|s| s.to_string()).collect::<Vec<_>>());
                } else if n > start && !path.contains(&n) && found.len() < 500 {
                    let mut p = path.clone();
                    p.push(n);
                    stack.push((n, p));
                }
            }
        }
    }
    found.sort_by(|a, b| a.len().cmp(&b.len()).then(a.cmp(b)));
    found
}

/// Every cycle of the graph written out, with the imports that make each step.
fn report(what: &str, edges: &Edges) -> String {
    let found = cycles(edges);
    let mut text = format!("{} import cycle(s) between the {what}:\n", found.len());
    for cycle in &found {
        let mut ring = cycle.clone();
        ring.push(cycle[0].clone());
        text.push_str(&format!("\n  {}\n", ring.join(" -> ")));
        for w in ring.windows(2) {
            let key = (w[0].clone(), w[1].clone());
            let at = &edges[&key];
            let more = if at.len() > 3 {
                format!(" (and {} more)", at.len() - 3)
            } else {
                String::new()
            };
            text.push_str(&format!(
                "    {} -> {}: {}{more}\n",
                w[0],
                w[1],
                at[..at.len().min(3)].join(", ")
            ));
        }
    }
    text
}

/// Records the import `a -> b` made at `at` (once: a line may import several names).
fn add(edges: &mut Edges, a: String, b: String, at: String) {
    let list = edges.entry((a, b)).or_default();
    if !list.contains(&at) {
        list.push(at);
    }
}

fn krate() -> Crate {
    Crate::read(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"))
}

/// The imports between the modules of `src/model` (a module with its submodules is one node;
/// `model/mod.rs` is `model`).
fn model_edges(k: &Crate) -> Edges {
    let mut edges = Edges::new();
    for (from, to, file, line) in k.imports() {
        if from.first().is_some_and(|m| m == "model") && to.first().is_some_and(|m| m == "model") {
            let node = |m: &ModPath| m.get(1).cloned().unwrap_or_else(|| "model".into());
            let (a, b) = (node(&from), node(&to));
            if a != b {
                edges.entry((a, b)).or_default().push(format!("{file}:{line}"));
            }
        }
    }
    edges
}

/// The imports between the top-level parts of `src` (a folder or a file; `lib.rs` is `lib`).
fn folder_edges(k: &Crate) -> Edges {
    let mut edges = Edges::new();
    for (from, to, file, line) in k.imports() {
        let node = |m: &ModPath| m.first().cloned().unwrap_or_else(|| "lib".into());
        let (a, b) = (node(&from), node(&to));
        if a != b && a != "lib" {
            add(&mut edges, a, b, format!("{file}:{line}"));
        }
    }
    edges
}

#[test]
fn the_modules_of_src_model_import_each_other_without_a_cycle() {
    let k = krate();
    let edges = model_edges(&k);
    // The reader sees the paths the test resolves: a few it must find, or it finds nothing.
    for (a, b) in [
        ("validate", "types"),
        ("index", "collections"),
        ("load", "validate"),
    ] {
        assert!(
            edges.contains_key(&(a.to_string(), b.to_string())),
            "the test no longer sees {a} -> {b}: {:?}",
            edges.keys().collect::<Vec<_>>()
        );
    }
    assert!(
        cycles(&edges).is_empty(),
        "{}",
        report("modules of src/model", &edges)
    );
}

/// The layers of docs/architecture.md: model, i18n, charts, views, storage and state,
/// components, pages, the shell; each imports only those before it.
#[test]
fn the_top_level_parts_of_src_import_each_other_without_a_cycle() {
    let k = krate();
    let edges = folder_edges(&k);
    assert!(
        edges.contains_key(&("pages".to_string(), "model".to_string())),
        "the test no longer sees pages -> model"
    );
    assert!(
        cycles(&edges).is_empty(),
        "{}",
        report("top-level parts of src", &edges)
    );
}

#[test]
fn a_cycle_is_found_through_a_re_export_and_reported_with_its_lines() {
    let src = std::env::temp_dir().join(format!("import-graph-{}", std::process::id()));
    let write = |path: &str, text: &str| {
        let p = src.join(path);
        fs::create_dir_all(p.parent().expect("a parent")).expect("temporary directory");
        fs::write(p, text).expect("temporary file");
    };
    write("lib.rs", "pub mod model;\n");
    write(
        "model/mod.rs",
        "pub mod a;\npub mod b;\npub mod c;\npub use c::Thing;\n",
    );
    // a -> b through a brace group, b -> c through the re-export, c -> a in code; strings and
    // comments that look like paths are no imports.
    write(
        "model/a.rs",
        "use super::{b::{self, B}, a::A as Same};\npub struct A;\n",
    );
    write(
        "model/b.rs",
        "// use super::a::A;\npub struct B;\nfn f() -> super::Thing { let _ = \"super::a::A\"; todo!() }\n",
    );
    write(
        "model/c.rs",
        "pub struct Thing;\n\nfn g(_: crate::model::a::A) {}\n#[cfg(test)]\nmod tests { use super::*; }\n",
    );
    let k = Crate::read(&src);
    let edges = model_edges(&k);
    let _ = fs::remove_dir_all(&src);
    let keys: Vec<_> = edges.keys().map(|(a, b)| format!("{a}->{b}")).collect();
    assert_eq!(keys, ["a->b", "b->c", "c->a", "model->c"]);
    assert_eq!(cycles(&edges), [vec!["a".to_string(), "b".into(), "c".into()]]);
    let text = report("modules", &edges);
    assert!(text.contains("a -> b -> c -> a"), "{text}");
    assert!(text.contains("b -> c: src/model/b.rs:3"), "{text}");
    assert!(text.contains("c -> a: src/model/c.rs:3"), "{text}");
}
