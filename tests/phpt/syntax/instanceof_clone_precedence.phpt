--TEST--
instanceof, clone, new and unary operator precedence
--FILE--
<?php

if (false) {
    $a = !$x instanceof Foo;
    $b = clone $x->y;
    $c = -$a ** 2;
    $d = @$arr['k'] ?? 1;
    $e = (clone $x)->y;
    $f = $x instanceof $className;
    $g = ++$arr[0]['k'] + $obj->p++ + Foo::$s--;
}
echo "parsed\n";
--EXPECT--
parsed
