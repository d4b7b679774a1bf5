//! Class and object introspection: `method_exists`, `property_exists`, `get_object_vars`,
//! `get_class_methods`, `is_a`, `spl_object_hash`, `spl_autoload_register`…
//!
//! `class_exists`, `interface_exists`, `get_class`, `get_parent_class` and `spl_object_id`
//! live in the runtime's core module.

use phpsock_eval::object::{ClassKind, Visibility};
use phpsock_eval::{Args, Class, Ctx, Key, Module, NResult, PhpArray, PhpStr, Value};
use std::rc::Rc;

/// Registers the introspection functions.
pub fn register(m: &mut Module) {
    m.func(
        "method_exists($object_or_class, string $method): bool",
        method_exists,
    )
    .func(
        "property_exists($object_or_class, string $property): bool",
        property_exists,
    )
    .func("enum_exists(string $enum, bool $autoload = true): bool", enum_exists)
    .func("trait_exists(string $trait, bool $autoload = true): bool", trait_exists)
    .func(
            "get_mangled_object_vars(object $object): array",
            get_mangled_object_vars,
        )
        .func("get_object_vars(object $object): array", get_object_vars)
    .func("get_class_vars(string $class): array", get_class_vars)
    .func(
        "get_class_methods(object|string $object_or_class): array",
        get_class_methods,
    )
    .func("get_called_class(): string", get_called_class)
    .func(
        "is_a(mixed $object_or_class, string $class, bool $allow_string = false): bool",
        is_a,
    )
    .func(
        "is_subclass_of(mixed $object_or_class, string $class, bool $allow_string = true): bool",
        is_subclass_of,
    )
    .func("spl_object_hash(object $object): string", spl_object_hash)
    .func(
        "class_implements($object_or_class, bool $autoload = true): array|false",
        class_implements,
    )
    .func(
        "class_parents($object_or_class, bool $autoload = true): array|false",
        class_parents,
    )
    .func(
        "class_uses($object_or_class, bool $autoload = true): array|false",
        class_uses,
    )
    .func(
        "spl_autoload_register(?callable $callback = null, bool $throw = true, bool $prepend = false): bool",
        spl_autoload_register,
    )
    .func(
        "spl_autoload_unregister(callable $callback): bool",
        spl_autoload_unregister,
    )
    .func("spl_autoload_functions(): array", spl_autoload_functions)
    .func("spl_autoload_call(string $class): void", spl_autoload_call)
    .func(
        "spl_autoload(string $class, ?string $file_extensions = null): void",
        spl_autoload,
    )
    .func(
        "spl_autoload_extensions(?string $file_extensions = null): string",
        spl_autoload_extensions,
    );
}

fn scope(cx: &mut Ctx) -> Option<Rc<Class>> {
    cx.vm().current_scope()
}

/// True if a member with visibility `vis` declared in class `declaring` (lower-cased) is
/// accessible from `scope`.
fn visible(cx: &mut Ctx, vis: Visibility, declaring: &[u8], scope: &Option<Rc<Class>>) -> bool {
    match vis {
        Visibility::Public => true,
        Visibility::Private => scope
            .as_ref()
            .is_some_and(|s| s.lname.as_bytes() == declaring),
        Visibility::Protected => match scope {
            None => false,
            Some(s) => {
                if s.instance_of_name(declaring) {
                    return true;
                }
                cx.vm()
                    .find_class(declaring)
                    .is_some_and(|d| d.instance_of_name(&s.lname))
            }
        },
    }
}

fn class_of(cx: &mut Ctx, v: &Value) -> Option<Rc<Class>> {
    match v {
        Value::Object(o) => Some(o.class().clone()),
        Value::Str(s) => cx.vm().find_class(s),
        _ => None,
    }
}

fn method_exists(cx: &mut Ctx, a: &mut Args) -> NResult {
    let v = a.get(0);
    if !matches!(v, Value::Object(_) | Value::Str(_)) {
        return Err(cx.type_error(
            1,
            &format!("must be of type object|string, {} given", v.type_name()),
        ));
    }
    let m = a.str(1);
    Ok(Value::Bool(
        class_of(cx, &v).is_some_and(|c| c.find_method(&m).is_some()),
    ))
}

