//! Statement and declaration parsing.

mod common;
use common::sx;

#[test]
fn echo_html_and_tags() {
    assert_eq!(sx("echo 1, 2;"), "(echo 1 2)");
    let p = phpsock_syntax::parse(b"a<?= $x ?>b<?php print 1;").unwrap();
    let s: Vec<String> = p.stmts.iter().map(common::stmt).collect();
    assert_eq!(s.join(" "), "(html \"a\") (echo $x) (html \"b\") (print 1)");
}

#[test]
fn if_forms_and_dangling_else() {
    assert_eq!(
        sx("if ($a) x(); elseif ($b) y(); else z();"),
        "(if $a {(call x )} (elseif $b {(call y )}) (else {(call z )}))"
    );
    assert_eq!(
        sx("if ($a) { x(); } else if ($b) { y(); }"),
        "(if $a {(call x )} (else {(if $b {(call y )})}))"
    );
    assert_eq!(
        sx("if ($a) if ($b) x(); else y();"),
        "(if $a {(if $b {(call x )} (else {(call y )}))})"
    );
    assert_eq!(
        sx("if ($a) if ($b) x(); else y(); else z();"),
        "(if $a {(if $b {(call x )} (else {(call y )}))} (else {(call z )}))"
    );
    assert_eq!(
        sx("if ($a) { if ($b) x(); } else y();"),
        "(if $a {(if $b {(call x )})} (else {(call y )}))"
    );
    assert_eq!(
        sx("while ($c) if ($a) x(); else y();"),
        "(while $c {(if $a {(call x )} (else {(call y )}))})"
    );
    assert_eq!(
        sx("if ($a): x(); elseif ($b): y(); else: z(); endif;"),
        "(if $a {(call x )} (elseif $b {(call y )}) (else {(call z )}))"
    );
    assert_eq!(
        sx("if ($a); else x();"),
        "(if $a {(nop)} (else {(call x )}))"
    );
    assert_eq!(
        sx("do if ($a) x(); else y(); while (0);"),
        "(do {(if $a {(call x )} (else {(call y )}))} 0)"
    );
}

#[test]
fn loops() {
    assert_eq!(
        sx("while ($i < 3) { $i++; }"),
        "(while (< $i 3) {(++post $i)})"
    );
    assert_eq!(sx("while (1): endwhile;"), "(while 1 {})");
    assert_eq!(sx("do { x(); } while ($a);"), "(do {(call x )} $a)");
    assert_eq!(
        sx("for ($i = 0, $j = 1; $i < 3; $i++, $j++) {}"),
        "(for ((= $i 0) (= $j 1)) ((< $i 3)) ((++post $i) (++post $j)) {})"
    );
    assert_eq!(sx("for (;;): endfor;"), "(for () () () {})");
    assert_eq!(sx("foreach ($a as $v) {}"), "(foreach $a $v {})");
    assert_eq!(
        sx("foreach ($a as $k => &$v) {}"),
        "(foreach $a $k => &$v {})"
    );
    assert_eq!(
        sx("foreach ($a as [$x, [$y]]) {}"),
        "(foreach $a [$x [$y]] {})"
    );
    assert_eq!(
        sx("foreach ($a as $k => list('a' => $x)): endforeach;"),
        "(foreach $a $k => (list \"a\"=>$x) {})"
    );
    assert_eq!(
        sx("while (1) while (1) { break 2; continue; }"),
        "(while 1 {(while 1 {(break 2) (continue 1)})})"
    );
}

#[test]
fn switch_forms() {
    assert_eq!(
        sx("switch ($a) { case 1: x(); break; case 2; default: y(); }"),
        "(switch $a (case 1 {(call x ) (break 1)}) (case 2 {}) (default {(call y )}))"
    );
    assert_eq!(
        sx("switch ($a): case 1: endswitch;"),
        "(switch $a (case 1 {}))"
    );
    assert_eq!(sx("switch ($a) {; }"), "(switch $a )");
}

#[test]
fn simple_statements() {
    assert_eq!(sx("return;"), "(return)");
    assert_eq!(sx("global $a, $b;"), "(global a b)");
    assert_eq!(sx("static $a = 1, $b;"), "(static a=1 b)");
    assert_eq!(sx("unset($a, $b[1],);"), "(unset $a $b[1])");
    assert_eq!(sx("const A = 1, B = A + 1;"), "(const A=1 B=(+ A 1))");
    assert_eq!(sx("goto end; end:"), "(goto end) (label end)");
    assert_eq!(sx(";"), "(nop)");
    assert_eq!(sx("{ x(); }"), "{(call x )}");
    assert_eq!(sx("throw new E();"), "(throw (new E ))");
}

#[test]
fn try_catch_finally() {
    assert_eq!(
        sx("try { x(); } catch (A|\\B $e) { } catch (C) { } finally { y(); }"),
        "(try {(call x )} (catch A|\\B e {}) (catch C - {}) (finally {(call y )}))"
    );
}

