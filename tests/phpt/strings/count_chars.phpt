--TEST--
count_chars modes
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
$r = count_chars("abacb", 1);
var_dump($r);
var_dump(count_chars("hello", 3), strlen(count_chars("ab", 4)), count(count_chars("x", 0)), count(count_chars("x", 2)));
t(fn() => count_chars("a", 5));
?>
--EXPECT--
array(3) {
  [97]=>
  int(2)
  [98]=>
  int(2)
  [99]=>
  int(1)
}
string(4) "ehlo"
int(254)
int(256)
int(255)
ValueError: count_chars(): Argument #2 ($mode) must be between 0 and 4 (inclusive)
