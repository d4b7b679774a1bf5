--TEST--
fopen warnings: missing file, bad mode, unknown wrapper, directory, empty path
--FILE--
<?php
$d = sys_get_temp_dir() . '/phpsock_files_fopen_fail';
var_dump(fopen("$d/nope/none.txt", 'r'));
var_dump(fopen(__FILE__, 'q'));
var_dump(fopen('nope://thing', 'r'));
var_dump(fopen(sys_get_temp_dir(), 'w'));
var_dump(fopen('php://nothing', 'r'));
try {
    fopen('', 'r');
} catch (ValueError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump(@fopen("$d/nope/none.txt", 'r'));
--EXPECTF--
Warning: fopen(/tmp/phpsock_files_fopen_fail/nope/none.txt): Failed to open stream: No such file or directory in %s on line 3
bool(false)

Warning: fopen(%s): Failed to open stream: `q' is not a valid mode for fopen in %s on line 4
bool(false)

Warning: fopen(): Unable to find the wrapper "nope" - did you forget to enable it when you configured PHP? in %s on line 5

Warning: fopen(nope://thing): Failed to open stream: No such file or directory in %s on line 5
bool(false)

Warning: fopen(/tmp): Failed to open stream: Is a directory in %s on line 6
bool(false)

Warning: fopen(): Invalid php:// URL specified in %s on line 7

Warning: fopen(php://nothing): Failed to open stream: operation failed in %s on line 7
bool(false)
ValueError: Path cannot be empty
bool(false)
