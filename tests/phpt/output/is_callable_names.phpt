--TEST--
is_callable: syntax-only checks and callable names
--FILE--
<?php
class C { function m() {} static function s() {} private function p() {} function __invoke() {} }
function f() {}
$tests = ['strlen', 'f', 'F', 'nope', 'C::s', 'C::m', 'C::p', 'C::nope', ['C', 's'], [new C, 'm'], [new C, 'p'], [new C, 'x'], new C, fn() => 1, 1, null, [1, 2], ['C'], 'C::', '::s'];
foreach ($tests as $t) {
    echo var_export(is_callable($t), true), ' ', var_export(is_callable($t, true), true), ' ';
    is_callable($t, false, $name);
    echo var_export($name, true), "\n";
}
--EXPECT--
true true 'strlen'
true true 'f'
true true 'F'
false true 'nope'
true true 'C::s'
false true 'C::m'
false true 'C::p'
false true 'C::nope'
true true 'C::s'
true true 'C::m'
false true 'C::p'
false true 'C::x'
true true 'C::__invoke'
true true 'Closure::__invoke'
false false '1'
false false ''
false false 'Array'
false false 'Array'
false true 'C::'
false true '::s'
