//! Output buffering: `ob_start` and friends over the runtime's buffer stack.

use phpsock_eval::ob::ObBuffer;
use phpsock_eval::{Args, Ctx, Key, NResult, PhpArray, PhpStr, Unwind, Value};

const CLEANABLE: i64 = 16;
const FLUSHABLE: i64 = 32;
const REMOVABLE: i64 = 64;

/// The name `ob_list_handlers` shows for a handler callable.
fn handler_name(cx: &mut Ctx, h: &Value) -> PhpStr {
    match h {
        Value::Str(s) => s.clone(),
        Value::Object(o) => {
            let mut n = o.class().name.to_vec();
            n.extend_from_slice(b"::__invoke");
            PhpStr::from(n)
        }
        Value::Array(a) if a.len() == 2 => {
            let class = match a.get_int(0).map(Value::deref) {
                Some(Value::Object(o)) => o.class().name.clone(),
                Some(v) => v.scalar_to_str(14).unwrap_or_default(),
                None => PhpStr::empty(),
            };
            let m = a
                .get_int(1)
                .map(Value::deref)
                .and_then(|v| v.scalar_to_str(14))
                .unwrap_or_default();
            let mut n = class.to_vec();
            n.extend_from_slice(b"::");
            n.extend_from_slice(&m);
            PhpStr::from(n)
        }
        v => cx.vm().to_str(v).unwrap_or_default(),
    }
}

fn chunk_size(a: &Args) -> usize {
    a.int(1).max(0) as usize
}

pub(super) fn ob_start(cx: &mut Ctx, a: &mut Args) -> NResult {
    let cb = a.get(0);
    let flags = if a.was_passed(2) { a.int(2) } else { 0x70 };
    if cb.is_null() {
        cx.vm().ob_start_chunked(
            None,
            PhpStr::from("default output handler"),
            flags,
            chunk_size(a),
        );
        return Ok(Value::Bool(true));
    }
    if !cx.is_callable(&cb)? {
        let msg = match &cb {
            Value::Str(s) => format!(
                "function \"{}\" not found or invalid function name",
                s.to_string_lossy()
            ),
            _ => "no array or string given".to_string(),
        };
        cx.warn(msg)?;
        cx.notice("Failed to create buffer")?;
        return Ok(Value::Bool(false));
    }
    let name = handler_name(cx, &cb);
    cx.vm()
        .ob_start_chunked(Some(cb), name, flags, chunk_size(a));
    Ok(Value::Bool(true))
}

fn top_info(cx: &mut Ctx) -> Option<(i64, String, usize)> {
    let lvl = cx.vm().ob_level();
    cx.vm()
        .out
        .ob_stack
        .last()
        .map(|b: &ObBuffer| (b.flags, b.name.to_string_lossy(), lvl - 1))
}

/// Checks the top buffer exists and allows `need`; raises PHP's notices otherwise.
fn check(cx: &mut Ctx, need: i64, none: &str, denied: &str) -> Result<bool, Unwind> {
    match top_info(cx) {
        None => {
            cx.notice(none)?;
            Ok(false)
        }
        Some((flags, name, lvl)) if flags & need == 0 => {
            cx.notice(format!("{denied} of {name} ({lvl})"))?;
            Ok(false)
        }
        _ => Ok(true),
    }
}

pub(super) fn ob_flush(cx: &mut Ctx, _a: &mut Args) -> NResult {
    if !check(
        cx,
        FLUSHABLE,
        "Failed to flush buffer. No buffer to flush",
        "Failed to flush buffer",
    )? {
        return Ok(Value::Bool(false));
    }
    cx.vm().ob_finish_top(true, false)?;
    Ok(Value::Bool(true))
}

pub(super) fn ob_clean(cx: &mut Ctx, _a: &mut Args) -> NResult {
    if !check(
        cx,
        CLEANABLE,
        "Failed to delete buffer. No buffer to delete",
        "Failed to delete buffer",
    )? {
        return Ok(Value::Bool(false));
    }
    cx.vm().ob_finish_top(false, false)?;
    Ok(Value::Bool(true))
}

pub(super) fn ob_end_flush(cx: &mut Ctx, _a: &mut Args) -> NResult {
    if !check(
        cx,
        REMOVABLE,
        "Failed to delete and flush buffer. No buffer to delete or flush",
        "Failed to send buffer",
    )? {
        return Ok(Value::Bool(false));
    }
    cx.vm().ob_finish_top(true, true)?;
    Ok(Value::Bool(true))
}

