//! Path strings: `basename`, `dirname`, `pathinfo`.

use phpsock_eval::core::assoc;
use phpsock_eval::{Args, Ctx, Module, NResult, Value};

/// Registers the path functions and `PATHINFO_*`.
pub fn register(m: &mut Module) {
    m.func(
        "basename(string $path, string $suffix = \"\"): string",
        basename,
    )
    .func("dirname(string $path, int $levels = 1): string", dirname)
    .func(
        "pathinfo(string $path, int $flags = PATHINFO_ALL): array|string",
        pathinfo,
    )
    .constant("PATHINFO_DIRNAME", Value::Int(1))
    .constant("PATHINFO_BASENAME", Value::Int(2))
    .constant("PATHINFO_EXTENSION", Value::Int(4))
    .constant("PATHINFO_FILENAME", Value::Int(8))
    .constant("PATHINFO_ALL", Value::Int(15));
}

/// PHP's `basename` on bytes.
pub fn base_name<'a>(s: &'a [u8], suffix: &[u8]) -> &'a [u8] {
    let mut end = s.len();
    while end > 0 && s[end - 1] == b'/' {
        end -= 1;
    }
    if end == 0 {
        return b"";
    }
    let mut start = end;
    while start > 0 && s[start - 1] != b'/' {
        start -= 1;
    }
    let name = &s[start..end];
    if !suffix.is_empty() && suffix.len() < name.len() && name.ends_with(suffix) {
        return &name[..name.len() - suffix.len()];
    }
    name
}

/// One step of PHP's `dirname` on bytes.
pub fn dir_name(s: &[u8]) -> Vec<u8> {
    if s.is_empty() {
        return Vec::new();
    }
    let mut end = s.len();
    while end > 0 && s[end - 1] == b'/' {
        end -= 1;
    }
    if end == 0 {
        return b"/".to_vec();
    }
    while end > 0 && s[end - 1] != b'/' {
        end -= 1;
    }
    if end == 0 {
        return b".".to_vec();
    }
    while end > 0 && s[end - 1] == b'/' {
        end -= 1;
    }
    if end == 0 {
        return b"/".to_vec();
    }
    s[..end].to_vec()
}

fn basename(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let p = a.str(0);
    let suf = a.str(1);
    Ok(Value::from(base_name(&p, &suf).to_vec()))
}

fn dirname(cx: &mut Ctx, a: &mut Args) -> NResult {
    let p = a.str(0);
    let levels = a.int(1);
    if levels < 1 {
        return Err(cx.value_error(2, "must be greater than or equal to 1"));
    }
    let mut cur = p.to_vec();
    for _ in 0..levels {
        let next = dir_name(&cur);
        if next == cur {
            break;
        }
        cur = next;
    }
    Ok(Value::from(cur))
}

fn pathinfo(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let p = a.str(0);
    let flags = a.int(1);
    let base = base_name(&p, b"").to_vec();
    let dot = base.iter().rposition(|&b| b == b'.');
    let mut parts: Vec<(&str, Value)> = Vec::new();
    if flags & 1 != 0 {
        let d = dir_name(&p);
        if !d.is_empty() {
            parts.push(("dirname", Value::from(d)));
        }
    }
    if flags & 2 != 0 {
        parts.push(("basename", Value::from(base.clone())));
    }
    if flags & 4 != 0 {
        if let Some(i) = dot {
            parts.push(("extension", Value::from(base[i + 1..].to_vec())));
        }
    }
    if flags & 8 != 0 {
        let f = match dot {
            Some(i) => base[..i].to_vec(),
            None => base.clone(),
        };
        parts.push(("filename", Value::from(f)));
    }
    if flags == 15 {
        return Ok(assoc(parts));
    }
    Ok(parts
        .into_iter()
        .next()
        .map_or_else(|| Value::from(""), |(_, v)| v))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(base_name(b"/a/b/", b""), b"b");
        assert_eq!(base_name(b".txt", b".txt"), b".txt");
        assert_eq!(dir_name(b"//a//b//"), b"//a");
        assert_eq!(dir_name(b"a"), b".");
        assert_eq!(dir_name(b"/"), b"/");
    }
}
