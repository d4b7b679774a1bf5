--TEST--
filter_var FILTER_DEFAULT, UNSAFE_RAW and the sanitize filters
--FILE--
<?php
$s = '<b>hi</b> & "q\'';
var_dump(filter_var($s), filter_var($s, FILTER_DEFAULT), filter_var($s, FILTER_UNSAFE_RAW));
var_dump(filter_var($s, FILTER_SANITIZE_SPECIAL_CHARS), filter_var($s, FILTER_SANITIZE_FULL_SPECIAL_CHARS));
var_dump(filter_var('a1-2+3.4e5x', FILTER_SANITIZE_NUMBER_INT), filter_var('a1-2+3.4e5x', FILTER_SANITIZE_NUMBER_FLOAT), filter_var('a1-2+3.4e5x', FILTER_SANITIZE_NUMBER_FLOAT, FILTER_FLAG_ALLOW_FRACTION));
var_dump(filter_var('a b@c(d).e', FILTER_SANITIZE_EMAIL), filter_var('<a>', FILTER_SANITIZE_ENCODED), filter_var('a"b\'c\\', FILTER_SANITIZE_ADD_SLASHES));
var_dump(filter_var(1.5), filter_var(true), filter_var(false), filter_var(null), filter_var(new stdClass));
var_dump(filter_var("a\x01b", FILTER_UNSAFE_RAW, FILTER_FLAG_STRIP_LOW));
--EXPECT--
string(15) "<b>hi</b> & "q'"
string(15) "<b>hi</b> & "q'"
string(15) "<b>hi</b> & "q'"
string(43) "&#60;b&#62;hi&#60;/b&#62; &#38; &#34;q&#39;"
string(41) "&lt;b&gt;hi&lt;/b&gt; &amp; &quot;q&#039;"
string(7) "1-2+345"
string(7) "1-2+345"
string(8) "1-2+3.45"
string(7) "ab@cd.e"
string(7) "%3Ca%3E"
string(9) "a\"b\'c\\"
string(3) "1.5"
string(1) "1"
string(0) ""
string(0) ""
bool(false)
string(2) "ab"
