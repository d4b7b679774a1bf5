//! json_encode and json_decode.

use phpsock_eval::{Args, Ctx, Module, NResult, NativeClass, Value};

pub mod decode;
pub mod encode;

/// `JSON_*` flag values.
pub mod flags {
    pub const HEX_TAG: i64 = 1;
    pub const HEX_AMP: i64 = 2;
    pub const HEX_APOS: i64 = 4;
    pub const HEX_QUOT: i64 = 8;
    pub const FORCE_OBJECT: i64 = 16;
    pub const NUMERIC_CHECK: i64 = 32;
    pub const UNESCAPED_SLASHES: i64 = 64;
    pub const PRETTY_PRINT: i64 = 128;
    pub const UNESCAPED_UNICODE: i64 = 256;
    pub const PARTIAL_OUTPUT_ON_ERROR: i64 = 512;
    pub const PRESERVE_ZERO_FRACTION: i64 = 1024;
    pub const UNESCAPED_LINE_TERMINATORS: i64 = 2048;
    pub const OBJECT_AS_ARRAY: i64 = 1;
    pub const BIGINT_AS_STRING: i64 = 2;
    pub const INVALID_UTF8_IGNORE: i64 = 1_048_576;
    pub const INVALID_UTF8_SUBSTITUTE: i64 = 2_097_152;
    pub const THROW_ON_ERROR: i64 = 4_194_304;
}

/// `JSON_ERROR_*` codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum JsonError {
    #[default]
    None = 0,
    Depth = 1,
    StateMismatch = 2,
    CtrlChar = 3,
    Syntax = 4,
    Utf8 = 5,
    Recursion = 6,
    InfOrNan = 7,
    UnsupportedType = 8,
    InvalidPropertyName = 9,
    Utf16 = 10,
    NonBackedEnum = 11,
}

impl JsonError {
    /// `json_last_error_msg()` text.
    pub fn message(self) -> &'static str {
        match self {
            JsonError::None => "No error",
            JsonError::Depth => "Maximum stack depth exceeded",
            JsonError::StateMismatch => "State mismatch (invalid or malformed JSON)",
            JsonError::CtrlChar => "Control character error, possibly incorrectly encoded",
            JsonError::Syntax => "Syntax error",
            JsonError::Utf8 => "Malformed UTF-8 characters, possibly incorrectly encoded",
            JsonError::Recursion => "Recursion detected",
            JsonError::InfOrNan => "Inf and NaN cannot be JSON encoded",
            JsonError::UnsupportedType => "Type is not supported",
            JsonError::InvalidPropertyName => "The decoded property name is invalid",
            JsonError::Utf16 => "Single unpaired UTF-16 surrogate in unicode escape",
            JsonError::NonBackedEnum => "Non-backed enums have no default serialization",
        }
    }
}

fn last_error<'a>(cx: &'a mut Ctx) -> &'a mut JsonError {
    cx.vm()
        .module_state
        .entry("json")
        .or_insert_with(|| Box::new(JsonError::None))
        .downcast_mut::<JsonError>()
        .expect("json state has type JsonError")
}

/// Records the outcome, or throws `JsonException` under `JSON_THROW_ON_ERROR`.
fn finish(cx: &mut Ctx, flags: i64, e: JsonError) -> Result<(), phpsock_eval::Unwind> {
    if flags & flags::THROW_ON_ERROR != 0 {
        if e != JsonError::None {
            let ex = cx.throw("JsonException", e.message());
            if let Some(o) = cx.vm().pending_exception().cloned() {
                o.set_prop(b"code", Value::Int(e as i64));
            }
            return Err(ex);
        }
        return Ok(());
    }
    *last_error(cx) = e;
    Ok(())
}

fn json_encode(cx: &mut Ctx, a: &mut Args) -> NResult {
    let flags = a.int(1);
    let depth = a.int(2) as i32 as i64;
    let mut enc = encode::Encoder::new(flags, depth);
    let mut out = Vec::new();
    enc.value(cx, &a.get(0), &mut out)?;
    let e = enc.error;
    let partial = flags & flags::PARTIAL_OUTPUT_ON_ERROR != 0;
    if flags & flags::THROW_ON_ERROR == 0 || partial {
        *last_error(cx) = e;
        if e != JsonError::None && !partial {
            return Ok(Value::Bool(false));
        }
    } else if e != JsonError::None {
        finish(cx, flags, e)?;
    }
    Ok(Value::from(out))
}

