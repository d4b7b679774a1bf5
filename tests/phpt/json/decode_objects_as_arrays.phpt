--TEST--
json_decode: associative flag versus JSON_OBJECT_AS_ARRAY
--FILE--
<?php
$j = '{"x":{"y":1}}';
var_dump(json_decode($j, null, 512, JSON_OBJECT_AS_ARRAY));
var_dump(json_decode($j, false, 512, JSON_OBJECT_AS_ARRAY));
var_dump(json_decode($j, true, 512, 0));
$o = json_decode('{"":1,"0":2}');
print_r($o);
--EXPECT--
array(1) {
  ["x"]=>
  array(1) {
    ["y"]=>
    int(1)
  }
}
object(stdClass)#2 (1) {
  ["x"]=>
  object(stdClass)#1 (1) {
    ["y"]=>
    int(1)
  }
}
array(1) {
  ["x"]=>
  array(1) {
    ["y"]=>
    int(1)
  }
}
stdClass Object
(
    [] => 1
    [0] => 2
)
