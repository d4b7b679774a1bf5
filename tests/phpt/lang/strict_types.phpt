--TEST--
strict types
--FILE--
<?php
declare(strict_types=1);
function i(int $x) { return $x; }
function fl(float $x) { return $x; }
var_dump(fl(5));
foreach (["5", 5.0, true, null] as $arg) {
    try { i($arg); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
}
function r(): int { return "5"; }
try { r(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { strlen(5); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { str_repeat("a", "3"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(str_repeat("ab", 2));
$f = fn(int $x): int => $x * 2;
try { $f("2"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
class P { public int $n = 0; }
$p = new P;
try { $p->n = "5"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
float(5)
i(): Argument #1 ($x) must be of type int, string given, called in %s on line 7
i(): Argument #1 ($x) must be of type int, float given, called in %s on line 7
i(): Argument #1 ($x) must be of type int, bool given, called in %s on line 7
i(): Argument #1 ($x) must be of type int, null given, called in %s on line 7
r(): Return value must be of type int, string returned
strlen(): Argument #1 ($string) must be of type string, int given
str_repeat(): Argument #2 ($times) must be of type int, string given
string(4) "abab"
{closure}(): Argument #1 ($x) must be of type int, string given, called in %s on line 15
Cannot assign string to property P::$n of type int
