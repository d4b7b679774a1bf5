//! Operators with PHP 8 semantics: arithmetic (int overflow to float), bitwise (also on
//! strings), comparison (`==`, `<=>`, `===`), concatenation, increment/decrement.

use crate::array::PhpArray;
use crate::diag::{E_DEPRECATED, E_WARNING};
use crate::numeric::{fmt_float, parse_numeric, Num, Numeric};
use crate::string::PhpStr;
use crate::value::Value;
use crate::vm::{Unwind, Vm};
use phpsock_syntax::ast::BinOp;
use std::cmp::Ordering;
use std::rc::Rc;

/// The operator's symbol for messages.
pub fn op_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::Div => "/",
        BinOp::Mod => "%",
        BinOp::Pow => "**",
        BinOp::Concat => ".",
        BinOp::BitAnd => "&",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
        BinOp::Shl => "<<",
        BinOp::Shr => ">>",
        _ => "?",
    }
}

/// `===`
pub fn identical(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Ref(r), _) => identical(&r.get(), b),
        (_, Value::Ref(r)) => identical(a, &r.get()),
        (Value::Null | Value::Undef, Value::Null | Value::Undef) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Float(x), Value::Float(y)) => x == y,
        (Value::Str(x), Value::Str(y)) => x.as_bytes() == y.as_bytes(),
        (Value::Array(x), Value::Array(y)) => {
            Rc::ptr_eq(x, y)
                || (x.len() == y.len()
                    && x.iter()
                        .zip(y.iter())
                        .all(|((k1, v1), (k2, v2))| k1 == k2 && identical(v1, v2)))
        }
        (Value::Object(x), Value::Object(y)) => x.ptr_eq(y),
        (Value::Resource(x), Value::Resource(y)) => x.ptr_eq(y),
        _ => false,
    }
}

fn operand_num(vm: &mut Vm, v: &Value) -> Result<Option<Num>, Unwind> {
    Ok(Some(match v {
        Value::Int(i) => Num::Int(*i),
        Value::Float(f) => Num::Float(*f),
        Value::Null | Value::Undef => Num::Int(0),
        Value::Bool(b) => Num::Int(*b as i64),
        Value::Str(s) => match parse_numeric(s) {
            Numeric::Whole(n) => n,
            Numeric::Leading(n) => {
                vm.raise(E_WARNING, "A non-numeric value encountered")?;
                n
            }
            Numeric::No => return Ok(None),
        },
        Value::Ref(r) => return operand_num(vm, &r.get()),
        _ => return Ok(None),
    }))
}

fn unsupported(vm: &mut Vm, op: &str, a: &Value, b: &Value) -> Unwind {
    vm.throw_error(
        "TypeError",
        format!(
            "Unsupported operand types: {} {} {}",
            a.type_name(),
            op,
            b.type_name()
        ),
    )
}

