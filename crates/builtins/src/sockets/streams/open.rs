//! Opening socket streams: fsockopen/pfsockopen, stream_socket_client (persistent and
//! asynchronous too), stream_socket_server and stream_socket_accept, with PHP's `$errno`/
//! `$errstr` outputs, warnings and resource ids.

use super::backend::{sock_backend, timeout_from_secs, Kind, SockStream};
use super::ops::{addr_text, with_sock_stream};
use super::xport::{self, OpenFail, SockOpts};
use crate::standard::files::context::context_or_default;
use crate::standard::files::resource::STREAM;
use crate::standard::files::stream::Stream;
use phpsock_eval::{Args, Ctx, NResult, PhpStr, ResRef, Unwind, Value};
use std::time::Duration;

/// `STREAM_CLIENT_PERSISTENT`.
const CLIENT_PERSISTENT: i64 = 1;
/// `STREAM_CLIENT_ASYNC_CONNECT`.
const CLIENT_ASYNC: i64 = 2;
/// `STREAM_CLIENT_CONNECT`.
const CLIENT_CONNECT: i64 = 4;
/// `STREAM_SERVER_BIND`.
const SERVER_BIND: i64 = 4;
/// `STREAM_SERVER_LISTEN`.
const SERVER_LISTEN: i64 = 8;

/// The resource type of persistent streams.
const PERSISTENT: &str = "persistent stream";

fn set_errors(a: &Args, errno_at: usize, fail: Option<&OpenFail>) {
    a.set_ref(errno_at, Value::Int(fail.map_or(0, |f| f.errno as i64)));
    let text = fail.and_then(|f| f.text.clone()).unwrap_or_default();
    a.set_ref(errno_at + 1, Value::from(text));
}

fn fail_text(f: &OpenFail) -> &str {
    f.text.as_deref().unwrap_or("Unknown error")
}

fn resource(id: i64, persistent: bool, s: Stream) -> Value {
    let ty = if persistent { PERSISTENT } else { STREAM };
    Value::Resource(ResRef::new(id, ty, Box::new(s)))
}

/// Opens a client: transport lookup (no stream id on failure), then the connect (skipped
/// when `connect` is false: the stream then has no socket, as in PHP).
fn open_client(
    cx: &mut Ctx,
    url: &[u8],
    timeout: Option<Duration>,
    asynchronous: bool,
    connect: bool,
    opts: &SockOpts,
) -> Result<Result<(i64, SockStream), OpenFail>, Unwind> {
    let (kind, rest) = match xport::transport(url) {
        Ok(x) => x,
        Err(t) => {
            return Ok(Err(OpenFail {
                errno: 0,
                text: Some(t),
            }))
        }
    };
    // PHP allocates the stream before connecting, so a failed connect uses up an id.
    let id = cx.vm().next_resource();
    if !connect {
        let t = xport::default_timeout(cx);
        return Ok(Ok((id, SockStream::unconnected(kind, t))));
    }
    cx.vm().flush();
    Ok(
        match xport::connect(cx, kind, rest, timeout, asynchronous, opts)? {
            Ok(s) => Ok((id, xport::make_stream(cx, s, kind))),
            Err(f) => Err(f),
        },
    )
}

const PERSISTENT_KEY: &str = "streams.persistent";

/// The persistent stream registered under `key`, if it is still open (PHP hands back the
/// same resource to a second pfsockopen of the same target).
fn persistent_lookup(cx: &mut Ctx, key: &str) -> Option<Value> {
    let map = cx
        .vm()
        .module_state
        .get(PERSISTENT_KEY)?
        .downcast_ref::<std::collections::HashMap<String, ResRef>>()?;
    let r = map.get(key).filter(|r| !r.is_closed())?.clone();
    // As PHP does, a persistent connection the peer has dropped is closed and made anew.
    let alive = with_payload_stream(&r, |s| {
        sock_backend(s).is_some_and(|b| b.alive_within(Duration::ZERO))
    })
    .unwrap_or(false);
    if !alive {
        crate::standard::files::resource::close_stream(&r);
        return None;
    }
    Some(Value::Resource(r))
}

