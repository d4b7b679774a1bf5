--TEST--
json_encode with JSON_THROW_ON_ERROR
--FILE--
<?php
json_encode(NAN);
try { json_encode(NAN, JSON_THROW_ON_ERROR); } catch (JsonException $e) { echo get_class($e), ": ", $e->getMessage(), " ", $e->getCode(), "\n"; }
var_dump(json_last_error());
try { json_encode("\xff", JSON_THROW_ON_ERROR); } catch (JsonException $e) { echo $e->getMessage(), " ", $e->getCode(), "\n"; }
var_dump(json_encode([1, NAN], JSON_THROW_ON_ERROR | JSON_PARTIAL_OUTPUT_ON_ERROR), json_last_error());
var_dump(json_encode("ok", JSON_THROW_ON_ERROR), json_last_error());
--EXPECT--
JsonException: Inf and NaN cannot be JSON encoded 7
int(7)
Malformed UTF-8 characters, possibly incorrectly encoded 5
string(5) "[1,0]"
int(7)
string(4) ""ok""
int(7)
