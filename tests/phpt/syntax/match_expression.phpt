--TEST--
match with several conditions per arm, default and trailing comma
--FILE--
<?php
foreach ([1, 2, 3, 4, 'a'] as $v) {
    echo match ($v) {
        1, 2 => "small",
        3 => "three",
        'a' => "letter",
        default => "other",
    }, "\n";
}
$x = 7;
echo match (true) { $x < 5 => "lt5", $x < 10 => "lt10", default => "big" }, "\n";
echo match (1) { 1 => 'no trailing comma' }, "\n";
--EXPECT--
small
small
three
other
letter
lt10
no trailing comma
