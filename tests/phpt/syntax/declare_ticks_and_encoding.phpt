--TEST--
declare(ticks) with a block, enddeclare and a statement
--FILE--
<?php

declare(ticks=1) {
    $a = 1;
}
declare(ticks=1):
    $b = 2;
enddeclare;
declare(ticks=1);
echo "parsed\n";
--EXPECT--
parsed
