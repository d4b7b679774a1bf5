--TEST--
Functions declared inside functions and conditionally
--FILE--
<?php
function outer() {
    function inner() { return "inner"; }
    return "outer";
}
echo outer(), " ", inner(), "\n";
if (true) {
    function cond() { return "cond"; }
}
echo cond(), "\n";
--EXPECT--
outer inner
cond
