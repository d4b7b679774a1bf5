--TEST--
gettype and get_debug_type for every type
--FILE--
<?php
foreach ([1, 1.0, "s", null, [], new stdClass, false, fn() => 1, new class {}] as $v) {
    echo gettype($v), " / ", get_debug_type($v), "\n";
}
class Foo {}
echo get_debug_type(new Foo), "\n";
--EXPECT--
integer / int
double / float
string / string
NULL / null
array / array
object / stdClass
boolean / bool
object / Closure
object / class@anonymous
Foo
