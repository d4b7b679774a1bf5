//! URL and transfer encodings: `urlencode`/`rawurlencode`/`urldecode`/`rawurldecode`,
//! `base64_encode`/`base64_decode`, `http_build_query`, `parse_url`.

use super::hash::hex_val;
use base64::prelude::{Engine as _, BASE64_STANDARD};
use phpsock_eval::object::Visibility;
use phpsock_eval::{Args, Ctx, Key, Module, NResult, PhpArray, Unwind, Value};

pub(super) fn register(m: &mut Module) {
    m.func("urlencode(string $string): string", urlencode)
        .func("rawurlencode(string $string): string", rawurlencode)
        .func("urldecode(string $string): string", urldecode)
        .func("rawurldecode(string $string): string", rawurldecode)
        .func("base64_encode(string $string): string", base64_encode)
        .func(
            "base64_decode(string $string, bool $strict = false): string|false",
            base64_decode,
        )
        .func(
            "http_build_query(array|object $data, string $numeric_prefix = \"\", ?string $arg_separator = null, int $encoding_type = 1): string",
            http_build_query,
        )
        .func(
            "parse_url(string $url, int $component = -1): int|string|array|null|false",
            parse_url,
        )
        .constant("PHP_QUERY_RFC1738", 1i64)
        .constant("PHP_QUERY_RFC3986", 2i64)
        .constant("PHP_URL_SCHEME", 0i64)
        .constant("PHP_URL_HOST", 1i64)
        .constant("PHP_URL_PORT", 2i64)
        .constant("PHP_URL_USER", 3i64)
        .constant("PHP_URL_PASS", 4i64)
        .constant("PHP_URL_PATH", 5i64)
        .constant("PHP_URL_QUERY", 6i64)
        .constant("PHP_URL_FRAGMENT", 7i64);
}

const HEX_UPPER: &[u8; 16] = b"0123456789ABCDEF";

/// Percent-encodes everything but alphanumerics and `-_.`; `raw` (RFC 3986) also keeps `~`
/// and encodes the space as `%20` instead of `+`.
pub(super) fn url_encode(s: &[u8], raw: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for &c in s {
        if c.is_ascii_alphanumeric() || b"-_.".contains(&c) || (raw && c == b'~') {
            out.push(c);
        } else if c == b' ' && !raw {
            out.push(b'+');
        } else {
            out.push(b'%');
            out.push(HEX_UPPER[(c >> 4) as usize]);
            out.push(HEX_UPPER[(c & 15) as usize]);
        }
    }
    out
}

/// Decodes `%XX` escapes (and `+` as a space unless `raw`); malformed escapes stay as they are.
pub(super) fn url_decode(s: &[u8], raw: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        if c == b'+' && !raw {
            out.push(b' ');
        } else if c == b'%' && i + 2 < s.len() {
            match (hex_val(s[i + 1]), hex_val(s[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 3;
                    continue;
                }
                _ => out.push(c),
            }
        } else {
            out.push(c);
        }
        i += 1;
    }
    out
}

fn urlencode(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::from(url_encode(&a.str(0), false)))
}

fn rawurlencode(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::from(url_encode(&a.str(0), true)))
}

fn urldecode(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::from(url_decode(&a.str(0), false)))
}

fn rawurldecode(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::from(url_decode(&a.str(0), true)))
}

fn base64_encode(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::from(BASE64_STANDARD.encode(a.str(0).as_bytes())))
}

/// The value of a base64 digit; `Err(true)` for skippable whitespace, `Err(false)` for any
/// other byte.
fn b64_val(c: u8) -> Result<u8, bool> {
    match c {
        b'A'..=b'Z' => Ok(c - b'A'),
        b'a'..=b'z' => Ok(c - b'a' + 26),
        b'0'..=b'9' => Ok(c - b'0' + 52),
        b'+' => Ok(62),
        b'/' => Ok(63),
        b'\t' | b'\n' | b'\r' | b' ' => Err(true),
        _ => Err(false),
    }
}

