//! Expression parsing: shapes, precedence and associativity.

mod common;
use common::ex;

#[test]
fn arithmetic_precedence() {
    assert_eq!(ex("1 + 2 * 3"), "(+ 1 (* 2 3))");
    assert_eq!(ex("1 - 2 - 3"), "(- (- 1 2) 3)");
    assert_eq!(ex("2 ** 3 ** 2"), "(** 2 (** 3 2))");
    assert_eq!(ex("-2 ** 2"), "(- (** 2 2))");
    assert_eq!(ex("2 ** -1"), "(** 2 (- 1))");
    assert_eq!(ex("'a' . 1 + 2"), "(. \"a\" (+ 1 2))");
    assert_eq!(ex("1 << 2 + 3"), "(<< 1 (+ 2 3))");
    assert_eq!(ex("'a' . 1 << 2"), "(. \"a\" (<< 1 2))");
    assert_eq!(ex("$a % 3 * 2"), "(* (% $a 3) 2)");
}

#[test]
fn bitwise_comparison_logical() {
    assert_eq!(ex("$a & $b | $c ^ $d"), "(| (& $a $b) (^ $c $d))");
    assert_eq!(ex("$a == 1 & 2"), "(& (== $a 1) 2)");
    assert_eq!(ex("$a < 1 == $b > 2"), "(== (< $a 1) (> $b 2))");
    assert_eq!(ex("$a <=> $b"), "(<=> $a $b)");
    assert_eq!(ex("$a && $b || $c"), "(|| (&& $a $b) $c)");
    assert_eq!(ex("$a or $b and $c"), "(|| $a (&& $b $c))");
    assert_eq!(ex("$a xor $b or $c"), "(|| (xor $a $b) $c)");
    assert_eq!(ex("$a = 1 and $b = 2"), "(&& (= $a 1) (= $b 2))");
    assert_eq!(ex("$x = f() or die()"), "(|| (= $x (call f )) (exit))");
}

#[test]
fn assignment_inside_expressions() {
    assert_eq!(ex("!$a = f()"), "(! (= $a (call f )))");
    assert_eq!(ex("$a && $b = 1"), "(&& $a (= $b 1))");
    assert_eq!(
        ex("false !== $l = fgets($f)"),
        "(!== false (= $l (call fgets $f)))"
    );
    assert_eq!(ex("$a = $b = 3"), "(= $a (= $b 3))");
    assert_eq!(ex("$a += $b ?: 1"), "(+= $a (?: $b 1))");
    assert_eq!(ex("$a ??= []"), "(??= $a [])");
    assert_eq!(ex("$a .= 'x'"), "(.= $a \"x\")");
    assert_eq!(ex("$a =& $b"), "(=& $a $b)");
    assert_eq!(ex("$a = &$b->c"), "(=& $a $b->c)");
    assert_eq!(ex("@$a = f()"), "(@ (= $a (call f )))");
}

#[test]
fn ternary_and_coalesce() {
    assert_eq!(ex("$a ? 1 : 2"), "(? $a 1 2)");
    assert_eq!(ex("$a ?: $b ?: $c"), "(?: (?: $a $b) $c)");
    assert_eq!(ex("$a ?? $b ?? $c"), "(?? $a (?? $b $c))");
    assert_eq!(ex("$a ? 1 : ($b ? 2 : 3)"), "(? $a 1 (? $b 2 3))");
    assert_eq!(ex("$a ? $b ? 1 : 2 : 3"), "(? $a (? $b 1 2) 3)");
    assert_eq!(ex("$a ?? throw new E"), "(?? $a (throw (new E )))");
    assert_eq!(ex("$x = $a ? 1 : 2"), "(= $x (? $a 1 2))");
}

