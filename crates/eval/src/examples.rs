//! Example builtins living in the runtime crate: they document the native interface and let
//! the evaluator's tests print values. The real implementations belong to
//! `phpsock-builtins`, whose modules are registered later and replace these.

use crate::array::Key;
use crate::native::{Args, Ctx, Module, NResult};
use crate::numeric::fmt_float;
use crate::value::Value;
use crate::vm::{Unwind, Vm};

/// The example module (`strlen`, `str_repeat`, `count`, `var_dump`).
pub fn examples_module() -> Module {
    let mut m = Module::new("eval-examples");
    m.func("strlen(string $string): int", strlen)
        .func("str_repeat(string $string, int $times): string", str_repeat)
        .func(
            "count(Countable|array $value, int $mode = COUNT_NORMAL): int",
            count,
        )
        .func("var_dump(mixed $value, mixed ...$values): void", var_dump);
    m
}

fn strlen(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Int(a.str(0).len() as i64))
}

fn str_repeat(cx: &mut Ctx, a: &mut Args) -> NResult {
    let times = a.int(1);
    if times < 0 {
        return Err(cx.value_error(2, "must be greater than or equal to 0"));
    }
    Ok(Value::from(a.str(0).repeat(times as usize)))
}

fn count(cx: &mut Ctx, a: &mut Args) -> NResult {
    match a.get(0) {
        Value::Array(arr) => Ok(Value::Int(arr.len() as i64)),
        Value::Object(o) => Ok(cx
            .vm()
            .call_method_by_name(&o, "count", Vec::new())?
            .unwrap_or(Value::Int(1))),
        _ => Ok(Value::Int(1)),
    }
}

fn var_dump(cx: &mut Ctx, a: &mut Args) -> NResult {
    let mut out = Vec::new();
    for i in 0..a.len() {
        let v = a.raw(i).cloned().unwrap_or_default();
        dump(cx.vm(), &v.deref(), 0, &mut out, &mut Vec::new())?;
    }
    cx.echo(&out);
    Ok(Value::Null)
}

