//! PHP's `round()` algorithm (8.2: pre-rounding to the value's precision first).

/// `PHP_ROUND_HALF_UP`.
pub const HALF_UP: i64 = 1;
/// `PHP_ROUND_HALF_DOWN`.
pub const HALF_DOWN: i64 = 2;
/// `PHP_ROUND_HALF_EVEN`.
pub const HALF_EVEN: i64 = 3;
/// `PHP_ROUND_HALF_ODD`.
pub const HALF_ODD: i64 = 4;

fn intpow10(p: i32) -> f64 {
    if !(0..=22).contains(&p) {
        return 10f64.powi(p);
    }
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ][p as usize]
}

fn round_helper(v: f64, mode: i64) -> f64 {
    let half = |v: f64, up: bool| -> f64 {
        let t = v.trunc();
        let frac = v - t;
        if frac.abs() == 0.5 {
            if up {
                t + frac.signum()
            } else {
                t
            }
        } else {
            v.round()
        }
    };
    match mode {
        HALF_DOWN => half(v, false),
        HALF_EVEN => {
            let t = v.trunc();
            if (v - t).abs() == 0.5 {
                if t % 2.0 == 0.0 {
                    t
                } else {
                    t + (v - t).signum()
                }
            } else {
                v.round()
            }
        }
        HALF_ODD => {
            let t = v.trunc();
            if (v - t).abs() == 0.5 {
                if t % 2.0 != 0.0 {
                    t
                } else {
                    t + (v - t).signum()
                }
            } else {
                v.round()
            }
        }
        _ => {
            if v >= 0.0 {
                (v + 0.5).floor()
            } else {
                (v - 0.5).ceil()
            }
        }
    }
}

fn get_basic(v: f64, places: i32) -> f64 {
    let f = intpow10(places.abs());
    if places >= 0 {
        v * f
    } else {
        v / f
    }
}

/// `_php_math_round(value, places, mode)` from PHP 8.2.
pub fn php_round(value: f64, places: i64, mode: i64) -> f64 {
    if !value.is_finite() || value == 0.0 {
        return value;
    }
    let places = places.clamp(i32::MIN as i64 + 1, i32::MAX as i64) as i32;
    let precision_places = 14 - value.abs().log10().floor() as i32;
    let f1 = intpow10(places.abs());
    let mut tmp;
    if precision_places > places && precision_places - 15 < places {
        let use_precision = precision_places.max(-4 * 15);
        tmp = round_helper(get_basic(value, use_precision), mode);
        let up = (places - use_precision).max(-4 * 15);
        tmp /= intpow10(up.abs());
    } else {
        tmp = if places >= 0 { value * f1 } else { value / f1 };
        if tmp.abs() >= 1e15 {
            return value;
        }
    }
    tmp = round_helper(tmp, mode);
    if places.abs() < 23 {
        if places > 0 {
            tmp /= f1;
        } else {
            tmp *= f1;
        }
    } else {
        let s = format!("{:15.6}e{}", tmp, -places);
        match s.trim().parse::<f64>() {
            Ok(t) if t.is_finite() => tmp = t,
            _ => return value,
        }
    }
    tmp
}
