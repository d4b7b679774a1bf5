--TEST--
preg_* argument coercion and type errors
--FILE--
<?php
var_dump(preg_match('/1/', 123), preg_replace('/1/', 2, 313), preg_split('/0/', 1020));
var_dump(preg_match('/a/', null));
try { preg_match([], 'a'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { preg_match('/a/', []); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { preg_replace('/a/', 'b', new stdClass); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { preg_grep('/a/', 'x'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { preg_match(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
var_dump(preg_replace([], [], 'abc'), preg_replace('/a/', 'b', []));
var_dump(preg_match('/a/', 'a', $m, 0, 0), $m);
var_dump(preg_replace_callback('/a/', fn($m) => 'b', ['k' => 'a', 1 => 'aa']));
var_dump(preg_grep('/x/', ['a' => 'x', 'b' => ['arr'], 'c' => 'y']));
--EXPECTF--
int(1)
string(3) "323"
array(3) {
  [0]=>
  string(1) "1"
  [1]=>
  string(1) "2"
  [2]=>
  string(0) ""
}

Deprecated: preg_match(): Passing null to parameter #2 ($subject) of type string is deprecated in %s on line 3
int(0)
preg_match(): Argument #1 ($pattern) must be of type string, array given
preg_match(): Argument #2 ($subject) must be of type string, array given
preg_replace(): Argument #3 ($subject) must be of type array|string, stdClass given
preg_grep(): Argument #2 ($array) must be of type array, string given
preg_match() expects at least 2 arguments, 0 given
string(3) "abc"
array(0) {
}
int(1)
array(1) {
  [0]=>
  string(1) "a"
}
array(2) {
  ["k"]=>
  string(1) "b"
  [1]=>
  string(2) "bb"
}

Warning: Array to string conversion in %s on line 12
array(1) {
  ["a"]=>
  string(1) "x"
}
