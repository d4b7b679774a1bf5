--TEST--
get_object_vars depends on the calling scope
--FILE--
<?php
class A {
    public $a = 1;
    protected $b = 2;
    private $c = 3;
    function fromA() { return get_object_vars($this); }
}
class B extends A {
    public $d = 4;
    private $e = 5;
    function fromB() { return get_object_vars($this); }
}
$b = new B;
var_dump(get_object_vars($b));
var_dump($b->fromA());
var_dump($b->fromB());
$o = new stdClass;
$o->x = 1;
$o->{'0'} = 'zero';
var_dump(get_object_vars($o));
--EXPECT--
array(2) {
  ["a"]=>
  int(1)
  ["d"]=>
  int(4)
}
array(4) {
  ["a"]=>
  int(1)
  ["b"]=>
  int(2)
  ["c"]=>
  int(3)
  ["d"]=>
  int(4)
}
array(4) {
  ["a"]=>
  int(1)
  ["b"]=>
  int(2)
  ["d"]=>
  int(4)
  ["e"]=>
  int(5)
}
array(2) {
  ["x"]=>
  int(1)
  [0]=>
  string(4) "zero"
}