fn nums(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> Result<(Num, Num), Unwind> {
    let x = operand_num(vm, a)?;
    let y = match x {
        Some(_) => operand_num(vm, b)?,
        None => None,
    };
    match (x, y) {
        (Some(x), Some(y)) => Ok((x, y)),
        _ => Err(unsupported(vm, op_symbol(op), a, b)),
    }
}

/// Binary arithmetic/bitwise/concat operator.
pub fn binary(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> Result<Value, Unwind> {
    // Integer fast paths.
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        let (x, y) = (*x, *y);
        match op {
            BinOp::Add => {
                return Ok(x
                    .checked_add(y)
                    .map_or(Value::Float(x as f64 + y as f64), Value::Int))
            }
            BinOp::Sub => {
                return Ok(x
                    .checked_sub(y)
                    .map_or(Value::Float(x as f64 - y as f64), Value::Int))
            }
            BinOp::Mul => {
                return Ok(x
                    .checked_mul(y)
                    .map_or(Value::Float(x as f64 * y as f64), Value::Int))
            }
            _ => {}
        }
    }
    match op {
        BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::Pow => {
            if op == BinOp::Add {
                if let (Value::Array(x), Value::Array(y)) = (a, b) {
                    return Ok(array_union(x, y));
                }
            }
            if matches!(a, Value::Array(_)) || matches!(b, Value::Array(_)) {
                return Err(unsupported(vm, op_symbol(op), a, b));
            }
            let (x, y) = nums(vm, op, a, b)?;
            arith(vm, op, x, y)
        }
        BinOp::Mod => {
            let x = int_operand(vm, op, a, b, true)?;
            let y = int_operand(vm, op, a, b, false)?;
            if y == 0 {
                return Err(vm.throw_error("DivisionByZeroError", "Modulo by zero".into()));
            }
            Ok(Value::Int(if y == -1 { 0 } else { x % y }))
        }
        BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor => {
            if let (Value::Str(x), Value::Str(y)) = (a, b) {
                return Ok(Value::Str(string_bitwise(op, x, y)));
            }
            let x = int_operand(vm, op, a, b, true)?;
            let y = int_operand(vm, op, a, b, false)?;
            Ok(Value::Int(match op {
                BinOp::BitAnd => x & y,
                BinOp::BitOr => x | y,
                _ => x ^ y,
            }))
        }
        BinOp::Shl | BinOp::Shr => {
            let x = int_operand(vm, op, a, b, true)?;
            let y = int_operand(vm, op, a, b, false)?;
            if y < 0 {
                return Err(
                    vm.throw_error("ArithmeticError", "Bit shift by negative number".into())
                );
            }
            Ok(Value::Int(if op == BinOp::Shl {
                if y >= 64 {
                    0
                } else {
                    x.wrapping_shl(y as u32)
                }
            } else if y >= 64 {
                if x < 0 {
                    -1
                } else {
                    0
                }
            } else {
                x >> y
            }))
        }
        BinOp::Concat => {
            let mut s = vm.to_str(a)?.into_vec();
            let t = vm.to_str(b)?;
            s.extend_from_slice(&t);
            Ok(Value::Str(PhpStr::from_vec(s)))
        }
        _ => Ok(Value::Bool(compare_op(vm, op, a, b)?)),
    }
}

fn array_union(x: &Rc<PhpArray>, y: &Rc<PhpArray>) -> Value {
    let mut out = (**x).clone();
    for (k, v) in y.iter() {
        if !out.contains_key(&k) {
            out.insert(k, v.clone());
        }
    }
    Value::Array(Rc::new(out))
}

fn int_operand(vm: &mut Vm, op: BinOp, a: &Value, b: &Value, first: bool) -> Result<i64, Unwind> {
    let v = if first { a } else { b };
    match v {
        Value::Int(i) => Ok(*i),
        Value::Array(_) | Value::Object(_) | Value::Resource(_) => {
            Err(unsupported(vm, op_symbol(op), a, b))
        }
        _ => {
            let n = match operand_num(vm, v)? {
                Some(n) => n,
                None => return Err(unsupported(vm, op_symbol(op), a, b)),
            };
            match n {
                Num::Int(i) => Ok(i),
                Num::Float(f) => {
                    float_to_int_checked(vm, f, matches!(v, Value::Str(_)).then_some(v))
                }
            }
        }
    }
}

/// Float → int for operators: deprecation when the fraction is lost (8.1).
pub fn float_to_int_checked(vm: &mut Vm, f: f64, from_str: Option<&Value>) -> Result<i64, Unwind> {
    if !crate::numeric::float_is_exact_int(f) && f.is_finite() {
        let msg = match from_str {
            Some(Value::Str(s)) => format!(
                "Implicit conversion from float-string \"{}\" to int loses precision",
                s
            ),
            _ => format!(
                "Implicit conversion from float {} to int loses precision",
                fmt_float(f, -1)
            ),
        };
        vm.raise(E_DEPRECATED, &msg)?;
    }
    Ok(crate::numeric::float_to_int(f))
}

fn arith(vm: &mut Vm, op: BinOp, x: Num, y: Num) -> Result<Value, Unwind> {
    use Num::*;
    Ok(match op {
        BinOp::Add => match (x, y) {
            (Int(a), Int(b)) => a
                .checked_add(b)
                .map_or(Value::Float(a as f64 + b as f64), Value::Int),
            _ => Value::Float(x.as_f64() + y.as_f64()),
        },
        BinOp::Sub => match (x, y) {
            (Int(a), Int(b)) => a
                .checked_sub(b)
                .map_or(Value::Float(a as f64 - b as f64), Value::Int),
            _ => Value::Float(x.as_f64() - y.as_f64()),
        },
        BinOp::Mul => match (x, y) {
            (Int(a), Int(b)) => a
                .checked_mul(b)
                .map_or(Value::Float(a as f64 * b as f64), Value::Int),
            _ => Value::Float(x.as_f64() * y.as_f64()),
        },
        BinOp::Div => {
            if y.as_f64() == 0.0 {
                return Err(vm.throw_error("DivisionByZeroError", "Division by zero".into()));
            }
            match (x, y) {
                (Int(a), Int(b)) if b != 0 && a.checked_rem(b) == Some(0) => a
                    .checked_div(b)
                    .map_or(Value::Float(a as f64 / b as f64), Value::Int),
                _ => Value::Float(x.as_f64() / y.as_f64()),
            }
        }
        BinOp::Pow => pow(x, y),
        _ => Value::Null,
    })
}

/// `**`
pub fn pow(x: Num, y: Num) -> Value {
    if let (Num::Int(base), Num::Int(exp)) = (x, y) {
        if exp >= 0 {
            let mut result: i64 = 1;
            let mut b = base;
            let mut e = exp;
            let mut overflow = false;
            while e > 0 {
                if e & 1 == 1 {
                    match result.checked_mul(b) {
                        Some(r) => result = r,
                        None => {
                            overflow = true;
                            break;
                        }
                    }
                }
                e >>= 1;
                if e > 0 {
                    match b.checked_mul(b) {
                        Some(nb) => b = nb,
                        None => {
                            overflow = true;
                            break;
                        }
                    }
                }
            }
            if !overflow {
                return Value::Int(result);
            }
            return Value::Float((base as f64).powf(exp as f64));
        }
    }
    Value::Float(x.as_f64().powf(y.as_f64()))
}

fn string_bitwise(op: BinOp, x: &PhpStr, y: &PhpStr) -> PhpStr {
    let (a, b) = (x.as_bytes(), y.as_bytes());
    let out: Vec<u8> = match op {
        BinOp::BitAnd => a.iter().zip(b).map(|(p, q)| p & q).collect(),
        _ => {
            let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
            long.iter()
                .enumerate()
                .map(|(i, &p)| match short.get(i) {
                    Some(&q) => {
                        if op == BinOp::BitOr {
                            p | q
                        } else {
                            p ^ q
                        }
                    }
                    None => p,
                })
                .take(if op == BinOp::BitXor {
                    short.len()
                } else {
                    long.len()
                })
                .collect()
        }
    };
    PhpStr::from_vec(out)
}

/// Unary minus (`-x` is `x * -1` in PHP, including its error texts).
pub fn neg(vm: &mut Vm, v: &Value) -> Result<Value, Unwind> {
    match v {
        Value::Int(i) => Ok(i
            .checked_neg()
            .map_or(Value::Float(-(*i as f64)), Value::Int)),
        Value::Float(f) => Ok(Value::Float(-f)),
        _ => binary(vm, BinOp::Mul, v, &Value::Int(-1)),
    }
}

/// Unary plus (`+x` is `x * 1`).
pub fn plus(vm: &mut Vm, v: &Value) -> Result<Value, Unwind> {
    match v {
        Value::Int(_) | Value::Float(_) => Ok(v.clone()),
        _ => binary(vm, BinOp::Mul, v, &Value::Int(1)),
    }
}

/// `~x`
pub fn bit_not(vm: &mut Vm, v: &Value) -> Result<Value, Unwind> {
    match v {
        Value::Int(i) => Ok(Value::Int(!i)),
        Value::Float(f) => Ok(Value::Int(!float_to_int_checked(vm, *f, None)?)),
        Value::Str(s) => Ok(Value::Str(PhpStr::from_vec(s.iter().map(|b| !b).collect()))),
        Value::Ref(r) => bit_not(vm, &r.get()),
        _ => Err(vm.throw_error(
            "TypeError",
            format!("Cannot perform bitwise not on {}", v.type_name()),
        )),
    }
}

fn compare_op(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> Result<bool, Unwind> {
    Ok(match op {
        BinOp::Eq => loose_eq(vm, a, b)?,
        BinOp::NotEq => !loose_eq(vm, a, b)?,
        BinOp::Identical => identical(a, b),
        BinOp::NotIdentical => !identical(a, b),
        BinOp::Lt => compare(vm, a, b)? < 0,
        BinOp::Le => compare(vm, a, b)? <= 0,
        BinOp::Gt => compare(vm, b, a)? < 0,
        BinOp::Ge => compare(vm, b, a)? <= 0,
        _ => false,
    })
}

/// `<=>` when either side is an object of an uncomparable class
/// ([`crate::object::NativeHooks::uncomparable`]): 0 for the same object, the usual order
/// against `null`, 1 for anything else; `None` when neither side is one.
fn uncomparable(a: &Value, b: &Value) -> Option<i32> {
    let is = |v: &Value| {
        matches!(v, Value::Object(o)
            if o.class().native.uncomparable || o.class().kind == crate::object::ClassKind::Enum)
    };
    if !is(a) && !is(b) {
        return None;
    }
    Some(match (a, b) {
        (Value::Object(x), Value::Object(y)) if x.ptr_eq(y) => 0,
        (Value::Null | Value::Undef, _) => -1,
        (_, Value::Null | Value::Undef) => 1,
        _ => 1,
    })
}

/// `==`
pub fn loose_eq(vm: &mut Vm, a: &Value, b: &Value) -> Result<bool, Unwind> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x == y),
        (Value::Str(x), Value::Str(y)) => Ok(str_loose_cmp(x, y) == 0),
        (Value::Object(x), Value::Object(y)) => {
            if x.ptr_eq(y) {
                return Ok(true);
            }
            if !Rc::ptr_eq(x.class(), y.class()) {
                return Ok(false);
            }
            Ok(compare(vm, a, b)? == 0)
        }
        _ => Ok(compare(vm, a, b)? == 0),
    }
}

