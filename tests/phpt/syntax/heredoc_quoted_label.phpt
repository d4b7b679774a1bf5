--TEST--
<<<"LABEL" behaves like <<<LABEL
--FILE--
<?php
$x = 5;
echo <<<"END"
x is $x
END;
echo "\n";
--EXPECT--
x is 5
