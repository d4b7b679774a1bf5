--TEST--
in_array and array_search, loose and strict
--FILE--
<?php
$a = [0, "1", 2.5, null, "abc", true, [1, 2]];
var_dump(in_array("0", $a), in_array("1.0", $a), in_array(1, $a, true), in_array("1", $a, true));
var_dump(in_array("abc", [0]), in_array(0, ["abc"]), in_array(null, [0]), in_array(null, [0], true));
var_dump(array_search(2.5, $a), array_search("2.5", $a, true), array_search([1, 2], $a), array_search("zzz", $a));
var_dump(array_search("x", ['a' => 'x', 'b' => 'x']), array_search(1, ['k' => true]));
var_dump(in_array("1e1", ["10"]), in_array("abc", ["ABC"]));
--EXPECT--
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
int(2)
bool(false)
int(5)
int(5)
string(1) "a"
string(1) "k"
bool(true)
bool(false)
