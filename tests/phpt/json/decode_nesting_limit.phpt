--TEST--
json_decode: very deep nesting is a syntax error past the parser's stack
--FILE--
<?php
function f($n, $obj) { return $obj ? str_repeat('{"a":', $n) .'1'. str_repeat('}', $n) : str_repeat('[', $n) . str_repeat(']', $n); }
foreach ([[4998, false], [4999, false], [2499, true], [2500, true], [20000, false]] as [$n, $o]) {
  json_decode(f($n, $o), true, 100000); echo $n, " ", json_last_error_msg(), "\n";
  json_decode(f($n, $o), false, 100000); echo $n, " ", json_last_error_msg(), "\n";
}
json_decode('[' . f(2000, true) . ',' . f(3000, false) . ']', true, 100000); echo json_last_error_msg(), "\n";
--EXPECT--
4998 No error
4998 No error
4999 Syntax error
4999 Syntax error
2499 No error
2499 No error
2500 Syntax error
2500 Syntax error
20000 Syntax error
20000 Syntax error
No error
