//! Tests for the functions the reference PHP cannot run (`ctype` and `mbstring` are not
//! loaded under `php -n`): scripts run on a fresh runtime with every builtin module.

use phpsock_eval::Vm;
use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

/// An output sink the test can read back.
#[derive(Clone, Default)]
struct Sink(Rc<RefCell<Vec<u8>>>);

impl Write for Sink {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Runs `code` (without `<?php`) and returns everything it printed.
fn run(code: &str) -> String {
    let sink = Sink::default();
    let mut vm = Vm::new(Box::new(sink.clone()));
    vm.register_module(phpsock_eval::examples::examples_module());
    for m in crate::modules() {
        vm.register_module(m);
    }
    let src = format!("<?php {code}");
    vm.run_main(src.as_bytes(), "t.php");
    vm.out.flush();
    let out = sink.0.borrow().clone();
    String::from_utf8_lossy(&out).into_owned()
}

/// Runs `expr` through `var_export`-like one-line printing of booleans.
fn bools(exprs: &[&str]) -> String {
    let code: String = exprs
        .iter()
        .map(|e| format!("echo ({e}) ? 'T' : 'F';"))
        .collect();
    run(&code)
}

#[test]
fn ctype_strings() {
    let got = bools(&[
        "ctype_alnum('abc123')",
        "ctype_alnum('abc 123')",
        "ctype_alnum('')",
        "ctype_alpha('AbC')",
        "ctype_alpha('ab1')",
        "ctype_cntrl(\"\\t\\n\\x7f\")",
        "ctype_cntrl('a')",
        "ctype_digit('0123')",
        "ctype_digit('12.5')",
        "ctype_graph('a!b')",
        "ctype_graph('a b')",
        "ctype_lower('abc')",
        "ctype_lower('aBc')",
        "ctype_print('a b!')",
        "ctype_print(\"a\\n\")",
        "ctype_punct('!?.')",
        "ctype_punct('!a')",
        "ctype_space(\" \\t\\n\\r\\x0b\\x0c\")",
        "ctype_space(' x')",
        "ctype_upper('ABC')",
        "ctype_upper('AbC')",
        "ctype_xdigit('09afAF')",
        "ctype_xdigit('0g')",
        "ctype_alpha(\"\\xe9\")",
    ]);
    assert_eq!(got, "TFFTFTFTFTFTFTFTFTFTFTFF");
}

#[test]
fn ctype_non_strings() {
    let got = run(
        "var_dump(ctype_digit(53), ctype_digit(5), ctype_digit(1000), ctype_digit(-5), \
                   ctype_alpha(-191), ctype_graph(-1000), ctype_alpha(null), ctype_digit(1.5));",
    );
    assert_eq!(got.matches("Deprecated: ctype_digit(): Argument of type int will be interpreted as string in the future").count(), 4);
    assert!(got.contains("Deprecated: ctype_alpha(): Argument of type null will be interpreted"));
    assert!(got.contains("Deprecated: ctype_digit(): Argument of type float will be interpreted"));
    let vals: Vec<&str> = got.lines().filter(|l| l.starts_with("bool(")).collect();
    assert_eq!(
        vals,
        [
            "bool(true)",  // 53 is '5'
            "bool(false)", // 5 is a control character
            "bool(true)",  // beyond 255: digits
            "bool(false)", // negative below -128
            "bool(false)", // below -128 answers false for alpha
            "bool(true)",  // graph allows large negatives
            "bool(false)",
            "bool(false)",
        ]
    );
}

#[test]
fn mb_length_and_substr() {
    let got = run(
        "var_dump(mb_strlen('héllo'), mb_strlen(''), mb_strlen(\"a\\xffb\"), mb_strlen('日本語', 'UTF-8'), mb_strlen('日本', '8bit'));\
         var_dump(mb_substr('héllo wörld', 1, 4), mb_substr('日本語テキスト', -3), mb_substr('日本語', 1, -1), mb_substr('abc', 5), mb_substr('日本語', 0, null));",
    );
    assert_eq!(
        got,
        "int(5)\nint(0)\nint(3)\nint(3)\nint(6)\n\
         string(5) \"éllo\"\nstring(9) \"キスト\"\nstring(3) \"本\"\nstring(0) \"\"\nstring(9) \"日本語\"\n"
    );
}

#[test]
fn mb_case_and_split() {
    let got = run(
        "var_dump(mb_strtoupper('héllo straße'), mb_strtolower('ÀÉÎ ΣΑΣ ABC'), mb_strtoupper(\"a\\xffb\"));\
         var_dump(mb_str_split('añb'), mb_str_split('日本語テ', 3), mb_str_split(''));",
    );
    assert_eq!(
        got,
        "string(14) \"HÉLLO STRASSE\"\nstring(17) \"àéî σασ abc\"\nstring(3) \"A?B\"\n\
         array(3) {\n  [0]=>\n  string(1) \"a\"\n  [1]=>\n  string(2) \"ñ\"\n  [2]=>\n  string(1) \"b\"\n}\n\
         array(2) {\n  [0]=>\n  string(9) \"日本語\"\n  [1]=>\n  string(3) \"テ\"\n}\n\
         array(0) {\n}\n"
    );
}

#[test]
fn mb_errors() {
    let got = run(
        "try { mb_str_split('a', 0); } catch (ValueError $e) { echo $e->getMessage(), \"\\n\"; }\
         try { mb_strlen('a', 'nope'); } catch (ValueError $e) { echo $e->getMessage(), \"\\n\"; }\
         var_dump(mb_strpos('日本語本', '本'), mb_strpos('日本語本', '本', 2), mb_strpos('abc', 'x'), mb_internal_encoding());",
    );
    assert_eq!(
        got,
        "mb_str_split(): Argument #2 ($length) must be greater than 0\n\
         mb_strlen(): Argument #2 ($encoding) must be a valid encoding, \"nope\" given\n\
         int(1)\nint(3)\nbool(false)\nstring(5) \"UTF-8\"\n"
    );
}

#[test]
fn mb_extras() {
    let got = run(
        "var_dump(mb_convert_case('hello wORLD o\\'neil', MB_CASE_TITLE), mb_convert_case('ÀB', MB_CASE_LOWER), mb_convert_case('àb', MB_CASE_UPPER));\
         var_dump(mb_substr_count('日本日本日', '日本'), mb_ord('日'), mb_ord(\"\\xff\"), mb_chr(0x65E5), mb_chr(-1), mb_chr(0xD800));\
         var_dump(mb_check_encoding('héllo'), mb_check_encoding(\"\\xc3\"), mb_check_encoding(['ok' => ['é']]), mb_check_encoding([\"\\xff\"]));\
         try { mb_ord(''); } catch (ValueError $e) { echo $e->getMessage(), \"\\n\"; }\
         try { mb_convert_case('a', 9); } catch (ValueError $e) { echo $e->getMessage(), \"\\n\"; }",
    );
    assert_eq!(
        got,
        "string(18) \"Hello World O'neil\"\nstring(3) \"àb\"\nstring(3) \"ÀB\"\n\
         int(2)\nint(26085)\nbool(false)\nstring(3) \"日\"\nbool(false)\nbool(false)\n\
         bool(true)\nbool(false)\nbool(true)\nbool(false)\n\
         mb_ord(): Argument #1 ($string) must not be empty\n\
         mb_convert_case(): Argument #2 ($mode) must be one of the MB_CASE_* constants\n"
    );
}
