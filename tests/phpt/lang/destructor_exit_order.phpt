--TEST--
destructor exit order
--FILE--
<?php
class D { public function __construct(public $n) {} public function __destruct() { echo "destruct {$this->n}\n"; } }
$a = new D("a");
$b = new D("b");
$c = new D("c");
$b2 = $b;
function make() { static $keep; $keep = new D("static"); }
make();
$arr = ['k' => new D("in array")];
register_shutdown_function(function () { echo "shutdown function\n"; });
echo "end of main\n";
--EXPECTF--
end of main
shutdown function
destruct c
destruct a
destruct b
destruct static
destruct in array
