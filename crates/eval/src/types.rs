//! Type declarations ([`TypeSpec`]) and PHP's argument/return coercion rules
//! (weak mode with the 8.1 deprecations, and `strict_types`).

use crate::numeric::{self, fmt_float, Num, Numeric, I64_END_F, I64_MIN_F};
use crate::object::Class;
use crate::string::PhpStr;
use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::fmt;
use std::rc::{Rc, Weak};

/// Bit flags of builtin types inside a [`TypeSpec`].
pub mod bits {
    /// `null`
    pub const NULL: u32 = 1;
    /// `false`
    pub const FALSE: u32 = 2;
    /// `true`
    pub const TRUE: u32 = 4;
    /// `bool`
    pub const BOOL: u32 = FALSE | TRUE;
    /// `int`
    pub const INT: u32 = 8;
    /// `float`
    pub const FLOAT: u32 = 16;
    /// `string`
    pub const STRING: u32 = 32;
    /// `array`
    pub const ARRAY: u32 = 64;
    /// `object`
    pub const OBJECT: u32 = 128;
    /// `callable`
    pub const CALLABLE: u32 = 256;
    /// `iterable`
    pub const ITERABLE: u32 = 512;
    /// `mixed`
    pub const MIXED: u32 = 1024;
    /// `void`
    pub const VOID: u32 = 2048;
    /// `never`
    pub const NEVER: u32 = 4096;
    /// `static`
    pub const STATIC: u32 = 8192;
}

/// A parameter, return or property type.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct TypeSpec {
    /// Builtin types, see [`bits`].
    pub bits: u32,
    /// Class names as written (already namespace-resolved), including `self`/`parent`.
    pub classes: Vec<PhpStr>,
    /// `A&B` rather than `A|B` for the classes.
    pub intersection: bool,
    /// The last class whose objects [`fast_accepts`] accepted by name (a pointer
    /// comparison instead of name comparisons next time).
    pub class_memo: ClassMemo,
}

/// A class an object-typed check accepted before, remembered by address (see
/// [`fast_accepts`]). The class is held weakly: the address cannot be reused by another
/// class while the memo exists, and no class is kept alive. Clones start empty; memos never
/// make two types unequal.
#[derive(Default)]
pub struct ClassMemo {
    /// Address of the class (null: empty).
    addr: Cell<*const Class>,
    /// Keeps `addr` from being reused.
    keep: RefCell<Weak<Class>>,
}

impl ClassMemo {
    /// True if `c` is the remembered class.
    #[inline(always)]
    fn is(&self, c: &Rc<Class>) -> bool {
        std::ptr::eq(self.addr.get(), Rc::as_ptr(c))
    }

    /// Remembers `c`.
    fn set(&self, c: &Rc<Class>) {
        *self.keep.borrow_mut() = Rc::downgrade(c);
        self.addr.set(Rc::as_ptr(c));
    }
}

impl Clone for ClassMemo {
    fn clone(&self) -> ClassMemo {
        ClassMemo::default()
    }
}

impl PartialEq for ClassMemo {
    fn eq(&self, _: &ClassMemo) -> bool {
        true
    }
}

impl fmt::Debug for ClassMemo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ClassMemo")
    }
}

impl TypeSpec {
    /// A type of builtin bits only.
    pub fn of(bits: u32) -> TypeSpec {
        TypeSpec {
            bits,
            classes: Vec::new(),
            intersection: false,
            class_memo: ClassMemo::default(),
        }
    }

    /// True if `null` is accepted.
    pub fn allows_null(&self) -> bool {
        self.bits & (bits::NULL | bits::MIXED) != 0
    }

