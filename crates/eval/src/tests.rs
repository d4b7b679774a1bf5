//! End-to-end evaluator tests on hand-built ASTs (until the parser lands). Expected outputs
//! come from the reference PHP.

use crate::vm::Vm;
use phpsock_syntax::ast::*;
use phpsock_syntax::{LineTable, Span};
use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

#[derive(Clone, Default)]
struct Buf(Rc<RefCell<Vec<u8>>>);
impl Write for Buf {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

thread_local! { static LINE: std::cell::Cell<u32> = const { std::cell::Cell::new(1) }; }

fn at(line: u32) {
    LINE.with(|l| l.set(line));
}
fn sp() -> Span {
    let l = LINE.with(|l| l.get());
    Span::new(l as usize - 1, l as usize - 1)
}
fn e(kind: ExprKind) -> Expr {
    Expr { kind, span: sp() }
}
fn st(kind: StmtKind) -> Stmt {
    Stmt { kind, span: sp() }
}
fn int(i: i64) -> Expr {
    e(ExprKind::Int(i))
}
fn fl(f: f64) -> Expr {
    e(ExprKind::Float(f))
}
fn s(x: &str) -> Expr {
    e(ExprKind::Str(x.as_bytes().to_vec()))
}
fn var(n: &str) -> Expr {
    e(ExprKind::Var(VarName::Name(n.into())))
}
fn name(n: &str) -> Name {
    Name {
        kind: NameKind::Unqualified,
        text: n.into(),
        span: sp(),
    }
}
fn konst(n: &str) -> Expr {
    e(ExprKind::Const(name(n)))
}
fn bin(op: BinOp, a: Expr, b: Expr) -> Expr {
    e(ExprKind::Binary {
        op,
        lhs: Box::new(a),
        rhs: Box::new(b),
    })
}
fn assign(t: Expr, v: Expr) -> Expr {
    e(ExprKind::Assign {
        target: Box::new(t),
        value: Box::new(v),
    })
}
fn assign_ref(t: Expr, v: Expr) -> Expr {
    e(ExprKind::AssignRef {
        target: Box::new(t),
        value: Box::new(v),
    })
}
fn assign_op(op: BinOp, t: Expr, v: Expr) -> Expr {
    e(ExprKind::AssignOp {
        op,
        target: Box::new(t),
        value: Box::new(v),
    })
}
fn postinc(x: Expr) -> Expr {
    e(ExprKind::IncDec {
        prefix: false,
        inc: true,
        expr: Box::new(x),
    })
}
fn idx(b: Expr, i: Option<Expr>) -> Expr {
    e(ExprKind::Index {
        base: Box::new(b),
        index: i.map(Box::new),
    })
}
fn arr(items: Vec<(Option<Expr>, Expr)>) -> Expr {
    e(ExprKind::Array(
        items
            .into_iter()
            .map(|(k, v)| {
                Some(ArrayItem {
                    key: k.map(Box::new),
                    value: v,
                    by_ref: false,
                    spread: false,
                    span: sp(),
                })
            })
            .collect(),
    ))
}
fn args(v: Vec<Expr>) -> Args {
    Args::List(
        v.into_iter()
            .map(|x| Arg {
                name: None,
                value: x,
                spread: false,
                span: sp(),
            })
            .collect(),
    )
}
fn call(n: &str, a: Vec<Expr>) -> Expr {
    e(ExprKind::Call {
        name: name(n),
        args: args(a),
    })
}
fn echo(v: Vec<Expr>) -> Stmt {
    st(StmtKind::Echo(v))
}
fn ex(x: Expr) -> Stmt {
    st(StmtKind::Expr(x))
}
fn param(n: &str, default: Option<Expr>, by_ref: bool) -> Param {
    Param {
        name: n.into(),
        ty: None,
        default: default.map(Box::new),
        by_ref,
        variadic: false,
        promote: None,
        span: sp(),
    }
}
fn fdecl(n: &str, params: Vec<Param>, body: Vec<Stmt>) -> Rc<FunctionDecl> {
    Rc::new(FunctionDecl {
        name: n.into(),
        params,
        ret: None,
        by_ref: false,
        body: Some(body),
        is_static: false,
        uses: Vec::new(),
        is_generator: false,
        span: sp(),
    })
}
fn func(n: &str, params: Vec<Param>, body: Vec<Stmt>) -> Stmt {
    st(StmtKind::Function(fdecl(n, params, body)))
}
fn ret(x: Expr) -> Stmt {
    st(StmtKind::Return(Some(x)))
}
fn if_(c: Expr, t: Vec<Stmt>, el: Option<Vec<Stmt>>) -> Stmt {
    st(StmtKind::If {
        cond: Box::new(c),
        then: t,
        elseifs: Vec::new(),
        else_: el,
    })
}

fn run(stmts: Vec<Stmt>) -> (String, i32) {
    let prog = Program {
        stmts,
        lines: LineTable::new(&[b'\n'; 200]),
        halt_offset: None,
        warnings: Vec::new(),
    };
    let buf = Buf::default();
    let mut vm = Vm::new(Box::new(buf.clone()));
    vm.register_module(crate::examples::examples_module());
    vm.file = "/t.php".into();
    let status = match vm.compile_global(&prog, "/t.php") {
        Ok(u) => {
            let r = vm.run_unit(&u);
            vm.finish(r)
        }
        Err(_) => 255,
    };
    vm.flush();
    let out = String::from_utf8_lossy(&buf.0.borrow()).into_owned();
    (out, status)
}

#[test]
fn echo_arith_and_strings() {
    at(1);
    let (out, st) = run(vec![
        echo(vec![bin(BinOp::Add, int(1), int(2)), s("\n")]),
        echo(vec![
            bin(BinOp::Add, fl(0.1), fl(0.2)),
            s(" "),
            bin(BinOp::Div, int(7), int(2)),
            s("\n"),
        ]),
        echo(vec![bin(BinOp::Concat, s("a"), int(5)), s("\n")]),
        ex(assign(var("x"), int(10))),
        echo(vec![e(ExprKind::Interp(vec![
            InterpPart::Lit(b"x=".to_vec()),
            InterpPart::Expr(var("x")),
            InterpPart::Lit(b"\n".to_vec()),
        ]))]),
        echo(vec![bin(BinOp::Mul, konst("PHP_INT_MAX"), int(2)), s("\n")]),
    ]);
    assert_eq!(out, "3\n0.3 3.5\na5\nx=10\n1.844674407371E+19\n");
    assert_eq!(st, 0);
}

#[test]
fn undefined_variable_warning() {
    at(2);
    let (out, _) = run(vec![echo(vec![var("nope"), s("|\n")])]);
    assert_eq!(
        out,
        "\nWarning: Undefined variable $nope in /t.php on line 2\n|\n"
    );
}

#[test]
fn recursion_and_loops() {
    at(1);
    // function fib($n) { if ($n < 2) return $n; return fib($n-1) + fib($n-2); }
    let fib = func(
        "fib",
        vec![param("n", None, false)],
        vec![
            if_(bin(BinOp::Lt, var("n"), int(2)), vec![ret(var("n"))], None),
            ret(bin(
                BinOp::Add,
                call("fib", vec![bin(BinOp::Sub, var("n"), int(1))]),
                call("fib", vec![bin(BinOp::Sub, var("n"), int(2))]),
            )),
        ],
    );
    // for ($i = 0; $i < 10; $i++) { if ($i == 3) continue; if ($i == 6) break; echo $i; }
    let for_ = st(StmtKind::For {
        init: vec![assign(var("i"), int(0))],
        cond: vec![bin(BinOp::Lt, var("i"), int(10))],
        step: vec![postinc(var("i"))],
        body: vec![
            if_(
                bin(BinOp::Eq, var("i"), int(3)),
                vec![st(StmtKind::Continue(1))],
                None,
            ),
            if_(
                bin(BinOp::Eq, var("i"), int(6)),
                vec![st(StmtKind::Break(1))],
                None,
            ),
            echo(vec![var("i")]),
        ],
    });
    let (out, _) = run(vec![
        echo(vec![call("fib", vec![int(20)]), s("\n")]),
        fib,
        for_,
        echo(vec![s("\n")]),
    ]);
    assert_eq!(out, "6765\n01245\n");
}

#[test]
fn arrays_and_foreach() {
    at(1);
    let (out, _) = run(vec![
        ex(assign(
            var("a"),
            arr(vec![(None, int(1)), (Some(s("k")), int(2))]),
        )),
        ex(assign(idx(var("a"), None), int(3))),
        ex(assign(idx(idx(var("b"), Some(s("x"))), None), int(7))),
        st(StmtKind::Foreach {
            subject: Box::new(var("a")),
            key: Some(Box::new(var("k"))),
            value: Box::new(var("v")),
            by_ref: false,
            body: vec![echo(vec![var("k"), s("="), var("v"), s(",")])],
        }),
        st(StmtKind::Foreach {
            subject: Box::new(var("a")),
            key: None,
            value: Box::new(var("v")),
            by_ref: true,
            body: vec![ex(assign_op(BinOp::Mul, var("v"), int(10)))],
        }),
        ex(call(
            "var_dump",
            vec![var("a"), var("b"), idx(var("b"), Some(s("x")))],
        )),
    ]);
    let expected = "0=1,k=2,1=3,array(3) {\n  [0]=>\n  int(10)\n  [\"k\"]=>\n  int(20)\n  [1]=>\n  &int(30)\n}\narray(1) {\n  [\"x\"]=>\n  array(1) {\n    [0]=>\n    int(7)\n  }\n}\narray(1) {\n  [0]=>\n  int(7)\n}\n";
    assert_eq!(out, expected);
}

#[test]
fn references_and_by_ref_params() {
    at(1);
    let (out, _) = run(vec![
        func(
            "addone",
            vec![param("x", None, true)],
            vec![ex(postinc(var("x")))],
        ),
        ex(assign(var("a"), int(1))),
        ex(assign_ref(var("b"), var("a"))),
        ex(assign(var("b"), int(5))),
        ex(call("addone", vec![var("a")])),
        echo(vec![var("a"), s(" "), var("b"), s("\n")]),
    ]);
    assert_eq!(out, "6 6\n");
}

#[test]
fn uncaught_exception() {
    at(3);
    let thr = e(ExprKind::Throw(Box::new(e(ExprKind::New {
        class: ClassRef::Named(name("Exception")),
        args: args(vec![s("msg")]),
    }))));
    let (out, status) = run(vec![ex(thr)]);
    assert_eq!(
        out,
        "PHP Fatal error:  Uncaught Exception: msg in /t.php:3\nStack trace:\n#0 {main}\n  thrown in /t.php on line 3\n"
            .replace("PHP Fatal error:  ", "\nFatal error: ")
    );
    assert_eq!(status, 255);
}

#[test]
fn try_catch_finally_and_errors() {
    at(1);
    let body = vec![ex(bin(BinOp::Mod, int(1), int(0)))];
    let tr = st(StmtKind::Try {
        body,
        catches: vec![Catch {
            types: vec![name("DivisionByZeroError")],
            var: Some("e".into()),
            body: vec![echo(vec![
                e(ExprKind::MethodCall {
                    obj: Box::new(var("e")),
                    name: MemberName::Ident("getMessage".into()),
                    args: args(vec![]),
                    nullsafe: false,
                }),
                s("\n"),
            ])],
            span: sp(),
        }],
        finally: Some(vec![echo(vec![s("finally\n")])]),
    });
    let (out, _) = run(vec![tr]);
    assert_eq!(out, "Modulo by zero\nfinally\n");
}

#[test]
fn native_arg_errors() {
    at(1);
    let (out, status) = run(vec![ex(call("strlen", vec![]))]);
    assert!(
        out.contains("Uncaught ArgumentCountError: strlen() expects exactly 1 argument, 0 given"),
        "{out}"
    );
    assert_eq!(status, 255);
    let (out, _) = run(vec![echo(vec![call("strlen", vec![konst("null")])])]);
    assert_eq!(
        out,
        "\nDeprecated: strlen(): Passing null to parameter #1 ($string) of type string is deprecated in /t.php on line 1\n0"
    );
    let (out, _) = run(vec![echo(vec![call("str_repeat", vec![s("ab"), s("2")])])]);
    assert_eq!(out, "abab");
}

#[test]
fn classes_basic() {
    at(1);
    // class P { public $v = 1; function __construct($x) { $this->v = $x; } function get() { return $this->v * 2; } }
    let ctor = fdecl(
        "__construct",
        vec![param("x", None, false)],
        vec![ex(assign(
            e(ExprKind::Prop {
                obj: Box::new(var("this")),
                name: MemberName::Ident("v".into()),
                nullsafe: false,
            }),
            var("x"),
        ))],
    );
    let get = fdecl(
        "get",
        vec![],
        vec![ret(bin(
            BinOp::Mul,
            e(ExprKind::Prop {
                obj: Box::new(var("this")),
                name: MemberName::Ident("v".into()),
                nullsafe: false,
            }),
            int(2),
        ))],
    );
    let m = Modifiers {
        public: true,
        ..Default::default()
    };
    let class = st(StmtKind::Class(Rc::new(ClassDecl {
        name: Some("P".into()),
        kind: ClassKind::Class,
        modifiers: Modifiers::default(),
        extends: None,
        implements: vec![],
        enum_backing: None,
        members: vec![
            Member::Property {
                modifiers: m,
                ty: None,
                props: vec![("v".into(), Some(int(1)))],
                span: sp(),
            },
            Member::Method {
                modifiers: m,
                decl: ctor,
            },
            Member::Method {
                modifiers: m,
                decl: get,
            },
        ],
        span: sp(),
    })));
    let newp = e(ExprKind::New {
        class: ClassRef::Named(name("P")),
        args: args(vec![int(21)]),
    });
    let (out, _) = run(vec![
        ex(assign(var("p"), newp)),
        echo(vec![
            e(ExprKind::MethodCall {
                obj: Box::new(var("p")),
                name: MemberName::Ident("get".into()),
                args: args(vec![]),
                nullsafe: false,
            }),
            s("\n"),
        ]),
        ex(call("var_dump", vec![var("p")])),
        class,
    ]);
    assert_eq!(out, "42\nobject(P)#1 (1) {\n  [\"v\"]=>\n  int(21)\n}\n");
}

/// Timing aid: `cargo test --release -p phpsock-eval bench_ -- --ignored --nocapture`.
#[test]
#[ignore]
fn bench_fib_and_loop() {
    at(1);
    let fib = func(
        "fib",
        vec![param("n", None, false)],
        vec![
            if_(bin(BinOp::Lt, var("n"), int(2)), vec![ret(var("n"))], None),
            ret(bin(
                BinOp::Add,
                call("fib", vec![bin(BinOp::Sub, var("n"), int(1))]),
                call("fib", vec![bin(BinOp::Sub, var("n"), int(2))]),
            )),
        ],
    );
    let t = std::time::Instant::now();
    let (out, _) = run(vec![fib, echo(vec![call("fib", vec![int(30)]), s("\n")])]);
    eprintln!("fib(30) = {} in {:?}", out.trim(), t.elapsed());
    let for_ = st(StmtKind::For {
        init: vec![assign(var("i"), int(0))],
        cond: vec![bin(BinOp::Lt, var("i"), int(10_000_000))],
        step: vec![postinc(var("i"))],
        body: vec![ex(assign_op(BinOp::Add, var("s"), var("i")))],
    });
    let t = std::time::Instant::now();
    let (out, _) = run(vec![
        ex(assign(var("s"), int(0))),
        for_,
        echo(vec![var("s")]),
    ]);
    eprintln!("loop 10M sum = {} in {:?}", out.trim(), t.elapsed());
    let t = std::time::Instant::now();
    let body = vec![ex(assign(idx(var("a"), None), var("i")))];
    let for2 = st(StmtKind::For {
        init: vec![assign(var("i"), int(0))],
        cond: vec![bin(BinOp::Lt, var("i"), int(1_000_000))],
        step: vec![postinc(var("i"))],
        body,
    });
    let for3 = st(StmtKind::For {
        init: vec![assign(var("i"), int(0))],
        cond: vec![bin(BinOp::Lt, var("i"), int(1_000_000))],
        step: vec![postinc(var("i"))],
        body: vec![ex(assign_op(
            BinOp::Add,
            var("t"),
            idx(var("a"), Some(var("i"))),
        ))],
    });
    let (out, _) = run(vec![
        ex(assign(var("a"), arr(vec![]))),
        ex(assign(var("t"), int(0))),
        for2,
        for3,
        echo(vec![var("t")]),
    ]);
    eprintln!("array 1M push+sum = {} in {:?}", out.trim(), t.elapsed());
}

#[test]
#[ignore]
fn bench_loop_only() {
    at(1);
    let for_ = st(StmtKind::For {
        init: vec![assign(var("i"), int(0))],
        cond: vec![bin(BinOp::Lt, var("i"), int(10_000_000))],
        step: vec![postinc(var("i"))],
        body: vec![ex(assign_op(BinOp::Add, var("s"), var("i")))],
    });
    let t = std::time::Instant::now();
    let (out, _) = run(vec![
        ex(assign(var("s"), int(0))),
        for_,
        echo(vec![var("s")]),
    ]);
    eprintln!("loop 10M sum = {} in {:?}", out.trim(), t.elapsed());
}

fn closure(params: Vec<Param>, uses: Vec<(&str, bool)>, body: Vec<Stmt>) -> Expr {
    e(ExprKind::Closure(Rc::new(FunctionDecl {
        name: "{closure}".into(),
        params,
        ret: None,
        by_ref: false,
        body: Some(body),
        is_static: false,
        uses: uses
            .into_iter()
            .map(|(n, r)| ClosureUse {
                name: n.into(),
                by_ref: r,
                span: sp(),
            })
            .collect(),
        is_generator: false,
        span: sp(),
    })))
}

fn call_expr(c: Expr, a: Vec<Expr>) -> Expr {
    e(ExprKind::CallExpr {
        callee: Box::new(c),
        args: args(a),
    })
}

#[test]
fn closures_statics_globals() {
    at(1);
    // $n = 1; $add = function($x) use ($n, &$acc) { $acc += $x; return $x + $n; };
    let f = closure(
        vec![param("x", None, false)],
        vec![("n", false), ("acc", true)],
        vec![
            ex(assign_op(BinOp::Add, var("acc"), var("x"))),
            ret(bin(BinOp::Add, var("x"), var("n"))),
        ],
    );
    // arrow fn: fn($y) => $y * $n
    let arrow = e(ExprKind::ArrowFn(Rc::new(FunctionDecl {
        name: "{closure}".into(),
        params: vec![param("y", None, false)],
        ret: None,
        by_ref: false,
        body: Some(vec![ret(bin(BinOp::Mul, var("y"), var("n")))]),
        is_static: false,
        uses: vec![],
        is_generator: false,
        span: sp(),
    })));
    // function counter() { static $c = 0; global $g; $g++; return ++$c; }
    let counter = func(
        "counter",
        vec![],
        vec![
            st(StmtKind::StaticVar(vec![("c".into(), Some(int(0)))])),
            st(StmtKind::Global(vec!["g".into()])),
            ex(postinc(var("g"))),
            ret(e(ExprKind::IncDec {
                prefix: true,
                inc: true,
                expr: Box::new(var("c")),
            })),
        ],
    );
    let (out, _) = run(vec![
        counter,
        ex(assign(var("n"), int(1))),
        ex(assign(var("acc"), int(0))),
        ex(assign(var("g"), int(10))),
        ex(assign(var("add"), f)),
        ex(assign(var("n"), int(3))),
        echo(vec![
            call_expr(var("add"), vec![int(5)]),
            s(" "),
            var("acc"),
            s("\n"),
        ]),
        ex(assign(var("mul"), arrow)),
        echo(vec![call_expr(var("mul"), vec![int(5)]), s("\n")]),
        ex(call("counter", vec![])),
        ex(call("counter", vec![])),
        echo(vec![call("counter", vec![]), s(" "), var("g"), s("\n")]),
    ]);
    assert_eq!(out, "6 5\n15\n3 13\n");
}

#[test]
fn switch_and_match() {
    at(1);
    let sw = |v: Expr| {
        st(StmtKind::Switch {
            subject: Box::new(v),
            cases: vec![
                SwitchCase {
                    cond: Some(Box::new(int(1))),
                    body: vec![echo(vec![s("one")])],
                    span: sp(),
                },
                SwitchCase {
                    cond: Some(Box::new(s("2"))),
                    body: vec![echo(vec![s("two")]), st(StmtKind::Break(1))],
                    span: sp(),
                },
                SwitchCase {
                    cond: None,
                    body: vec![echo(vec![s("default")])],
                    span: sp(),
                },
            ],
        })
    };
    let m = e(ExprKind::Match {
        subject: Box::new(int(2)),
        arms: vec![
            MatchArm {
                conds: Some(vec![s("2")]),
                body: s("string"),
                span: sp(),
            },
            MatchArm {
                conds: Some(vec![int(1), int(2)]),
                body: s("int"),
                span: sp(),
            },
        ],
    });
    let unmatched = e(ExprKind::Match {
        subject: Box::new(s("x")),
        arms: vec![],
    });
    let (out, status) = run(vec![
        sw(int(1)),
        echo(vec![s("|")]),
        sw(int(2)),
        echo(vec![s("|")]),
        sw(int(9)),
        echo(vec![s("|"), m, s("\n")]),
        echo(vec![unmatched]),
    ]);
    assert!(out.starts_with("onetwo|two|default|int\n\nFatal error: Uncaught UnhandledMatchError: Unhandled match case 'x' in /t.php:1"), "{out}");
    assert_eq!(status, 255);
}

#[test]
fn string_increment_and_conversions() {
    at(1);
    let (out, _) = run(vec![
        ex(assign(var("s"), s("Az"))),
        ex(postinc(var("s"))),
        echo(vec![var("s"), s(" ")]),
        echo(vec![bin(BinOp::Add, s("5 apples"), int(1)), s(" ")]),
        echo(vec![e(ExprKind::Cast {
            kind: CastKind::Int,
            expr: Box::new(s("12abc")),
        })]),
    ]);
    assert_eq!(
        out,
        "Ba \nWarning: A non-numeric value encountered in /t.php on line 1\n6 12"
    );
}

#[test]
fn globals_array() {
    at(1);
    let f = func(
        "f",
        vec![],
        vec![
            ex(assign(idx(var("GLOBALS"), Some(s("z"))), int(5))),
            ex(assign(idx(var("GLOBALS"), Some(s("g"))), int(4))),
            ret(idx(var("GLOBALS"), Some(s("g")))),
        ],
    );
    let (out, _) = run(vec![
        f,
        ex(assign(var("g"), int(3))),
        echo(vec![
            call("f", vec![]),
            s(" "),
            var("g"),
            s(" "),
            var("z"),
            s("\n"),
        ]),
    ]);
    assert_eq!(out, "4 4 5\n");
}
