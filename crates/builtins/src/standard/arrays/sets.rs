//! Set operations: the `array_diff*` and `array_intersect*` families, with internal
//! (string/key) or user-callback comparisons.

use super::plain;
use phpsock_eval::{Args, Ctx, Key, Module, NResult, PhpArray, PhpStr, Unwind, Value};
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

/// How keys or values are matched.
#[derive(Clone, Copy, PartialEq, Eq)]
enum How {
    /// Not compared.
    Ignore,
    /// Keys: identical; values: `(string) $a === (string) $b`.
    Internal,
    /// By a user callback returning 0 for equal.
    User,
}

/// (name, value comparison, key comparison, intersect?)
const FUNCS: &[(&str, How, How, bool)] = &[
    ("array_diff", How::Internal, How::Ignore, false),
    ("array_diff_key", How::Ignore, How::Internal, false),
    ("array_diff_assoc", How::Internal, How::Internal, false),
    ("array_udiff", How::User, How::Ignore, false),
    ("array_diff_ukey", How::Ignore, How::User, false),
    ("array_diff_uassoc", How::Internal, How::User, false),
    ("array_udiff_assoc", How::User, How::Internal, false),
    ("array_udiff_uassoc", How::User, How::User, false),
    ("array_intersect", How::Internal, How::Ignore, true),
    ("array_intersect_key", How::Ignore, How::Internal, true),
    ("array_intersect_assoc", How::Internal, How::Internal, true),
    ("array_uintersect", How::User, How::Ignore, true),
    ("array_intersect_ukey", How::Ignore, How::User, true),
    ("array_intersect_uassoc", How::Internal, How::User, true),
    ("array_uintersect_assoc", How::User, How::Internal, true),
    ("array_uintersect_uassoc", How::User, How::User, true),
];

pub(super) fn register(m: &mut Module) {
    for (name, val, key, _) in FUNCS {
        if *val != How::User && *key != How::User {
            m.func(
                &format!("{name}(array $array, array ...$arrays): array"),
                set_op,
            );
        } else {
            m.func(&format!("{name}(array $array, ...$rest): array"), set_op);
        }
    }
}

fn spec(cx: &Ctx) -> (How, How, bool) {
    let name = cx.fname();
    FUNCS
        .iter()
        .find(|(n, ..)| *n == name)
        .map_or((How::Internal, How::Ignore, false), |(_, v, k, i)| {
            (*v, *k, *i)
        })
}

/// Values of one array with their string forms (computed once, with conversions'
/// warnings) when values are compared internally.
struct Side {
    items: Vec<(Key, Value)>,
    strs: Vec<PhpStr>,
    by_key: HashMap<Key, usize>,
}

fn side(cx: &mut Ctx, arr: &Rc<PhpArray>, strings: bool) -> Result<Side, Unwind> {
    let items: Vec<(Key, Value)> = arr.iter().map(|(k, v)| (k, plain(v))).collect();
    let mut strs = Vec::new();
    if strings {
        for (_, v) in &items {
            strs.push(cx.to_str(v)?);
        }
    }
    let by_key = items
        .iter()
        .enumerate()
        .map(|(i, (k, _))| (k.clone(), i))
        .collect();
    Ok(Side {
        items,
        strs,
        by_key,
    })
}

fn set_op(cx: &mut Ctx, a: &mut Args) -> NResult {
    let (val, key, intersect) = spec(cx);
    let ncb = (val == How::User) as usize + (key == How::User) as usize;
    let total = a.len();
    if total < 1 + ncb {
        let fname = cx.fname();
        return Err(cx.throw(
            "ArgumentCountError",
            format!(
                "{}() expects at least {} arguments, {} given",
                fname,
                1 + ncb,
                total
            ),
        ));
    }
    let narr = total - ncb;
    let (vcb, kcb) = {
        let mut cbs: Vec<Value> = Vec::new();
        for i in narr..total {
            let v = a.get(i);
            if !cx.is_callable(&v)? {
                let reason = match cx.vm().resolve_callable(&v) {
                    Err(r) => r,
                    Ok(_) => String::new(),
                };
                let fname = cx.fname();
                return Err(cx.throw(
                    "TypeError",
                    format!(
                        "{}(): Argument #{} must be a valid callback, {}",
                        fname,
                        i + 1,
                        reason
                    ),
                ));
            }
            cbs.push(v);
        }
        let vcb = (val == How::User).then(|| cbs[0].clone());
        let kcb = (key == How::User).then(|| cbs[cbs.len() - 1].clone());
        (vcb, kcb)
    };
    let mut arrays: Vec<Rc<PhpArray>> = Vec::with_capacity(narr);
    for i in 0..narr {
        match a.get(i) {
            Value::Array(x) => arrays.push(x),
            v => {
                let fname = cx.fname();
                return Err(cx.throw(
                    "TypeError",
                    format!(
                        "{}(): Argument #{} must be of type array, {} given",
                        fname,
                        i + 1,
                        v.type_name()
                    ),
                ));
            }
        }
    }
    let strings = val == How::Internal;
    let first = side(cx, &arrays[0], strings)?;
    let mut others = Vec::with_capacity(narr - 1);
    for arr in &arrays[1..] {
        others.push(side(cx, arr, strings)?);
    }
    // Fast path: values only, compared as strings.
    let sets: Option<Vec<HashSet<PhpStr>>> =
        (val == How::Internal && key == How::Ignore).then(|| {
            others
                .iter()
                .map(|o| o.strs.iter().cloned().collect())
                .collect()
        });
    let mut out = PhpArray::new();
    for (i, (k, v)) in first.items.iter().enumerate() {
        let mut keep = true;
        for (oi, o) in others.iter().enumerate() {
            let found = match &sets {
                Some(s) => s[oi].contains(&first.strs[i]),
                None => found_in(cx, &first, i, o, val, key, &vcb, &kcb)?,
            };
            if found != intersect {
                keep = false;
                break;
            }
        }
        if keep {
            out.insert(k.clone(), v.clone());
        }
    }
    Ok(Value::from(out))
}

#[allow(clippy::too_many_arguments)]
fn found_in(
    cx: &mut Ctx,
    first: &Side,
    i: usize,
    o: &Side,
    val: How,
    key: How,
    vcb: &Option<Value>,
    kcb: &Option<Value>,
) -> Result<bool, Unwind> {
    let (k, v) = &first.items[i];
    let val_eq = |cx: &mut Ctx, j: usize| -> Result<bool, Unwind> {
        Ok(match val {
            How::Ignore => true,
            How::Internal => first.strs[i].as_bytes() == o.strs[j].as_bytes(),
            How::User => match vcb {
                Some(cb) => cx.call(cb, vec![v.clone(), o.items[j].1.clone()])?.to_int() == 0,
                None => false,
            },
        })
    };
    if key == How::Internal {
        return match o.by_key.get(k).copied() {
            Some(j) => val_eq(cx, j),
            None => Ok(false),
        };
    }
    for j in 0..o.items.len() {
        let key_ok = match key {
            How::User => match kcb {
                Some(cb) => {
                    cx.call(cb, vec![k.to_value(), o.items[j].0.to_value()])?
                        .to_int()
                        == 0
                }
                None => false,
            },
            _ => true,
        };
        if key_ok && val_eq(cx, j)? {
            return Ok(true);
        }
    }
    Ok(false)
}
