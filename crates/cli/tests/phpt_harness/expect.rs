//! Comparing output with `--EXPECT--`, `--EXPECTF--` and `--EXPECTREGEX--` the way PHP's
//! `run-tests.php` does.
//!
//! Both sides are normalised with `\r\n` → `\n` and PHP's `trim()`. `EXPECT` is then an exact
//! comparison. `EXPECTF` is turned into a regular expression: text outside `%r…%r` is quoted,
//! `%r…%r` regions are kept as a group, and then these placeholders are replaced everywhere,
//! as run-tests.php's `strtr` table does:
//!
//! | placeholder | matches |
//! | --- | --- |
//! | `%e` | the directory separator (`/`) |
//! | `%s` | one or more characters other than line breaks |
//! | `%S` | zero or more characters other than line breaks |
//! | `%a` | one or more characters, line breaks included |
//! | `%A` | zero or more characters, line breaks included |
//! | `%w` | zero or more whitespace characters |
//! | `%i` | a signed integer (`+3142`, `-3142`) |
//! | `%d` | an unsigned integer |
//! | `%x` | one or more hexadecimal digits |
//! | `%f` | a floating point number (`3.142`, `-3.142`, `3.142E-10`, `.5`) |
//! | `%c` | any single character |
//! | `%0` | a NUL byte |
//!
//! The whole pattern must match the whole output (`/^…$/s`).

use regex::bytes::{Regex, RegexBuilder};

/// How one test's output is judged.
#[derive(Clone, Debug)]
pub enum Expectation {
    /// Exact text.
    Exact(Vec<u8>),
    /// `EXPECTF` pattern (as written) and its compiled regex.
    Format(Vec<u8>, Regex),
    /// `EXPECTREGEX` pattern and its compiled regex.
    Regex(Vec<u8>, Regex),
}

/// PHP's `trim()` characters: space, `\t`, `\n`, `\r`, NUL and vertical tab.
fn is_trim_byte(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0 | 0x0b)
}

/// `\r\n` → `\n`, then PHP's `trim()`.
pub fn normalize(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        if text[i] == b'\r' && text.get(i + 1) == Some(&b'\n') {
            i += 1;
            continue;
        }
        out.push(text[i]);
        i += 1;
    }
    let start = out
        .iter()
        .position(|b| !is_trim_byte(*b))
        .unwrap_or(out.len());
    let end = out
        .iter()
        .rposition(|b| !is_trim_byte(*b))
        .map_or(start, |e| e + 1);
    out[start..end].to_vec()
}

/// Appends `bytes` to a regex as literal text.
fn quote_into(pattern: &mut String, bytes: &[u8]) {
    for &b in bytes {
        match b {
            b'\\' | b'.' | b'+' | b'*' | b'?' | b'(' | b')' | b'|' | b'[' | b']' | b'{' | b'}'
            | b'^' | b'$' | b'#' | b'&' | b'-' | b'~' => {
                pattern.push('\\');
                pattern.push(char::from(b));
            }
            b' '..=b'~' => pattern.push(char::from(b)),
            _ => pattern.push_str(&format!("\\x{b:02X}")),
        }
    }
}

/// The regex placeholder text stands for, if `c` (after `%`) is a placeholder letter.
fn placeholder(c: u8) -> Option<&'static str> {
    Some(match c {
        b'e' => "/",
        b's' => r"[^\r\n]+",
        b'S' => r"[^\r\n]*",
        b'a' => r".+?",
        b'A' => r".*?",
        b'w' => r"\s*",
        b'i' => r"[+-]?\d+",
        b'd' => r"\d+",
        b'x' => r"[0-9a-fA-F]+",
        // run-tests.php: [+-]?(?:\d+|(?=\.\d))(?:\.\d+)?(?:[Ee][+-]?\d+)? — the same language
        // without the look-ahead the regex crate does not have.
        b'f' => r"[+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:[Ee][+-]?\d+)?",
        b'c' => r".",
        b'0' => r"\x00",
        _ => return None,
    })
}

