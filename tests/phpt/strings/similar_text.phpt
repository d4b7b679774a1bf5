--TEST--
similar_text with the percentage by reference
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump(similar_text("World", "Word", $p), $p);
var_dump(similar_text("Hello", "World", $p), $p);
var_dump(similar_text("", "", $p), $p);
var_dump(similar_text("abc", "", $p), $p);
var_dump(similar_text("bafoobar", "barfoo"), similar_text("barfoo", "bafoobar"), similar_text("PHP IS GREAT", "WITH MYSQL", $p), $p);
?>
--EXPECT--
int(4)
float(88.88888888888889)
int(1)
float(20)
int(0)
float(0)
int(0)
float(0)
int(5)
int(3)
int(3)
float(27.272727272727273)
