--TEST--
parse_url with a component and invalid URLs
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
$u = "http://u:p@h:81/p?q=1#f";
foreach ([PHP_URL_SCHEME, PHP_URL_HOST, PHP_URL_PORT, PHP_URL_USER, PHP_URL_PASS, PHP_URL_PATH, PHP_URL_QUERY, PHP_URL_FRAGMENT] as $c) { var_dump(parse_url($u, $c)); }
var_dump(parse_url("http://h/", PHP_URL_PORT), parse_url("/p", PHP_URL_HOST));
var_dump(parse_url("http:///example.com"), parse_url("http://:80"), parse_url("http://h:99999/"), parse_url("host:65535"), parse_url("a:65536"));
var_dump(parse_url("localhost:8080/x"), parse_url("http://h:/p"), parse_url("x://a b/\x01"));
t(fn() => parse_url($u, 8));
t(fn() => parse_url($u, -2));
?>
--EXPECT--
string(4) "http"
string(1) "h"
int(81)
string(1) "u"
string(1) "p"
string(2) "/p"
string(3) "q=1"
string(1) "f"
NULL
NULL
bool(false)
bool(false)
bool(false)
array(2) {
  ["host"]=>
  string(4) "host"
  ["port"]=>
  int(65535)
}
bool(false)
array(3) {
  ["host"]=>
  string(9) "localhost"
  ["port"]=>
  int(8080)
  ["path"]=>
  string(2) "/x"
}
array(3) {
  ["scheme"]=>
  string(4) "http"
  ["host"]=>
  string(1) "h"
  ["path"]=>
  string(2) "/p"
}
array(3) {
  ["scheme"]=>
  string(1) "x"
  ["host"]=>
  string(3) "a b"
  ["path"]=>
  string(2) "/_"
}
ValueError: parse_url(): Argument #2 ($component) must be a valid URL component identifier, 8 given
array(8) {
  ["scheme"]=>
  string(4) "http"
  ["host"]=>
  string(1) "h"
  ["port"]=>
  int(81)
  ["user"]=>
  string(1) "u"
  ["pass"]=>
  string(1) "p"
  ["path"]=>
  string(2) "/p"
  ["query"]=>
  string(3) "q=1"
  ["fragment"]=>
  string(1) "f"
}
