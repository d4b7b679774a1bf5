//! Running code, results, errors and state of the embedding API.

use phpsock::{Diagnostic, Engine, Error, Outcome};
use std::cell::RefCell;
use std::rc::Rc;

fn quiet() -> Engine {
    Engine::builder().capture_output().build()
}

#[test]
fn state_persists_between_calls() {
    let mut e = quiet();
    e.run("$counter = 1; function bump() { global $counter; return ++$counter; } class Box_ { const SIZE = 3; }")
        .unwrap();
    assert_eq!(e.eval::<i64>("bump()").unwrap(), 2);
    assert_eq!(e.eval::<i64>("bump() + Box_::SIZE").unwrap(), 6);
    assert_eq!(e.global::<i64>("counter").unwrap(), Some(3));
    e.set_global("name", "Ada");
    e.run("echo \"hi $name\";").unwrap();
    assert_eq!(e.take_output(), "hi Ada");
    assert_eq!(e.global::<i64>("missing").unwrap(), None);
}

#[test]
fn eval_converts_to_rust_types() {
    let mut e = quiet();
    assert_eq!(e.eval::<i64>("1 + 2").unwrap(), 3);
    assert_eq!(e.eval::<f64>("10 / 4").unwrap(), 2.5);
    assert!(e.eval::<bool>("in_array(2, [1, 2])").unwrap());
    assert_eq!(e.eval::<String>("strtoupper('abc')").unwrap(), "ABC");
    assert_eq!(e.eval::<Vec<i64>>("range(1, 3)").unwrap(), vec![1, 2, 3]);
    let m = e
        .eval::<std::collections::BTreeMap<String, i64>>("['a' => 1, 'b' => 2]")
        .unwrap();
    assert_eq!(m.get("b"), Some(&2));
    assert_eq!(e.eval::<Option<i64>>("null").unwrap(), None);
    assert_eq!(e.eval::<i64>("'42'").unwrap(), 42);
    match e.eval::<i64>("[1]") {
        Err(Error::Conversion(c)) => {
            assert_eq!(c.expected, "int");
            assert_eq!(c.found, "array");
        }
        other => panic!("{other:?}"),
    }
    match e.eval::<Vec<i64>>("[1, 'x']") {
        Err(Error::Conversion(c)) => assert_eq!(c.to_string(), "expected int at [1], string given"),
        other => panic!("{other:?}"),
    }
    assert_eq!(e.eval::<i64>("exit(4)"), Err(Error::Exited(4)));
}

