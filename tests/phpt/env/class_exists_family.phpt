--TEST--
class_exists, interface_exists, enum_exists, trait_exists, function_exists
--FILE--
<?php
interface I {}
class A implements I {}
enum E { case X; }
trait T {}
function f() {}
var_dump(class_exists('A'), class_exists('a'), class_exists('I'), class_exists('E'), class_exists('T'), class_exists('Nope'));
var_dump(interface_exists('I'), interface_exists('A'));
var_dump(enum_exists('E'), enum_exists('A'), enum_exists('Nope'));
var_dump(trait_exists('T'), trait_exists('A'));
var_dump(function_exists('f'), function_exists('F'), function_exists('strlen'), function_exists('nope'));
--EXPECT--
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
