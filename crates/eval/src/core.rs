//! The `Core` module: language-level classes (`stdClass`, `Throwable` and the exception
//! hierarchy, `Closure`, `Generator`, the iteration interfaces) and functions that need the
//! runtime's internals (`func_get_args`, `define`, `set_error_handler`, …).

use crate::array::{Key, PhpArray};
use crate::native::{Args, Ctx, Module, NResult, NativeClass};
use crate::object::{ClassKind, ObjRef, Visibility};
use crate::string::PhpStr;
use crate::value::Value;
use crate::vm::Unwind;
use std::rc::Rc;

fn iface(name: &'static str, parents: Vec<&'static str>) -> NativeClass {
    let mut c = NativeClass::new(name);
    c.kind = ClassKind::Interface;
    c.interfaces = parents;
    c
}

fn throwable_class(name: &'static str, parent: Option<&'static str>) -> NativeClass {
    let mut c = NativeClass::new(name);
    c.parent = parent;
    if parent.is_none() {
        c.interfaces = vec!["Stringable", "Throwable"];
        c.props = vec![
            ("message", Value::from(""), Visibility::Protected),
            ("string", Value::from(""), Visibility::Private),
            ("code", Value::Int(0), Visibility::Protected),
            ("file", Value::from(""), Visibility::Protected),
            ("line", Value::Int(0), Visibility::Protected),
            ("trace", Value::empty_array(), Visibility::Private),
            ("previous", Value::Null, Visibility::Private),
        ];
        c.method(
            "__construct(string $message = \"\", int $code = 0, ?Throwable $previous = null)",
            exc_construct,
        )
        .method("getMessage(): string", exc_get_message)
        .method("getCode()", exc_get_code)
        .method("getPrevious(): ?Throwable", exc_get_previous)
        .method("getFile(): string", exc_get_file)
        .method("getLine(): int", exc_get_line)
        .method("getTrace(): array", exc_get_trace)
        .method("getTraceAsString(): string", exc_get_trace_as_string)
        .method("__toString(): string", exc_to_string);
    }
    c
}

