--TEST--
get_called_class with late static binding
--FILE--
<?php
class A {
    static function who() { return get_called_class(); }
    function me() { return get_called_class(); }
}
class B extends A {}
var_dump(A::who(), B::who(), (new B)->me());
try {
    get_called_class();
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
--EXPECT--
string(1) "A"
string(1) "B"
string(1) "B"
Error: get_called_class() must be called from within a class
