//! Numeric strings (PHP 8 rules) and float formatting (`precision` / `serialize_precision`).

/// 2^63 as a float (one past `i64::MAX`).
pub const I64_END_F: f64 = 9_223_372_036_854_775_808.0;
/// -2^63 as a float.
pub const I64_MIN_F: f64 = -9_223_372_036_854_775_808.0;
const TWO64: f64 = 18_446_744_073_709_551_616.0;

/// A PHP number.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Num {
    /// An integer.
    Int(i64),
    /// A float.
    Float(f64),
}

impl Num {
    /// The number as a float.
    pub fn as_f64(self) -> f64 {
        match self {
            Num::Int(i) => i as f64,
            Num::Float(f) => f,
        }
    }
}

/// How much of a string is numeric.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Numeric {
    /// The whole string (allowing surrounding whitespace) is a number.
    Whole(Num),
    /// Only a prefix is (`"5 apples"`): usable with a warning.
    Leading(Num),
    /// Not numeric at all.
    No,
}

#[inline]
fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// Classifies `s` as PHP 8's `is_numeric_string_ex` does.
pub fn parse_numeric(s: &[u8]) -> Numeric {
    let mut i = 0;
    while i < s.len() && is_ws(s[i]) {
        i += 1;
    }
    let start = i;
    if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
        i += 1;
    }
    let int_start = i;
    while i < s.len() && s[i].is_ascii_digit() {
        i += 1;
    }
    let int_digits = i - int_start;
    let mut is_float = false;
    let mut frac_digits = 0;
    if i < s.len() && s[i] == b'.' {
        let mut j = i + 1;
        while j < s.len() && s[j].is_ascii_digit() {
            j += 1;
        }
        frac_digits = j - i - 1;
        if int_digits > 0 || frac_digits > 0 {
            is_float = true;
            i = j;
        }
    }
    if int_digits == 0 && frac_digits == 0 {
        return Numeric::No;
    }
    if i < s.len() && (s[i] == b'e' || s[i] == b'E') {
        let mut j = i + 1;
        if j < s.len() && (s[j] == b'+' || s[j] == b'-') {
            j += 1;
        }
        let ds = j;
        while j < s.len() && s[j].is_ascii_digit() {
            j += 1;
        }
        if j > ds {
            is_float = true;
            i = j;
        }
    }
    let end = i;
    while i < s.len() && is_ws(s[i]) {
        i += 1;
    }
    let text = std::str::from_utf8(&s[start..end]).unwrap_or("0");
    let num = if is_float {
        Num::Float(text.parse::<f64>().unwrap_or(0.0))
    } else {
        match text.parse::<i64>() {
            Ok(v) => Num::Int(v),
            Err(_) => Num::Float(text.parse::<f64>().unwrap_or(0.0)),
        }
    };
    if i == s.len() {
        Numeric::Whole(num)
    } else {
        Numeric::Leading(num)
    }
}

/// The number a string converts to with `(int)`/`(float)` semantics (prefix, else 0).
pub fn str_to_num(s: &[u8]) -> Num {
    match parse_numeric(s) {
        Numeric::Whole(n) | Numeric::Leading(n) => n,
        Numeric::No => Num::Int(0),
    }
}

/// `(int)` of a string: like [`str_to_num`], but integer-looking overflow saturates and
/// floats are truncated.
pub fn str_to_int(s: &[u8]) -> i64 {
    match str_to_num(s) {
        Num::Int(i) => i,
        Num::Float(f) => {
            // Integer-only strings that overflow saturate (strtol semantics).
            let t = trim_ws(s);
            let digits_only = {
                let t = t
                    .strip_prefix(b"-")
                    .or_else(|| t.strip_prefix(b"+"))
                    .unwrap_or(t);
                !t.is_empty()
                    && t.iter().take_while(|b| b.is_ascii_digit()).count() == int_prefix_len(t)
            };
            if digits_only && f.is_finite() && f.abs() >= 9.2e18 && !has_float_marks(t) {
                if f < 0.0 {
                    i64::MIN
                } else {
                    i64::MAX
                }
            } else {
                float_to_int(f)
            }
        }
    }
}

