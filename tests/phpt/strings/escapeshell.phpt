--TEST--
escapeshellarg and escapeshellcmd
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump(escapeshellarg("it's"), escapeshellarg(""), escapeshellarg("a b"), escapeshellarg("'"));
var_dump(escapeshellcmd("ls -l; rm *"), escapeshellcmd("echo 'ok' \"fine\""), escapeshellcmd("it's"), escapeshellcmd("a\"b\"c\""), escapeshellcmd("\$HOME & `x` | <y> (z) {w} [v] ~ ^ # \\ \n"));
?>
--EXPECT--
string(9) "'it'\''s'"
string(2) "''"
string(5) "'a b'"
string(6) "''\'''"
string(13) "ls -l\; rm \*"
string(16) "echo 'ok' "fine""
string(5) "it\'s"
string(7) "a"b"c\""
string(57) "\$HOME \& \`x\` \| \<y\> \(z\) \{w\} \[v\] \~ \^ \# \\ \
"
