--TEST--
json_decode with JSON_THROW_ON_ERROR
--FILE--
<?php
json_decode('{');
var_dump(json_last_error());
try { json_decode('{', false, 512, JSON_THROW_ON_ERROR); } catch (JsonException $e) { echo get_class($e), ": ", $e->getMessage(), " ", $e->getCode(), "\n"; }
var_dump(json_last_error());
var_dump(json_decode('[1]', true, 512, JSON_THROW_ON_ERROR), json_last_error());
try { json_decode('', false, 512, JSON_THROW_ON_ERROR); } catch (JsonException $e) { echo $e->getMessage(), " ", $e->getCode(), "\n"; }
--EXPECT--
int(4)
JsonException: Syntax error 4
int(4)
array(1) {
  [0]=>
  int(1)
}
int(4)
Syntax error 4
