--TEST--
memory_limit ends a function appending to a local array without bound
--FILE--
<?php
ini_set('memory_limit', '4M');
function grow() {
    $a = [];
    for ($i = 0; ; $i++) {
        $a[] = $i;
        $a["k$i"] = $i;
    }
}
grow();
--EXPECTF--
Fatal error: Allowed memory size of 4194304 bytes exhausted (tried to allocate %d bytes) in %s on line %d
