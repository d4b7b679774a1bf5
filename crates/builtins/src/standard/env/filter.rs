//! `filter_var` and its constants: the validate filters (int, float, bool, email, URL, IP,
//! regexp, domain, MAC), the sanitize filters, `FILTER_CALLBACK`, and the array flags.

use super::net::{parse_ipv4, parse_ipv6};
use phpsock_eval::{Args, Ctx, Key, Module, NResult, PhpArray, Value};

const VALIDATE_INT: i64 = 257;
const VALIDATE_BOOL: i64 = 258;
const VALIDATE_FLOAT: i64 = 259;
const VALIDATE_REGEXP: i64 = 272;
const VALIDATE_DOMAIN: i64 = 277;
const VALIDATE_URL: i64 = 273;
const VALIDATE_EMAIL: i64 = 274;
const VALIDATE_IP: i64 = 275;
const VALIDATE_MAC: i64 = 276;
const DEFAULT: i64 = 516;
const SANITIZE_STRING: i64 = 513;
const SANITIZE_ENCODED: i64 = 514;
const SANITIZE_SPECIAL_CHARS: i64 = 515;
const SANITIZE_FULL_SPECIAL_CHARS: i64 = 522;
const SANITIZE_EMAIL: i64 = 517;
const SANITIZE_URL: i64 = 518;
const SANITIZE_NUMBER_INT: i64 = 519;
const SANITIZE_NUMBER_FLOAT: i64 = 520;
const SANITIZE_ADD_SLASHES: i64 = 523;
const CALLBACK: i64 = 1024;

const FLAG_ALLOW_OCTAL: i64 = 1;
const FLAG_ALLOW_HEX: i64 = 2;
const FLAG_STRIP_LOW: i64 = 4;
const FLAG_STRIP_HIGH: i64 = 8;
const FLAG_ENCODE_LOW: i64 = 16;
const FLAG_ENCODE_HIGH: i64 = 32;
const FLAG_ENCODE_AMP: i64 = 64;
const FLAG_NO_ENCODE_QUOTES: i64 = 128;
const FLAG_ALLOW_FRACTION: i64 = 4096;
const FLAG_ALLOW_THOUSAND: i64 = 8192;
const FLAG_ALLOW_SCIENTIFIC: i64 = 16384;
const FLAG_PATH_REQUIRED: i64 = 262144;
const FLAG_QUERY_REQUIRED: i64 = 524288;
const FLAG_IPV4: i64 = 1048576;
const FLAG_IPV6: i64 = 2097152;
const FLAG_NO_RES_RANGE: i64 = 4194304;
const FLAG_NO_PRIV_RANGE: i64 = 8388608;
const FLAG_GLOBAL_RANGE: i64 = 268435456;
const FLAG_HOSTNAME: i64 = 1048576;
const NULL_ON_FAILURE: i64 = 134217728;
const REQUIRE_SCALAR: i64 = 33554432;
const REQUIRE_ARRAY: i64 = 16777216;
const FORCE_ARRAY: i64 = 67108864;