pub(super) fn ob_end_clean(cx: &mut Ctx, _a: &mut Args) -> NResult {
    if !check(
        cx,
        REMOVABLE,
        "Failed to delete buffer. No buffer to delete",
        "Failed to discard buffer",
    )? {
        return Ok(Value::Bool(false));
    }
    cx.vm().ob_finish_top(false, true)?;
    Ok(Value::Bool(true))
}

fn contents(cx: &mut Ctx) -> Option<Vec<u8>> {
    cx.vm().out.ob_stack.last().map(|b| b.data.clone())
}

pub(super) fn ob_get_clean(cx: &mut Ctx, _a: &mut Args) -> NResult {
    let Some(c) = contents(cx) else {
        return Ok(Value::Bool(false));
    };
    if check(cx, REMOVABLE, "", "Failed to delete buffer")? {
        cx.vm().ob_finish_top(false, true)?;
    }
    Ok(Value::from(c))
}

pub(super) fn ob_get_flush(cx: &mut Ctx, _a: &mut Args) -> NResult {
    let Some(c) = contents(cx) else {
        cx.notice("Failed to delete and flush buffer. No buffer to delete or flush")?;
        return Ok(Value::Bool(false));
    };
    if check(cx, REMOVABLE, "", "Failed to delete buffer")? {
        cx.vm().ob_finish_top(true, true)?;
    }
    Ok(Value::from(c))
}

pub(super) fn ob_get_contents(cx: &mut Ctx, _a: &mut Args) -> NResult {
    Ok(contents(cx).map_or(Value::Bool(false), Value::from))
}

pub(super) fn ob_get_length(cx: &mut Ctx, _a: &mut Args) -> NResult {
    Ok(cx
        .vm()
        .out
        .ob_stack
        .last()
        .map_or(Value::Bool(false), |b| Value::Int(b.data.len() as i64)))
}

pub(super) fn ob_get_level(cx: &mut Ctx, _a: &mut Args) -> NResult {
    Ok(Value::Int(cx.vm().ob_level() as i64))
}

pub(super) fn ob_list_handlers(cx: &mut Ctx, _a: &mut Args) -> NResult {
    let names: Vec<Value> = cx
        .vm()
        .out
        .ob_stack
        .iter()
        .map(|b| Value::Str(b.name.clone()))
        .collect();
    Ok(Value::from(PhpArray::from_values(names)))
}

pub(super) fn flush(cx: &mut Ctx, _a: &mut Args) -> NResult {
    if cx.vm().ob_level() == 0 {
        cx.vm().flush();
    }
    Ok(Value::Null)
}

pub(super) fn ob_implicit_flush(_cx: &mut Ctx, _a: &mut Args) -> NResult {
    Ok(Value::Null)
}

fn status_of(b: &ObBuffer, level: usize) -> Value {
    let user = b.handler.is_some();
    let mut flags = (b.flags & !0xf) | i64::from(user);
    if b.started {
        flags |= 0x1000;
    }
    if b.disabled {
        flags |= 0x2000;
    }
    if b.processed {
        flags |= 0x4000;
    }
    let mut a = PhpArray::new();
    a.insert(Key::from_bytes(b"name"), Value::Str(b.name.clone()));
    a.insert(Key::from_bytes(b"type"), Value::Int(i64::from(user)));
    a.insert(Key::from_bytes(b"flags"), Value::Int(flags));
    a.insert(Key::from_bytes(b"level"), Value::Int(level as i64));
    a.insert(
        Key::from_bytes(b"chunk_size"),
        Value::Int(b.chunk_size as i64),
    );
    a.insert(Key::from_bytes(b"buffer_size"), Value::Int(b.size as i64));
    a.insert(
        Key::from_bytes(b"buffer_used"),
        Value::Int(b.data.len() as i64),
    );
    Value::from(a)
}

pub(super) fn ob_get_status(cx: &mut Ctx, a: &mut Args) -> NResult {
    let stack = &cx.vm().out.ob_stack;
    if a.bool(0) {
        let all: Vec<Value> = stack
            .iter()
            .enumerate()
            .map(|(i, b)| status_of(b, i))
            .collect();
        return Ok(Value::from(PhpArray::from_values(all)));
    }
    Ok(match stack.last() {
        Some(b) => status_of(b, stack.len() - 1),
        None => Value::empty_array(),
    })
}
