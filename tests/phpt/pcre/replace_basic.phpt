--TEST--
preg_replace: references \1 $1 ${1}, literal text, missing groups
--FILE--
<?php
var_dump(preg_replace('/(\w+) (\w+)/', '$2 $1', 'hello world'));
var_dump(preg_replace('/(\w+) (\w+)/', '\2-\1', 'hello world'));
var_dump(preg_replace('/(\d)/', '${1}0', 'a1b2'));
var_dump(preg_replace('/(\d)/', '$10', 'a1b2'));
var_dump(preg_replace('/(\d)/', '\\\\1', 'a1'));
var_dump(preg_replace('/(\d)/', '$', 'a1'));
var_dump(preg_replace('/(\d)/', '\\', 'a1'));
var_dump(preg_replace('/(\d)/', '${1', 'a1'));
var_dump(preg_replace('/(\d)/', '$a \\x ${x}', 'a1'));
var_dump(preg_replace('/(a)(x)?/', '[$2|$1|$3|$0]', 'ab'));
var_dump(preg_replace('/(?<w>o)/', '<${1}>', 'foo'));
var_dump(preg_replace('/b/', 'X', 'abc', -1, $c), $c);
var_dump(preg_replace('/z/', 'X', 'abc', -1, $c), $c);
var_dump(preg_replace('/a/i', 'b', 'AaAa'));
--EXPECT--
string(11) "world hello"
string(11) "world-hello"
string(6) "a10b20"
string(2) "ab"
string(3) "a\1"
string(2) "a$"
string(2) "a\"
string(4) "a${1"
string(11) "a$a \x ${x}"
string(8) "[|a||a]b"
string(7) "f<o><o>"
string(3) "aXc"
int(1)
string(3) "abc"
int(0)
string(4) "bbbb"
