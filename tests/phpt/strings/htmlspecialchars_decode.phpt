--TEST--
htmlspecialchars_decode
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
$s = "&lt;p&gt;&amp;amp; &quot;q&quot; &#039;s&#039; &#39; &apos; &copy; &#65;&#x3c;";
var_dump(htmlspecialchars_decode($s), htmlspecialchars_decode($s, ENT_NOQUOTES), htmlspecialchars_decode($s, ENT_COMPAT), htmlspecialchars_decode($s, ENT_QUOTES | ENT_HTML5));
var_dump(htmlspecialchars_decode("&amp"), htmlspecialchars_decode("&lt;&lt"), htmlspecialchars_decode("&#x26;&#038;"), htmlspecialchars_decode(""));
?>
--EXPECT--
string(39) "<p>&amp; "q" 's' ' &apos; &copy; &#65;<"
string(63) "<p>&amp; &quot;q&quot; &#039;s&#039; &#39; &apos; &copy; &#65;<"
string(53) "<p>&amp; "q" &#039;s&#039; &#39; &apos; &copy; &#65;<"
string(34) "<p>&amp; "q" 's' ' ' &copy; &#65;<"
string(4) "&amp"
string(4) "<&lt"
string(2) "&&"
string(0) ""
