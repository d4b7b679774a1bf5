--TEST--
Interfaces extending several interfaces, with constants
--FILE--
<?php

if (false) {
    interface HasArea { const UNIT = 'cm'; public function area(): float; }
    interface Named { public static function name(): string; }
    interface Both extends HasArea, Named, \Countable { }
}
echo "parsed\n";
--EXPECT--
parsed