/// Appends `var_dump` output for `v` at indentation `ind`.
pub fn dump(
    vm: &mut Vm,
    v: &Value,
    ind: usize,
    out: &mut Vec<u8>,
    seen: &mut Vec<usize>,
) -> Result<(), Unwind> {
    let pad = " ".repeat(ind);
    out.extend_from_slice(pad.as_bytes());
    match v {
        Value::Undef | Value::Null => out.extend_from_slice(b"NULL\n"),
        Value::Bool(b) => out.extend_from_slice(format!("bool({})\n", b).as_bytes()),
        Value::Int(i) => out.extend_from_slice(format!("int({})\n", i).as_bytes()),
        Value::Float(f) => {
            let p = vm.serialize_precision();
            out.extend_from_slice(format!("float({})\n", fmt_float(*f, p)).as_bytes())
        }
        Value::Str(s) => {
            out.extend_from_slice(format!("string({}) \"", s.len()).as_bytes());
            out.extend_from_slice(s);
            out.extend_from_slice(b"\"\n");
        }
        Value::Array(arr) => {
            let id = std::rc::Rc::as_ptr(arr) as usize;
            if seen.contains(&id) {
                out.extend_from_slice(b"*RECURSION*\n");
                return Ok(());
            }
            out.extend_from_slice(format!("array({}) {{\n", arr.len()).as_bytes());
            seen.push(id);
            for (k, x) in arr.iter() {
                out.extend_from_slice(pad.as_bytes());
                match k {
                    Key::Int(i) => out.extend_from_slice(format!("  [{}]=>\n", i).as_bytes()),
                    Key::Str(s) => {
                        out.extend_from_slice(b"  [\"");
                        out.extend_from_slice(&s);
                        out.extend_from_slice(b"\"]=>\n");
                    }
                }
                dump_elem(vm, x, ind + 2, out, seen)?;
            }
            seen.pop();
            out.extend_from_slice(pad.as_bytes());
            out.extend_from_slice(b"}\n");
        }
        Value::Object(o) => {
            if o.class().kind == crate::object::ClassKind::Enum {
                let name = o.get_prop(b"name").unwrap_or_default();
                out.extend_from_slice(
                    format!(
                        "enum({}::{})\n",
                        o.class().name,
                        name.scalar_to_str(14).unwrap_or_default()
                    )
                    .as_bytes(),
                );
                return Ok(());
            }
            let id = o.id() as usize | (1 << 60);
            if seen.contains(&id) {
                out.extend_from_slice(b"*RECURSION*\n");
                return Ok(());
            }
            let props = o.prop_list();
            let uninit: Vec<_> = o
                .class()
                .props
                .iter()
                .enumerate()
                .filter(|(i, p)| {
                    p.ty.is_some() && o.obj().props.borrow().get(*i).is_some_and(|v| v.is_undef())
                })
                .map(|(_, p)| p.clone())
                .collect();
            out.extend_from_slice(
                format!(
                    "object({})#{} ({}) {{\n",
                    o.class().name,
                    o.id(),
                    props.len()
                )
                .as_bytes(),
            );
            seen.push(id);
            let mut items: Vec<(
                crate::string::PhpStr,
                Option<Value>,
                Option<crate::object::PropInfo>,
            )> = props
                .into_iter()
                .map(|(n, v, i)| (n, Some(v), i.cloned()))
                .collect();
            for u in uninit {
                let pos = o
                    .class()
                    .props
                    .iter()
                    .position(|p| p.name == u.name)
                    .unwrap_or(0);
                let at = items
                    .iter()
                    .position(|(n, _, _)| {
                        o.class()
                            .props
                            .iter()
                            .position(|p| &p.name == n)
                            .is_none_or(|q| q > pos)
                    })
                    .unwrap_or(items.len());
                items.insert(at, (u.name.clone(), None, Some(u)));
            }
            for (n, x, info) in items {
                out.extend_from_slice(pad.as_bytes());
                out.extend_from_slice(b"  [\"");
                out.extend_from_slice(&n);
                out.push(b'"');
                match info.as_ref().map(|i| i.vis) {
                    Some(crate::object::Visibility::Protected) => {
                        out.extend_from_slice(b":protected")
                    }
                    Some(crate::object::Visibility::Private) => {
                        out.extend_from_slice(b":\"");
                        out.extend_from_slice(
                            &info
                                .as_ref()
                                .map(|i| i.class_name.clone())
                                .unwrap_or_default(),
                        );
                        out.extend_from_slice(b"\":private");
                    }
                    _ => {}
                }
                out.extend_from_slice(b"]=>\n");
                match x {
                    Some(x) => dump_elem(vm, &x, ind + 2, out, seen)?,
                    None => {
                        out.extend_from_slice(pad.as_bytes());
                        let t = info
                            .and_then(|i| i.ty)
                            .map_or_else(String::new, |t| t.to_string());
                        out.extend_from_slice(format!("  uninitialized({})\n", t).as_bytes());
                    }
                }
            }
            seen.pop();
            out.extend_from_slice(pad.as_bytes());
            out.extend_from_slice(b"}\n");
        }
        Value::Resource(r) => out.extend_from_slice(
            format!("resource({}) of type ({})\n", r.id(), r.type_name()).as_bytes(),
        ),
        Value::Ref(r) => {
            out.truncate(out.len() - pad.len());
            return dump(vm, &r.get(), ind, out, seen);
        }
    }
    Ok(())
}

trait SharedRef {
    fn into_shared_ref(self) -> Value;
}

impl SharedRef for Value {
    /// A reference only counts as one (`&`) while something else shares it.
    fn into_shared_ref(self) -> Value {
        match self {
            Value::Ref(r) if r.holders() > 2 => Value::Ref(r),
            Value::Ref(r) => r.get(),
            v => v,
        }
    }
}

fn dump_elem(
    vm: &mut Vm,
    x: &Value,
    ind: usize,
    out: &mut Vec<u8>,
    seen: &mut Vec<usize>,
) -> Result<(), Unwind> {
    if let Value::Ref(r) = x.clone().into_shared_ref() {
        let start = out.len();
        dump(vm, &r.get(), ind, out, seen)?;
        out.insert(start + ind, b'&');
        return Ok(());
    }
    dump(vm, x, ind, out, seen)
}
