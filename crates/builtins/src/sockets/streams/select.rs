//! `stream_select`: arrays by reference with keys kept, streams with buffered data counting
//! as readable at once (as PHP's "emulated" read set does), null and zero timeouts, PHP's
//! warnings for streams that have no descriptor.

use crate::standard::files::stream::Stream;
use phpsock_eval::{Args, Ctx, Key, NResult, ObjRef, PhpArray, ResRef, Unwind, UnwindKind, Value};
use std::rc::Rc;

/// What a stream in a select array offers.
enum Probe {
    /// Its descriptor and how many bytes it has buffered.
    Fd(i32, usize),
    /// A stream without descriptor (`MEMORY`), with its type name.
    NoFd(&'static str, usize),
    /// A stream PHP leaves out without a word.
    Skip,
    /// Not a stream: PHP's `TypeError` for it (thrown on every pass over the array, each
    /// one chained to the ones before), with this text.
    Invalid(&'static str),
}

const NOT_ARGUMENT: &str = "supplied argument is not a valid stream resource";
const NOT_RESOURCE: &str = "supplied resource is not a valid stream resource";

fn probe(v: &Value) -> (Option<ResRef>, Probe) {
    let r = match v {
        Value::Resource(r) => r.clone(),
        _ => return (None, Probe::Invalid(NOT_ARGUMENT)),
    };
    let p = {
        let mut payload = r.get().payload.borrow_mut();
        payload
            .as_mut()
            .and_then(|p| p.downcast_mut::<Stream>())
            .map(|s| match s.backend().raw_fd() {
                Some(fd) => Probe::Fd(fd, s.unread_bytes()),
                // A socket stream without socket casts to -1, which PHP skips silently.
                None if super::backend::sock_backend(s).is_some() => Probe::Skip,
                None => Probe::NoFd(s.stream_type, s.unread_bytes()),
            })
    };
    (Some(r), p.unwrap_or(Probe::Invalid(NOT_RESOURCE)))
}

/// Throws `errors` (class, text) as PHP leaves them after passes that each threw: the last
/// one, each with the one before as its previous exception.
fn throw_chain(cx: &mut Ctx, errors: Vec<(&str, String)>) -> Unwind {
    let mut prev: Option<ObjRef> = None;
    for (class, text) in errors {
        let msg = format!("{}(): {text}", cx.fname());
        let msg = if class == "ValueError" { text } else { msg };
        let _ = cx.throw(class, msg);
        let UnwindKind::Throw(ex) = cx.vm().take_unwind() else {
            continue;
        };
        if let Some(p) = prev.take() {
            ex.set_prop(b"previous", Value::Object(p));
        }
        prev = Some(ex);
    }
    match prev {
        Some(ex) => cx.vm().throw(ex),
        None => cx.throw("ValueError", "No stream arrays were passed"),
    }
}

/// The `TypeError`s of one pass over the arrays `lists`.
fn pass_errors(lists: &[&Option<Entries>], out: &mut Vec<(&'static str, String)>) {
    for e in lists.iter().copied().flatten() {
        out.extend(e.invalid.iter().map(|t| ("TypeError", t.to_string())));
    }
}

fn cannot_select(cx: &mut Ctx, ty: &str) -> Result<(), Unwind> {
    cx.warn(format!(
        "Cannot represent a stream of type {ty} as a select()able descriptor"
    ))
}

/// The selectable streams of one argument array: the array as passed, the position (in
/// iteration order) and descriptor of each selectable stream, and whether any stream could
/// not be represented (a warning was given).
struct Entries {
    arr: Rc<PhpArray>,
    fds: Vec<(usize, i32)>,
    unselectable: bool,
    /// The texts of the `TypeError`s for elements that are not streams, in order.
    invalid: Vec<&'static str>,
}

/// The selectable streams of argument `i`, warning about the others; `None` for null.
fn collect(
    cx: &mut Ctx,
    a: &Args,
    i: usize,
    buffered: &mut Vec<(Key, ResRef)>,
) -> Result<Option<Entries>, Unwind> {
    let Value::Array(arr) = a.get(i) else {
        return Ok(None);
    };
    let mut fds = Vec::with_capacity(arr.len());
    let mut unselectable = false;
    let mut invalid = Vec::new();
    for (pos, (k, v)) in arr.iter().enumerate() {
        let (r, p) = probe(&v.deref());
        match (r, p) {
            (Some(r), Probe::Fd(fd, n)) => {
                if n > 0 {
                    buffered.push((k, r));
                }
                fds.push((pos, fd));
            }
            (Some(r), Probe::NoFd(ty, n)) => {
                unselectable = true;
                if n > 0 {
                    buffered.push((k, r));
                }
                cannot_select(cx, ty)?;
            }
            (_, Probe::Invalid(text)) => invalid.push(text),
            _ => {}
        }
    }
    Ok(Some(Entries {
        arr,
        fds,
        unselectable,
        invalid,
    }))
}

/// `stream_select(?array &$read, ?array &$write, ?array &$except, ?int $seconds, ?int $microseconds = null): int|false`
pub fn stream_select(cx: &mut Ctx, a: &mut Args) -> NResult {
    let mut buffered = Vec::new();
    let mut ignored = Vec::new();
    let lists = [
        collect(cx, a, 0, &mut buffered)?,
        collect(cx, a, 1, &mut ignored)?,
        collect(cx, a, 2, &mut ignored)?,
    ];
    // PHP's passes over the arrays: casting them (all three), emulating reads (the read
    // array), and collecting the ready streams (all three): each throws for what is not a
    // stream.
    let mut errors = Vec::new();
    pass_errors(&[&lists[0], &lists[1], &lists[2]], &mut errors);
    if lists
        .iter()
        .all(|l| l.as_ref().is_none_or(|e| e.fds.is_empty()))
    {
        errors.push(("ValueError", "No stream arrays were passed".to_string()));
        return Err(throw_chain(cx, errors));
    }
    let sec = a.opt_int(3);
    let usec = a.opt_int(4);
    let timeout = match sec {
        None => {
            if usec.is_some_and(|u| u != 0) {
                return Err(cx.value_error(5, "must be null when argument #4 ($seconds) is null"));
            }
            None
        }
        Some(s) if s < 0 => {
            return Err(cx.value_error(4, "must be greater than or equal to 0"));
        }
        Some(s) => {
            let u = usec.unwrap_or(0);
            if u < 0 {
                return Err(cx.value_error(5, "must be greater than or equal to 0"));
            }
            Some((s.saturating_add(u / 1_000_000), u % 1_000_000))
        }
    };
    pass_errors(&[&lists[0]], &mut errors);
    // Buffered data in the read set: report those streams alone without waiting.
    if !buffered.is_empty() {
        let mut out = PhpArray::new();
        for (k, r) in &buffered {
            out.insert(k.clone(), Value::Resource(r.clone()));
        }
        let n = buffered.len();
        a.set_ref(0, Value::from(out));
        for i in [1, 2] {
            if lists[i].is_some() {
                a.set_ref(i, Value::from(PhpArray::new()));
            }
        }
        if !errors.is_empty() {
            return Err(throw_chain(cx, errors));
        }
        return Ok(Value::Int(n as i64));
    }
    let fds: [Vec<i32>; 3] = std::array::from_fn(|i| {
        lists[i]
            .as_ref()
            .map(|e| e.fds.iter().map(|&(_, fd)| fd).collect())
            .unwrap_or_default()
    });
    let unselectable = lists.iter().flatten().any(|e| e.unselectable);
    cx.vm().flush();
    let (n, ready) = match super::super::sys::select([&fds[0], &fds[1], &fds[2]], timeout) {
        Ok(x) => x,
        Err(e) => {
            let code = e.raw_os_error().unwrap_or(libc::EINVAL);
            let max = fds.iter().flatten().copied().max().unwrap_or(0);
            cx.warn(format!(
                "Unable to select [{code}]: {} (max_fd={max})",
                super::super::errors::strerror(code as i64)
            ))?;
            return Ok(Value::Bool(false));
        }
    };
    for (i, l) in lists.iter().enumerate() {
        let Some(entries) = l else {
            continue;
        };
        // PHP casts every stream of the array again here, warning about the same ones. With
        // no such stream in any list, no warning (so no script code) ran since the first
        // pass: the arrays are as they were and there is nothing to warn about.
        if unselectable {
            if let Value::Array(arr) = a.get(i) {
                for (_, v) in arr.iter() {
                    if let (_, Probe::NoFd(ty, _)) = probe(&v.deref()) {
                        cannot_select(cx, ty)?;
                    }
                }
            }
        }
        // The ready streams under their keys, in the array's order.
        let mut ready_at = entries
            .fds
            .iter()
            .zip(ready[i].iter())
            .filter(|(_, ok)| **ok)
            .map(|(&(pos, _), _)| pos)
            .peekable();
        let mut pos = 0;
        let out = entries.arr.filtered(|v| {
            let here = pos;
            pos += 1;
            (ready_at.next_if_eq(&here).is_some()).then(|| v.deref())
        });
        a.set_ref(i, Value::from(out));
    }
    pass_errors(&[&lists[0], &lists[1], &lists[2]], &mut errors);
    if !errors.is_empty() {
        return Err(throw_chain(cx, errors));
    }
    Ok(Value::Int(n as i64))
}
