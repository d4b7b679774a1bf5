--TEST--
$_SERVER keys in the CLI, visible inside functions
--ENV--
PHPSOCK_SRV=srv
--ARGS--
one two
--FILE--
<?php
var_dump(count($_SERVER['argv']), $_SERVER['argv'][0] === __FILE__, $_SERVER['argv'][1], $_SERVER['argv'][2], $_SERVER['argc']);
var_dump($_SERVER['PHP_SELF'] === __FILE__, $_SERVER['SCRIPT_NAME'] === __FILE__, $_SERVER['SCRIPT_FILENAME'] === __FILE__, $_SERVER['PATH_TRANSLATED'] === __FILE__, $_SERVER['DOCUMENT_ROOT']);
var_dump($_SERVER['REQUEST_TIME'] === (int) $_SERVER['REQUEST_TIME'], $_SERVER['REQUEST_TIME_FLOAT'] === (float) $_SERVER['REQUEST_TIME_FLOAT'], time() - $_SERVER['REQUEST_TIME'] < 5);
var_dump($_SERVER['PHPSOCK_SRV'], $_ENV['PHPSOCK_SRV']);
function f() {
    $_SERVER['added'] = 1;
    return $_SERVER['argc'];
}
var_dump(f(), $_SERVER['added']);
var_dump($_GET, $_POST, $_COOKIE, $_FILES, $_REQUEST, isset($_SESSION));
--EXPECT--
int(3)
bool(true)
string(3) "one"
string(3) "two"
int(3)
bool(true)
bool(true)
bool(true)
bool(true)
string(0) ""
bool(true)
bool(true)
bool(true)
string(3) "srv"
string(3) "srv"
int(3)
int(1)
array(0) {
}
array(0) {
}
array(0) {
}
array(0) {
}
array(0) {
}
bool(false)
