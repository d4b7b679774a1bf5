--TEST--
fgets with a length limit splits long lines
--FILE--
<?php
$m = fopen('php://memory', 'w+');
fwrite($m, "abcdef\ngh\n");
rewind($m);
var_dump(fgets($m, 1));
var_dump(fgets($m, 2));
var_dump(fgets($m, 4));
var_dump(fgets($m, 100));
var_dump(fgets($m, 3));
var_dump(fgets($m, 3));
var_dump(fgets($m));
--EXPECT--
bool(false)
string(1) "a"
string(3) "bcd"
string(3) "ef
"
string(2) "gh"
string(1) "
"
bool(false)
