--TEST--
unserialize: error offsets and incomplete classes
--FILE--
<?php
foreach (['i:5', 'a:1:{i:0;i:1;', 's:5:"abc";', 'a:2:{i:0;i:1;i:1;x:2;}', 'b:2;', '', 's:3:"ab";', 'x', 'i:99999999999999999999;', 'a:1:{x:0;i:1;}'] as $s) {
    var_dump(unserialize($s));
}
var_dump(unserialize('O:3:"Foo":1:{s:1:"a";i:1;}'));
class P { public $a = 1; }
var_dump(unserialize('O:1:"P":0:{}', ['allowed_classes' => false]));
var_dump(unserialize('O:1:"P":0:{}', ['allowed_classes' => ['p']]));
var_dump(unserialize('O:1:"P":0:{}', ['allowed_classes' => ['Q']]));
--EXPECTF--
Notice: unserialize(): Error at offset 0 of 3 bytes in %s on line 3
bool(false)

Notice: unserialize(): Error at offset 13 of 13 bytes in %s on line 3
bool(false)

Notice: unserialize(): Error at offset 10 of 10 bytes in %s on line 3
bool(false)

Notice: unserialize(): Error at offset 17 of 22 bytes in %s on line 3
bool(false)

Notice: unserialize(): Error at offset 0 of 4 bytes in %s on line 3
bool(false)
bool(false)

Notice: unserialize(): Error at offset 8 of 9 bytes in %s on line 3
bool(false)

Notice: unserialize(): Error at offset 0 of 1 bytes in %s on line 3
bool(false)

Warning: unserialize(): Numerical result out of range in %s on line 3
int(9223372036854775807)

Notice: unserialize(): Error at offset 5 of 14 bytes in %s on line 3
bool(false)
object(__PHP_Incomplete_Class)#1 (2) {
  ["__PHP_Incomplete_Class_Name"]=>
  string(3) "Foo"
  ["a"]=>
  int(1)
}
object(__PHP_Incomplete_Class)#1 (1) {
  ["__PHP_Incomplete_Class_Name"]=>
  string(1) "P"
}
object(P)#1 (1) {
  ["a"]=>
  int(1)
}
object(__PHP_Incomplete_Class)#1 (1) {
  ["__PHP_Incomplete_Class_Name"]=>
  string(1) "P"
}
