//! Stream buffering and capability queries that servers call on their streams:
//! stream_set_read_buffer, stream_set_write_buffer, stream_set_chunk_size,
//! stream_supports_lock, stream_isatty — with PHP's return values for each stream kind.

use crate::standard::files::resource::{resource_arg, with_res_stream, with_stream};
use crate::standard::files::stream::CHUNK;
use phpsock_eval::{Args, Ctx, NResult, Value};
use std::collections::HashMap;

const CHUNK_KEY: &str = "streams.chunk_size";

/// `stream_set_read_buffer($stream, int $size): int` — always succeeds (0).
pub fn stream_set_read_buffer(cx: &mut Ctx, a: &mut Args) -> NResult {
    with_stream(cx, a, 0, |_, _| Ok(Value::Int(0)))
}

/// `stream_set_write_buffer($stream, int $size): int` — no stream kind here has a write
/// buffer option, so PHP's `EOF` (-1).
pub fn stream_set_write_buffer(cx: &mut Ctx, a: &mut Args) -> NResult {
    with_stream(cx, a, 0, |_, _| Ok(Value::Int(-1)))
}

/// `stream_set_chunk_size($stream, int $size): int` — the previous chunk size.
pub fn stream_set_chunk_size(cx: &mut Ctx, a: &mut Args) -> NResult {
    let size = a.int(1);
    let r = resource_arg(cx, a, 0)?;
    if size <= 0 {
        return Err(cx.value_error(2, "must be greater than 0"));
    }
    with_res_stream(cx, &r, |_, _| Ok(()))?;
    let state = cx
        .vm()
        .module_state
        .entry(CHUNK_KEY)
        .or_insert_with(|| Box::new(HashMap::<i64, i64>::new()));
    let old = state
        .downcast_mut::<HashMap<i64, i64>>()
        .and_then(|m| m.insert(r.id(), size))
        .unwrap_or(CHUNK as i64);
    Ok(Value::Int(old))
}

/// `stream_supports_lock($stream): bool` — plain files only.
pub fn stream_supports_lock(cx: &mut Ctx, a: &mut Args) -> NResult {
    with_stream(cx, a, 0, |s, _| {
        Ok(Value::Bool(s.wrapper_type == "plainfile"))
    })
}

/// `stream_isatty($stream): bool`
pub fn stream_isatty(cx: &mut Ctx, a: &mut Args) -> NResult {
    with_stream(cx, a, 0, |s, _| {
        Ok(Value::Bool(
            s.backend().raw_fd().is_some_and(super::super::sys::isatty),
        ))
    })
}