/// The core module (always loaded).
pub fn core_module() -> Module {
    let mut m = Module::new("Core");
    m.class(NativeClass::new("stdClass"));
    m.class(iface("Traversable", vec![]));
    m.class(iface("Iterator", vec!["Traversable"]));
    m.class(iface("IteratorAggregate", vec!["Traversable"]));
    m.class(iface("ArrayAccess", vec![]));
    m.class(iface("Countable", vec![]));
    m.class(iface("Stringable", vec![]));
    m.class(iface("UnitEnum", vec![]));
    m.class(iface("BackedEnum", vec!["UnitEnum"]));
    m.class(iface("Throwable", vec!["Stringable"]));
    let mut closure = NativeClass::new("Closure");
    closure.is_final = true;
    crate::closure::register_methods(&mut closure);
    m.class(closure);
    let mut generator = NativeClass::new("Generator");
    generator.is_final = true;
    generator.interfaces = vec!["Iterator"];
    crate::generator::register_methods(&mut generator);
    m.class(generator);
    m.class(throwable_class("Exception", None));
    m.class(throwable_class("Error", None));
    let mut ee = throwable_class("ErrorException", Some("Exception"));
    ee.props = vec![("severity", Value::Int(1), Visibility::Protected)];
    ee.method(
        "__construct(string $message = \"\", int $code = 0, int $severity = E_ERROR, ?string $filename = null, ?int $line = null, ?Throwable $previous = null)",
        error_exception_construct,
    )
    .method("getSeverity(): int", error_exception_severity);
    m.class(ee);
    for (name, parent) in [
        ("CompileError", "Error"),
        ("ParseError", "CompileError"),
        ("TypeError", "Error"),
        ("ArgumentCountError", "TypeError"),
        ("ValueError", "Error"),
        ("ArithmeticError", "Error"),
        ("DivisionByZeroError", "ArithmeticError"),
        ("UnhandledMatchError", "Error"),
        ("LogicException", "Exception"),
        ("BadFunctionCallException", "LogicException"),
        ("BadMethodCallException", "BadFunctionCallException"),
        ("DomainException", "LogicException"),
        ("InvalidArgumentException", "LogicException"),
        ("LengthException", "LogicException"),
        ("OutOfRangeException", "LogicException"),
        ("RuntimeException", "Exception"),
        ("OutOfBoundsException", "RuntimeException"),
        ("OverflowException", "RuntimeException"),
        ("RangeException", "RuntimeException"),
        ("UnderflowException", "RuntimeException"),
        ("UnexpectedValueException", "RuntimeException"),
        ("JsonException", "Exception"),
    ] {
        m.class(throwable_class(name, Some(parent)));
    }
    for (name, v) in [
        ("E_ERROR", 1),
        ("E_WARNING", 2),
        ("E_PARSE", 4),
        ("E_NOTICE", 8),
        ("E_CORE_ERROR", 16),
        ("E_CORE_WARNING", 32),
        ("E_COMPILE_ERROR", 64),
        ("E_COMPILE_WARNING", 128),
        ("E_USER_ERROR", 256),
        ("E_USER_WARNING", 512),
        ("E_USER_NOTICE", 1024),
        ("E_STRICT", 2048),
        ("E_RECOVERABLE_ERROR", 4096),
        ("E_DEPRECATED", 8192),
        ("E_USER_DEPRECATED", 16384),
        ("E_ALL", 32767),
        ("PHP_INT_MAX", i64::MAX),
        ("PHP_INT_MIN", i64::MIN),
        ("PHP_INT_SIZE", 8),
        ("PHP_MAJOR_VERSION", 8),
        ("PHP_MINOR_VERSION", 2),
        ("PHP_RELEASE_VERSION", 36),
        ("PHP_VERSION_ID", 80236),
        ("PHP_DEBUG", 0),
        ("PHP_MAXPATHLEN", 4096),
    ] {
        m.constant(name, Value::Int(v));
    }
    m.constant("PHP_EOL", "\n")
        .constant("PHP_VERSION", "8.2.36")
        .constant("PHP_OS", "Linux")
        .constant("PHP_OS_FAMILY", "Linux")
        .constant("DIRECTORY_SEPARATOR", "/")
        .constant("PATH_SEPARATOR", ":")
        .constant("PHP_FLOAT_EPSILON", f64::EPSILON)
        .constant("PHP_FLOAT_MAX", f64::MAX)
        .constant("PHP_FLOAT_MIN", f64::MIN_POSITIVE)
        .constant("PHP_FLOAT_DIG", Value::Int(15))
        .constant("NAN", f64::NAN)
        .constant("INF", f64::INFINITY);
    m.func("func_get_args(): array", func_get_args)
        .func("func_get_arg(int $position): mixed", func_get_arg)
        .func(
            "restore_exception_handler(): bool",
            restore_exception_handler,
        )
        .func("func_num_args(): int", func_num_args)
        .func(
            "define(string $constant_name, mixed $value, bool $case_insensitive = false): bool",
            define,
        )
        .func("defined(string $constant_name): bool", defined)
        .func("constant(string $name): mixed", constant)
        .func(
            "error_reporting(?int $error_level = null): int",
            error_reporting,
        )
        .func("ini_get(string $option): string|false", ini_get)
        .func(
            "ini_set(string $option, string|int|float|bool|null $value): string|false",
            ini_set,
        )
        .func(
            "ini_alter(string $option, string|int|float|bool|null $value): string|false",
            ini_set,
        )
        .func("ini_restore(string $option): void", ini_restore)
        .func("get_include_path(): string|false", get_include_path)
        .func(
            "set_include_path(string $include_path): string|false",
            set_include_path,
        )
        .func(
            "set_error_handler(?callable $callback, int $error_levels = E_ALL)",
            set_error_handler,
        )
        .func("restore_error_handler(): bool", restore_error_handler)
        .func("error_get_last(): ?array", error_get_last)
        .func("error_clear_last(): void", error_clear_last)
        .func(
            "set_exception_handler(?callable $callback)",
            set_exception_handler,
        )
        .func(
            "trigger_error(string $message, int $error_level = E_USER_NOTICE): bool",
            trigger_error,
        )
        .func(
            "user_error(string $message, int $error_level = E_USER_NOTICE): bool",
            trigger_error,
        )
        .func("function_exists(string $function): bool", function_exists)
        .func(
            "get_defined_functions(bool $exclude_disabled = true): array",
            get_defined_functions,
        )
        .func(
            "class_alias(string $class, string $alias, bool $autoload = true): bool",
            class_alias,
        )
        .func(
            "class_exists(string $class, bool $autoload = true): bool",
            class_exists,
        )
        .func(
            "interface_exists(string $interface, bool $autoload = true): bool",
            interface_exists,
        )
        .func("get_class(object $object): string", get_class)
        .func(
            "get_parent_class(object|string $object_or_class): string|false",
            get_parent_class,
        )
        .func(
            "call_user_func(callable $callback, mixed ...$args): mixed",
            call_user_func,
        )
        .func(
            "call_user_func_array(callable $callback, array $args): mixed",
            call_user_func_array,
        )
        .func(
            "forward_static_call(callable $callback, mixed ...$args): mixed",
            forward_static_call,
        )
        .func(
            "forward_static_call_array(callable $callback, array $args): mixed",
            forward_static_call_array,
        )
        .func(
            "is_callable(mixed $value, bool $syntax_only = false, &$callable_name = null): bool",
            is_callable,
        )
        .func("spl_object_id(object $object): int", spl_object_id)
        .func(
            "register_shutdown_function(callable $callback, mixed ...$args): void",
            register_shutdown,
        )
        .func(
            "register_tick_function(callable $callback, mixed ...$args): bool",
            register_tick,
        )
        .func(
            "debug_backtrace(int $options = DEBUG_BACKTRACE_PROVIDE_OBJECT, int $limit = 0): array",
            debug_backtrace,
        )
        .func(
            "debug_print_backtrace(int $options = 0, int $limit = 0): void",
            debug_print_backtrace,
        )
        .constant("DEBUG_BACKTRACE_PROVIDE_OBJECT", Value::Int(1))
        .constant("DEBUG_BACKTRACE_IGNORE_ARGS", Value::Int(2))
        .func(
            "unregister_tick_function(callable $callback): void",
            unregister_tick,
        )
        .func(
            "extension_loaded(string $extension): bool",
            extension_loaded,
        )
        .func(
            "get_loaded_extensions(bool $zend_extensions = false): array",
            get_loaded_extensions,
        );
    m
}