#[test]
fn functions() {
    assert_eq!(
        sx("function f(int $a = 1, ?string &$b = null, A|B ...$c): void {}"),
        "(function f(int $a=1, ?string &$b=null, A|B ...$c): void {})"
    );
    assert_eq!(
        sx("function &f(): static {}"),
        "(function & f(): static {})"
    );
    assert_eq!(
        sx("function f(A&B $x): never {}"),
        "(function f((A&B) $x): never {})"
    );
    assert_eq!(
        sx("function f((A&B)|null $x) {}"),
        "(function f((A&B)|null $x) {})"
    );
    assert_eq!(sx("function readonly() {}"), "(function readonly() {})");
    assert_eq!(
        sx("#[Pure] function f(#[SensitiveParameter] $p) {}"),
        "(function f($p) {})"
    );
}

#[test]
fn classes() {
    assert_eq!(
        sx("abstract class A extends B implements C, D { public int $x = 1, $y; var $z; protected static ?A $s; const X = 1; final public const Y = 2; abstract protected function f(); public static function g(): static { return new static; } }"),
        "(class [abstract] A extends B implements C,D (prop [public] int $x=1 $y) (prop [public] $z) (prop [protected static] ?A $s) (const [] X=1) (const [public final] Y=2) (method [protected abstract] (function f() ;)) (method [public static] (function static g(): static {(return (new static ))})))"
    );
    assert_eq!(
        sx("final class P { public function __construct(private readonly int $x, public $y = 2) {} }"),
        "(class [final] P (method [public] (function __construct(private readonly int $x, public $y=2) {})))"
    );
    assert_eq!(sx("readonly class R {}"), "(class [readonly] R)");
    assert_eq!(sx("class K { function list() {} function print() {} const new = 1; }"), "(class K (method [] (function list() {})) (method [] (function print() {})) (const [] new=1))");
    assert_eq!(
        sx("#[A(1)] #[B, C] class Q { #[D] public $p; }"),
        "(class Q (prop [public] $p))"
    );
}

#[test]
fn interfaces_traits_enums() {
    assert_eq!(
        sx("interface I extends J, K { public function f(); const C = 1; }"),
        "(interface I implements J,K (method [public] (function f() ;)) (const [] C=1))"
    );
    assert_eq!(
        sx("trait T { use A, B { A::f insteadof B; B::f as protected g; h as i; j as private; } }"),
        "(trait T (use A,B (A::f insteadof B) (B::f as [protected] g) (h as [] i) (j as [private] -)))"
    );
    assert_eq!(sx("class C { use T; }"), "(class C (use T))");
    assert_eq!(
        sx("enum Suit: string implements I { case Hearts = 'H'; case Spades = 'S'; const X = self::Hearts; public function label(): string { return 'x'; } }"),
        "(enum Suit: string implements I (case Hearts=\"H\") (case Spades=\"S\") (const [] X=self::Hearts) (method [public] (function label(): string {(return \"x\")})))"
    );
    assert_eq!(
        sx("enum E { case A; case B; }"),
        "(enum E (case A) (case B))"
    );
}

#[test]
fn namespaces_use_declare() {
    assert_eq!(
        sx("namespace A\\B; use C\\D, E as F; use function g\\h; use const I\\J as K;"),
        "(namespace A\\B) (use C\\D, E as F) (use function g\\h) (use const I\\J as K)"
    );
    assert_eq!(
        sx("namespace A { } namespace { }"),
        "(namespace A {}) (namespace - {})"
    );
    assert_eq!(
        sx("use A\\{B, C as D, function e};"),
        "(use A\\B, A\\C as D, function A\\e)"
    );
    assert_eq!(
        sx("use function A\\{b, c};"),
        "(use function A\\b, function A\\c)"
    );
    assert_eq!(sx("declare(strict_types=1);"), "(declare strict_types=1)");
    assert_eq!(
        sx("declare(ticks=1) { x(); }"),
        "(declare ticks=1 {(call x )})"
    );
    assert_eq!(sx("declare(ticks=1): enddeclare;"), "(declare ticks=1 {})");
}

#[test]
fn halt_compiler_offset() {
    let src = b"<?php echo 1; __halt_compiler(); raw \x00 data";
    let p = phpsock_syntax::parse(src).unwrap();
    assert_eq!(p.halt_offset, Some(32));
    assert_eq!(p.stmts.len(), 2);
}

#[test]
fn spans_and_lines() {
    let src = b"<?php\n\n$a =\n  1 + 2;\n";
    let p = phpsock_syntax::parse(src).unwrap();
    let s = &p.stmts[0];
    assert_eq!(p.lines.line_of(s.span.start), 3);
    assert_eq!(
        &src[s.span.start as usize..s.span.end as usize],
        b"$a =\n  1 + 2;"
    );
    if let phpsock_syntax::ast::StmtKind::Expr(e) = &s.kind {
        if let phpsock_syntax::ast::ExprKind::Assign { value, .. } = &e.kind {
            assert_eq!(
                &src[value.span.start as usize..value.span.end as usize],
                b"1 + 2"
            );
            assert_eq!(p.lines.line_of(value.span.start), 4);
        } else {
            panic!("not an assignment");
        }
    }
}
