--TEST--
Top-level functions can be called before their declaration
--FILE--
<?php
echo later(2), "\n";
function later($x) { return $x * 21; }
--EXPECT--
42
