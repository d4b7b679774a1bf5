--TEST--
parse_url components
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump(parse_url("https://user:pass@www.example.com:8080/path/to/page.php?x=1&y=2#frag"));
var_dump(parse_url("//example.com/path"), parse_url("/just/a/path?q"), parse_url("mailto:joe@example.com"), parse_url("example.com"));
var_dump(parse_url("http://[::1]:80/x"), parse_url("file:///etc/passwd"), parse_url("http://host?#"), parse_url(""), parse_url("http:"));
?>
--EXPECT--
array(8) {
  ["scheme"]=>
  string(5) "https"
  ["host"]=>
  string(15) "www.example.com"
  ["port"]=>
  int(8080)
  ["user"]=>
  string(4) "user"
  ["pass"]=>
  string(4) "pass"
  ["path"]=>
  string(17) "/path/to/page.php"
  ["query"]=>
  string(7) "x=1&y=2"
  ["fragment"]=>
  string(4) "frag"
}
array(2) {
  ["host"]=>
  string(11) "example.com"
  ["path"]=>
  string(5) "/path"
}
array(2) {
  ["path"]=>
  string(12) "/just/a/path"
  ["query"]=>
  string(1) "q"
}
array(2) {
  ["scheme"]=>
  string(6) "mailto"
  ["path"]=>
  string(15) "joe@example.com"
}
array(1) {
  ["path"]=>
  string(11) "example.com"
}
array(4) {
  ["scheme"]=>
  string(4) "http"
  ["host"]=>
  string(5) "[::1]"
  ["port"]=>
  int(80)
  ["path"]=>
  string(2) "/x"
}
array(2) {
  ["scheme"]=>
  string(4) "file"
  ["path"]=>
  string(11) "/etc/passwd"
}
array(4) {
  ["scheme"]=>
  string(4) "http"
  ["host"]=>
  string(4) "host"
  ["query"]=>
  string(0) ""
  ["fragment"]=>
  string(0) ""
}
array(1) {
  ["path"]=>
  string(0) ""
}
array(1) {
  ["scheme"]=>
  string(4) "http"
}