/// Runs `f` on the stream payload of a resource, without the argument checks.
fn with_payload_stream<R>(r: &ResRef, f: impl FnOnce(&mut Stream) -> R) -> Option<R> {
    let mut p = r.get().payload.borrow_mut();
    p.as_mut().and_then(|b| b.downcast_mut::<Stream>()).map(f)
}

fn persistent_store(cx: &mut Ctx, key: String, v: &Value) {
    let Value::Resource(r) = v else {
        return;
    };
    let state = cx
        .vm()
        .module_state
        .entry(PERSISTENT_KEY)
        .or_insert_with(|| Box::new(std::collections::HashMap::<String, ResRef>::new()));
    if let Some(map) = state.downcast_mut::<std::collections::HashMap<String, ResRef>>() {
        map.insert(key, r.clone());
    }
}

fn timeout_arg(cx: &mut Ctx, a: &Args, i: usize) -> Option<Duration> {
    match a.opt_float(i) {
        Some(t) => timeout_from_secs(t),
        None => xport::default_timeout(cx),
    }
}

fn fsockopen_impl(cx: &mut Ctx, a: &mut Args, persistent: bool) -> NResult {
    let host = a.str(0);
    let port = a.int(1);
    let timeout = timeout_arg(cx, a, 4);
    set_errors(a, 2, None);
    let mut url = host.as_bytes().to_vec();
    if port > 0 {
        url.extend_from_slice(format!(":{port}").as_bytes());
    }
    let key = format!("pfsockopen__{}:{port}", host.to_string_lossy());
    if persistent {
        if let Some(v) = persistent_lookup(cx, &key) {
            return Ok(v);
        }
    }
    match open_client(cx, &url, timeout, false, true, &SockOpts::default())? {
        Ok((id, s)) => {
            let v = resource(id, persistent, s.into_stream());
            if persistent {
                persistent_store(cx, key, &v);
            }
            Ok(v)
        }
        Err(f) => {
            cx.warn(format!(
                "Unable to connect to {}:{} ({})",
                host.to_string_lossy(),
                port,
                fail_text(&f)
            ))?;
            set_errors(a, 2, Some(&f));
            Ok(Value::Bool(false))
        }
    }
}

/// `fsockopen(string $hostname, int $port = -1, &$error_code = null, &$error_message = null, ?float $timeout = null)`
pub fn fsockopen(cx: &mut Ctx, a: &mut Args) -> NResult {
    fsockopen_impl(cx, a, false)
}

/// `pfsockopen(...)`: as fsockopen, the resource typed `persistent stream`.
pub fn pfsockopen(cx: &mut Ctx, a: &mut Args) -> NResult {
    fsockopen_impl(cx, a, true)
}

/// `stream_socket_client(string $address, &$error_code = null, &$error_message = null, ?float $timeout = null, int $flags = STREAM_CLIENT_CONNECT, $context = null)`
pub fn stream_socket_client(cx: &mut Ctx, a: &mut Args) -> NResult {
    let url = a.str(0);
    let timeout = timeout_arg(cx, a, 3);
    let flags = a.int(4);
    let ctx = a.get(5);
    context_or_default(cx.vm(), &ctx);
    let opts = SockOpts::from_context(&ctx);
    set_errors(a, 1, None);
    let asynchronous = flags & CLIENT_ASYNC != 0;
    let persistent = flags & CLIENT_PERSISTENT != 0;
    let key = format!("stream_socket_client__{}", url.to_string_lossy());
    if persistent {
        if let Some(v) = persistent_lookup(cx, &key) {
            return Ok(v);
        }
    }
    match open_client(
        cx,
        url.as_bytes(),
        timeout,
        asynchronous,
        flags & CLIENT_CONNECT != 0,
        &opts,
    )? {
        Ok((id, s)) => {
            let v = resource(id, persistent, s.into_stream());
            if persistent {
                persistent_store(cx, key, &v);
            }
            Ok(v)
        }
        Err(f) => open_failed(cx, a, &url, &f),
    }
}

