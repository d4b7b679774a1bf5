//! The lexer and the parser must never panic, whatever they are given: every prefix of every script in the
//! corpus (`tests/phpt/**/*.phpt` `--FILE--` sections and `scripts/**/*.php`), random bytes,
//! and random soups of PHP tokens. Only the absence of panics is checked here; what the parser
//! answers is the conformance corpus's business.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

/// Upper bound of bytes parsed per corpus file (sum over the prefixes tried), so that large
/// files are sampled instead of parsed quadratically. Small files get every prefix.
const BYTES_PER_FILE: usize = 3_000_000;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn files_with_extension(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files_with_extension(&path, ext, out);
        } else if path.extension().is_some_and(|e| e == ext) {
            out.push(path);
        }
    }
}

/// The `--FILE--` (or `--FILEEOF--`) section of a `.phpt` file.
fn file_section(phpt: &[u8]) -> Option<Vec<u8>> {
    let mut section = None;
    let mut inside = false;
    for line in phpt.split_inclusive(|b| *b == b'\n') {
        let trimmed = line.strip_suffix(b"\n").unwrap_or(line);
        let is_header = trimmed.starts_with(b"--")
            && trimmed.ends_with(b"--")
            && trimmed.len() > 4
            && trimmed[2..trimmed.len() - 2]
                .iter()
                .all(|b| b.is_ascii_uppercase() || *b == b'_');
        if is_header {
            inside = trimmed == b"--FILE--" || trimmed == b"--FILEEOF--";
            if inside {
                section = Some(Vec::new());
            }
            continue;
        }
        if inside {
            if let Some(s) = section.as_mut() {
                s.extend_from_slice(line);
            }
        }
    }
    section
}

/// Every script of the corpus, named.
fn corpus() -> Vec<(String, Vec<u8>)> {
    let root = workspace();
    let mut paths = Vec::new();
    files_with_extension(&root.join("tests/phpt"), "phpt", &mut paths);
    let mut scripts = Vec::new();
    files_with_extension(&root.join("scripts"), "php", &mut scripts);
    paths.sort();
    scripts.sort();
    let mut out = Vec::new();
    for path in paths {
        if let Some(code) = std::fs::read(&path).ok().and_then(|t| file_section(&t)) {
            out.push((path.display().to_string(), code));
        }
    }
    for path in scripts {
        if let Ok(code) = std::fs::read(&path) {
            out.push((path.display().to_string(), code));
        }
    }
    out
}

/// Tokenises then parses `src`; a panic in either becomes an `Err` with a description.
fn parse_no_panic(src: &[u8]) -> Result<(), String> {
    catch_unwind(AssertUnwindSafe(|| {
        let _ = phpsock_syntax::lexer::tokenize(src);
        let _ = phpsock_syntax::parse(src);
    }))
    .map_err(|payload| {
        payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "non-string panic".into())
    })
}

/// Byte offsets to cut `len` bytes at: all of them, or an even sample whose total length
/// stays within [`BYTES_PER_FILE`] (always including the full text).
fn cut_points(len: usize) -> Vec<usize> {
    let total = len.saturating_mul(len + 1) / 2;
    let stride = (total / BYTES_PER_FILE).max(1);
    let mut cuts: Vec<usize> = (0..=len).step_by(stride).collect();
    if cuts.last() != Some(&len) {
        cuts.push(len);
    }
    cuts
}

