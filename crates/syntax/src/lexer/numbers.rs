//! Numeric literals: integers in every base (too-large ones become floats, as in PHP) and floats.

use super::script::Raw;
use crate::token::Tok;

/// Converts a numeric literal's text (already matched by the automaton) into a token.
/// Returns `None` for literals PHP rejects (`Invalid numeric literal`, e.g. `019`).
pub(super) fn literal(kind: Raw, text: &[u8]) -> Option<Tok> {
    let digits: Vec<u8> = text.iter().copied().filter(|&b| b != b'_').collect();
    let s = std::str::from_utf8(&digits).ok()?;
    let (radix, body) = match kind {
        Raw::Float => return s.parse::<f64>().ok().map(Tok::DNumber),
        Raw::Hex => (16, &s[2..]),
        Raw::Binary => (2, &s[2..]),
        Raw::Octal => (8, &s[2..]),
        _ if s.len() > 1 && s.starts_with('0') => {
            if s.bytes().any(|b| b > b'7') {
                return None;
            }
            (8, &s[1..])
        }
        _ => (10, s),
    };
    Some(match i64::from_str_radix(body, radix) {
        Ok(v) => Tok::LNumber(v),
        Err(_) => Tok::DNumber(big_to_float(body, radix)),
    })
}

/// Value of a digit string too large for i64, accumulated in floating point like PHP's
/// `zend_strtod`/`zend_hex_strtod` family.
fn big_to_float(body: &str, radix: u32) -> f64 {
    if radix == 10 {
        return body.parse::<f64>().unwrap_or(f64::INFINITY);
    }
    body.chars()
        .filter_map(|c| c.to_digit(radix))
        .fold(0.0, |acc, d| acc * radix as f64 + d as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bases() {
        assert_eq!(literal(Raw::Decimal, b"1_000"), Some(Tok::LNumber(1000)));
        assert_eq!(literal(Raw::Decimal, b"017"), Some(Tok::LNumber(15)));
        assert_eq!(literal(Raw::Octal, b"0o17"), Some(Tok::LNumber(15)));
        assert_eq!(literal(Raw::Hex, b"0x1F"), Some(Tok::LNumber(31)));
        assert_eq!(literal(Raw::Binary, b"0b11"), Some(Tok::LNumber(3)));
        assert_eq!(literal(Raw::Decimal, b"019"), None);
        assert_eq!(
            literal(Raw::Decimal, b"9223372036854775808"),
            Some(Tok::DNumber(9223372036854775808.0))
        );
        assert_eq!(literal(Raw::Hex, b"0xFFFFFFFFFFFFFFFF"), Some(Tok::DNumber(18446744073709551615.0)));
        assert_eq!(literal(Raw::Float, b"1_0.5e1"), Some(Tok::DNumber(105.0)));
    }
}
