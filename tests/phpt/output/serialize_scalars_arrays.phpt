--TEST--
serialize: scalars, floats, nested arrays
--FILE--
<?php
foreach ([null, true, false, 0, -5, 1.5, -0.0, 0.1, 1e100, INF, -INF, NAN, "", "é", "a\"b", [], [1, 'a' => [true]], [5 => 1, -1 => 2]] as $v) {
    echo serialize($v), "\n";
}
--EXPECT--
N;
b:1;
b:0;
i:0;
i:-5;
d:1.5;
d:-0;
d:0.1;
d:1.0E+100;
d:INF;
d:-INF;
d:NAN;
s:0:"";
s:2:"é";
s:3:"a"b";
a:0:{}
a:2:{i:0;i:1;s:1:"a";a:1:{i:0;b:1;}}
a:2:{i:5;i:1;i:-1;i:2;}
