//! Regular expressions (preg_*) on PCRE2.
//!
//! `pattern` turns PHP pattern strings into compiled regexes; `matcher` runs them with
//! PHP's rules for successive matches (the retry after an empty match) and builds the
//! match arrays; the functions live in `matching`, `replace` and `split`.

use phpsock_eval::{Ctx, Module, Value};
use std::rc::Rc;

mod matcher;
mod matching;
mod pattern;
mod replace;
mod split;

pub(crate) use pattern::Compiled;

/// The `pcre` functions and constants of this group.
pub fn module() -> Module {
    let mut m = Module::new("pcre");
    for (name, v) in [
        ("PREG_PATTERN_ORDER", 1),
        ("PREG_SET_ORDER", 2),
        ("PREG_OFFSET_CAPTURE", 256),
        ("PREG_UNMATCHED_AS_NULL", 512),
        ("PREG_SPLIT_NO_EMPTY", 1),
        ("PREG_SPLIT_DELIM_CAPTURE", 2),
        ("PREG_SPLIT_OFFSET_CAPTURE", 4),
        ("PREG_GREP_INVERT", 1),
        ("PREG_NO_ERROR", 0),
        ("PREG_INTERNAL_ERROR", 1),
        ("PREG_BACKTRACK_LIMIT_ERROR", 2),
        ("PREG_RECURSION_LIMIT_ERROR", 3),
        ("PREG_BAD_UTF8_ERROR", 4),
        ("PREG_BAD_UTF8_OFFSET_ERROR", 5),
        ("PREG_JIT_STACKLIMIT_ERROR", 6),
        ("PCRE_VERSION_MAJOR", 10),
        ("PCRE_VERSION_MINOR", 46),
    ] {
        m.constant(name, Value::Int(v));
    }
    m.constant("PCRE_VERSION", "10.46 2025-08-27")
        .constant("PCRE_JIT_SUPPORT", Value::Bool(true));
    m.ini("pcre.backtrack_limit", "1000000")
        .ini("pcre.recursion_limit", "100000")
        .ini("pcre.jit", "1");
    matching::register(&mut m);
    replace::register(&mut m);
    split::register(&mut m);
    m
}

/// `preg_last_error()` codes.
pub(crate) mod err {
    /// No error.
    pub const NONE: i64 = 0;
    /// Internal error (bad pattern, bad offset).
    pub const INTERNAL: i64 = 1;
    /// Backtrack limit exhausted.
    pub const BACKTRACK: i64 = 2;
    /// Recursion limit exhausted.
    pub const RECURSION: i64 = 3;
    /// Malformed UTF-8 subject.
    pub const BAD_UTF8: i64 = 4;
    /// Offset not at a UTF-8 character start.
    pub const BAD_UTF8_OFFSET: i64 = 5;
    /// JIT stack limit exhausted.
    pub const JIT_STACK: i64 = 6;

    /// The `preg_last_error()` code for a PCRE2 match error code.
    pub fn from_pcre(code: i32) -> i64 {
        match code {
            -23..=-3 => BAD_UTF8,
            -36 => BAD_UTF8_OFFSET,
            -46 => JIT_STACK,
            -47 => BACKTRACK,
            -53 => RECURSION,
            _ => INTERNAL,
        }
    }
}

/// Per-runtime state: compiled pattern cache and the last error.
#[derive(Default)]
struct State {
    cache: pattern::Cache,
    last_error: i64,
}

fn with_state<R>(cx: &mut Ctx, f: impl FnOnce(&mut State) -> R) -> R {
    let slot = cx
        .vm()
        .module_state
        .entry("pcre")
        .or_insert_with(|| Box::new(State::default()));
    if !slot.is::<State>() {
        *slot = Box::new(State::default());
    }
    match slot.downcast_mut::<State>() {
        Some(s) => f(s),
        None => f(&mut State::default()),
    }
}

/// Records the last error code.
pub(crate) fn set_error(cx: &mut Ctx, code: i64) {
    with_state(cx, |s| s.last_error = code);
}

/// The compiled pattern, or `None` after PHP's warning (and `PREG_INTERNAL_ERROR`).
pub(crate) fn compiled(
    cx: &mut Ctx,
    pat: &[u8],
) -> Result<Option<Rc<Compiled>>, phpsock_eval::Unwind> {
    let limit = cx
        .ini("pcre.backtrack_limit")
        .and_then(|v| std::str::from_utf8(&v).ok()?.trim().parse::<u64>().ok())
        .unwrap_or(1_000_000);
    match with_state(cx, |s| s.cache.get(pat, limit)) {
        Ok(c) => Ok(Some(c)),
        Err(pattern::PatternError(msg)) => {
            cx.warn(msg)?;
            set_error(cx, err::INTERNAL);
            Ok(None)
        }
    }
}

fn last_error(cx: &mut Ctx) -> i64 {
    with_state(cx, |s| s.last_error)
}

/// `preg_last_error_msg()` text for a code.
pub(crate) fn error_msg(code: i64) -> &'static str {
    match code {
        err::NONE => "No error",
        err::INTERNAL => "Internal error",
        err::BACKTRACK => "Backtrack limit exhausted",
        err::RECURSION => "Recursion limit exhausted",
        err::BAD_UTF8 => "Malformed UTF-8 characters, possibly incorrectly encoded",
        err::BAD_UTF8_OFFSET => {
            "The offset did not correspond to the beginning of a valid UTF-8 code point"
        }
        err::JIT_STACK => "JIT stack limit exhausted",
        _ => "Unknown error",
    }
}