#[test]
fn exit_fatal_and_exceptions_are_results() {
    let mut e = Engine::builder()
        .capture_output()
        .on_diagnostic(|_| {})
        .build();
    assert_eq!(e.run("echo 'a';"), Ok(Outcome::Completed));
    assert_eq!(e.run("exit(7);"), Ok(Outcome::Exited(7)));
    assert_eq!(e.run("exit('bye');"), Ok(Outcome::Exited(0)));
    match e.run("function f() { throw new LogicException('nope'); }\nf();") {
        Err(Error::Exception {
            class,
            message,
            line,
            ..
        }) => {
            assert_eq!(class, "LogicException");
            assert_eq!(message, "nope");
            assert_eq!(line, 1);
        }
        other => panic!("{other:?}"),
    }
    match e.run("trigger_error('stop here', E_USER_ERROR);") {
        Err(Error::Fatal { message, .. }) => assert_eq!(message, "stop here"),
        other => panic!("{other:?}"),
    }
    match e.run("undefined_fn();") {
        Err(Error::Exception { class, message, .. }) => {
            assert_eq!(class, "Error");
            assert_eq!(message, "Call to undefined function undefined_fn()");
        }
        other => panic!("{other:?}"),
    }
    match e.run("echo 'x'\necho 'y';") {
        Err(Error::Parse { line, message, .. }) => {
            assert_eq!(line, 2);
            assert!(message.starts_with("syntax error"), "{message}");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(e.take_output(), "abye");
    assert_eq!(e.eval::<i64>("40 + 2").unwrap(), 42, "the engine lives on");
}

#[test]
fn uncaught_exception_is_displayed_without_a_callback() {
    let mut e = quiet();
    let r = e.run("throw new RuntimeException('boom');");
    assert!(matches!(r, Err(Error::Exception { .. })));
    let out = e.take_output();
    assert!(
        out.starts_with("PHP Fatal error:  Uncaught RuntimeException: boom")
            || out.contains("Fatal error: Uncaught RuntimeException: boom"),
        "{out}"
    );
    assert_eq!(phpsock::exit_status(&r), 255);
}

#[test]
fn exception_handler_and_shutdown_functions_run() {
    let mut e = quiet();
    let r = e.run(
        "register_shutdown_function(function () { echo 'shutdown'; });
         set_exception_handler(function ($e) { echo 'handled ', $e->getMessage(), ' '; });
         throw new Exception('x');",
    );
    assert_eq!(r, Ok(Outcome::Exited(0)));
    assert_eq!(e.take_output(), "handled x shutdown");
}

#[test]
fn finish_runs_shutdown_functions_and_destructors() {
    let mut e = quiet();
    e.run(
        "class D { function __destruct() { echo 'destructed '; } }
         $d = new D;
         register_shutdown_function(fn() => print('bye '));",
    )
    .unwrap();
    assert_eq!(e.take_output(), "");
    assert_eq!(e.finish(), Ok(Outcome::Completed));
    assert_eq!(e.take_output(), "bye destructed ");
}

#[test]
fn diagnostics_reach_the_callback_instead_of_the_output() {
    let seen: Rc<RefCell<Vec<Diagnostic>>> = Rc::default();
    let sink = seen.clone();
    let mut e = Engine::builder()
        .capture_output()
        .on_diagnostic(move |d| sink.borrow_mut().push(d.clone()))
        .build();
    e.run("echo 'start';\n$a = [];\necho $a['missing'];\n@strpos();")
        .ok();
    e.run("echo intdiv(1, 0);").ok();
    let seen = seen.borrow();
    assert_eq!(e.take_output(), "start");
    assert_eq!(seen[0].level, phpsock::diag::E_WARNING);
    assert_eq!(seen[0].message, "Undefined array key \"missing\"");
    assert_eq!(seen[0].file, "Command line code");
    assert_eq!(seen[0].line, 3);
    assert_eq!(seen.last().unwrap().level, phpsock::diag::E_ERROR);
    assert!(seen.last().unwrap().message.starts_with("Uncaught"));
}

#[test]
fn output_goes_to_any_writer_including_stdout_writes() {
    #[derive(Clone, Default)]
    struct Shared(Rc<RefCell<Vec<u8>>>);
    impl std::io::Write for Shared {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            self.0.borrow_mut().extend_from_slice(b);
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let out = Shared::default();
    let err = Shared::default();
    let mut e = Engine::builder()
        .output(out.clone())
        .stderr(err.clone())
        .build();
    e.run("echo 'a'; fwrite(STDOUT, 'b'); printf('%s', 'c'); $f = fopen('php://stdout', 'w'); fwrite($f, 'd'); fprintf(STDOUT, 'e'); fwrite(STDERR, 'E1'); file_put_contents('php://stderr', 'E2');")
        .unwrap();
    assert_eq!(&*out.0.borrow(), b"abcde");
    assert_eq!(&*err.0.borrow(), b"E1E2");
    e.set_ini("display_errors", "stderr");
    e.run("echo $undefined;").unwrap();
    assert_eq!(
        String::from_utf8_lossy(&err.0.borrow()),
        "E1E2Warning: Undefined variable $undefined in Command line code on line 1\n"
    );
    assert_eq!(&*out.0.borrow(), b"abcde");
}

#[test]
fn run_script_starts_in_html_mode_and_run_file_reads_files() {
    let mut e = quiet();
    e.run_script("<h1><?php echo 1 + 1; ?></h1>\n", "page.php")
        .unwrap();
    assert_eq!(e.take_output(), "<h1>2</h1>\n");
    let dir = std::env::temp_dir().join(format!("phpsock-embed-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("s.php");
    std::fs::write(&path, "<?php echo basename(__FILE__), ' ', $argc;").unwrap();
    e.run_file(&path).unwrap();
    assert_eq!(e.take_output(), "s.php 1");
    let missing = e.run_file(dir.join("nope.php"));
    assert!(matches!(missing, Err(Error::Io { .. })));
    assert_eq!(phpsock::exit_status(&missing), 1);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn call_fn_calls_php_functions() {
    let mut e = quiet();
    e.run("function sum(...$xs) { return array_sum($xs); }")
        .unwrap();
    assert_eq!(e.call_fn::<i64>("sum", (1, 2, 3)).unwrap(), 6);
    assert_eq!(
        e.call_fn::<String>("str_repeat", ("ab", 2)).unwrap(),
        "abab"
    );
    assert!(matches!(
        e.call_fn::<i64>("no_such_fn", ()),
        Err(Error::UnknownFunction(_))
    ));
    assert!(matches!(
        e.call_fn::<i64>("intdiv", (1, 0)),
        Err(Error::Exception { .. })
    ));
}

#[test]
fn ini_settings_and_limits_are_set() {
    use std::time::Duration;
    let mut e = Engine::builder()
        .capture_output()
        .ini("precision", "4")
        .max_execution_time(Duration::from_millis(1500))
        .memory_limit(32 << 20)
        .build();
    assert_eq!(
        e.eval::<String>("ini_get('max_execution_time')").unwrap(),
        "2"
    );
    assert_eq!(
        e.eval::<String>("ini_get('memory_limit')").unwrap(),
        "33554432"
    );
    e.run("echo 1/3;").unwrap();
    assert_eq!(e.take_output(), "0.3333");
    // Unlocked, a script may change them; locked, it may not.
    assert_eq!(
        e.eval::<String>("ini_set('memory_limit', '64M')").unwrap(),
        "33554432"
    );
    let mut e = Engine::builder()
        .capture_output()
        .memory_limit(1 << 20)
        .lock_ini(["memory_limit"])
        .build();
    assert!(!e.eval::<bool>("ini_set('memory_limit', '-1')").unwrap());
    assert_eq!(
        e.eval::<String>("ini_get('memory_limit')").unwrap(),
        "1048576"
    );
    e.set_ini("memory_limit", "2M");
    assert_eq!(e.ini("memory_limit").as_deref(), Some("2M"));
}

#[test]
fn call_depth_limit_stops_runaway_recursion() {
    // PHP calls recurse on the Rust stack: give the engine a thread with room (as the
    // `phpsock` command does), so the depth option is what stops the script.
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(depth_limit)
        .unwrap()
        .join()
        .unwrap();
}

fn depth_limit() {
    let mut e = Engine::builder()
        .capture_output()
        .on_diagnostic(|_| {})
        .max_call_depth(50)
        .build();
    e.run("function down($n) { return $n == 0 ? 0 : 1 + down($n - 1); }")
        .unwrap();
    assert_eq!(e.eval::<i64>("down(40)").unwrap(), 40);
    match e.eval::<i64>("down(100)") {
        Err(Error::Fatal { message, .. }) => {
            assert!(message.starts_with("Allowed memory size"), "{message}")
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_panic_inside_the_interpreter_is_an_error_not_a_crash() {
    let mut e = quiet();
    e.register_fn("host_bug", || -> i64 { panic!("host function bug") });
    match e.run("echo 'before'; host_bug();") {
        Err(Error::Internal(why)) => assert_eq!(why, "host function bug"),
        other => panic!("{other:?}"),
    }
    assert!(matches!(e.eval::<i64>("1"), Err(Error::Internal(_))));
}