fn property_exists(cx: &mut Ctx, a: &mut Args) -> NResult {
    let v = a.get(0);
    if !matches!(v, Value::Object(_) | Value::Str(_)) {
        return Err(cx.type_error(
            1,
            &format!("must be of type object|string, {} given", v.type_name()),
        ));
    }
    let p = a.str(1);
    let c = match class_of(cx, &v) {
        Some(c) => c,
        None => return Ok(Value::Bool(false)),
    };
    let declared = c
        .props
        .iter()
        .any(|pi| pi.name == p && (pi.vis != Visibility::Private || pi.declaring == c.lname));
    if declared
        || c.static_props.borrow().contains_key(&p)
        || c.static_inits.iter().any(|(n, _)| *n == p)
    {
        return Ok(Value::Bool(true));
    }
    if let Value::Object(o) = &v {
        let dynamic = o
            .obj()
            .dyn_props
            .borrow()
            .as_ref()
            .is_some_and(|d| d.get(&Key::from_bytes(&p)).is_some());
        return Ok(Value::Bool(dynamic));
    }
    Ok(Value::Bool(false))
}

fn kind_exists(cx: &mut Ctx, a: &Args, kind: ClassKind) -> NResult {
    let n = a.str(0);
    let c = phpsock_eval::core::class_for_exists(cx, &n, a.bool(1))?;
    Ok(Value::Bool(c.is_some_and(|c| c.kind == kind)))
}

fn enum_exists(cx: &mut Ctx, a: &mut Args) -> NResult {
    kind_exists(cx, a, ClassKind::Enum)
}

fn trait_exists(cx: &mut Ctx, a: &mut Args) -> NResult {
    let n = a.str(0);
    let known = phpsock_eval::core::class_for_exists(cx, &n, a.bool(1))?
        .is_some_and(|c| c.kind == ClassKind::Trait)
        || cx
            .vm()
            .trait_decls
            .contains_key(&n.to_ascii_lowercase()[..]);
    Ok(Value::Bool(known))
}

/// `get_mangled_object_vars()`: the object's own property table with mangled names,
/// whatever the caller's scope, without what a native class adds (an `ArrayObject`'s
/// storage).
fn get_mangled_object_vars(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(a.object(0)
        .map_or_else(Value::empty_array, |o| Value::from(o.mangled_props())))
}

fn get_object_vars(cx: &mut Ctx, a: &mut Args) -> NResult {
    let o = match a.object(0) {
        Some(o) => o,
        None => return Ok(Value::empty_array()),
    };
    let sc = scope(cx);
    let mut out = PhpArray::new();
    let sc_name = sc.as_ref().map(|s| s.lname.clone());
    for (name, v, info) in o.prop_list() {
        if let Some(info) = info {
            if !visible(cx, info.vis, &info.declaring, &sc)
                || !o
                    .class()
                    .sees_prop(info, sc_name.as_ref().map(|s| s.as_bytes()))
            {
                continue;
            }
        }
        out.insert(Key::from_phpstr(name), v.deref());
    }
    if let Some(extra) = o
        .class()
        .native
        .extra_props
        .filter(|_| !o.class().native.extra_props_replace)
    {
        for (k, v) in extra(&o).iter() {
            out.insert(k, v.clone());
        }
    }
    Ok(Value::from(out))
}

fn get_class_vars(cx: &mut Ctx, a: &mut Args) -> NResult {
    let n = a.str(0);
    let c = match cx.vm().find_class(&n) {
        Some(c) => c,
        None => return Ok(Value::Bool(false)),
    };
    let sc = scope(cx);
    let mut out = PhpArray::new();
    // Instance properties, then static ones, each in PHP's declaration-table order.
    for n in &c.prop_order {
        let Some(p) = c.prop_slots.get(n).and_then(|&i| c.props.get(i as usize)) else {
            continue;
        };
        if visible(cx, p.vis, &p.declaring, &sc) && !p.default.is_undef() {
            out.insert(Key::from_phpstr(p.name.clone()), p.default.clone());
        }
    }
    for n in &c.static_order {
        let sp = c
            .static_props
            .borrow()
            .get(n)
            .map(|sp| (sp.vis, sp.declaring.clone()));
        let Some((vis, decl)) = sp else { continue };
        if visible(cx, vis, &decl.to_ascii_lowercase(), &sc) {
            // (Initialises the class's static properties on first use.)
            if let Some(cell) = cx.vm().find_static_prop(&c, n) {
                out.insert(Key::from_phpstr(n.clone()), cell.get());
            }
        }
    }
    Ok(Value::from(out))
}

fn method_line(f: &phpsock_eval::func::Function) -> u32 {
    match &f.body {
        phpsock_eval::func::FuncBody::User(c) => c.line,
        phpsock_eval::func::FuncBody::Native(_) => 0,
    }
}

