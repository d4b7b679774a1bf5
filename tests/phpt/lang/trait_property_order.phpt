--TEST--
Trait properties follow the class's own; get_class_vars lists own, then inherited, then statics (initialised)
--FILE--
<?php
trait T { public $t1 = 't'; public static $ts = 1; public $shared = 5; }
class A { public $a1 = 1; use T; public $a2 = 2; public $shared = 5; public static $ts = 1; }
class B extends A { use T; public $b = 3; }
var_dump(new A, new B, get_object_vars(new B), get_class_vars('B'));
foreach (new B as $k => $v) echo "$k ";
echo "\n", json_encode(new B), "\n"; print_r((array) new B);
class GA { private $pa = 1; public static $s2 = 'a2'; public $x = 1; public static $s1 = 'a1'; protected $pr = 2; }
class GB extends GA { public static $s3 = 'b3'; public $y = 2; public $x = 9; public static $s1 = 'b1'; function vars() { return get_class_vars('GB'); } function avars() { return get_class_vars('GA'); } }
var_dump(get_class_vars('GB'), (new GB)->vars(), (new GB)->avars());
--EXPECT--
object(A)#1 (4) {
  ["a1"]=>
  int(1)
  ["a2"]=>
  int(2)
  ["shared"]=>
  int(5)
  ["t1"]=>
  string(1) "t"
}
object(B)#2 (5) {
  ["a1"]=>
  int(1)
  ["a2"]=>
  int(2)
  ["shared"]=>
  int(5)
  ["t1"]=>
  string(1) "t"
  ["b"]=>
  int(3)
}
array(5) {
  ["a1"]=>
  int(1)
  ["a2"]=>
  int(2)
  ["shared"]=>
  int(5)
  ["t1"]=>
  string(1) "t"
  ["b"]=>
  int(3)
}
array(6) {
  ["b"]=>
  int(3)
  ["a1"]=>
  int(1)
  ["a2"]=>
  int(2)
  ["shared"]=>
  int(5)
  ["t1"]=>
  string(1) "t"
  ["ts"]=>
  int(1)
}
a1 a2 shared t1 b 
{"a1":1,"a2":2,"shared":5,"t1":"t","b":3}
Array
(
    [a1] => 1
    [a2] => 2
    [shared] => 5
    [t1] => t
    [b] => 3
)
array(5) {
  ["y"]=>
  int(2)
  ["x"]=>
  int(9)
  ["s3"]=>
  string(2) "b3"
  ["s1"]=>
  string(2) "b1"
  ["s2"]=>
  string(2) "a2"
}
array(6) {
  ["y"]=>
  int(2)
  ["x"]=>
  int(9)
  ["pr"]=>
  int(2)
  ["s3"]=>
  string(2) "b3"
  ["s1"]=>
  string(2) "b1"
  ["s2"]=>
  string(2) "a2"
}
array(4) {
  ["x"]=>
  int(1)
  ["pr"]=>
  int(2)
  ["s2"]=>
  string(2) "a2"
  ["s1"]=>
  string(2) "a1"
}
