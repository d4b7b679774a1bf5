--TEST--
htmlspecialchars flags and double encoding
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
$s = "<a href='x'>T&amp;C \"q\"</a>";
var_dump(htmlspecialchars($s), htmlspecialchars($s, ENT_NOQUOTES), htmlspecialchars($s, ENT_COMPAT), htmlspecialchars($s, ENT_QUOTES | ENT_HTML5));
var_dump(htmlspecialchars($s, ENT_QUOTES, "UTF-8", false), htmlspecialchars("&#65; &#x41; &#xZZ; &copy; &bogus; &; &amp", ENT_QUOTES, null, false));
var_dump(htmlspecialchars("'", ENT_QUOTES | ENT_XML1), htmlspecialchars("'", ENT_QUOTES | ENT_XHTML), htmlspecialchars(""));
var_dump(ENT_QUOTES, ENT_COMPAT, ENT_NOQUOTES, ENT_HTML401, ENT_HTML5, ENT_SUBSTITUTE, ENT_IGNORE);
?>
--EXPECT--
string(63) "&lt;a href=&#039;x&#039;&gt;T&amp;amp;C &quot;q&quot;&lt;/a&gt;"
string(43) "&lt;a href='x'&gt;T&amp;amp;C "q"&lt;/a&gt;"
string(53) "&lt;a href='x'&gt;T&amp;amp;C &quot;q&quot;&lt;/a&gt;"
string(63) "&lt;a href=&apos;x&apos;&gt;T&amp;amp;C &quot;q&quot;&lt;/a&gt;"
string(59) "&lt;a href=&#039;x&#039;&gt;T&amp;C &quot;q&quot;&lt;/a&gt;"
string(58) "&#65; &#x41; &amp;#xZZ; &copy; &amp;bogus; &amp;; &amp;amp"
string(6) "&apos;"
string(6) "&apos;"
string(0) ""
int(3)
int(2)
int(0)
int(0)
int(48)
int(8)
int(4)