#[test]
fn unary_casts_instanceof() {
    assert_eq!(ex("!$a instanceof B"), "(! (instanceof $a B))");
    assert_eq!(ex("-$a instanceof B"), "(instanceof (- $a) B)");
    assert_eq!(ex("(int) $a + 1"), "(+ (cast Int $a) 1)");
    assert_eq!(ex("(string)(float) $x"), "(cast String (cast Float $x))");
    assert_eq!(ex("~$a & 1"), "(& (~ $a) 1)");
    assert_eq!(ex("!!$a"), "(! (! $a))");
    assert_eq!(ex("$a instanceof $b"), "(instanceof $a $b)");
    assert_eq!(ex("$a instanceof static"), "(instanceof $a static)");
    assert_eq!(ex("clone $a->b"), "(clone $a->b)");
    assert_eq!(ex("++$a"), "(++pre $a)");
    assert_eq!(ex("$a--"), "(--post $a)");
    assert_eq!(ex("$a[0]++ + 1"), "(+ (++post $a[0]) 1)");
    assert_eq!(ex("@f()"), "(@ (call f ))");
}

#[test]
fn print_yield_include_throw() {
    assert_eq!(ex("print 1 + 2"), "(print (+ 1 2))");
    assert_eq!(ex("1 + print 2"), "(+ 1 (print 2))");
    assert_eq!(ex("print 1 and 2"), "(&& (print 1) 2)");
    assert_eq!(ex("include 'a' . 'b'"), "(Include (. \"a\" \"b\"))");
    assert_eq!(
        ex("require_once __DIR__ . '/x.php'"),
        "(RequireOnce (. Dir \"/x.php\"))"
    );
    assert_eq!(ex("throw $e"), "(throw $e)");
}

#[test]
fn variables_and_members() {
    assert_eq!(ex("$$a"), "${$a}");
    assert_eq!(ex("${'a' . 'b'}"), "${(. \"a\" \"b\")}");
    assert_eq!(ex("$$a[0]"), "${$a}[0]");
    assert_eq!(ex("$a[] = 1"), "(= $a[] 1)");
    assert_eq!(ex("$o->p->q"), "$o->p->q");
    assert_eq!(ex("$o?->p"), "$o?->p");
    assert_eq!(ex("$o->$name"), "$o->{$name}");
    assert_eq!(ex("$o->{'x' . 1}"), "$o->{(. \"x\" 1)}");
    assert_eq!(ex("$o->list"), "$o->list");
    assert_eq!(ex("$o->m(1)->n()"), "(mcall (mcall $o->m 1)->n )");
    assert_eq!(ex("$o?->m()"), "(mcall $o?->m )");
    assert_eq!(ex("A::$b"), "A::$b");
    assert_eq!(ex("A::B"), "A::B");
    assert_eq!(ex("A::class"), "A::class");
    assert_eq!(ex("$o::class"), "$o::class");
    assert_eq!(ex("Foo::new"), "Foo::new");
    assert_eq!(ex("static::f()"), "(scall static::f )");
    assert_eq!(ex("self::$x[0]"), "self::$x[0]");
    assert_eq!(ex("parent::__construct()"), "(scall parent::__construct )");
    assert_eq!(ex("A::$m()"), "(scall A::{$m} )");
    assert_eq!(ex("A::{'m'}()"), "(scall A::{\"m\"} )");
    assert_eq!(ex("\\A\\B::c()"), "(scall \\A\\B::c )");
    assert_eq!(ex("namespace\\f()"), "(call namespace\\f )");
    assert_eq!(ex("FOO[0]"), "FOO[0]");
    assert_eq!(ex("'abc'[1]"), "\"abc\"[1]");
    assert_eq!(ex("[1, 2][0]"), "[1 2][0]");
    assert_eq!(ex("(new A)->b"), "(new A )->b");
}

#[test]
fn constants_and_literals() {
    assert_eq!(ex("true"), "true");
    assert_eq!(ex("NULL"), "NULL");
    assert_eq!(ex("\\PHP_EOL"), "\\PHP_EOL");
    assert_eq!(ex("1.5e3"), "1500.0");
    assert_eq!(ex("0x1F"), "31");
    assert_eq!(ex("__LINE__"), "Line");
    assert_eq!(ex("__CLASS__"), "Class");
}

