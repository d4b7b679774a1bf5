//! `socket_select`: by-reference arrays (keys preserved, null allowed), timeouts in seconds and
//! microseconds, PHP's ValueError/TypeError texts.

use super::class::Sock;
use super::errors::{errno_of, global_warn};
use phpsock_eval::{Args, Ctx, NResult, ObjRef, PhpArray, Unwind, Value};
use std::os::fd::AsRawFd;
use std::rc::Rc;

/// One argument array and the descriptor of each of its sockets, in order; `None` for a
/// null argument.
type SockList = Option<(Rc<PhpArray>, Vec<i32>)>;

fn collect(cx: &mut Ctx, a: &Args, i: usize) -> Result<SockList, Unwind> {
    if a.is_null(i) {
        return Ok(None);
    }
    let arr = match a.get(i) {
        Value::Array(arr) => arr,
        other => {
            let t = type_name(&other);
            return Err(cx.type_error(i + 1, &format!("must be of type ?array, {t} given")));
        }
    };
    let mut fds = Vec::with_capacity(arr.len());
    for v in arr.values() {
        let fd = match v {
            Value::Object(o) => sock_fd(o),
            Value::Ref(r) => match &r.get() {
                Value::Object(o) => sock_fd(o),
                _ => SockFd::NotSocket,
            },
            _ => SockFd::NotSocket,
        };
        match fd {
            SockFd::Open(fd) => fds.push(fd),
            SockFd::Closed => return Err(cx.type_error(i + 1, "contains a closed socket")),
            SockFd::NotSocket => return Err(not_socket(cx, i, v)),
        }
    }
    Ok(Some((arr, fds)))
}

/// What an element of a `socket_select` array holds.
enum SockFd {
    /// A `Socket` and its descriptor.
    Open(i32),
    /// A `Socket` already closed.
    Closed,
    /// Anything else.
    NotSocket,
}

/// The descriptor of `o` if it is an open `Socket` (only `Socket` objects carry a [`Sock`]).
#[inline]
fn sock_fd(o: &ObjRef) -> SockFd {
    o.with_native::<Sock, _>(|s| match s {
        Some(s) => {
            s.fd.as_ref()
                .map_or(SockFd::Closed, |fd| SockFd::Open(fd.as_raw_fd()))
        }
        None => SockFd::NotSocket,
    })
}

fn not_socket(cx: &mut Ctx, i: usize, v: &Value) -> Unwind {
    let t = type_name(v);
    cx.type_error(
        i + 1,
        &format!("must only have elements of type Socket, {t} given"),
    )
}

fn type_name(v: &Value) -> String {
    match v {
        Value::Null | Value::Undef => "null".into(),
        Value::Bool(_) => "bool".into(),
        Value::Int(_) => "int".into(),
        Value::Float(_) => "float".into(),
        Value::Str(_) => "string".into(),
        Value::Array(_) => "array".into(),
        Value::Object(o) => o.class().name.to_string(),
        Value::Resource(_) => "resource".into(),
        Value::Ref(r) => type_name(&r.get()),
    }
}

/// `socket_select(?array &$read, ?array &$write, ?array &$except, ?int $seconds, int $microseconds = 0): int|false`
pub fn socket_select(cx: &mut Ctx, a: &mut Args) -> NResult {
    let lists = [collect(cx, a, 0)?, collect(cx, a, 1)?, collect(cx, a, 2)?];
    if lists
        .iter()
        .all(|l| l.as_ref().is_none_or(|(_, v)| v.is_empty()))
    {
        return Err(cx.throw(
            "ValueError",
            "socket_select(): At least one array argument must be passed",
        ));
    }
    let timeout = a.opt_int(3).map(|sec| {
        let usec = a.int(4);
        if usec > 999_999 {
            (sec.saturating_add(usec / 1_000_000), usec % 1_000_000)
        } else {
            (sec, usec)
        }
    });
    let fds = |i: usize| lists[i].as_ref().map_or(&[][..], |(_, v)| &v[..]);
    cx.vm().flush();
    let r = super::sys::select([fds(0), fds(1), fds(2)], timeout);
    let (n, ready) = match r {
        Ok(x) => x,
        Err(e) => {
            global_warn(cx, "Unable to select", errno_of(&e))?;
            return Ok(Value::Bool(false));
        }
    };
    for (i, l) in lists.iter().enumerate() {
        if let Some((arr, _)) = l {
            // The ready sockets under their keys, in the array's order.
            let mut ready = ready[i].iter();
            let out = arr.filtered(|v| ready.next().is_some_and(|ok| *ok).then(|| v.deref()));
            a.set_ref(i, Value::from(out));
        }
    }
    Ok(Value::Int(n as i64))
}
