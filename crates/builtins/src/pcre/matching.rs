//! `preg_match`, `preg_match_all`, `preg_last_error`, `preg_last_error_msg`.

use super::matcher::{check_utf, group_value, match_array, pattern_order, search, Global, Shape};
use super::{compiled, err, error_msg, last_error, set_error};
use phpsock_eval::{Args, Ctx, Module, NResult, PhpArray, Value};

pub(super) fn register(m: &mut Module) {
    m.func(
        "preg_match(string $pattern, string $subject, &$matches = null, int $flags = 0, int $offset = 0): int|false",
        preg_match,
    )
    .func(
        "preg_match_all(string $pattern, string $subject, &$matches = null, int $flags = 0, int $offset = 0): int|false",
        preg_match_all,
    )
    .func("preg_last_error(): int", preg_last_error)
    .func("preg_last_error_msg(): string", preg_last_error_msg);
}

/// Resolves a (possibly negative) start offset; `None` when it is past the end.
pub(super) fn start_offset(offset: i64, len: usize) -> Option<usize> {
    let len_i = len as i64;
    let o = if offset < 0 {
        if -offset <= len_i {
            len_i + offset
        } else {
            0
        }
    } else {
        offset
    };
    (o <= len_i).then_some(o as usize)
}

fn preg_match(cx: &mut Ctx, a: &mut Args) -> NResult {
    run(cx, a, false)
}

fn preg_match_all(cx: &mut Ctx, a: &mut Args) -> NResult {
    run(cx, a, true)
}

fn run(cx: &mut Ctx, a: &mut Args, global: bool) -> NResult {
    let pat = a.str(0);
    let subject = a.str(1);
    let flags = a.int(3);
    let c = match compiled(cx, &pat)? {
        Some(c) => c,
        None => return Ok(Value::Bool(false)),
    };
    let order = flags & 0xff;
    if order != 0 && (!global || (order != 1 && order != 2)) {
        return Err(cx.value_error(4, "must be a PREG_* constant"));
    }
    let shape = Shape::from_flags(flags);
    set_error(cx, err::NONE);
    let want = a.was_passed(2);
    let start = match start_offset(a.int(4), subject.len()) {
        Some(s) => s,
        None => {
            set_error(cx, err::INTERNAL);
            if want {
                a.set_ref(2, Value::empty_array());
            }
            return Ok(Value::Bool(false));
        }
    };
    let utf_error = check_utf(&c, &subject, start);
    if let Some(e) = utf_error {
        set_error(cx, e);
        if !global {
            if want {
                a.set_ref(2, Value::empty_array());
            }
            return Ok(Value::Bool(false));
        }
    }
    if !global {
        return match search(&c, &c.re, &subject, start, c.anchored) {
            Ok(Some(m)) => {
                if want {
                    a.set_ref(2, Value::from(match_array(&c, &subject, &m, shape)));
                }
                Ok(Value::Int(1))
            }
            Ok(None) => {
                if want {
                    a.set_ref(2, Value::empty_array());
                }
                Ok(Value::Int(0))
            }
            Err(code) => {
                set_error(cx, err::from_pcre(code));
                if want {
                    a.set_ref(2, Value::empty_array());
                }
                Ok(Value::Bool(false))
            }
        };
    }
    let set_order = order == 2;
    let groups = c.groups();
    let mut sets: Vec<PhpArray> = (0..groups).map(|_| PhpArray::new()).collect();
    let mut list = PhpArray::new();
    let mut n = 0;
    let mut g = Global::new(&c, &subject, start);
    let mut failed = utf_error.is_some();
    while !failed {
        match g.next_match() {
            Ok(Some(m)) => {
                n += 1;
                if !want {
                    continue;
                }
                if set_order {
                    let _ = list.push(Value::from(match_array(&c, &subject, &m, shape)));
                } else {
                    for (i, set) in sets.iter_mut().enumerate() {
                        let span = if i < m.count { m.spans[i] } else { None };
                        let _ = set.push(group_value(&subject, span, shape));
                    }
                }
            }
            Ok(None) => break,
            Err(code) => {
                set_error(cx, err::from_pcre(code));
                failed = true;
                break;
            }
        }
    }
    if want {
        let v = if set_order {
            list
        } else {
            pattern_order(&c, sets)
        };
        a.set_ref(2, Value::from(v));
    }
    if failed {
        return Ok(Value::Bool(false));
    }
    Ok(Value::Int(n))
}

fn preg_last_error(cx: &mut Ctx, _a: &mut Args) -> NResult {
    Ok(Value::Int(last_error(cx)))
}

fn preg_last_error_msg(cx: &mut Ctx, _a: &mut Args) -> NResult {
    Ok(Value::from(error_msg(last_error(cx))))
}
