--TEST--
never-returning functions and closures that fall off their end throw TypeError
--FILE--
<?php
function f(): never { }
function g(): never { throw new Exception("g"); }
function h(): never { exit(3); }
try { f(); } catch (TypeError $e) { echo $e->getMessage(), " line ", $e->getLine(), "\n"; }
try { g(); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
$c = function (): never { };
try { $c(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
h();
--EXPECT--
f(): never-returning function must not implicitly return line 2
g
{closure}(): never-returning function must not implicitly return
--EXITCODE--
3
