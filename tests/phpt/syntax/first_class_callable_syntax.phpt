--TEST--
Callable creation with (...)
--FILE--
<?php

if (false) {
    $f = strlen(...);
    $g = $obj->method(...);
    $h = Foo::staticMethod(...);
    $i = $closure(...);
}
echo "parsed\n";
--EXPECT--
parsed
