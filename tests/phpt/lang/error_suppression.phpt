--TEST--
error suppression
--FILE--
<?php
var_dump(error_get_last());
$x = @$undefined;
var_dump(error_get_last());
echo @$arr['nokey'], "|\n";
$e = error_get_last(); echo $e['message'], " type=", $e['type'], " line=", $e['line'], "\n";
error_clear_last();
var_dump(error_get_last());
function noisy() { echo $nope; return 1; }
var_dump(@noisy());
echo $visible;
@trigger_error("silenced user warning", E_USER_WARNING);
echo error_get_last()['message'], "\n";
--EXPECTF--
NULL
array(4) {
  ["type"]=>
  int(2)
  ["message"]=>
  string(29) "Undefined variable $undefined"
  ["file"]=>
  string(%d) "%s"
  ["line"]=>
  int(3)
}
|
Trying to access array offset on value of type null type=2 line=5
NULL
int(1)

Warning: Undefined variable $visible in %s on line 11
silenced user warning
