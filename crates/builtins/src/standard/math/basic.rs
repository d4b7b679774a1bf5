//! Arithmetic helpers, rounding, min/max, logarithms and trigonometry.

use super::round::php_round;
use phpsock_eval::ops;
use phpsock_eval::{Args, Ctx, NResult, Value};
use phpsock_syntax::ast::BinOp;

pub(super) fn abs(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(match a.get(0) {
        Value::Int(i) if i == i64::MIN => Value::Float(-(i as f64)),
        Value::Int(i) => Value::Int(i.abs()),
        v => Value::Float(v.to_float().abs()),
    })
}

pub(super) fn floor(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Float(a.float(0).floor()))
}

pub(super) fn ceil(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Float(a.float(0).ceil()))
}

pub(super) fn round(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let places = a.int(1);
    let mode = a.int(2);
    Ok(match a.get(0) {
        Value::Int(i) if places >= 0 => Value::Float(i as f64),
        v => Value::Float(php_round(v.to_float(), places, mode)),
    })
}

pub(super) fn intdiv(cx: &mut Ctx, a: &mut Args) -> NResult {
    let (x, y) = (a.int(0), a.int(1));
    if y == 0 {
        return Err(cx.throw("DivisionByZeroError", "Division by zero"));
    }
    if y == -1 && x == i64::MIN {
        return Err(cx.throw(
            "ArithmeticError",
            "Division of PHP_INT_MIN by -1 is not an integer",
        ));
    }
    Ok(Value::Int(x / y))
}

pub(super) fn fmod(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Float(a.float(0) % a.float(1)))
}

pub(super) fn fdiv(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Float(a.float(0) / a.float(1)))
}

pub(super) fn pow(cx: &mut Ctx, a: &mut Args) -> NResult {
    let (x, y) = (a.get(0), a.get(1));
    ops::binary(cx.vm(), BinOp::Pow, &x, &y)
}

pub(super) fn log(cx: &mut Ctx, a: &mut Args) -> NResult {
    let n = a.float(0);
    if !a.was_passed(1) {
        return Ok(Value::Float(n.ln()));
    }
    let base = a.float(1);
    Ok(Value::Float(if base == 2.0 {
        n.log2()
    } else if base == 10.0 {
        n.log10()
    } else if base == 1.0 {
        f64::NAN
    } else if base <= 0.0 {
        return Err(cx.value_error(2, "must be greater than 0"));
    } else {
        n.ln() / base.ln()
    }))
}

macro_rules! float_fn {
    ($($name:ident => $e:expr;)*) => {
        $(pub(super) fn $name(_cx: &mut Ctx, a: &mut Args) -> NResult {
            let f: fn(f64) -> f64 = $e;
            Ok(Value::Float(f(a.float(0))))
        })*
    };
}

float_fn! {
    sqrt => f64::sqrt;
    exp => f64::exp;
    expm1 => f64::exp_m1;
    log10 => f64::log10;
    log1p => f64::ln_1p;
    sin => f64::sin;
    cos => f64::cos;
    tan => f64::tan;
    asin => f64::asin;
    acos => f64::acos;
    atan => f64::atan;
    sinh => f64::sinh;
    cosh => f64::cosh;
    tanh => f64::tanh;
    asinh => f64::asinh;
    acosh => f64::acosh;
    atanh => f64::atanh;
    deg2rad => |d| d / 180.0 * std::f64::consts::PI;
    rad2deg => |r| r / std::f64::consts::PI * 180.0;
}

pub(super) fn atan2(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Float(a.float(0).atan2(a.float(1))))
}

pub(super) fn hypot(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Float(a.float(0).hypot(a.float(1))))
}

pub(super) fn pi(_cx: &mut Ctx, _a: &mut Args) -> NResult {
    Ok(Value::Float(std::f64::consts::PI))
}

pub(super) fn is_nan(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Bool(a.float(0).is_nan()))
}

pub(super) fn is_infinite(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Bool(a.float(0).is_infinite()))
}

pub(super) fn is_finite(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Bool(a.float(0).is_finite()))
}

fn minmax(cx: &mut Ctx, a: &mut Args, want_max: bool) -> NResult {
    if a.passed() == 1 {
        let v = a.get(0);
        let Value::Array(arr) = v else {
            let t = v.type_name();
            return Err(cx.type_error(1, &format!("must be of type array, {t} given")));
        };
        let mut it = arr.values();
        let Some(first) = it.next() else {
            return Err(cx.value_error(1, "must contain at least one element"));
        };
        let mut best = first.deref();
        for x in it {
            let x = x.deref();
            let c = ops::compare(cx.vm(), &best, &x)?;
            if (want_max && c < 0) || (!want_max && c > 0) {
                best = x;
            }
        }
        return Ok(best);
    }
    let vals: Vec<Value> = (0..a.len()).map(|i| a.get(i)).collect();
    let mut best = vals[0].clone();
    for x in vals.into_iter().skip(1) {
        let c = ops::compare(cx.vm(), &x, &best)?;
        if (want_max && c > 0) || (!want_max && c < 0) {
            best = x;
        }
    }
    Ok(best)
}

pub(super) fn max(cx: &mut Ctx, a: &mut Args) -> NResult {
    minmax(cx, a, true)
}

pub(super) fn min(cx: &mut Ctx, a: &mut Args) -> NResult {
    minmax(cx, a, false)
}
