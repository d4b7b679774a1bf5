--TEST--
A concrete class missing one of SplSubject's methods is a fatal error
--FILE--
<?php
abstract class Base implements SplSubject {
    public function notify(): void {}
}
class Concrete extends Base {
    public function attach(SplObserver $o): void {}
}
--EXPECTF--
Fatal error: Class Concrete contains 1 abstract method and must therefore be declared abstract or implement the remaining methods (SplSubject::detach) in %s on line 5
--EXITCODE--
255