/// Registers `filter_var`, `filter_list`, `filter_id` and the `FILTER_*` constants.
pub fn register(m: &mut Module) {
    m.func(
        "filter_var(mixed $value, int $filter = FILTER_DEFAULT, array|int $options = 0): mixed",
        filter_var,
    )
    .func("filter_list(): array", filter_list)
    .func("filter_id(string $name): int|false", filter_id);
    for (n, v) in [
        ("FILTER_VALIDATE_INT", VALIDATE_INT),
        ("FILTER_VALIDATE_BOOLEAN", VALIDATE_BOOL),
        ("FILTER_VALIDATE_BOOL", VALIDATE_BOOL),
        ("FILTER_VALIDATE_FLOAT", VALIDATE_FLOAT),
        ("FILTER_VALIDATE_REGEXP", VALIDATE_REGEXP),
        ("FILTER_VALIDATE_DOMAIN", VALIDATE_DOMAIN),
        ("FILTER_VALIDATE_URL", VALIDATE_URL),
        ("FILTER_VALIDATE_EMAIL", VALIDATE_EMAIL),
        ("FILTER_VALIDATE_IP", VALIDATE_IP),
        ("FILTER_VALIDATE_MAC", VALIDATE_MAC),
        ("FILTER_DEFAULT", DEFAULT),
        ("FILTER_UNSAFE_RAW", DEFAULT),
        ("FILTER_SANITIZE_STRING", SANITIZE_STRING),
        ("FILTER_SANITIZE_STRIPPED", SANITIZE_STRING),
        ("FILTER_SANITIZE_ENCODED", SANITIZE_ENCODED),
        ("FILTER_SANITIZE_SPECIAL_CHARS", SANITIZE_SPECIAL_CHARS),
        (
            "FILTER_SANITIZE_FULL_SPECIAL_CHARS",
            SANITIZE_FULL_SPECIAL_CHARS,
        ),
        ("FILTER_SANITIZE_EMAIL", SANITIZE_EMAIL),
        ("FILTER_SANITIZE_URL", SANITIZE_URL),
        ("FILTER_SANITIZE_NUMBER_INT", SANITIZE_NUMBER_INT),
        ("FILTER_SANITIZE_NUMBER_FLOAT", SANITIZE_NUMBER_FLOAT),
        ("FILTER_SANITIZE_ADD_SLASHES", SANITIZE_ADD_SLASHES),
        ("FILTER_CALLBACK", CALLBACK),
        ("FILTER_FLAG_NONE", 0),
        ("FILTER_FLAG_ALLOW_OCTAL", FLAG_ALLOW_OCTAL),
        ("FILTER_FLAG_ALLOW_HEX", FLAG_ALLOW_HEX),
        ("FILTER_FLAG_STRIP_LOW", FLAG_STRIP_LOW),
        ("FILTER_FLAG_STRIP_HIGH", FLAG_STRIP_HIGH),
        ("FILTER_FLAG_STRIP_BACKTICK", 512),
        ("FILTER_FLAG_ENCODE_LOW", FLAG_ENCODE_LOW),
        ("FILTER_FLAG_ENCODE_HIGH", FLAG_ENCODE_HIGH),
        ("FILTER_FLAG_ENCODE_AMP", FLAG_ENCODE_AMP),
        ("FILTER_FLAG_NO_ENCODE_QUOTES", FLAG_NO_ENCODE_QUOTES),
        ("FILTER_FLAG_EMPTY_STRING_NULL", 256),
        ("FILTER_FLAG_ALLOW_FRACTION", FLAG_ALLOW_FRACTION),
        ("FILTER_FLAG_ALLOW_THOUSAND", FLAG_ALLOW_THOUSAND),
        ("FILTER_FLAG_ALLOW_SCIENTIFIC", FLAG_ALLOW_SCIENTIFIC),
        ("FILTER_FLAG_PATH_REQUIRED", FLAG_PATH_REQUIRED),
        ("FILTER_FLAG_QUERY_REQUIRED", FLAG_QUERY_REQUIRED),
        ("FILTER_FLAG_IPV4", FLAG_IPV4),
        ("FILTER_FLAG_IPV6", FLAG_IPV6),
        ("FILTER_FLAG_NO_RES_RANGE", FLAG_NO_RES_RANGE),
        ("FILTER_FLAG_NO_PRIV_RANGE", FLAG_NO_PRIV_RANGE),
        ("FILTER_FLAG_GLOBAL_RANGE", FLAG_GLOBAL_RANGE),
        ("FILTER_FLAG_HOSTNAME", FLAG_HOSTNAME),
        ("FILTER_FLAG_EMAIL_UNICODE", 1048576),
        ("FILTER_NULL_ON_FAILURE", NULL_ON_FAILURE),
        ("FILTER_REQUIRE_SCALAR", REQUIRE_SCALAR),
        ("FILTER_REQUIRE_ARRAY", REQUIRE_ARRAY),
        ("FILTER_FORCE_ARRAY", FORCE_ARRAY),
        ("INPUT_POST", 0),
        ("INPUT_GET", 1),
        ("INPUT_COOKIE", 2),
        ("INPUT_ENV", 4),
        ("INPUT_SERVER", 5),
    ] {
        m.constant(n, Value::Int(v));
    }
}

