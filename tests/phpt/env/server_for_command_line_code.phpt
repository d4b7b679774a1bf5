--TEST--
$_SERVER for -r code
--CLI--
-r "var_dump(\$_SERVER['PHP_SELF'], \$_SERVER['SCRIPT_FILENAME'], \$_SERVER['argv']);" -- x
--FILE--
<?php

--EXPECT--
string(19) "Standard input code"
string(0) ""
array(2) {
  [0]=>
  string(19) "Standard input code"
  [1]=>
  string(1) "x"
}
