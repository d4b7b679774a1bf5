--TEST--
yield, yield with keys, yield as an expression and yield from
--FILE--
<?php

function gen() {
    yield;
    yield 1;
    yield 'k' => 'v';
    $received = yield 2;
    $x = (yield 3) + 1;
    yield from [4, 5];
    yield from other();
    return 6;
}
function other() { yield 7; }
function inCall() { var_dump(yield, yield 1 => 2); }
echo "parsed\n";
--EXPECT--
parsed