fn num_cmp(x: Num, y: Num) -> i32 {
    match (x, y) {
        (Num::Int(a), Num::Int(b)) => ord(a.cmp(&b)),
        _ => {
            let (a, b) = (x.as_f64(), y.as_f64());
            if a < b {
                -1
            } else if a > b {
                1
            } else if a == b {
                0
            } else {
                1
            }
        }
    }
}

fn ord(o: Ordering) -> i32 {
    match o {
        Ordering::Less => -1,
        Ordering::Equal => 0,
        Ordering::Greater => 1,
    }
}

/// Byte-wise string comparison normalised to -1/0/1.
pub fn str_cmp(a: &[u8], b: &[u8]) -> i32 {
    ord(a.cmp(b))
}

/// String <=> string: numerically if both are numeric, else bytewise.
pub fn str_loose_cmp(a: &PhpStr, b: &PhpStr) -> i32 {
    if a.as_bytes() == b.as_bytes() {
        return 0;
    }
    if let (Numeric::Whole(x), Numeric::Whole(y)) = (parse_numeric(a), parse_numeric(b)) {
        // Both overflowing float strings compare as strings (PHP's rule).
        let overflow = |n: Num| matches!(n, Num::Float(f) if f.is_infinite());
        if !(overflow(x) && overflow(y)) {
            return num_cmp(x, y);
        }
    }
    str_cmp(a, b)
}

