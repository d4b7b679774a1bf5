//! `var_dump`, `print_r` and `var_export`.

use super::props::{self, Prop};
use phpsock_eval::numeric::fmt_float;
use phpsock_eval::object::Visibility;
use phpsock_eval::{Args, Ctx, Key, NResult, ObjRef, PhpArray, Unwind, Value, Vm};
use std::rc::Rc;

/// Things being dumped, for `*RECURSION*` detection.
#[derive(Default)]
struct Seen(Vec<usize>);

impl Seen {
    fn arr(a: &Rc<PhpArray>) -> usize {
        Rc::as_ptr(a) as usize
    }
    fn obj(o: &ObjRef) -> usize {
        (o.id() as usize) | (1 << 60)
    }
    fn has(&self, id: usize) -> bool {
        self.0.contains(&id)
    }
}

/// The properties to show for `o`: `__debugInfo`, the closure view, or the real ones.
fn debug_props(vm: &mut Vm, o: &ObjRef) -> Result<Vec<Prop>, Unwind> {
    if let Some(a) = props::closure_debug(o) {
        return Ok(props::from_array(&a));
    }
    if o.class().find_method(b"__debuginfo").is_some() {
        if let Some(Value::Array(a)) = vm.call_method_by_name(o, "__debugInfo", vec![])? {
            return Ok(props::from_array(&a));
        }
    }
    Ok(props::props(o))
}

/// A reference counts as one (`&`) only while something else shares it.
fn shared_ref(v: &Value) -> Option<Value> {
    match v {
        Value::Ref(r) if r.holders() > 1 => Some(r.get()),
        _ => None,
    }
}

fn pad(out: &mut Vec<u8>, n: usize) {
    out.extend(std::iter::repeat_n(b' ', n));
}

// ------------------------------------------------------------------ var_dump

/// Appends `var_dump` output for `v` at nesting `level` (1 = top).
pub fn var_dump_value(
    vm: &mut Vm,
    v: &Value,
    level: usize,
    out: &mut Vec<u8>,
) -> Result<(), Unwind> {
    dump(vm, v, level, false, out, &mut Seen::default())
}

fn dump(
    vm: &mut Vm,
    v: &Value,
    level: usize,
    is_ref: bool,
    out: &mut Vec<u8>,
    seen: &mut Seen,
) -> Result<(), Unwind> {
    if level > 1 {
        pad(out, level - 1);
    }
    let amp = if is_ref { "&" } else { "" };
    match v {
        Value::Undef | Value::Null => out.extend_from_slice(format!("{amp}NULL\n").as_bytes()),
        Value::Bool(b) => out.extend_from_slice(format!("{amp}bool({b})\n").as_bytes()),
        Value::Int(i) => out.extend_from_slice(format!("{amp}int({i})\n").as_bytes()),
        Value::Float(f) => out.extend_from_slice(
            format!(
                "{amp}float({})\n",
                fmt_float(*f, super::serialize_precision(vm))
            )
            .as_bytes(),
        ),
        Value::Str(s) => {
            out.extend_from_slice(format!("{amp}string({}) \"", s.len()).as_bytes());
            out.extend_from_slice(s);
            out.extend_from_slice(b"\"\n");
        }
        Value::Array(arr) => {
            let id = Seen::arr(arr);
            if seen.has(id) {
                out.extend_from_slice(b"*RECURSION*\n");
                return Ok(());
            }
            out.extend_from_slice(format!("{amp}array({}) {{\n", arr.len()).as_bytes());
            seen.0.push(id);
            for (k, x) in arr.iter() {
                pad(out, level + 1);
                match k {
                    Key::Int(i) => out.extend_from_slice(format!("[{i}]=>\n").as_bytes()),
                    Key::Str(s) => {
                        out.extend_from_slice(b"[\"");
                        out.extend_from_slice(&s);
                        out.extend_from_slice(b"\"]=>\n");
                    }
                }
                elem(vm, x, level + 2, out, seen)?;
            }
            seen.0.pop();
            if level > 1 {
                pad(out, level - 1);
            }
            out.extend_from_slice(b"}\n");
        }
        Value::Object(o) => {
            if props::is_enum(o) {
                out.extend_from_slice(format!("{amp}enum({}::", o.class().name).as_bytes());
                out.extend_from_slice(&props::enum_case(o));
                out.extend_from_slice(b")\n");
                return Ok(());
            }
            let id = Seen::obj(o);
            if seen.has(id) {
                out.extend_from_slice(b"*RECURSION*\n");
                return Ok(());
            }
            let ps = debug_props(vm, o)?;
            let count = ps.iter().filter(|p| p.value.is_some()).count();
            out.extend_from_slice(
                format!(
                    "{amp}object({})#{} ({}) {{\n",
                    o.class().name,
                    o.id(),
                    count
                )
                .as_bytes(),
            );
            seen.0.push(id);
            for p in ps {
                pad(out, level + 1);
                if p.int_key {
                    out.push(b'[');
                    out.extend_from_slice(&p.name);
                } else {
                    out.extend_from_slice(b"[\"");
                    out.extend_from_slice(&p.name);
                    out.push(b'"');
                }
                match p.vis {
                    Visibility::Protected => out.extend_from_slice(b":protected"),
                    Visibility::Private => {
                        out.extend_from_slice(b":\"");
                        out.extend_from_slice(&p.class);
                        out.extend_from_slice(b"\":private");
                    }
                    _ => {}
                }
                out.extend_from_slice(b"]=>\n");
                match &p.value {
                    Some(x) => elem(vm, x, level + 2, out, seen)?,
                    None => {
                        pad(out, level + 1);
                        out.extend_from_slice(format!("uninitialized({})\n", p.ty).as_bytes());
                    }
                }
            }
            seen.0.pop();
            if level > 1 {
                pad(out, level - 1);
            }
            out.extend_from_slice(b"}\n");
        }
        Value::Resource(r) => {
            if r.is_closed() {
                out.extend_from_slice(
                    format!("{amp}resource({}) of type (Unknown)\n", r.id()).as_bytes(),
                )
            } else {
                out.extend_from_slice(
                    format!("{amp}resource({}) of type ({})\n", r.id(), r.type_name()).as_bytes(),
                )
            }
        }
        Value::Ref(r) => {
            if level > 1 {
                out.truncate(out.len() - (level - 1));
            }
            return dump(vm, &r.get(), level, is_ref, out, seen);
        }
    }
    Ok(())
}