const NAMES: [(&str, i64); 21] = [
    ("int", VALIDATE_INT),
    ("boolean", VALIDATE_BOOL),
    ("bool", VALIDATE_BOOL),
    ("float", VALIDATE_FLOAT),
    ("validate_regexp", VALIDATE_REGEXP),
    ("validate_domain", VALIDATE_DOMAIN),
    ("validate_url", VALIDATE_URL),
    ("validate_email", VALIDATE_EMAIL),
    ("validate_ip", VALIDATE_IP),
    ("validate_mac", VALIDATE_MAC),
    ("string", SANITIZE_STRING),
    ("stripped", SANITIZE_STRING),
    ("encoded", SANITIZE_ENCODED),
    ("special_chars", SANITIZE_SPECIAL_CHARS),
    ("full_special_chars", SANITIZE_FULL_SPECIAL_CHARS),
    ("unsafe_raw", DEFAULT),
    ("email", SANITIZE_EMAIL),
    ("url", SANITIZE_URL),
    ("number_int", SANITIZE_NUMBER_INT),
    ("number_float", SANITIZE_NUMBER_FLOAT),
    ("add_slashes", SANITIZE_ADD_SLASHES),
];

fn filter_list(_cx: &mut Ctx, _a: &mut Args) -> NResult {
    let mut names: Vec<Value> = NAMES.iter().map(|(n, _)| Value::from(*n)).collect();
    names.push(Value::from("callback"));
    Ok(Value::from(PhpArray::from_values(names)))
}

fn filter_id(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let n = a.str(0);
    if n.as_bytes() == b"callback" {
        return Ok(Value::Int(CALLBACK));
    }
    Ok(NAMES
        .iter()
        .find(|(name, _)| name.as_bytes() == n.as_bytes())
        .map_or(Value::Bool(false), |(_, id)| Value::Int(*id)))
}

/// The filter's options: flags and the `options` array.
struct Opts {
    flags: i64,
    options: Option<std::rc::Rc<PhpArray>>,
    callback: Option<Value>,
}

impl Opts {
    fn opt(&self, k: &str) -> Option<Value> {
        self.options
            .as_ref()
            .and_then(|o| o.get(&Key::from_bytes(k.as_bytes())).map(Value::deref))
    }
}

fn filter_var(cx: &mut Ctx, a: &mut Args) -> NResult {
    let value = a.get(0);
    let filter = a.int(1);
    let mut opts = Opts {
        flags: 0,
        options: None,
        callback: None,
    };
    match a.get(2) {
        Value::Array(arr) => {
            if let Some(f) = arr.get(&Key::from_bytes(b"flags")) {
                opts.flags = f.deref().to_int();
            }
            if let Some(o) = arr.get(&Key::from_bytes(b"options")) {
                match o.deref() {
                    Value::Array(oa) if filter != CALLBACK => opts.options = Some(oa),
                    other => opts.callback = Some(other),
                }
            }
        }
        v => opts.flags = v.to_int(),
    }
    let known =
        filter == CALLBACK || filter == DEFAULT || NAMES.iter().any(|(_, id)| *id == filter);
    if !known {
        cx.warn(format!("Unknown filter with ID {filter}"))?;
        return Ok(Value::Bool(false));
    }
    if filter == CALLBACK {
        let cb = match opts.callback.clone() {
            Some(cb) if cx.is_callable(&cb)? => cb,
            _ => {
                return Err(cx.throw("TypeError", "filter_var(): Option must be a valid callback"));
            }
        };
        return apply_callback(cx, &value, &cb);
    }
    if opts.flags & (REQUIRE_ARRAY | FORCE_ARRAY) != 0 {
        let arr = match value {
            Value::Array(arr) => arr,
            v if opts.flags & FORCE_ARRAY != 0 => std::rc::Rc::new(PhpArray::from_values(vec![v])),
            _ => return Ok(failure(&opts)),
        };
        return filter_array(cx, &arr, filter, &opts);
    }
    match value {
        Value::Array(_) => Ok(failure(&opts)),
        Value::Object(o) if o.class().magic.to_string.is_none() => Ok(failure(&opts)),
        v => filter_scalar(cx, &v, filter, &opts),
    }
}

