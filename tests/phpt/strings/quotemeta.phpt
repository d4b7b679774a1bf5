--TEST--
quotemeta
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump(quotemeta("1+1=2?"), quotemeta("a.b*c[d]^e$f(g)\\h"), quotemeta(""), quotemeta("plain"));
?>
--EXPECTF--
Warning: Undefined variable $f in %s on line 5
string(8) "1\+1=2\?"
string(23) "a\.b\*c\[d\]\^e\(g\)\\h"
string(0) ""
string(5) "plain"
