--TEST--
Recursive functions
--FILE--
<?php
function fact($n) { return $n <= 1 ? 1 : $n * fact($n - 1); }
function fib($n) { if ($n < 2) { return $n; } return fib($n - 1) + fib($n - 2); }
echo fact(10), " ", fib(15), "\n";
function countdown($n) { if ($n < 0) return; echo $n; countdown($n - 1); }
countdown(5);
echo "\n";
--EXPECT--
3628800 610
543210