fn this(a: &Args) -> Option<ObjRef> {
    a.this().cloned()
}

fn exc_construct(_cx: &mut Ctx, a: &mut Args) -> NResult {
    if let Some(o) = this(a) {
        if a.was_passed(0) {
            o.set_prop(b"message", Value::Str(a.str(0)));
        }
        if a.was_passed(1) {
            o.set_prop(b"code", Value::Int(a.int(1)));
        }
        if a.was_passed(2) {
            o.set_prop(b"previous", a.get(2));
        }
    }
    Ok(Value::Null)
}

fn error_exception_construct(_cx: &mut Ctx, a: &mut Args) -> NResult {
    if let Some(o) = this(a) {
        if a.was_passed(0) {
            o.set_prop(b"message", Value::Str(a.str(0)));
        }
        if a.was_passed(1) {
            o.set_prop(b"code", Value::Int(a.int(1)));
        }
        o.set_prop(
            b"severity",
            Value::Int(if a.was_passed(2) { a.int(2) } else { 1 }),
        );
        if !a.is_null(3) {
            o.set_prop(b"file", Value::Str(a.str(3)));
        }
        if !a.is_null(4) {
            o.set_prop(b"line", Value::Int(a.int(4)));
        }
        if a.was_passed(5) {
            o.set_prop(b"previous", a.get(5));
        }
    }
    Ok(Value::Null)
}

fn error_exception_severity(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(this(a)
        .and_then(|o| o.get_prop(b"severity"))
        .unwrap_or(Value::Int(1)))
}

fn prop(a: &Args, name: &[u8]) -> Value {
    this(a)
        .and_then(|o| o.get_prop(name))
        .unwrap_or(Value::Null)
}

fn exc_get_message(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(prop(a, b"message"))
}
fn exc_get_code(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(prop(a, b"code"))
}
fn exc_get_previous(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(prop(a, b"previous"))
}
fn exc_get_file(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(prop(a, b"file"))
}
fn exc_get_line(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(prop(a, b"line"))
}
fn exc_get_trace(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(prop(a, b"trace"))
}

