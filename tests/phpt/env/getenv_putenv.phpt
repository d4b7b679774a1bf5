--TEST--
getenv and putenv set, read and remove variables
--ENV--
PHPSOCK_ENV_A=hello world
--FILE--
<?php
var_dump(getenv('PHPSOCK_ENV_A'), getenv('PHPSOCK_ENV_MISSING'));
var_dump(putenv('PHPSOCK_ENV_B=bee'), getenv('PHPSOCK_ENV_B'));
var_dump(putenv('PHPSOCK_ENV_B='), getenv('PHPSOCK_ENV_B'));
var_dump(putenv('PHPSOCK_ENV_B'), getenv('PHPSOCK_ENV_B'));
$all = getenv();
var_dump((array) $all === $all, $all['PHPSOCK_ENV_A']);
var_dump(getenv(''), getenv('A=B'));
foreach (['=x', ''] as $bad) {
    try { putenv($bad); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
}
--EXPECT--
string(11) "hello world"
bool(false)
bool(true)
string(3) "bee"
bool(true)
string(0) ""
bool(true)
bool(false)
bool(true)
string(11) "hello world"
bool(false)
bool(false)
putenv(): Argument #1 ($assignment) must have a valid syntax
putenv(): Argument #1 ($assignment) must have a valid syntax
