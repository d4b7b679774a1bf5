//! Splitting and joining: `explode`, `implode`/`join`, `strtok`, `str_getcsv`.

use super::util::{find, plain_mask};
use phpsock_eval::{Args, Ctx, Module, NResult, PhpArray, PhpStr, Value};

pub(super) fn register(m: &mut Module) {
    m.func(
        "explode(string $separator, string $string, int $limit = PHP_INT_MAX): array",
        explode,
    )
    .func(
        "implode(array|string $separator, ?array $array = null): string",
        implode,
    )
    .func("join(array|string $separator, ?array $array = null): string", implode)
    .func("strtok(string $string, ?string $token = null): string|false", strtok)
    .func(
        "str_getcsv(string $string, string $separator = \",\", string $enclosure = '\"', string $escape = '\\'): array",
        str_getcsv,
    );
}

fn explode(cx: &mut Ctx, a: &mut Args) -> NResult {
    let sep = a.str(0);
    let s = a.str(1);
    let limit = a.int(2);
    if sep.is_empty() {
        return Err(cx.value_error(1, "cannot be empty"));
    }
    let mut arr = PhpArray::new();
    if s.is_empty() {
        if limit >= 0 {
            arr.push(Value::from("")).ok();
        }
        return Ok(Value::from(arr));
    }
    if limit == 0 || limit == 1 {
        arr.push(Value::Str(s)).ok();
        return Ok(Value::from(arr));
    }
    let mut parts: Vec<&[u8]> = Vec::new();
    let mut rest: &[u8] = &s;
    while let Some(p) = find(rest, &sep) {
        if limit > 1 && parts.len() as i64 == limit - 1 {
            break;
        }
        parts.push(&rest[..p]);
        rest = &rest[p + sep.len()..];
    }
    parts.push(rest);
    if limit < 0 {
        let keep = parts.len() as i128 + limit as i128;
        parts.truncate(keep.max(0) as usize);
    }
    for p in parts {
        arr.push(Value::str(p)).ok();
    }
    Ok(Value::from(arr))
}

fn implode(cx: &mut Ctx, a: &mut Args) -> NResult {
    let (sep, arr) = match (a.get(0), a.get(1)) {
        (Value::Array(arr), Value::Null) => (PhpStr::empty(), arr),
        (Value::Array(_), _) => {
            return Err(cx.type_error(1, "must be of type string, array given"));
        }
        (_, Value::Null) => {
            let m = format!(
                "{}(): Argument #1 ($array) must be of type array, string given",
                cx.fname()
            );
            return Err(cx.throw("TypeError", m));
        }
        (sep, Value::Array(arr)) => (cx.to_str(&sep)?, arr),
        _ => return Ok(Value::from("")),
    };
    let mut out = Vec::new();
    for (i, v) in arr.values().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        let s = cx.to_str(&v.deref())?;
        out.extend_from_slice(&s);
    }
    Ok(Value::from(out))
}

/// `strtok`'s remembered string and position.
struct TokState {
    s: PhpStr,
    pos: usize,
}

fn strtok(cx: &mut Ctx, a: &mut Args) -> NResult {
    let token = match a.opt_str(1) {
        Some(tok) => {
            let st = TokState {
                s: a.str(0),
                pos: 0,
            };
            cx.vm().module_state.insert("strtok", Box::new(st));
            tok
        }
        None => a.str(0),
    };
    let mask = plain_mask(&token);
    let vm = cx.vm();
    let Some(st) = vm
        .module_state
        .get_mut("strtok")
        .and_then(|b| b.downcast_mut::<TokState>())
    else {
        return Ok(Value::Bool(false));
    };
    let s = st.s.clone();
    let mut p = st.pos;
    while p < s.len() && mask[s[p] as usize] {
        p += 1;
    }
    if p >= s.len() {
        vm.module_state.remove("strtok");
        return Ok(Value::Bool(false));
    }
    let start = p;
    while p < s.len() && !mask[s[p] as usize] {
        p += 1;
    }
    st.pos = p + 1;
    Ok(Value::str(&s[start..p]))
}

/// C's `isspace` in the "C" locale.
pub(super) fn is_c_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// Strips one trailing `\r\n`, `\n` or `\r`.
fn strip_line_end(s: &[u8]) -> &[u8] {
    if s.ends_with(b"\r\n") {
        &s[..s.len() - 2]
    } else if s.ends_with(b"\n") || s.ends_with(b"\r") {
        &s[..s.len() - 1]
    } else {
        s
    }
}

/// Parses one CSV record as PHP's `str_getcsv` does (no stream: an unterminated enclosure
/// takes the rest of the input).
pub(super) fn parse_csv(buf: &[u8], delim: u8, encl: u8, esc: Option<u8>) -> Vec<Option<Vec<u8>>> {
    let limit = strip_line_end(buf).len();
    let line_end = &buf[limit..];
    let at = |i: usize| if i < buf.len() { buf[i] } else { 0 };
    let mut out = Vec::new();
    let mut b = 0usize;
    let mut first = true;
    loop {
        let mut more = b < limit;
        if more {
            let mut t = b;
            while t < buf.len() && at(t) != delim && is_c_space(at(t)) {
                t += 1;
            }
            if t < limit && at(t) == encl {
                b = t;
            }
        }
        if first && b == limit {
            out.push(None);
            break;
        }
        first = false;
        let mut field = Vec::new();
        if more && at(b) == encl {
            b += 1;
            let mut hunk = b;
            let mut state = 0;
            loop {
                if b >= limit {
                    match state {
                        2 => {
                            field.extend_from_slice(&buf[hunk..b - 1]);
                            hunk = b;
                        }
                        _ => {
                            field.extend_from_slice(&buf[hunk..b]);
                            hunk = b;
                            field.extend_from_slice(line_end);
                        }
                    }
                    break;
                }
                match state {
                    1 => {
                        b += 1;
                        state = 0;
                    }
                    2 => {
                        if at(b) != encl {
                            field.extend_from_slice(&buf[hunk..b - 1]);
                            hunk = b;
                            break;
                        }
                        field.extend_from_slice(&buf[hunk..b]);
                        b += 1;
                        hunk = b;
                        state = 0;
                    }
                    _ => {
                        if at(b) == encl {
                            state = 2;
                        } else if Some(at(b)) == esc {
                            state = 1;
                        }
                        b += 1;
                    }
                }
            }
            while b < limit && at(b) != delim {
                b += 1;
            }
            field.extend_from_slice(&buf[hunk..b]);
            more = b < limit;
            if more {
                b += 1;
            }
        } else {
            let hunk = b;
            while b < limit && at(b) != delim {
                b += 1;
            }
            field.extend_from_slice(strip_line_end(&buf[hunk..b]));
            more = b < limit;
            if more {
                b += 1;
            }
        }
        out.push(Some(field));
        if !more {
            break;
        }
    }
    out
}

fn str_getcsv(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let s = a.str(0);
    let delim = a.str(1).first().copied().unwrap_or(b',');
    let encl = a.str(2).first().copied().unwrap_or(b'"');
    let esc = a.str(3).first().copied();
    let fields = parse_csv(&s, delim, encl, esc);
    Ok(Value::from(PhpArray::from_values(
        fields
            .into_iter()
            .map(|f| f.map_or(Value::Null, Value::from))
            .collect(),
    )))
}
