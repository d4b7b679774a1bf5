//! Stream contexts (`stream-context` resources): `stream_context_create`, options and
//! params, and the default context that PHP creates the first time a stream function needs
//! one (which is why a script's first `fopen` gets resource id 5).

use super::resource::resource_arg;
use phpsock_eval::core::assoc;
use phpsock_eval::{Args, Ctx, Key, Module, NResult, PhpArray, ResRef, Unwind, Value, Vm};
use std::rc::Rc;

/// The resource type name of contexts.
pub const CONTEXT: &str = "stream-context";

const DEFAULT: &str = "files.default_context";

/// A stream context's data.
#[derive(Default)]
pub struct StreamContext {
    /// `["wrapper"]["option"] = value`.
    pub options: PhpArray,
    /// Parameters other than options (`notification`).
    pub params: PhpArray,
}

/// Registers the context functions.
pub fn register(m: &mut Module) {
    m.func(
        "stream_context_create(?array $options = null, ?array $params = null)",
        stream_context_create,
    )
    .func("stream_context_get_default(?array $options = null)", stream_context_get_default)
    .func(
        "stream_context_set_default(array $options)",
        stream_context_set_default,
    )
    .func(
        "stream_context_get_options($stream_or_context): array",
        stream_context_get_options,
    )
    .func(
        "stream_context_set_option($stream_or_context, array|string $wrapper_or_options, ?string $option_name = null, mixed $value = null): bool",
        stream_context_set_option,
    )
    .func(
        "stream_context_get_params($context): array",
        stream_context_get_params,
    )
    .func(
        "stream_context_set_params($context, array $params): bool",
        stream_context_set_params,
    );
}

/// The default context, created (and given the next resource id) on first use.
pub fn default_context(vm: &mut Vm) -> ResRef {
    if let Some(r) = vm
        .module_state
        .get(DEFAULT)
        .and_then(|b| b.downcast_ref::<ResRef>())
    {
        return r.clone();
    }
    let id = vm.next_resource();
    let r = ResRef::new(id, CONTEXT, Box::new(StreamContext::default()));
    vm.module_state.insert(DEFAULT, Box::new(r.clone()));
    r
}

/// What stream functions call with their `$context` argument: a passed context is used,
/// otherwise the default one comes into being as in PHP.
pub fn context_or_default(vm: &mut Vm, passed: &Value) -> Option<ResRef> {
    match passed {
        Value::Resource(r) if r.type_name() == CONTEXT => Some(r.clone()),
        _ => Some(default_context(vm)),
    }
}

fn with_ctx<R>(r: &ResRef, f: impl FnOnce(&mut StreamContext) -> R) -> Option<R> {
    let mut p = r.get().payload.borrow_mut();
    p.as_mut()
        .and_then(|b| b.downcast_mut::<StreamContext>())
        .map(f)
}

fn check_options(cx: &mut Ctx, opts: &PhpArray) -> Result<(), Unwind> {
    for (_, v) in opts.iter() {
        if !matches!(v.deref(), Value::Array(_)) {
            return Err(cx.throw(
                "ValueError",
                "Options should have the form [\"wrappername\"][\"optionname\"] = $value",
            ));
        }
    }
    Ok(())
}

fn merge_options(target: &mut PhpArray, opts: &PhpArray) {
    for (wrapper, v) in opts.iter() {
        if let Value::Array(inner) = v.deref() {
            let slot = target.entry(wrapper);
            let mut cur = match slot.deref() {
                Value::Array(a) => (*a).clone(),
                _ => PhpArray::new(),
            };
            for (k, x) in inner.iter() {
                cur.insert(k, x.deref());
            }
            *slot = Value::from(cur);
        }
    }
}