fn report(failures: &[String]) {
    assert!(
        failures.is_empty(),
        "the parser panicked on {} input(s); first ones:\n{}",
        failures.len(),
        failures
            .iter()
            .take(10)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn every_prefix_of_the_corpus() {
    let corpus = corpus();
    assert!(!corpus.is_empty(), "no corpus found");
    let mut failures = Vec::new();
    for (name, code) in &corpus {
        for cut in cut_points(code.len()) {
            if let Err(panic) = parse_no_panic(&code[..cut]) {
                failures.push(format!("{name}: prefix of {cut} bytes: {panic}"));
                break; // one report per file is enough
            }
        }
    }
    report(&failures);
}

/// xorshift64*: a tiny deterministic PRNG, so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

#[test]
fn random_bytes() {
    let mut rng = Rng(0x5EED_1234_ABCD_0001);
    let mut failures = Vec::new();
    for round in 0..3000 {
        let len = rng.below(160);
        let mut src: Vec<u8> = if round % 2 == 0 {
            b"<?php ".to_vec()
        } else {
            Vec::new()
        };
        // Mostly printable ASCII, sometimes any byte.
        for _ in 0..len {
            let b = if rng.below(8) == 0 {
                rng.below(256) as u8
            } else {
                b' ' + rng.below(95) as u8
            };
            src.push(b);
        }
        if let Err(panic) = parse_no_panic(&src) {
            failures.push(format!("{:?}: {panic}", String::from_utf8_lossy(&src)));
        }
    }
    report(&failures);
}

/// Fragments PHP code is made of, including the awkward ones (mode switches, unterminated
/// strings and comments, heredoc markers).
const SOUP: &[&str] = &[
    "<?php ",
    "<?php\n",
    "<?=",
    "?>",
    "?>\n",
    "\n",
    " ",
    "\t",
    "{",
    "}",
    "(",
    ")",
    "[",
    "]",
    ";",
    ",",
    "=",
    "==",
    "===",
    "!=",
    "<",
    "<=",
    ">",
    "<=>",
    "+",
    "-",
    "*",
    "/",
    "%",
    "**",
    ".",
    "&",
    "&&",
    "|",
    "||",
    "^",
    "~",
    "!",
    "?",
    ":",
    "??",
    "??=",
    "?:",
    "=>",
    "->",
    "?->",
    "::",
    "...",
    "\\",
    "@",
    "$",
    "$$",
    "$a",
    "$this",
    "${",
    "{$",
    "\"",
    "'",
    "`",
    "\"$a\"",
    "\"{$a->b}\"",
    "\"${a}\"",
    "'x'",
    "\"x\\n\"",
    "<<<EOT\n",
    "<<<'EOT'\n",
    "<<<\"EOT\"\n",
    "EOT",
    "EOT;\n",
    "  EOT\n",
    "/*",
    "*/",
    "//",
    "#",
    "#[",
    "/** doc */",
    "0",
    "1",
    "08",
    "0x1F",
    "0b101",
    "0o17",
    "1_000",
    "1.5",
    ".5",
    "1e10",
    "9223372036854775808",
    "a",
    "foo",
    "Foo\\Bar",
    "\\Foo",
    "namespace\\x",
    "echo",
    "print",
    "if",
    "elseif",
    "else",
    "endif",
    "while",
    "endwhile",
    "do",
    "for",
    "endfor",
    "foreach",
    "as",
    "endforeach",
    "switch",
    "case",
    "default",
    "endswitch",
    "match",
    "break",
    "continue",
    "return",
    "function",
    "fn",
    "use",
    "static",
    "global",
    "class",
    "interface",
    "trait",
    "enum",
    "extends",
    "implements",
    "new",
    "clone",
    "instanceof",
    "abstract",
    "final",
    "readonly",
    "public",
    "private",
    "protected",
    "const",
    "try",
    "catch",
    "finally",
    "throw",
    "yield",
    "yield from",
    "namespace",
    "declare",
    "goto",
    "list",
    "array",
    "isset",
    "empty",
    "unset",
    "exit",
    "die",
    "include",
    "require",
    "(int)",
    "( string )",
    "(bool)",
    "__halt_compiler",
    "__LINE__",
    "and",
    "or",
    "xor",
    "insteadof",
    "true",
    "null",
    "\u{e9}",
    "\u{0}",
    "\r\n",
];

#[test]
fn random_token_soup() {
    let mut rng = Rng(0xC0FF_EE00_D15E_A5E5);
    let mut failures = Vec::new();
    for round in 0..3000 {
        let mut src = String::new();
        if round % 4 != 0 {
            src.push_str("<?php ");
        }
        for _ in 0..1 + rng.below(60) {
            src.push_str(SOUP[rng.below(SOUP.len())]);
            if rng.below(3) == 0 {
                src.push(' ');
            }
        }
        if let Err(panic) = parse_no_panic(src.as_bytes()) {
            failures.push(format!("{src:?}: {panic}"));
        }
    }
    report(&failures);
}

#[test]
fn deep_nesting_does_not_overflow() {
    // A few hundred levels, as real code never goes near; parsing must still not crash.
    for open in ["(", "[", "{", "-", "!", "$a = "] {
        let mut src = String::from("<?php ");
        for _ in 0..200 {
            src.push_str(open);
        }
        if let Err(panic) = parse_no_panic(src.as_bytes()) {
            panic!("nested {open:?}: {panic}");
        }
    }
}