/// PHP's lenient (or, with `strict`, validating) base64 decoder.
pub(super) fn b64_decode(s: &[u8], strict: bool) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len() / 4 * 3 + 3);
    let (mut i, mut padding) = (0usize, 0usize);
    let mut acc = 0u8;
    for &c in s {
        if c == b'=' {
            padding += 1;
            continue;
        }
        let v = match b64_val(c) {
            Ok(v) => v,
            Err(ws) => {
                if strict && !ws {
                    return None;
                }
                continue;
            }
        };
        if strict && padding > 0 {
            return None;
        }
        match i % 4 {
            0 => acc = v << 2,
            1 => {
                out.push(acc | (v >> 4));
                acc = (v & 0x0f) << 4;
            }
            2 => {
                out.push(acc | (v >> 2));
                acc = (v & 0x03) << 6;
            }
            _ => out.push(acc | v),
        }
        i += 1;
    }
    if strict && (i % 4 == 1 || (padding > 0 && (padding > 2 || (i + padding) % 4 != 0))) {
        return None;
    }
    Some(out)
}

fn base64_decode(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(match b64_decode(&a.str(0), a.bool(1)) {
        Some(v) => Value::from(v),
        None => Value::Bool(false),
    })
}

/// Shared settings of one `http_build_query` call.
struct QueryOpts {
    sep: Vec<u8>,
    raw: bool,
}

/// The entries of an array, or an object's public properties.
fn query_entries(v: &Value) -> Vec<(Key, Value)> {
    match v {
        Value::Array(a) => a.iter().map(|(k, v)| (k, v.deref())).collect(),
        Value::Object(o) => o
            .prop_list()
            .into_iter()
            .filter(|(_, _, info)| info.is_none_or(|i| i.vis == Visibility::Public))
            .map(|(n, v, _)| (Key::from_phpstr(n), v.deref()))
            .collect(),
        _ => Vec::new(),
    }
}

fn build_query(
    cx: &mut Ctx,
    data: &Value,
    num_prefix: &[u8],
    prefix: Option<&[u8]>,
    o: &QueryOpts,
    out: &mut Vec<u8>,
    depth: usize,
) -> Result<(), Unwind> {
    if depth > 64 {
        return Ok(());
    }
    for (k, v) in query_entries(data) {
        let mut name = Vec::new();
        if let Some(p) = prefix {
            name.extend_from_slice(p);
        }
        match &k {
            Key::Str(s) => name.extend_from_slice(&url_encode(s, o.raw)),
            Key::Int(i) => {
                if prefix.is_none() {
                    name.extend_from_slice(num_prefix);
                }
                name.extend_from_slice(i.to_string().as_bytes());
            }
        }
        if prefix.is_some() {
            name.extend_from_slice(b"%5D");
        }
        let val = match &v {
            Value::Array(_) | Value::Object(_) => {
                name.extend_from_slice(b"%5B");
                build_query(cx, &v, num_prefix, Some(&name), o, out, depth + 1)?;
                continue;
            }
            Value::Null | Value::Resource(_) => continue,
            Value::Bool(b) => vec![if *b { b'1' } else { b'0' }],
            v => url_encode(&cx.to_str(v)?, o.raw),
        };
        if !out.is_empty() {
            out.extend_from_slice(&o.sep);
        }
        out.extend_from_slice(&name);
        out.push(b'=');
        out.extend_from_slice(&val);
    }
    Ok(())
}

fn http_build_query(cx: &mut Ctx, a: &mut Args) -> NResult {
    let sep = match a.opt_str(2) {
        Some(s) => s.to_vec(),
        None => cx
            .ini("arg_separator.output")
            .filter(|s| !s.is_empty())
            .map_or_else(|| b"&".to_vec(), |s| s.to_vec()),
    };
    let o = QueryOpts {
        sep,
        raw: a.int(3) == 2,
    };
    let mut out = Vec::new();
    build_query(cx, &a.get(0), &a.str(1), None, &o, &mut out, 0)?;
    Ok(Value::from(out))
}

