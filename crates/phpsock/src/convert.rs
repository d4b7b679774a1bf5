//! Converting between PHP values and Rust types: [`FromPhp`] (arguments of host functions,
//! results of [`Engine::eval`](crate::Engine::eval)) and [`IntoPhp`] (results of host
//! functions, constants, arguments of [`Engine::call_fn`](crate::Engine::call_fn)).
//!
//! | Rust | PHP type | notes |
//! |---|---|---|
//! | `i64`, `i32`, `u32`, `u16`, `u8`, `usize`, `u64` | `int` | out-of-range values are conversion errors |
//! | `f64`, `f32` | `float` | |
//! | `bool` | `bool` | |
//! | `String` | `string` | must be valid UTF-8 ([`Bytes`] or [`PhpStr`] for binary data) |
//! | [`Bytes`], [`PhpStr`] | `string` | any bytes |
//! | `Vec<T>` | `array` | the values in order (keys are ignored) |
//! | `HashMap<String, T>`, `BTreeMap<String, T>` | `array` | integer keys become decimal strings |
//! | `Option<T>` | `?T` | `null` is `None` |
//! | [`Value`] | `mixed` | any value, as is |
//! | `()` (results only) | `null` | |
//!
//! Scalars convert as PHP converts a function argument in weak mode: `"5"` is a fine `i64`,
//! `"abc"` is not.

use phpsock_eval::types::{coerce, Coerced, TypeSpec};
use phpsock_eval::{Key, PhpArray, PhpStr, Value};
use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::hash::BuildHasher;

/// A PHP value that does not fit the Rust type asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConversionError {
    /// What was expected, in PHP's words (`int`, `array`, `string (valid UTF-8)`, …).
    pub expected: String,
    /// PHP's name for the type of the value found (`string`, `array`, `null`, …).
    pub found: String,
    /// Where inside the value the mismatch is (`[3]`, `["port"]`), empty at the top.
    pub path: String,
}

impl ConversionError {
    /// A mismatch between `expected` and the value `v`.
    pub fn new(expected: impl Into<String>, v: &Value) -> ConversionError {
        ConversionError {
            expected: expected.into(),
            found: v.type_name().to_string(),
            path: String::new(),
        }
    }

    fn at(mut self, key: &Key) -> ConversionError {
        let k = match key {
            Key::Int(i) => format!("[{i}]"),
            Key::Str(s) => format!("[\"{}\"]", s.to_string_lossy()),
        };
        self.path = format!("{k}{}", self.path);
        self
    }
}

impl fmt::Display for ConversionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "expected {}, {} given", self.expected, self.found)
        } else {
            write!(
                f,
                "expected {} at {}, {} given",
                self.expected, self.path, self.found
            )
        }
    }
}

impl std::error::Error for ConversionError {}

/// A Rust type that can be made from a PHP value.
pub trait FromPhp: Sized {
    /// The PHP type a host-function parameter of this Rust type declares, in stub notation
    /// (`int`, `?string`, `array`, `mixed`). The runtime coerces arguments to it and raises
    /// PHP's `TypeError` before [`FromPhp::from_php`] is called.
    fn php_type() -> String;

    /// Converts a value (dereferenced), with PHP's weak-mode scalar coercion.
    fn from_php(v: &Value) -> Result<Self, ConversionError>;

    /// True for `Option<T>`: a trailing run of such parameters is optional (`= null`).
    fn is_optional() -> bool {
        false
    }
}

/// A Rust value that can become a PHP value.
pub trait IntoPhp {
    /// Converts the value.
    fn into_php(self) -> Value;
}

/// Coerces `v` to the scalar type `ty` as a weak-mode argument would be.
fn coerce_to(v: &Value, ty: &str) -> Result<Value, ConversionError> {
    let v = v.deref();
    match coerce(&v, &TypeSpec::parse(ty), false) {
        Coerced::Ok(nv, _) => Ok(nv),
        _ => Err(ConversionError::new(ty, &v)),
    }
}

impl FromPhp for Value {
    fn php_type() -> String {
        "mixed".into()
    }
    fn from_php(v: &Value) -> Result<Self, ConversionError> {
        Ok(v.deref())
    }
}

impl IntoPhp for Value {
    fn into_php(self) -> Value {
        self
    }
}

impl FromPhp for i64 {
    fn php_type() -> String {
        "int".into()
    }
    fn from_php(v: &Value) -> Result<Self, ConversionError> {
        match coerce_to(v, "int")? {
            Value::Int(n) => Ok(n),
            other => Err(ConversionError::new("int", &other)),
        }
    }
}

