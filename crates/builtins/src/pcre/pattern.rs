//! PHP pattern strings (`/body/flags`) → compiled PCRE2 regexes, with PHP's delimiter and
//! modifier rules, its warning texts, and a per-runtime cache.
//!
//! Modifiers the `pcre2` crate has no builder option for are expressed inside the pattern:
//! start-of-pattern verbs (`(*LIMIT_MATCH=…)`, `(*NOTEMPTY_ATSTART)`) and
//! top-level option settings (`(?U)`, `(?n)`, `(?J)`); `A` (anchored) is checked on each
//! match; `D` rewrites `$` to `\z`. Compile-error offsets are mapped back to the user's
//! pattern.

use pcre2::bytes::{Regex, RegexBuilder};
use std::cell::OnceCell;
use std::collections::HashMap;
use std::rc::Rc;

/// A compiled PHP pattern.
pub struct Compiled {
    /// The regex for normal searches.
    pub re: Regex,
    /// The same regex with `(*NOTEMPTY_ATSTART)`, for the retry after an empty match.
    notempty: OnceCell<Option<Regex>>,
    /// The source handed to PCRE2 (after the verbs), for building the variant.
    source: String,
    /// Builder options, for building the variant.
    builder: RegexBuilder,
    /// `A`: every match must start where the search starts.
    pub anchored: bool,
    /// `u`: UTF-8 mode (subjects are validated; advancing steps over whole characters).
    pub utf: bool,
    /// Group names by group number (index 0 is the whole match).
    pub names: Vec<Option<String>>,
}

impl Compiled {
    /// Number of groups including group 0.
    pub fn groups(&self) -> usize {
        self.names.len().max(1)
    }

    /// The `(*NOTEMPTY_ATSTART)` variant, if it compiles.
    pub fn notempty(&self) -> Option<&Regex> {
        self.notempty
            .get_or_init(|| {
                self.builder
                    .build(&format!("(*NOTEMPTY_ATSTART){}", self.source))
                    .ok()
            })
            .as_ref()
    }
}

/// Why a pattern could not be used: the warning text (without the `fname(): ` prefix).
pub struct PatternError(pub String);

/// Per-runtime cache of compiled patterns.
#[derive(Default)]
pub struct Cache {
    map: HashMap<(Vec<u8>, u64), Rc<Compiled>>,
}

