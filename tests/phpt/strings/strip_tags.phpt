--TEST--
strip_tags with allowed tags
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
$h = '<p>Hello <b>World</b><br/> <a href="x>y">link</a></p><!-- comment --> end';
var_dump(strip_tags($h), strip_tags($h, "<b>"), strip_tags($h, ["a", "br"]), strip_tags($h, "<p><a>"));
var_dump(strip_tags("a < b and c > d"), strip_tags("<?php echo 1; ?>text"), strip_tags("x<!DOCTYPE html>y"), strip_tags("1 <2"), strip_tags("<b>unclosed"));
var_dump(strip_tags("<scr<script>ipt>x"), strip_tags("a\0b<i>c</i>"), strip_tags("<p title='a>b'>t</p>"), strip_tags(""));
?>
--EXPECT--
string(20) "Hello World link end"
string(27) "Hello <b>World</b> link end"
string(42) "Hello World<br/> <a href="xy">link</a> end"
string(44) "<p>Hello World <a href="xy">link</a></p> end"
string(15) "a < b and c > d"
string(4) "text"
string(2) "xy"
string(2) "1 "
string(8) "unclosed"
string(1) "x"
string(3) "abc"
string(1) "t"
string(0) ""
