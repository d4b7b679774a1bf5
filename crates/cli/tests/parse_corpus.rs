//! The `.phpt` corpus seen by the parser alone, so parser problems show up without the
//! evaluator: every `tests/phpt/syntax/*.phpt` script must parse unless PHP reported a parse
//! error for it, and every `Parse error` expected by `tests/phpt/syntax/errors/*.phpt` must
//! be `phpsock_syntax::parse`'s error, word for word, on the same line. (`Fatal error`s may be
//! found by a later compile step, so for those only a parser error, if any, is compared.)

use std::path::{Path, PathBuf};

fn phpt_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "phpt"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// The text of section `name` (without its header line).
fn section(text: &str, name: &str) -> Option<String> {
    let header = format!("--{name}--\n");
    let start = if text.starts_with(&header) {
        header.len()
    } else {
        text.find(&format!("\n{header}"))? + header.len() + 1
    };
    let rest = &text[start..];
    let end = rest
        .match_indices("\n--")
        .find(|(i, _)| {
            let line = rest[i + 1..].lines().next().unwrap_or("");
            line.len() > 4
                && line.ends_with("--")
                && line[2..line.len() - 2]
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b == b'_')
        })
        .map_or(rest.len(), |(i, _)| i + 1);
    Some(rest[..end].to_string())
}

/// The first `Parse error:` / `Fatal error:` line of the expected output, as
/// `(label, message, line)`.
fn expected_error(expect: &str) -> Option<(String, String, u32)> {
    let line = expect
        .lines()
        .find(|l| l.starts_with("Parse error: ") || l.starts_with("Fatal error: "))?;
    let (label, rest) = line.split_once(": ")?;
    let (message, at) = rest.rsplit_once(" in %s on line ")?;
    Some((
        label.to_string(),
        message.to_string(),
        at.trim().parse().ok()?,
    ))
}

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/phpt/syntax")
}

fn expectation(text: &str) -> String {
    ["EXPECT", "EXPECTF", "EXPECTREGEX"]
        .iter()
        .find_map(|s| section(text, s))
        .unwrap_or_default()
}

#[test]
fn syntax_corpus_parses() {
    let mut failures = Vec::new();
    let files = phpt_files(&corpus_dir());
    for path in &files {
        let Ok(text) = std::fs::read_to_string(path) else {
            continue;
        };
        let Some(code) = section(&text, "FILE") else {
            continue;
        };
        let expect = expectation(&text);
        let php_parse_error = expected_error(&expect).filter(|(label, ..)| label == "Parse error");
        match (phpsock_syntax::parse(code.as_bytes()), php_parse_error) {
            (Ok(_), None) => {}
            (Err(e), None) => failures.push(format!(
                "{}: PHP parses it, phpsock says: {}: {} on line {}",
                path.display(),
                e.label(),
                e.message,
                e.line
            )),
            (_, Some(_)) => {} // covered by the errors corpus
        }
    }
    assert!(!files.is_empty(), "no syntax corpus found");
    assert!(
        failures.is_empty(),
        "{} of {} scripts do not parse:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}

#[test]
fn syntax_errors_match_php() {
    let mut failures = Vec::new();
    let files = phpt_files(&corpus_dir().join("errors"));
    for path in &files {
        let Ok(text) = std::fs::read_to_string(path) else {
            continue;
        };
        let (Some(code), Some((label, message, line))) =
            (section(&text, "FILE"), expected_error(&expectation(&text)))
        else {
            continue;
        };
        let want = format!("{label}: {message} on line {line}");
        match phpsock_syntax::parse(code.as_bytes()) {
            Err(e) => {
                let got = format!("{}: {} on line {}", e.label(), e.message, e.line);
                if got != want {
                    failures.push(format!("{}:\n  want {want}\n  got  {got}", path.display()));
                }
            }
            Ok(_) if label == "Parse error" => failures.push(format!(
                "{}:\n  want {want}\n  got  no error",
                path.display()
            )),
            Ok(_) => {} // a compile-time Fatal error the evaluator's compiler reports
        }
    }
    assert!(!files.is_empty(), "no syntax error corpus found");
    assert!(
        failures.is_empty(),
        "{} of {} error scripts differ:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}

#[test]
fn section_reader() {
    let t = "--TEST--\nx\n--FILE--\n<?php\n--EXPECTF--\nParse error: a \"b\" in %s on line 3\n";
    assert_eq!(section(t, "FILE").as_deref(), Some("<?php\n"));
    assert_eq!(
        expected_error(&expectation(t)),
        Some(("Parse error".into(), "a \"b\"".into(), 3))
    );
}
