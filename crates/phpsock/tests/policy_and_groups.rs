//! Network policy enforcement, builtin group selection, and independent engines.

use phpsock::{Diagnostic, Engine, Group, NetPolicy, Ops};
use std::cell::RefCell;
use std::rc::Rc;

/// An engine whose diagnostics are collected as displayed lines.
fn engine_with(b: phpsock::EngineBuilder) -> (Engine, Rc<RefCell<Vec<String>>>) {
    let seen: Rc<RefCell<Vec<String>>> = Rc::default();
    let sink = seen.clone();
    let e = b
        .capture_output()
        .on_diagnostic(move |d: &Diagnostic| sink.borrow_mut().push(d.display_text()))
        .build();
    (e, seen)
}

#[test]
fn deny_all_refuses_connect_bind_and_sendto_with_eacces() {
    let (mut e, seen) = engine_with(Engine::builder().deny_network());
    e.run(
        r#"
        $s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
        var_dump(socket_connect($s, '127.0.0.1', 80), socket_last_error($s), socket_last_error());
        var_dump(socket_bind($s, '127.0.0.1', 8080), socket_strerror(socket_last_error($s)));
        $u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
        var_dump(socket_sendto($u, 'x', 1, 0, '127.0.0.1', 9));
        var_dump(socket_create_listen(0));
        "#,
    )
    .unwrap();
    assert_eq!(
        e.take_output(),
        "bool(false)\nint(13)\nint(13)\nbool(false)\nstring(17) \"Permission denied\"\nbool(false)\nbool(false)\n"
    );
    assert_eq!(
        *seen.borrow(),
        vec![
            "Warning: socket_connect(): unable to connect [13]: Permission denied in Command line code on line 3",
            "Warning: socket_bind(): Unable to bind address [13]: Permission denied in Command line code on line 4",
            "Warning: socket_sendto(): Unable to write to socket [13]: Permission denied in Command line code on line 6",
            "Warning: socket_create_listen(): unable to bind to given address [13]: Permission denied in Command line code on line 7",
        ]
    );
}

#[test]
fn deny_all_refuses_stream_sockets_too() {
    let (mut e, seen) = engine_with(Engine::builder().deny_network());
    e.run(
        r#"
        var_dump(stream_socket_server('tcp://127.0.0.1:0', $no, $str), $str);
        var_dump(fsockopen('127.0.0.1', 80, $no, $str), $no, $str);
        var_dump(stream_socket_client('udp://127.0.0.1:9', $no), $no);
        $p = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_DGRAM, 0);
        var_dump(stream_socket_sendto($p[0], 'x', 0, '127.0.0.1:9'));
        "#,
    )
    .unwrap();
    assert_eq!(
        e.take_output(),
        "bool(false)\nstring(17) \"Permission denied\"\nbool(false)\nint(13)\nstring(17) \"Permission denied\"\nbool(false)\nint(13)\nint(-1)\n"
    );
    assert_eq!(
        *seen.borrow(),
        vec![
            "Warning: stream_socket_server(): Unable to connect to tcp://127.0.0.1:0 (Permission denied) in Command line code on line 2",
            "Warning: fsockopen(): Unable to connect to 127.0.0.1:80 (Permission denied) in Command line code on line 3",
            "Warning: stream_socket_client(): Unable to connect to udp://127.0.0.1:9 (Permission denied) in Command line code on line 4",
            "Warning: stream_socket_sendto(): Permission denied\n in Command line code on line 6",
        ]
    );
}

#[test]
fn allow_list_lets_listed_endpoints_through() {
    let policy = NetPolicy::deny_all()
        .allow(Ops::BIND, "127.0.0.1".parse().unwrap(), 0..=65535)
        .allow(
            Ops::CONNECT | Ops::SENDTO,
            "127.0.0.0/8".parse().unwrap(),
            1024..=65535,
        );
    let (mut e, seen) = engine_with(Engine::builder().network_policy(policy));
    e.run(
        r#"
        $srv = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
        var_dump(socket_bind($srv, '127.0.0.1', 0), socket_listen($srv));
        socket_getsockname($srv, $addr, $port);
        $c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
        var_dump(socket_connect($c, '127.0.0.1', $port));
        $peer = socket_accept($srv);
        socket_write($c, "ping");
        var_dump(socket_read($peer, 4));
        $d = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
        var_dump(socket_connect($d, '127.0.0.1', 80));
        var_dump(socket_bind($d, '0.0.0.0', 0));
        "#,
    )
    .unwrap();
    assert_eq!(
        e.take_output(),
        "bool(true)\nbool(true)\nbool(true)\nstring(4) \"ping\"\nbool(false)\nbool(false)\n"
    );
    assert_eq!(seen.borrow().len(), 2, "{:?}", seen.borrow());
    assert!(seen.borrow()[0].contains("socket_connect(): unable to connect [13]"));
    assert!(seen.borrow()[1].contains("socket_bind(): Unable to bind address [13]"));
}

