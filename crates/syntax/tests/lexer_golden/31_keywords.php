<?php
FUNCTION f() { RETURN NULL; } Exit; die(1); yield; yield from $g; yield
	FROM $h; yield fromage; Enum Foo {} enum extends; enum implementsX; enum(1); enum
; $o->class; $o?->list; $o-> function; $o->/**/class; Foo::class;
__LINE__; __file__; __DIR__; __FUNCTION__; __CLASS__; __METHOD__; __NAMESPACE__; __TRAIT__;
readonly class C {} readonly(); readonly /* c */ (); true; self;
