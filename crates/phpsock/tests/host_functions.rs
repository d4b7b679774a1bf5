//! Rust closures as PHP functions: conversions, PHP's argument errors, exceptions, modules.

use phpsock::{Bytes, Engine, Module, Value};
use std::collections::{BTreeMap, HashMap};

fn engine() -> Engine {
    Engine::builder().capture_output().build()
}

fn out(e: &mut Engine, code: &str) -> String {
    e.run(code).unwrap();
    e.take_output()
}

#[test]
fn scalars_convert_both_ways() {
    let mut e = engine();
    e.register_fn("add", |a: i64, b: i64| a + b)
        .register_fn("half", |x: f64| x / 2.0)
        .register_fn("negate", |b: bool| !b)
        .register_fn("greet", |s: String| format!("hello {s}"))
        .register_fn("nothing", || ())
        .register_fn("byte_len", |b: Bytes| b.0.len() as i64);
    assert_eq!(
        out(&mut e, "var_dump(add(2, 3), half(5), negate(false), greet('you'), nothing(), byte_len(\"\\xff\\x00\"));"),
        "int(5)\nfloat(2.5)\nbool(true)\nstring(9) \"hello you\"\nNULL\nint(2)\n"
    );
    // Weak-mode coercion as for any builtin.
    assert_eq!(
        out(&mut e, "var_dump(add('2', 3.0), greet(12));"),
        "int(5)\nstring(8) \"hello 12\"\n"
    );
}

#[test]
fn argument_errors_use_php_wording() {
    let mut e = engine();
    e.register_fn("add", |a: i64, b: i64| a + b);
    e.register_fn("named(int $left, $right)", |a: i64, b: i64| a - b);
    let text = out(
        &mut e,
        r#"
        foreach ([fn() => add(1), fn() => add(1, 2, 3), fn() => add('x', 1), fn() => named(1, []),
                  fn() => add(1.5, 1)] as $f) {
            try { var_dump($f()); } catch (Throwable $t) { echo get_class($t), ': ', $t->getMessage(), "\n"; }
        }
    "#,
    );
    assert_eq!(
        text,
        "ArgumentCountError: add() expects exactly 2 arguments, 1 given\n\
         ArgumentCountError: add() expects exactly 2 arguments, 3 given\n\
         TypeError: add(): Argument #1 ($arg1) must be of type int, string given\n\
         TypeError: named(): Argument #2 ($right) must be of type int, array given\n\
         \nDeprecated: Implicit conversion from float 1.5 to int loses precision in Command line code on line 3\nint(2)\n"
    );
}

#[test]
fn strict_types_applies_to_host_functions() {
    let mut e = engine();
    e.register_fn("add", |a: i64, b: i64| a + b);
    let text = out(
        &mut e,
        "declare(strict_types=1);\ntry { add('1', 2); } catch (TypeError $t) { echo $t->getMessage(); }",
    );
    assert_eq!(
        text,
        "add(): Argument #1 ($arg1) must be of type int, string given"
    );
}

