--TEST--
unpack with named keys, repeaters and stars
--FILE--
<?php
$b = pack('NnCa3', 0x01020304, 0x0506, 7, 'xyz');
var_dump(unpack('Nlen/nshort/Cbyte/a3str', $b));
var_dump(unpack('N', $b));
var_dump(unpack('C*', "\x01\x02\x03"));
var_dump(unpack('C2a/Cb', "\x01\x02\x03"));
var_dump(unpack('Cfirst/C*rest', "\x01\x02\x03"));
var_dump(unpack('C1x/C1y', "\x05\x06"));
var_dump(unpack('a2one/a2', "abcd"));
var_dump(unpack('H*h*', "\xab"));
var_dump(unpack('CX2C', "ab"));
var_dump(unpack('', "a"));
--EXPECT--
array(4) {
  ["len"]=>
  int(16909060)
  ["short"]=>
  int(1286)
  ["byte"]=>
  int(7)
  ["str"]=>
  string(3) "xyz"
}
array(1) {
  [1]=>
  int(16909060)
}
array(3) {
  [1]=>
  int(1)
  [2]=>
  int(2)
  [3]=>
  int(3)
}
array(3) {
  ["a1"]=>
  int(1)
  ["a2"]=>
  int(2)
  ["b"]=>
  int(3)
}
array(3) {
  ["first"]=>
  int(1)
  ["rest1"]=>
  int(2)
  ["rest2"]=>
  int(3)
}
array(2) {
  ["x"]=>
  int(5)
  ["y"]=>
  int(6)
}
array(2) {
  ["one"]=>
  string(2) "ab"
  [1]=>
  string(2) "cd"
}
array(1) {
  ["h*"]=>
  string(2) "ab"
}
array(1) {
  ["X2C"]=>
  int(97)
}
array(0) {
}
