--TEST--
Parameter and return types: nullable, union, intersection-free, void, static, mixed
--FILE--
<?php
function f(int $a, ?string $b = null, int|float $c = 1.5, mixed $d = null, bool ...$rest): ?int { return $a; }
function g(): void { }
function h(array $a = [], callable $c = null, iterable $i = []): array|false { return $a; }
function k(?Closure $x = null): never { exit; }
echo f(3), "\n";
var_dump(g());
echo "ok\n";
--EXPECT--
3
NULL
ok
