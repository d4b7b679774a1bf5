//! `sscanf()`: PHP's scanf engine. Whitespace in the format skips any whitespace in the input,
//! other bytes must match; conversions `%d %i %o %x %u %f %e %g %s %c %[set] %n`, with widths,
//! `*` to suppress the assignment and XPG `%N$` positions. The values come back as an array
//! (`null` for those not reached), or are assigned to the by-reference arguments with the
//! number of conversions returned.

use phpsock_eval::{Args, Ctx, Module, NResult, PhpArray, Value};

/// Registers `sscanf` and `fscanf`.
pub(super) fn register(m: &mut Module) {
    m.func(
        "sscanf(string $string, string $format, mixed &...$vars): array|int|null",
        sscanf,
    )
    .func(
        "fscanf($stream, string $format, mixed &...$vars): array|int|false|null",
        fscanf,
    );
}

/// C's `isspace`.
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// One conversion of a format, as written after its `%`.
struct Spec {
    /// `%*d`: scanned, not assigned.
    suppress: bool,
    /// `%N$d`: the value's number as written (1 for the first).
    position: Option<usize>,
    /// The field width (0: none).
    width: usize,
    /// The conversion byte (0 at the end of the format).
    conv: u8,
    /// Where the format goes on, after the conversion byte.
    next: usize,
}

/// Parses the conversion whose `%` is just before `format[f]`: `*` or `N$`, a width, a
/// size letter PHP ignores (`h`, `l`, `L`), and the conversion byte.
fn parse_spec(format: &[u8], mut f: usize) -> Spec {
    let digits_end = |mut i: usize| {
        while format.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        i
    };
    let number = |a: usize, b: usize| {
        std::str::from_utf8(&format[a..b])
            .ok()
            .and_then(|t| t.parse::<usize>().ok())
            .unwrap_or(usize::MAX)
    };
    let (mut suppress, mut position) = (false, None);
    if format.get(f) == Some(&b'*') {
        suppress = true;
        f += 1;
    } else {
        let end = digits_end(f);
        if end > f && format.get(end) == Some(&b'$') {
            position = Some(number(f, end));
            f = end + 1;
        }
    }
    let end = digits_end(f);
    let width = if end > f { number(f, end) } else { 0 };
    f = end;
    if matches!(format.get(f), Some(b'h' | b'l' | b'L')) {
        f += 1;
    }
    Spec {
        suppress,
        position,
        width,
        conv: format.get(f).copied().unwrap_or(0),
        next: f + 1,
    }
}

/// How many values the format assigns, or the message of PHP's ValueError for a bad format.
fn validate(format: &[u8], num_vars: usize) -> Result<usize, String> {
    let mut assigned = vec![0u32; num_vars.max(1)];
    let (mut index, mut xpg_max, mut got_xpg, mut got_seq) = (0usize, 0usize, false, false);
    let mut i = 0;
    let bad_index = |xpg: bool| {
        if xpg {
            "\"%n$\" argument index out of range".to_string()
        } else {
            "Different numbers of variable names and field specifiers".to_string()
        }
    };
    while i < format.len() {
        if format[i] != b'%' {
            i += 1;
            continue;
        }
        i += 1;
        if format.get(i) == Some(&b'%') {
            i += 1;
            continue;
        }
        let spec = parse_spec(format, i);
        let (suppress, conv) = (spec.suppress, spec.conv);
        i = spec.next;
        let mut pos = None;
        if let Some(n) = spec.position {
            got_xpg = true;
            // (Without variables, positions up to 255.)
            if n == 0 || (num_vars > 0 && n > num_vars) || n > 255 {
                return Err(bad_index(true));
            }
            pos = Some(n - 1);
        }
        match conv {
            b'n' | b'd' | b'D' | b'i' | b'o' | b'x' | b'X' | b'u' | b'f' | b'e' | b'E' | b'g'
            | b's' | b'c' => {}
            b'[' => {
                if format.get(i) == Some(&b'^') {
                    i += 1;
                }
                if format.get(i) == Some(&b']') {
                    i += 1;
                }
                while i < format.len() && format[i] != b']' {
                    i += 1;
                }
                if i >= format.len() {
                    return Err("Unmatched [ in format string".to_string());
                }
                i += 1;
            }
            // (At the end of the format PHP's C string message stops at the NUL byte.)
            0 => return Err("Bad scan conversion character \"".to_string()),
            c => {
                return Err(format!(
                    "Bad scan conversion character \"{}\"",
                    String::from_utf8_lossy(&[c])
                ))
            }
        }
        if suppress {
            continue;
        }
        if pos.is_none() {
            got_seq = true;
        }
        if got_xpg && got_seq {
            return Err("cannot mix \"%\" and \"%n$\" conversion specifiers".to_string());
        }
        let slot = match pos {
            Some(p) => {
                xpg_max = xpg_max.max(p + 1);
                p
            }
            None => {
                index += 1;
                index - 1
            }
        };
        if num_vars > 0 && slot >= num_vars {
            return Err(bad_index(got_xpg));
        }
        if slot >= assigned.len() {
            assigned.resize(slot + 1, 0);
        }
        assigned[slot] += 1;
    }
    let total = if num_vars > 0 {
        num_vars
    } else if got_xpg {
        xpg_max
    } else {
        index
    };
    for &n in assigned.iter().take(total) {
        if n > 1 {
            return Err("Variable is assigned by multiple \"%n$\" conversion specifiers".into());
        }
        if n == 0 && !got_xpg && num_vars > 0 {
            return Err("Variable is not assigned by any conversion specifiers".into());
        }
    }
    Ok(total)
}