fn apply_callback(cx: &mut Ctx, v: &Value, cb: &Value) -> NResult {
    if let Value::Array(arr) = v {
        let mut out = PhpArray::new();
        for (k, x) in arr.iter() {
            let r = apply_callback(cx, x, cb)?;
            out.insert(k, r);
        }
        return Ok(Value::from(out));
    }
    let s = cx.to_str(v)?;
    cx.call(cb, vec![Value::Str(s)])
}

fn filter_array(cx: &mut Ctx, arr: &PhpArray, filter: i64, opts: &Opts) -> NResult {
    let mut out = PhpArray::new();
    for (k, x) in arr.iter() {
        let x = x.deref();
        let r = match &x {
            Value::Array(inner) => filter_array(cx, inner, filter, opts)?,
            v => filter_scalar(cx, v, filter, opts)?,
        };
        out.insert(k, r);
    }
    Ok(Value::from(out))
}

fn failure(opts: &Opts) -> Value {
    if let Some(d) = opts.opt("default") {
        return d;
    }
    if opts.flags & NULL_ON_FAILURE != 0 {
        Value::Null
    } else {
        Value::Bool(false)
    }
}

fn trim_ws(s: &[u8]) -> &[u8] {
    let ws = |c: &u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\0');
    let start = s.iter().position(|c| !ws(c)).unwrap_or(s.len());
    let end = s.iter().rposition(|c| !ws(c)).map_or(start, |e| e + 1);
    &s[start..end.max(start)]
}

fn filter_scalar(cx: &mut Ctx, v: &Value, filter: i64, opts: &Opts) -> NResult {
    if filter == VALIDATE_BOOL {
        if let Value::Bool(b) = v {
            return Ok(Value::Bool(*b));
        }
    }
    if v.is_null() && filter != DEFAULT {
        return Ok(
            if filter == VALIDATE_BOOL && opts.flags & NULL_ON_FAILURE != 0 {
                Value::Bool(false)
            } else {
                failure(opts)
            },
        );
    }
    let s = match v {
        Value::Bool(false) => phpsock_eval::PhpStr::empty(),
        v => cx.to_str(v)?,
    };
    let out = match filter {
        VALIDATE_INT => validate_int(&s, opts),
        VALIDATE_FLOAT => validate_float(&s, opts),
        VALIDATE_BOOL => {
            let t = trim_ws(&s).to_ascii_lowercase();
            match t.as_slice() {
                b"1" | b"true" | b"on" | b"yes" => Some(Value::Bool(true)),
                b"0" | b"false" | b"off" | b"no" | b"" => Some(Value::Bool(false)),
                _ => None,
            }
        }
        VALIDATE_EMAIL => valid_email(&s).then(|| Value::Str(s.clone())),
        VALIDATE_URL => valid_url(&s, opts.flags).then(|| Value::Str(s.clone())),
        VALIDATE_IP => valid_ip(&s, opts.flags).then(|| Value::Str(s.clone())),
        VALIDATE_MAC => valid_mac(&s).then(|| Value::Str(s.clone())),
        VALIDATE_DOMAIN => {
            valid_domain(&s, opts.flags & FLAG_HOSTNAME != 0).then(|| Value::Str(s.clone()))
        }
        VALIDATE_REGEXP => return validate_regexp(cx, &s, opts),
        _ => Some(Value::from(sanitize(&s, filter, opts.flags))),
    };
    Ok(out.unwrap_or_else(|| failure(opts)))
}

