--TEST--
Keywords, true/false/null and function names are case-insensitive
--FILE--
<?php
FUNCTION Twice($x) { RETURN $x * 2; }
IF (TRUE) { ECHO twice(2), "\n"; } ELSE { echo "no\n"; }
$i = 0;
WHILE ($i < 2) { Echo $i++; }
echo "\n";
var_dump(NULL, False, tRuE);
FOR ($j = 0; $j < 2; $j++): PRINT $j; ENDFOR;
echo "\n";
--EXPECT--
4
01
NULL
bool(false)
bool(true)
01
