--TEST--
At shutdown, shutdown functions and destructors are called internally: traces show [internal function]
--FILE--
<?php
register_shutdown_function(function () { debug_print_backtrace(); echo "---\n"; print_r(array_map(fn($f) => ($f['file'] ?? '[internal]') . ' ' . $f['function'], debug_backtrace())); });
register_shutdown_function('var_dump', 1);
class W { function __destruct() { (function () { debug_print_backtrace(); })(); } }
$w = new W;
function k() { $GLOBALS['w2'] = new W; }
k();
echo "end\n";
--EXPECTF--
end
#0 [internal function]: {closure}()
---
Array
(
    [0] => [internal] {closure}
)
int(1)
#0 %s(4): W->{closure}()
#1 [internal function]: W->__destruct()
#0 %s(4): W->{closure}()
#1 [internal function]: W->__destruct()
