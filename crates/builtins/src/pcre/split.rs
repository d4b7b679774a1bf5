//! `preg_split`, `preg_grep`, `preg_quote`.

use super::matcher::{check_utf, search, Global};
use super::{compiled, err, set_error};
use phpsock_eval::{Args, Ctx, Module, NResult, PhpArray, PhpStr, Value};

pub(super) fn register(m: &mut Module) {
    m.func(
        "preg_split(string $pattern, string $subject, int $limit = -1, int $flags = 0): array|false",
        preg_split,
    )
    .func(
        "preg_grep(string $pattern, array $array, int $flags = 0): array|false",
        preg_grep,
    )
    .func(
        "preg_quote(string $str, ?string $delimiter = null): string",
        preg_quote,
    );
}

fn piece(subject: &[u8], s: usize, e: usize, offsets: bool) -> Value {
    let text = Value::Str(PhpStr::new(&subject[s..e.max(s)]));
    if offsets {
        Value::from(PhpArray::from_values(vec![text, Value::Int(s as i64)]))
    } else {
        text
    }
}

fn preg_split(cx: &mut Ctx, a: &mut Args) -> NResult {
    let pat = a.str(0);
    let subject = a.str(1);
    let mut limit = a.int(2);
    let flags = a.int(3);
    let no_empty = flags & 1 != 0;
    let delim = flags & 2 != 0;
    let offsets = flags & 4 != 0;
    let c = match compiled(cx, &pat)? {
        Some(c) => c,
        None => return Ok(Value::Bool(false)),
    };
    set_error(cx, err::NONE);
    if let Some(e) = check_utf(&c, &subject, 0) {
        set_error(cx, e);
        return Ok(Value::Bool(false));
    }
    if limit == 0 {
        limit = -1;
    }
    let mut out = PhpArray::new();
    let mut last = 0;
    if limit == -1 || limit > 1 {
        let mut g = Global::new(&c, &subject, 0);
        while limit == -1 || limit > 1 {
            let m = match g.next_match() {
                Ok(Some(m)) => m,
                Ok(None) => break,
                Err(code) => {
                    set_error(cx, err::from_pcre(code));
                    return Ok(Value::Bool(false));
                }
            };
            if !no_empty || m.start() != last {
                let _ = out.push(piece(&subject, last, m.start(), offsets));
                if limit != -1 {
                    limit -= 1;
                }
            }
            if delim {
                for i in 1..m.count {
                    if let Some((s, e)) = m.spans[i] {
                        if !no_empty || s != e {
                            let _ = out.push(piece(&subject, s, e, offsets));
                        }
                    } else if !no_empty {
                        let _ = out.push(if offsets {
                            Value::from(PhpArray::from_values(vec![
                                Value::Str(PhpStr::empty()),
                                Value::Int(-1),
                            ]))
                        } else {
                            Value::Str(PhpStr::empty())
                        });
                    }
                }
            }
            last = m.end();
        }
    }
    if !no_empty || last < subject.len() {
        let _ = out.push(piece(&subject, last, subject.len(), offsets));
    }
    Ok(Value::from(out))
}

fn preg_grep(cx: &mut Ctx, a: &mut Args) -> NResult {
    let pat = a.str(0);
    let arr = a.array(1);
    let invert = a.int(2) & 1 != 0;
    let c = match compiled(cx, &pat)? {
        Some(c) => c,
        None => return Ok(Value::Bool(false)),
    };
    set_error(cx, err::NONE);
    let mut out = PhpArray::new();
    for (k, v) in arr.iter() {
        let v = v.deref();
        let s = cx.to_str(&v)?;
        if let Some(e) = check_utf(&c, &s, 0) {
            set_error(cx, e);
            break;
        }
        match search(&c, &c.re, &s, 0, c.anchored) {
            Ok(m) => {
                if m.is_some() != invert {
                    out.insert(k, v);
                }
            }
            Err(code) => {
                set_error(cx, err::from_pcre(code));
                break;
            }
        }
    }
    Ok(Value::from(out))
}

fn preg_quote(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let s = a.str(0);
    let delim = a.opt_str(1).and_then(|d| d.first().copied());
    let mut out = Vec::with_capacity(s.len() + 8);
    for &c in s.iter() {
        match c {
            b'.' | b'\\' | b'+' | b'*' | b'?' | b'[' | b'^' | b']' | b'$' | b'(' | b')' | b'{'
            | b'}' | b'=' | b'!' | b'>' | b'<' | b'|' | b':' | b'-' | b'#' => {
                out.push(b'\\');
                out.push(c);
            }
            0 => out.extend_from_slice(b"\\000"),
            c if Some(c) == delim => {
                out.push(b'\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    Ok(Value::from(out))
}
