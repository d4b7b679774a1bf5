--TEST--
array_merge_recursive and array_replace(_recursive)
--FILE--
<?php
$a = ['k' => 'a', 'l' => [1, 2], 'n' => null, 3 => 'x'];
$b = ['k' => 'b', 'l' => [3, 'z' => 4], 'n' => 'v', 3 => 'y', 'm' => 'new'];
var_dump(array_merge_recursive($a, $b));
var_dump(array_merge_recursive(['a' => ['b' => 1]], ['a' => ['b' => 2]], ['a' => 'c']));
var_dump(array_replace([1, 2, 3], [1 => 'b'], [3 => 'd']));
var_dump(array_replace_recursive(['a' => [1, 2], 'b' => 'x'], ['a' => [1 => 'B'], 'b' => ['y']]));
--EXPECT--
array(6) {
  ["k"]=>
  array(2) {
    [0]=>
    string(1) "a"
    [1]=>
    string(1) "b"
  }
  ["l"]=>
  array(4) {
    [0]=>
    int(1)
    [1]=>
    int(2)
    [2]=>
    int(3)
    ["z"]=>
    int(4)
  }
  ["n"]=>
  array(2) {
    [0]=>
    NULL
    [1]=>
    string(1) "v"
  }
  [0]=>
  string(1) "x"
  [1]=>
  string(1) "y"
  ["m"]=>
  string(3) "new"
}
array(1) {
  ["a"]=>
  array(2) {
    ["b"]=>
    array(2) {
      [0]=>
      int(1)
      [1]=>
      int(2)
    }
    [0]=>
    string(1) "c"
  }
}
array(4) {
  [0]=>
  int(1)
  [1]=>
  string(1) "b"
  [2]=>
  int(3)
  [3]=>
  string(1) "d"
}
array(2) {
  ["a"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    string(1) "B"
  }
  ["b"]=>
  array(1) {
    [0]=>
    string(1) "y"
  }
}
