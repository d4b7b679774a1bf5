--TEST--
preg_replace with arrays of patterns, replacements and subjects; limit and count
--FILE--
<?php
var_dump(preg_replace(['/a/', '/b/'], ['b', 'c'], 'ab'));
var_dump(preg_replace(['/a/', '/b/', '/c/'], ['1'], 'abc'));
var_dump(preg_replace(['/a/', '/b/'], 'X', 'abc'));
var_dump(preg_replace('/\d/', '#', ['x' => 'a1', 'y' => 'b', 5 => 'c22'], -1, $count), $count);
var_dump(preg_replace('/a/', 'b', 'aaaa', 2, $count), $count);
var_dump(preg_replace(['/a/', '/b/'], 'x', 'aabb', 1, $count), $count);
var_dump(preg_replace('/a/', 'b', 'aaa', 0), preg_replace('/a/', 'b', 'aaa', -5));
var_dump(preg_replace('/a/', 'b', ['x' => 'a', 'bad' => 1, 'n' => null]));
var_dump(preg_replace(['/a/', '/(/'], 'b', 'aaa'));
var_dump(preg_replace(['/a/', '/(/'], 'b', ['a', 'b']));
try { preg_replace('/a/', ['x'], 'a'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(preg_filter('/\d/', '#', ['a1', 'b', 'c2']), preg_filter('/\d/', '#', 'abc'), preg_filter('/\d/', '#', 'a1'));
--EXPECTF--
string(2) "cc"
string(1) "1"
string(3) "XXc"
array(3) {
  ["x"]=>
  string(2) "a#"
  ["y"]=>
  string(1) "b"
  [5]=>
  string(3) "c##"
}
int(3)
string(4) "bbaa"
int(2)
string(4) "xaxb"
int(2)
string(3) "aaa"
string(3) "bbb"
array(3) {
  ["x"]=>
  string(1) "b"
  ["bad"]=>
  string(1) "1"
  ["n"]=>
  string(0) ""
}

Warning: preg_replace(): Compilation failed: missing closing parenthesis at offset 1 in %s on line 10
NULL

Warning: preg_replace(): Compilation failed: missing closing parenthesis at offset 1 in %s on line 11

Warning: preg_replace(): Compilation failed: missing closing parenthesis at offset 1 in %s on line 11
array(0) {
}
preg_replace(): Argument #1 ($pattern) must be of type array when argument #2 ($replacement) is an array, string given
array(2) {
  [0]=>
  string(2) "a#"
  [2]=>
  string(2) "c#"
}
NULL
string(2) "a#"
