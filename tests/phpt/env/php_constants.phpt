--TEST--
PHP_* version, OS, integer and float constants
--FILE--
<?php
var_dump(PHP_VERSION, PHP_MAJOR_VERSION, PHP_MINOR_VERSION, PHP_RELEASE_VERSION, PHP_VERSION_ID, PHP_EXTRA_VERSION);
var_dump(PHP_OS, PHP_OS_FAMILY, PHP_EOL, DIRECTORY_SEPARATOR, PATH_SEPARATOR);
var_dump(PHP_INT_MAX, PHP_INT_MIN, PHP_INT_SIZE);
var_dump(PHP_FLOAT_EPSILON, PHP_FLOAT_MAX, PHP_FLOAT_MIN, PHP_FLOAT_DIG);
var_dump(PHP_SAPI, php_sapi_name(), PHP_BINARY !== '', PHP_DEBUG, PHP_ZTS, PHP_MAXPATHLEN);
var_dump(version_compare(PHP_VERSION, '8.2.0', '>='), phpversion() === PHP_VERSION);
--EXPECT--
string(6) "8.2.36"
int(8)
int(2)
int(36)
int(80236)
string(0) ""
string(5) "Linux"
string(5) "Linux"
string(1) "
"
string(1) "/"
string(1) ":"
int(9223372036854775807)
int(-9223372036854775808)
int(8)
float(2.220446049250313E-16)
float(1.7976931348623157E+308)
float(2.2250738585072014E-308)
int(15)
string(3) "cli"
string(3) "cli"
bool(true)
int(0)
int(0)
int(4096)
bool(true)
bool(true)
