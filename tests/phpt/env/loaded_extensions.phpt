--TEST--
extension_loaded and get_loaded_extensions name the extensions socket scripts check for
--FILE--
<?php
foreach (['sockets', 'SOCKETS', 'json', 'pcre', 'date', 'hash', 'SPL', 'standard', 'Core', 'pcntl', 'no_such_ext'] as $e) {
    echo $e, ': ', var_export(extension_loaded($e), true), "\n";
}
$all = get_loaded_extensions();
echo $all[0], "\n";
foreach (['sockets', 'standard', 'date', 'json', 'pcre', 'SPL'] as $e) {
    echo $e, ' listed: ', var_export(in_array($e, $all, true), true), "\n";
}
var_dump(get_loaded_extensions(true));
if (!extension_loaded('sockets')) {
    die("The sockets extension is not loaded.\n");
}
echo "ok\n";
--EXPECT--
sockets: true
SOCKETS: true
json: true
pcre: true
date: true
hash: true
SPL: true
standard: true
Core: true
pcntl: true
no_such_ext: false
Core
sockets listed: true
standard listed: true
date listed: true
json listed: true
pcre listed: true
SPL listed: true
array(0) {
}
ok