/// Formats one trace argument as `getTraceAsString` does; floats with `precision`
/// significant digits (the ini setting) and a `.0` when they would look like integers.
fn trace_arg(v: &Value, out: &mut Vec<u8>, precision: i32) {
    match v {
        Value::Null | Value::Undef => out.extend_from_slice(b"NULL"),
        Value::Bool(b) => out.extend_from_slice(if *b { b"true" } else { b"false" }),
        Value::Int(i) => out.extend_from_slice(i.to_string().as_bytes()),
        Value::Float(f) => {
            let text = crate::numeric::fmt_float(*f, if precision == 0 { 1 } else { precision });
            out.extend_from_slice(text.as_bytes());
            if f.is_finite() && !text.bytes().any(|b| matches!(b, b'.' | b'e' | b'E')) {
                out.extend_from_slice(b".0");
            }
        }
        Value::Str(s) => {
            out.push(b'\'');
            if s.len() > 15 {
                out.extend_from_slice(&s[..15]);
                out.extend_from_slice(b"...'");
            } else {
                out.extend_from_slice(s);
                out.push(b'\'');
            }
        }
        Value::Array(_) => out.extend_from_slice(b"Array"),
        Value::Object(o) => {
            out.extend_from_slice(b"Object(");
            out.extend_from_slice(&o.class().name);
            out.push(b')');
        }
        Value::Resource(r) => out.extend_from_slice(format!("Resource id #{}", r.id()).as_bytes()),
        Value::Ref(r) => trace_arg(&r.get(), out, precision),
    }
}

/// Renders a trace array as `#0 file(line): func(args)` lines ending with `{main}`.
pub fn trace_as_string(trace: &Value, precision: i32) -> PhpStr {
    let mut out = Vec::new();
    let mut n = 0;
    if let Value::Array(t) = trace {
        for (_, fr) in t.iter() {
            let fr = match fr {
                Value::Array(f) => f,
                _ => continue,
            };
            let get = |k: &str| fr.get(&Key::from_bytes(k.as_bytes())).cloned();
            out.extend_from_slice(format!("#{n} ").as_bytes());
            match (get("file"), get("line")) {
                (Some(Value::Str(f)), Some(l)) => {
                    out.extend_from_slice(&f);
                    out.extend_from_slice(format!("({}): ", l.to_int()).as_bytes());
                }
                _ => out.extend_from_slice(b"[internal function]: "),
            }
            if let Some(Value::Str(c)) = get("class") {
                out.extend_from_slice(&c);
                if let Some(Value::Str(t)) = get("type") {
                    out.extend_from_slice(&t);
                }
            }
            if let Some(Value::Str(f)) = get("function") {
                out.extend_from_slice(&f);
            }
            out.push(b'(');
            if let Some(Value::Array(args)) = get("args") {
                for (i, (_, v)) in args.iter().enumerate() {
                    if i > 0 {
                        out.extend_from_slice(b", ");
                    }
                    trace_arg(v, &mut out, precision);
                }
            }
            out.extend_from_slice(b")\n");
            n += 1;
        }
    }
    out.extend_from_slice(format!("#{n} {{main}}").as_bytes());
    PhpStr::from_vec(out)
}

fn exc_get_trace_as_string(cx: &mut Ctx, a: &mut Args) -> NResult {
    let precision = cx.vm().precision();
    Ok(Value::Str(trace_as_string(&prop(a, b"trace"), precision)))
}

/// `Throwable::__toString()` text, including previous exceptions.
pub fn throwable_to_string(cx: &mut Ctx, o: &ObjRef) -> Result<PhpStr, Unwind> {
    let mut chain = vec![o.clone()];
    let mut cur = o.get_prop(b"previous");
    while let Some(Value::Object(p)) = cur {
        if chain.iter().any(|c| c.ptr_eq(&p)) {
            break;
        }
        cur = p.get_prop(b"previous");
        chain.push(p);
    }
    let mut out: Vec<u8> = Vec::new();
    for (i, e) in chain.iter().rev().enumerate() {
        if i > 0 {
            out.extend_from_slice(b"\n\nNext ");
        }
        let msg = cx.to_str(&e.get_prop(b"message").unwrap_or_default())?;
        let file = e.get_prop(b"file").unwrap_or_default();
        let line = e.get_prop(b"line").unwrap_or_default().to_int();
        out.extend_from_slice(&e.class().full_name);
        if !msg.is_empty() {
            out.extend_from_slice(b": ");
            out.extend_from_slice(&msg);
        }
        // A user function's parameter error names where the function is defined.
        let lname = e.class().lname.as_bytes();
        if (lname == b"typeerror" || lname == b"argumentcounterror")
            && msg.windows(12).any(|w| w == b", called in ")
        {
            out.extend_from_slice(b" and defined");
        }
        out.extend_from_slice(b" in ");
        out.extend_from_slice(&file.scalar_to_str(14).unwrap_or_default());
        out.extend_from_slice(format!(":{line}\nStack trace:\n").as_bytes());
        let precision = cx.vm().precision();
        out.extend_from_slice(&trace_as_string(
            &e.get_prop(b"trace").unwrap_or_default(),
            precision,
        ));
    }
    Ok(PhpStr::from_vec(out))
}

