--TEST--
nl2br with each line ending
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump(nl2br("a\nb"), nl2br("a\r\nb"), nl2br("a\n\rb"), nl2br("a\rb"), nl2br("a\n\nb"), nl2br("a\r\n\r\nb", false), nl2br(""), nl2br("x\n"));
?>
--EXPECT--
string(9) "a<br />
b"
string(10) "a<br />
b"
string(10) "a<br />
b"
string(9) "a<br />b"
string(16) "a<br />
<br />
b"
string(14) "a<br>
<br>
b"
string(0) ""
string(8) "x<br />
"
