//! `number_format`.

use crate::standard::math::round::php_round;
use phpsock_eval::{Args, Ctx, NResult, Value};

/// Formats `num` with `dec` decimals and the given separators, as PHP's
/// `_php_math_number_format_ex` does.
pub fn format_number(num: f64, dec: i64, dec_point: &[u8], thousands: &[u8]) -> Vec<u8> {
    let dec = dec.clamp(0, 1000) as usize;
    let d = php_round(num, dec as i64, 1);
    let neg = d < 0.0 && d != 0.0;
    if !d.is_finite() {
        return if d.is_nan() {
            b"nan".to_vec()
        } else {
            b"inf".to_vec()
        };
    }
    let tmp = format!("{:.*}", dec, d.abs());
    let (int_part, frac) = match tmp.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (tmp.as_str(), None),
    };
    // A result that rounds to zero prints without a sign.
    let all_zero = tmp.bytes().all(|b| b == b'0' || b == b'.');
    let mut out = Vec::new();
    if neg && !all_zero {
        out.push(b'-');
    }
    let ib = int_part.as_bytes();
    for (i, &c) in ib.iter().enumerate() {
        if i > 0 && (ib.len() - i) % 3 == 0 {
            out.extend_from_slice(thousands);
        }
        out.push(c);
    }
    if let Some(f) = frac {
        if dec > 0 {
            out.extend_from_slice(dec_point);
            out.extend_from_slice(f.as_bytes());
        }
    }
    out
}

pub(super) fn number_format(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let dp = a.opt_str(2).map_or_else(|| b".".to_vec(), |s| s.to_vec());
    let ts = a.opt_str(3).map_or_else(|| b",".to_vec(), |s| s.to_vec());
    Ok(Value::from(format_number(a.float(0), a.int(1), &dp, &ts)))
}