fn json_decode(cx: &mut Ctx, a: &mut Args) -> NResult {
    let s = a.str(0);
    let mut flags = a.int(3);
    match a.opt_bool(1) {
        Some(true) => flags |= flags::OBJECT_AS_ARRAY,
        Some(false) => flags &= !flags::OBJECT_AS_ARRAY,
        None => {}
    }
    let depth = a.int(2);
    if depth <= 0 {
        return Err(cx.value_error(3, "must be greater than 0"));
    }
    if depth > i32::MAX as i64 {
        return Err(cx.value_error(3, &format!("must be less than {}", i32::MAX)));
    }
    if s.is_empty() {
        finish(cx, flags, JsonError::Syntax)?;
        return Ok(Value::Null);
    }
    let assoc = flags & flags::OBJECT_AS_ARRAY != 0;
    let mut d = decode::Decoder::new(&s, assoc, flags, depth as usize);
    match d.document(cx)? {
        Ok(v) => {
            finish(cx, flags, JsonError::None)?;
            Ok(v)
        }
        Err(e) => {
            finish(cx, flags, e)?;
            Ok(Value::Null)
        }
    }
}

fn json_last_error(cx: &mut Ctx, _a: &mut Args) -> NResult {
    Ok(Value::Int(*last_error(cx) as i64))
}

fn json_last_error_msg(cx: &mut Ctx, _a: &mut Args) -> NResult {
    Ok(Value::from(last_error(cx).message()))
}

/// The `json` functions, constants and the `JsonSerializable` interface.
pub fn module() -> Module {
    let mut m = Module::new("json");
    m.func(
        "json_encode(mixed $value, int $flags = 0, int $depth = 512): string|false",
        json_encode,
    )
    .func(
        "json_decode(string $json, ?bool $associative = null, int $depth = 512, int $flags = 0): mixed",
        json_decode,
    )
    .func("json_last_error(): int", json_last_error)
    .func("json_last_error_msg(): string", json_last_error_msg);
    let mut js = NativeClass::new("JsonSerializable");
    js.kind = phpsock_eval::object::ClassKind::Interface;
    m.class(js);
    use flags::*;
    for (name, v) in [
        ("JSON_HEX_TAG", HEX_TAG),
        ("JSON_HEX_AMP", HEX_AMP),
        ("JSON_HEX_APOS", HEX_APOS),
        ("JSON_HEX_QUOT", HEX_QUOT),
        ("JSON_FORCE_OBJECT", FORCE_OBJECT),
        ("JSON_NUMERIC_CHECK", NUMERIC_CHECK),
        ("JSON_UNESCAPED_SLASHES", UNESCAPED_SLASHES),
        ("JSON_PRETTY_PRINT", PRETTY_PRINT),
        ("JSON_UNESCAPED_UNICODE", UNESCAPED_UNICODE),
        ("JSON_PARTIAL_OUTPUT_ON_ERROR", PARTIAL_OUTPUT_ON_ERROR),
        ("JSON_PRESERVE_ZERO_FRACTION", PRESERVE_ZERO_FRACTION),
        (
            "JSON_UNESCAPED_LINE_TERMINATORS",
            UNESCAPED_LINE_TERMINATORS,
        ),
        ("JSON_OBJECT_AS_ARRAY", OBJECT_AS_ARRAY),
        ("JSON_BIGINT_AS_STRING", BIGINT_AS_STRING),
        ("JSON_INVALID_UTF8_IGNORE", INVALID_UTF8_IGNORE),
        ("JSON_INVALID_UTF8_SUBSTITUTE", INVALID_UTF8_SUBSTITUTE),
        ("JSON_THROW_ON_ERROR", THROW_ON_ERROR),
        ("JSON_ERROR_NONE", 0),
        ("JSON_ERROR_DEPTH", 1),
        ("JSON_ERROR_STATE_MISMATCH", 2),
        ("JSON_ERROR_CTRL_CHAR", 3),
        ("JSON_ERROR_SYNTAX", 4),
        ("JSON_ERROR_UTF8", 5),
        ("JSON_ERROR_RECURSION", 6),
        ("JSON_ERROR_INF_OR_NAN", 7),
        ("JSON_ERROR_UNSUPPORTED_TYPE", 8),
        ("JSON_ERROR_INVALID_PROPERTY_NAME", 9),
        ("JSON_ERROR_UTF16", 10),
        ("JSON_ERROR_NON_BACKED_ENUM", 11),
    ] {
        m.constant(name, Value::Int(v));
    }
    m
}
