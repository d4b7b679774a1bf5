--TEST--
var_export: circular references warn and export NULL
--FILE--
<?php
$o = new stdClass;
$o->self = $o;
var_export($o);
echo "\n";
$a = [1];
$a[] = &$a;
var_export($a);
echo "\n";
--EXPECTF--
Warning: var_export does not handle circular references in %s on line 4
(object) array(
   'self' => NULL,
)

Warning: var_export does not handle circular references in %s on line 8
array (
  0 => 1,
  1 => NULL,
)
