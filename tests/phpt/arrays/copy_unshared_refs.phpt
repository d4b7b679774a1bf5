--TEST--
separating an array copies references no one else holds as their values; shared ones stay shared
--FILE--
<?php
// Copies of arrays whose elements are references: a reference only the array holds is
// copied as its value when the array is separated; one shared with a variable stays shared.
$a = [1, 2, 3];
foreach ($a as &$v) {}
unset($v);
$b = $a;
$b[] = 4;            // separates $b
$b[0] = 100;
foreach ($a as &$v) { $v *= 10; }
unset($v);
var_dump($a, $b);

$h = ['x' => 1, 'y' => 2];
$x = &$h['x'];
$h2 = $h;            // 'x' is shared with $x: stays a reference in both
$h2['z'] = 3;
$x = 'changed';
$h2['y'] = 'y2';
var_dump($h, $h2);
unset($x);
$h3 = $h;            // now no one else holds it
$h3['w'] = 0;
$h['x'] = 'again';
var_dump($h, $h3);

function take(array $p) {
    $p[0] = 'in function';
    return $p;
}
$c = [5, 6];
$r = &$c[1];
unset($r);
$d = take($c);
var_dump($c, $d);

$e = [[1, 2], [3, 4]];
foreach ($e as &$row) {
    foreach ($row as &$cell) {
        $cell = $cell + 1;
    }
    unset($cell);
}
unset($row);
$f = $e;
$f[0][0] = 'f';
$e[1][1] = 'e';
var_dump($e, $f);

$g = [1, 2];
$g[0] = &$g;          // a cycle through a reference
$copy = $g;
$copy[1] = 'c';
echo count($g), " ", $g[1], " ", $copy[1], "\n";
--EXPECT--
array(3) {
  [0]=>
  int(10)
  [1]=>
  int(20)
  [2]=>
  int(30)
}
array(4) {
  [0]=>
  int(100)
  [1]=>
  int(2)
  [2]=>
  int(3)
  [3]=>
  int(4)
}
array(2) {
  ["x"]=>
  &string(7) "changed"
  ["y"]=>
  int(2)
}
array(3) {
  ["x"]=>
  &string(7) "changed"
  ["y"]=>
  string(2) "y2"
  ["z"]=>
  int(3)
}
array(2) {
  ["x"]=>
  &string(5) "again"
  ["y"]=>
  int(2)
}
array(3) {
  ["x"]=>
  &string(5) "again"
  ["y"]=>
  int(2)
  ["w"]=>
  int(0)
}
array(2) {
  [0]=>
  int(5)
  [1]=>
  int(6)
}
array(2) {
  [0]=>
  string(11) "in function"
  [1]=>
  int(6)
}
array(2) {
  [0]=>
  array(2) {
    [0]=>
    int(2)
    [1]=>
    int(3)
  }
  [1]=>
  array(2) {
    [0]=>
    int(4)
    [1]=>
    string(1) "e"
  }
}
array(2) {
  [0]=>
  array(2) {
    [0]=>
    string(1) "f"
    [1]=>
    int(3)
  }
  [1]=>
  array(2) {
    [0]=>
    int(4)
    [1]=>
    int(5)
  }
}
2 2 c
