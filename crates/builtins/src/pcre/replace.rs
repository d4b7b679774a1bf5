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

/// How far a replacement got: the matches replaced so far, and the exception a callback
/// threw. After a throw PHP calls no further callback but goes on matching: each later
/// match stays as it is and still counts, `$count` is assigned, and then the exception
/// propagates.
#[derive(Default)]
struct Tally {
    count: i64,
    thrown: Option<Unwind>,
}

impl Tally {
    /// The exception a callback threw, if any (the replacement's result is then dropped).
    fn result<T>(&mut self, v: T) -> Result<T, Unwind> {
        match self.thrown.take() {
            Some(u) => Err(u),
            None => Ok(v),
        }
    }
}

/// Calls a replacement callback on one match, unless an earlier call threw; then, or when
/// this call throws an exception, the match's own text is kept. Exits and fatal errors
/// propagate at once.
fn call_back(
    cx: &mut Ctx,
    cb: &Value,
    arg: impl FnOnce() -> PhpArray,
    text: &[u8],
    tally: &mut Tally,
    out: &mut Vec<u8>,
) -> Result<(), Unwind> {
    if tally.thrown.is_none() {
        match cx.call(cb, vec![Value::from(arg())]) {
            Ok(r) => {
                out.extend_from_slice(&cx.to_str(&r)?);
                return Ok(());
            }
            Err(u) if cx.vm().pending_exception().is_some() => tally.thrown = Some(u),
            Err(u) => return Err(u),
        }
    }
    out.extend_from_slice(text);
    Ok(())
}

/// Replaces matches of one pattern in one subject. `Ok(None)` on a pattern or match
/// error (already reported).
fn replace_one(
    cx: &mut Ctx,
    pat: &[u8],
    with: &With,
    subject: &PhpStr,
    limit: i64,
    tally: &mut Tally,
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
                let text = &subject[m.start().min(m.end())..m.end()];
                let arg = || match_array(&c, subject, &m, *shape);
                call_back(cx, cb, arg, text, tally, &mut out)?;
            }
        }
        last = m.end().max(last);
        tally.count += 1;
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
    tally: &mut Tally,
) -> Result<Option<PhpStr>, Unwind> {
    let mut cur = subject;
    for (p, w) in pairs {
        match replace_one(cx, p, w, &cur, limit, tally)? {
            Some(s) => cur = s,
            None => return Ok(None),
        }
    }
    Ok(Some(cur))
}

/// The `$limit` argument at `i` (any negative value means no limit).
fn limit_arg(a: &Args, i: usize) -> i64 {
    a.int(i).max(-1)
}

/// Runs the replacement over a string or array subject (`filter`: keep only subjects
/// that had a match, as `preg_filter` does). A string subject whose replacement failed
/// gives null; an array subject leaves such elements out.
fn over_subjects(
    cx: &mut Ctx,
    pairs: &[(PhpStr, With)],
    subject: Value,
    limit: i64,
    filter: bool,
    tally: &mut Tally,
) -> NResult {
    match subject {
        Value::Array(arr) => {
            let mut out = PhpArray::new();
            for (k, v) in arr.iter() {
                let s = cx.to_str(&v.deref())?;
                let before = tally.count;
                if let Some(r) = replace_all(cx, pairs, s, limit, tally)? {
                    if !filter || tally.count > before {
                        out.insert(k, Value::Str(r));
                    }
                }
            }
            Ok(Value::from(out))
        }
        v => {
            let s = cx.to_str(&v)?;
            Ok(match replace_all(cx, pairs, s, limit, tally)? {
                Some(r) if !filter || tally.count > 0 => Value::Str(r),
                _ => Value::Null,
            })
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
    set_error(cx, err::NONE);
    let mut tally = Tally::default();
    let v = over_subjects(cx, &pairs, a.get(2), limit_arg(a, 3), filter, &mut tally)?;
    a.set_ref(4, Value::Int(tally.count));
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
    set_error(cx, err::NONE);
    let mut tally = Tally::default();
    let v = over_subjects(cx, &pairs, a.get(2), limit_arg(a, 3), false, &mut tally)?;
    a.set_ref(4, Value::Int(tally.count));
    tally.result(v)
}

/// Applies each pattern in turn to the whole subject (every element of an array subject
/// before the next pattern), as PHP does. A key that is not a string, a callback that is
/// not callable, a string subject whose replacement failed, or a callback's exception
/// stops it there, leaving `$count` unassigned.
fn preg_replace_callback_array(cx: &mut Ctx, a: &mut Args) -> NResult {
    let map = a.array(0);
    let shape = Shape::from_flags(a.int(4));
    let limit = limit_arg(a, 2);
    set_error(cx, err::NONE);
    let mut tally = Tally::default();
    let mut cur = a.get(1);
    for (k, cb) in map.iter() {
        let phpsock_eval::Key::Str(p) = k else {
            return Err(cx.type_error(1, "must contain only string patterns as keys"));
        };
        let cb = cb.deref();
        if !cx.is_callable(&cb)? {
            return Err(cx.type_error(1, "must contain only valid callbacks"));
        }
        let pair = [(p, With::Callback(&cb, shape))];
        cur = over_subjects(cx, &pair, cur, limit, false, &mut tally)?;
        tally.result(())?;
        if cur.is_null() {
            return Ok(Value::Null);
        }
    }
    a.set_ref(3, Value::Int(tally.count));
    Ok(cur)
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
