--TEST--
str_word_count formats and extra characters
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
$s = "Hello fri3nd, you're looking good to-day-";
var_dump(str_word_count($s), str_word_count($s, 1), str_word_count($s, 2), str_word_count($s, 1, "0..9"));
var_dump(str_word_count(""), str_word_count("", 1), str_word_count("'quoted' -dash"), str_word_count("-a- 'b'", 1, "-'"));
t(fn() => str_word_count("a", 3));
?>
--EXPECT--
int(7)
array(7) {
  [0]=>
  string(5) "Hello"
  [1]=>
  string(3) "fri"
  [2]=>
  string(2) "nd"
  [3]=>
  string(6) "you're"
  [4]=>
  string(7) "looking"
  [5]=>
  string(4) "good"
  [6]=>
  string(6) "to-day"
}
array(7) {
  [0]=>
  string(5) "Hello"
  [6]=>
  string(3) "fri"
  [10]=>
  string(2) "nd"
  [14]=>
  string(6) "you're"
  [21]=>
  string(7) "looking"
  [29]=>
  string(4) "good"
  [34]=>
  string(6) "to-day"
}
array(6) {
  [0]=>
  string(5) "Hello"
  [1]=>
  string(6) "fri3nd"
  [2]=>
  string(6) "you're"
  [3]=>
  string(7) "looking"
  [4]=>
  string(4) "good"
  [5]=>
  string(6) "to-day"
}
int(0)
array(0) {
}
int(2)
array(2) {
  [0]=>
  string(3) "-a-"
  [1]=>
  string(3) "'b'"
}
ValueError: str_word_count(): Argument #2 ($format) must be a valid format value
