//! The shape of the house, checked: small files, `app` kept clear of the
//! layers above and below it, and no import loop inside `app`. See
//! `docs/architecture.md`.
//!
//! The checks read the source as text. Imports are every `use` (groups
//! expanded) and every path written inline (`crate::ui::x`, `super::model::y`).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const MAX_LINES: usize = 400;
/// Key tables are data, one row per key; they may run longer.
const EXEMPT: &[&str] = &["src/app/keymap.rs"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn relative(path: &Path) -> String {
    path.strip_prefix(ROOT)
        .unwrap()
        .to_string_lossy()
        .replace('\\', "/")
}

/// The source before its test module, without comments.
fn code(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    let body = text.split("#[cfg(test)]").next().unwrap_or("");
    body.lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// `use a::{b, c::{d, e}};` as `a::b`, `a::c::d`, `a::c::e`.
fn expand(tree: &str) -> Vec<String> {
    let tree = tree.trim();
    let Some(open) = tree.find('{') else {
        let path = tree.split(" as ").next().unwrap_or("").trim();
        return vec![path.to_owned()];
    };
    let prefix = tree[..open].trim_end_matches("::").trim();
    let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
    let mut parts = vec![];
    let (mut depth, mut start) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts
        .into_iter()
        .filter(|p| !p.trim().is_empty())
        .flat_map(expand)
        .map(|rest| match rest.as_str() {
            "self" => prefix.to_owned(),
            _ if prefix.is_empty() => rest,
            _ => format!("{prefix}::{rest}"),
        })
        .collect()
}

/// Every path the file names: its imports and the paths written inline.
fn paths(source: &str) -> Vec<String> {
    let mut found = vec![];
    let mut rest = source;
    while let Some(at) = rest.find("use ") {
        let before = rest[..at].chars().last();
        let after = &rest[at + 4..];
        let end = after.find(';').unwrap_or(after.len());
        if before.is_none_or(|c| !c.is_alphanumeric() && c != '_') {
            found.extend(expand(&after[..end]));
        }
        rest = &after[end.min(after.len())..];
    }
    // A module brought in by name (`use super::journal;`) and then used as
    // `journal::update::autosave` leads into that module's files.
    let imported: Vec<String> = found.clone();
    for full in imported {
        let Some(alias) = full.rsplit("::").next().filter(|a| !a.is_empty()) else {
            continue;
        };
        let needle = format!("{alias}::");
        for (i, _) in source.match_indices(&needle) {
            let prev = source[..i].chars().last();
            if prev.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                continue;
            }
            let end = source[i..]
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .map_or(source.len(), |e| i + e);
            let rest = source[i + needle.len()..end].trim_end_matches(':');
            if !rest.is_empty() {
                found.push(format!("{full}::{rest}"));
            }
        }
    }
    let bytes = source.as_bytes();
    for start in ["crate::", "super::"] {
        let mut from = 0;
        while let Some(i) = source[from..].find(start) {
            let i = from + i;
            let prev = i.checked_sub(1).map(|p| bytes[p] as char);
            let end = source[i..]
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .map_or(source.len(), |e| i + e);
            if prev.is_none_or(|c| !c.is_alphanumeric() && c != '_' && c != ':') {
                found.push(source[i..end].trim_end_matches(':').to_owned());
            }
            from = end.max(i + 1);
        }
    }
    found
}

/// The module path of a file under `src/`, e.g. `app::journal::update`.
fn module_of(file: &str) -> Vec<String> {
    let path = file.trim_start_matches("src/").trim_end_matches(".rs");
    let mut parts: Vec<String> = path.split('/').map(str::to_owned).collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

/// The file a path lands in: the deepest module on the path that is a file.
fn resolve(from: &str, path: &str, files: &BTreeSet<String>) -> Option<String> {
    let mut segments: Vec<String> = if let Some(rest) = path.strip_prefix("crate::") {
        rest.split("::").map(str::to_owned).collect()
    } else if path.starts_with("super::") || path.starts_with("self::") {
        let mut base = module_of(from);
        // A `mod.rs` (or `lib.rs`) is its own folder's module; `super` in
        // `a/b.rs` is `a`, and in `a/b/mod.rs` it is `a` too.
        let mut rest = path;
        loop {
            if let Some(r) = rest.strip_prefix("super::") {
                base.pop();
                rest = r;
            } else if let Some(r) = rest.strip_prefix("self::") {
                rest = r;
            } else {
                break;
            }
        }
        base.extend(rest.split("::").map(str::to_owned));
        base
    } else {
        return None;
    };
    while !segments.is_empty() {
        let joined = segments.join("/");
        for candidate in [format!("src/{joined}.rs"), format!("src/{joined}/mod.rs")] {
            if files.contains(&candidate) {
                return Some(candidate);
            }
        }
        segments.pop();
    }
    None
}

fn all_files() -> Vec<PathBuf> {
    let mut files = vec![];
    rust_files(&Path::new(ROOT).join("src"), &mut files);
    files.sort();
    files
}

#[test]
fn no_file_is_too_long() {
    let mut long = vec![];
    for path in all_files() {
        let name = relative(&path);
        let lines = code(&path).lines().count();
        if lines > MAX_LINES && !EXEMPT.contains(&name.as_str()) {
            long.push(format!("{name}: {lines} lines"));
        }
    }
    assert!(long.is_empty(), "over {MAX_LINES} lines: {long:#?}");
}

#[test]
fn app_imports_nothing_from_ui_store_or_runtime() {
    let mut leaks = vec![];
    for path in all_files() {
        let name = relative(&path);
        if !name.starts_with("src/app/") {
            continue;
        }
        for p in paths(&code(&path)) {
            let top = p.strip_prefix("crate::").and_then(|r| r.split("::").next());
            if matches!(top, Some("ui" | "store" | "runtime")) {
                leaks.push(format!("{name}: {p}"));
            }
        }
    }
    assert!(leaks.is_empty(), "{leaks:#?}");
}

#[test]
fn the_check_sees_grouped_and_inline_imports() {
    let source = "use crate::{ui, store::settings};\nfn f() { crate::runtime::run(); }";
    let found = paths(source);
    for expected in ["ui", "store::settings", "crate::runtime::run"] {
        assert!(
            found.iter().any(|p| p.ends_with(expected)),
            "{expected} not in {found:?}"
        );
    }
    assert_eq!(
        expand("a::{b, c::{d, e as f}, self}"),
        ["a::b", "a::c::d", "a::c::e", "a"]
    );
}

#[test]
fn no_import_loop_inside_app() {
    let files: BTreeSet<String> = all_files().iter().map(|p| relative(p)).collect();
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in files.iter().filter(|f| f.starts_with("src/app/")) {
        let source = code(&Path::new(ROOT).join(file));
        let targets = edges.entry(file.clone()).or_default();
        for p in paths(&source) {
            if let Some(to) = resolve(file, &p, &files)
                && to.starts_with("src/app/")
                && &to != file
                && to != "src/app/mod.rs"
            {
                targets.insert(to);
            }
        }
    }
    // Depth-first search for a back edge.
    fn visit(
        node: &str,
        edges: &BTreeMap<String, BTreeSet<String>>,
        state: &mut BTreeMap<String, u8>,
        stack: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        state.insert(node.to_owned(), 1);
        stack.push(node.to_owned());
        for next in edges.get(node).into_iter().flatten() {
            match state.get(next.as_str()) {
                Some(1) => {
                    let from = stack.iter().position(|n| n == next).unwrap();
                    let mut cycle = stack[from..].to_vec();
                    cycle.push(next.clone());
                    return Some(cycle);
                }
                Some(_) => {}
                None => {
                    if let Some(c) = visit(next, edges, state, stack) {
                        return Some(c);
                    }
                }
            }
        }
        stack.pop();
        state.insert(node.to_owned(), 2);
        None
    }
    let mut state = BTreeMap::new();
    for node in edges.keys() {
        if !state.contains_key(node) {
            let cycle = visit(node, &edges, &mut state, &mut vec![]);
            assert!(cycle.is_none(), "import loop: {cycle:#?}");
        }
    }
    assert!(
        edges["src/app/update.rs"].contains("src/app/journal/update.rs"),
        "the check follows imports"
    );
}
