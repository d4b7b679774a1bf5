--TEST--
The memory-exhausted message names the memory_limit in force
--INI--
memory_limit=64M
--FILE--
<?php
class Walker {
    public function walk(int $depth) { return $this->walk($depth + 1); }
}
(new Walker)->walk(0);
--EXPECTF--
Fatal error: Allowed memory size of 67108864 bytes exhausted (tried to allocate 2097152 bytes) in %s on line 3
--EXITCODE--
255
