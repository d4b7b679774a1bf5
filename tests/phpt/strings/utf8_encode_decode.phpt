--TEST--
utf8_encode and utf8_decode convert Latin-1 and are deprecated
--FILE--
<?php
var_dump(utf8_encode("caf\xe9 \xff\x80"), bin2hex(utf8_decode("café ✓ \xff\xc3 x\xe2\x82")), utf8_decode(""), utf8_encode(""));
var_dump(utf8_decode(utf8_encode("round trip \xa9\xae")) === "round trip \xa9\xae");
?>
--EXPECTF--
Deprecated: Function utf8_encode() is deprecated in %s on line 2

Deprecated: Function utf8_decode() is deprecated in %s on line 2

Deprecated: Function utf8_decode() is deprecated in %s on line 2

Deprecated: Function utf8_encode() is deprecated in %s on line 2
string(10) "café ÿ"
string(24) "636166e9203f203f3f20783f"
string(0) ""
string(0) ""

Deprecated: Function utf8_encode() is deprecated in %s on line 3

Deprecated: Function utf8_decode() is deprecated in %s on line 3
bool(true)
