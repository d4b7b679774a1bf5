--TEST--
class_alias: aliases in types, catch, instanceof, is_a, inheritance; errors
--FILE--
<?php
class Orig { } interface IOrig {}
var_dump(class_alias('Orig', 'Alias1'), new Alias1, get_class(new Alias1), new Alias1 instanceof Orig, class_exists('alias1'));
var_dump(class_alias('Orig', 'Alias1'));
var_dump(class_alias('Orig', 'orig'));
var_dump(class_alias('Nope', 'X1'));
var_dump(class_alias('IOrig', 'IAlias'), interface_exists('IAlias'));
class Impl implements IAlias {} var_dump(new Impl instanceof IOrig);
try { class_alias('ArrayAccess', 'AA2'); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(str_rot13('Hello, World! 123'), str_rot13(''));
function f(Alias1 $x): Alias1 { return $x; } var_dump(f(new Orig));
class E1 extends Exception {} class_alias('E1', 'EAlias');
try { throw new E1('caught by alias'); } catch (EAlias $e) { echo $e->getMessage(), "\n"; }
var_dump(is_a(new E1, 'EAlias'), is_subclass_of(new E1, 'Exception'), new E1 instanceof EAlias);
function g(): EAlias { return new E1; } var_dump(get_class(g()));
class Sub extends Alias1 {} var_dump(get_parent_class(new Sub), new Sub instanceof Orig);
--EXPECTF--
bool(true)
object(Orig)#1 (0) {
}
string(4) "Orig"
bool(true)
bool(true)

Warning: Cannot declare class Alias1, because the name is already in use in %s on line 4
bool(false)

Warning: Cannot declare class orig, because the name is already in use in %s on line 5
bool(false)

Warning: Class "Nope" not found in %s on line 6
bool(false)
bool(true)
bool(true)
bool(true)
class_alias(): Argument #1 ($class) must be a user-defined class name, internal class name given
string(17) "Uryyb, Jbeyq! 123"
string(0) ""
object(Orig)#2 (0) {
}
caught by alias
bool(true)
bool(true)
bool(true)
string(2) "E1"
string(4) "Orig"
bool(true)
