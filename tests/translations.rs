//! Fails on a missing or broken translation: a message id the code uses that a
//! language lacks, an id only one language has, a message that comes out empty
//! or with an unfilled argument, or a translation that names other arguments.
//!
//! Each loader holds only its own language (no fallback), so `has` answers for
//! that language alone.

use langkah::i18n::{Lang, Messages};
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Literals that look like message ids but are not.
const NOT_MESSAGES: &[&str] = &[
    // A setup code typed in lower case, in a unit test (src/crypto/codes.rs).
    "ab0d-1i2l-3o45",
];

/// True for lowercase ASCII letters and digits joined by single '-', with at
/// least one '-', starting with a letter: `key-help`, `month-12`.
fn looks_like_id(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.contains('-')
        && s.split('-').all(|part| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

/// True for a single lowercase word, which is a message id only where the
/// code hands it straight to `tr!` (`tr!(m, "busy")`).
fn is_word(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_lowercase())
}

/// One string literal: its text and the code just before it on its line.
struct Literal {
    text: String,
    before: String,
}

/// The string literals of one Rust source file, outside comments. Handles
/// escapes, raw strings (`r"…"`, `r#"…"#`), byte strings, char literals such as
/// `'"'`, and lifetimes.
fn literals(src: &str) -> Vec<Literal> {
    let chars: Vec<char> = src.chars().collect();
    let mut out = vec![];
    let mut line_start = 0;
    let mut i = 0;
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            line_start = i + 1;
            i += 1;
        } else if c == '/' && at(i + 1) == '/' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && at(i + 1) == '*' {
            // Block comments nest in Rust.
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && at(i + 1) == '*' {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && at(i + 1) == '/' {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
        } else if c == '\'' {
            // A char literal ('x', '\n', '\'', '"') or a lifetime ('a).
            if at(i + 1) == '\\' {
                // Past the backslash and the escaped character: '\'' too.
                i += 3;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if at(i + 2) == '\'' {
                i += 3;
            } else {
                i += 1;
            }
        } else if c == '"' || (c == 'r' && matches!(at(i + 1), '"' | '#')) {
            let starts_ident = i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_');
            let raw = c == 'r' && !(starts_ident && chars[i - 1] != 'b');
            if c == 'r' && !raw {
                i += 1;
                continue;
            }
            let before: String = chars[line_start..i].iter().collect();
            let mut text = String::new();
            if raw {
                i += 1;
                let mut hashes = 0;
                while at(i) == '#' {
                    hashes += 1;
                    i += 1;
                }
                if at(i) != '"' {
                    // `r#ident`, a raw identifier.
                    continue;
                }
                i += 1;
                loop {
                    if i >= chars.len() {
                        break;
                    }
                    if chars[i] == '"' && (1..=hashes).all(|k| at(i + k) == '#') {
                        i += 1 + hashes;
                        break;
                    }
                    text.push(chars[i]);
                    i += 1;
                }
            } else {
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' {
                        text.push(chars[i]);
                        i += 1;
                    }
                    if let Some(&c) = chars.get(i) {
                        text.push(c);
                    }
                    i += 1;
                }
                i += 1;
            }
            out.push(Literal { text, before });
        } else {
            i += 1;
        }
    }
    out
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every message id used under `src/`, with the first file that uses it.
fn ids_in_code() -> BTreeMap<String, String> {
    let mut files = vec![];
    rust_files(&Path::new(ROOT).join("src"), &mut files);
    files.sort();
    assert!(files.len() > 20, "only {} source files found", files.len());
    let mut ids = BTreeMap::new();
    for file in files {
        let src = fs::read_to_string(&file).unwrap();
        let name = file.strip_prefix(ROOT).unwrap().display().to_string();
        for lit in literals(&src) {
            let before = lit.before.trim_end();
            // `#[cfg(feature = "test-weak-kdf")]` and the like.
            if before.ends_with("feature =") || before.ends_with("feature=") {
                continue;
            }
            let handed_to_tr = before
                .rsplit_once("tr!(")
                .is_some_and(|(_, args)| args.ends_with(',') && !args.contains('"'));
            let is_id = looks_like_id(&lit.text) || (handed_to_tr && is_word(&lit.text));
            if is_id && !NOT_MESSAGES.contains(&lit.text.as_str()) {
                ids.entry(lit.text).or_insert_with(|| name.clone());
            }
        }
    }
    ids
}

/// One message of an `.ftl` file: its id and its source text (all lines).
struct FtlMessage {
    id: String,
    source: String,
}

/// A hand parser for the subset of Fluent the locale files use: a message
/// starts at column 0 with `id =`; indented lines and a closing `}` continue
/// it; comments and blank lines end it.
fn ftl_messages(lang: Lang) -> Vec<FtlMessage> {
    let path = Path::new(ROOT)
        .join("locales")
        .join(lang.code())
        .join("langkah.ftl");
    let text = fs::read_to_string(&path).unwrap();
    let mut messages: Vec<FtlMessage> = vec![];
    let mut open = false;
    for line in text.lines() {
        if line.trim().is_empty() || line.starts_with('#') {
            open = false;
        } else if line.starts_with([' ', '\t', '}', '[', '*', '.']) {
            assert!(open, "{}: a stray line {line:?}", path.display());
            let last = messages.last_mut().unwrap();
            last.source.push('\n');
            last.source.push_str(line);
        } else {
            let (id, _) = line
                .split_once('=')
                .unwrap_or_else(|| panic!("{}: not a message: {line:?}", path.display()));
            let id = id.trim();
            assert!(
                id.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'),
                "{}: a strange id {id:?}",
                path.display()
            );
            assert!(
                !messages.iter().any(|m| m.id == id),
                "{}: {id} twice",
                path.display()
            );
            messages.push(FtlMessage {
                id: id.to_string(),
                source: line.to_string(),
            });
            open = true;
        }
    }
    messages
}

/// The variables a message's source names: `{ $alias }` gives `alias`.
fn variables(source: &str) -> BTreeSet<String> {
    source
        .split('$')
        .skip(1)
        .map(|rest| {
            rest.chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect::<String>()
        })
        .filter(|v| !v.is_empty())
        .collect()
}

/// What is wrong with a rendered message, if anything: empty, or holding what
/// Fluent and i18n-embed put there when something is missing (`{$name}` for an
/// argument, `{id}` for a referenced message, `No localization for id: "…"`).
/// No message here shows a literal brace.
fn rendered_problem(lang: Lang, id: &str, text: &str) -> Option<String> {
    let lang = lang.code();
    if text.trim().is_empty() {
        return Some(format!("{lang}: {id} is empty"));
    }
    for marker in ["{$", "{ $", "No localization", "{"] {
        if text.contains(marker) {
            return Some(format!("{lang}: {id} shows {marker:?}: {text:?}"));
        }
    }
    // "t" is the Indonesian "tidak": an English question answers with "n".
    if lang == "en" && text.contains("t = no") {
        return Some(format!("{lang}: {id} asks for t = no: {text:?}"));
    }
    if text.contains(['\u{2068}', '\u{2069}']) {
        return Some(format!("{lang}: {id} has isolation marks: {text:?}"));
    }
    None
}

#[test]
fn the_scan_sees_literals_as_rust_does() {
    let src = r####"
        // "comment-id" is not code
        /* "block-id" /* nested "deeper-id" */ still "comment" */
        let quote = '"'; let esc = '\''; fn f<'a>(x: &'a str) {}
        let mark = '\u{2068}'; let byte = b'"';
        let a = "plain-id"; let b = r#"raw-"id"-x"#; let c = "esc\"aped-id";
        let d = br"byte-raw"; let e = r#"raw-id"#;
        tr!(m, "busy", n = 1); m.text("word");
    "####;
    let found: Vec<String> = literals(src).into_iter().map(|l| l.text).collect();
    assert_eq!(
        found,
        [
            "plain-id",
            "raw-\"id\"-x",
            "esc\\\"aped-id",
            "byte-raw",
            "raw-id",
            "busy",
            "word"
        ]
    );
    assert!(looks_like_id("month-12") && looks_like_id("key-help"));
    assert!(!looks_like_id("busy") && !looks_like_id("Key-help"));
    assert!(!looks_like_id("a--b") && !looks_like_id("-a") && !looks_like_id("a-"));
    assert!(!looks_like_id("1-a") && !looks_like_id("a_b-c") && !looks_like_id("a-b c"));
}

