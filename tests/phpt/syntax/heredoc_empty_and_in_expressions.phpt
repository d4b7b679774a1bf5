--TEST--
Empty heredoc, heredoc as an argument and inside arrays
--FILE--
<?php
$e = <<<EOT
EOT;
var_dump($e);
var_dump(strlen(<<<EOT
abc
EOT), [<<<A
one
A, <<<'B'
two
B]);
--EXPECT--
string(0) ""
int(3)
array(2) {
  [0]=>
  string(3) "one"
  [1]=>
  string(3) "two"
}
