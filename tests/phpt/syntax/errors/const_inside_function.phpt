--TEST--
const statements are not allowed in functions
--FILE--
<?php
function f() {
    const X = 1;
}
--EXPECTF--
Parse error: syntax error, unexpected token "const" in %s on line 3
--EXITCODE--
255
