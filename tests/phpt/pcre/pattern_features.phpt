--TEST--
PCRE features: backreferences, lookaround, atomic, recursion, conditionals
--FILE--
<?php
var_dump(preg_match('/(\w)\1/', 'hello', $m), $m);
var_dump(preg_match('/(?<q>["\']).*?\k<q>/', 'say "hi" now', $m), $m[0]);
var_dump(preg_match('/(?<=\$)\d+/', 'cost $45', $m), $m);
var_dump(preg_match('/\d+(?!px)\b/', '10px 20em 30', $m), $m);
var_dump(preg_match('/^(\((?:[^()]|(?1))*\))$/', '(a(b)c)'), preg_match('/^(\((?:[^()]|(?1))*\))$/', '(a(b c)'));
var_dump(preg_match('/^(<)?\w+(?(1)>)$/', '<tag>'), preg_match('/^(<)?\w+(?(1)>)$/', '<tag'));
var_dump(preg_match('/a++b/', 'aaab'), preg_match('/(?>a+)ab/', 'aaab'));
var_dump(preg_match('/\Aab\z/', "ab"), preg_match('/\Aab\z/', "ab\n"), preg_match('/\Aab\Z/', "ab\n"));
var_dump(preg_match('/\bcat\b/i', 'The CAT sat'), preg_match('/[[:alpha:]]+/', '123abc', $m), $m);
var_dump(preg_match('/\p{Lu}\p{Ll}+/u', 'ÉCOLE École', $m), $m);
var_dump(preg_match('/ÉCOLE/iu', 'école'), preg_match('/ÉCOLE/i', 'école'));
var_dump(preg_match('/\x{263A}/u', "\u{263A}"), preg_match('/\R/', "\r\n"), preg_match('/\h+/', "a \t b", $m), $m);
--EXPECT--
int(1)
array(2) {
  [0]=>
  string(2) "ll"
  [1]=>
  string(1) "l"
}
int(1)
string(4) ""hi""
int(1)
array(1) {
  [0]=>
  string(2) "45"
}
int(1)
array(1) {
  [0]=>
  string(2) "30"
}
int(1)
int(0)
int(1)
int(0)
int(1)
int(0)
int(1)
int(0)
int(1)
int(1)
int(1)
array(1) {
  [0]=>
  string(3) "abc"
}
int(1)
array(1) {
  [0]=>
  string(6) "École"
}
int(1)
int(0)
int(1)
int(1)
int(1)
array(1) {
  [0]=>
  string(3) " 	 "
}
