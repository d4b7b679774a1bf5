--TEST--
html_entity_decode and htmlentities
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump(html_entity_decode("&copy; &eacute; &euro; &hellip; &nbsp;|&lt;&gt;&amp;&quot;&#039;"), html_entity_decode("&apos;"), html_entity_decode("&apos;", ENT_QUOTES | ENT_HTML5));
var_dump(html_entity_decode("&#8364; &#x20AC; &#128512; &#0; &#x110000; &#150; &bogus; &amp"), html_entity_decode("&quot;", ENT_NOQUOTES));
var_dump(htmlentities("café © <b> “q” €"), htmlentities("naïve", ENT_QUOTES, "UTF-8"), htmlentities("a\xffb"));
var_dump(html_entity_decode("&eacute;", ENT_QUOTES, "ISO-8859-1") === "\xe9", htmlentities("\xe9", ENT_QUOTES, "ISO-8859-1"));
t(fn() => html_entity_decode("x", ENT_QUOTES, "bogus"));
?>
--EXPECT--
string(22) "© é € …  |<>&"'"
string(6) "&apos;"
string(1) "'"
string(48) "€ € 😀 &#0; &#x110000; &#150; &bogus; &amp"
string(6) "&quot;"
string(51) "caf&eacute; &copy; &lt;b&gt; &ldquo;q&rdquo; &euro;"
string(10) "na&iuml;ve"
string(5) "a�b"
bool(true)
string(8) "&eacute;"
string(1) "x"
