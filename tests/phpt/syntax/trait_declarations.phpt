--TEST--
Traits, use with insteadof/as, abstract and static members
--FILE--
<?php

if (false) {
    trait Hello { public function hi() { return 'hi'; } abstract public function name(): string; public static $shared = 1; }
    trait World { public function hi() { return 'world'; } protected function w() {} }
    class Greeter {
        use Hello, World {
            Hello::hi insteadof World;
            World::hi as protected worldHi;
            w as public;
        }
        use Hello;
        public function name(): string { return 'g'; }
    }
}
echo "parsed\n";
--EXPECT--
parsed