fn get_class_methods(cx: &mut Ctx, a: &mut Args) -> NResult {
    let v = a.get(0);
    let c = match class_of(cx, &v) {
        Some(c) => c,
        None => {
            return Err(cx.type_error(
                1,
                &format!(
                    "must be an object or a valid class name, {} given",
                    v.type_name()
                ),
            ))
        }
    };
    // Declaring class depth: the class itself first, then its ancestors in order.
    let mut chain: Vec<PhpStr> = vec![c.lname.clone()];
    let mut p = c.parent.clone();
    while let Some(pc) = p {
        chain.push(pc.lname.clone());
        p = pc.parent.clone();
    }
    let sc = scope(cx);
    let mut list: Vec<(usize, u32, PhpStr)> = Vec::new();
    for m in c.methods.values() {
        let decl = m
            .declaring
            .upgrade()
            .map_or_else(|| c.lname.clone(), |d| d.lname.clone());
        if !visible(cx, m.vis, &decl, &sc) {
            continue;
        }
        let depth = chain.iter().position(|n| *n == decl).unwrap_or(chain.len());
        list.push((depth, method_line(&m.func), m.func.name.clone()));
    }
    list.sort_by_key(|x| (x.0, x.1));
    Ok(Value::from(PhpArray::from_values(
        list.into_iter().map(|(_, _, n)| Value::Str(n)).collect(),
    )))
}

fn get_called_class(cx: &mut Ctx, _a: &mut Args) -> NResult {
    let c = cx
        .vm()
        .frames
        .last()
        .and_then(|f| f.static_class.clone().or_else(|| f.scope.clone()));
    match c {
        Some(c) => Ok(Value::Str(c.full_name.clone())),
        None => Err(cx.throw(
            "Error",
            "get_called_class() must be called from within a class",
        )),
    }
}

fn is_a_impl(cx: &mut Ctx, a: &Args, allow_string: bool, proper: bool) -> NResult {
    let v = a.get(0);
    let target = a.str(1);
    let c = match &v {
        Value::Object(o) => o.class().clone(),
        Value::Str(s) if allow_string => match cx.vm().find_class(s) {
            Some(c) => c,
            None => return Ok(Value::Bool(false)),
        },
        _ => return Ok(Value::Bool(false)),
    };
    // The target as loaded (an alias names its class); one not loaded matches nothing.
    let Some(t) = cx.vm().find_class(&target) else {
        return Ok(Value::Bool(false));
    };
    if proper && c.lname == t.lname {
        return Ok(Value::Bool(false));
    }
    Ok(Value::Bool(c.instance_of_name(&t.lname)))
}

fn is_a(cx: &mut Ctx, a: &mut Args) -> NResult {
    let allow = a.bool(2);
    is_a_impl(cx, a, allow, false)
}

fn is_subclass_of(cx: &mut Ctx, a: &mut Args) -> NResult {
    let allow = a.bool(2);
    is_a_impl(cx, a, allow, true)
}

fn spl_object_hash(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let id = a.object(0).map_or(0, |o| o.id());
    Ok(Value::from(format!("{:016x}0000000000000000", id).as_str()))
}

fn spl_autoload_register(cx: &mut Ctx, a: &mut Args) -> NResult {
    let f = match a.get(0) {
        // The default loader.
        Value::Null => Value::from("spl_autoload"),
        f => f,
    };
    let prepend = a.bool(2);
    let f = normalize_callable(cx, f);
    let l = &mut cx.vm().autoloaders;
    if l.iter().any(|x| same_callable(x, &f)) {
        return Ok(Value::Bool(true));
    }
    if prepend {
        l.insert(0, f);
    } else {
        l.push(f);
    }
    Ok(Value::Bool(true))
}

/// Whether two callables name the same function (strings compare case-insensitively).
fn same_callable(x: &Value, y: &Value) -> bool {
    match (x, y) {
        (Value::Str(a), Value::Str(b)) => a.eq_ignore_ascii_case(b),
        (Value::Array(a), Value::Array(b)) if a.len() == 2 && b.len() == 2 => {
            let (a0, a1) = (a.get_int(0), a.get_int(1));
            let (b0, b1) = (b.get_int(0), b.get_int(1));
            let same_target = match (a0, b0) {
                (Some(Value::Object(p)), Some(Value::Object(q))) => p.ptr_eq(q),
                (Some(Value::Str(p)), Some(Value::Str(q))) => p.eq_ignore_ascii_case(q),
                _ => false,
            };
            let same_method = match (a1, b1) {
                (Some(Value::Str(p)), Some(Value::Str(q))) => p.eq_ignore_ascii_case(q),
                _ => false,
            };
            same_target && same_method
        }
        _ => phpsock_eval::ops::identical(x, y),
    }
}

/// `"Class::method"` as PHP stores it: `["Class", "method"]` with the declared class name.
fn normalize_callable(cx: &mut Ctx, f: Value) -> Value {
    if let Value::Str(s) = &f {
        if let Some(p) = s.windows(2).position(|w| w == b"::") {
            let class = cx
                .vm()
                .find_class(&s[..p])
                .map_or_else(|| PhpStr::new(&s[..p]), |c| c.name.clone());
            let parts = vec![Value::Str(class), Value::Str(PhpStr::new(&s[p + 2..]))];
            return Value::from(PhpArray::from_values(parts));
        }
    }
    f
}

