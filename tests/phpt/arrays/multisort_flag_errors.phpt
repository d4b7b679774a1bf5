--TEST--
array_multisort: flags before any array, invalid flags, repeated flags
--FILE--
<?php
foreach ([[5], [3], [4], [99], [SORT_DESC], [[1], 4, 4], [[1], 1, 2], [[1], "x"], ["x"]] as $args) {
  try { $a = $args[0]; $r = array_slice($args, 1); array_multisort($a, ...$r); echo "ok\n"; } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
--EXPECTF--
TypeError: array_multisort(): Argument #1 ($array) must be an array or a sort flag that has not already been specified
TypeError: array_multisort(): Argument #1 ($array) must be an array or a sort flag that has not already been specified
TypeError: array_multisort(): Argument #1 ($array) must be an array or a sort flag that has not already been specified
ValueError: array_multisort(): Argument #1 ($array) must be a valid sort flag
TypeError: array_multisort(): Argument #1 ($array) must be an array or a sort flag that has not already been specified
TypeError: array_multisort(): Argument #3 must be an array or a sort flag that has not already been specified
TypeError: array_multisort(): Argument #3 must be an array or a sort flag that has not already been specified
TypeError: array_multisort(): Argument #2 must be an array or a sort flag
TypeError: array_multisort(): Argument #1 ($array) must be an array or a sort flag
