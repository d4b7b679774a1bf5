--TEST--
Unclosed '{' reports where it was opened
--FILE--
<?php
function f() {
    if (1) {
        echo 1;
    }
--EXPECTF--
Parse error: Unclosed '{' on line 2 in %s on line 6
--EXITCODE--
255