/// The parts of a URL, as PHP's `php_url_parse_ex2` finds them.
#[derive(Default, Debug)]
pub(super) struct Url {
    pub scheme: Option<Vec<u8>>,
    pub host: Option<Vec<u8>>,
    pub port: Option<u16>,
    pub user: Option<Vec<u8>>,
    pub pass: Option<Vec<u8>>,
    pub path: Option<Vec<u8>>,
    pub query: Option<Vec<u8>>,
    pub fragment: Option<Vec<u8>>,
}

/// Replaces control characters with `_`, as PHP does for every URL component.
fn clean(b: &[u8]) -> Vec<u8> {
    b.iter()
        .map(|&c| if c < 32 || c == 127 { b'_' } else { c })
        .collect()
}

fn mem_find(s: &[u8], from: usize, to: usize, c: u8) -> Option<usize> {
    s[from..to].iter().position(|&b| b == c).map(|p| p + from)
}

fn mem_rfind(s: &[u8], from: usize, to: usize, c: u8) -> Option<usize> {
    s[from..to].iter().rposition(|&b| b == c).map(|p| p + from)
}

/// Parses a decimal port of 1 to 5 digits (`strtol` semantics: a prefix of digits).
fn parse_port(b: &[u8]) -> Option<u16> {
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if digits == 0 {
        return None;
    }
    let n: u32 = b[..digits]
        .iter()
        .fold(0u32, |n, &c| n * 10 + (c - b'0') as u32);
    u16::try_from(n).ok()
}

enum Step {
    Port(usize),
    Host,
    Path,
}

/// Splits a URL into its components, or `None` when PHP's parser rejects it.
pub(super) fn parse_url_parts(str_: &[u8]) -> Option<Url> {
    let mut ret = Url::default();
    let ue = str_.len();
    let at = |i: usize| -> u8 { str_.get(i).copied().unwrap_or(0) };
    let mut s = 0usize;
    let step;
    let colon = str_.iter().position(|&c| c == b':');
    let is_rel = |s: usize| s + 1 < ue && at(s) == b'/' && at(s + 1) == b'/';
    match colon {
        Some(e) if e != s => {
            let mut bad = false;
            for &c in &str_[s..e] {
                if !c.is_ascii_alphanumeric() && c != b'+' && c != b'.' && c != b'-' {
                    bad = true;
                    break;
                }
            }
            if bad {
                let qf = str_
                    .iter()
                    .position(|&c| c == b'?' || c == b'#')
                    .unwrap_or(ue);
                if e + 1 < ue && e < qf {
                    step = Step::Port(e);
                } else if is_rel(s) {
                    s += 2;
                    step = Step::Host;
                } else {
                    step = Step::Path;
                }
            } else if e + 1 == ue {
                ret.scheme = Some(clean(&str_[s..e]));
                return Some(ret);
            } else if at(e + 1) != b'/' {
                let mut p = e + 1;
                while p < ue && at(p).is_ascii_digit() {
                    p += 1;
                }
                if (p == ue || at(p) == b'/') && p - e < 7 {
                    step = Step::Port(e);
                } else {
                    ret.scheme = Some(clean(&str_[s..e]));
                    s = e + 1;
                    step = Step::Path;
                }
            } else {
                let scheme = clean(&str_[s..e]);
                let is_file = scheme.eq_ignore_ascii_case(b"file");
                ret.scheme = Some(scheme);
                if e + 2 < ue && at(e + 2) == b'/' {
                    s = e + 3;
                    if is_file && e + 3 < ue && at(e + 3) == b'/' {
                        if e + 5 < ue && at(e + 5) == b':' {
                            s = e + 4;
                        }
                        step = Step::Path;
                    } else {
                        step = Step::Host;
                    }
                } else {
                    s = e + 1;
                    step = Step::Path;
                }
            }
        }
        Some(e) => step = Step::Port(e),
        None if is_rel(s) => {
            s += 2;
            step = Step::Host;
        }
        None => step = Step::Path,
    }
    let mut step = step;
    if let Step::Port(e) = step {
        let p = e + 1;
        let mut pp = p;
        while pp < ue && pp - p < 6 && at(pp).is_ascii_digit() {
            pp += 1;
        }
        if pp - p > 0 && pp - p < 6 && (pp == ue || at(pp) == b'/') {
            ret.port = Some(parse_port(&str_[p..pp])?);
            if is_rel(s) {
                s += 2;
            }
            step = Step::Host;
        } else if p == pp && pp == ue {
            return None;
        } else if is_rel(s) {
            s += 2;
            step = Step::Host;
        } else {
            step = Step::Path;
        }
    }
    if let Step::Host = step {
        let mut e = ue;
        for c in [b'/', b'?', b'#'] {
            if let Some(p) = mem_find(str_, s, e, c) {
                e = p;
            }
        }
        if let Some(p) = mem_rfind(str_, s, e, b'@') {
            if let Some(pp) = mem_find(str_, s, p, b':') {
                ret.user = Some(clean(&str_[s..pp]));
                ret.pass = Some(clean(&str_[pp + 1..p]));
            } else {
                ret.user = Some(clean(&str_[s..p]));
            }
            s = p + 1;
        }
        let colon = if s < ue && at(s) == b'[' && e > 0 && at(e - 1) == b']' {
            None
        } else {
            mem_rfind(str_, s.min(e), e, b':')
        };
        let host_end = match colon {
            Some(p) => {
                if ret.port.is_none() {
                    let digits = &str_[p + 1..e];
                    if digits.len() > 5 {
                        return None;
                    }
                    if !digits.is_empty() {
                        ret.port = Some(parse_port(digits)?);
                    }
                }
                p
            }
            None => e,
        };
        if host_end <= s {
            return None;
        }
        ret.host = Some(clean(&str_[s..host_end]));
        if e == ue {
            return Some(ret);
        }
        s = e;
    }
    let mut e = ue;
    if let Some(p) = mem_find(str_, s, e, b'#') {
        ret.fragment = Some(clean(&str_[p + 1..e]));
        e = p;
    }
    if let Some(p) = mem_find(str_, s, e, b'?') {
        ret.query = Some(clean(&str_[p + 1..e]));
        e = p;
    }
    if s < e || s == ue {
        ret.path = Some(clean(&str_[s..e]));
    }
    Some(ret)
}

