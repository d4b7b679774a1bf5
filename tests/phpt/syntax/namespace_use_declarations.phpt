--TEST--
use for classes, functions and constants, aliases and group use
--FILE--
<?php

use Foo\Bar;
use Foo\Baz as Qux, Other\Thing;
use function Foo\helper;
use function Foo\helper2 as h2;
use const Foo\LIMIT;
use Foo\{A, B\C as D, function f, const E};
use function Foo\Funcs\{g, h};
if (false) {
    new Bar; new \Fully\Qualified; new namespace\Relative; Qualified\Name::x(); \strlen('x');
}
echo "parsed\n";
--EXPECT--
parsed
