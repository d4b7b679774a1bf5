--TEST--
settype: every target type and the errors
--FILE--
<?php
$v = "12abc"; var_dump(settype($v, "integer"), $v);
$v = "1.5"; settype($v, "float"); var_dump($v);
$v = "1.5"; settype($v, "double"); var_dump($v);
$v = 5; settype($v, "array"); var_dump($v);
$v = 5; settype($v, "null"); var_dump($v);
$v = 0; settype($v, "bool"); var_dump($v);
$v = 3; settype($v, "string"); var_dump($v);
$v = ['a' => 1]; settype($v, "object"); var_dump($v);
$v = [1]; settype($v, "string"); var_dump($v);
try { settype($v, "resource"); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { settype($v, "foo"); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECTF--
bool(true)
int(12)
float(1.5)
float(1.5)
array(1) {
  [0]=>
  int(5)
}
NULL
bool(false)
string(1) "3"
object(stdClass)#1 (1) {
  ["a"]=>
  int(1)
}

Warning: Array to string conversion in %s on line 10
string(5) "Array"
ValueError: Cannot convert to resource type
ValueError: settype(): Argument #2 ($type) must be a valid type
