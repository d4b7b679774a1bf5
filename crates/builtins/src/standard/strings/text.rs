//! Text utilities: `wordwrap`, `str_word_count`, `similar_text`, `levenshtein`, `soundex`.

use super::util::char_mask;
use phpsock_eval::{Args, Ctx, Key, Module, NResult, PhpArray, Value};

pub(super) fn register(m: &mut Module) {
    m.func(
        "wordwrap(string $string, int $width = 75, string $break = \"\\n\", bool $cut_long_words = false): string",
        wordwrap,
    )
    .func(
        "str_word_count(string $string, int $format = 0, ?string $characters = null): array|int",
        str_word_count,
    )
    .func(
        "similar_text(string $string1, string $string2, &$percent = null): int",
        similar_text,
    )
    .func(
        "levenshtein(string $string1, string $string2, int $insertion_cost = 1, int $replacement_cost = 1, int $deletion_cost = 1): int",
        levenshtein,
    )
    .func("soundex(string $string): string", soundex);
}

fn wordwrap(cx: &mut Ctx, a: &mut Args) -> NResult {
    let text = a.str(0);
    let width = a.int(1);
    let brk = a.str(2);
    let cut = a.bool(3);
    if text.is_empty() {
        return Ok(Value::from(""));
    }
    if brk.is_empty() {
        return Err(cx.value_error(3, "cannot be empty"));
    }
    if width == 0 && cut {
        return Err(cx.value_error(4, "cannot be true when argument #2 ($width) is 0"));
    }
    // Positions are signed, as in PHP: a negative width breaks at every space.
    let n = text.len() as i64;
    let at = |i: i64| text[i as usize];
    if brk.len() == 1 && !cut {
        let b = brk[0];
        let mut out = text.to_vec();
        let (mut laststart, mut lastspace) = (0i64, 0i64);
        for cur in 0..n {
            if at(cur) == b {
                laststart = cur + 1;
                lastspace = cur + 1;
            } else if at(cur) == b' ' {
                if cur - laststart >= width {
                    out[cur as usize] = b;
                    laststart = cur + 1;
                }
                lastspace = cur;
            } else if cur - laststart >= width && laststart != lastspace {
                out[lastspace as usize] = b;
                laststart = lastspace + 1;
            }
        }
        return Ok(Value::from(out));
    }
    let bl = brk.len() as i64;
    let slice = |from: i64, to: i64| &text[from as usize..to as usize];
    let mut out = Vec::with_capacity(text.len() + text.len() / 4);
    let (mut laststart, mut lastspace) = (0i64, 0i64);
    let mut cur = 0i64;
    while cur < n {
        if at(cur) == brk[0] && cur + bl < n && slice(cur, cur + bl) == &brk[..] {
            out.extend_from_slice(slice(laststart, cur + bl));
            cur += bl - 1;
            laststart = cur + 1;
            lastspace = cur + 1;
        } else if at(cur) == b' ' {
            if cur - laststart >= width {
                out.extend_from_slice(slice(laststart, cur));
                out.extend_from_slice(&brk);
                laststart = cur + 1;
            }
            lastspace = cur;
        } else if cur - laststart >= width && cut && laststart >= lastspace {
            out.extend_from_slice(slice(laststart, cur));
            out.extend_from_slice(&brk);
            laststart = cur;
            lastspace = cur;
        } else if cur - laststart >= width && laststart < lastspace {
            out.extend_from_slice(slice(laststart, lastspace));
            out.extend_from_slice(&brk);
            laststart = lastspace + 1;
            lastspace = laststart;
        }
        cur += 1;
    }
    if laststart != cur {
        out.extend_from_slice(slice(laststart.min(cur), cur));
    }
    Ok(Value::from(out))
}

