//! HTTP headers as PHP's command-line SAPI has them: `header`, `header_remove`,
//! `headers_list`, `headers_sent`, `http_response_code`, `setcookie`, `setrawcookie`.
//! Nothing is ever sent and `headers_list()` stays empty, but the response code is tracked
//! and, once output has left the output buffers ("headers sent"), every change warns
//! `Cannot modify header information - headers already sent by (output started at F:L)`.

use phpsock_eval::{diag, Args, Ctx, Key, Module, NResult, PhpArray, Unwind, Value};

/// Registers the functions.
pub fn register(m: &mut Module) {
    m.func(
        "header(string $header, bool $replace = true, int $response_code = 0): void",
        header,
    )
    .func("header_remove(?string $name = null): void", header_remove)
    .func("headers_list(): array", headers_list)
    .func(
        "headers_sent(&$filename = null, &$line = null): bool",
        headers_sent,
    )
    .func(
        "http_response_code(int $response_code = 0): int|bool",
        http_response_code,
    )
    .func(
        "setcookie(string $name, string $value = \"\", array|int $expires_or_options = 0, string $path = \"\", string $domain = \"\", bool $secure = false, bool $httponly = false): bool",
        setcookie,
    )
    .func(
        "setrawcookie(string $name, string $value = \"\", array|int $expires_or_options = 0, string $path = \"\", string $domain = \"\", bool $secure = false, bool $httponly = false): bool",
        setrawcookie,
    );
}

const CODE: &str = "http_response_code";

fn response_code(cx: &mut Ctx) -> i64 {
    cx.vm()
        .module_state
        .get(CODE)
        .and_then(|b| b.downcast_ref::<i64>())
        .copied()
        .unwrap_or(0)
}

fn set_response_code(cx: &mut Ctx, code: i64) {
    cx.vm().module_state.insert(CODE, Box::new(code));
}

/// PHP's warning when output has already left the buffers; true if it was raised.
fn warn_if_sent(cx: &mut Ctx) -> Result<bool, Unwind> {
    if !cx.vm().out.started {
        return Ok(false);
    }
    let mut msg = "Cannot modify header information - headers already sent".to_string();
    if let Some((file, line)) = &cx.vm().output_origin {
        msg.push_str(&format!(" by (output started at {file}:{line})"));
    }
    cx.raise(diag::E_WARNING, &msg)?;
    Ok(true)
}

/// The leading integer of `s` after optional blanks, as C's `atoi` reads it.
fn atoi(s: &[u8]) -> i64 {
    let s = s.trim_ascii_start();
    let (neg, digits) = match s.first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let n = digits
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .fold(0i64, |n, &d| {
            n.wrapping_mul(10).wrapping_add(i64::from(d - b'0'))
        });
    if neg {
        -n
    } else {
        n
    }
}

fn header(cx: &mut Ctx, a: &mut Args) -> NResult {
    let line = a.str(0);
    let code = a.int(2);
    if warn_if_sent(cx)? {
        return Ok(Value::Null);
    }
    if line.contains(&b'\n') || line.contains(&b'\r') {
        cx.raise(
            diag::E_WARNING,
            "Header may not contain more than a single header, new line detected",
        )?;
        return Ok(Value::Null);
    }
    if line.contains(&0) {
        cx.raise(diag::E_WARNING, "Header may not contain NUL bytes")?;
        return Ok(Value::Null);
    }
    if line.len() >= 5 && line[..5].eq_ignore_ascii_case(b"HTTP/") {
        // `HTTP/1.1 404 Not Found`: the status line sets the response code.
        let status = line
            .iter()
            .position(|&b| b == b' ')
            .map_or(0, |i| atoi(&line[i + 1..]));
        set_response_code(cx, status);
        return Ok(Value::Null);
    }
    let name = line.split(|&b| b == b':').next().unwrap_or(&[]);
    if name.trim_ascii().eq_ignore_ascii_case(b"location") {
        let current = response_code(cx);
        if !(300..=399).contains(&current) && current != 201 {
            // A redirect: 302 Found unless the call names its own code.
            set_response_code(cx, if code != 0 { code } else { 302 });
        }
    }
    if code != 0 {
        set_response_code(cx, code);
    }
    Ok(Value::Null)
}

fn header_remove(cx: &mut Ctx, _a: &mut Args) -> NResult {
    warn_if_sent(cx)?;
    Ok(Value::Null)
}