fn elem(
    vm: &mut Vm,
    x: &Value,
    level: usize,
    out: &mut Vec<u8>,
    seen: &mut Seen,
) -> Result<(), Unwind> {
    match shared_ref(x) {
        Some(v) => dump(vm, &v, level, true, out, seen),
        None => dump(vm, &x.deref(), level, false, out, seen),
    }
}

pub(super) fn var_dump(cx: &mut Ctx, a: &mut Args) -> NResult {
    for i in 0..a.len() {
        let v = a.get(i);
        let mut out = Vec::new();
        var_dump_value(cx.vm(), &v, 1, &mut out)?;
        cx.echo(&out);
    }
    Ok(Value::Null)
}

// ------------------------------------------------------------------ print_r

fn print_r_value(
    vm: &mut Vm,
    v: &Value,
    indent: usize,
    out: &mut Vec<u8>,
    seen: &mut Seen,
) -> Result<(), Unwind> {
    match v {
        Value::Array(arr) => {
            out.extend_from_slice(b"Array\n");
            let id = Seen::arr(arr);
            if seen.has(id) {
                out.extend_from_slice(b" *RECURSION*");
                return Ok(());
            }
            seen.0.push(id);
            let entries: Vec<(Vec<u8>, Value)> = arr
                .iter()
                .map(|(k, v)| {
                    let k = match k {
                        Key::Int(i) => i.to_string().into_bytes(),
                        Key::Str(s) => s.to_vec(),
                    };
                    (k, v.deref())
                })
                .collect();
            print_hash(vm, entries, indent, out, seen)?;
            seen.0.pop();
        }
        Value::Object(o) => {
            out.extend_from_slice(&o.class().name);
            let id = Seen::obj(o);
            if props::is_enum(o) {
                out.extend_from_slice(b" Enum");
                if let Some(Value::Str(_) | Value::Int(_)) = o.get_prop(b"value") {
                    let t = match o.get_prop(b"value") {
                        Some(Value::Int(_)) => ":int",
                        _ => ":string",
                    };
                    out.extend_from_slice(t.as_bytes());
                }
                out.push(b'\n');
            } else {
                out.extend_from_slice(b" Object\n");
            }
            if seen.has(id) {
                out.extend_from_slice(b" *RECURSION*");
                return Ok(());
            }
            let ps = debug_props(vm, o)?;
            let entries: Vec<(Vec<u8>, Value)> = ps
                .into_iter()
                .filter_map(|p| {
                    let v = p.value?.deref();
                    let mut k = p.name.to_vec();
                    match p.vis {
                        Visibility::Protected => k.extend_from_slice(b":protected"),
                        Visibility::Private => {
                            k.push(b':');
                            k.extend_from_slice(&p.class);
                            k.extend_from_slice(b":private");
                        }
                        _ => {}
                    }
                    Some((k, v))
                })
                .collect();
            seen.0.push(id);
            print_hash(vm, entries, indent, out, seen)?;
            seen.0.pop();
        }
        v => {
            let s = vm.to_str(v)?;
            out.extend_from_slice(&s);
        }
    }
    Ok(())
}

fn print_hash(
    vm: &mut Vm,
    entries: Vec<(Vec<u8>, Value)>,
    indent: usize,
    out: &mut Vec<u8>,
    seen: &mut Seen,
) -> Result<(), Unwind> {
    pad(out, indent);
    out.extend_from_slice(b"(\n");
    for (k, v) in entries {
        pad(out, indent + 4);
        out.push(b'[');
        out.extend_from_slice(&k);
        out.extend_from_slice(b"] => ");
        print_r_value(vm, &v, indent + 8, out, seen)?;
        out.push(b'\n');
    }
    pad(out, indent);
    out.extend_from_slice(b")\n");
    Ok(())
}

