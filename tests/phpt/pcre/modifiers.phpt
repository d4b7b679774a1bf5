--TEST--
pattern modifiers i m s x u U A D n and delimiters
--FILE--
<?php
var_dump(preg_match('/abc/i', 'xABCx'));
var_dump(preg_match_all('/^\w+$/m', "one\ntwo\nthree"));
var_dump(preg_match('/a.b/', "a\nb"), preg_match('/a.b/s', "a\nb"));
var_dump(preg_match('/a b c # comment
/x', 'abc'));
preg_match('/a+?/', 'aaa', $m); var_dump($m);
preg_match('/a+?/U', 'aaa', $m); var_dump($m);
preg_match('/a+/U', 'aaa', $m); var_dump($m);
var_dump(preg_match('/b/A', 'ab'), preg_match('/a/A', 'ab'));
var_dump(preg_match('/a$/', "a\n"), preg_match('/a$/D', "a\n"), preg_match('/a$/Dm', "a\n"));
preg_match('/(a)(?:b)(c)/n', 'abc', $m); var_dump($m);
preg_match('/(?<x>a)(b)/n', 'ab', $m); var_dump($m);
preg_match('/\w+/u', 'héllo wörld', $m); var_dump($m);
preg_match('/\w+/', 'héllo', $m); var_dump($m);
preg_match('/./u', 'é', $m); var_dump($m);
var_dump(preg_match('{a(b)c}', 'abc'), preg_match('(x(y)z)', 'xyz'), preg_match('[a[bc]d]', 'abd'), preg_match('<a>', 'a'));
var_dump(preg_match('#a/b#', 'a/b'), preg_match('~a~', 'a'), preg_match('/a\/b/', 'a/b'), preg_match("  /a/ \n", 'a'));
var_dump(preg_match('/a/SX', 'a'));
--EXPECT--
int(1)
int(3)
int(0)
int(1)
int(1)
array(1) {
  [0]=>
  string(1) "a"
}
array(1) {
  [0]=>
  string(3) "aaa"
}
array(1) {
  [0]=>
  string(1) "a"
}
int(0)
int(1)
int(1)
int(0)
int(1)
array(1) {
  [0]=>
  string(3) "abc"
}
array(3) {
  [0]=>
  string(2) "ab"
  ["x"]=>
  string(1) "a"
  [1]=>
  string(1) "a"
}
array(1) {
  [0]=>
  string(6) "héllo"
}
array(1) {
  [0]=>
  string(1) "h"
}
array(1) {
  [0]=>
  string(2) "é"
}
int(1)
int(1)
int(1)
int(1)
int(1)
int(1)
int(1)
int(1)
int(1)
