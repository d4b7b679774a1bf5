--TEST--
ArrayObject/ArrayIterator storage in (array), json_encode, var_export; get_object_vars shows only properties
--FILE--
<?php
$ao = new ArrayObject(['a' => 1, 2 => 'b']);
$it = new ArrayIterator([1, 2]);
var_dump((array)$ao, get_object_vars($ao), json_encode($ao), json_encode($it), (array)$it);
var_export($ao); echo "\n"; var_export($it); echo "\n";
class P extends ArrayObject { public $pp = 1; }
$p = new P(['k' => 'v']);
var_dump((array)$p, json_encode($p), get_object_vars($p));
var_export($p); echo "\n";
var_dump($p); print_r($p);
--EXPECT--
array(2) {
  ["a"]=>
  int(1)
  [2]=>
  string(1) "b"
}
array(0) {
}
string(15) "{"a":1,"2":"b"}"
string(13) "{"0":1,"1":2}"
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
\ArrayObject::__set_state(array(
   'a' => 1,
   2 => 'b',
))
\ArrayIterator::__set_state(array(
   0 => 1,
   1 => 2,
))
array(1) {
  ["k"]=>
  string(1) "v"
}
string(9) "{"k":"v"}"
array(1) {
  ["pp"]=>
  int(1)
}
\P::__set_state(array(
   'k' => 'v',
))
object(P)#3 (2) {
  ["pp"]=>
  int(1)
  ["storage":"ArrayObject":private]=>
  array(1) {
    ["k"]=>
    string(1) "v"
  }
}
P Object
(
    [pp] => 1
    [storage:ArrayObject:private] => Array
        (
            [k] => v
        )

)
