--TEST--
array copy on write
--FILE--
<?php
$a = [1, 2, [3, 4]];
$b = $a;
$b[0] = 'changed';
$b[2][0] = 'deep';
var_dump($a, $b);
function modify(array $arr) { $arr[] = 'added'; return $arr; }
$c = modify($a);
var_dump(count($a), count($c));
$o = new stdClass; $o->v = 1;
$arr = [$o];
$copy = $arr;
$copy[0]->v = 2;
var_dump($arr[0]->v);
$x = [1, 2, 3];
$r = &$x[1];
$y = $x;
$r = 'via ref';
var_dump($y);
$nested = ['a' => ['b' => ['c' => 1]]];
$n2 = $nested;
$n2['a']['b']['c'] = 2;
var_dump($nested['a']['b']['c'], $n2['a']['b']['c']);
--EXPECTF--
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  array(2) {
    [0]=>
    int(3)
    [1]=>
    int(4)
  }
}
array(3) {
  [0]=>
  string(7) "changed"
  [1]=>
  int(2)
  [2]=>
  array(2) {
    [0]=>
    string(4) "deep"
    [1]=>
    int(4)
  }
}
int(3)
int(4)
int(2)
array(3) {
  [0]=>
  int(1)
  [1]=>
  &string(7) "via ref"
  [2]=>
  int(3)
}
int(1)
int(2)