    /// Parses a type as written in a stub (`?int`, `array|string|null`, `Socket`).
    pub fn parse(s: &str) -> TypeSpec {
        let mut t = TypeSpec::default();
        let (nullable, body) = match s.strip_prefix('?') {
            Some(b) => (true, b),
            None => (false, s),
        };
        if nullable {
            t.bits |= bits::NULL;
        }
        let parts: Vec<&str> = if body.contains('&') {
            t.intersection = true;
            body.split('&').collect()
        } else {
            body.split('|').collect()
        };
        for p in parts {
            let p = p.trim();
            let b = match p.to_ascii_lowercase().as_str() {
                "null" => bits::NULL,
                "false" => bits::FALSE,
                "true" => bits::TRUE,
                "bool" => bits::BOOL,
                "int" => bits::INT,
                "float" => bits::FLOAT,
                "string" => bits::STRING,
                "array" => bits::ARRAY,
                "object" => bits::OBJECT,
                "callable" => bits::CALLABLE,
                "iterable" => bits::ITERABLE,
                "mixed" => bits::MIXED | bits::NULL,
                "void" => bits::VOID,
                "never" => bits::NEVER,
                "static" => bits::STATIC,
                _ => {
                    t.classes.push(PhpStr::from(p));
                    0
                }
            };
            t.bits |= b;
        }
        t
    }
}

impl fmt::Display for TypeSpec {
    /// PHP's spelling of a type in messages (`?int`, `string|int|null`, `Foo|false`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.bits & bits::MIXED != 0 {
            return f.write_str("mixed");
        }
        let mut parts: Vec<String> = self.classes.iter().map(|c| c.to_string()).collect();
        if self.intersection {
            return f.write_str(&parts.join("&"));
        }
        let mut b = self.bits;
        // PHP 8.2 spells `iterable` as its expansion.
        if b & bits::ITERABLE == bits::ITERABLE {
            parts.push("Traversable".into());
            b = (b & !bits::ITERABLE) | bits::ARRAY;
        }
        let names: [(u32, &str); 12] = [
            (bits::STATIC, "static"),
            (bits::CALLABLE, "callable"),
            (bits::ITERABLE, "iterable"),
            (bits::OBJECT, "object"),
            (bits::ARRAY, "array"),
            (bits::STRING, "string"),
            (bits::INT, "int"),
            (bits::FLOAT, "float"),
            (bits::BOOL, "bool"),
            (bits::VOID, "void"),
            (bits::NEVER, "never"),
            (0, ""),
        ];
        for (bit, name) in names {
            if bit != 0 && b & bit == bit {
                parts.push(name.into());
            }
        }
        if b & bits::BOOL == bits::FALSE {
            parts.push("false".into());
        } else if b & bits::BOOL == bits::TRUE {
            parts.push("true".into());
        }
        if b & bits::NULL != 0 {
            if parts.len() == 1 {
                return write!(f, "?{}", parts[0]);
            }
            parts.push("null".into());
        }
        f.write_str(&parts.join("|"))
    }
}

/// Outcome of checking a value against a scalar type.
#[derive(Debug)]
pub enum Coerced {
    /// Accepted as is or converted; with an optional deprecation message to raise
    /// (`Implicit conversion from float 1.5 to int loses precision`).
    Ok(Value, Option<String>),
    /// An object must be converted with `__toString` (the runtime does that).
    NeedsToString,
    /// The value must be checked against the class names (the runtime does that).
    NeedsClassCheck,
    /// Not acceptable: a TypeError.
    Mismatch,
}

/// True when `v` (dereferenced) satisfies `t` as it is, so no coercion or class check is
/// needed: an exact builtin match, or an object of exactly a named class. A cheap pre-check
/// for the call path; `false` means "ask [`coerce`]".
#[inline(always)]
pub fn fast_accepts(v: &Value, t: &TypeSpec) -> bool {
    let b = t.bits;
    match v {
        Value::Int(_) => b & (bits::INT | bits::MIXED) != 0,
        Value::Float(_) => b & (bits::FLOAT | bits::MIXED) != 0,
        Value::Str(_) => b & (bits::STRING | bits::MIXED) != 0,
        Value::Bool(true) => b & (bits::TRUE | bits::MIXED) != 0,
        Value::Bool(false) => b & (bits::FALSE | bits::MIXED) != 0,
        Value::Null => b & (bits::NULL | bits::MIXED) != 0,
        Value::Array(_) => b & (bits::ARRAY | bits::ITERABLE | bits::MIXED) != 0,
        Value::Object(o) => {
            b & (bits::OBJECT | bits::MIXED) != 0
                || t.class_memo.is(o.class())
                || accepts_class_by_name(o.class(), t)
        }
        _ => false,
    }
}

