--TEST--
array literals built in one step keep key normalisation, next index, evaluation order and release on exceptions
--FILE--
<?php
// Array literals built in one step: lists, string keys, keys that look like integers,
// duplicates, nested literals, next index after a literal, errors while evaluating a value.
$i = 7;
$a = ['id' => $i, 'name' => 'n' . $i, 'tags' => [$i % 3, $i % 5]];
var_dump($a);
$a[] = 'next';
$l = [$i, $i * 2];
$l[] = 3;
var_dump($a, $l);
// Integer-like string keys and duplicates take the general path.
var_dump(['1' => 'a', 'b' => 'c'], ['x' => 1, 'x' => 2], ['01' => 1, '-0' => 2, '' => 3]);
$neg = [-5 => 'a'];
$neg[] = 'b';
var_dump($neg);
$h = ['k' => 1];
$h[] = 'first int key';
var_dump($h);
// Undefined variables inside a literal warn in order.
var_dump(['a' => $undefA, 'b' => $undefB], [$undefC]);
// An exception while evaluating a value: earlier values are released.
class D { public function __construct(public string $n) {} public function __destruct() { echo "d{$this->n}\n"; } }
function boom() { throw new Exception("boom"); }
try {
    $x = ['a' => new D('1'), 'b' => boom(), 'c' => new D('2')];
} catch (Exception $e) {
    echo "caught ", $e->getMessage(), "\n";
}
try {
    $y = [new D('3'), boom()];
} catch (Exception $e) {
    echo "caught ", $e->getMessage(), "\n";
}
// Many string keys (the table grows as items are added), then removals and appends.
$big = ['a' => 1, 'b' => 2, 'c' => 3, 'd' => 4, 'e' => 5, 'f' => 6, 'g' => 7, 'h' => 8, 'i' => 9, 'j' => 10];
unset($big['a'], $big['c'], $big['e']);
$big['k'] = 11;
$big[] = 12;
echo json_encode($big), "\n";
// Copy-on-write of literal results.
$rows = [];
for ($n = 0; $n < 3; $n++) { $rows[] = ['id' => $n, 'v' => [$n]]; }
$copy = $rows;
$copy[1]['v'][] = 'x';
echo json_encode($rows), json_encode($copy), "\n";
// Constant expressions and static/default values with literals.
const C = ['p' => 1, 'q' => [2, 3]];
function f($d = ['x' => 'y']) { static $s = ['s' => 0]; $s['s']++; return [$d, $s]; }
echo json_encode(C), json_encode(f()), json_encode(f()), "\n";
--EXPECTF--
array(3) {
  ["id"]=>
  int(7)
  ["name"]=>
  string(2) "n7"
  ["tags"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
}
array(4) {
  ["id"]=>
  int(7)
  ["name"]=>
  string(2) "n7"
  ["tags"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  [0]=>
  string(4) "next"
}
array(3) {
  [0]=>
  int(7)
  [1]=>
  int(14)
  [2]=>
  int(3)
}
array(2) {
  [1]=>
  string(1) "a"
  ["b"]=>
  string(1) "c"
}
array(1) {
  ["x"]=>
  int(2)
}
array(3) {
  ["01"]=>
  int(1)
  ["-0"]=>
  int(2)
  [""]=>
  int(3)
}
array(2) {
  [-5]=>
  string(1) "a"
  [-4]=>
  string(1) "b"
}
array(2) {
  ["k"]=>
  int(1)
  [0]=>
  string(13) "first int key"
}

Warning: Undefined variable $undefA in %s on line 20

Warning: Undefined variable $undefB in %s on line 20

Warning: Undefined variable $undefC in %s on line 20
array(2) {
  ["a"]=>
  NULL
  ["b"]=>
  NULL
}
array(1) {
  [0]=>
  NULL
}
d1
caught boom
d3
caught boom
{"b":2,"d":4,"f":6,"g":7,"h":8,"i":9,"j":10,"k":11,"0":12}
[{"id":0,"v":[0]},{"id":1,"v":[1]},{"id":2,"v":[2]}][{"id":0,"v":[0]},{"id":1,"v":[1,"x"]},{"id":2,"v":[2]}]
{"p":1,"q":[2,3]}[{"x":"y"},{"s":1}][{"x":"y"},{"s":2}]
