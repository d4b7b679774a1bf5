//! Golden tests for the lexer: every `tests/lexer_golden/*.php` is lexed and compared with the
//! `*.tokens` file next to it (one token per line: `Tok @ start..end`, then errors, warnings
//! and the halt offset). `UPDATE_GOLDEN=1 cargo test -p phpsock-syntax --test lexer_golden`
//! rewrites the expectations; review every change by hand against PHP's behaviour.

use phpsock_syntax::lexer::lex;
use phpsock_syntax::Tok;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn quoted(bytes: &[u8]) -> String {
    format!("\"{}\"", bytes.escape_ascii())
}

fn show(tok: &Tok) -> String {
    match tok {
        Tok::InlineHtml(b) => format!("InlineHtml({})", quoted(b)),
        Tok::ConstantString(b) => format!("ConstantString({})", quoted(b)),
        Tok::EncapsedAndWhitespace(b) => format!("EncapsedAndWhitespace({})", quoted(b)),
        other => format!("{other:?}"),
    }
}

/// Renders the token stream of `src` in the golden format.
fn render(src: &[u8]) -> String {
    let mut out = String::new();
    let mut lexer = lex(src);
    for item in lexer.by_ref() {
        let line = match item {
            Ok((start, tok, end)) => format!("{} @ {start}..{end}", show(&tok)),
            Err(e) => format!(
                "ERROR {:?} {:?} @ {}..{}",
                e.kind, e.message, e.span.start, e.span.end
            ),
        };
        let _ = writeln!(out, "{line}");
    }
    for w in lexer.warnings() {
        let _ = writeln!(
            out,
            "WARNING {:?} @ {}..{}",
            w.message, w.span.start, w.span.end
        );
    }
    if let Some(offset) = lexer.halt_offset() {
        let _ = writeln!(out, "HALT_OFFSET {offset}");
    }
    out
}

fn golden_inputs() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/lexer_golden");
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/lexer_golden exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "php"))
        .collect();
    inputs.sort();
    inputs
}

#[test]
fn golden() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let inputs = golden_inputs();
    assert!(inputs.len() >= 25, "expected at least 25 golden inputs");
    let mut failures = Vec::new();
    for input in inputs {
        let src = std::fs::read(&input).expect("readable input");
        let actual = render(&src);
        let expected_path = input.with_extension("tokens");
        if update {
            std::fs::write(&expected_path, &actual).expect("writable golden file");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if expected != actual {
            failures.push(format!(
                "{}:\n--- expected\n{expected}--- actual\n{actual}",
                input.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A small deterministic generator (no extra crates needed).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

fn lex_all(src: &[u8]) {
    let mut lexer = lex(src);
    let mut last_end = 0;
    for (start, _, end) in lexer.by_ref().flatten() {
        assert!(start <= end && end <= src.len(), "bad span {start}..{end}");
        assert!(start >= last_end, "spans overlap or go backwards");
        last_end = end;
    }
}

#[test]
fn no_panic_on_prefixes_and_random_input() {
    for input in golden_inputs() {
        let src = std::fs::read(&input).expect("readable input");
        for n in 0..=src.len() {
            lex_all(&src[..n]);
        }
    }
    let fragments: &[&[u8]] = &[
        b"<?php ",
        b"?>",
        b"<?=",
        b"\"",
        b"'",
        b"`",
        b"$a",
        b"${",
        b"{$",
        b"}",
        b"{",
        b"[",
        b"]",
        b"->",
        b"?->",
        b"<<<EOT\n",
        b"<<<'EOT'\n",
        b"\nEOT",
        b"\n  EOT;",
        b"\\",
        b"\\u{",
        b"\\x",
        b"/*",
        b"*/",
        b"//",
        b"#",
        b"\n",
        b"\t",
        b" ",
        b"0x",
        b"1_",
        b"1e",
        b".",
        b"(int)",
        b"yield from",
        b"enum ",
        b"&",
        b"__halt_compiler();",
        b"\r\n",
        b"\xff",
        b"\x00",
        b"-1",
    ];
    let mut rng = Lcg(0x5eed);
    for _ in 0..3000 {
        let mut src = Vec::new();
        for _ in 0..rng.next() % 24 {
            if rng.next() & 3 == 0 {
                src.push(rng.next() as u8);
            } else {
                let f = fragments[(rng.next() as usize) % fragments.len()];
                src.extend_from_slice(f);
            }
        }
        lex_all(&src);
        let mut scripted = b"<?php ".to_vec();
        scripted.extend_from_slice(&src);
        lex_all(&scripted);
    }
}