fn num_str_cmp(n: Num, s: &PhpStr, precision: i32) -> i32 {
    match parse_numeric(s) {
        Numeric::Whole(m) => num_cmp(n, m),
        _ => {
            let ns = match n {
                Num::Int(i) => i.to_string(),
                Num::Float(f) => fmt_float(f, precision),
            };
            str_cmp(ns.as_bytes(), s)
        }
    }
}

/// `<=>` for any pair of values (1 when uncomparable, as PHP does).
pub fn compare(vm: &mut Vm, a: &Value, b: &Value) -> Result<i32, Unwind> {
    use Value::*;
    if let Some(c) = uncomparable(a, b) {
        return Ok(c);
    }
    Ok(match (a, b) {
        (Ref(r), _) => return compare(vm, &r.get(), b),
        (_, Ref(r)) => return compare(vm, a, &r.get()),
        (Int(x), Int(y)) => ord(x.cmp(y)),
        (Int(x), Float(y)) => num_cmp(Num::Int(*x), Num::Float(*y)),
        (Float(x), Int(y)) => num_cmp(Num::Float(*x), Num::Int(*y)),
        (Float(x), Float(y)) => num_cmp(Num::Float(*x), Num::Float(*y)),
        (Str(x), Str(y)) => str_loose_cmp(x, y),
        (Null | Undef, Null | Undef) => 0,
        (Null | Undef, Str(s)) => str_cmp(b"", s),
        (Str(s), Null | Undef) => str_cmp(s, b""),
        (Null | Undef | Bool(_), _) | (_, Null | Undef | Bool(_)) => {
            ord(a.to_bool().cmp(&b.to_bool()))
        }
        (Int(x), Str(s)) => num_str_cmp(Num::Int(*x), s, vm.precision()),
        (Float(x), Str(s)) => num_str_cmp(Num::Float(*x), s, vm.precision()),
        (Str(s), Int(y)) => -num_str_cmp(Num::Int(*y), s, vm.precision()),
        (Str(s), Float(y)) => -num_str_cmp(Num::Float(*y), s, vm.precision()),
        (Array(x), Array(y)) => return array_cmp(vm, x, y),
        // An object converts to neither (PHP's failed cast): it is the greater.
        (Array(_), Object(_)) => -1,
        (Object(_), Array(_)) => 1,
        (Array(_), _) => 1,
        (_, Array(_)) => -1,
        (Object(x), Object(y)) => {
            if x.ptr_eq(y) {
                return Ok(0);
            }
            if !Rc::ptr_eq(x.class(), y.class()) {
                return Ok(1);
            }
            if let Some(c) = closure_cmp(x, y) {
                return Ok(c);
            }
            let px = x.prop_list();
            let py = y.prop_list();
            if px.len() != py.len() {
                return Ok(ord(px.len().cmp(&py.len())));
            }
            for (name, v, info) in &px {
                let decl = info.map(|i| &i.declaring);
                match py
                    .iter()
                    .find(|(n, _, i)| n == name && i.map(|i| &i.declaring) == decl)
                {
                    Some((_, w, _)) => {
                        let c = compare(vm, v, w)?;
                        if c != 0 {
                            return Ok(c);
                        }
                    }
                    None => return Ok(1),
                }
            }
            0
        }
        (Object(o), Str(s)) => {
            if o.class().magic.to_string.is_some() {
                let t = vm.object_to_str(o)?;
                str_cmp(&t, s)
            } else {
                1
            }
        }
        (Str(s), Object(o)) => {
            if o.class().magic.to_string.is_some() {
                let t = vm.object_to_str(o)?;
                str_cmp(s, &t)
            } else {
                -1
            }
        }
        // PHP converts the object to the number's type, which fails with a notice and
        // gives 1.
        (Object(o), Int(_) | Float(_)) => {
            let one = object_as_number(vm, o, b)?;
            return compare(vm, &one, b);
        }
        (Int(_) | Float(_), Object(o)) => {
            let one = object_as_number(vm, o, a)?;
            return compare(vm, a, &one);
        }
        (Object(_), _) => 1,
        (_, Object(_)) => -1,
        (Resource(x), Resource(y)) => ord(x.id().cmp(&y.id())),
        (Resource(x), _) => num_cmp(Num::Int(x.id()), b.to_num()),
        (_, Resource(y)) => num_cmp(a.to_num(), Num::Int(y.id())),
    })
}

