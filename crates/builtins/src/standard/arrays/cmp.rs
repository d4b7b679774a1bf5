//! Comparisons for the sort family (`SORT_REGULAR`, `SORT_NUMERIC`, `SORT_STRING`,
//! `SORT_NATURAL`, `SORT_FLAG_CASE`), natural order and user comparators.

use phpsock_eval::ops;
use phpsock_eval::{Ctx, Key, Unwind, Value};
use std::cmp::Ordering;

/// How values (or keys) are compared, from a `$flags` argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flag {
    /// `SORT_REGULAR`: PHP 8's `<=>`.
    Regular,
    /// `SORT_NUMERIC`: as floats.
    Numeric,
    /// `SORT_STRING` (and `SORT_LOCALE_STRING`), `fold` with `SORT_FLAG_CASE`.
    Str { fold: bool },
    /// `SORT_NATURAL`, `fold` with `SORT_FLAG_CASE`.
    Natural { fold: bool },
}

impl Flag {
    /// Decodes PHP's sort flags.
    pub fn from_flags(f: i64) -> Flag {
        let fold = f & 8 != 0;
        match f & !8 {
            1 => Flag::Numeric,
            2 | 5 => Flag::Str { fold },
            6 => Flag::Natural { fold },
            _ => Flag::Regular,
        }
    }
}

fn sign(o: Ordering) -> i32 {
    match o {
        Ordering::Less => -1,
        Ordering::Equal => 0,
        Ordering::Greater => 1,
    }
}

fn double_cmp(a: f64, b: f64) -> i32 {
    if a == b {
        0
    } else if a < b {
        -1
    } else {
        1
    }
}

fn lower_cmp(a: &[u8], b: &[u8]) -> i32 {
    let n = a.len().min(b.len());
    for i in 0..n {
        let (x, y) = (a[i].to_ascii_lowercase(), b[i].to_ascii_lowercase());
        if x != y {
            return if x < y { -1 } else { 1 };
        }
    }
    sign(a.len().cmp(&b.len()))
}

/// Compares two values under `flag`.
pub fn compare(cx: &mut Ctx, flag: Flag, a: &Value, b: &Value) -> Result<i32, Unwind> {
    Ok(match flag {
        Flag::Regular => ops::compare(cx.vm(), a, b)?,
        Flag::Numeric => double_cmp(a.to_float(), b.to_float()),
        Flag::Str { fold } => {
            let x = cx.to_str(a)?;
            let y = cx.to_str(b)?;
            if fold {
                lower_cmp(&x, &y)
            } else {
                sign(x.as_bytes().cmp(y.as_bytes()))
            }
        }
        Flag::Natural { fold } => {
            let x = cx.to_str(a)?;
            let y = cx.to_str(b)?;
            strnatcmp(&x, &y, fold)
        }
    })
}

/// Compares two keys under `flag` (`ksort` and friends).
pub fn compare_keys(cx: &mut Ctx, flag: Flag, a: &Key, b: &Key) -> Result<i32, Unwind> {
    if flag == Flag::Regular {
        return Ok(match (a, b) {
            (Key::Int(x), Key::Int(y)) => sign(x.cmp(y)),
            (Key::Str(x), Key::Str(y)) => ops::str_loose_cmp(x, y),
            _ => ops::compare(cx.vm(), &a.to_value(), &b.to_value())?,
        });
    }
    compare(cx, flag, &a.to_value(), &b.to_value())
}

/// Calls a user comparator `cb(a, b)` and normalises the result to -1/0/1 as PHP does,
/// including the PHP 8 handling of `bool` results (deprecation once per sort, and a retry
/// with swapped operands when `false` comes back).
pub fn user_compare(
    cx: &mut Ctx,
    cb: &Value,
    a: &Value,
    b: &Value,
    warned: &mut bool,
) -> Result<i32, Unwind> {
    let r = cx.call(cb, vec![a.clone(), b.clone()])?;
    if let Value::Bool(x) = r {
        if !*warned {
            *warned = true;
            cx.deprecated("Returning bool from comparison function is deprecated, return an integer less than, equal to, or greater than zero")?;
        }
        if !x {
            let r2 = cx.call(cb, vec![b.clone(), a.clone()])?;
            return Ok(-sign(r2.to_int().cmp(&0)));
        }
        return Ok(1);
    }
    Ok(sign(r.to_int().cmp(&0)))
}