fn exc_to_string(cx: &mut Ctx, a: &mut Args) -> NResult {
    match this(a) {
        Some(o) => Ok(Value::Str(throwable_to_string(cx, &o)?)),
        None => Ok(Value::from("")),
    }
}

fn func_get_args(cx: &mut Ctx, _a: &mut Args) -> NResult {
    let vm = cx.vm();
    // The caller's frame is the last user frame.
    match vm.frames.last() {
        Some(f) => Ok(Value::from(PhpArray::from_values(vm.frame_args(f)))),
        None => Err(vm.throw_error(
            "Error",
            "func_get_args() cannot be called from the global scope".into(),
        )),
    }
}

fn func_get_arg(cx: &mut Ctx, a: &mut Args) -> NResult {
    let pos = a.int(0);
    let vm = cx.vm();
    let Some(f) = vm.frames.last() else {
        return Err(vm.throw_error(
            "Error",
            "func_get_arg() cannot be called from the global scope".into(),
        ));
    };
    if pos < 0 {
        return Err(cx.value_error(1, "must be greater than or equal to 0"));
    }
    let args = vm.frame_args(f);
    match args.into_iter().nth(pos as usize) {
        Some(v) => Ok(v),
        None => Err(cx.value_error(
            1,
            "must be less than the number of the arguments passed to the currently executed function",
        )),
    }
}

fn func_num_args(cx: &mut Ctx, _a: &mut Args) -> NResult {
    let vm = cx.vm();
    match vm.frames.last() {
        Some(f) => Ok(Value::Int(i64::from(f.nargs))),
        None => Err(vm.throw_error(
            "Error",
            "func_num_args() must be called from a function context".into(),
        )),
    }
}

fn define(cx: &mut Ctx, a: &mut Args) -> NResult {
    let name = a.str(0);
    if cx.vm().constants.contains_key(&name) {
        // PHP words this one without the `define(): ` prefix.
        cx.raise(
            crate::diag::E_WARNING,
            &format!("Constant {} already defined", name),
        )?;
        return Ok(Value::Bool(false));
    }
    let v = a.get(1);
    cx.vm().constants.insert(name.clone(), v);
    cx.vm().user_constants.push(name);
    Ok(Value::Bool(true))
}

fn defined(cx: &mut Ctx, a: &mut Args) -> NResult {
    let name = a.str(0);
    Ok(Value::Bool(cx.vm().lookup_constant(&name).is_some()))
}

fn constant(cx: &mut Ctx, a: &mut Args) -> NResult {
    let name = a.str(0);
    if let Some((cls, c)) = split_class_const(&name) {
        return cx.vm().class_constant_by_name(cls, c);
    }
    match cx.vm().lookup_constant(&name) {
        Some(v) => Ok(v),
        None => Err(cx.throw("Error", format!("Undefined constant \"{}\"", name))),
    }
}

fn split_class_const(s: &[u8]) -> Option<(&[u8], &[u8])> {
    let p = s.windows(2).position(|w| w == b"::")?;
    Some((&s[..p], &s[p + 2..]))
}

fn error_reporting(cx: &mut Ctx, a: &mut Args) -> NResult {
    let vm = cx.vm();
    let old = vm.error_reporting;
    if let Some(n) = a.opt_int(0) {
        vm.error_reporting = n;
        vm.ini
            .insert("error_reporting".into(), PhpStr::from(n.to_string()));
    }
    Ok(Value::Int(old))
}

fn ini_get(cx: &mut Ctx, a: &mut Args) -> NResult {
    let k = a.str(0).to_string_lossy();
    Ok(cx.ini(&k).map_or(Value::Bool(false), Value::Str))
}

fn ini_set(cx: &mut Ctx, a: &mut Args) -> NResult {
    let k = a.str(0).to_string_lossy();
    let v = match a.get(1) {
        Value::Bool(b) => PhpStr::from(if b { "1" } else { "" }),
        v => v.scalar_to_str(14).unwrap_or_default(),
    };
    let vm = cx.vm();
    if vm.ini.contains_key(&k) && !vm.ini_locked(&k) {
        let old = vm.ini_set(&k, v);
        if let Some(before) = &old {
            vm.ini_saved.entry(k).or_insert_with(|| before.clone());
        }
        Ok(old.map_or(Value::Bool(false), Value::Str))
    } else {
        Ok(Value::Bool(false))
    }
}

