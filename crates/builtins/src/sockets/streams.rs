//! socket_import_stream / socket_export_stream. phpsock has no socket stream resources yet,
//! so these check their argument as PHP does and then report that clearly.

use super::class::open_sock;
use phpsock_eval::{Args, Ctx, NResult, Value};

/// `socket_import_stream($stream): Socket|false`
pub fn socket_import_stream(cx: &mut Ctx, a: &mut Args) -> NResult {
    match a.get(0) {
        Value::Resource(_) => {
            cx.warn("Importing streams as sockets is not supported by phpsock yet")?;
            Ok(Value::Bool(false))
        }
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
            Err(cx.type_error(1, &format!("must be of type resource, {t} given")))
        }
    }
}

/// `socket_export_stream(Socket $socket)`
pub fn socket_export_stream(cx: &mut Ctx, a: &mut Args) -> NResult {
    open_sock(cx, a, 0)?;
    cx.warn("Exporting sockets as streams is not supported by phpsock yet")?;
    Ok(Value::Bool(false))
}
