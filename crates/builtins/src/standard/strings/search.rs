//! Searching: `strpos` family, `str_contains`/`str_starts_with`/`str_ends_with`,
//! `strstr`/`stristr`/`strchr`/`strrchr`, `strpbrk`.

use super::util::{find, lower, offset_in, rfind};
use phpsock_eval::{Args, Ctx, Module, NResult, Value};

pub(super) fn register(m: &mut Module) {
    m.func(
        "strpos(string $haystack, string $needle, int $offset = 0): int|false",
        strpos,
    )
    .func(
        "stripos(string $haystack, string $needle, int $offset = 0): int|false",
        stripos,
    )
    .func(
        "strrpos(string $haystack, string $needle, int $offset = 0): int|false",
        strrpos,
    )
    .func(
        "strripos(string $haystack, string $needle, int $offset = 0): int|false",
        strripos,
    )
    .func(
        "str_contains(string $haystack, string $needle): bool",
        str_contains,
    )
    .func(
        "str_starts_with(string $haystack, string $needle): bool",
        str_starts_with,
    )
    .func(
        "str_ends_with(string $haystack, string $needle): bool",
        str_ends_with,
    )
    .func(
        "strstr(string $haystack, string $needle, bool $before_needle = false): string|false",
        strstr,
    )
    .func(
        "strchr(string $haystack, string $needle, bool $before_needle = false): string|false",
        strstr,
    )
    .func(
        "stristr(string $haystack, string $needle, bool $before_needle = false): string|false",
        stristr,
    )
    .func(
        "strrchr(string $haystack, string $needle): string|false",
        strrchr,
    )
    .func(
        "strpbrk(string $string, string $characters): string|false",
        strpbrk,
    );
}

const NOT_CONTAINED: &str = "must be contained in argument #1 ($haystack)";

fn pos(cx: &mut Ctx, a: &Args, fold: bool) -> NResult {
    let (mut hay, mut needle) = (a.str(0).to_vec(), a.str(1).to_vec());
    let Some(off) = offset_in(a.int(2), hay.len()) else {
        return Err(cx.value_error(3, NOT_CONTAINED));
    };
    if fold {
        hay = lower(&hay);
        needle = lower(&needle);
    }
    Ok(match find(&hay[off..], &needle) {
        Some(p) => Value::Int((p + off) as i64),
        None => Value::Bool(false),
    })
}

fn strpos(cx: &mut Ctx, a: &mut Args) -> NResult {
    pos(cx, a, false)
}

fn stripos(cx: &mut Ctx, a: &mut Args) -> NResult {
    pos(cx, a, true)
}

fn rpos(cx: &mut Ctx, a: &Args, fold: bool) -> NResult {
    let (mut hay, mut needle) = (a.str(0).to_vec(), a.str(1).to_vec());
    if fold {
        hay = lower(&hay);
        needle = lower(&needle);
    }
    let len = hay.len() as i128;
    let offset = a.int(2) as i128;
    let (start, end) = if offset >= 0 {
        if offset > len {
            return Err(cx.value_error(3, NOT_CONTAINED));
        }
        (offset as usize, hay.len())
    } else {
        if -offset > len {
            return Err(cx.value_error(3, NOT_CONTAINED));
        }
        let nl = needle.len() as i128;
        let end = if -offset < nl { len } else { len + offset + nl };
        (0, end as usize)
    };
    Ok(match rfind(&hay[start..end], &needle) {
        Some(p) => Value::Int((p + start) as i64),
        None => Value::Bool(false),
    })
}

fn strrpos(cx: &mut Ctx, a: &mut Args) -> NResult {
    rpos(cx, a, false)
}

fn strripos(cx: &mut Ctx, a: &mut Args) -> NResult {
    rpos(cx, a, true)
}

fn str_contains(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Bool(find(&a.str(0), &a.str(1)).is_some()))
}

fn str_starts_with(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Bool(a.str(0).starts_with(&a.str(1))))
}

fn str_ends_with(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Bool(a.str(0).ends_with(&a.str(1))))
}

fn split_at_match(hay: &[u8], p: Option<usize>, before: bool) -> Value {
    match p {
        Some(p) if before => Value::str(&hay[..p]),
        Some(p) => Value::str(&hay[p..]),
        None => Value::Bool(false),
    }
}

fn strstr(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let hay = a.str(0);
    Ok(split_at_match(&hay, find(&hay, &a.str(1)), a.bool(2)))
}

fn stristr(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let hay = a.str(0);
    let p = find(&lower(&hay), &lower(&a.str(1)));
    Ok(split_at_match(&hay, p, a.bool(2)))
}

fn strrchr(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let hay = a.str(0);
    let c = a.str(1).first().copied().unwrap_or(0);
    let p = hay.iter().rposition(|&b| b == c);
    Ok(split_at_match(&hay, p, false))
}

fn strpbrk(cx: &mut Ctx, a: &mut Args) -> NResult {
    let s = a.str(0);
    let chars = a.str(1);
    if chars.is_empty() {
        return Err(cx.value_error(2, "must be a non-empty string"));
    }
    let mask = super::util::plain_mask(&chars);
    let p = s.iter().position(|&b| mask[b as usize]);
    Ok(split_at_match(&s, p, false))
}
