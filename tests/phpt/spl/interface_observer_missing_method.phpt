--TEST--
A class implementing SplObserver without update() is a fatal error
--FILE--
<?php
class Watcher implements SplObserver {
    public function notify(): void {}
}
echo "not reached\n";
--EXPECTF--
Fatal error: Class Watcher contains 1 abstract method and must therefore be declared abstract or implement the remaining methods (SplObserver::update) in %s on line 2
--EXITCODE--
255
