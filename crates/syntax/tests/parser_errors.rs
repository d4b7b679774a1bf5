//! Error messages and lines, each verified against the reference PHP (`php -l`).

mod common;
use common::err;

/// (source, expected `Label: message @line`), expectations copied from `phpref -l` output.
const CASES: &[(&str, &str)] = &[
    ("<?php\necho 1\necho 2;", "Parse error: syntax error, unexpected token \"echo\", expecting \",\" or \";\" @3"),
    ("<?php\n$a = 1\n$b = 2;", "Parse error: syntax error, unexpected variable \"$b\" @3"),
    ("<?php\nf(1 2);", "Parse error: syntax error, unexpected integer \"2\", expecting \")\" @2"),
    ("<?php\n$x = [1 2];", "Parse error: syntax error, unexpected integer \"2\", expecting \"]\" @2"),
    ("<?php\nif ($a {\n}", "Parse error: syntax error, unexpected token \"}\" @3"),
    ("<?php\nfunction f() {\n  return 1;\n", "Parse error: Unclosed '{' on line 2 @4"),
    ("<?php\n}", "Parse error: Unmatched '}' @2"),
    ("<?php\n$a = (1];", "Parse error: Unclosed '(' does not match ']' @2"),
    ("<?php\n$a = [1\n);", "Parse error: Unclosed '[' on line 2 does not match ')' @3"),
    ("<?php\n$a = 1 < 2 > 3;", "Parse error: syntax error, unexpected token \">\" @2"),
    ("<?php\n$a = 1 == 2 == 3;", "Parse error: syntax error, unexpected token \"==\" @2"),
    ("<?php\necho 1 ? 2 : 3 ? 4 : 5;", "Fatal error: Unparenthesized `a ? b : c ? d : e` is not supported. Use either `(a ? b : c) ? d : e` or `a ? b : (c ? d : e)` @2"),
    ("<?php\nfunction list() {}", "Parse error: syntax error, unexpected token \"list\", expecting \"(\" @2"),
    ("<?php\nf(a: 1, 2);", "Fatal error: Cannot use positional argument after named argument @2"),
    ("<?php\n$this = 1;", "Fatal error: Cannot re-assign $this @2"),
    ("<?php\nisset(1 + 1);", "Fatal error: Cannot use isset() on the result of an expression (you can use \"null !== expression\" instead) @2"),
    ("<?php\n$b = $a[];", "Fatal error: Cannot use [] for reading @2"),
    ("<?php\nbreak;", "Fatal error: 'break' not in the 'loop' or 'switch' context @2"),
    ("<?php\nwhile (1) { continue 3; }", "Fatal error: Cannot 'continue' 3 levels @2"),
    ("<?php\nfoo() = 1;", "Fatal error: Can't use function return value in write context @2"),
    ("<?php\n[] = $a;", "Fatal error: Cannot use empty list @2"),
    ("<?php\n$x = [1, , 2];", "Fatal error: Cannot use empty array elements in arrays @2"),
    ("<?php\nclass A { public public $x; }", "Fatal error: Multiple access type modifiers are not allowed @2"),
    ("<?php\nclass A { static const X = 1; }", "Fatal error: Cannot use 'static' as constant modifier @2"),
    ("<?php\nfunction f($a, $a) {}", "Fatal error: Redefinition of parameter $a @2"),
    ("<?php\nfunction f(...$a, $b) {}", "Fatal error: Only the last parameter can be variadic @2"),
    ("<?php\ngoto nowhere;", "Fatal error: 'goto' to undefined label 'nowhere' @2"),
    ("<?php\necho 1;\nelse { }", "Parse error: syntax error, unexpected token \"else\", expecting end of file @3"),
    ("<?php\necho \"abc", "Parse error: syntax error, unexpected end of file, expecting variable or \"${\" or \"{$\" @2"),
    ("<?php\necho 1 + ;", "Parse error: syntax error, unexpected token \";\" @2"),
    ("<?php\nreturn 1 2;", "Parse error: syntax error, unexpected integer \"2\", expecting \";\" @2"),
    ("<?php\nfor ($i = 0 $i < 3; $i++) {}", "Parse error: syntax error, unexpected variable \"$i\", expecting \";\" @2"),
    ("<?php\n$a = \"long string content that goes beyond thirty characters\" \"x\";", "Parse error: syntax error, unexpected double-quoted string \"x\" @2"),
    ("<?php\n$x = \\Foo\\Bar baz;", "Parse error: syntax error, unexpected identifier \"baz\" @2"),
    ("<?php\necho 1.5 2;", "Parse error: syntax error, unexpected integer \"2\", expecting \",\" or \";\" @2"),
    ("<?php\n$a{0};", "Fatal error: Array and string offset access syntax with curly braces is no longer supported @2"),
    ("<?php\n$a =& new Foo;", "Parse error: syntax error, unexpected token \"new\" @2"),
    ("<?php\ntry { }", "Fatal error: Cannot use try without catch or finally @2"),
    ("<?php\ndeclare(strict_types=1) { }", "Fatal error: strict_types declaration must not use block mode @2"),
    ("<?php\necho 1;\nnamespace A;", "Fatal error: Namespace declaration statement has to be the very first statement or after any declare call in the script @3"),
    ("<?php\nnew A(...);", "Fatal error: Cannot create Closure for new expression @2"),
    ("<?php\n$x = (unset) $a;", "Fatal error: The (unset) cast is no longer supported @2"),
    ("<?php\n$a = 'a very long single quoted string that is truncated' 1;", "Parse error: syntax error, unexpected integer \"1\" @2"),
    ("<?php\n$a = 1 'a very long single quoted string that is truncated';", "Parse error: syntax error, unexpected single-quoted string \"a very long single quoted stri...\" @2"),
    ("<?php\n$a = 1 \\A;", "Parse error: syntax error, unexpected fully qualified name \"\\A\" @2"),
    ("<?php\n$a = 1 A\\B;", "Parse error: syntax error, unexpected namespaced name \"A\\B\" @2"),
    ("<?php\n$a = 1 namespace\\A;", "Parse error: syntax error, unexpected namespace-relative name \"namespace\\A\" @2"),
    ("<?php\n$a = 1 1.5;", "Parse error: syntax error, unexpected floating-point number \"1.5\" @2"),
    ("<?php\n$a = 1 foo;", "Parse error: syntax error, unexpected identifier \"foo\" @2"),
    ("<?php\nif (1) {", "Parse error: Unclosed '{' @2"),
    ("<?php\n$a = 1 \"a $b\";", "Parse error: syntax error, unexpected double-quote mark @2"),
    ("<?php\n$a = 1 <<<EOT\nx\nEOT;", "Parse error: syntax error, unexpected heredoc start \"<<<EOT\" @3"),
    ("<?php\n$a = 1 ? 2 : 3 ?: 4;", "Fatal error: Unparenthesized `a ? b : c ?: d` is not supported. Use either `(a ? b : c) ?: d` or `a ? b : (c ?: d)` @2"),
    ("<?php\n$a = 1 ?: 2 ? 3 : 4;", "Fatal error: Unparenthesized `a ?: b ? c : d` is not supported. Use either `(a ?: b) ? c : d` or `a ?: (b ? c : d)` @2"),
    ("<?php\nf(b: 1, ...$a);", "Fatal error: Cannot use argument unpacking after named arguments @2"),
    ("<?php\nforeach ($a as &$k => $v) {}", "Fatal error: Key element cannot be a reference @2"),
    ("<?php\nforeach ($a as [$k] => $v) {}", "Fatal error: Cannot use list as key element @2"),
    ("<?php\n$a?->b(...);", "Fatal error: Cannot combine nullsafe operator with Closure creation @2"),
    ("<?php\nglobal $this;", "Fatal error: Cannot use $this as global variable @2"),
    ("<?php\nfunction f($this) {}", "Fatal error: Cannot use $this as parameter @2"),
    ("<?php\n$f = function () use ($this) {};", "Fatal error: Cannot use $this as lexical variable @2"),
    ("<?php\nunset($a[]);", "Fatal error: Cannot use [] for unsetting @2"),
    ("<?php\nforeach ($a as $x) { $f = function() { break; }; }", "Fatal error: 'break' not in the 'loop' or 'switch' context @2"),
    ("<?php\nnamespace A;\nnamespace B { }", "Fatal error: Cannot mix bracketed namespace declarations with unbracketed namespace declarations @3"),
    ("<?php\nnamespace A { }\necho 1;", "Fatal error: No code may exist outside of namespace {} @3"),
    ("<?php\necho 1;\ndeclare(strict_types=1);", "Fatal error: strict_types declaration must be the very first statement in the script @3"),
    ("<?php\nexit(1 2);", "Parse error: syntax error, unexpected integer \"2\", expecting \")\" @2"),
    ("<?php\nclass A { public $a = 1 $b; }", "Parse error: syntax error, unexpected variable \"$b\", expecting \",\" or \";\" @2"),
    ("<?php\nmatch($a) { 1 => 2 3 };", "Parse error: syntax error, unexpected integer \"3\", expecting \"}\" @2"),
    ("<?php\nwhile ($a $b) {}", "Parse error: syntax error, unexpected variable \"$b\" @2"),
];

#[test]
fn errors_match_php() {
    let mut failures = Vec::new();
    for (src, want) in CASES {
        let got = err(src);
        if got != *want {
            failures.push(format!("{src:?}\n  want: {want}\n  got:  {got}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(CASES.len() >= 30);
}

/// Syntax errors win over compile errors found earlier in the file, as in PHP.
#[test]
fn parse_errors_before_compile_errors() {
    assert_eq!(
        err("<?php\nbreak;\n$a = ;"),
        "Parse error: syntax error, unexpected token \";\" @3"
    );
}