fn has_float_marks(t: &[u8]) -> bool {
    let n = numeric_prefix_len(t);
    t[..n].iter().any(|&b| b == b'.' || b == b'e' || b == b'E')
}

fn numeric_prefix_len(t: &[u8]) -> usize {
    let mut i = 0;
    if i < t.len() && (t[i] == b'-' || t[i] == b'+') {
        i += 1;
    }
    while i < t.len() && (t[i].is_ascii_digit() || matches!(t[i], b'.' | b'e' | b'E')) {
        i += 1;
    }
    i
}

fn int_prefix_len(t: &[u8]) -> usize {
    t.iter().take_while(|b| b.is_ascii_digit()).count()
}

fn trim_ws(s: &[u8]) -> &[u8] {
    let mut a = 0;
    while a < s.len() && is_ws(s[a]) {
        a += 1;
    }
    &s[a..]
}

/// PHP's float→int conversion (`zend_dval_to_lval`): modular for finite values out of
/// range, 0 for NAN and infinities.
pub fn float_to_int(f: f64) -> i64 {
    if !f.is_finite() {
        return 0;
    }
    if (I64_MIN_F..I64_END_F).contains(&f) {
        return f as i64;
    }
    // Modular arithmetic, as PHP does on 64-bit platforms.
    let two64 = TWO64;
    let mut dmod = f % two64;
    if dmod < 0.0 {
        dmod += two64;
    }
    if dmod >= I64_END_F {
        dmod -= two64;
    }
    dmod as i64
}

/// True if `f` is integral and fits in an `i64` (no precision lost when converting).
pub fn float_is_exact_int(f: f64) -> bool {
    f.is_finite() && f.fract() == 0.0 && (I64_MIN_F..I64_END_F).contains(&f)
}

