//! `pack` and `unpack`: every format code of PHP's (`a A Z h H c C s S n v i I l L N V q Q J P
//! f g G d e E x X @`), repeaters and `*`, named `unpack` keys, the offset argument, and
//! PHP's warnings and `ValueError`s. The machine byte order is little-endian.

use phpsock_eval::{Args, Ctx, Key, Module, NResult, PhpArray, Unwind, Value};

/// Registers `pack` and `unpack`.
pub fn register(m: &mut Module) {
    m.func("pack(string $format, mixed ...$values): string", pack)
        .func(
            "unpack(string $format, string $string, int $offset = 0): array|false",
            unpack,
        );
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Count {
    N(usize),
    Star,
}

/// Parses the count after a code; advances `i`.
fn parse_count(f: &[u8], i: &mut usize) -> Count {
    if *i < f.len() && f[*i] == b'*' {
        *i += 1;
        return Count::Star;
    }
    if *i < f.len() && f[*i].is_ascii_digit() {
        let mut n: usize = 0;
        while *i < f.len() && f[*i].is_ascii_digit() {
            n = n.saturating_mul(10).saturating_add((f[*i] - b'0') as usize);
            *i += 1;
        }
        return Count::N(n);
    }
    Count::N(1)
}

fn int_size(c: u8) -> Option<usize> {
    Some(match c {
        b'c' | b'C' => 1,
        b's' | b'S' | b'n' | b'v' => 2,
        b'i' | b'I' | b'l' | b'L' | b'N' | b'V' => 4,
        b'q' | b'Q' | b'J' | b'P' => 8,
        b'f' | b'g' | b'G' => 4,
        b'd' | b'e' | b'E' => 8,
        _ => return None,
    })
}

fn put_num(out: &mut Vec<u8>, code: u8, v: &Value) {
    match code {
        b'f' | b'g' | b'G' => {
            let f = v.to_float() as f32;
            if code == b'G' {
                out.extend_from_slice(&f.to_be_bytes());
            } else {
                out.extend_from_slice(&f.to_le_bytes());
            }
        }
        b'd' | b'e' | b'E' => {
            let f = v.to_float();
            if code == b'E' {
                out.extend_from_slice(&f.to_be_bytes());
            } else {
                out.extend_from_slice(&f.to_le_bytes());
            }
        }
        _ => {
            let n = v.to_int();
            let size = int_size(code).unwrap_or(1);
            let be = matches!(code, b'n' | b'N' | b'J');
            let le = n.to_le_bytes();
            if be {
                let mut b = le[..size].to_vec();
                b.reverse();
                out.extend_from_slice(&b);
            } else {
                out.extend_from_slice(&le[..size]);
            }
        }
    }
}

fn type_err(cx: &mut Ctx, msg: String) -> Unwind {
    cx.throw("ValueError", msg)
}

fn hex_val(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

fn pack(cx: &mut Ctx, a: &mut Args) -> NResult {
    let f = a.str(0);
    let args: Vec<Value> = a.rest(1).iter().map(Value::deref).collect();
    let mut cur = 0usize;
    let mut out: Vec<u8> = Vec::new();
    // `pos` is the write position; `X` and `@` move it, the result ends there.
    let mut pos = 0usize;
    let mut i = 0;
    // First pass: argument checks in PHP's order, so errors come before any output.
    let mut plan: Vec<(u8, Count)> = Vec::new();
    while i < f.len() {
        let code = f[i];
        i += 1;
        let mut count = parse_count(&f, &mut i);
        match code {
            b'a' | b'A' | b'Z' | b'h' | b'H' => {
                if cur >= args.len() {
                    return Err(type_err(cx, format!("Type {}: not enough arguments", code as char)));
                }
                cur += 1;
            }
            b'@' | b'x' | b'X' => {
                if count == Count::Star {
                    cx.warn(format!("Type {}: '*' ignored", code as char))?;
                    count = Count::N(1);
                }
            }
            c if int_size(c).is_some() => {
                let n = match count {
                    Count::Star => args.len().saturating_sub(cur),
                    Count::N(n) => n,
                };
                count = Count::N(n);
                if cur + n > args.len() {
                    return Err(type_err(cx, format!("Type {}: too few arguments", code as char)));
                }
                cur += n;
            }
            c => {
                return Err(type_err(cx, format!("Type {}: unknown format code", c as char)));
            }
        }
        plan.push((code, count));
    }
    if cur < args.len() {
        cx.warn(format!("{} arguments unused", args.len() - cur))?;
    }
    let mut arg = 0usize;
    let write = |out: &mut Vec<u8>, pos: &mut usize, bytes: &[u8]| {
        if out.len() < *pos {
            out.resize(*pos, 0);
        }
        out.truncate(*pos);
        out.extend_from_slice(bytes);
        *pos += bytes.len();
    };
    for (code, count) in plan {
        match code {
            b'a' | b'A' | b'Z' => {
                let s = cx.to_str(&args[arg])?;
                arg += 1;
                let n = match count {
                    Count::Star => s.len() + usize::from(code == b'Z'),
                    Count::N(n) => n,
                };
                let take = if code == b'Z' {
                    s.len().min(n.saturating_sub(1))
                } else {
                    s.len().min(n)
                };
                let mut b = s[..take].to_vec();
                b.resize(n, if code == b'A' { b' ' } else { 0 });
                write(&mut out, &mut pos, &b);
            }
            b'h' | b'H' => {
                let s = cx.to_str(&args[arg])?;
                arg += 1;
                let mut n = match count {
                    Count::Star => s.len(),
                    Count::N(n) => n,
                };
                if n > s.len() {
                    cx.warn(format!(
                        "Type {}: not enough characters in string",
                        code as char
                    ))?;
                    n = s.len();
                }
                let mut b = vec![0u8; n.div_ceil(2)];
                for (k, &c) in s[..n].iter().enumerate() {
                    let v = match hex_val(c) {
                        Some(v) => v,
                        None => {
                            cx.warn(format!(
                                "Type {}: illegal hex digit {}",
                                code as char, c as char
                            ))?;
                            0
                        }
                    };
                    let high_first = code == b'H';
                    let shift = if (k % 2 == 0) == high_first { 4 } else { 0 };
                    b[k / 2] |= v << shift;
                }
                write(&mut out, &mut pos, &b);
            }
            b'x' => {
                let n = match count {
                    Count::N(n) => n,
                    Count::Star => 1,
                };
                write(&mut out, &mut pos, &vec![0u8; n]);
            }
            b'X' => {
                let n = match count {
                    Count::N(n) => n,
                    Count::Star => 1,
                };
                if n > pos {
                    cx.warn("Type X: outside of string")?;
                    pos = 0;
                } else {
                    pos -= n;
                }
            }
            b'@' => {
                let n = match count {
                    Count::N(n) => n,
                    Count::Star => 1,
                };
                if out.len() < n {
                    out.resize(n, 0);
                }
                pos = n;
            }
            c => {
                let n = match count {
                    Count::N(n) => n,
                    Count::Star => 0,
                };
                let mut b = Vec::new();
                for _ in 0..n {
                    put_num(&mut b, c, &args[arg]);
                    arg += 1;
                }
                write(&mut out, &mut pos, &b);
            }
        }
    }
    if out.len() < pos {
        out.resize(pos, 0);
    }
    out.truncate(pos);
    Ok(Value::from(out))
}

fn get_num(code: u8, b: &[u8]) -> Value {
    let mut le = [0u8; 8];
    match code {
        b'f' | b'g' => Value::Float(f32::from_le_bytes([b[0], b[1], b[2], b[3]]) as f64),
        b'G' => Value::Float(f32::from_be_bytes([b[0], b[1], b[2], b[3]]) as f64),
        b'd' | b'e' => {
            le.copy_from_slice(&b[..8]);
            Value::Float(f64::from_le_bytes(le))
        }
        b'E' => {
            le.copy_from_slice(&b[..8]);
            Value::Float(f64::from_be_bytes(le))
        }
        _ => {
            let size = b.len();
            if matches!(code, b'n' | b'N' | b'J') {
                for (k, &x) in b.iter().rev().enumerate() {
                    le[k] = x;
                }
            } else {
                le[..size].copy_from_slice(b);
            }
            let u = u64::from_le_bytes(le);
            let signed = matches!(code, b'c' | b's' | b'l' | b'i' | b'q');
            let v = if signed && size < 8 {
                let shift = 64 - size * 8;
                ((u << shift) as i64) >> shift
            } else {
                u as i64
            };
            Value::Int(v)
        }
    }
}

fn unpack(cx: &mut Ctx, a: &mut Args) -> NResult {
    let f = a.str(0);
    let data = a.str(1);
    let off = a.int(2);
    if off < 0 || off as usize > data.len() {
        return Err(cx.value_error(3, "must be contained in argument #2 ($data)"));
    }
    let input = &data[off as usize..];
    let mut pos: usize = 0;
    let mut out = PhpArray::new();
    let mut i = 0;
    while i < f.len() {
        let code = f[i];
        i += 1;
        let count = parse_count(&f, &mut i);
        let name_start = i;
        while i < f.len() && f[i] != b'/' {
            i += 1;
        }
        let name = &f[name_start..i.min(name_start + 200)];
        if i < f.len() {
            i += 1;
        }
        let (reps, size): (i64, i64) = match code {
            b'X' | b'@' => (
                match count {
                    Count::Star => 1,
                    Count::N(n) => n as i64,
                },
                0,
            ),
            b'a' | b'A' | b'Z' => (
                1,
                match count {
                    Count::Star => -1,
                    Count::N(n) => n as i64,
                },
            ),
            b'h' | b'H' => (
                1,
                match count {
                    Count::Star => -1,
                    Count::N(n) => (n as i64 + 1) / 2,
                },
            ),
            b'x' => (
                match count {
                    Count::Star => -1,
                    Count::N(n) => n as i64,
                },
                1,
            ),
            c => match int_size(c) {
                Some(s) => (
                    match count {
                        Count::Star => -1,
                        Count::N(n) => n as i64,
                    },
                    s as i64,
                ),
                None => {
                    return Err(cx.throw(
                        "ValueError",
                        format!("Invalid format type {}", c as char),
                    ))
                }
            },
        };
        let argb = match count {
            Count::Star => -1,
            Count::N(n) => n as i64,
        };
        if code == b'@' {
            let target = reps as usize;
            if target <= input.len() {
                pos = target;
            } else {
                cx.warn("Type @: outside of string")?;
            }
            continue;
        }
        if code == b'X' {
            let n = reps as usize;
            if n > pos {
                cx.warn("Type X: outside of string")?;
                pos = 0;
            } else {
                pos -= n;
            }
            continue;
        }
        let mut k: i64 = 0;
        while k != reps {
            let need = size.max(0) as usize;
            if pos + need <= input.len() {
                let key = if reps == 1 && !name.is_empty() {
                    name.to_vec()
                } else {
                    let mut n = name.to_vec();
                    n.extend_from_slice((k + 1).to_string().as_bytes());
                    n
                };
                let rest = &input[pos..];
                let (val, used): (Option<Value>, usize) = match code {
                    b'a' | b'A' | b'Z' => {
                        let len = if size >= 0 {
                            rest.len().min(size as usize)
                        } else {
                            rest.len()
                        };
                        let s = &rest[..len];
                        let v = match code {
                            b'a' => s.to_vec(),
                            b'A' => {
                                let end = s
                                    .iter()
                                    .rposition(|c| !matches!(c, 0 | b' ' | b'\t' | b'\r' | b'\n'))
                                    .map_or(0, |p| p + 1);
                                s[..end].to_vec()
                            }
                            _ => {
                                let end = s.iter().position(|&c| c == 0).unwrap_or(s.len());
                                s[..end].to_vec()
                            }
                        };
                        (Some(Value::from(v)), len)
                    }
                    b'h' | b'H' => {
                        let mut len = rest.len() * 2;
                        if size >= 0 && len > (size as usize) * 2 {
                            len = size as usize * 2;
                        }
                        if len > 0 && argb > 0 {
                            len -= (argb % 2) as usize;
                        }
                        let mut s = Vec::with_capacity(len);
                        for o in 0..len {
                            let byte = rest[o / 2];
                            let high = (o % 2 == 0) == (code == b'H');
                            let nib = if high { byte >> 4 } else { byte & 0xf };
                            s.push(b"0123456789abcdef"[nib as usize]);
                        }
                        // PHP advances by the size asked for; `*` steps back one byte.
                        (Some(Value::from(s)), usize::MAX)
                    }
                    b'x' => (None, 1),
                    c => (Some(get_num(c, &rest[..need])), need),
                };
                if let Some(v) = val {
                    out.insert(Key::from_bytes(&key), v);
                }
                if used == usize::MAX {
                    pos = if size >= 0 {
                        pos + size as usize
                    } else {
                        pos.saturating_sub(1)
                    };
                } else {
                    pos += used;
                }
            } else if reps < 0 {
                break;
            } else {
                cx.warn(format!(
                    "Type {}: not enough input, need {}, have {}",
                    code as char,
                    need,
                    input.len() - pos
                ))?;
                return Ok(Value::Bool(false));
            }
            k += 1;
        }
    }
    Ok(Value::from(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_round_trip() {
        let mut b = Vec::new();
        put_num(&mut b, b'N', &Value::Int(0x01020304));
        assert_eq!(b, [1, 2, 3, 4]);
        assert_eq!(get_num(b'N', &b).to_int(), 0x01020304);
        assert_eq!(get_num(b'c', &[0xff]).to_int(), -1);
        assert_eq!(get_num(b'V', &[1, 0, 0, 0x80]).to_int(), 2147483649);
    }
}