macro_rules! narrow_int {
    ($($t:ty),*) => {$(
        impl FromPhp for $t {
            fn php_type() -> String {
                "int".into()
            }
            fn from_php(v: &Value) -> Result<Self, ConversionError> {
                let n = i64::from_php(v)?;
                <$t>::try_from(n).map_err(|_| ConversionError {
                    expected: format!(
                        "int between {} and {}",
                        <$t>::MIN,
                        <$t>::MAX
                    ),
                    found: n.to_string(),
                    path: String::new(),
                })
            }
        }
    )*};
}
narrow_int!(i32, i16, i8, u64, u32, u16, u8, usize, isize);

macro_rules! int_into {
    ($($t:ty),*) => {$(
        impl IntoPhp for $t {
            fn into_php(self) -> Value {
                Value::Int(self as i64)
            }
        }
    )*};
}
int_into!(i64, i32, i16, i8, u32, u16, u8);

macro_rules! wide_int_into {
    ($($t:ty),*) => {$(
        /// Values above `PHP_INT_MAX` become floats, as PHP's integer overflow does.
        impl IntoPhp for $t {
            fn into_php(self) -> Value {
                match i64::try_from(self) {
                    Ok(n) => Value::Int(n),
                    Err(_) => Value::Float(self as f64),
                }
            }
        }
    )*};
}
wide_int_into!(u64, usize, isize);

impl FromPhp for f64 {
    fn php_type() -> String {
        "float".into()
    }
    fn from_php(v: &Value) -> Result<Self, ConversionError> {
        match coerce_to(v, "float")? {
            Value::Float(f) => Ok(f),
            Value::Int(n) => Ok(n as f64),
            other => Err(ConversionError::new("float", &other)),
        }
    }
}

impl FromPhp for f32 {
    fn php_type() -> String {
        "float".into()
    }
    fn from_php(v: &Value) -> Result<Self, ConversionError> {
        f64::from_php(v).map(|f| f as f32)
    }
}

impl IntoPhp for f64 {
    fn into_php(self) -> Value {
        Value::Float(self)
    }
}

impl IntoPhp for f32 {
    fn into_php(self) -> Value {
        Value::Float(f64::from(self))
    }
}

impl FromPhp for bool {
    fn php_type() -> String {
        "bool".into()
    }
    fn from_php(v: &Value) -> Result<Self, ConversionError> {
        match coerce_to(v, "bool")? {
            Value::Bool(b) => Ok(b),
            other => Err(ConversionError::new("bool", &other)),
        }
    }
}

impl IntoPhp for bool {
    fn into_php(self) -> Value {
        Value::Bool(self)
    }
}

impl FromPhp for PhpStr {
    fn php_type() -> String {
        "string".into()
    }
    fn from_php(v: &Value) -> Result<Self, ConversionError> {
        match coerce_to(v, "string")? {
            Value::Str(s) => Ok(s),
            other => Err(ConversionError::new("string", &other)),
        }
    }
}

impl IntoPhp for PhpStr {
    fn into_php(self) -> Value {
        Value::Str(self)
    }
}

impl FromPhp for String {
    fn php_type() -> String {
        "string".into()
    }
    fn from_php(v: &Value) -> Result<Self, ConversionError> {
        let s = PhpStr::from_php(v)?;
        String::from_utf8(s.to_vec()).map_err(|_| ConversionError {
            expected: "string (valid UTF-8)".into(),
            found: "string".into(),
            path: String::new(),
        })
    }
}

impl IntoPhp for String {
    fn into_php(self) -> Value {
        Value::from(self.as_str())
    }
}

impl IntoPhp for &str {
    fn into_php(self) -> Value {
        Value::from(self)
    }
}

/// A PHP string as raw bytes (PHP strings are byte strings; `String` insists on UTF-8).
/// `Vec<u8>` is an array of integers, as any `Vec<T>` is.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Bytes(pub Vec<u8>);

impl FromPhp for Bytes {
    fn php_type() -> String {
        "string".into()
    }
    fn from_php(v: &Value) -> Result<Self, ConversionError> {
        PhpStr::from_php(v).map(|s| Bytes(s.to_vec()))
    }
}

impl IntoPhp for Bytes {
    fn into_php(self) -> Value {
        Value::from(self.0)
    }
}

impl IntoPhp for &[u8] {
    fn into_php(self) -> Value {
        Value::from(self.to_vec())
    }
}

impl IntoPhp for () {
    fn into_php(self) -> Value {
        Value::Null
    }
}

/// The entries of an array value, or a conversion error naming `expected`.
fn entries(v: &Value, expected: &str) -> Result<Vec<(Key, Value)>, ConversionError> {
    match v.deref() {
        Value::Array(a) => Ok(a.iter().map(|(k, x)| (k.clone(), x.deref())).collect()),
        other => Err(ConversionError::new(expected, &other)),
    }
}