fn at(s: &[u8], i: usize) -> u8 {
    s.get(i).copied().unwrap_or(0)
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

fn digit_at(s: &[u8], i: usize) -> bool {
    i < s.len() && s[i].is_ascii_digit()
}

/// PHP's `strnatcmp_ex`: natural order comparison ("img12" after "img10"), optionally
/// case-insensitive.
pub fn strnatcmp(a: &[u8], b: &[u8], fold: bool) -> i32 {
    if a.is_empty() || b.is_empty() {
        return sign(a.len().cmp(&b.len()));
    }
    let (mut ai, mut bi) = (0usize, 0usize);
    let mut leading = true;
    loop {
        let mut ca = at(a, ai);
        let mut cb = at(b, bi);
        while leading && ca == b'0' && digit_at(a, ai + 1) {
            ai += 1;
            ca = at(a, ai);
        }
        while leading && cb == b'0' && digit_at(b, bi + 1) {
            bi += 1;
            cb = at(b, bi);
        }
        leading = false;
        while is_space(ca) {
            ai += 1;
            ca = at(a, ai);
        }
        while is_space(cb) {
            bi += 1;
            cb = at(b, bi);
        }
        if ca.is_ascii_digit() && cb.is_ascii_digit() {
            let fractional = ca == b'0' || cb == b'0';
            let r = if fractional {
                compare_left(a, &mut ai, b, &mut bi)
            } else {
                compare_right(a, &mut ai, b, &mut bi)
            };
            if r != 0 {
                return r;
            } else if ai >= a.len() && bi >= b.len() {
                return 0;
            } else if ai >= a.len() {
                return -1;
            } else if bi >= b.len() {
                return 1;
            }
            ca = at(a, ai);
            cb = at(b, bi);
        }
        if fold {
            ca = ca.to_ascii_uppercase();
            cb = cb.to_ascii_uppercase();
        }
        if ca < cb {
            return -1;
        } else if ca > cb {
            return 1;
        }
        ai += 1;
        bi += 1;
        if ai >= a.len() && bi >= b.len() {
            return 0;
        } else if ai >= a.len() {
            return -1;
        } else if bi >= b.len() {
            return 1;
        }
    }
}

fn compare_right(a: &[u8], ai: &mut usize, b: &[u8], bi: &mut usize) -> i32 {
    let mut bias = 0;
    loop {
        let da = digit_at(a, *ai);
        let db = digit_at(b, *bi);
        if !da && !db {
            return bias;
        } else if !da {
            return -1;
        } else if !db {
            return 1;
        } else if a[*ai] < b[*bi] {
            if bias == 0 {
                bias = -1;
            }
        } else if a[*ai] > b[*bi] && bias == 0 {
            bias = 1;
        }
        *ai += 1;
        *bi += 1;
    }
}

fn compare_left(a: &[u8], ai: &mut usize, b: &[u8], bi: &mut usize) -> i32 {
    loop {
        let da = digit_at(a, *ai);
        let db = digit_at(b, *bi);
        if !da && !db {
            return 0;
        } else if !da {
            return -1;
        } else if !db {
            return 1;
        } else if a[*ai] < b[*bi] {
            return -1;
        } else if a[*ai] > b[*bi] {
            return 1;
        }
        *ai += 1;
        *bi += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::strnatcmp;

    #[test]
    fn natural() {
        assert_eq!(strnatcmp(b"img12", b"img10", false), 1);
        assert_eq!(strnatcmp(b"img2", b"img10", false), -1);
        assert_eq!(strnatcmp(b"A", b"a", true), 0);
        assert_eq!(strnatcmp(b"", b"a", false), -1);
    }
}
