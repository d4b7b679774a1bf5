--TEST--
get_html_translation_table
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump(get_html_translation_table(), get_html_translation_table(HTML_SPECIALCHARS, ENT_NOQUOTES));
var_dump(get_html_translation_table(HTML_SPECIALCHARS, ENT_QUOTES | ENT_HTML5));
$t = get_html_translation_table(HTML_ENTITIES);
var_dump(count($t), $t["©"], $t["€"], $t["&"]);
?>
--EXPECT--
array(5) {
  ["""]=>
  string(6) "&quot;"
  ["&"]=>
  string(5) "&amp;"
  ["'"]=>
  string(6) "&#039;"
  ["<"]=>
  string(4) "&lt;"
  [">"]=>
  string(4) "&gt;"
}
array(3) {
  ["&"]=>
  string(5) "&amp;"
  ["<"]=>
  string(4) "&lt;"
  [">"]=>
  string(4) "&gt;"
}
array(5) {
  ["""]=>
  string(6) "&quot;"
  ["&"]=>
  string(5) "&amp;"
  ["'"]=>
  string(6) "&apos;"
  ["<"]=>
  string(4) "&lt;"
  [">"]=>
  string(4) "&gt;"
}
int(253)
string(6) "&copy;"
string(6) "&euro;"
string(5) "&amp;"