#[test]
fn calls_and_arguments() {
    assert_eq!(ex("f(1, x: 2)"), "(call f 1 x: 2)");
    assert_eq!(ex("f(...$a)"), "(call f ...$a)");
    assert_eq!(
        ex("f(array: 1, list: 2, print: 3)"),
        "(call f array: 1 list: 2 print: 3)"
    );
    assert_eq!(ex("strlen(...)"), "(call strlen ...)");
    assert_eq!(ex("$o->m(...)"), "(mcall $o->m ...)");
    assert_eq!(ex("A::m(...)"), "(scall A::m ...)");
    assert_eq!(ex("$f(1)(2)"), "(call (call $f 1) 2)");
    assert_eq!(ex("(function () {})()"), "(call (closure {closure}() {}) )");
    assert_eq!(ex("'strlen'('x')"), "(call \"strlen\" \"x\")");
    assert_eq!(ex("f(1,)"), "(call f 1)");
}

#[test]
fn new_expressions() {
    assert_eq!(ex("new A"), "(new A )");
    assert_eq!(ex("new A(1)"), "(new A 1)");
    assert_eq!(ex("new static"), "(new static )");
    assert_eq!(ex("new $cls($x)"), "(new $cls $x)");
    assert_eq!(ex("new $o->cls"), "(new $o->cls )");
    assert_eq!(ex("new ('A' . 'B')"), "(new (. \"A\" \"B\") )");
    assert_eq!(
        ex("new class(1) extends B implements C { public $x = 1; }"),
        "(new (class - extends B implements C (prop [public] $x=1)) 1)"
    );
    assert_eq!(ex("new #[Attr] class {}"), "(new (class -) )");
}

#[test]
fn arrays_and_destructuring() {
    assert_eq!(ex("[1, 'a' => 2, ...$r]"), "[1 \"a\"=>2 ...$r]");
    assert_eq!(ex("array(1, 2,)"), "[1 2]");
    assert_eq!(ex("[&$a, 'k' => &$b]"), "[&$a \"k\"=>&$b]");
    assert_eq!(ex("[$a, [$b, $c]] = $x"), "(= [$a [$b $c]] $x)");
    assert_eq!(
        ex("['x' => $x, 'y' => [$y]] = $p"),
        "(= [\"x\"=>$x \"y\"=>[$y]] $p)"
    );
    assert_eq!(ex("[, $b] = $x"), "(= [_ $b] $x)");
    assert_eq!(
        ex("list($a, list(, $b)) = $x"),
        "(= (list $a (list _ $b)) $x)"
    );
    assert_eq!(ex("list('k' => $v) = $x"), "(= (list \"k\"=>$v) $x)");
    assert_eq!(ex("[$a, &$b] = $x"), "(= [$a &$b] $x)");
    assert_eq!(ex("['k' => list($a)] = $x"), "(= [\"k\"=>(list $a)] $x)");
}

#[test]
fn closures_and_arrow_functions() {
    assert_eq!(
        ex("function ($a) use ($b, &$c): int { return 1; }"),
        "(closure {closure}($a) use($b, &$c): int {(return 1)})"
    );
    assert_eq!(
        ex("static function () {}"),
        "(closure static {closure}() {})"
    );
    assert_eq!(
        ex("fn($x) => $x + 1"),
        "(fn {closure}($x) {(return (+ $x 1))})"
    );
    assert_eq!(
        ex("static fn() => 1"),
        "(fn static {closure}() {(return 1)})"
    );
    assert_eq!(
        ex("fn&(array &$a) => $a"),
        "(fn & {closure}(array &$a) {(return $a)})"
    );
    assert_eq!(
        ex("fn() => $a and $b"),
        "(fn {closure}() {(return (&& $a $b))})"
    );
    assert_eq!(ex("#[A] fn() => 1"), "(fn {closure}() {(return 1)})");
    assert_eq!(ex("function &() {}"), "(closure & {closure}() {})");
}