fn find(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if from > haystack.len() {
        return None;
    }
    haystack[from..]
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

/// Translates an `EXPECTF` text (already normalised) to regex source, exactly following
/// run-tests.php's `expectf_to_regex`: quote outside `%r…%r`, group inside, then replace
/// placeholders in one left-to-right pass over the result.
pub fn expectf_to_regex(wanted: &[u8]) -> String {
    let mut quoted = Vec::new();
    let len = wanted.len();
    let mut offset = 0;
    while offset < len {
        let (start, end) = match find(wanted, b"%r", offset) {
            Some(start) => match find(wanted, b"%r", start + 2) {
                Some(end) => (start, end),
                None => (len, len), // unbalanced tag: ignore it
            },
            None => (len, len),
        };
        let mut literal = String::new();
        quote_into(&mut literal, &wanted[offset..start]);
        quoted.extend_from_slice(literal.as_bytes());
        if end > start {
            quoted.push(b'(');
            quoted.extend_from_slice(&wanted[start + 2..end]);
            quoted.push(b')');
        }
        offset = end + 2;
    }
    let mut pattern = Vec::with_capacity(quoted.len() * 2);
    let mut i = 0;
    while i < quoted.len() {
        if quoted[i] == b'%' {
            if let Some(re) = quoted.get(i + 1).and_then(|c| placeholder(*c)) {
                pattern.extend_from_slice(re.as_bytes());
                i += 2;
                continue;
            }
        }
        pattern.push(quoted[i]);
        i += 1;
    }
    // `%r` regions are test-file text; anything that is not UTF-8 there is a broken test.
    String::from_utf8_lossy(&pattern).into_owned()
}

/// Compiles a whole-output pattern with PCRE's `/^…$/s` semantics on bytes.
pub fn compile(pattern: &str) -> Result<Regex, String> {
    RegexBuilder::new(&format!("(?s-u)^(?:{pattern})$"))
        .size_limit(256 << 20)
        .build()
        .map_err(|e| format!("bad pattern: {e}"))
}

impl Expectation {
    /// Builds the expectation from the section that holds it.
    pub fn new(section: &str, text: &[u8]) -> Result<Expectation, String> {
        let wanted = normalize(text);
        match section {
            "EXPECT" => Ok(Expectation::Exact(wanted)),
            "EXPECTF" => {
                let re = compile(&expectf_to_regex(&wanted))?;
                Ok(Expectation::Format(wanted, re))
            }
            _ => {
                let re = compile(&String::from_utf8_lossy(&wanted))?;
                Ok(Expectation::Regex(wanted, re))
            }
        }
    }

    /// Whether `output` (raw) satisfies the expectation.
    pub fn matches(&self, output: &[u8]) -> bool {
        let output = normalize(output);
        match self {
            Expectation::Exact(wanted) => *wanted == output,
            Expectation::Format(_, re) | Expectation::Regex(_, re) => re.is_match(&output),
        }
    }

    /// The expectation text as written (normalised), for diffs.
    pub fn text(&self) -> &[u8] {
        match self {
            Expectation::Exact(t) | Expectation::Format(t, _) | Expectation::Regex(t, _) => t,
        }
    }

    /// Whether one expected line matches one output line, for diffs.
    pub fn line_matches(&self, wanted: &[u8], got: &[u8]) -> bool {
        if wanted == got {
            return true;
        }
        match self {
            Expectation::Exact(_) => false,
            Expectation::Format(..) => compile(&expectf_to_regex(wanted))
                .map(|re| re.is_match(got))
                .unwrap_or(false),
            Expectation::Regex(..) => compile(&String::from_utf8_lossy(wanted))
                .map(|re| re.is_match(got))
                .unwrap_or(false),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(pattern: &str, output: &str) -> bool {
        Expectation::new("EXPECTF", pattern.as_bytes())
            .expect("compiles")
            .matches(output.as_bytes())
    }

    #[test]
    fn trims_and_normalises() {
        assert_eq!(normalize(b"\r\n  a\r\nb \t\n\0"), b"a\nb".to_vec());
        let e = Expectation::new("EXPECT", b"\nx\n").expect("ok");
        assert!(e.matches(b"x"));
        assert!(e.matches(b"\r\nx\r\n\r\n"));
        assert!(!e.matches(b"x y"));
    }

    #[test]
    fn placeholders() {
        assert!(f("in %s on line %d", "in /tmp/a b.php on line 12"));
        assert!(!f("in %s on line %d", "in  on line 12"));
        assert!(!f("%s", "a\nb"));
        assert!(f("a%Sb", "ab"));
        assert!(f("x%ay", "x\n1\ny"));
        assert!(!f("x%ay", "xy"));
        assert!(f("x%Ay", "xy"));
        assert!(f("a%wb", "a \t b"));
        assert!(f("%i|%i|%i", "+3|-4|5"));
        assert!(!f("%d", "-4"));
        assert!(f("%x", "DeadBeef"));
        assert!(!f("%x", "xyz"));
        assert!(f("%f", "3.142"));
        assert!(f("%f", "-3.142"));
        assert!(f("%f", "3.142E-10"));
        assert!(f("%f", ".5"));
        assert!(f("%f", "7"));
        assert!(!f("%f", "1."));
        assert!(!f("%f", "."));
        assert!(f("%c%c", "ab"));
        assert!(f("a%eb", "a/b"));
        assert!(f("a%0b", "a\0b"));
    }

    #[test]
    fn literal_text_is_quoted() {
        assert!(f(
            "a.b (c) [d] $x ^ * + ? | {2} \\ # - ~ & %z %",
            "a.b (c) [d] $x ^ * + ? | {2} \\ # - ~ & %z %"
        ));
        assert!(!f("a.b", "axb"));
        assert!(f("é\u{1}", "é\u{1}"));
    }

    #[test]
    fn regex_regions() {
        assert!(f("x%r[0-9]+%ry", "x123y"));
        assert!(!f("x%r[0-9]+%ry", "xy"));
        assert!(f("%r(a|b)%r-%r\\d{2}%r", "b-42"));
        // An unbalanced %r is literal text.
        assert!(f("a %r b", "a %r b"));
        // Placeholders are replaced inside regions too.
        assert!(f("%r(%d)?%r!", "!"));
        assert!(f("%r%%r", "%"));
    }

    #[test]
    fn expectregex() {
        let e = Expectation::new("EXPECTREGEX", b"a+b\n").expect("ok");
        assert!(e.matches(b"aaab\n"));
        assert!(!e.matches(b"b"));
    }

    #[test]
    fn line_level_matching() {
        let e = Expectation::new("EXPECTF", b"x %d").expect("ok");
        assert!(e.line_matches(b"line %d", b"line 7"));
        assert!(!e.line_matches(b"line %d", b"line x"));
    }
}
