--TEST--
Attributes on classes, functions, parameters, properties and closures
--FILE--
<?php

if (false) {
    #[Attribute(Attribute::TARGET_ALL)]
    class Marker { public function __construct(public string $v = '') {} }
    #[Marker, Marker('x')]
    #[\Marker(v: 'named')]
    function tagged(#[SensitiveParameter] $secret, #[Marker] int $n = 0) {}
    class WithAttrs {
        #[Marker] public $p;
        #[Marker] const C = 1;
        #[Marker] public function m(#[Marker] $a) {}
    }
    $f = #[Marker] fn($x) => $x;
    $g = #[Marker] static function () {};
}
echo "parsed\n";
--EXPECT--
parsed