/// `ini_restore()`: the setting goes back to the value it had before the script first
/// changed it with `ini_set`.
fn ini_restore(cx: &mut Ctx, a: &mut Args) -> NResult {
    let k = a.str(0).to_string_lossy();
    let vm = cx.vm();
    if let Some(v) = vm.ini_saved.remove(&k) {
        vm.ini_set(&k, v);
    }
    Ok(Value::Null)
}

fn get_include_path(cx: &mut Ctx, _a: &mut Args) -> NResult {
    Ok(cx
        .vm()
        .ini_get("include_path")
        .map_or(Value::Bool(false), Value::Str))
}

fn set_include_path(cx: &mut Ctx, a: &mut Args) -> NResult {
    let path = a.str(0);
    // An empty include path is refused, as PHP's ini handler does.
    if path.is_empty() || cx.vm().ini_locked("include_path") {
        return Ok(Value::Bool(false));
    }
    Ok(cx
        .vm()
        .ini_set("include_path", path)
        .map_or(Value::Bool(false), Value::Str))
}

fn set_error_handler(cx: &mut Ctx, a: &mut Args) -> NResult {
    let vm = cx.vm();
    let old = vm
        .error_handlers
        .last()
        .map_or(Value::Null, |h| h.0.clone());
    vm.error_handlers.push((a.get(0), a.int(1)));
    Ok(old)
}

fn restore_error_handler(cx: &mut Ctx, _a: &mut Args) -> NResult {
    cx.vm().error_handlers.pop();
    Ok(Value::Bool(true))
}

fn set_exception_handler(cx: &mut Ctx, a: &mut Args) -> NResult {
    let vm = cx.vm();
    let prev = vm.exception_handler.take();
    let old = prev.clone().unwrap_or(Value::Null);
    vm.previous_exception_handlers.push(prev);
    let h = a.get(0);
    vm.exception_handler = if h.is_null() { None } else { Some(h) };
    Ok(old)
}

/// Goes back to the exception handler before the last `set_exception_handler()` (none when
/// there was none).
fn restore_exception_handler(cx: &mut Ctx, _a: &mut Args) -> NResult {
    let vm = cx.vm();
    vm.exception_handler = vm.previous_exception_handlers.pop().flatten();
    Ok(Value::Bool(true))
}

/// `error_get_last()`: the last diagnostic raised that no user handler took (silenced ones
/// included).
fn error_get_last(cx: &mut Ctx, _a: &mut Args) -> NResult {
    Ok(match cx.vm().last_error.clone() {
        Some((level, msg, file, line)) => assoc(vec![
            ("type", Value::Int(level)),
            ("message", Value::from(msg)),
            ("file", Value::Str(file)),
            ("line", Value::Int(line as i64)),
        ]),
        None => Value::Null,
    })
}

fn error_clear_last(cx: &mut Ctx, _a: &mut Args) -> NResult {
    cx.vm().last_error = None;
    Ok(Value::Null)
}

fn trigger_error(cx: &mut Ctx, a: &mut Args) -> NResult {
    let level = a.int(1);
    if !matches!(level, 256 | 512 | 1024 | 16384) {
        return Err(cx.value_error(
            2,
            "must be one of E_USER_ERROR, E_USER_WARNING, E_USER_NOTICE, or E_USER_DEPRECATED",
        ));
    }
    let msg = a.str(0).to_string_lossy();
    cx.raise(level, &msg)?;
    Ok(Value::Bool(true))
}

fn function_exists(cx: &mut Ctx, a: &mut Args) -> NResult {
    let n = a.str(0);
    Ok(Value::Bool(cx.vm().find_function(&n).is_some()))
}

/// `get_defined_functions()`: `['internal' => [...], 'user' => [...]]`, lower-cased names in
/// the order they were defined.
fn get_defined_functions(cx: &mut Ctx, a: &mut Args) -> NResult {
    if a.passed() > 0 && !a.bool(0) {
        cx.raise(
            crate::diag::E_DEPRECATED,
            "get_defined_functions(): Setting $exclude_disabled to false has no effect",
        )?;
    }
    let vm = cx.vm();
    let (mut internal, mut user) = (Vec::new(), Vec::new());
    for name in &vm.function_names {
        match vm.functions.get(name).map(|f| &f.body) {
            Some(crate::func::FuncBody::Native(_)) => internal.push(Value::Str(name.clone())),
            Some(crate::func::FuncBody::User(_)) => user.push(Value::Str(name.clone())),
            None => {}
        }
    }
    let mut out = PhpArray::new();
    out.insert(
        Key::from_bytes(b"internal"),
        Value::from(PhpArray::from_values(internal)),
    );
    out.insert(
        Key::from_bytes(b"user"),
        Value::from(PhpArray::from_values(user)),
    );
    Ok(Value::from(out))
}

