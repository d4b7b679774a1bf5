--TEST--
var_dump uses __debugInfo
--FILE--
<?php
class D { private $secret = 1; function __debugInfo() { return ['shown' => 42, 'list' => [1]]; } }
var_dump(new D);
var_dump([new D]);
--EXPECT--
object(D)#1 (2) {
  ["shown"]=>
  int(42)
  ["list"]=>
  array(1) {
    [0]=>
    int(1)
  }
}
array(1) {
  [0]=>
  object(D)#1 (2) {
    ["shown"]=>
    int(42)
    ["list"]=>
    array(1) {
      [0]=>
      int(1)
    }
  }
}
