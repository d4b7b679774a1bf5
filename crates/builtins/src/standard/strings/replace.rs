//! Replacing: `str_replace`/`str_ireplace`, `substr_replace`, `strtr`.

use super::util::{find, lower};
use phpsock_eval::{Args, Ctx, Key, Module, NResult, PhpArray, PhpStr, Unwind, Value};
use std::collections::HashMap;
use std::rc::Rc;

pub(super) fn register(m: &mut Module) {
    m.func(
        "str_replace(array|string $search, array|string $replace, string|array $subject, &$count = null): string|array",
        str_replace,
    )
    .func(
        "str_ireplace(array|string $search, array|string $replace, string|array $subject, &$count = null): string|array",
        str_ireplace,
    )
    .func(
        "substr_replace(array|string $string, array|string $replace, array|int $offset, array|int|null $length = null): string|array",
        substr_replace,
    )
    .func(
        "strtr(string $string, array|string $from, ?string $to = null): string",
        strtr,
    );
}

/// Replaces every non-overlapping `search` in `subject` (ASCII case-insensitively when
/// `fold`), adding the number of replacements to `count`.
pub(super) fn replace_all(
    subject: &[u8],
    search: &[u8],
    repl: &[u8],
    fold: bool,
    count: &mut i64,
) -> Option<Vec<u8>> {
    if search.is_empty() || search.len() > subject.len() {
        return None;
    }
    let folded;
    let (hay, needle): (&[u8], Vec<u8>) = if fold {
        folded = lower(subject);
        (&folded, lower(search))
    } else {
        (subject, search.to_vec())
    };
    let mut out = Vec::new();
    let mut at = 0;
    let mut n = 0;
    while let Some(p) = find(&hay[at..], &needle) {
        out.extend_from_slice(&subject[at..at + p]);
        out.extend_from_slice(repl);
        at += p + needle.len();
        n += 1;
    }
    if n == 0 {
        return None;
    }
    out.extend_from_slice(&subject[at..]);
    *count += n;
    Some(out)
}

fn str_replace(cx: &mut Ctx, a: &mut Args) -> NResult {
    replace_common(cx, a, false)
}

fn str_ireplace(cx: &mut Ctx, a: &mut Args) -> NResult {
    replace_common(cx, a, true)
}

/// What to search for and what to put instead, with the arrays already turned to strings.
enum Plan {
    One(PhpStr, PhpStr),
    Many(Vec<(PhpStr, PhpStr)>),
}

fn replace_common(cx: &mut Ctx, a: &Args, fold: bool) -> NResult {
    let search = a.get(0);
    let replace = a.get(1);
    let subject = a.get(2);
    if !matches!(search, Value::Array(_)) && matches!(replace, Value::Array(_)) {
        return Err(cx.type_error(
            2,
            "must be of type string when argument #1 ($search) is a string",
        ));
    }
    let plan = match &search {
        Value::Array(s) => {
            let repls: Vec<Value> = match &replace {
                Value::Array(r) => r.values().map(Value::deref).collect(),
                _ => Vec::new(),
            };
            let mut pairs = Vec::with_capacity(s.len());
            for (i, v) in s.values().enumerate() {
                let from = cx.to_str(&v.deref())?;
                let to = match &replace {
                    Value::Array(_) => match repls.get(i) {
                        Some(r) => cx.to_str(r)?,
                        None => PhpStr::empty(),
                    },
                    r => cx.to_str(r)?,
                };
                pairs.push((from, to));
            }
            Plan::Many(pairs)
        }
        s => Plan::One(cx.to_str(s)?, cx.to_str(&replace)?),
    };
    let mut count = 0i64;
    let result = match subject {
        Value::Array(arr) => {
            let mut out = PhpArray::with_capacity(arr.len());
            for (k, v) in arr.iter() {
                let s = cx.to_str(&v.deref())?;
                out.insert(k, Value::Str(apply(&plan, s, fold, &mut count)));
            }
            Value::from(out)
        }
        v => {
            let s = cx.to_str(&v)?;
            Value::Str(apply(&plan, s, fold, &mut count))
        }
    };
    a.set_ref(3, Value::Int(count));
    Ok(result)
}

fn apply(plan: &Plan, mut s: PhpStr, fold: bool, count: &mut i64) -> PhpStr {
    match plan {
        Plan::One(from, to) => {
            if let Some(r) = replace_all(&s, from, to, fold, count) {
                s = PhpStr::from(r);
            }
        }
        Plan::Many(pairs) => {
            for (from, to) in pairs {
                if s.is_empty() {
                    break;
                }
                if let Some(r) = replace_all(&s, from, to, fold, count) {
                    s = PhpStr::from(r);
                }
            }
        }
    }
    s
}

/// Iterates an array argument's values in order, yielding `None` once exhausted.
struct Cursor {
    vals: Vec<Value>,
    i: usize,
}

impl Cursor {
    fn new(v: &Value) -> Option<Cursor> {
        match v {
            Value::Array(a) => Some(Cursor {
                vals: a.values().map(Value::deref).collect(),
                i: 0,
            }),
            _ => None,
        }
    }

