--TEST--
throw, catch and finally at run time
--FILE--
<?php
function risky($x) { if ($x) throw new InvalidArgumentException("bad $x"); return "fine"; }
try {
    echo risky(0), "\n";
    echo risky(1), "\n";
} catch (TypeError | InvalidArgumentException $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
} finally {
    echo "finally\n";
}
--EXPECT--
fine
InvalidArgumentException: bad 1
finally