/// An object compared with the number `n`: PHP's notice that it could not be converted,
/// and 1 of `n`'s type in its stead.
fn object_as_number(vm: &mut Vm, o: &crate::object::ObjRef, n: &Value) -> Result<Value, Unwind> {
    let (ty, one) = match n {
        Value::Float(_) => ("float", Value::Float(1.0)),
        _ => ("int", Value::Int(1)),
    };
    let msg = format!(
        "Object of class {} could not be converted to {ty}",
        o.class().name
    );
    vm.raise(crate::diag::E_NOTICE, &msg)?;
    Ok(one)
}

/// Two distinct closures, as PHP's closure compare handler has it: `None` unless both are
/// closures; equal (0) only when both were made from a named function or method
/// (`strlen(...)`, `Closure::fromCallable`) with the same function, `$this` and scope, else
/// uncomparable (1).
fn closure_cmp(x: &crate::object::ObjRef, y: &crate::object::ObjRef) -> Option<i32> {
    use crate::calls::ClosureData;
    let parts = |o: &crate::object::ObjRef| {
        o.with_native::<ClosureData, _>(|c| {
            c.map(|c| (c.func.clone(), c.this.clone(), c.scope.clone()))
        })
    };
    let (fx, tx, sx) = parts(x)?;
    let (fy, ty, sy) = parts(y)?;
    let fake = |f: &crate::func::Function| f.name.as_bytes() != b"{closure}";
    let same_this = match (&tx, &ty) {
        (None, None) => true,
        (Some(a), Some(b)) => a.ptr_eq(b),
        _ => false,
    };
    let same_scope = match (&sx, &sy) {
        (None, None) => true,
        (Some(a), Some(b)) => Rc::ptr_eq(a, b),
        _ => false,
    };
    let same_func = Rc::ptr_eq(&fx, &fy)
        || (fx.name.eq_ignore_ascii_case(&fy.name) && fx.class_name == fy.class_name);
    Some(
        if fake(&fx) && fake(&fy) && same_this && same_scope && same_func {
            0
        } else {
            1
        },
    )
}