impl Cache {
    /// The compiled form of `pat` with a backtracking limit (`pcre.backtrack_limit`),
    /// compiling (and caching) it on first use.
    pub fn get(&mut self, pat: &[u8], limit: u64) -> Result<Rc<Compiled>, PatternError> {
        let key = (pat.to_vec(), limit);
        if let Some(c) = self.map.get(&key) {
            return Ok(c.clone());
        }
        let c = Rc::new(compile(pat, limit)?);
        if self.map.len() > 4096 {
            self.map.clear();
        }
        self.map.insert(key, c.clone());
        Ok(c)
    }
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// Splits `pat` into body and modifiers following PHP's rules.
fn split_delimiters(pat: &[u8]) -> Result<(&[u8], &[u8]), PatternError> {
    let mut p = 0;
    while p < pat.len() && is_space(pat[p]) {
        p += 1;
    }
    if p >= pat.len() {
        return Err(PatternError("Empty regular expression".into()));
    }
    let start = pat[p];
    p += 1;
    if start.is_ascii_alphanumeric() || start == b'\\' || start == 0 {
        return Err(PatternError(
            "Delimiter must not be alphanumeric, backslash, or NUL".into(),
        ));
    }
    let end = match start {
        b'(' => b')',
        b'[' => b']',
        b'{' => b'}',
        b'<' => b'>',
        c => c,
    };
    let body_start = p;
    let mut pp = p;
    if start == end {
        while pp < pat.len() {
            if pat[pp] == b'\\' && pp + 1 < pat.len() {
                pp += 1;
            } else if pat[pp] == end {
                break;
            }
            pp += 1;
        }
    } else {
        let mut depth = 1;
        while pp < pat.len() {
            if pat[pp] == b'\\' && pp + 1 < pat.len() {
                pp += 1;
            } else if pat[pp] == end {
                depth -= 1;
                if depth <= 0 {
                    break;
                }
            } else if pat[pp] == start {
                depth += 1;
            }
            pp += 1;
        }
    }
    if pp >= pat.len() {
        let c = end as char;
        return Err(PatternError(if start == end {
            format!("No ending delimiter '{c}' found")
        } else {
            format!("No ending matching delimiter '{c}' found")
        }));
    }
    Ok((&pat[body_start..pp], &pat[pp + 1..]))
}

#[derive(Default)]
struct Mods {
    caseless: bool,
    multiline: bool,
    dotall: bool,
    extended: bool,
    anchored: bool,
    dollar_endonly: bool,
    ungreedy: bool,
    utf: bool,
    dupnames: bool,
    no_auto_capture: bool,
}

fn parse_mods(m: &[u8]) -> Result<Mods, PatternError> {
    let mut o = Mods::default();
    let mut eval = false;
    for &c in m {
        match c {
            b'i' => o.caseless = true,
            b'm' => o.multiline = true,
            b'n' => o.no_auto_capture = true,
            b's' => o.dotall = true,
            b'x' => o.extended = true,
            b'A' => o.anchored = true,
            b'D' => o.dollar_endonly = true,
            b'S' | b'X' | b' ' | b'\n' | b'\r' => {}
            b'U' => o.ungreedy = true,
            b'u' => o.utf = true,
            b'J' => o.dupnames = true,
            b'e' => eval = true,
            0 => return Err(PatternError("NUL is not a valid modifier".into())),
            c => {
                return Err(PatternError(format!(
                    "Unknown modifier '{}'",
                    String::from_utf8_lossy(&[c])
                )))
            }
        }
    }
    if eval {
        return Err(PatternError(
            "The /e modifier is no longer supported, use preg_replace_callback instead".into(),
        ));
    }
    Ok(o)
}

/// Length of the start-of-pattern verbs (`(*UTF)(*CRLF)…`) at the start of `body`.
fn leading_verbs(body: &[u8]) -> usize {
    let mut i = 0;
    while body[i..].starts_with(b"(*") {
        let rest = &body[i + 2..];
        match rest.iter().position(|&c| c == b')') {
            Some(n)
                if n > 0
                    && rest[..n].iter().all(|&c| {
                        c.is_ascii_uppercase() || c.is_ascii_digit() || c == b'_' || c == b'='
                    }) =>
            {
                i += n + 3;
            }
            _ => break,
        }
    }
    i
}

/// Rewrites `$` (outside classes, escapes and comments) to `\z` for the `D` modifier.
fn dollar_endonly(body: &[u8], extended: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len() + 8);
    let mut i = 0;
    while i < body.len() {
        let c = body[i];
        match c {
            b'\\' => {
                if body.get(i + 1) == Some(&b'Q') {
                    let end = body[i + 2..]
                        .windows(2)
                        .position(|w| w == b"\\E")
                        .map_or(body.len(), |p| i + 2 + p + 2);
                    out.extend_from_slice(&body[i..end]);
                    i = end;
                    continue;
                }
                let end = (i + 2).min(body.len());
                out.extend_from_slice(&body[i..end]);
                i = end;
                continue;
            }
            b'[' => {
                let mut j = i + 1;
                if body.get(j) == Some(&b'^') {
                    j += 1;
                }
                if body.get(j) == Some(&b']') {
                    j += 1;
                }
                while j < body.len() && body[j] != b']' {
                    if body[j] == b'\\' {
                        j += 1;
                    } else if body[j] == b'[' && body.get(j + 1) == Some(&b':') {
                        if let Some(p) = body[j + 2..].windows(2).position(|w| w == b":]") {
                            j += p + 3;
                        }
                    }
                    j += 1;
                }
                let end = (j + 1).min(body.len());
                out.extend_from_slice(&body[i..end]);
                i = end;
                continue;
            }
            b'#' if extended => {
                let end = body[i..]
                    .iter()
                    .position(|&c| c == b'\n')
                    .map_or(body.len(), |p| i + p);
                out.extend_from_slice(&body[i..end]);
                i = end;
                continue;
            }
            b'(' if body[i..].starts_with(b"(?#") => {
                let end = body[i..]
                    .iter()
                    .position(|&c| c == b')')
                    .map_or(body.len(), |p| i + p + 1);
                out.extend_from_slice(&body[i..end]);
                i = end;
                continue;
            }
            b'$' => out.extend_from_slice(b"\\z"),
            c => out.push(c),
        }
        i += 1;
    }
    out
}

/// The pattern as the `&str` the `pcre2` crate takes: valid UTF-8 passes through; other
/// bytes are written as `\x{hh}` escapes (byte semantics are the same outside UTF mode).
fn to_source(body: &[u8]) -> String {
    match std::str::from_utf8(body) {
        Ok(s) => s.to_string(),
        Err(_) => {
            let mut s = String::with_capacity(body.len() * 2);
            let mut quoted = false;
            let mut i = 0;
            while i < body.len() {
                let c = body[i];
                if c == b'\\' && i + 1 < body.len() {
                    match body[i + 1] {
                        b'Q' => quoted = true,
                        b'E' => quoted = false,
                        _ => {}
                    }
                    s.push('\\');
                    if body[i + 1] < 0x80 {
                        s.push(body[i + 1] as char);
                        i += 2;
                        continue;
                    }
                    i += 1;
                    continue;
                }
                if c < 0x80 {
                    s.push(c as char);
                } else if quoted {
                    s.push_str(&format!("\\E\\x{{{c:02x}}}\\Q"));
                } else {
                    s.push_str(&format!("\\x{{{c:02x}}}"));
                }
                i += 1;
            }
            s
        }
    }
}

