--TEST--
type coercion weak
--FILE--
<?php
function i(int $x) { var_dump($x); }
function fl(float $x) { var_dump($x); }
function s(string $x) { var_dump($x); }
function b(bool $x) { var_dump($x); }
function n(?int $x) { var_dump($x); }
function u(int|string $x) { var_dump($x); }
i("42"); i(7.0); i(true); fl(5); fl("1.5"); s(12); s(1.5); s(true); b(0); b("a"); n(null); u(1.5); u("x");
i(7.5);
foreach (['i' => "abc", 'i2' => [], 'fl' => "x", 's' => [], 'b' => new stdClass, 'n' => "1.5x"] as $fn => $arg) {
    $fn = $fn === "i2" ? "i" : $fn;
    try { $fn($arg); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
function r(): int { return "5"; }
var_dump(r());
function r2(): int { return "five"; }
try { r2(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function r3(): void { return; }
var_dump(r3());
function r4(): ?string { return null; }
var_dump(r4());
--EXPECTF--
int(42)
int(7)
int(1)
float(5)
float(1.5)
string(2) "12"
string(3) "1.5"
string(1) "1"
bool(false)
bool(true)
NULL

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 7
int(1)
string(1) "x"

Deprecated: Implicit conversion from float 7.5 to int loses precision in %s on line 2
int(7)
TypeError: i(): Argument #1 ($x) must be of type int, string given, called in %s on line 12
TypeError: i(): Argument #1 ($x) must be of type int, array given, called in %s on line 12
TypeError: fl(): Argument #1 ($x) must be of type float, string given, called in %s on line 12
TypeError: s(): Argument #1 ($x) must be of type string, array given, called in %s on line 12
TypeError: b(): Argument #1 ($x) must be of type bool, stdClass given, called in %s on line 12
TypeError: n(): Argument #1 ($x) must be of type ?int, string given, called in %s on line 12
int(5)
r2(): Return value must be of type int, string returned
NULL
NULL