fn array_cmp(vm: &mut Vm, x: &Rc<PhpArray>, y: &Rc<PhpArray>) -> Result<i32, Unwind> {
    if x.len() != y.len() {
        return Ok(ord(x.len().cmp(&y.len())));
    }
    for (k, v) in x.iter() {
        match y.get(&k) {
            Some(w) => {
                let c = compare(vm, v, w)?;
                if c != 0 {
                    return Ok(c);
                }
            }
            None => return Ok(1),
        }
    }
    Ok(0)
}

/// `++`/`--` on a value (PHP's rules, including string increment `"Az"` → `"Ba"`).
pub fn inc_dec(vm: &mut Vm, v: &Value, inc: bool) -> Result<Value, Unwind> {
    Ok(match v {
        Value::Int(i) => {
            if inc {
                i.checked_add(1)
                    .map_or(Value::Float(*i as f64 + 1.0), Value::Int)
            } else {
                i.checked_sub(1)
                    .map_or(Value::Float(*i as f64 - 1.0), Value::Int)
            }
        }
        Value::Float(f) => Value::Float(if inc { f + 1.0 } else { f - 1.0 }),
        Value::Null | Value::Undef => {
            if inc {
                Value::Int(1)
            } else {
                Value::Null
            }
        }
        Value::Bool(_) => v.clone(),
        Value::Str(s) => {
            if s.is_empty() {
                return Ok(if inc {
                    Value::from("1")
                } else {
                    Value::Int(-1)
                });
            }
            match parse_numeric(s) {
                Numeric::Whole(Num::Int(i)) => return inc_dec(vm, &Value::Int(i), inc),
                Numeric::Whole(Num::Float(f)) => return inc_dec(vm, &Value::Float(f), inc),
                _ => {
                    if inc {
                        Value::Str(str_increment(s))
                    } else {
                        v.clone()
                    }
                }
            }
        }
        Value::Ref(r) => return inc_dec(vm, &r.get(), inc),
        Value::Array(_) | Value::Object(_) | Value::Resource(_) => {
            return Err(vm.throw_error(
                "TypeError",
                format!(
                    "Cannot {} {}",
                    if inc { "increment" } else { "decrement" },
                    v.type_name()
                ),
            ))
        }
    })
}