fn spl_autoload_unregister(cx: &mut Ctx, a: &mut Args) -> NResult {
    let f = a.get(0);
    let f = normalize_callable(cx, f);
    let l = &mut cx.vm().autoloaders;
    let before = l.len();
    l.retain(|x| !same_callable(x, &f));
    Ok(Value::Bool(l.len() != before))
}

fn spl_autoload_functions(cx: &mut Ctx, _a: &mut Args) -> NResult {
    let l = cx.vm().autoloaders.clone();
    Ok(Value::from(PhpArray::from_values(l)))
}

fn spl_autoload_call(cx: &mut Ctx, a: &mut Args) -> NResult {
    cx.vm().autoload(&a.str(0))?;
    Ok(Value::Null)
}

/// The extensions `spl_autoload` tries, comma-separated (PHP's default `.inc,.php`).
fn autoload_extensions<'a>(cx: &'a mut Ctx<'_>) -> &'a mut PhpStr {
    cx.vm()
        .module_state
        .entry("spl.autoload_extensions")
        .or_insert_with(|| Box::new(PhpStr::from(".inc,.php")))
        .downcast_mut::<PhpStr>()
        .expect("spl.autoload_extensions holds a PhpStr")
}

fn spl_autoload_extensions(cx: &mut Ctx, a: &mut Args) -> NResult {
    if let Value::Str(s) = a.get(0) {
        *autoload_extensions(cx) = s;
    }
    Ok(Value::Str(autoload_extensions(cx).clone()))
}

/// The default autoloader: includes (once) the first `lowercased/class/name.ext` found
/// through `include_path`, for each extension in turn, until the class exists.
fn spl_autoload(cx: &mut Ctx, a: &mut Args) -> NResult {
    let class = a.str(0);
    let exts = match a.get(1) {
        Value::Str(s) => s,
        _ => autoload_extensions(cx).clone(),
    };
    let base: Vec<u8> = class
        .to_ascii_lowercase()
        .iter()
        .map(|&c| if c == b'\\' { b'/' } else { c })
        .collect();
    for ext in exts.split(|&c| c == b',') {
        let mut path = base.clone();
        path.extend_from_slice(ext);
        let path = String::from_utf8_lossy(&path).into_owned();
        if cx.vm().include_once_if_exists(&path)? && cx.vm().find_class(&class).is_some() {
            break;
        }
    }
    Ok(Value::Null)
}

/// The class `class_implements`/`class_parents`/`class_uses` ask about: an object's, or one
/// named (autoloaded unless `$autoload` is false), or `None` after PHP's warning.
fn spl_class_arg(cx: &mut Ctx, a: &Args) -> Result<Option<Rc<Class>>, phpsock_eval::Unwind> {
    let v = a.get(0);
    let name = match &v {
        Value::Object(o) => return Ok(Some(o.class().clone())),
        Value::Str(s) => s.clone(),
        other => {
            return Err(cx.type_error(
                1,
                &format!("must be of type object|string, {} given", other.type_name()),
            ))
        }
    };
    let autoload = a.bool(1);
    let found = if autoload {
        cx.vm().load_class(&name)?
    } else {
        cx.vm().find_class(&name)
    };
    if found.is_none() {
        let how = if autoload {
            " and could not be loaded"
        } else {
            ""
        };
        cx.warn(format!("Class {name} does not exist{how}"))?;
    }
    Ok(found)
}

/// `[name => name, …]` for the given class names.
fn name_set<'a>(names: impl Iterator<Item = &'a PhpStr>) -> Value {
    let mut out = PhpArray::new();
    for n in names {
        out.insert(Key::from_phpstr(n.clone()), Value::Str(n.clone()));
    }
    Value::from(out)
}

fn class_implements(cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(match spl_class_arg(cx, a)? {
        Some(c) => name_set(c.interfaces.iter().map(|i| &i.name)),
        None => Value::Bool(false),
    })
}

fn class_parents(cx: &mut Ctx, a: &mut Args) -> NResult {
    let Some(c) = spl_class_arg(cx, a)? else {
        return Ok(Value::Bool(false));
    };
    let mut parents = Vec::new();
    let mut cur = c.parent.clone();
    while let Some(p) = cur {
        cur = p.parent.clone();
        parents.push(p);
    }
    Ok(name_set(parents.iter().map(|p| &p.name)))
}

fn class_uses(cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(match spl_class_arg(cx, a)? {
        Some(c) => name_set(c.traits.iter()),
        None => Value::Bool(false),
    })
}
