//! `Closure`'s methods: `bind`, `bindTo`, `call` and `fromCallable`.

use crate::calls::ClosureData;
use crate::native::{Args, Ctx, NResult, NativeClass, NativeImpl};
use crate::object::{Class, Visibility};
use crate::value::Value;
use crate::vm::{Unwind, Vm};
use std::rc::Rc;

fn closure_data(v: &Value) -> Option<ClosureData> {
    match v {
        Value::Object(o) => o.with_native::<ClosureData, _>(|c| c.cloned()),
        _ => None,
    }
}

/// The class scope a `$newScope` argument names (`"static"` keeps the closure's own).
fn new_scope(
    vm: &mut Vm,
    arg: Option<Value>,
    current: Option<Rc<Class>>,
) -> Result<Option<Rc<Class>>, Unwind> {
    match arg {
        None => Ok(current),
        Some(Value::Object(o)) => Ok(Some(o.class().clone())),
        Some(Value::Null) => Ok(None),
        Some(v) => {
            let name = vm.to_str(&v)?;
            if name.as_bytes() == b"static" {
                return Ok(current);
            }
            match vm.find_class(&name) {
                Some(c) => Ok(Some(c)),
                None => Err(vm.throw_error("Error", format!("Class \"{}\" not found", name))),
            }
        }
    }
}

fn rebind(cx: &mut Ctx, closure: &Value, this: Value, scope: Option<Value>) -> NResult {
    let data = match closure_data(closure) {
        Some(d) => d,
        None => return Ok(Value::Null),
    };
    let vm = cx.vm();
    let this = match this {
        Value::Object(o) => Some(o),
        _ => None,
    };
    let scope = new_scope(vm, scope, data.scope.clone())?;
    Ok(vm.make_closure(data.func, this, scope, data.captured))
}

fn closure_bind(cx: &mut Ctx, a: &mut Args) -> NResult {
    let c = a.get(0);
    let this = a.get(1);
    let scope = a.was_passed(2).then(|| a.get(2));
    rebind(cx, &c, this, scope)
}

fn closure_bind_to(cx: &mut Ctx, a: &mut Args) -> NResult {
    let c = match a.this() {
        Some(o) => Value::Object(o.clone()),
        None => return Ok(Value::Null),
    };
    let this = a.get(0);
    let scope = a.was_passed(1).then(|| a.get(1));
    rebind(cx, &c, this, scope)
}

fn closure_call(cx: &mut Ctx, a: &mut Args) -> NResult {
    let c = match a.this() {
        Some(o) => Value::Object(o.clone()),
        None => return Ok(Value::Null),
    };
    let this = a.get(0);
    let args = a.rest(1).to_vec();
    let scope = Some(this.clone());
    let bound = rebind(cx, &c, this, scope)?;
    cx.vm().call_value(&bound, args)
}

fn closure_from_callable(cx: &mut Ctx, a: &mut Args) -> NResult {
    let f = a.get(0);
    if closure_data(&f).is_some() {
        return Ok(f);
    }
    let vm = cx.vm();
    vm.autoload_callable(&f)?;
    match vm.resolve_callable(&f) {
        Ok(c) => Ok(vm.make_closure(c.func, c.this, c.scope, c.captured)),
        Err(e) => Err(vm.throw_error(
            "TypeError",
            format!("Failed to create closure from callable: {e}"),
        )),
    }
}

/// Adds the methods to the `Closure` class.
pub fn register_methods(c: &mut NativeClass) {
    let stat: [(&str, NativeImpl); 2] = [
        (
            "bind(Closure $closure, ?object $newThis, object|string|null $newScope = \"static\"): ?Closure",
            closure_bind,
        ),
        ("fromCallable(callable $callback): Closure", closure_from_callable),
    ];
    for (sig, imp) in stat {
        c.method_ex(sig, imp, Visibility::Public, true);
    }
    c.method(
        "bindTo(?object $newThis, object|string|null $newScope = \"static\"): ?Closure",
        closure_bind_to,
    )
    .method("call(object $newThis, mixed ...$args): mixed", closure_call);
}