/// Perl-style string increment: `"a"` → `"b"`, `"Az"` → `"Ba"`, `"zz"` → `"aaa"`,
/// `"a9"` → `"b0"`.
pub fn str_increment(s: &PhpStr) -> PhpStr {
    let mut b = s.as_bytes().to_vec();
    let mut i = b.len();
    loop {
        if i == 0 {
            // Carry past the start: prepend according to the first character's class.
            let first = b[0];
            let pre = if first.is_ascii_digit() {
                b'1'
            } else if first.is_ascii_uppercase() {
                b'A'
            } else {
                b'a'
            };
            b.insert(0, pre);
            break;
        }
        i -= 1;
        let c = b[i];
        match c {
            b'z' => b[i] = b'a',
            b'Z' => b[i] = b'A',
            b'9' => b[i] = b'0',
            c if c.is_ascii_alphanumeric() => {
                b[i] = c + 1;
                break;
            }
            _ => break,
        }
    }
    PhpStr::from_vec(b)
}

/// Fast path of a binary operator on two ints; `None` when the general path must decide
/// (errors such as division by zero, `**`, string operators).
#[inline]
pub fn int_fast(op: BinOp, x: i64, y: i64) -> Option<Value> {
    Some(match op {
        BinOp::Add => x
            .checked_add(y)
            .map_or(Value::Float(x as f64 + y as f64), Value::Int),
        BinOp::Sub => x
            .checked_sub(y)
            .map_or(Value::Float(x as f64 - y as f64), Value::Int),
        BinOp::Mul => x
            .checked_mul(y)
            .map_or(Value::Float(x as f64 * y as f64), Value::Int),
        BinOp::Lt => Value::Bool(x < y),
        BinOp::Gt => Value::Bool(x > y),
        BinOp::Le => Value::Bool(x <= y),
        BinOp::Ge => Value::Bool(x >= y),
        BinOp::Eq | BinOp::Identical => Value::Bool(x == y),
        BinOp::NotEq | BinOp::NotIdentical => Value::Bool(x != y),
        BinOp::Spaceship => Value::Int((x > y) as i64 - (x < y) as i64),
        BinOp::Mod if y != 0 => Value::Int(x.wrapping_rem(y)),
        BinOp::BitAnd => Value::Int(x & y),
        BinOp::BitOr => Value::Int(x | y),
        BinOp::BitXor => Value::Int(x ^ y),
        BinOp::Shl if (0..64).contains(&y) => Value::Int(x.wrapping_shl(y as u32)),
        BinOp::Shr if (0..64).contains(&y) => Value::Int(x >> y),
        BinOp::Div if y != 0 => {
            if x.wrapping_rem(y) == 0 && !(x == i64::MIN && y == -1) {
                Value::Int(x / y)
            } else {
                Value::Float(x as f64 / y as f64)
            }
        }
        _ => return None,
    })
}

