--TEST--
-l prints compile-time warnings and deprecations before its verdict
--CLI--
-l {FILE}
--FILE--
<?php
echo "\400";
$a = 1;
echo "${a}";
--EXPECTF--
Warning: Octal escape sequence overflow \400 is greater than \377 in %s on line 2

Deprecated: Using ${var} in strings is deprecated, use {$var} instead in %s on line 4
No syntax errors detected in %s
