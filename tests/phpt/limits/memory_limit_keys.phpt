--TEST--
memory_limit: keyed array writes and concatenation in an expression
--INI--
memory_limit=3M
--FILE--
<?php
$a = [];
$s = 'ab';
try {
    for ($i = 0; ; $i++) {
        $a["k$i"] = $i;
    }
} finally {
    echo "no finally after a fatal error\n";
}
--EXPECTF--
Fatal error: Allowed memory size of 3145728 bytes exhausted (tried to allocate %d bytes) in %s on line %d
--EXITCODE--
255
