--TEST--
offset argument keeps context for lookbehind and anchors
--FILE--
<?php
var_dump(preg_match('/(?<=a)b/', 'ab', $m, PREG_OFFSET_CAPTURE, 1), $m);
var_dump(preg_match('/^b/', 'ab', $m, 0, 1));
var_dump(preg_match('/\Gb/', 'ab', $m, 0, 1));
var_dump(preg_match_all('/\Ga/', 'aab', $m), $m);
var_dump(preg_match_all('/a/', 'aXaXa', $m, PREG_OFFSET_CAPTURE, 2), $m);
var_dump(preg_match_all('/a/', 'aaa', $m, 0, 5), $m, preg_last_error());
var_dump(preg_match_all('/a/A', 'aab', $m), preg_match_all('/a/A', 'baa', $m));
var_dump(preg_split('/b/A', 'bbabb'));
var_dump(preg_replace('/b/A', 'X', 'bbabb'));
--EXPECT--
int(1)
array(1) {
  [0]=>
  array(2) {
    [0]=>
    string(1) "b"
    [1]=>
    int(1)
  }
}
int(0)
int(1)
int(2)
array(1) {
  [0]=>
  array(2) {
    [0]=>
    string(1) "a"
    [1]=>
    string(1) "a"
  }
}
int(2)
array(1) {
  [0]=>
  array(2) {
    [0]=>
    array(2) {
      [0]=>
      string(1) "a"
      [1]=>
      int(2)
    }
    [1]=>
    array(2) {
      [0]=>
      string(1) "a"
      [1]=>
      int(4)
    }
  }
}
bool(false)
array(0) {
}
int(1)
int(2)
int(0)
array(3) {
  [0]=>
  string(0) ""
  [1]=>
  string(0) ""
  [2]=>
  string(3) "abb"
}
string(5) "XXabb"