/// Where the scanned values go.
struct Out {
    vals: Vec<Value>,
    next: usize,
}

impl Out {
    fn put(&mut self, pos: Option<usize>, v: Value) {
        let i = pos.unwrap_or(self.next);
        if pos.is_none() {
            self.next += 1;
        }
        if let Some(slot) = self.vals.get_mut(i) {
            *slot = v;
        }
    }
}

/// Scans `s` with `format`: the values (or `None` where unassigned) and whether it stopped for
/// want of input before any conversion (PHP's "EOF" result), with the conversion count.
fn scan(s: &[u8], format: &[u8], total: usize) -> (Vec<Value>, usize, bool) {
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let mut out = Out {
        vals: vec![Value::Null; total],
        next: 0,
    };
    let (mut i, mut f) = (0usize, 0usize);
    let mut conversions = 0usize;
    let mut underflow = false;
    'outer: while f < format.len() {
        let ch = format[f];
        f += 1;
        if is_space(ch) {
            while is_space(at(i)) {
                i += 1;
            }
            continue;
        }
        let literal = if ch != b'%' {
            Some(ch)
        } else if format.get(f) == Some(&b'%') {
            f += 1;
            Some(b'%')
        } else {
            None
        };
        if let Some(l) = literal {
            if at(i) == 0 {
                underflow = true;
                break;
            }
            if at(i) != l {
                break;
            }
            i += 1;
            continue;
        }
        let spec = parse_spec(format, f);
        let (suppress, width, conv) = (spec.suppress, spec.width, spec.conv);
        let pos = spec.position.map(|n| n - 1);
        f = spec.next;
        if conv == b'n' {
            if !suppress {
                out.put(pos, Value::Int(i as i64));
            }
            conversions += 1;
            continue;
        }
        let noskip = matches!(conv, b'c' | b'[');
        if at(i) == 0 {
            underflow = true;
            break;
        }
        if !noskip {
            while is_space(at(i)) {
                i += 1;
            }
            if at(i) == 0 {
                underflow = true;
                break;
            }
        }
        let value = match conv {
            // `%c` is PHP's string scan without the whitespace skip, one byte by default
            // (so it stops at whitespace, as a string does).
            b'c' | b's' => {
                let limit = match (conv, width) {
                    (b'c', 0) => 1,
                    (_, 0) => usize::MAX,
                    (_, w) => w,
                };
                let start = i;
                while at(i) != 0 && !is_space(at(i)) && i - start < limit {
                    i += 1;
                }
                Value::from(s[start..i].to_vec())
            }
            b'[' => {
                let (set, next) = char_set(format, f);
                f = next;
                let limit = if width == 0 { usize::MAX } else { width };
                let start = i;
                while at(i) != 0 && set(at(i)) && i - start < limit {
                    i += 1;
                }
                if i == start {
                    break 'outer;
                }
                Value::from(s[start..i].to_vec())
            }
            b'f' | b'e' | b'E' | b'g' => match scan_float(s, &mut i, width, &mut underflow) {
                Some(v) => Value::Float(v),
                None => break 'outer,
            },
            _ => {
                let (base, unsigned) = match conv {
                    b'i' => (0, false),
                    b'o' => (8, false),
                    b'x' | b'X' => (16, false),
                    b'u' => (10, true),
                    _ => (10, false),
                };
                match scan_int(s, &mut i, width, base, unsigned, &mut underflow) {
                    Some(v) => v,
                    None => break 'outer,
                }
            }
        };
        if !suppress {
            out.put(pos, value);
        }
        conversions += 1;
    }
    (out.vals, conversions, underflow && conversions == 0)
}

