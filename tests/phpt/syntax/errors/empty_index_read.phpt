--TEST--
Cannot use [] for reading
--FILE--
<?php
$a = [];
echo $a[];
--EXPECTF--
Fatal error: Cannot use [] for reading in %s on line 3
--EXITCODE--
255
