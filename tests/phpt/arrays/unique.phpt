--TEST--
array_unique with flags, keeping first occurrences
--FILE--
<?php
var_dump(array_unique([4, "4", "3", 4, 3, "3"]));
var_dump(array_unique(['a' => 'green', 'red', 'b' => 'green', 'blue', 'red']));
var_dump(array_unique(["10", "1e1", 10.0, "010"], SORT_REGULAR));
var_dump(array_unique(["10", "1e1", 10.0, "010"], SORT_NUMERIC));
var_dump(array_unique(["10", "1e1", 10.0, "010"]));
var_dump(array_unique(["a", "A", "b"], SORT_STRING | SORT_FLAG_CASE));
var_dump(array_unique([]), array_unique([1]));
var_dump(array_unique([[1], [1], 'x'], SORT_REGULAR));
--EXPECT--
array(2) {
  [0]=>
  int(4)
  [2]=>
  string(1) "3"
}
array(3) {
  ["a"]=>
  string(5) "green"
  [0]=>
  string(3) "red"
  [1]=>
  string(4) "blue"
}
array(1) {
  [0]=>
  string(2) "10"
}
array(1) {
  [0]=>
  string(2) "10"
}
array(3) {
  [0]=>
  string(2) "10"
  [1]=>
  string(3) "1e1"
  [3]=>
  string(3) "010"
}
array(2) {
  [0]=>
  string(1) "a"
  [2]=>
  string(1) "b"
}
array(0) {
}
array(1) {
  [0]=>
  int(1)
}
array(2) {
  [0]=>
  array(1) {
    [0]=>
    int(1)
  }
  [2]=>
  string(1) "x"
}