fn stream_context_create(cx: &mut Ctx, a: &mut Args) -> NResult {
    let mut c = StreamContext::default();
    if !a.is_null(0) {
        let o = a.array(0);
        check_options(cx, &o)?;
        merge_options(&mut c.options, &o);
    }
    if !a.is_null(1) {
        set_params(&mut c, &a.array(1));
    }
    let id = cx.vm().next_resource();
    Ok(Value::Resource(ResRef::new(id, CONTEXT, Box::new(c))))
}

fn stream_context_get_default(cx: &mut Ctx, a: &mut Args) -> NResult {
    let r = default_context(cx.vm());
    if !a.is_null(0) {
        let o = a.array(0);
        check_options(cx, &o)?;
        with_ctx(&r, |c| merge_options(&mut c.options, &o));
    }
    Ok(Value::Resource(r))
}

fn stream_context_set_default(cx: &mut Ctx, a: &mut Args) -> NResult {
    let o = a.array(0);
    check_options(cx, &o)?;
    let r = default_context(cx.vm());
    with_ctx(&r, |c| merge_options(&mut c.options, &o));
    Ok(Value::Resource(r))
}

fn context_arg(cx: &mut Ctx, a: &Args, i: usize) -> Result<ResRef, Unwind> {
    let r = resource_arg(cx, a, i)?;
    if r.type_name() == CONTEXT {
        return Ok(r);
    }
    if r.type_name() == super::resource::STREAM {
        // A stream's context: streams opened here use the default one.
        return Ok(default_context(cx.vm()));
    }
    let msg = format!(
        "{}(): Argument #{} (${}) must be a valid stream/context",
        cx.fname(),
        i + 1,
        if i == 0 {
            "stream_or_context"
        } else {
            "context"
        }
    );
    Err(cx.throw("TypeError", msg))
}

fn stream_context_get_options(cx: &mut Ctx, a: &mut Args) -> NResult {
    let r = context_arg(cx, a, 0)?;
    Ok(with_ctx(&r, |c| Value::from(c.options.clone())).unwrap_or_else(Value::empty_array))
}

fn stream_context_set_option(cx: &mut Ctx, a: &mut Args) -> NResult {
    let r = context_arg(cx, a, 0)?;
    match a.get(1) {
        Value::Array(o) => {
            check_options(cx, &o)?;
            with_ctx(&r, |c| merge_options(&mut c.options, &o));
        }
        v => {
            let wrapper = cx.to_str(&v)?;
            let name = match a.opt_str(2) {
                Some(n) => n,
                None => {
                    return Err(cx.value_error(
                        3,
                        "cannot be null when argument #2 ($wrapper_or_options) is a string",
                    ))
                }
            };
            let value = a.get(3);
            let mut one = PhpArray::new();
            let mut inner = PhpArray::new();
            inner.insert(Key::from_phpstr(name), value);
            one.insert(Key::from_phpstr(wrapper), Value::from(inner));
            with_ctx(&r, |c| merge_options(&mut c.options, &one));
        }
    }
    Ok(Value::Bool(true))
}

fn set_params(c: &mut StreamContext, p: &Rc<PhpArray>) {
    for (k, v) in p.iter() {
        if let Key::Str(s) = &k {
            if s.as_bytes() == b"options" {
                if let Value::Array(o) = v.deref() {
                    merge_options(&mut c.options, &o);
                }
                continue;
            }
        }
        c.params.insert(k, v.deref());
    }
}

fn stream_context_get_params(cx: &mut Ctx, a: &mut Args) -> NResult {
    let r = context_arg(cx, a, 0)?;
    Ok(with_ctx(&r, |c| {
        let mut out = c.params.clone();
        out.insert(Key::from_bytes(b"options"), Value::from(c.options.clone()));
        Value::from(out)
    })
    .unwrap_or_else(|| assoc(vec![("options", Value::empty_array())])))
}

fn stream_context_set_params(cx: &mut Ctx, a: &mut Args) -> NResult {
    let r = context_arg(cx, a, 0)?;
    let p = a.array(1);
    with_ctx(&r, |c| set_params(c, &p));
    Ok(Value::Bool(true))
}
