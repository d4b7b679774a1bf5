--TEST--
base64_encode and base64_decode, lenient and strict
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump(base64_encode(""), base64_encode("f"), base64_encode("fo"), base64_encode("foo"), base64_encode("\xff\xfe\xfd"), base64_encode("Hello, World!"));
var_dump(base64_decode("Zm9v"), base64_decode("Zg=="), base64_decode("Zg"), base64_decode("Z m\n9v"), base64_decode("Zm9v!!"), base64_decode("Zm=9v"), base64_decode(""));
var_dump(base64_decode("Zm9v", true), base64_decode("Zg==", true), base64_decode("Zg", true), base64_decode("Z m\n9v", true), base64_decode("Zm9v!", true));
var_dump(base64_decode("Zg=", true), base64_decode("Zg===", true), base64_decode("Z", true), base64_decode("Zm=9v", true), base64_decode("Zm9v====", true), base64_decode("Z===", true));
var_dump(bin2hex(base64_decode("/+8=")), base64_decode("-_8", true));
?>
--EXPECT--
string(0) ""
string(4) "Zg=="
string(4) "Zm8="
string(4) "Zm9v"
string(4) "//79"
string(20) "SGVsbG8sIFdvcmxkIQ=="
string(3) "foo"
string(1) "f"
string(1) "f"
string(3) "foo"
string(3) "foo"
string(3) "foo"
string(0) ""
string(3) "foo"
string(1) "f"
string(1) "f"
string(3) "foo"
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
string(4) "ffef"
bool(false)