/// The test for a `%[…]` set starting at `format[f]` (after the `[`), and where the format
/// goes on after its `]`.
fn char_set(format: &[u8], mut f: usize) -> (impl Fn(u8) -> bool, usize) {
    let exclude = format.get(f) == Some(&b'^');
    if exclude {
        f += 1;
    }
    let mut chars = Vec::new();
    let mut ranges = Vec::new();
    if format.get(f) == Some(&b']') {
        chars.push(b']');
        f += 1;
    }
    while f < format.len() && format[f] != b']' {
        let c = format[f];
        if format.get(f + 1) == Some(&b'-') && format.get(f + 2).is_some_and(|&e| e != b']') {
            let e = format[f + 2];
            ranges.push((c.min(e), c.max(e)));
            f += 3;
        } else {
            chars.push(c);
            f += 1;
        }
    }
    let test = move |b: u8| {
        let inside = chars.contains(&b) || ranges.iter().any(|&(lo, hi)| (lo..=hi).contains(&b));
        inside != exclude
    };
    (test, f + 1)
}

/// The bytes of a number from `s[*i]` on, as PHP's scanner gathers them into its 64-byte
/// buffer: while `take(byte, bytes so far)` accepts them, within the width (63 at most), and
/// not past the end of the input.
fn gather(
    s: &[u8],
    i: &mut usize,
    width: usize,
    mut take: impl FnMut(u8, usize) -> bool,
) -> Vec<u8> {
    let width = if width == 0 || width > 63 { 63 } else { width };
    let mut buf = Vec::new();
    while buf.len() < width {
        let c = s.get(*i).copied().unwrap_or(0);
        if c == 0 || !take(c, buf.len()) {
            break;
        }
        buf.push(c);
        *i += 1;
    }
    buf
}

/// An integer as C's `strtol`/`strtoul` read what PHP's scanner gathered.
fn scan_int(
    s: &[u8],
    i: &mut usize,
    width: usize,
    mut base: u32,
    unsigned: bool,
    underflow: &mut bool,
) -> Option<Value> {
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let (mut sign_ok, mut no_digits, mut no_zero, mut x_ok) = (true, true, true, false);
    let mut buf = gather(s, i, width, |c, len| match c {
        b'0' => {
            if base == 16 {
                x_ok = true;
            }
            if base == 0 {
                base = 8;
                x_ok = true;
            }
            if no_zero {
                sign_ok = false;
                no_digits = false;
                no_zero = false;
            } else {
                sign_ok = false;
                x_ok = false;
                no_digits = false;
            }
            true
        }
        b'1'..=b'7' => {
            if base == 0 {
                base = 10;
            }
            sign_ok = false;
            x_ok = false;
            no_digits = false;
            true
        }
        b'8' | b'9' => {
            if base == 0 {
                base = 10;
            }
            if base <= 8 {
                false
            } else {
                sign_ok = false;
                x_ok = false;
                no_digits = false;
                true
            }
        }
        b'a'..=b'f' | b'A'..=b'F' => {
            if base <= 10 {
                false
            } else {
                sign_ok = false;
                x_ok = false;
                no_digits = false;
                true
            }
        }
        b'+' | b'-' if sign_ok => {
            sign_ok = false;
            true
        }
        b'x' | b'X' if x_ok && len == 1 => {
            base = 16;
            x_ok = false;
            true
        }
        _ => false,
    });
    if no_digits {
        if at(*i) == 0 {
            *underflow = true;
        }
        return None;
    }
    if matches!(buf.last(), Some(b'x' | b'X')) {
        buf.pop();
        *i -= 1;
    }
    let base = if base == 0 { 10 } else { base };
    let (neg, digits) = match buf.first() {
        Some(b'-') => (true, &buf[1..]),
        Some(b'+') => (false, &buf[1..]),
        _ => (false, &buf[..]),
    };
    let digits = if base == 16 {
        digits
            .strip_prefix(b"0x")
            .or_else(|| digits.strip_prefix(b"0X"))
            .unwrap_or(digits)
    } else {
        digits
    };
    // The magnitude, saturating as strtol/strtoul do.
    let mut mag: u128 = 0;
    for &d in digits {
        let v = (d as char).to_digit(base).unwrap_or(0) as u128;
        mag = (mag * base as u128 + v).min(u128::from(u64::MAX) + 1);
    }
    Some(if unsigned {
        let m = mag.min(u128::from(u64::MAX)) as u64;
        let v = if neg { m.wrapping_neg() } else { m };
        if v > i64::MAX as u64 {
            Value::from(v.to_string())
        } else {
            Value::Int(v as i64)
        }
    } else if neg {
        Value::Int(if mag > i64::MAX as u128 + 1 {
            i64::MIN
        } else {
            (mag as i128).wrapping_neg() as i64
        })
    } else {
        Value::Int(mag.min(i64::MAX as u128) as i64)
    })
}

