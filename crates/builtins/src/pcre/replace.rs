//! `preg_replace`, `preg_filter`, `preg_replace_callback`, `preg_replace_callback_array`.

use super::matcher::{check_utf, match_array, Caps, Global, Shape};
use super::{compiled, err, set_error};
use phpsock_eval::{Args, Ctx, Module, NResult, PhpArray, PhpStr, Unwind, Value};

pub(super) fn register(m: &mut Module) {
    m.func(
        "preg_replace(string|array $pattern, string|array $replacement, string|array $subject, int $limit = -1, &$count = null): string|array|null",
        preg_replace,
    )
    .func(
        "preg_filter(string|array $pattern, string|array $replacement, string|array $subject, int $limit = -1, &$count = null): string|array|null",
        preg_filter,
    )
    .func(
        "preg_replace_callback(string|array $pattern, callable $callback, string|array $subject, int $limit = -1, &$count = null, int $flags = 0): string|array|null",
        preg_replace_callback,
    )
    .func(
        "preg_replace_callback_array(array $pattern, string|array $subject, int $limit = -1, &$count = null, int $flags = 0): string|array|null",
        preg_replace_callback_array,
    );
}

/// A piece of a replacement template.
enum Part {
    Lit(Vec<u8>),
    Group(usize),
}

/// Parses `\1`, `$1`, `${1}` (up to two digits) as PHP does; a backslash before `\` or
/// `$` makes that character literal.
fn parse_template(t: &[u8]) -> Vec<Part> {
    let mut parts = Vec::new();
    let mut lit: Vec<u8> = Vec::new();
    let mut prev = 0u8;
    let mut i = 0;
    while i < t.len() {
        let c = t[i];
        if c == b'\\' || c == b'$' {
            if prev == b'\\' {
                if let Some(last) = lit.last_mut() {
                    *last = c;
                }
                i += 1;
                prev = 0;
                continue;
            }
            if let Some((n, j)) = backref(t, i) {
                if !lit.is_empty() {
                    parts.push(Part::Lit(std::mem::take(&mut lit)));
                }
                parts.push(Part::Group(n));
                i = j;
                continue;
            }
        }
        lit.push(c);
        prev = c;
        i += 1;
    }
    if !lit.is_empty() {
        parts.push(Part::Lit(lit));
    }
    parts
}

/// A group reference at `i` (`\N`, `$N`, `${N}`): the group and the index after it.
fn backref(t: &[u8], i: usize) -> Option<(usize, usize)> {
    if i + 1 >= t.len() {
        return None;
    }
    let mut j = i;
    let brace = t[i] == b'$' && t[i + 1] == b'{';
    if brace {
        j += 1;
    }
    j += 1;
    let d = *t.get(j)?;
    if !d.is_ascii_digit() {
        return None;
    }
    let mut n = (d - b'0') as usize;
    j += 1;
    if let Some(&d2) = t.get(j) {
        if d2.is_ascii_digit() {
            n = n * 10 + (d2 - b'0') as usize;
            j += 1;
        }
    }
    if brace {
        if t.get(j) != Some(&b'}') {
            return None;
        }
        j += 1;
    }
    Some((n, j))
}

/// What replaces a match.
enum With<'a> {
    Template(Vec<Part>),
    Callback(&'a Value, Shape),
}

/// Replaces matches of one pattern in one subject. `Ok(None)` on a pattern or match
/// error (already reported).
fn replace_one(
    cx: &mut Ctx,
    pat: &[u8],
    with: &With,
    subject: &PhpStr,
    limit: i64,
    count: &mut i64,
) -> Result<Option<PhpStr>, Unwind> {
    let c = match compiled(cx, pat)? {
        Some(c) => c,
        None => return Ok(None),
    };
    if let Some(e) = check_utf(&c, subject, 0) {
        set_error(cx, e);
        return Ok(None);
    }
    let mut out: Vec<u8> = Vec::with_capacity(subject.len());
    let mut last = 0;
    let mut left = limit;
    let mut g = Global::new(&c, subject, 0);
    while left != 0 {
        let m: Caps = match g.next_match() {
            Ok(Some(m)) => m,
            Ok(None) => break,
            Err(code) => {
                set_error(cx, err::from_pcre(code));
                return Ok(None);
            }
        };
        out.extend_from_slice(&subject[last..m.start().max(last)]);
        match with {
            With::Template(parts) => {
                for p in parts {
                    match p {
                        Part::Lit(b) => out.extend_from_slice(b),
                        Part::Group(n) => {
                            if *n < m.count {
                                if let Some((s, e)) = m.spans[*n] {
                                    out.extend_from_slice(&subject[s..e.max(s)]);
                                }
                            }
                        }
                    }
                }
            }
            With::Callback(cb, shape) => {
                let arr = match_array(&c, subject, &m, *shape);
                let r = cx.call(cb, vec![Value::from(arr)])?;
                let s = cx.to_str(&r)?;
                out.extend_from_slice(&s);
            }
        }
        last = m.end().max(last);
        *count += 1;
        if left > 0 {
            left -= 1;
        }
    }
    out.extend_from_slice(&subject[last..]);
    Ok(Some(PhpStr::from_vec(out)))
}

/// Applies every (pattern, replacement) pair to one subject in order.
fn replace_all(
    cx: &mut Ctx,
    pairs: &[(PhpStr, With)],
    subject: PhpStr,
    limit: i64,
    count: &mut i64,
) -> Result<Option<PhpStr>, Unwind> {
    let mut cur = subject;
    for (p, w) in pairs {
        match replace_one(cx, p, w, &cur, limit, count)? {
            Some(s) => cur = s,
            None => return Ok(None),
        }
    }
    Ok(Some(cur))
}