fn parse_url(cx: &mut Ctx, a: &mut Args) -> NResult {
    let comp = a.int(1);
    if comp > 7 {
        return Err(cx.value_error(
            2,
            &format!("must be a valid URL component identifier, {comp} given"),
        ));
    }
    let Some(u) = parse_url_parts(&a.str(0)) else {
        return Ok(Value::Bool(false));
    };
    let s = |v: Option<Vec<u8>>| v.map_or(Value::Null, Value::from);
    Ok(match comp {
        0 => s(u.scheme),
        1 => s(u.host),
        2 => u.port.map_or(Value::Null, |p| Value::Int(p as i64)),
        3 => s(u.user),
        4 => s(u.pass),
        5 => s(u.path),
        6 => s(u.query),
        7 => s(u.fragment),
        _ => {
            let mut arr = PhpArray::new();
            let mut put = |k: &str, v: Option<Vec<u8>>| {
                if let Some(v) = v {
                    arr.insert(Key::from_bytes(k.as_bytes()), Value::from(v));
                }
            };
            put("scheme", u.scheme);
            put("host", u.host);
            if let Some(p) = u.port {
                arr.insert(Key::from_bytes(b"port"), Value::Int(p as i64));
            }
            let mut put = |k: &str, v: Option<Vec<u8>>| {
                if let Some(v) = v {
                    arr.insert(Key::from_bytes(k.as_bytes()), Value::from(v));
                }
            };
            put("user", u.user);
            put("pass", u.pass);
            put("path", u.path);
            put("query", u.query);
            put("fragment", u.fragment);
            Value::from(arr)
        }
    })
}