#[test]
fn builtin_forms() {
    assert_eq!(ex("isset($a, $b['x'])"), "(isset $a $b[\"x\"])");
    assert_eq!(ex("empty($a)"), "(empty $a)");
    assert_eq!(ex("eval('1;')"), "(eval \"1;\")");
    assert_eq!(ex("exit"), "(exit)");
    assert_eq!(ex("die('x')"), "(exit \"x\")");
    assert_eq!(ex("exit()"), "(exit)");
    assert_eq!(
        ex("match ($a) { 1, 2 => 'x', default => 'y', }"),
        "(match $a (1 2 => \"x\") (default => \"y\"))"
    );
}

#[test]
fn yields() {
    let gen = |body: &str| common::sx(&format!("function g() {{ {body} }}"));
    assert_eq!(gen("yield;"), "(function gen g() {(yield)})");
    assert_eq!(gen("yield 1;"), "(function gen g() {(yield 1)})");
    assert_eq!(
        gen("yield $k => $v;"),
        "(function gen g() {(yield $k => $v)})"
    );
    assert_eq!(gen("$x = yield;"), "(function gen g() {(= $x (yield))})");
    assert_eq!(
        gen("$x = yield $a + 1;"),
        "(function gen g() {(= $x (yield (+ $a 1)))})"
    );
    assert_eq!(
        gen("yield from g();"),
        "(function gen g() {(yield-from (call g ))})"
    );
    assert_eq!(
        gen("$a = [yield 1 => 2];"),
        "(function gen g() {(= $a [(yield 1 => 2)])})"
    );
    assert_eq!(gen("f(yield);"), "(function gen g() {(call f (yield))})");
    // A yield inside a nested closure does not make the outer function a generator.
    assert_eq!(
        gen("$f = function () { yield 1; };"),
        "(function g() {(= $f (closure gen {closure}() {(yield 1)}))})"
    );
    assert_eq!(
        gen("if ($a) { while (1) yield; }"),
        "(function gen g() {(if $a {(while 1 {(yield)})})})"
    );
}

#[test]
fn interpolation() {
    assert_eq!(ex("\"a $b c\""), "(interp \"a \" $b \" c\")");
    assert_eq!(ex("\"$a[0]\""), "(interp $a[0])");
    assert_eq!(ex("\"$a[key]\""), "(interp $a[\"key\"])");
    assert_eq!(ex("\"$a[-1]\""), "(interp $a[-1])");
    assert_eq!(ex("\"$a[$i]\""), "(interp $a[$i])");
    assert_eq!(ex("\"$a[012]\""), "(interp $a[\"012\"])");
    assert_eq!(
        ex("\"$a[99999999999999999999]\""),
        "(interp $a[\"99999999999999999999\"])"
    );
    assert_eq!(ex("\"$a[-0]\""), "(interp $a[\"-0\"])");
    assert_eq!(ex("\"$o->p\""), "(interp $o->p)");
    assert_eq!(ex("\"$o?->p\""), "(interp $o?->p)");
    assert_eq!(
        ex("\"{$o->m()[1]}\""),
        "(interp $o->m()[1])".replace("$o->m()", "(mcall $o->m )")
    );
    assert_eq!(ex("\"${a}\""), "(interp $a)");
    assert_eq!(ex("\"${a[1]}\""), "(interp $a[1])");
    assert_eq!(ex("\"${'a' . 'b'}\""), "(interp ${(. \"a\" \"b\")})");
    assert_eq!(ex("<<<EOT\nx $a\nEOT"), "(interp \"x \" $a)");
    assert_eq!(ex("<<<'EOT'\nx $a\nEOT"), "\"x $a\"");
    assert_eq!(ex("<<<EOT\nEOT"), "\"\"");
}

/// Backticks compile to a call of `\shell_exec`, as in PHP.
#[test]
fn backticks_call_shell_exec() {
    assert_eq!(ex("`ls $d`"), "(call \\shell_exec (interp \"ls \" $d))");
    assert_eq!(ex("``"), "(call \\shell_exec (interp ))");
}
