--TEST--
include/require variants as statements and expressions
--FILE--
<?php

if (false) {
    include 'a.php';
    include_once('b.php');
    require __DIR__ . '/c.php';
    $r = require_once 'd.php';
    $v = (include 'e.php') + 1;
}
echo "parsed\n";
--EXPECT--
parsed
