--TEST--
An object whose construction fails (the constructor throws, its arguments fail, a private constructor) is never destructed
--FILE--
<?php
class D {
    public function __construct(public int $x) { if ($x > 5) throw new Exception("too big"); }
    public function __destruct() { echo "destruct {$this->x}\n"; }
}
try { new D(9); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
try { $d = new D(7); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
var_dump(isset($d));
try { new D("abc"); } catch (TypeError $e) { echo get_class($e), "\n"; }
try { new D(); } catch (ArgumentCountError $e) { echo get_class($e), "\n"; }
$ok = new D(1);
class E2 extends D { public function __construct() { parent::__construct(10); } }
try { new E2(); } catch (Exception $e) { echo "E2 ", $e->getMessage(), "\n"; }
echo "end\n";
class P2 { private function __construct() {} public function __destruct() { echo "P destruct\n"; } }
try { new P2; } catch (Error $e) { echo $e->getMessage(), "\n"; }
function boom2() { throw new Exception("boom"); }
class Q2 { public function __construct($a) {} public function __destruct() { echo "Q destruct\n"; } }
try { new Q2(boom2()); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
class N2 extends ArrayObject { public function __destruct() { echo "N destruct\n"; } }
try { new N2(5); } catch (TypeError $e) { echo get_class($e), "\n"; }
echo "end\n";
--EXPECT--
too big
too big
bool(false)
TypeError
ArgumentCountError
E2 too big
end
Call to private P2::__construct() from global scope
boom
TypeError
end
destruct 1
