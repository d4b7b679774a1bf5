--TEST--
The ENV section sets environment variables for the script
--ENV--
PHPSOCK_TEST_VALUE=hello there
--FILE--
<?php
var_dump(getenv('PHPSOCK_TEST_VALUE'));
--EXPECT--
string(11) "hello there"
