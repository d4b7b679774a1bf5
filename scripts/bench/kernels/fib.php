<?php
// Recursive calls: naive Fibonacci.
function fib($n) {
    if ($n < 2) {
        return $n;
    }
    return fib($n - 1) + fib($n - 2);
}
$sum = 0;
for ($i = 0; $i < 3; $i++) {
    $sum += fib(28);
}
echo "fib ", $sum, "\n";
