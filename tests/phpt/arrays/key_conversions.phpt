--TEST--
keys from iterators, array_column, array_combine and array_fill_keys; bool comparators
--FILE--
<?php
class It2 implements Iterator { private $i = 0; function __construct(private $a, private $k) {} function current(): mixed { return $this->a[$this->i]; } function key(): mixed { return $this->k; } function next(): void { $this->i++; } function rewind(): void { $this->i = 0; } function valid(): bool { return $this->i < count($this->a); } }
function t($f) { try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }
t(fn() => iterator_to_array(new It2([1, 2], [1])));
t(fn() => iterator_to_array(new It2([1, 2], 1.5)));
t(fn() => iterator_to_array(new It2([1, 2], null)));
t(fn() => iterator_to_array(new It2([1, 2], true)));
t(fn() => iterator_to_array(new It2([1, 2], new stdClass)));
t(fn() => array_column([['a' => 1, 'k' => [1]]], 'a', 'k'));
t(fn() => array_column([['a' => 1, 'k' => 1.5]], 'a', 'k'));
t(fn() => array_column([['a' => 1, 'k' => null]], 'a', 'k'));
t(fn() => array_key_exists(1.5, [1 => 1]));
t(fn() => array_key_exists(new stdClass, [1 => 1]));
t(fn() => array_combine([[1]], [1]));
t(fn() => array_fill_keys([null, 1.5], 0));
$a = [3, 1, 2];
t(function () use ($a) { usort($a, fn($x, $y) => $x > $y); return $a; });
t(function () use ($a) { usort($a, fn($x, $y) => $x < $y); return $a; });
--EXPECTF--
TypeError: Illegal offset type

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 5

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 5
array(1) {
  [1]=>
  int(2)
}
array(1) {
  [""]=>
  int(2)
}
array(1) {
  [1]=>
  int(2)
}
TypeError: Illegal offset type
TypeError: Illegal offset type

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 10
array(1) {
  [1]=>
  int(1)
}
array(1) {
  [""]=>
  int(1)
}

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 12
bool(true)
TypeError: Illegal offset type

Warning: Array to string conversion in %s on line 14
array(1) {
  ["Array"]=>
  int(1)
}
array(2) {
  [""]=>
  int(0)
  ["1.5"]=>
  int(0)
}

Deprecated: usort(): Returning bool from comparison function is deprecated, return an integer less than, equal to, or greater than zero in %s on line 17
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}

Deprecated: usort(): Returning bool from comparison function is deprecated, return an integer less than, equal to, or greater than zero in %s on line 18
array(3) {
  [0]=>
  int(3)
  [1]=>
  int(2)
  [2]=>
  int(1)
}
