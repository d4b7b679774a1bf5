--TEST--
reading STDIN with fgets, fread, feof and stream_get_contents
--STDIN--
first line
abcdef
last
--FILE--
<?php
var_dump(fgets(STDIN));
var_dump(fread(STDIN, 3));
var_dump(fgetc(STDIN));
var_dump(feof(STDIN));
var_dump(stream_get_contents(STDIN));
var_dump(feof(STDIN), fgets(STDIN));
--EXPECT--
string(11) "first line
"
string(3) "abc"
string(1) "d"
bool(false)
string(8) "ef
last
"
bool(true)
bool(false)
