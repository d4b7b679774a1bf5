--TEST--
array_key_exists and key_exists with key types
--FILE--
<?php
$a = ['x' => null, 1 => 'one', '' => 'empty', '08' => 'str'];
var_dump(array_key_exists('x', $a), isset($a['x']), array_key_exists('y', $a));
var_dump(array_key_exists(1, $a), array_key_exists('1', $a), array_key_exists(true, $a));
var_dump(array_key_exists(null, $a), array_key_exists('08', $a), array_key_exists(8, $a));
var_dump(key_exists('x', $a));
var_dump(array_key_exists(1.0, $a));
try { array_key_exists([], $a); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { array_key_exists('x', 'str'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
Illegal offset type
array_key_exists(): Argument #2 ($array) must be of type array, string given
