--TEST--
var_dump: recursive arrays and objects print *RECURSION*
--FILE--
<?php
$a = [1];
$a[] = &$a;
var_dump($a);
$o = new stdClass;
$o->self = $o;
$o->list = [1, 'x' => $o];
var_dump($o);
--EXPECT--
array(2) {
  [0]=>
  int(1)
  [1]=>
  *RECURSION*
}
object(stdClass)#1 (2) {
  ["self"]=>
  *RECURSION*
  ["list"]=>
  array(2) {
    [0]=>
    int(1)
    ["x"]=>
    *RECURSION*
  }
}