#[test]
fn containers_and_options() {
    let mut e = engine();
    e.register_fn("total", |xs: Vec<i64>| xs.iter().sum::<i64>())
        .register_fn("keys_of", |m: BTreeMap<String, Value>| {
            m.into_keys().collect::<Vec<_>>()
        })
        .register_fn("counts", |words: Vec<String>| {
            let mut m: HashMap<String, i64> = HashMap::new();
            for w in words {
                *m.entry(w).or_default() += 1;
            }
            m.into_iter().collect::<BTreeMap<_, _>>()
        })
        .register_fn("maybe", |x: i64, y: Option<i64>| x + y.unwrap_or(100))
        .register_fn("small", |n: u8| n);
    assert_eq!(out(&mut e, "echo total([1, '2', 3.0]);"), "6");
    assert_eq!(
        out(
            &mut e,
            "echo implode(',', keys_of(['b' => 1, 'a' => 2, 7 => 3]));"
        ),
        "7,a,b"
    );
    assert_eq!(
        out(&mut e, "echo json_encode(counts(['x', 'y', 'x']));"),
        "{\"x\":2,\"y\":1}"
    );
    assert_eq!(
        out(
            &mut e,
            "echo maybe(1), ' ', maybe(1, 2), ' ', maybe(1, null);"
        ),
        "101 3 101"
    );
    assert_eq!(
        out(
            &mut e,
            "try { total([1, 'two']); } catch (TypeError $t) { echo $t->getMessage(); }"
        ),
        "total(): Argument #1 ($arg1) must be of type int at [1], string given"
    );
    assert_eq!(
        out(
            &mut e,
            "try { small(300); } catch (TypeError $t) { echo $t->getMessage(); }"
        ),
        "small(): Argument #1 ($arg1) must be of type int between 0 and 255, 300 given"
    );
}

#[test]
fn errors_from_rust_become_exceptions() {
    let mut e = engine();
    e.register_fn("parse_port", |s: String| s.parse::<u16>());
    assert_eq!(
        out(
            &mut e,
            "echo parse_port('8080'), ' ';\ntry { parse_port('http'); } catch (Exception $x) { echo get_class($x), ': ', $x->getMessage(), ' @', $x->getLine(); }"
        ),
        "8080 Exception: invalid digit found in string @2"
    );
    let r = e.run("parse_port('x');");
    assert!(matches!(r, Err(phpsock::Error::Exception { ref class, .. }) if class == "Exception"));
}

#[test]
fn raw_functions_get_the_runtime() {
    use phpsock::eval::{Args, Ctx};
    let mut e = engine();
    e.register_raw_fn(
        "apply_twice(callable $f, mixed $x): mixed",
        |cx: &mut Ctx, a: &mut Args| {
            let f = a.get(0);
            let once = cx.call(&f, vec![a.get(1)])?;
            cx.call(&f, vec![once])
        },
    )
    .unwrap();
    assert_eq!(out(&mut e, "echo apply_twice(fn($n) => $n * 3, 2);"), "18");
    assert!(e
        .register_raw_fn("broken(", |_: &mut Ctx, _: &mut Args| Ok(Value::Null))
        .is_err());
}

#[test]
fn constants_and_modules() {
    let mut e = engine();
    e.register_constant("APP_NAME", "demo")
        .register_constant("APP_LIMITS", vec![1, 2]);
    let mut m = Module::new("inventory");
    m.function("stock(string $item)", |item: String| match item.as_str() {
        "apple" => Some(3),
        _ => None,
    })
    .constant("INVENTORY_VERSION", 1.5);
    e.register_module(m).unwrap();
    assert_eq!(
        out(&mut e, "var_dump(APP_NAME, APP_LIMITS[1], stock('apple'), stock('pear'), INVENTORY_VERSION, extension_loaded('inventory'), function_exists('stock'));"),
        "string(4) \"demo\"\nint(2)\nint(3)\nNULL\nfloat(1.5)\nbool(true)\nbool(true)\n"
    );
    let mut bad = Module::new("bad");
    bad.function("two(int $a)", |a: i64, b: i64| a + b);
    assert!(matches!(
        e.register_module(bad),
        Err(phpsock::Error::Registration(_))
    ));
}

#[test]
#[should_panic(expected = "register_fn")]
fn register_fn_with_a_mismatched_signature_panics() {
    engine().register_fn("f(int $a, int $b)", |a: i64| a);
}

#[test]
fn host_functions_are_ordinary_php_functions() {
    let mut e = engine();
    e.register_fn("double", |x: i64| x * 2);
    assert_eq!(
        out(&mut e, "echo implode(' ', array_map('double', [1, 2])), ' ', call_user_func('DOUBLE', 5), ' ', is_callable('double') ? 'yes' : 'no';"),
        "2 4 10 yes"
    );
}
