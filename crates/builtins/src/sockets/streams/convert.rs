//! socket_import_stream / socket_export_stream: a `Socket` and a socket stream over the same
//! connection. Each side holds its own descriptor for the one open socket (a `dup`), so
//! options, blocking mode and data are shared; the two stay tied: exporting again returns the
//! same stream and `socket_close` closes the stream as well.

use super::super::class::{new_socket, open_sock, with_sock};
use super::backend::{sock_backend, Kind, SockStream};
use super::xport::default_timeout;
use crate::standard::files::resource::{new_stream, with_res_stream};
use crate::standard::files::stream::Backend;
use phpsock_eval::{Args, Ctx, NResult, Value};

/// `socket_import_stream($stream): Socket|false`
pub fn socket_import_stream(cx: &mut Ctx, a: &mut Args) -> NResult {
    let r = match a.get(0) {
        Value::Resource(r) => r,
        other => {
            let t = match other {
                Value::Null => "null".to_string(),
                Value::Bool(_) => "bool".to_string(),
                Value::Int(_) => "int".to_string(),
                Value::Float(_) => "float".to_string(),
                Value::Str(_) => "string".to_string(),
                Value::Array(_) => "array".to_string(),
                Value::Object(o) => o.class().name.to_string(),
                _ => "mixed".to_string(),
            };
            return Err(cx.type_error(1, &format!("must be of type resource, {t} given")));
        }
    };
    let got = with_res_stream(cx, &r, |s, _| {
        let ty = s.stream_type;
        Ok(match sock_backend(s) {
            Some(b) => match b.socket().map(|sock| sock.try_clone()) {
                Some(Ok(dup)) => Ok((dup, b.is_blocking())),
                _ => Err(ty),
            },
            None => Err(ty),
        })
    })?;
    match got {
        Ok((dup, blocking)) => {
            let family = dup
                .local_addr()
                .map(|sa| sa.family() as i32)
                .unwrap_or(libc::AF_UNIX);
            let o = new_socket(cx, dup, family)?;
            with_sock(&o, |s| {
                s.blocking = blocking;
                s.stream = Some(r.clone());
            });
            Ok(Value::Object(o))
        }
        Err(ty) => {
            cx.warn(format!(
                "Cannot represent a stream of type {ty} as a Socket Descriptor"
            ))?;
            Ok(Value::Bool(false))
        }
    }
}

/// `socket_export_stream(Socket $socket)`
pub fn socket_export_stream(cx: &mut Ctx, a: &mut Args) -> NResult {
    let o = open_sock(cx, a, 0)?;
    let linked = with_sock(&o, |s| s.stream.clone()).flatten();
    if let Some(r) = linked {
        if !r.is_closed() {
            return Ok(Value::Resource(r));
        }
    }
    let dup = with_sock(&o, |s| {
        s.fd.as_ref().map(|f| {
            let ty = f.r#type().map(i32::from).unwrap_or(0);
            (f.try_clone(), s.family, ty, s.blocking)
        })
    })
    .flatten();
    let Some((Ok(sock), family, ty, blocking)) = dup else {
        return Ok(Value::Bool(false));
    };
    let mut backend = SockStream::new(sock, Kind::of_socket(family, ty), default_timeout(cx));
    if !blocking {
        backend.set_blocking(false);
    }
    let r = new_stream(cx.vm(), backend.into_stream());
    with_sock(&o, |s| s.stream = Some(r.clone()));
    Ok(Value::Resource(r))
}