fn compile(pat: &[u8], limit: u64) -> Result<Compiled, PatternError> {
    let (body, mods) = split_delimiters(pat)?;
    let m = parse_mods(mods)?;
    if m.utf {
        if let Err(e) = std::str::from_utf8(body) {
            return Err(PatternError(format!(
                "Compilation failed: UTF-8 error: {} at offset {}",
                if e.error_len().is_none() {
                    "1 byte missing at end"
                } else {
                    "isolated byte with 0x80 bit set"
                },
                e.valid_up_to()
            )));
        }
    }
    let body: Vec<u8> = if m.dollar_endonly && !m.multiline {
        dollar_endonly(body, m.extended)
    } else {
        body.to_vec()
    };
    let verbs_len = leading_verbs(&body);
    let prefix = format!("(*LIMIT_MATCH={})", limit.clamp(1, u32::MAX as u64));
    let mut inline = String::new();
    if m.ungreedy {
        inline.push_str("(?U)");
    }
    if m.no_auto_capture {
        inline.push_str("(?n)");
    }
    if m.dupnames {
        inline.push_str("(?J)");
    }
    let user = to_source(&body);
    let (uverbs, rest) = user.split_at(verbs_len.min(user.len()));
    let source = format!("{uverbs}{inline}{rest}");
    let full = format!("{prefix}{source}");
    let mut b = RegexBuilder::new();
    b.caseless(m.caseless)
        .multi_line(m.multiline)
        .dotall(m.dotall)
        .extended(m.extended)
        .utf(m.utf)
        // UCP as PHP's `u` sets it; the crate pairs it with MATCH_INVALID_UTF, which only
        // skips PCRE2's per-call subject check (subjects are validated once beforehand).
        .ucp(m.utf)
        .jit_if_available(true);
    let re = match b.build(&full) {
        Ok(re) => re,
        Err(e) => {
            let mut off = e.offset().unwrap_or(0).saturating_sub(prefix.len());
            if off > verbs_len {
                off -= (off - verbs_len).min(inline.len());
            }
            let text = e.to_string();
            // The crate's text is "PCRE2: error compiling pattern at offset N: msg".
            let msg = text
                .find("offset ")
                .and_then(|p| text[p..].find(": ").map(|q| &text[p + q + 2..]))
                .unwrap_or(text.as_str());
            return Err(PatternError(format!(
                "Compilation failed: {msg} at offset {off}"
            )));
        }
    };
    let names = re.capture_names().to_vec();
    Ok(Compiled {
        re,
        notempty: OnceCell::new(),
        source: format!("{prefix}{source}"),
        builder: b,
        anchored: m.anchored,
        utf: m.utf,
        names,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delimiters() {
        assert!(matches!(split_delimiters(b"/a/i"), Ok((b, m)) if b == b"a" && m == b"i"));
        assert!(matches!(split_delimiters(b"{a{b}c}x"), Ok((b, m)) if b == b"a{b}c" && m == b"x"));
        assert!(matches!(split_delimiters(b"  #a\\#b#"), Ok((b, _)) if b == b"a\\#b"));
        assert!(split_delimiters(b"abc").is_err());
        assert!(split_delimiters(b"/abc").is_err());
        assert!(split_delimiters(b"").is_err());
    }

    #[test]
    fn verbs_and_dollar() {
        assert_eq!(leading_verbs(b"(*UTF)(*CRLF)abc"), 13);
        assert_eq!(leading_verbs(b"(*abc)"), 0);
        assert_eq!(dollar_endonly(b"a$[$]\\$", false), b"a\\z[$]\\$".to_vec());
        assert_eq!(dollar_endonly(b"a$#$\nb$", true), b"a\\z#$\nb\\z".to_vec());
    }

    #[test]
    fn compiles_and_maps_offsets() {
        let c = compile(b"/(?<y>\\d+)/U", 1000).ok().unwrap();
        assert_eq!(c.groups(), 2);
        assert_eq!(c.names[1].as_deref(), Some("y"));
        match compile(b"/(abc/U", 1000) {
            Err(PatternError(m)) => assert!(m.ends_with("at offset 4"), "{m}"),
            Ok(_) => panic!("should not compile"),
        }
        assert!(compile(b"/a/k", 1000).is_err());
    }
}
