<?php
// Recursive calls: naive Fibonacci.
function fib($n) {
    if ($n < 2) {
        return $n;
    }
    return fib($n - 1) + fib($n - 2);
}
$sum = 0;
for ($i = 0; $i < 7; $i++) {
    $sum += fib(29);
}
echo "fib ", $sum, "\n";
