--TEST--
substr_replace on arrays of strings
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump(substr_replace(["abc", "def", "ghi"], "X", 1));
var_dump(substr_replace(["abc", "def", "ghi"], ["1", "2"], [0, 1, 2], [1]));
var_dump(substr_replace(["a" => "hello", "b" => "world"], "__", -1, 1));
var_dump(substr_replace(["abc", 123], "Z", [1], 0));
?>
--EXPECT--
array(3) {
  [0]=>
  string(2) "aX"
  [1]=>
  string(2) "dX"
  [2]=>
  string(2) "gX"
}
array(3) {
  [0]=>
  string(3) "1bc"
  [1]=>
  string(2) "d2"
  [2]=>
  string(2) "gh"
}
array(2) {
  ["a"]=>
  string(6) "hell__"
  ["b"]=>
  string(6) "worl__"
}
array(2) {
  [0]=>
  string(4) "aZbc"
  [1]=>
  string(4) "Z123"
}
