//! `fputcsv` and `fgetcsv`. A record is read line by line until its enclosures balance, then
//! split by the strings group's `str_getcsv`.

use super::resource::{resource_arg, with_res_stream};
use phpsock_eval::{Args, Ctx, Module, NResult, PhpArray, Unwind, Value};

/// Registers the CSV stream functions.
pub fn register(m: &mut Module) {
    m.func(
        "fputcsv($stream, array $fields, string $separator = \",\", string $enclosure = '\"', string $escape = '\\', string $eol = \"\\n\"): int|false",
        fputcsv,
    )
    .func(
        "fgetcsv($stream, ?int $length = null, string $separator = \",\", string $enclosure = '\"', string $escape = '\\'): array|false",
        fgetcsv,
    );
}

/// Checks the separator, enclosure and escape arguments (1-based positions).
fn csv_chars(cx: &mut Ctx, a: &Args, first: usize) -> Result<(u8, u8, Option<u8>), Unwind> {
    let sep = a.str(first - 1);
    if sep.len() != 1 {
        return Err(cx.value_error(first, "must be a single character"));
    }
    let enc = a.str(first);
    if enc.len() != 1 {
        return Err(cx.value_error(first + 1, "must be a single character"));
    }
    let esc = a.str(first + 1);
    if esc.len() > 1 {
        return Err(cx.value_error(first + 2, "must be empty or a single character"));
    }
    Ok((sep[0], enc[0], esc.first().copied()))
}

fn fputcsv(cx: &mut Ctx, a: &mut Args) -> NResult {
    let r = resource_arg(cx, a, 0)?;
    let (sep, enc, esc) = csv_chars(cx, a, 3)?;
    let eol = a.str(5);
    let fields = a.array(1);
    let mut line = Vec::new();
    for (i, (_, v)) in fields.iter().enumerate() {
        if i > 0 {
            line.push(sep);
        }
        let s = cx.to_str(&v.deref())?;
        let needs = s.iter().any(|&c| {
            c == sep || c == enc || Some(c) == esc || matches!(c, b'\n' | b'\r' | b'\t' | b' ')
        });
        if needs {
            line.push(enc);
            let mut escaped = false;
            for &c in s.iter() {
                if escaped {
                    escaped = false;
                } else if Some(c) == esc {
                    escaped = true;
                } else if c == enc {
                    line.push(enc);
                }
                line.push(c);
            }
            line.push(enc);
        } else {
            line.extend_from_slice(&s);
        }
    }
    line.extend_from_slice(&eol);
    with_res_stream(cx, &r, |s, cx| match s.write(cx.vm(), &line) {
        Ok(n) => Ok(Value::Int(n as i64)),
        Err(_) => Ok(Value::Bool(false)),
    })
}

/// True while an enclosure opened in `rec` is not closed.
fn open_enclosure(rec: &[u8], enc: u8, esc: Option<u8>) -> bool {
    let mut inside = false;
    let mut escaped = false;
    for &c in rec {
        if escaped {
            escaped = false;
        } else if inside && Some(c) == esc && esc != Some(enc) {
            escaped = true;
        } else if c == enc {
            inside = !inside;
        }
    }
    inside
}

fn fgetcsv(cx: &mut Ctx, a: &mut Args) -> NResult {
    let r = resource_arg(cx, a, 0)?;
    if let Some(n) = a.opt_int(1) {
        if n < 0 {
            return Err(cx.value_error(2, "must be between 0 and 9223372036854775806"));
        }
    }
    let (sep, enc, esc) = csv_chars(cx, a, 3)?;
    let record = with_res_stream(cx, &r, |s, _| {
        let mut rec: Vec<u8> = match s.read_line(None) {
            Ok(Some(l)) => l,
            _ => return Ok(None),
        };
        while open_enclosure(&rec, enc, esc) {
            match s.read_line(None) {
                Ok(Some(l)) => rec.extend_from_slice(&l),
                _ => break,
            }
        }
        Ok(Some(rec))
    })?;
    let rec = match record {
        Some(r) => r,
        None => return Ok(Value::Bool(false)),
    };
    let esc_v = esc.map_or_else(|| Value::from(""), |e| Value::from(vec![e]));
    let parsed = cx.call(
        &Value::from("str_getcsv"),
        vec![
            Value::from(rec),
            Value::from(vec![sep]),
            Value::from(vec![enc]),
            esc_v,
        ],
    )?;
    Ok(match parsed {
        Value::Array(arr) => Value::Array(arr),
        _ => Value::from(PhpArray::from_values(vec![Value::Null])),
    })
}
