--TEST--
strtok tokenizing across calls
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
$tok = strtok("This is\tan example\nstring", " \n\t");
while ($tok !== false) { var_dump($tok); $tok = strtok(" \n\t"); }
var_dump(strtok("/a//b/", "/"), strtok("/"), strtok("/"));
var_dump(strtok("", "x"), strtok("x"));
var_dump(strtok("abc", ""), strtok(""));
var_dump(strtok("a,b", ","), strtok(";"), strtok(";"));
?>
--EXPECT--
string(4) "This"
string(2) "is"
string(2) "an"
string(7) "example"
string(6) "string"
string(1) "a"
string(1) "b"
bool(false)
bool(false)
bool(false)
string(3) "abc"
bool(false)
string(1) "a"
string(1) "b"
bool(false)
