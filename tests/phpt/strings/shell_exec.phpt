--TEST--
shell_exec and backticks
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump(shell_exec("echo hello"), shell_exec("true"), `printf 'a\nb'`, shell_exec("echo \$((6*7))"));
$x = "world"; var_dump(`echo $x`);
t(fn() => shell_exec(""));
?>
--EXPECT--
string(6) "hello
"
NULL
string(3) "a
b"
string(3) "42
"
string(6) "world
"
ValueError: shell_exec(): Argument #1 ($command) cannot be empty
