--TEST--
switch with fall-through, default in the middle and break
--FILE--
<?php
foreach ([1, 2, 3, 'x'] as $v) {
    switch ($v) {
        case 1:
            echo "one ";
        case 2:
            echo "one-or-two\n";
            break;
        default:
            echo "default\n";
            break;
        case 3:
            echo "three\n";
    }
}
switch (true) { }
--EXPECT--
one one-or-two
one-or-two
three
default
