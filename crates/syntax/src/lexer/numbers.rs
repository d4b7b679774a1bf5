//! Conversion of numeric literals to values, as `zend_language_scanner.l` does it.

use crate::token::Tok;

/// Why a numeric literal was rejected.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct InvalidNumericLiteral;

/// Strips the `_` digit separators.
fn digits(text: &[u8]) -> Vec<u8> {
    text.iter().copied().filter(|&b| b != b'_').collect()
}

fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => u32::from(b - b'0'),
        b'a'..=b'f' => u32::from(b - b'a') + 10,
        b'A'..=b'F' => u32::from(b - b'A') + 10,
        _ => 0,
    }
}

/// Parses `digits` in `radix`; an i64 if it fits, else PHP's double approximation, which
/// accumulates `value * radix + digit` in floating point (`zend_hex_strtod` and friends).
fn radix_value(digits: &[u8], radix: u32) -> Tok {
    let mut acc: i64 = 0;
    let mut overflow = false;
    for &b in digits {
        match acc
            .checked_mul(i64::from(radix))
            .and_then(|v| v.checked_add(i64::from(digit_value(b))))
        {
            Some(v) => acc = v,
            None => {
                overflow = true;
                break;
            }
        }
    }
    if !overflow {
        return Tok::LNumber(acc);
    }
    // `zend_hex_strtod` adds the digit; `zend_oct_strtod`/`zend_bin_strtod` evaluate
    // `value * radix + c - '0'` left to right in double, adding the character code before
    // taking `'0'` away, which rounds differently.
    let mut value = 0.0f64;
    for &b in digits {
        value = if radix == 16 {
            value * 16.0 + f64::from(digit_value(b))
        } else {
            value * f64::from(radix) + f64::from(b) - f64::from(b'0')
        };
    }
    Tok::DNumber(value)
}

/// A decimal-looking integer literal (`LNUM`): decimal, or octal when it starts with `0`.
pub(super) fn lnumber(text: &[u8]) -> Result<Tok, InvalidNumericLiteral> {
    let d = digits(text);
    if d.len() > 1 && d[0] == b'0' {
        if d.iter().any(|&b| b == b'8' || b == b'9') {
            return Err(InvalidNumericLiteral);
        }
        return Ok(radix_value(&d[1..], 8));
    }
    match radix_value(&d, 10) {
        Tok::DNumber(_) => Ok(Tok::DNumber(parse_float(&d))),
        tok => Ok(tok),
    }
}

/// `0x…`, `0b…` or `0o…` (prefix included in `text`).
pub(super) fn prefixed(text: &[u8], radix: u32) -> Tok {
    let d = digits(text.get(2..).unwrap_or_default());
    radix_value(&d, radix)
}

/// A float literal (`DNUM` or `EXPONENT_DNUM`).
pub(super) fn dnumber(text: &[u8]) -> Tok {
    Tok::DNumber(parse_float(&digits(text)))
}

/// Correctly rounded decimal-to-double conversion (as `zend_strtod`); overflow gives INF.
fn parse_float(d: &[u8]) -> f64 {
    std::str::from_utf8(d)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_and_overflow() {
        assert_eq!(lnumber(b"1_000"), Ok(Tok::LNumber(1000)));
        assert_eq!(lnumber(b"9223372036854775807"), Ok(Tok::LNumber(i64::MAX)));
        assert_eq!(
            lnumber(b"9223372036854775808"),
            Ok(Tok::DNumber(9.223372036854776e18))
        );
    }

    #[test]
    fn octal() {
        assert_eq!(lnumber(b"017"), Ok(Tok::LNumber(15)));
        assert_eq!(lnumber(b"0_1"), Ok(Tok::LNumber(1)));
        assert_eq!(lnumber(b"00"), Ok(Tok::LNumber(0)));
        assert_eq!(lnumber(b"08"), Err(InvalidNumericLiteral));
        assert_eq!(lnumber(b"019_1"), Err(InvalidNumericLiteral));
        assert_eq!(
            lnumber(b"0777777777777777777777"),
            Ok(Tok::LNumber(i64::MAX))
        );
        assert_eq!(prefixed(b"0o1_7", 8), Tok::LNumber(15));
    }

    #[test]
    fn hex_binary_overflow_like_php() {
        assert_eq!(prefixed(b"0xFF_ff", 16), Tok::LNumber(65535));
        assert_eq!(
            prefixed(b"0x8000000000000000", 16),
            Tok::DNumber(9.223372036854776e18)
        );
        assert_eq!(
            prefixed(b"0x1234567890abcdef12", 16),
            Tok::DNumber(3.358127276274943e20)
        );
        assert_eq!(prefixed(b"0B11", 2), Tok::LNumber(3));
    }

    #[test]
    fn floats() {
        assert_eq!(dnumber(b"1."), Tok::DNumber(1.0));
        assert_eq!(dnumber(b".5"), Tok::DNumber(0.5));
        assert_eq!(dnumber(b"1.e3"), Tok::DNumber(1000.0));
        assert_eq!(dnumber(b"1_000.5_5e1_0"), Tok::DNumber(10005500000000.0));
        assert_eq!(dnumber(b"1e400"), Tok::DNumber(f64::INFINITY));
        assert_eq!(dnumber(b"1E-5"), Tok::DNumber(1e-5));
    }
}