/// (a) Every id the code uses exists in each language on its own.
#[test]
fn every_id_in_the_code_is_translated() {
    let ids = ids_in_code();
    assert!(
        ids.len() > 150,
        "only {} message ids found in src/: is the scan broken?\n{:?}",
        ids.len(),
        ids.keys().collect::<Vec<_>>()
    );
    // A few the scan must see, one of each kind of use.
    for id in [
        "key-help",
        "month-12",
        "err-try-later",
        "busy",
        "role-mentor",
    ] {
        assert!(ids.contains_key(id), "the scan missed {id}");
    }
    assert!(!ids.contains_key("test-weak-kdf"));
    let mut missing = vec![];
    for lang in Lang::ALL {
        let m = Messages::new(lang);
        for (id, file) in &ids {
            if !m.has(id) {
                missing.push(format!("{}: {id} (used in {file})", lang.code()));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "missing translations:\n{}",
        missing.join("\n")
    );
}

/// (b) Both files define the same ids, and each loader knows every one.
#[test]
fn both_languages_have_the_same_ids() {
    let id_ids: BTreeSet<String> = ftl_messages(Lang::Id).into_iter().map(|m| m.id).collect();
    let en_ids: BTreeSet<String> = ftl_messages(Lang::En).into_iter().map(|m| m.id).collect();
    assert!(
        id_ids.len() > 150,
        "only {} ids in locales/id",
        id_ids.len()
    );
    let id = Messages::new(Lang::Id);
    let en = Messages::new(Lang::En);
    let mut problems = vec![];
    for msg in &id_ids {
        if !en.has(msg) {
            problems.push(format!("{msg} is in locales/id but not in en"));
        }
        if !id.has(msg) {
            problems.push(format!("{msg} is in locales/id but its loader lacks it"));
        }
    }
    for msg in &en_ids {
        if !id.has(msg) {
            problems.push(format!("{msg} is in locales/en but not in id"));
        }
        if !en.has(msg) {
            problems.push(format!("{msg} is in locales/en but its loader lacks it"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// (c) Every message renders to something in both languages, and a message
/// and its translation take the same arguments.
#[test]
fn every_message_renders() {
    let mut all: BTreeMap<String, BTreeMap<&str, String>> = BTreeMap::new();
    for lang in Lang::ALL {
        for msg in ftl_messages(lang) {
            all.entry(msg.id)
                .or_default()
                .insert(lang.code(), msg.source);
        }
    }
    for id in ids_in_code().into_keys() {
        all.entry(id).or_default();
    }
    let mut problems = vec![];
    for lang in Lang::ALL {
        let m = Messages::new(lang);
        for (id, sources) in &all {
            let source = sources.get(lang.code());
            let text = match source {
                // With every argument it names given, nothing may be left unfilled.
                Some(source) if source.contains('$') => {
                    let names = variables(source);
                    let args: Vec<(&str, String)> = names
                        .iter()
                        .map(|v| (v.as_str(), "7".to_string()))
                        .collect();
                    m.text_with(id, &args)
                }
                _ => m.text(id),
            };
            problems.extend(rendered_problem(lang, id, &text));
        }
    }
    for (id, sources) in &all {
        if let (Some(id_src), Some(en_src)) = (sources.get("id"), sources.get("en")) {
            let (a, b) = (variables(id_src), variables(en_src));
            if a != b {
                problems.push(format!("{id}: id uses {a:?} but en uses {b:?}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// (d) The Indonesian reads as written in Indonesian first (issue "First use
/// 2", `copy-review.md`): in the values, not the comments, no semicolon, never
/// "kamu", "Anda" only where it is needed, and the glossary's words.
#[test]
fn the_indonesian_is_plain_and_follows_the_glossary() {
    let mut problems = vec![];
    let mut anda = 0;
    for msg in ftl_messages(Lang::Id) {
        let (_, value) = msg.source.split_once('=').unwrap();
        let words: Vec<String> = value
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .map(str::to_lowercase)
            .collect();
        anda += value
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| *w == "Anda")
            .count();
        if value.contains(';') {
            problems.push(format!("{}: a semicolon; write two sentences", msg.id));
        }
        if words.iter().any(|w| w == "kamu" || w.ends_with("-mu")) {
            problems.push(format!(
                "{}: \"kamu\" or \"-mu\"; use \"Anda\" or none",
                msg.id
            ));
        }
        for (avoid, use_instead) in [
            ("pemulihan", "kode cadangan"),
            ("penyiapan", "kode awal"),
            ("draf", "tulisan"),
            ("n = tidak", "t = tidak"),
            ("Tip:", "Saran:"),
        ] {
            if value.contains(avoid) {
                problems.push(format!("{}: \"{avoid}\"; use \"{use_instead}\"", msg.id));
            }
        }
    }
    assert!(
        anda < 45,
        "\"Anda\" {anda} times; drop it where it is clear who is meant"
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
