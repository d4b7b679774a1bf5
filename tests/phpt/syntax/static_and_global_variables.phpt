--TEST--
static variables in functions and global statements
--FILE--
<?php
function counter() {
    static $n = 0, $m = 10;
    $n++;
    return "$n/$m";
}
echo counter(), " ", counter(), "\n";
$g = 'global value';
function readGlobal() {
    global $g, $other;
    return $g;
}
echo readGlobal(), "\n";
--EXPECT--
1/10 2/10
global value