    fn next(&mut self) -> Option<Value> {
        let v = self.vals.get(self.i).cloned();
        self.i += 1;
        v
    }
}

fn clamp_from(f: i64, len: usize) -> usize {
    let len = len as i128;
    let f = f as i128;
    (if f < 0 { (len + f).max(0) } else { f.min(len) }) as usize
}

fn splice(s: &[u8], f: usize, l: i64, repl: &[u8]) -> Vec<u8> {
    let len = s.len() as i128;
    let mut l = l as i128;
    if l < 0 {
        l = (len - f as i128 + l).max(0);
    }
    if f as i128 + l > len {
        l = len - f as i128;
    }
    let l = l as usize;
    let mut out = Vec::with_capacity(s.len() - l + repl.len());
    out.extend_from_slice(&s[..f]);
    out.extend_from_slice(repl);
    out.extend_from_slice(&s[f + l..]);
    out
}

fn substr_replace(cx: &mut Ctx, a: &mut Args) -> NResult {
    let string = a.get(0);
    let replace = a.get(1);
    let offset = a.get(2);
    let length = a.get(3);
    let mut repl_cur = Cursor::new(&replace);
    let mut next_repl = |cx: &mut Ctx| -> Result<PhpStr, Unwind> {
        match &mut repl_cur {
            Some(c) => match c.next() {
                Some(v) => cx.to_str(&v),
                None => Ok(PhpStr::empty()),
            },
            None => cx.to_str(&replace),
        }
    };
    let Value::Array(strings) = string else {
        if matches!(offset, Value::Array(_)) {
            return Err(cx.type_error(3, "cannot be an array when working on a single string"));
        }
        if matches!(length, Value::Array(_)) {
            return Err(cx.type_error(4, "cannot be an array when working on a single string"));
        }
        let s = cx.to_str(&string)?;
        let f = clamp_from(offset.to_int(), s.len());
        let l = if length.is_null() {
            s.len() as i64
        } else {
            length.to_int()
        };
        let r = next_repl(cx)?;
        return Ok(Value::from(splice(&s, f, l, &r)));
    };
    let mut from_cur = Cursor::new(&offset);
    let mut len_cur = Cursor::new(&length);
    let mut out = PhpArray::with_capacity(strings.len());
    for (k, v) in strings.iter() {
        let s = cx.to_str(&v.deref())?;
        let f = match &mut from_cur {
            Some(c) => c.next().map_or(0, |v| v.to_int()),
            None => offset.to_int(),
        };
        let f = clamp_from(f, s.len());
        let l = match &mut len_cur {
            Some(c) => c.next().map_or(s.len() as i64, |v| v.to_int()),
            None if length.is_null() => s.len() as i64,
            None => length.to_int(),
        };
        let r = next_repl(cx)?;
        out.insert(k, Value::from(splice(&s, f, l, &r)));
    }
    Ok(Value::from(out))
}

fn strtr(cx: &mut Ctx, a: &mut Args) -> NResult {
    let s = a.str(0);
    let from = a.get(1);
    match (from, a.opt_str(2)) {
        (Value::Array(pairs), None) => strtr_pairs(cx, s, &pairs),
        (Value::Array(_), Some(_)) => Err(cx.type_error(2, "must be of type string, array given")),
        (_, None) => Err(cx.type_error(2, "must be of type array, string given")),
        (from, Some(to)) => {
            let from = cx.to_str(&from)?;
            let n = from.len().min(to.len());
            if n == 0 {
                return Ok(Value::Str(s));
            }
            let mut map: [u8; 256] = std::array::from_fn(|i| i as u8);
            for i in 0..n {
                map[from[i] as usize] = to[i];
            }
            Ok(Value::from(
                s.iter().map(|&b| map[b as usize]).collect::<Vec<u8>>(),
            ))
        }
    }
}

fn strtr_pairs(cx: &mut Ctx, s: PhpStr, pairs: &Rc<PhpArray>) -> NResult {
    if pairs.is_empty() {
        return Ok(Value::Str(s));
    }
    let mut map: HashMap<Vec<u8>, PhpStr> = HashMap::new();
    let (mut minlen, mut maxlen) = (usize::MAX, 0);
    for (k, v) in pairs.iter() {
        let key = match k {
            Key::Int(i) => i.to_string().into_bytes(),
            Key::Str(s) => s.to_vec(),
        };
        if key.is_empty() {
            cx.warn("Ignoring replacement of empty string")?;
            continue;
        }
        let val = cx.to_str(&v.deref())?;
        if key.len() > s.len() {
            continue;
        }
        minlen = minlen.min(key.len());
        maxlen = maxlen.max(key.len());
        map.insert(key, val);
    }
    if map.is_empty() {
        return Ok(Value::Str(s));
    }
    let mut out = Vec::with_capacity(s.len());
    let mut pos = 0;
    'outer: while pos < s.len() {
        let top = maxlen.min(s.len() - pos);
        if top >= minlen {
            for len in (minlen..=top).rev() {
                if let Some(r) = map.get(&s[pos..pos + len]) {
                    out.extend_from_slice(r);
                    pos += len;
                    continue 'outer;
                }
            }
        }
        out.push(s[pos]);
        pos += 1;
    }
    Ok(Value::from(out))
}