/// Finds a class for `class_exists` and friends: with autoloading when `autoload` is set.
pub fn class_for_exists(
    cx: &mut Ctx,
    name: &[u8],
    autoload: bool,
) -> Result<Option<std::rc::Rc<crate::object::Class>>, Unwind> {
    if autoload {
        cx.vm().load_class(name)
    } else {
        Ok(cx.vm().find_class(name))
    }
}

/// `class_alias()`: another name for a user class, interface or trait.
fn class_alias(cx: &mut Ctx, a: &mut Args) -> NResult {
    let (name, alias) = (a.str(0), a.str(1));
    let Some(c) = class_for_exists(cx, &name, a.bool(2))? else {
        cx.raise(
            crate::diag::E_WARNING,
            &format!("Class \"{name}\" not found"),
        )?;
        return Ok(Value::Bool(false));
    };
    if c.is_internal() {
        return Err(cx.value_error(
            1,
            "must be a user-defined class name, internal class name given",
        ));
    }
    let alias = PhpStr::new(
        alias
            .as_bytes()
            .strip_prefix(b"\\")
            .unwrap_or(alias.as_bytes()),
    );
    if cx.vm().find_class(alias.as_bytes()).is_some() {
        let msg = format!("Cannot declare class {alias}, because the name is already in use");
        cx.raise(crate::diag::E_WARNING, &msg)?;
        return Ok(Value::Bool(false));
    }
    cx.vm().classes.insert(alias.to_ascii_lowercase(), c);
    Ok(Value::Bool(true))
}

fn class_exists(cx: &mut Ctx, a: &mut Args) -> NResult {
    let n = a.str(0);
    let c = class_for_exists(cx, &n, a.bool(1))?;
    Ok(Value::Bool(c.is_some_and(|c| {
        matches!(c.kind, ClassKind::Class | ClassKind::Enum)
    })))
}

fn interface_exists(cx: &mut Ctx, a: &mut Args) -> NResult {
    let n = a.str(0);
    let c = class_for_exists(cx, &n, a.bool(1))?;
    Ok(Value::Bool(
        c.is_some_and(|c| matches!(c.kind, ClassKind::Interface)),
    ))
}

fn get_class(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(a.object(0).map_or(Value::Bool(false), |o| {
        Value::Str(o.class().full_name.clone())
    }))
}

fn get_parent_class(cx: &mut Ctx, a: &mut Args) -> NResult {
    let cls = match a.get(0) {
        Value::Object(o) => Some(o.class().clone()),
        Value::Str(s) => cx.vm().find_class(&s),
        _ => None,
    };
    Ok(cls
        .and_then(|c| c.parent.clone())
        .map_or(Value::Bool(false), |p| Value::Str(p.full_name.clone())))
}

fn call_user_func(cx: &mut Ctx, a: &mut Args) -> NResult {
    let f = a.get(0);
    let args = a.rest(1).to_vec();
    cx.call(&f, args)
}

fn call_user_func_array(cx: &mut Ctx, a: &mut Args) -> NResult {
    let f = a.get(0);
    let arr = a.array(1);
    cx.vm().call_value_with_named(&f, &arr)
}

/// The callee of `forward_static_call(_array)`: the callback resolved, with the caller's
/// late static binding class passed on when it is the callback's class or a subclass of it.
/// (`forward_static_call()` alone requires a class scope.)
fn forwarded_callee(
    cx: &mut Ctx,
    f: &Value,
    needs_scope: bool,
) -> Result<crate::calls::Callee, Unwind> {
    let (scope, called) = match cx.vm().frames.last() {
        Some(fr) => (fr.scope.clone(), fr.static_class.clone()),
        None => (None, None),
    };
    if needs_scope && scope.is_none() {
        let msg = format!("Cannot call {}() when no class scope is active", cx.fname());
        return Err(cx.throw("Error", msg));
    }
    let mut c = match cx.vm().resolve_callable(f) {
        Ok(c) => c,
        Err(e) => {
            let msg = format!("Argument #1 ($callback) must be a valid callback, {e}");
            return Err(cx.throw("TypeError", msg));
        }
    };
    if let (Some(called), Some(target)) = (called, c.static_class.clone().or(c.scope.clone())) {
        if Rc::ptr_eq(&called, &target) || called.is_subclass_of(&target) {
            c.static_class = Some(called);
        }
    }
    Ok(c)
}

