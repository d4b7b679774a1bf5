--TEST--
new forms, member, static, nullsafe and class-name access
--FILE--
<?php

if (false) {
    $a = new Foo;
    $b = new Foo(1, 2);
    $c = new $className();
    $d = new (trim(' Foo '));
    $e = new class(1) extends Base implements I { public function __construct(public $v) {} };
    $f = (new Foo)->method()->prop;
    $g = $obj?->a?->b()?->c;
    $h = Foo::CONST . Foo::$static . Foo::method() . $obj::class . Foo::class;
    $i = static::create() ?? self::$x ?? parent::y();
    $j = $obj->$name . $obj->{'prop' . 1} . $obj->$name();
    $k = $class::$prop[0] . $class::{$m}();
    $l = clone $obj;
    $m = $obj instanceof Foo && !$obj instanceof Bar;
    $n = [$obj, 'method'](1);
    $o = 'strlen'('x');
    $p = Foo::{'dyn'}();
    $q = (new Foo())?->x ?? null;
}
echo "parsed\n";
--EXPECT--
parsed
