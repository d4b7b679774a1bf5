--TEST--
preg_match: return values, groups, trailing unmatched groups trimmed
--FILE--
<?php
var_dump(preg_match('/(\d+)-(\d+)/', 'tel 12-345 x', $m), $m);
var_dump(preg_match('/xyz/', 'abc', $m), $m);
var_dump(preg_match('/(a)(b)?(c)?/', 'a', $m), $m);
var_dump(preg_match('/(a)(b)?(c)/', 'ac', $m), $m);
var_dump(preg_match('/(a)|(b)/', 'b', $m), $m);
var_dump(preg_match('/^$/', ''));
var_dump(preg_match('/a/', 'banana'));
--EXPECT--
int(1)
array(3) {
  [0]=>
  string(6) "12-345"
  [1]=>
  string(2) "12"
  [2]=>
  string(3) "345"
}
int(0)
array(0) {
}
int(1)
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "a"
}
int(1)
array(4) {
  [0]=>
  string(2) "ac"
  [1]=>
  string(1) "a"
  [2]=>
  string(0) ""
  [3]=>
  string(1) "c"
}
int(1)
array(3) {
  [0]=>
  string(1) "b"
  [1]=>
  string(0) ""
  [2]=>
  string(1) "b"
}
int(1)
int(1)