/// Formats a float like PHP's `zend_gcvt`: `precision` significant digits (14 for `echo`),
/// or the shortest round-trip representation when `precision` is -1 or 0 (`var_dump`,
/// `var_export`, `json_encode` with `serialize_precision=-1`).
pub fn fmt_float(f: f64, precision: i32) -> String {
    if f.is_nan() {
        return "NAN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "INF".into() } else { "-INF".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0".into()
        } else {
            "0".into()
        };
    }
    let (mode_shortest, ndigit) = if precision <= 0 {
        (true, 17)
    } else {
        (false, precision.min(40) as usize)
    };
    let a = f.abs();
    let sci = if mode_shortest {
        format!("{:e}", a)
    } else {
        format!("{:.*e}", ndigit - 1, a)
    };
    let (mant, exp) = match sci.split_once('e') {
        Some(p) => p,
        None => return sci,
    };
    let exp: i32 = exp.parse().unwrap_or(0);
    let mut digits: Vec<u8> = mant.bytes().filter(|b| b.is_ascii_digit()).collect();
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    let decpt = exp + 1;
    let mut out = String::with_capacity(24);
    if f < 0.0 {
        out.push('-');
    }
    let use_sci = if decpt < 0 {
        decpt < -3
    } else {
        decpt > ndigit as i32
    };
    if use_sci {
        out.push(digits[0] as char);
        out.push('.');
        if digits.len() > 1 {
            out.extend(digits[1..].iter().map(|&b| b as char));
        } else {
            out.push('0');
        }
        out.push('E');
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&exp.abs().to_string());
    } else if decpt <= 0 {
        out.push_str("0.");
        for _ in 0..(-decpt) {
            out.push('0');
        }
        out.extend(digits.iter().map(|&b| b as char));
    } else {
        let d = decpt as usize;
        if digits.len() <= d {
            out.extend(digits.iter().map(|&b| b as char));
            for _ in digits.len()..d {
                out.push('0');
            }
        } else {
            out.extend(digits[..d].iter().map(|&b| b as char));
            out.push('.');
            out.extend(digits[d..].iter().map(|&b| b as char));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_formatting_matches_php() {
        // Expectations from the reference PHP (`var_dump` and `echo`).
        let dump = |f| fmt_float(f, -1);
        let echo = |f| fmt_float(f, 14);
        assert_eq!(dump(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(dump(1e25), "1.0E+25");
        assert_eq!(dump(-0.0), "-0");
        assert_eq!(dump(1e15), "1000000000000000");
        assert_eq!(dump(123456789012345678.0), "1.2345678901234568E+17");
        assert_eq!(dump(0.00001), "1.0E-5");
        assert_eq!(dump(1.5e-7), "1.5E-7");
        assert_eq!(dump(0.1 + 0.7), "0.7999999999999999");
        assert_eq!(dump(1.0 / 3.0), "0.3333333333333333");
        assert_eq!(dump(1e20), "1.0E+20");
        assert_eq!(dump(123456789.12345678), "123456789.12345678");
        assert_eq!(dump(1.0), "1");
        assert_eq!(dump(-1.5e-10), "-1.5E-10");
        assert_eq!(dump(2.5e15), "2500000000000000");
        assert_eq!(dump(9.223372036854776E+18), "9.223372036854776E+18");
        assert_eq!(dump(f64::INFINITY), "INF");
        assert_eq!(dump(f64::NEG_INFINITY), "-INF");
        assert_eq!(dump(f64::NAN), "NAN");
        assert_eq!(echo(1e15), "1.0E+15");
        assert_eq!(echo(1e14), "1.0E+14");
        assert_eq!(echo(0.1 + 0.2), "0.3");
        assert_eq!(echo(1e-5), "1.0E-5");
        assert_eq!(echo(1.0 / 3.0), "0.33333333333333");
        assert_eq!(echo(1e6), "1000000");
        assert_eq!(echo(123456789012345.0), "1.2345678901234E+14");
        assert_eq!(echo(1234567890123456.0), "1.2345678901235E+15");
        assert_eq!(echo(0.1 + 0.7), "0.8");
        assert_eq!(echo(-1.0e-10), "-1.0E-10");
        assert_eq!(echo(1e20), "1.0E+20");
        assert_eq!(echo(0.0001), "0.0001");
    }

    #[test]
    fn numeric_strings() {
        assert_eq!(parse_numeric(b" 5"), Numeric::Whole(Num::Int(5)));
        assert_eq!(parse_numeric(b"5 "), Numeric::Whole(Num::Int(5)));
        assert_eq!(parse_numeric(b"5\n"), Numeric::Whole(Num::Int(5)));
        assert_eq!(parse_numeric(b"5 apples"), Numeric::Leading(Num::Int(5)));
        assert_eq!(parse_numeric(b"abc"), Numeric::No);
        assert_eq!(parse_numeric(b"."), Numeric::No);
        assert_eq!(parse_numeric(b".5"), Numeric::Whole(Num::Float(0.5)));
        assert_eq!(parse_numeric(b"5."), Numeric::Whole(Num::Float(5.0)));
        assert_eq!(parse_numeric(b"1e3"), Numeric::Whole(Num::Float(1000.0)));
        assert_eq!(parse_numeric(b"1e"), Numeric::Leading(Num::Int(1)));
        assert_eq!(parse_numeric(b"0x1A"), Numeric::Leading(Num::Int(0)));
        assert_eq!(
            parse_numeric(b"9223372036854775808"),
            Numeric::Whole(Num::Float(I64_END_F))
        );
        assert_eq!(str_to_int(b"9223372036854775808"), i64::MAX);
        assert_eq!(str_to_int(b"12abc"), 12);
        assert_eq!(str_to_int(b"1e3"), 1000);
        assert_eq!(float_to_int(1e20), 7766279631452241920);
        assert_eq!(float_to_int(f64::NAN), 0);
    }
}