fn validate_regexp(cx: &mut Ctx, s: &phpsock_eval::PhpStr, opts: &Opts) -> NResult {
    let re = match opts.opt("regexp") {
        Some(r) => r,
        None => return Err(cx.throw("ValueError", "filter_var(): \"regexp\" option missing")),
    };
    let f = match cx.vm().find_function(b"preg_match") {
        Some(_) => Value::from("preg_match"),
        None => return Ok(failure(opts)),
    };
    let r = cx.call(&f, vec![re, Value::Str(s.clone())])?;
    Ok(if r.to_int() > 0 {
        Value::Str(s.clone())
    } else {
        failure(opts)
    })
}

fn in_range(n: f64, opts: &Opts) -> bool {
    if let Some(min) = opts.opt("min_range") {
        if n < min.to_float() {
            return false;
        }
    }
    if let Some(max) = opts.opt("max_range") {
        if n > max.to_float() {
            return false;
        }
    }
    true
}

fn validate_int(s: &[u8], opts: &Opts) -> Option<Value> {
    let t = trim_ws(s);
    if t.is_empty() {
        return None;
    }
    let n: i64 =
        if opts.flags & FLAG_ALLOW_HEX != 0 && (t.starts_with(b"0x") || t.starts_with(b"0X")) {
            let h = &t[2..];
            if h.is_empty() || !h.iter().all(u8::is_ascii_hexdigit) {
                return None;
            }
            i64::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok()?
        } else if opts.flags & FLAG_ALLOW_OCTAL != 0 && t.len() > 1 && t[0] == b'0' {
            let o = if t.len() > 2 && (t[1] == b'o' || t[1] == b'O') {
                &t[2..]
            } else {
                &t[1..]
            };
            if o.is_empty() || !o.iter().all(|c| (b'0'..=b'7').contains(c)) {
                return None;
            }
            i64::from_str_radix(std::str::from_utf8(o).ok()?, 8).ok()?
        } else {
            let (neg, digits) = match t[0] {
                b'-' => (true, &t[1..]),
                b'+' => (false, &t[1..]),
                _ => (false, t),
            };
            if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
                return None;
            }
            if digits.len() > 1 && digits[0] == b'0' {
                return None;
            }
            let txt = std::str::from_utf8(digits).ok()?;
            if neg {
                format!("-{txt}").parse().ok()?
            } else {
                txt.parse().ok()?
            }
        };
    in_range(n as f64, opts).then_some(Value::Int(n))
}

fn validate_float(s: &[u8], opts: &Opts) -> Option<Value> {
    let t = trim_ws(s);
    if t.is_empty() {
        return None;
    }
    let dec = opts
        .opt("decimal")
        .map(|d| d.scalar_to_str(14).unwrap_or_default().to_vec())
        .unwrap_or_else(|| b".".to_vec());
    let dec = *dec.first().unwrap_or(&b'.');
    let thousand = opts
        .opt("thousand")
        .and_then(|d| d.scalar_to_str(14).and_then(|s| s.first().copied()))
        .unwrap_or(b',');
    let mut norm = Vec::new();
    let mut i = 0;
    if matches!(t[0], b'-' | b'+') {
        norm.push(t[0]);
        i = 1;
    }
    let mut seen_digit = false;
    let mut seen_dot = false;
    let mut seen_exp = false;
    while i < t.len() {
        let c = t[i];
        if c.is_ascii_digit() {
            seen_digit = true;
            norm.push(c);
        } else if c == dec && !seen_dot && !seen_exp {
            seen_dot = true;
            norm.push(b'.');
        } else if (c == b'e' || c == b'E') && seen_digit && !seen_exp {
            seen_exp = true;
            norm.push(b'e');
            if i + 1 < t.len() && matches!(t[i + 1], b'-' | b'+') {
                norm.push(t[i + 1]);
                i += 1;
            }
        } else if c == thousand
            && opts.flags & FLAG_ALLOW_THOUSAND != 0
            && seen_digit
            && !seen_dot
            && !seen_exp
        {
            // Thousands separators are skipped.
        } else {
            return None;
        }
        i += 1;
    }
    if !seen_digit {
        return None;
    }
    let txt = std::str::from_utf8(&norm).ok()?;
    let f: f64 = txt.parse().ok()?;
    if !f.is_finite() {
        return None;
    }
    in_range(f, opts).then_some(Value::Float(f))
}

