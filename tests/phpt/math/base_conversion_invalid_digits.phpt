--TEST--
invalid digits are ignored with a deprecation
--FILE--
<?php
var_dump(bindec("111x"));
var_dump(hexdec("fg"));
var_dump(octdec("789"));
var_dump(hexdec("-1"));
var_dump(base_convert("-ff", 16, 10));
--EXPECTF--
Deprecated: Invalid characters passed for attempted conversion, these have been ignored in %s on line 2
int(7)

Deprecated: Invalid characters passed for attempted conversion, these have been ignored in %s on line 3
int(15)

Deprecated: Invalid characters passed for attempted conversion, these have been ignored in %s on line 4
int(7)

Deprecated: Invalid characters passed for attempted conversion, these have been ignored in %s on line 5
int(1)

Deprecated: Invalid characters passed for attempted conversion, these have been ignored in %s on line 6
string(3) "255"