#[test]
fn groups_choose_the_builtins() {
    let mut e = Engine::builder()
        .capture_output()
        .groups(Group::PURE)
        .build();
    let check = "foreach (['strlen', 'array_map', 'preg_match', 'json_encode', 'fopen', 'fwrite', 'exec', 'getenv', 'socket_create', 'gethostbyname', 'class_exists'] as $f) echo $f, '=', (int) function_exists($f), ' ';";
    e.run(check).unwrap();
    assert_eq!(
        e.take_output(),
        "strlen=1 array_map=1 preg_match=1 json_encode=1 fopen=0 fwrite=0 exec=0 getenv=0 socket_create=0 gethostbyname=0 class_exists=1 "
    );
    assert!(!e.eval::<bool>("extension_loaded('sockets')").unwrap());
    assert!(!e.eval::<bool>("class_exists('Socket')").unwrap());
    assert_eq!(e.eval::<i64>("count($_ENV)").unwrap(), 0);
    assert!(!e.eval::<bool>("isset($_SERVER['PATH'])").unwrap());
    // The file-system and host functions added later fall into the same groups.
    let reach = "foreach (['symlink', 'link', 'readlink', 'chown', 'lchgrp', 'fileowner', 'getlastmod', 'getmyinode', 'sys_getloadavg'] as $f) echo (int) function_exists($f);";
    e.run(reach).unwrap();
    assert_eq!(e.take_output(), "000000000");
    assert!(e.eval::<bool>("function_exists('quoted_printable_encode') && function_exists('get_defined_functions')").unwrap());

    let mut e = Engine::builder()
        .capture_output()
        .disable(Group::Process)
        .disable_functions(["STR_REPEAT"])
        .build();
    e.run(check).unwrap();
    assert_eq!(
        e.take_output(),
        "strlen=1 array_map=1 preg_match=1 json_encode=1 fopen=1 fwrite=1 exec=0 getenv=1 socket_create=1 gethostbyname=1 class_exists=1 "
    );
    assert!(!e.eval::<bool>("function_exists('str_repeat')").unwrap());
    let mut e = Engine::builder()
        .capture_output()
        .groups(&[Group::Streams])
        .enable(Group::Output)
        .build();
    e.run("fwrite(STDOUT, 'streams only'); var_dump(function_exists('file_get_contents'));")
        .unwrap();
    assert_eq!(e.take_output(), "streams onlybool(false)\n");
}

#[test]
fn engines_on_threads_are_independent() {
    /// A writer the test can read after the thread is done.
    #[derive(Clone, Default)]
    struct Collected(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);
    impl std::io::Write for Collected {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(b);
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let spawn = |precision: &'static str, deny: bool| {
        std::thread::spawn(move || {
            // One engine captures its output, the other writes to a writer of the host's.
            let writer = Collected::default();
            let mut b = Engine::builder().ini("precision", precision);
            b = if deny {
                b.deny_network().capture_output()
            } else {
                b.output(writer.clone())
            };
            let mut e = b.on_diagnostic(|_| {}).build();
            e.register_fn("tag", move || precision.to_string());
            let mut lines = Vec::new();
            for i in 0..50 {
                e.run(format!(
                    "$n = ($n ?? 0) + {i}; echo tag(), ':', M_PI, PHP_EOL;"
                ))
                .unwrap();
                if deny {
                    lines.push(e.take_output());
                } else {
                    let mut w = writer.0.lock().unwrap();
                    lines.push(String::from_utf8(std::mem::take(&mut *w)).unwrap());
                }
            }
            let connected = e
                .eval::<bool>(
                    "socket_bind(socket_create(AF_INET, SOCK_DGRAM, SOL_UDP), '127.0.0.1', 0)",
                )
                .unwrap();
            (lines, e.global::<i64>("n").unwrap(), connected)
        })
    };
    let a = spawn("3", true);
    let b = spawn("7", false);
    let (la, na, ca) = a.join().unwrap();
    let (lb, nb, cb) = b.join().unwrap();
    assert!(la.iter().all(|l| l == "3:3.14\n"));
    assert!(lb.iter().all(|l| l == "7:3.141593\n"));
    assert_eq!((na, nb), (Some(1225), Some(1225)));
    assert!(!ca, "the denying engine refuses");
    assert!(cb, "the other engine is not affected");

    // Two engines on one thread do not share state either.
    let mut x = Engine::builder().capture_output().build();
    let mut y = Engine::builder().capture_output().build();
    x.run("function only_in_x() {} $v = 'x';").unwrap();
    assert!(!y.eval::<bool>("function_exists('only_in_x')").unwrap());
    assert_eq!(y.global::<String>("v").unwrap(), None);
}