fn valid_label(l: &[u8], hostname: bool) -> bool {
    if l.is_empty() || l.len() > 63 {
        return false;
    }
    if !hostname {
        return true;
    }
    if l[0] == b'-' || l[l.len() - 1] == b'-' {
        return false;
    }
    l.iter().all(|&c| c.is_ascii_alphanumeric() || c == b'-')
}

fn valid_domain(s: &[u8], hostname: bool) -> bool {
    let s = s.strip_suffix(b".").unwrap_or(s);
    if s.is_empty() || s.len() > 253 {
        return false;
    }
    s.split(|&c| c == b'.').all(|l| valid_label(l, hostname))
}

fn valid_email(s: &[u8]) -> bool {
    if s.len() > 320 {
        return false;
    }
    let at = match s.iter().rposition(|&c| c == b'@') {
        Some(p) => p,
        None => return false,
    };
    let (local, domain) = (&s[..at], &s[at + 1..]);
    if local.is_empty() || local.len() > 64 || domain.is_empty() {
        return false;
    }
    let atext = |c: u8| c.is_ascii_alphanumeric() || b"!#$%&'*+/=?^_`{|}~-".contains(&c);
    if local[0] == b'.' || local[local.len() - 1] == b'.' || local.windows(2).any(|w| w == b"..") {
        return false;
    }
    if !local.iter().all(|&c| atext(c) || c == b'.') {
        return false;
    }
    if let Some(inner) = domain.strip_prefix(b"[").and_then(|d| d.strip_suffix(b"]")) {
        let t = String::from_utf8_lossy(inner);
        return parse_ipv4(&t).is_some() || t.strip_prefix("IPv6:").and_then(parse_ipv6).is_some();
    }
    let labels: Vec<&[u8]> = domain.split(|&c| c == b'.').collect();
    labels.len() >= 2 && labels.iter().all(|l| valid_label(l, true))
}

fn valid_url(s: &[u8], flags: i64) -> bool {
    if s.iter().any(|&c| c <= b' ' || c >= 0x7f) {
        return false;
    }
    let colon = match s.iter().position(|&c| c == b':') {
        Some(p) => p,
        None => return false,
    };
    let scheme = &s[..colon];
    if scheme.is_empty()
        || !scheme[0].is_ascii_alphabetic()
        || !scheme
            .iter()
            .all(|&c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'-' | b'.'))
    {
        return false;
    }
    let rest = &s[colon + 1..];
    let (host, after) = match rest.strip_prefix(b"//") {
        Some(r) => {
            let end = r
                .iter()
                .position(|&c| matches!(c, b'/' | b'?' | b'#'))
                .unwrap_or(r.len());
            let auth = &r[..end];
            let hostport = match auth.iter().rposition(|&c| c == b'@') {
                Some(p) => &auth[p + 1..],
                None => auth,
            };
            let host = if hostport.starts_with(b"[") {
                match hostport.iter().position(|&c| c == b']') {
                    Some(p) => &hostport[..=p],
                    None => return false,
                }
            } else {
                match hostport.iter().position(|&c| c == b':') {
                    Some(p) => {
                        let port = &hostport[p + 1..];
                        if !port.iter().all(u8::is_ascii_digit) {
                            return false;
                        }
                        &hostport[..p]
                    }
                    None => hostport,
                }
            };
            (Some(host), &r[end..])
        }
        None => (None, rest),
    };
    let lower = scheme.to_ascii_lowercase();
    if lower == b"http" || lower == b"https" {
        match host {
            Some(h) if !h.is_empty() => {
                if !h.starts_with(b"[") && !valid_domain(h, true) {
                    return false;
                }
            }
            _ => return false,
        }
    } else if let Some(h) = host {
        if h.is_empty() && lower != b"file" {
            return false;
        }
    } else if rest.is_empty() {
        return false;
    }
    let path_end = after
        .iter()
        .position(|&c| matches!(c, b'?' | b'#'))
        .unwrap_or(after.len());
    if flags & FLAG_PATH_REQUIRED != 0 && (host.is_none() || path_end == 0) {
        return false;
    }
    if flags & FLAG_QUERY_REQUIRED != 0 && !after.contains(&b'?') {
        return false;
    }
    true
}