/// The failure of `stream_socket_client`/`stream_socket_server`: PHP's warning, the
/// `$error_code`/`$error_message` outputs (arguments 1 and 2) and false.
fn open_failed(cx: &mut Ctx, a: &mut Args, url: &PhpStr, f: &OpenFail) -> NResult {
    cx.warn(format!(
        "Unable to connect to {} ({})",
        url.to_string_lossy(),
        fail_text(f)
    ))?;
    set_errors(a, 1, Some(f));
    Ok(Value::Bool(false))
}

/// `stream_socket_server(string $address, &$error_code = null, &$error_message = null, int $flags = STREAM_SERVER_BIND | STREAM_SERVER_LISTEN, $context = null)`
pub fn stream_socket_server(cx: &mut Ctx, a: &mut Args) -> NResult {
    let url = a.str(0);
    let flags = a.int(3);
    let ctx = a.get(4);
    context_or_default(cx.vm(), &ctx);
    let opts = SockOpts::from_context(&ctx);
    set_errors(a, 1, None);
    let r = match xport::transport(url.as_bytes()) {
        Ok((kind, rest)) => {
            let id = cx.vm().next_resource();
            let bind = flags & SERVER_BIND != 0;
            let listen = flags & SERVER_LISTEN != 0;
            xport::bind(cx, kind, rest, bind, listen, &opts)?.map(|s| (id, kind, s))
        }
        Err(t) => Err(OpenFail {
            errno: 0,
            text: Some(t),
        }),
    };
    match r {
        Ok((id, kind, s)) => {
            let st = xport::make_stream(cx, s, kind).into_stream();
            Ok(resource(id, false, st))
        }
        Err(f) => open_failed(cx, a, &url, &f),
    }
}

/// `stream_socket_accept($socket, ?float $timeout = null, &$peer_name = null)`
pub fn stream_socket_accept(cx: &mut Ctx, a: &mut Args) -> NResult {
    let timeout = timeout_arg(cx, a, 1);
    let got = with_sock_stream(cx, a, 0, |b, _| {
        let kind = b.kind;
        let Some(s) = b.socket() else {
            return Ok(Err(None));
        };
        use std::os::fd::AsRawFd;
        match super::super::sys::poll_one(s.as_raw_fd(), libc::POLLIN, timeout) {
            Ok(0) => return Ok(Err(Some(libc::ETIMEDOUT))),
            Err(e) => return Ok(Err(Some(xport::os_code(&e)))),
            Ok(_) => {}
        }
        Ok(match s.accept() {
            Ok((c, peer)) => Ok((c, peer, kind)),
            Err(e) => Err(Some(xport::os_code(&e))),
        })
    })?;
    match got {
        Some(Ok((_, _, Kind::Tls))) => {
            // Where PHP would run the TLS handshake, which phpsock does not provide.
            cx.warn("Failed to enable crypto")?;
            cx.warn("Accept failed: Unknown error")?;
            Ok(Value::Bool(false))
        }
        Some(Ok((c, peer, kind))) => {
            if a.was_passed(2) {
                let text = addr_text(&peer).unwrap_or_default();
                a.set_ref(2, Value::from(text));
            }
            let st = xport::make_stream(cx, c, kind).into_stream();
            let id = cx.vm().next_resource();
            Ok(resource(id, false, st))
        }
        Some(Err(Some(code))) => {
            cx.warn(format!(
                "Accept failed: {}",
                super::super::errors::strerror(code as i64)
            ))?;
            Ok(Value::Bool(false))
        }
        _ => {
            cx.warn("Accept failed: Unknown error")?;
            Ok(Value::Bool(false))
        }
    }
}
