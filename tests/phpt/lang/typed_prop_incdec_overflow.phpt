--TEST--
++/-- overflowing typed integer properties
--FILE--
<?php
// ++/-- overflowing integer properties: typed ones without float throw, others become floats.
class TI { public int $n = PHP_INT_MIN; public int|string $u = PHP_INT_MAX; public ?int $m = PHP_INT_MAX; public int|float $f = PHP_INT_MAX; }
$t = new TI;
try { $t->n--; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { --$t->n; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $t->u++; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { ++$t->m; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$t->f++;
var_dump($t);
class M { public mixed $x = PHP_INT_MAX; public $y = PHP_INT_MIN; }
$m = new M; $m->x++; $m->y--; var_dump($m);
--EXPECT--
Cannot decrement property TI::$n of type int past its minimal value
Cannot decrement property TI::$n of type int past its minimal value
Cannot increment property TI::$u of type string|int past its maximal value
Cannot increment property TI::$m of type ?int past its maximal value
object(TI)#1 (4) {
  ["n"]=>
  int(-9223372036854775808)
  ["u"]=>
  int(9223372036854775807)
  ["m"]=>
  int(9223372036854775807)
  ["f"]=>
  float(9.223372036854776E+18)
}
object(M)#2 (2) {
  ["x"]=>
  float(9.223372036854776E+18)
  ["y"]=>
  float(-9.223372036854776E+18)
}