fn valid_ip(s: &[u8], flags: i64) -> bool {
    let t = String::from_utf8_lossy(s);
    let want4 = flags & FLAG_IPV4 != 0;
    let want6 = flags & FLAG_IPV6 != 0;
    let (any4, any6) = (!want4 && !want6, !want4 && !want6);
    let no_priv = flags & (FLAG_NO_PRIV_RANGE | FLAG_GLOBAL_RANGE) != 0;
    let no_res = flags & (FLAG_NO_RES_RANGE | FLAG_GLOBAL_RANGE) != 0;
    if let Some(v4) = parse_ipv4(&t) {
        if !(want4 || any4) {
            return false;
        }
        let o = v4.octets();
        if no_priv
            && (o[0] == 10
                || (o[0] == 172 && (16..=31).contains(&o[1]))
                || (o[0] == 192 && o[1] == 168))
        {
            return false;
        }
        if no_res && (o[0] == 0 || o[0] == 127 || o[0] >= 240 || (o[0] == 169 && o[1] == 254)) {
            return false;
        }
        return true;
    }
    if !t.contains(':') {
        return false;
    }
    if let Some(v6) = parse_ipv6(&t) {
        if !(want6 || any6) {
            return false;
        }
        let seg = v6.segments();
        if no_priv && (seg[0] & 0xfe00) == 0xfc00 {
            return false;
        }
        if no_res {
            let lo = seg[..7].iter().all(|&x| x == 0);
            if (lo && seg[7] <= 1)
                || (seg[0] & 0xffc0) == 0xfe80
                || (seg[..5].iter().all(|&x| x == 0) && seg[5] == 0xffff)
                || seg[0] == 0x2001 && seg[1] == 0x0db8
            {
                return false;
            }
        }
        return true;
    }
    false
}

fn valid_mac(s: &[u8]) -> bool {
    let t = String::from_utf8_lossy(s);
    let groups: Vec<&str> = if t.len() == 14 && t.matches('.').count() == 2 {
        return t
            .split('.')
            .all(|g| g.len() == 4 && g.bytes().all(|c| c.is_ascii_hexdigit()));
    } else if t.contains(':') {
        t.split(':').collect()
    } else {
        t.split('-').collect()
    };
    groups.len() == 6
        && groups
            .iter()
            .all(|g| g.len() == 2 && g.bytes().all(|c| c.is_ascii_hexdigit()))
}

fn strip_flags(c: u8, flags: i64) -> bool {
    (c < 32 && flags & FLAG_STRIP_LOW != 0) || (c > 127 && flags & FLAG_STRIP_HIGH != 0)
}