impl<T: FromPhp> FromPhp for Vec<T> {
    fn php_type() -> String {
        "array".into()
    }
    fn from_php(v: &Value) -> Result<Self, ConversionError> {
        entries(v, "array")?
            .into_iter()
            .map(|(k, x)| T::from_php(&x).map_err(|e| e.at(&k)))
            .collect()
    }
}

impl<T: IntoPhp> IntoPhp for Vec<T> {
    fn into_php(self) -> Value {
        Value::from(PhpArray::from_values(
            self.into_iter().map(IntoPhp::into_php).collect(),
        ))
    }
}

fn key_string(k: &Key) -> String {
    match k {
        Key::Int(i) => i.to_string(),
        Key::Str(s) => s.to_string_lossy(),
    }
}

fn map_value<K: AsRef<str>, T: IntoPhp>(it: impl IntoIterator<Item = (K, T)>) -> Value {
    let mut arr = PhpArray::new();
    for (k, v) in it {
        arr.insert(Key::from_bytes(k.as_ref().as_bytes()), v.into_php());
    }
    Value::from(arr)
}

impl<T: FromPhp, S: BuildHasher + Default> FromPhp for HashMap<String, T, S> {
    fn php_type() -> String {
        "array".into()
    }
    fn from_php(v: &Value) -> Result<Self, ConversionError> {
        entries(v, "array")?
            .into_iter()
            .map(|(k, x)| {
                T::from_php(&x)
                    .map(|t| (key_string(&k), t))
                    .map_err(|e| e.at(&k))
            })
            .collect()
    }
}

impl<K: AsRef<str>, T: IntoPhp, S: BuildHasher> IntoPhp for HashMap<K, T, S> {
    fn into_php(self) -> Value {
        map_value(self)
    }
}

impl<T: FromPhp> FromPhp for BTreeMap<String, T> {
    fn php_type() -> String {
        "array".into()
    }
    fn from_php(v: &Value) -> Result<Self, ConversionError> {
        entries(v, "array")?
            .into_iter()
            .map(|(k, x)| {
                T::from_php(&x)
                    .map(|t| (key_string(&k), t))
                    .map_err(|e| e.at(&k))
            })
            .collect()
    }
}

impl<K: AsRef<str>, T: IntoPhp> IntoPhp for BTreeMap<K, T> {
    fn into_php(self) -> Value {
        map_value(self)
    }
}

impl<T: FromPhp> FromPhp for Option<T> {
    fn php_type() -> String {
        let inner = T::php_type();
        if inner == "mixed" || inner.starts_with('?') || inner.contains('|') {
            inner
        } else {
            format!("?{inner}")
        }
    }
    fn from_php(v: &Value) -> Result<Self, ConversionError> {
        match v.deref() {
            Value::Null | Value::Undef => Ok(None),
            x => T::from_php(&x).map(Some),
        }
    }
    fn is_optional() -> bool {
        true
    }
}

impl<T: IntoPhp> IntoPhp for Option<T> {
    fn into_php(self) -> Value {
        self.map_or(Value::Null, IntoPhp::into_php)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scalars_coerce_like_weak_mode_arguments() {
        assert_eq!(i64::from_php(&Value::from("42")), Ok(42));
        assert!(i64::from_php(&Value::from("abc")).is_err());
        assert_eq!(f64::from_php(&Value::Int(3)), Ok(3.0));
        assert_eq!(bool::from_php(&Value::Int(0)), Ok(false));
        assert_eq!(String::from_php(&Value::Int(7)), Ok("7".to_string()));
        assert!(u8::from_php(&Value::Int(300)).is_err());
        assert!(String::from_php(&Value::from(vec![0xffu8])).is_err());
        assert_eq!(
            Bytes::from_php(&Value::from(vec![0xffu8])),
            Ok(Bytes(vec![0xff]))
        );
    }

    #[test]
    fn containers_convert_elementwise_and_name_the_bad_one() {
        let v = vec![1i64, 2, 3].into_php();
        assert_eq!(Vec::<i64>::from_php(&v), Ok(vec![1, 2, 3]));
        let bad = vec![Value::Int(1), Value::from("x")].into_php();
        let err = Vec::<i64>::from_php(&bad).unwrap_err();
        assert_eq!(err.to_string(), "expected int at [1], string given");
        let mut m = BTreeMap::new();
        m.insert("a".to_string(), 1i64);
        let v = m.clone().into_php();
        assert_eq!(BTreeMap::<String, i64>::from_php(&v), Ok(m));
        assert_eq!(Option::<i64>::from_php(&Value::Null), Ok(None));
        assert_eq!(Option::<i64>::php_type(), "?int");
    }
}