/// [`fast_accepts`] for an object whose class the type's memo does not hold: compares the
/// class names, remembering the class on a match.
#[inline(never)]
fn accepts_class_by_name(cls: &Rc<Class>, t: &TypeSpec) -> bool {
    let ok = t.classes.iter().any(|c| {
        let c = c.as_bytes();
        let c = c.strip_prefix(b"\\").unwrap_or(c);
        c == cls.name.as_bytes() || c.eq_ignore_ascii_case(&cls.lname)
    });
    if ok {
        t.class_memo.set(cls);
    }
    ok
}

/// Checks/coerces `v` (already dereferenced) against the builtin part of `t`.
///
/// `strict` is `strict_types=1` at the call site. `internal_null` is true for internal
/// function parameters, where `null` to a non-nullable scalar is coerced with a deprecation
/// (the caller builds that message, since it needs the function name). Class names in `t`
/// are the caller's job (`NeedsClassCheck`).
pub fn coerce(v: &Value, t: &TypeSpec, strict: bool) -> Coerced {
    let b = t.bits;
    if b & bits::MIXED != 0 {
        return Coerced::Ok(v.clone(), None);
    }
    // Exact matches first.
    let exact = match v {
        Value::Null | Value::Undef => b & bits::NULL != 0,
        Value::Bool(true) => b & bits::TRUE != 0,
        Value::Bool(false) => b & bits::FALSE != 0,
        Value::Int(_) => b & bits::INT != 0,
        Value::Float(_) => b & bits::FLOAT != 0,
        Value::Str(_) => b & bits::STRING != 0,
        Value::Array(_) => b & (bits::ARRAY | bits::ITERABLE) != 0,
        Value::Object(_) => b & bits::OBJECT != 0,
        Value::Resource(_) => false,
        Value::Ref(r) => return coerce(&r.get(), t, strict),
    };
    if exact {
        return Coerced::Ok(v.clone(), None);
    }
    if let Value::Object(_) = v {
        if !t.classes.is_empty() || b & (bits::CALLABLE | bits::ITERABLE | bits::STATIC) != 0 {
            return Coerced::NeedsClassCheck;
        }
        if b & bits::STRING != 0 && !strict {
            return Coerced::NeedsToString;
        }
        return Coerced::Mismatch;
    }
    if b & bits::CALLABLE != 0 && matches!(v, Value::Str(_) | Value::Array(_)) {
        return Coerced::NeedsClassCheck;
    }
    // int → float widening is allowed even in strict mode.
    if let Value::Int(i) = v {
        if b & bits::FLOAT != 0 {
            return Coerced::Ok(Value::Float(*i as f64), None);
        }
    }
    if strict
        || matches!(
            v,
            Value::Null | Value::Undef | Value::Array(_) | Value::Resource(_)
        )
    {
        return Coerced::Mismatch;
    }
    // Weak mode scalar juggling: try int, float, string, bool in PHP's order.
    if b & bits::INT != 0 {
        if let Some(r) = weak_to_int(v, b & bits::FLOAT == 0) {
            return r;
        }
    }
    if b & bits::FLOAT != 0 {
        match v {
            Value::Str(s) => {
                if let Numeric::Whole(n) = numeric::parse_numeric(s) {
                    return Coerced::Ok(Value::Float(n.as_f64()), None);
                }
            }
            Value::Bool(x) => return Coerced::Ok(Value::Float(*x as i64 as f64), None),
            _ => {}
        }
    }
    if b & bits::STRING != 0 {
        match v {
            Value::Int(i) => return Coerced::Ok(Value::Str(PhpStr::from(i.to_string())), None),
            Value::Float(f) => {
                return Coerced::Ok(Value::Str(PhpStr::from(fmt_float(*f, 14))), None)
            }
            Value::Bool(x) => {
                return Coerced::Ok(
                    Value::Str(if *x { "1".into() } else { PhpStr::empty() }),
                    None,
                )
            }
            _ => {}
        }
    }
    if b & bits::BOOL == bits::BOOL {
        match v {
            Value::Int(_) | Value::Float(_) | Value::Str(_) => {
                return Coerced::Ok(Value::Bool(v.to_bool()), None)
            }
            _ => {}
        }
    }
    Coerced::Mismatch
}