fn sanitize(s: &[u8], filter: i64, flags: i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    match filter {
        SANITIZE_SPECIAL_CHARS => {
            for &c in s {
                if strip_flags(c, flags) {
                    continue;
                }
                if matches!(c, b'"' | b'\'' | b'<' | b'>' | b'&')
                    || c < 32
                    || (c > 127 && flags & FLAG_ENCODE_HIGH != 0)
                {
                    out.extend_from_slice(format!("&#{};", c).as_bytes());
                } else {
                    out.push(c);
                }
            }
        }
        SANITIZE_FULL_SPECIAL_CHARS => {
            for &c in s {
                match c {
                    b'&' => out.extend_from_slice(b"&amp;"),
                    b'<' => out.extend_from_slice(b"&lt;"),
                    b'>' => out.extend_from_slice(b"&gt;"),
                    b'"' if flags & FLAG_NO_ENCODE_QUOTES == 0 => out.extend_from_slice(b"&quot;"),
                    b'\'' if flags & FLAG_NO_ENCODE_QUOTES == 0 => out.extend_from_slice(b"&#039;"),
                    c => out.push(c),
                }
            }
        }
        SANITIZE_STRING => {
            let mut in_tag = false;
            for &c in s {
                match c {
                    b'<' => in_tag = true,
                    b'>' if in_tag => in_tag = false,
                    _ if in_tag => {}
                    b'"' if flags & FLAG_NO_ENCODE_QUOTES == 0 => out.extend_from_slice(b"&#34;"),
                    b'\'' if flags & FLAG_NO_ENCODE_QUOTES == 0 => out.extend_from_slice(b"&#39;"),
                    c if strip_flags(c, flags) => {}
                    c => out.push(c),
                }
            }
        }
        SANITIZE_ENCODED => {
            for &c in s {
                if strip_flags(c, flags) {
                    continue;
                }
                if c.is_ascii_alphanumeric() || matches!(c, b'-' | b'.' | b'_') {
                    out.push(c);
                } else {
                    out.extend_from_slice(format!("%{:02X}", c).as_bytes());
                }
            }
        }
        SANITIZE_EMAIL => {
            let allowed = b"!#$%&'*+-=?^_`{|}~@.[]";
            out.extend(
                s.iter()
                    .copied()
                    .filter(|c| c.is_ascii_alphanumeric() || allowed.contains(c)),
            );
        }
        SANITIZE_URL => {
            let allowed = b"$-_.+!*'(),{}|\\^~[]`<>#%\";/?:@&=";
            out.extend(
                s.iter()
                    .copied()
                    .filter(|c| c.is_ascii_alphanumeric() || allowed.contains(c)),
            );
        }
        SANITIZE_NUMBER_INT => {
            out.extend(
                s.iter()
                    .copied()
                    .filter(|c| c.is_ascii_digit() || matches!(c, b'+' | b'-')),
            );
        }
        SANITIZE_NUMBER_FLOAT => {
            out.extend(s.iter().copied().filter(|&c| {
                c.is_ascii_digit()
                    || matches!(c, b'+' | b'-')
                    || (c == b'.' && flags & FLAG_ALLOW_FRACTION != 0)
                    || (c == b',' && flags & FLAG_ALLOW_THOUSAND != 0)
                    || ((c == b'e' || c == b'E') && flags & FLAG_ALLOW_SCIENTIFIC != 0)
            }));
        }
        SANITIZE_ADD_SLASHES => {
            for &c in s {
                match c {
                    b'\'' | b'"' | b'\\' => {
                        out.push(b'\\');
                        out.push(c);
                    }
                    0 => out.extend_from_slice(b"\\0"),
                    c => out.push(c),
                }
            }
        }
        _ => {
            for &c in s {
                if strip_flags(c, flags) {
                    continue;
                }
                if (c < 32 && flags & FLAG_ENCODE_LOW != 0)
                    || (c > 127 && flags & FLAG_ENCODE_HIGH != 0)
                    || (c == b'&' && flags & FLAG_ENCODE_AMP != 0)
                {
                    out.extend_from_slice(format!("&#{};", c).as_bytes());
                } else {
                    out.push(c);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_and_urls() {
        assert!(valid_email(b"a.b+c@example.com"));
        assert!(!valid_email(b"a@b"));
        assert!(valid_url(b"ftp://user:pw@host:21/p?q=1#f", 0));
        assert!(!valid_url(b"http://", 0));
        assert!(valid_url(b"mailto:a@b.c", 0));
    }
}
