--TEST--
preg_match: PREG_OFFSET_CAPTURE, PREG_UNMATCHED_AS_NULL, offset
--FILE--
<?php
preg_match('/(b)(x)?(c)/', 'abc', $m, PREG_OFFSET_CAPTURE);
var_dump($m);
preg_match('/(b)(x)?(c)(y)?/', 'abc', $m, PREG_UNMATCHED_AS_NULL);
var_dump($m);
preg_match('/(b)(x)?/', 'abc', $m, PREG_UNMATCHED_AS_NULL | PREG_OFFSET_CAPTURE);
var_dump($m);
var_dump(preg_match('/a/', 'aXa', $m, PREG_OFFSET_CAPTURE, 1), $m);
var_dump(preg_match('/^a/', 'aXa', $m, 0, 2));
var_dump(preg_match('/\Ga/', 'aXa', $m, 0, 2));
var_dump(preg_match('/a/', 'abc', $m, 0, -1), preg_match('/c/', 'abc', $m, 0, -1), preg_match('/a/', 'abc', $m, 0, -10));
var_dump(preg_match('/a/', 'abc', $m, 0, 4), $m, preg_last_error(), preg_last_error_msg());
var_dump(preg_match('/a/', 'abc', $m, 0, 3));
try { preg_match('/a/', 'abc', $m, PREG_SET_ORDER); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
array(4) {
  [0]=>
  array(2) {
    [0]=>
    string(2) "bc"
    [1]=>
    int(1)
  }
  [1]=>
  array(2) {
    [0]=>
    string(1) "b"
    [1]=>
    int(1)
  }
  [2]=>
  array(2) {
    [0]=>
    string(0) ""
    [1]=>
    int(-1)
  }
  [3]=>
  array(2) {
    [0]=>
    string(1) "c"
    [1]=>
    int(2)
  }
}
array(5) {
  [0]=>
  string(2) "bc"
  [1]=>
  string(1) "b"
  [2]=>
  NULL
  [3]=>
  string(1) "c"
  [4]=>
  NULL
}
array(3) {
  [0]=>
  array(2) {
    [0]=>
    string(1) "b"
    [1]=>
    int(1)
  }
  [1]=>
  array(2) {
    [0]=>
    string(1) "b"
    [1]=>
    int(1)
  }
  [2]=>
  array(2) {
    [0]=>
    NULL
    [1]=>
    int(-1)
  }
}
int(1)
array(1) {
  [0]=>
  array(2) {
    [0]=>
    string(1) "a"
    [1]=>
    int(2)
  }
}
int(0)
int(1)
int(0)
int(1)
int(1)
bool(false)
array(0) {
}
int(1)
string(14) "Internal error"
int(0)
preg_match(): Argument #4 ($flags) must be a PREG_* constant