fn weak_to_int(v: &Value, only_int: bool) -> Option<Coerced> {
    match v {
        Value::Float(f) => {
            if !f.is_finite() || !(I64_MIN_F..I64_END_F).contains(f) {
                return if only_int {
                    Some(Coerced::Mismatch)
                } else {
                    None
                };
            }
            if f.fract() != 0.0 {
                if !only_int {
                    return None;
                }
                let msg = format!(
                    "Implicit conversion from float {} to int loses precision",
                    fmt_float(*f, -1)
                );
                return Some(Coerced::Ok(Value::Int(*f as i64), Some(msg)));
            }
            Some(Coerced::Ok(Value::Int(*f as i64), None))
        }
        Value::Str(s) => match numeric::parse_numeric(s) {
            Numeric::Whole(Num::Int(i)) => Some(Coerced::Ok(Value::Int(i), None)),
            Numeric::Whole(Num::Float(f)) => {
                if !f.is_finite() || !(I64_MIN_F..I64_END_F).contains(&f) {
                    return if only_int {
                        Some(Coerced::Mismatch)
                    } else {
                        None
                    };
                }
                if f.fract() != 0.0 {
                    if !only_int {
                        return Some(Coerced::Ok(Value::Float(f), None));
                    }
                    let msg = format!(
                        "Implicit conversion from float-string \"{}\" to int loses precision",
                        s
                    );
                    return Some(Coerced::Ok(Value::Int(f as i64), Some(msg)));
                }
                Some(Coerced::Ok(Value::Int(f as i64), None))
            }
            _ => None,
        },
        Value::Bool(b) => Some(Coerced::Ok(Value::Int(*b as i64), None)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_display() {
        assert_eq!(
            TypeSpec::parse("int|string|null").to_string(),
            "string|int|null"
        );
        assert_eq!(TypeSpec::parse("float|bool").to_string(), "float|bool");
        assert_eq!(
            TypeSpec::parse("array|object|callable").to_string(),
            "callable|object|array"
        );
        assert_eq!(
            TypeSpec::parse("Foo|int|false").to_string(),
            "Foo|int|false"
        );
        assert_eq!(TypeSpec::parse("?int").to_string(), "?int");
        assert_eq!(TypeSpec::parse("mixed").to_string(), "mixed");
    }

    #[test]
    fn weak_coercion() {
        let int = TypeSpec::of(bits::INT);
        let ok = |c: Coerced| match c {
            Coerced::Ok(v, d) => (v, d),
            other => panic!("{other:?}"),
        };
        assert_eq!(ok(coerce(&Value::from("2"), &int, false)).0, Value::Int(2));
        assert_eq!(
            ok(coerce(&Value::from(" 2 "), &int, false)).0,
            Value::Int(2)
        );
        assert!(matches!(
            coerce(&Value::from("2abc"), &int, false),
            Coerced::Mismatch
        ));
        assert!(matches!(
            coerce(&Value::from("x"), &int, false),
            Coerced::Mismatch
        ));
        let (v, d) = ok(coerce(&Value::Float(1.5), &int, false));
        assert_eq!(v, Value::Int(1));
        assert_eq!(
            d.as_deref(),
            Some("Implicit conversion from float 1.5 to int loses precision")
        );
        assert!(matches!(
            coerce(&Value::from("2"), &int, true),
            Coerced::Mismatch
        ));
        let s = TypeSpec::of(bits::STRING);
        assert_eq!(
            ok(coerce(&Value::Float(12.5), &s, false)).0,
            Value::from("12.5")
        );
        assert!(matches!(coerce(&Value::Null, &s, false), Coerced::Mismatch));
    }
}