fn forward_static_call(cx: &mut Ctx, a: &mut Args) -> NResult {
    let c = forwarded_callee(cx, &a.get(0), true)?;
    let args = a.rest(1).to_vec();
    cx.vm().call_callee(&c, args)
}

fn forward_static_call_array(cx: &mut Ctx, a: &mut Args) -> NResult {
    let c = forwarded_callee(cx, &a.get(0), false)?;
    let args = a.array(1).values().cloned().collect();
    cx.vm().call_callee(&c, args)
}

fn is_callable(cx: &mut Ctx, a: &mut Args) -> NResult {
    let v = a.get(0);
    Ok(Value::Bool(cx.is_callable(&v)?))
}

fn spl_object_id(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Int(a.object(0).map_or(0, |o| o.id() as i64)))
}

fn register_shutdown(cx: &mut Ctx, a: &mut Args) -> NResult {
    let f = a.get(0);
    let args = a.rest(1).to_vec();
    cx.vm().shutdown_functions.push((f, args));
    Ok(Value::Null)
}

/// The trace options of `debug_backtrace($options, $limit)`.
fn trace_opts(a: &Args) -> crate::vm::TraceOpts {
    let options = a.int(0);
    crate::vm::TraceOpts {
        object: options & 1 != 0,
        no_args: options & 2 != 0,
        limit: usize::try_from(a.int(1)).unwrap_or(0),
    }
}

fn debug_backtrace(cx: &mut Ctx, a: &mut Args) -> NResult {
    // The call of debug_backtrace itself is not listed.
    Ok(cx.vm().backtrace_ex(1, trace_opts(a)))
}

fn debug_print_backtrace(cx: &mut Ctx, a: &mut Args) -> NResult {
    let mut opts = trace_opts(a);
    opts.object = false;
    let trace = cx.vm().backtrace_ex(1, opts);
    let text = trace_as_string(&trace, cx.vm().precision());
    // Every line but the final `{main}` one.
    let body = match text.iter().rposition(|&b| b == b'\n') {
        Some(p) => &text[..p + 1],
        None => &b""[..],
    };
    cx.echo(body);
    Ok(Value::Null)
}

fn register_tick(cx: &mut Ctx, a: &mut Args) -> NResult {
    let f = a.get(0);
    let args = a.rest(1).to_vec();
    cx.vm().tick_functions.push((f, args));
    Ok(Value::Bool(true))
}

fn unregister_tick(cx: &mut Ctx, a: &mut Args) -> NResult {
    let f = a.get(0);
    let fns = &mut cx.vm().tick_functions;
    if let Some(i) = fns.iter().position(|(g, _)| match (g, &f) {
        (Value::Str(x), Value::Str(y)) => x.eq_ignore_ascii_case(y),
        (x, y) => crate::ops::identical(x, y),
    }) {
        fns.remove(i);
    }
    Ok(Value::Null)
}

fn extension_loaded(cx: &mut Ctx, a: &mut Args) -> NResult {
    let n = a.str(0).to_ascii_lowercase();
    Ok(Value::Bool(
        cx.vm()
            .modules
            .iter()
            .any(|m| m.as_bytes().eq_ignore_ascii_case(&n)),
    ))
}

/// `get_loaded_extensions()`: `Core` first, then the modules in the order they were
/// registered; there are no Zend extensions.
fn get_loaded_extensions(cx: &mut Ctx, a: &mut Args) -> NResult {
    let mut names: Vec<&'static str> = Vec::new();
    if !a.bool(0) {
        names.push("Core");
        for m in &cx.vm().modules {
            if !m.starts_with("eval-") && !names.contains(m) {
                names.push(m);
            }
        }
    }
    Ok(Value::from(PhpArray::from_values(
        names.into_iter().map(Value::from).collect(),
    )))
}

/// Builds an array with string keys from pairs (helper for builtins).
pub fn assoc(pairs: Vec<(&str, Value)>) -> Value {
    let mut a = PhpArray::new();
    for (k, v) in pairs {
        a.insert(Key::from_bytes(k.as_bytes()), v);
    }
    Value::from(a)
}
