--TEST--
array_column with index keys and objects
--FILE--
<?php
$rows = [
    ['id' => 3, 'name' => 'a', 'tag' => 'x'],
    ['id' => 5, 'name' => 'b'],
    ['name' => 'c', 'tag' => 'z'],
    'scalar',
];
var_dump(array_column($rows, 'name'));
var_dump(array_column($rows, 'tag', 'id'));
var_dump(array_column($rows, null, 'name'));
var_dump(array_column([[1, 2], [3, 4]], 1, 0));
class P { public $id; public $v; private $secret = 's'; function __construct($i, $v) { $this->id = $i; $this->v = $v; } }
var_dump(array_column([new P(1, 'one'), new P(2, 'two')], 'v', 'id'));
var_dump(array_column([new P(1, 'one')], 'secret'));
try { array_column($rows, []); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
}
array(2) {
  [3]=>
  string(1) "x"
  [4]=>
  string(1) "z"
}
array(4) {
  ["a"]=>
  array(3) {
    ["id"]=>
    int(3)
    ["name"]=>
    string(1) "a"
    ["tag"]=>
    string(1) "x"
  }
  ["b"]=>
  array(2) {
    ["id"]=>
    int(5)
    ["name"]=>
    string(1) "b"
  }
  ["c"]=>
  array(2) {
    ["name"]=>
    string(1) "c"
    ["tag"]=>
    string(1) "z"
  }
  [0]=>
  string(6) "scalar"
}
array(2) {
  [1]=>
  int(2)
  [3]=>
  int(4)
}
array(2) {
  [1]=>
  string(3) "one"
  [2]=>
  string(3) "two"
}
array(0) {
}
array_column(): Argument #2 ($column_key) must be of type string|int|null, array given
