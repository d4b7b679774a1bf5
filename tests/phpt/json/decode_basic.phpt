--TEST--
json_decode: objects, arrays, scalars and unicode escapes
--FILE--
<?php
$v = json_decode('{"a":1,"b":[1,2,{"c":null}],"d":1.5,"e":"x\u00e9\ud83d\ude00","f":true}');
var_dump($v);
var_dump(json_decode('{"a":{"b":[1]}}', true));
var_dump(json_decode('true'), json_decode('"s"'), json_decode('-0'), json_decode('-0.0'), json_decode('1E2'), json_decode('1.0'), json_decode(" [\n1 ,\t2 ] "));
var_dump(json_decode('12345678901234567890'), json_decode('12345678901234567890', false, 512, JSON_BIGINT_AS_STRING), json_decode('[12345678901234567890]', true, 512, JSON_BIGINT_AS_STRING));
var_dump(json_decode('{"":1,"0":2,"a b":3}', true));
--EXPECT--
object(stdClass)#1 (5) {
  ["a"]=>
  int(1)
  ["b"]=>
  array(3) {
    [0]=>
    int(1)
    [1]=>
    int(2)
    [2]=>
    object(stdClass)#2 (1) {
      ["c"]=>
      NULL
    }
  }
  ["d"]=>
  float(1.5)
  ["e"]=>
  string(7) "xé😀"
  ["f"]=>
  bool(true)
}
array(1) {
  ["a"]=>
  array(1) {
    ["b"]=>
    array(1) {
      [0]=>
      int(1)
    }
  }
}
bool(true)
string(1) "s"
int(0)
float(-0)
float(100)
float(1)
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
float(1.2345678901234567E+19)
string(20) "12345678901234567890"
array(1) {
  [0]=>
  string(20) "12345678901234567890"
}
array(3) {
  [""]=>
  int(1)
  [0]=>
  int(2)
  ["a b"]=>
  int(3)
}
