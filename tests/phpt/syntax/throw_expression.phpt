--TEST--
throw used as an expression (PHP 8)
--FILE--
<?php

if (false) {
    $v = $x ?? throw new Exception('missing');
    $f = fn() => throw new LogicException();
    $w = $y ?: throw new RuntimeException();
    $z = $ok ? 1 : throw new Error();
}
echo "parsed\n";
--EXPECT--
parsed