/// Runs the replacement over a string or array subject (`filter`: keep only subjects
/// that had a match, as `preg_filter` does).
fn over_subjects(
    cx: &mut Ctx,
    a: &Args,
    pairs: &[(PhpStr, With)],
    subject: Value,
    limit_arg: usize,
    filter: bool,
) -> Result<(Value, i64), Unwind> {
    set_error(cx, err::NONE);
    let limit = match a.int(limit_arg) {
        l if l < 0 => -1,
        l => l,
    };
    let mut total = 0;
    match subject {
        Value::Array(arr) => {
            let mut out = PhpArray::new();
            for (k, v) in arr.iter() {
                let s = cx.to_str(&v.deref())?;
                let mut n = 0;
                if let Some(r) = replace_all(cx, pairs, s, limit, &mut n)? {
                    if !filter || n > 0 {
                        out.insert(k, Value::Str(r));
                    }
                }
                total += n;
            }
            Ok((Value::from(out), total))
        }
        v => {
            let s = cx.to_str(&v)?;
            let r = replace_all(cx, pairs, s, limit, &mut total)?;
            Ok((
                match r {
                    Some(r) if !filter || total > 0 => Value::Str(r),
                    _ => Value::Null,
                },
                total,
            ))
        }
    }
}

fn template_pairs(cx: &mut Ctx, a: &Args) -> Result<Vec<(PhpStr, With<'static>)>, Unwind> {
    let pat = a.get(0);
    let rep = a.get(1);
    match (pat, rep) {
        (Value::Array(_), Value::Str(_)) | (Value::Str(_), Value::Str(_)) => {}
        (Value::Array(_), Value::Array(_)) => {}
        (p, Value::Array(_)) => {
            return Err(cx.type_error(
                1,
                &format!(
                    "must be of type array when argument #2 ($replacement) is an array, {} given",
                    p.type_name()
                ),
            ))
        }
        _ => {}
    }
    let mut pairs = Vec::new();
    match (a.get(0), a.get(1)) {
        (Value::Array(ps), Value::Array(rs)) => {
            let mut reps = rs.values();
            for p in ps.values() {
                let ps = cx.to_str(&p.deref())?;
                let r = match reps.next() {
                    Some(r) => cx.to_str(&r.deref())?,
                    None => PhpStr::empty(),
                };
                pairs.push((ps, With::Template(parse_template(&r))));
            }
        }
        (Value::Array(ps), r) => {
            let r = cx.to_str(&r)?;
            for p in ps.values() {
                let ps = cx.to_str(&p.deref())?;
                pairs.push((ps, With::Template(parse_template(&r))));
            }
        }
        (p, r) => {
            let p = cx.to_str(&p)?;
            let r = cx.to_str(&r)?;
            pairs.push((p, With::Template(parse_template(&r))));
        }
    }
    Ok(pairs)
}

fn replace_entry(cx: &mut Ctx, a: &mut Args, filter: bool) -> NResult {
    let pairs = template_pairs(cx, a)?;
    let (v, n) = over_subjects(cx, a, &pairs, a.get(2), 3, filter)?;
    a.set_ref(4, Value::Int(n));
    Ok(v)
}

fn preg_replace(cx: &mut Ctx, a: &mut Args) -> NResult {
    replace_entry(cx, a, false)
}

fn preg_filter(cx: &mut Ctx, a: &mut Args) -> NResult {
    replace_entry(cx, a, true)
}

fn preg_replace_callback(cx: &mut Ctx, a: &mut Args) -> NResult {
    let cb = a.get(1);
    let shape = Shape::from_flags(a.int(5));
    let mut pairs = Vec::new();
    match a.get(0) {
        Value::Array(ps) => {
            for p in ps.values() {
                let p = cx.to_str(&p.deref())?;
                pairs.push((p, With::Callback(&cb, shape)));
            }
        }
        p => {
            let p = cx.to_str(&p)?;
            pairs.push((p, With::Callback(&cb, shape)));
        }
    }
    let (v, n) = over_subjects(cx, a, &pairs, a.get(2), 3, false)?;
    a.set_ref(4, Value::Int(n));
    Ok(v)
}

fn preg_replace_callback_array(cx: &mut Ctx, a: &mut Args) -> NResult {
    let map = a.array(0);
    let shape = Shape::from_flags(a.int(4));
    let mut cbs: Vec<(PhpStr, Value)> = Vec::new();
    for (k, v) in map.iter() {
        let v = v.deref();
        if !cx.is_callable(&v)? {
            return Err(cx.type_error(1, "must contain only valid callbacks"));
        }
        let p = match k {
            phpsock_eval::Key::Str(s) => s,
            phpsock_eval::Key::Int(i) => PhpStr::from(i.to_string()),
        };
        cbs.push((p, v));
    }
    let pairs: Vec<(PhpStr, With)> = cbs
        .iter()
        .map(|(p, cb)| (p.clone(), With::Callback(cb, shape)))
        .collect();
    let (v, n) = over_subjects(cx, a, &pairs, a.get(1), 2, false)?;
    a.set_ref(3, Value::Int(n));
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(t: &[u8]) -> String {
        parse_template(t)
            .iter()
            .map(|p| match p {
                Part::Lit(b) => String::from_utf8_lossy(b).into_owned(),
                Part::Group(n) => format!("<{n}>"),
            })
            .collect()
    }

    #[test]
    fn templates() {
        assert_eq!(show(b"$1-\\2-${3}x"), "<1>-<2>-<3>x");
        assert_eq!(show(b"$10 $1a"), "<10> <1>a");
        assert_eq!(show(b"\\\\1 \\$1"), "\\1 $1");
        assert_eq!(show(b"${1 $ \\"), "${1 $ \\");
    }
}
