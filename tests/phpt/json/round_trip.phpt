--TEST--
json_encode and json_decode round trips
--FILE--
<?php
$data = ['int' => 1, 'float' => 1.5, 'neg' => -0.25, 'str' => "quote\" slash/ é", 'list' => [1, [2, 3]], 'map' => ['k' => null], 'bool' => false];
$json = json_encode($data);
echo $json, "\n";
var_dump(json_decode($json, true) === $data);
var_dump(json_decode(json_encode(0.1 + 0.2)), json_decode(json_encode(1e300)), json_decode(json_encode("\u{1F600}")));
--EXPECT--
{"int":1,"float":1.5,"neg":-0.25,"str":"quote\" slash\/ \u00e9","list":[1,[2,3]],"map":{"k":null},"bool":false}
bool(true)
float(0.30000000000000004)
float(1.0E+300)
string(4) "😀"
