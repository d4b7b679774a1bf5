--TEST--
unpack short input, offsets and bad codes
--FILE--
<?php
var_dump(unpack('Na', "\x00\x00"));
var_dump(unpack('N', ""));
var_dump(unpack('a', ""));
var_dump(unpack('n2', "\x00\x01"));
var_dump(unpack('N', "\x00\x00\x00\x05xx", 2));
var_dump(unpack('@5C', "ab"));
try { unpack('N', "\x00\x00\x00\x05", 5); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { unpack('N', "\x00\x00\x00\x05", -1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { unpack('Y', "ab"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
Warning: unpack(): Type N: not enough input, need 4, have 2 in %s on line 2
bool(false)

Warning: unpack(): Type N: not enough input, need 4, have 0 in %s on line 3
bool(false)

Warning: unpack(): Type a: not enough input, need 1, have 0 in %s on line 4
bool(false)

Warning: unpack(): Type n: not enough input, need 2, have 0 in %s on line 5
bool(false)
array(1) {
  [1]=>
  int(358520)
}

Warning: unpack(): Type @: outside of string in %s on line 7
array(0) {
}
unpack(): Argument #3 ($offset) must be contained in argument #2 ($data)
unpack(): Argument #3 ($offset) must be contained in argument #2 ($data)
Invalid format type Y
