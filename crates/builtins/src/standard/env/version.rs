//! `version_compare` with PHP's canonicalisation and special forms (`dev` < `alpha` = `a` <
//! `beta` = `b` < `RC` = `rc` < `#` < `pl` = `p`).

use phpsock_eval::{Args, Ctx, Module, NResult, Value};
use std::cmp::Ordering;

/// Registers `version_compare`.
pub fn register(m: &mut Module) {
    m.func(
        "version_compare(string $version1, string $version2, ?string $operator = null): int|bool",
        version_compare,
    );
}

fn canonicalize(v: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(v.len() * 2);
    let Some((&first, rest)) = v.split_first() else {
        return out;
    };
    out.push(first);
    let mut lp = first;
    let isdig = |c: u8| c.is_ascii_digit() && c != b'.';
    let isndig = |c: u8| !c.is_ascii_digit() && c != b'.';
    for &c in rest {
        let last = out.last().copied().unwrap_or(0);
        if matches!(c, b'-' | b'_' | b'+') {
            if last != b'.' {
                out.push(b'.');
            }
        } else if (isndig(lp) && isdig(c)) || (isdig(lp) && isndig(c)) {
            if last != b'.' {
                out.push(b'.');
            }
            out.push(c);
        } else if !c.is_ascii_alphanumeric() {
            if last != b'.' {
                out.push(b'.');
            }
        } else {
            out.push(c);
        }
        lp = c;
    }
    out
}

fn special_order(s: &[u8]) -> i32 {
    const FORMS: [(&[u8], i32); 10] = [
        (b"dev", 0),
        (b"alpha", 1),
        (b"a", 1),
        (b"beta", 2),
        (b"b", 2),
        (b"RC", 3),
        (b"rc", 3),
        (b"#", 4),
        (b"pl", 5),
        (b"p", 5),
    ];
    FORMS
        .iter()
        .find(|(name, _)| s.starts_with(name))
        .map_or(-6, |(_, o)| *o)
}

fn cmp_special(a: &[u8], b: &[u8]) -> i32 {
    (special_order(a) - special_order(b)).signum()
}

fn leading_num(s: &[u8]) -> i64 {
    let mut n: i64 = 0;
    for &c in s.iter().take_while(|c| c.is_ascii_digit()) {
        n = n.saturating_mul(10).saturating_add((c - b'0') as i64);
    }
    n
}

/// Compares two version strings as PHP does: -1, 0 or 1.
pub fn compare(v1: &[u8], v2: &[u8]) -> i32 {
    if v1.is_empty() || v2.is_empty() {
        return match (v1.is_empty(), v2.is_empty()) {
            (true, true) => 0,
            (false, _) => 1,
            _ => -1,
        };
    }
    let c1 = if v1[0] == b'#' { v1.to_vec() } else { canonicalize(v1) };
    let c2 = if v2[0] == b'#' { v2.to_vec() } else { canonicalize(v2) };
    let p1: Vec<&[u8]> = c1.split(|&b| b == b'.').collect();
    let p2: Vec<&[u8]> = c2.split(|&b| b == b'.').collect();
    let isd = |s: &[u8]| s.first().is_some_and(u8::is_ascii_digit);
    let mut i = 0;
    while i < p1.len() && i < p2.len() {
        let (a, b) = (p1[i], p2[i]);
        let r = if isd(a) && isd(b) {
            match leading_num(a).cmp(&leading_num(b)) {
                Ordering::Less => -1,
                Ordering::Equal => 0,
                Ordering::Greater => 1,
            }
        } else if !isd(a) && !isd(b) {
            cmp_special(a, b)
        } else if isd(a) {
            cmp_special(b"#N#", b)
        } else {
            cmp_special(a, b"#N#")
        };
        if r != 0 {
            return r;
        }
        i += 1;
    }
    if i < p1.len() {
        if isd(p1[i]) {
            1
        } else {
            compare(&p1[i..].join(&b'.'), b"#N#")
        }
    } else if i < p2.len() {
        if isd(p2[i]) {
            -1
        } else {
            compare(b"#N#", &p2[i..].join(&b'.'))
        }
    } else {
        0
    }
}

fn version_compare(cx: &mut Ctx, a: &mut Args) -> NResult {
    let r = compare(&a.str(0), &a.str(1));
    let op = match a.opt_str(2) {
        None => return Ok(Value::Int(r as i64)),
        Some(op) => op,
    };
    let b = match op.as_bytes() {
        b"<" | b"lt" => r == -1,
        b"<=" | b"le" => r != 1,
        b">" | b"gt" => r == 1,
        b">=" | b"ge" => r != -1,
        b"==" | b"eq" => r == 0,
        b"!=" | b"<>" | b"ne" => r != 0,
        _ => return Err(cx.value_error(3, "must be a valid comparison operator")),
    };
    Ok(Value::Bool(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions() {
        assert_eq!(compare(b"5.2", b"5.10"), -1);
        assert_eq!(compare(b"1.0rc1", b"1.0"), -1);
        assert_eq!(compare(b"1.0", b"1.0.0"), -1);
        assert_eq!(compare(b"1.0pl1", b"1.0"), 1);
        assert_eq!(compare(b"1.0-dev", b"1.0alpha"), -1);
    }
}
