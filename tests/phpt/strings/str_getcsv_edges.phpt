--TEST--
str_getcsv edge cases: lone enclosures, escapes at the end, line ends inside fields
--FILE--
<?php
function show(array $fields) {
    $out = [];
    foreach ($fields as $f) { $out[] = $f === null ? "NULL" : bin2hex($f); }
    echo implode(" | ", $out), "\n";
}
show(str_getcsv('"'));
show(str_getcsv("\"\n"));
show(str_getcsv('a,"'));
show(str_getcsv('"a\\'));
show(str_getcsv("\"a\\\n"));
show(str_getcsv('""'));
show(str_getcsv('"",'));
show(str_getcsv("\"a\r\nb\",c\r\n"));
show(str_getcsv("\n"));
show(str_getcsv("\r\n"));
show(str_getcsv(" \t\"x\" "));
show(str_getcsv('"a"b"c"'));
show(str_getcsv("a;b", ""));
show(str_getcsv("'a;b';c", ";;", "''"));
?>
--EXPECT--
00
0a0a
61 | 00
615c
615c0a

 | 
610d0a62 | 63
NULL
NULL
7820
6162226322
613b62
613b62 | 63
