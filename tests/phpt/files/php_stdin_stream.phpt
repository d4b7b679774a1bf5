--TEST--
php://stdin opened with fopen reads standard input line by line
--STDIN--
x
y

z
--FILE--
<?php
$in = fopen('php://stdin', 'r');
while (($line = fgets($in)) !== false) {
    echo "[", $line, "]";
}
var_dump(feof($in));
--EXPECT--
[x
][y
][
][z
]bool(true)
