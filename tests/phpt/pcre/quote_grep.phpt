--TEST--
preg_quote and preg_grep
--FILE--
<?php
var_dump(preg_quote('Hello.World?(1+1=2)[a]{b}^$|\\/#:-<>!*'));
var_dump(preg_quote('a/b#c', '/'), preg_quote('a/b#c', '#'), preg_quote("nul\0byte"), preg_quote('x', ''));
var_dump(preg_match('/' . preg_quote('1.5*2', '/') . '/', 'x1.5*2y'));
var_dump(preg_grep('/^\d+$/', ['1', 'a', 'k' => '22', 5 => '3x', 7 => 4]));
var_dump(preg_grep('/^\d+$/', ['1', 'a', 'k' => '22'], PREG_GREP_INVERT));
var_dump(preg_grep('/a/', []));
var_dump(preg_grep('/1/', [1.5, true, null]));
--EXPECT--
string(58) "Hello\.World\?\(1\+1\=2\)\[a\]\{b\}\^\$\|\\/\#\:\-\<\>\!\*"
string(7) "a\/b\#c"
string(6) "a/b\#c"
string(11) "nul\000byte"
string(1) "x"
int(1)
array(3) {
  [0]=>
  string(1) "1"
  ["k"]=>
  string(2) "22"
  [7]=>
  int(4)
}
array(1) {
  [1]=>
  string(1) "a"
}
array(0) {
}
array(2) {
  [0]=>
  float(1.5)
  [1]=>
  bool(true)
}
