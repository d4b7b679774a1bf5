--TEST--
pack integer and float codes in every byte order
--FILE--
<?php
function hx($s) { return $s === '' ? '' : unpack('H*', $s)[1]; }
var_dump(hx(pack('cCsSnvlLNV', -1, 255, -2, 65535, 258, 258, -3, 4294967295, 16909060, 16909060)));
var_dump(hx(pack('qQJPiI', -1, 1, 72623859790382856, 72623859790382856, -5, 5)));
var_dump(hx(pack('fgGdeE', 1.5, 1.5, 1.5, 0.1, 0.1, 0.1)));
var_dump(hx(pack('C3', 1, 2, 3)), hx(pack('C*', 1, 2, 3, 4)), hx(pack('n*')), hx(pack('c', 300)), hx(pack('c', 'abc')), hx(pack('d', '1.5x')));
var_dump(hx(pack('N', 1, 2)));
--EXPECTF--
string(52) "fffffeffffff01020201fdffffffffffffff0102030404030201"
string(80) "ffffffffffffffff010000000000000001020304050607080807060504030201fbffffff05000000"
string(72) "0000c03f0000c03f3fc000009a9999999999b93f9a9999999999b93f3fb999999999999a"
string(6) "010203"
string(8) "01020304"
string(0) ""
string(2) "2c"
string(2) "00"
string(16) "000000000000f83f"

Warning: pack(): 1 arguments unused in %s on line 7
string(8) "00000001"