fn str_word_count(cx: &mut Ctx, a: &mut Args) -> NResult {
    let s = a.str(0);
    let format = a.int(1);
    let extra = match a.opt_str(2) {
        Some(chars) => Some(char_mask(cx, &chars)?),
        None => None,
    };
    if !(0..=2).contains(&format) {
        return Err(cx.value_error(2, "must be a valid format value"));
    }
    let allowed = |c: u8| extra.is_some_and(|m| m[c as usize]);
    let mut arr = PhpArray::new();
    let mut count = 0i64;
    if !s.is_empty() {
        let mut p = 0;
        let mut e = s.len();
        if (s[0] == b'\'' && !allowed(b'\'')) || (s[0] == b'-' && !allowed(b'-')) {
            p += 1;
        }
        if s[e - 1] == b'-' && !allowed(b'-') {
            e -= 1;
        }
        while p < e {
            let start = p;
            while p < e
                && (s[p].is_ascii_alphabetic() || allowed(s[p]) || s[p] == b'\'' || s[p] == b'-')
            {
                p += 1;
            }
            if p > start {
                match format {
                    1 => {
                        arr.push(Value::str(&s[start..p])).ok();
                    }
                    2 => arr.insert(Key::Int(start as i64), Value::str(&s[start..p])),
                    _ => count += 1,
                }
            }
            p += 1;
        }
    }
    Ok(if format == 0 {
        Value::Int(count)
    } else {
        Value::from(arr)
    })
}

/// The longest common substring: (position in `a`, position in `b`, length, how many times
/// a longer one was found).
fn longest_common(a: &[u8], b: &[u8]) -> (usize, usize, usize, usize) {
    let (mut pos1, mut pos2, mut max, mut count) = (0, 0, 0, 0);
    for p in 0..a.len() {
        for q in 0..b.len() {
            let l = a[p..]
                .iter()
                .zip(&b[q..])
                .take_while(|(x, y)| x == y)
                .count();
            if l > max {
                max = l;
                count += 1;
                pos1 = p;
                pos2 = q;
            }
        }
    }
    (pos1, pos2, max, count)
}

fn similar(a: &[u8], b: &[u8]) -> usize {
    let (pos1, pos2, max, count) = longest_common(a, b);
    if max == 0 {
        return 0;
    }
    let mut sum = max;
    if pos1 > 0 && pos2 > 0 && count > 1 {
        sum += similar(&a[..pos1], &b[..pos2]);
    }
    if pos1 + max < a.len() && pos2 + max < b.len() {
        sum += similar(&a[pos1 + max..], &b[pos2 + max..]);
    }
    sum
}

fn similar_text(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let (s1, s2) = (a.str(0), a.str(1));
    if s1.len() + s2.len() == 0 {
        a.set_ref(2, Value::Float(0.0));
        return Ok(Value::Int(0));
    }
    let sim = similar(&s1, &s2);
    a.set_ref(
        2,
        Value::Float(sim as f64 * 2.0 * 100.0 / (s1.len() + s2.len()) as f64),
    );
    Ok(Value::Int(sim as i64))
}

fn levenshtein(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let (s1, s2) = (a.str(0), a.str(1));
    let (ins, rep, del) = (a.int(2), a.int(3), a.int(4));
    if s1.is_empty() {
        return Ok(Value::Int((s2.len() as i64).wrapping_mul(ins)));
    }
    if s2.is_empty() {
        return Ok(Value::Int((s1.len() as i64).wrapping_mul(del)));
    }
    let mut p1: Vec<i64> = (0..=s2.len() as i64).map(|i| i.wrapping_mul(ins)).collect();
    let mut p2 = vec![0i64; s2.len() + 1];
    for &c1 in s1.iter() {
        p2[0] = p1[0].wrapping_add(del);
        for (j, &c2) in s2.iter().enumerate() {
            let mut c0 = p1[j].wrapping_add(if c1 == c2 { 0 } else { rep });
            let c1v = p1[j + 1].wrapping_add(del);
            if c1v < c0 {
                c0 = c1v;
            }
            let c2v = p2[j].wrapping_add(ins);
            if c2v < c0 {
                c0 = c2v;
            }
            p2[j + 1] = c0;
        }
        std::mem::swap(&mut p1, &mut p2);
    }
    Ok(Value::Int(p1[s2.len()]))
}

fn soundex(_cx: &mut Ctx, a: &mut Args) -> NResult {
    // Letter codes A..Z; 0 means "not coded" (vowels, H, W, Y).
    const CODES: &[u8; 26] = b"01230120022455012623010202";
    let s = a.str(0);
    let mut out = Vec::with_capacity(4);
    let mut last = 0u8;
    for &c in s.iter() {
        let u = c.to_ascii_uppercase();
        if !u.is_ascii_uppercase() {
            continue;
        }
        let code = CODES[(u - b'A') as usize];
        if out.is_empty() {
            out.push(u);
            last = code;
        } else if code != last {
            if code != b'0' {
                out.push(code);
            }
            last = code;
        }
        if out.len() == 4 {
            break;
        }
    }
    out.resize(4, b'0');
    Ok(Value::from(out))
}
