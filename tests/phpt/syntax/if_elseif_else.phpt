--TEST--
if / elseif / else chains
--FILE--
<?php
foreach ([1, 2, 3] as $n) {
    if ($n == 1) {
        echo "one\n";
    } elseif ($n == 2) {
        echo "two\n";
    } else {
        echo "other\n";
    }
}
if (true) echo "no braces\n";
if (false) echo "x\n"; else echo "else without braces\n";
if (false) { } else if (true) { echo "else if\n"; }
--EXPECT--
one
two
other
no braces
else without braces
else if