/// The command line sends no headers, so it lists none.
fn headers_list(_cx: &mut Ctx, _a: &mut Args) -> NResult {
    Ok(Value::from(PhpArray::new()))
}

fn headers_sent(cx: &mut Ctx, a: &mut Args) -> NResult {
    let sent = cx.vm().out.started;
    let (file, line) = match (&cx.vm().output_origin, sent) {
        (Some((f, l)), true) => (Value::Str(f.clone()), i64::from(*l)),
        _ => (Value::from(""), 0),
    };
    if a.passed() > 0 {
        a.set_ref(0, file);
    }
    if a.passed() > 1 {
        a.set_ref(1, Value::Int(line));
    }
    Ok(Value::Bool(sent))
}

/// `http_response_code()`: the code (false while none is set); with a code, sets it and
/// returns the previous one (true when there was none), headers sent or not (the command
/// line sends none).
fn http_response_code(cx: &mut Ctx, a: &mut Args) -> NResult {
    let code = a.int(0);
    let old = response_code(cx);
    if code == 0 {
        return Ok(if old == 0 {
            Value::Bool(false)
        } else {
            Value::Int(old)
        });
    }
    set_response_code(cx, code);
    Ok(if old == 0 {
        Value::Bool(true)
    } else {
        Value::Int(old)
    })
}

fn setcookie(cx: &mut Ctx, a: &mut Args) -> NResult {
    cookie(cx, a, false)
}

fn setrawcookie(cx: &mut Ctx, a: &mut Args) -> NResult {
    cookie(cx, a, true)
}

/// Characters a cookie's name (and a raw cookie's value) may not hold.
const COOKIE_NAME_BAD: &[u8] = b"=,; \t\r\n\x0b\x0c";
const COOKIE_NAME_LIST: &str = r#""=", ",", ";", " ", "\t", "\r", "\n", "\013", or "\014""#;
const COOKIE_VALUE_BAD: &[u8] = b",; \t\r\n\x0b\x0c";
const COOKIE_VALUE_LIST: &str = r#"",", ";", " ", "\t", "\r", "\n", "\013", or "\014""#;

/// `setcookie`/`setrawcookie`: PHP's checks of the name, value and options; the cookie
/// itself goes nowhere on the command line.
fn cookie(cx: &mut Ctx, a: &Args, raw: bool) -> NResult {
    let fname = cx.fname();
    let mut expires = match a.get(2) {
        Value::Int(n) => n,
        _ => 0,
    };
    let (mut path, mut domain) = (a.str(3), a.str(4));
    if let Value::Array(opts) = a.get(2) {
        if a.passed() > 3 {
            let msg = format!(
                "{fname}(): Expects exactly 3 arguments when argument #3 ($expires_or_options) is an array"
            );
            return Err(cx.throw("ArgumentCountError", msg));
        }
        expires = 0;
        for (k, v) in opts.iter() {
            let key = match &k {
                Key::Str(s) => s.to_string_lossy(),
                Key::Int(i) => i.to_string(),
            };
            match key.as_str() {
                "expires" => expires = v.to_int(),

                "path" => path = cx.to_str(v)?,
                "domain" => domain = cx.to_str(v)?,
                "secure" | "httponly" | "samesite" => {}
                _ => {
                    let msg = format!("{fname}(): option \"{key}\" is invalid");
                    return Err(cx.throw("ValueError", msg));
                }
            }
        }
    }
    let name = a.str(0);
    if name.is_empty() {
        return Err(cx.value_error(1, "cannot be empty"));
    }
    if name.iter().any(|b| COOKIE_NAME_BAD.contains(b)) {
        return Err(cx.value_error(1, &format!("cannot contain {COOKIE_NAME_LIST}")));
    }
    if raw && a.str(1).iter().any(|b| COOKIE_VALUE_BAD.contains(b)) {
        return Err(cx.value_error(2, &format!("cannot contain {COOKIE_VALUE_LIST}")));
    }
    if expires > 0 && super::super::env::tz::fields(expires).year > 9999 {
        let msg = format!("{fname}(): \"expires\" option cannot have a year greater than 9999");
        return Err(cx.throw("ValueError", msg));
    }
    for (what, v) in [("path", &path), ("domain", &domain)] {
        if v.iter().any(|b| COOKIE_VALUE_BAD.contains(b)) {
            let msg = format!("{fname}(): \"{what}\" option cannot contain {COOKIE_VALUE_LIST}");
            return Err(cx.throw("ValueError", msg));
        }
    }
    Ok(Value::Bool(!warn_if_sent(cx)?))
}