/// A float as PHP's scanner gathers it (sign, digits, one point, an exponent after a digit).
fn scan_float(s: &[u8], i: &mut usize, width: usize, underflow: &mut bool) -> Option<f64> {
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let (mut sign_ok, mut no_digits, mut pt_ok, mut exp_ok) = (true, true, true, true);
    let mut buf = gather(s, i, width, |c, _| match c {
        b'0'..=b'9' => {
            sign_ok = false;
            no_digits = false;
            true
        }
        b'+' | b'-' if sign_ok => {
            sign_ok = false;
            true
        }
        b'.' if pt_ok => {
            sign_ok = false;
            pt_ok = false;
            true
        }
        b'e' | b'E' if exp_ok && !no_digits => {
            exp_ok = false;
            pt_ok = false;
            sign_ok = true;
            no_digits = true;
            true
        }
        _ => false,
    });
    if no_digits {
        if exp_ok {
            if at(*i) == 0 {
                *underflow = true;
            }
            return None;
        }
        // A bad exponent: give back the `e` and its sign.
        let last = buf.pop();
        *i -= 1;
        if !matches!(last, Some(b'e' | b'E')) {
            buf.pop();
            *i -= 1;
        }
    }
    // What is left is a well-formed number (`1.`, `.5` and `1e5` included).
    Some(String::from_utf8_lossy(&buf).parse().unwrap_or(0.0))
}

fn sscanf(cx: &mut Ctx, a: &mut Args) -> NResult {
    let s = a.str(0);
    scan_into(cx, a, s.as_bytes())
}

/// `fscanf()`: [`sscanf`] over the stream's next line (`false` at its end).
fn fscanf(cx: &mut Ctx, a: &mut Args) -> NResult {
    use crate::standard::files::resource::{resource_arg, with_res_stream};
    let r = resource_arg(cx, a, 0)?;
    let line = with_res_stream(cx, &r, |s, _| Ok(s.read_line(None).ok().flatten()))?;
    match line {
        Some(l) => scan_into(cx, a, &l),
        None => Ok(Value::Bool(false)),
    }
}

/// Scans `input` with the format in argument 2 into an array, or into the by-reference
/// arguments after it.
fn scan_into(cx: &mut Ctx, a: &mut Args, input: &[u8]) -> NResult {
    let format = a.str(1);
    let num_vars = a.len().saturating_sub(2);
    let total = match validate(format.as_bytes(), num_vars) {
        Ok(n) => n,
        Err(msg) => return Err(cx.throw("ValueError", msg)),
    };
    // (C string semantics: the input ends at a NUL byte.)
    let input = &input[..input.iter().position(|&b| b == 0).unwrap_or(input.len())];
    let (vals, conversions, eof) = scan(input, format.as_bytes(), total);
    if num_vars == 0 {
        if eof {
            return Ok(Value::Null);
        }
        return Ok(Value::from(PhpArray::from_values(vals)));
    }
    if eof {
        return Ok(Value::Int(-1));
    }
    for (k, v) in vals.into_iter().enumerate() {
        if !v.is_null() {
            a.set_ref(2 + k, v);
        }
    }
    Ok(Value::Int(conversions as i64))
}
