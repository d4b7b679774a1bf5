--TEST--
method_exists and property_exists with visibility, statics and dynamic properties
--FILE--
<?php
class A {
    public $a = 1;
    protected $b = 2;
    private $c = 3;
    public static $s = 9;
    function pub() {}
    private function priv() {}
    static function st() {}
}
class B extends A {
    public $d;
}
$b = new B;
$o = new stdClass;
$o->dyn = 1;
var_dump(method_exists($b, 'pub'), method_exists($b, 'PRIV'), method_exists('B', 'st'), method_exists('B', 'nope'), method_exists('Nope', 'x'));
var_dump(property_exists('A', 'c'), property_exists('B', 'c'), property_exists('B', 'b'), property_exists($b, 'd'), property_exists('A', 's'), property_exists('Nope', 'a'));
var_dump(property_exists($o, 'dyn'), property_exists('stdClass', 'dyn'));
try { method_exists(1, 'x'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { property_exists(null, 'x'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
method_exists(): Argument #1 ($object_or_class) must be of type object|string, int given
property_exists(): Argument #1 ($object_or_class) must be of type object|string, null given
