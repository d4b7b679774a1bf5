--TEST--
case ...; with a semicolon, and switch: endswitch;
--FILE--
<?php
$v = 2;
switch ($v) {
    case 1;
        echo "one\n";
        break;
    case 2;
        echo "two\n";
        break;
    default;
        echo "default\n";
}
switch ($v):
    case 2:
        echo "alt two\n";
        break;
endswitch;
switch ($v) {;
    case 2: echo "leading semicolon\n";
}
--EXPECT--
two
alt two
leading semicolon