pub(super) fn print_r(cx: &mut Ctx, a: &mut Args) -> NResult {
    let mut out = Vec::new();
    print_r_value(cx.vm(), &a.get(0), 0, &mut out, &mut Seen::default())?;
    if a.bool(1) {
        return Ok(Value::from(out));
    }
    cx.echo(&out);
    Ok(Value::Bool(true))
}

// ------------------------------------------------------------------ var_export

/// A float as `var_export` writes it (shortest round-trip, always with a fraction or exponent).
pub fn export_float(f: f64, precision: i32) -> String {
    let s = fmt_float(f, precision);
    if f.is_finite() && !s.contains(['.', 'E', 'N', 'I']) {
        format!("{s}.0")
    } else {
        s
    }
}

fn export_str(s: &[u8], out: &mut Vec<u8>) {
    out.push(b'\'');
    for &b in s {
        match b {
            b'\'' => out.extend_from_slice(b"\\'"),
            b'\\' => out.extend_from_slice(b"\\\\"),
            0 => out.extend_from_slice(b"' . \"\\0\" . '"),
            _ => out.push(b),
        }
    }
    out.push(b'\'');
}

fn export(
    cx: &mut Ctx,
    v: &Value,
    level: usize,
    out: &mut Vec<u8>,
    seen: &mut Seen,
) -> Result<(), Unwind> {
    match v {
        Value::Undef | Value::Null => out.extend_from_slice(b"NULL"),
        Value::Bool(b) => out.extend_from_slice(if *b { b"true" } else { b"false" }),
        Value::Int(i) if *i == i64::MIN => out.extend_from_slice(b"-9223372036854775807-1"),
        Value::Int(i) => out.extend_from_slice(i.to_string().as_bytes()),
        Value::Float(f) => {
            let p = super::serialize_precision(cx.vm());
            out.extend_from_slice(export_float(*f, p).as_bytes())
        }
        Value::Str(s) => export_str(s, out),
        Value::Resource(_) => out.extend_from_slice(b"NULL"),
        Value::Ref(r) => return export(cx, &r.get(), level, out, seen),
        Value::Array(arr) => {
            let id = Seen::arr(arr);
            if seen.has(id) {
                cx.raise(2, "var_export does not handle circular references")?;
                out.extend_from_slice(b"NULL");
                return Ok(());
            }
            if level > 1 {
                out.push(b'\n');
                pad(out, level - 1);
            }
            out.extend_from_slice(b"array (\n");
            seen.0.push(id);
            for (k, x) in arr.iter() {
                pad(out, level + 1);
                match k {
                    Key::Int(i) => out.extend_from_slice(i.to_string().as_bytes()),
                    Key::Str(s) => export_str(&s, out),
                }
                out.extend_from_slice(b" => ");
                export(cx, &x.deref(), level + 2, out, seen)?;
                out.extend_from_slice(b",\n");
            }
            seen.0.pop();
            if level > 1 {
                pad(out, level - 1);
            }
            out.push(b')');
        }
        Value::Object(o) => {
            let id = Seen::obj(o);
            if seen.has(id) {
                cx.raise(2, "var_export does not handle circular references")?;
                out.extend_from_slice(b"NULL");
                return Ok(());
            }
            if level > 1 {
                out.push(b'\n');
                pad(out, level - 1);
            }
            // (The whole name: an anonymous class's includes its NUL byte, file and line.)
            let cname = o.class().full_name.clone();
            if props::is_enum(o) {
                out.push(b'\\');
                out.extend_from_slice(&cname);
                out.extend_from_slice(b"::");
                out.extend_from_slice(&props::enum_case(o));
                return Ok(());
            }
            let std = cname.eq_ignore_ascii_case(b"stdClass");
            if std {
                out.extend_from_slice(b"(object) array(\n");
            } else {
                out.push(b'\\');
                out.extend_from_slice(&cname);
                out.extend_from_slice(b"::__set_state(array(\n");
            }
            seen.0.push(id);
            for p in props::props(o) {
                let Some(x) = p.value else { continue };
                pad(out, level + 2);
                if p.int_key {
                    out.extend_from_slice(&p.name);
                } else {
                    export_str(&p.name, out);
                }
                out.extend_from_slice(b" => ");
                export(cx, &x.deref(), level + 2, out, seen)?;
                out.extend_from_slice(b",\n");
            }
            seen.0.pop();
            if level > 1 {
                pad(out, level - 1);
            }
            out.extend_from_slice(if std { b")" } else { b"))" });
        }
    }
    Ok(())
}

/// `var_export` text for `v`.
pub fn var_export_bytes(cx: &mut Ctx, v: &Value) -> Result<Vec<u8>, Unwind> {
    let mut out = Vec::new();
    export(cx, v, 1, &mut out, &mut Seen::default())?;
    Ok(out)
}

pub(super) fn var_export(cx: &mut Ctx, a: &mut Args) -> NResult {
    let out = var_export_bytes(cx, &a.get(0))?;
    if a.bool(1) {
        return Ok(Value::from(out));
    }
    cx.echo(&out);
    Ok(Value::Null)
}