/// Fast path of an arithmetic or comparison operator on two floats (or an int and a float
/// converted, when `mixed`: then `===`/`!==` are left to the general path).
#[inline]
pub fn float_fast(op: BinOp, x: f64, y: f64, mixed: bool) -> Option<Value> {
    Some(match op {
        BinOp::Add => Value::Float(x + y),
        BinOp::Sub => Value::Float(x - y),
        BinOp::Mul => Value::Float(x * y),
        BinOp::Div if y != 0.0 => Value::Float(x / y),
        BinOp::Lt => Value::Bool(x < y),
        BinOp::Gt => Value::Bool(x > y),
        BinOp::Le => Value::Bool(x <= y),
        BinOp::Ge => Value::Bool(x >= y),
        BinOp::Eq => Value::Bool(x == y),
        BinOp::NotEq => Value::Bool(x != y),
        BinOp::Identical if !mixed => Value::Bool(x == y),
        BinOp::NotIdentical if !mixed => Value::Bool(x != y),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vm() -> Vm {
        Vm::new(Box::new(std::io::sink()))
    }

    #[test]
    fn increments() {
        let inc = |s: &str| str_increment(&PhpStr::from(s)).to_string();
        assert_eq!(inc("a"), "b");
        assert_eq!(inc("Az"), "Ba");
        assert_eq!(inc("zz"), "aaa");
        assert_eq!(inc("a9"), "b0");
        assert_eq!(inc("Zz"), "AAa");
        assert_eq!(inc("z9"), "aa0");
    }

    #[test]
    fn arithmetic() {
        let mut vm = vm();
        let b = |vm: &mut Vm, op, x: Value, y: Value| binary(vm, op, &x, &y).ok();
        assert_eq!(
            b(&mut vm, BinOp::Add, Value::Int(i64::MAX), Value::Int(1)),
            Some(Value::Float(crate::numeric::I64_END_F))
        );
        assert_eq!(
            b(&mut vm, BinOp::Mod, Value::Int(7), Value::Int(-3)),
            Some(Value::Int(1))
        );
        assert_eq!(
            b(&mut vm, BinOp::Mod, Value::Int(-7), Value::Int(3)),
            Some(Value::Int(-1))
        );
        assert_eq!(
            b(&mut vm, BinOp::Div, Value::Int(7), Value::Int(2)),
            Some(Value::Float(3.5))
        );
        assert_eq!(
            b(&mut vm, BinOp::Div, Value::Int(6), Value::Int(2)),
            Some(Value::Int(3))
        );
        assert_eq!(
            b(&mut vm, BinOp::Pow, Value::Int(2), Value::Int(-1)),
            Some(Value::Float(0.5))
        );
        assert_eq!(
            b(&mut vm, BinOp::Pow, Value::Int(2), Value::Int(63)),
            Some(Value::Float(crate::numeric::I64_END_F))
        );
        assert_eq!(
            b(&mut vm, BinOp::Add, Value::from("1.5"), Value::Int(1)),
            Some(Value::Float(2.5))
        );
        assert_eq!(
            b(&mut vm, BinOp::BitAnd, Value::from("12"), Value::from("3")),
            Some(Value::from("1"))
        );
        assert_eq!(
            b(&mut vm, BinOp::BitOr, Value::from("abc"), Value::from("  ")),
            Some(Value::from("abc"))
        );
        assert_eq!(
            b(&mut vm, BinOp::Shl, Value::Int(1), Value::Int(65)),
            Some(Value::Int(0))
        );
        assert!(b(&mut vm, BinOp::Add, Value::from("abc"), Value::Int(1)).is_none());
        assert!(b(&mut vm, BinOp::Mod, Value::Int(1), Value::Int(0)).is_none());
    }

    #[test]
    fn comparisons() {
        let mut vm = vm();
        let eq = |vm: &mut Vm, x: Value, y: Value| loose_eq(vm, &x, &y).unwrap();
        assert!(!eq(&mut vm, Value::from("abc"), Value::Int(0)));
        assert!(eq(&mut vm, Value::Null, Value::Bool(false)));
        assert!(eq(&mut vm, Value::from("1"), Value::from("01")));
        assert!(eq(&mut vm, Value::from("10"), Value::from("1e1")));
        assert!(eq(&mut vm, Value::Int(100), Value::from("1e2")));
        assert!(!eq(&mut vm, Value::Int(0), Value::from("")));
        assert!(eq(&mut vm, Value::Null, Value::from("")));
        assert!(!eq(&mut vm, Value::from("abc"), Value::from("ABC")));
        assert!(!eq(&mut vm, Value::from("1e1000"), Value::from("1e1001")));
        assert!(eq(&mut vm, Value::from("1 "), Value::Int(1)));
        assert!(!eq(&mut vm, Value::from("1abc"), Value::Int(1)));
        let c = |vm: &mut Vm, x: Value, y: Value| compare(vm, &x, &y).unwrap();
        assert_eq!(c(&mut vm, Value::from("abc"), Value::from("abd")), -1);
        assert_eq!(c(&mut vm, Value::from("10"), Value::from("9")), 1);
        assert_eq!(c(&mut vm, Value::from("10"), Value::from("9a")), -1);
        assert_eq!(c(&mut vm, Value::Bool(true), Value::Bool(false)), 1);
        assert_eq!(c(&mut vm, Value::Null, Value::Int(0)), 0);
        assert_eq!(c(&mut vm, Value::Int(-7), Value::from("-7")), 0);
    }
}
