--TEST--
json_decode: mismatched brackets and control characters
--FILE--
<?php
foreach (['[}', '{]', '[1}', '{"a":1]', '{"a":[}', '[{]', '[1,}', '{"a":1,]', '{,}', '[,]', '{"a"]', '{"a":]', '[[1}]', '{"a":{]}', "[\x01]", "{\"a\":\x01}", '["a\u0000b"]'] as $d) {
    $a = json_decode($d, true);
    echo $d, " => ", var_export($a, true), " ", json_last_error(), " ", json_last_error_msg(), "\n";
}
--EXPECT--
[} => NULL 2 State mismatch (invalid or malformed JSON)
{] => NULL 2 State mismatch (invalid or malformed JSON)
[1} => NULL 2 State mismatch (invalid or malformed JSON)
{"a":1] => NULL 2 State mismatch (invalid or malformed JSON)
{"a":[} => NULL 2 State mismatch (invalid or malformed JSON)
[{] => NULL 2 State mismatch (invalid or malformed JSON)
[1,} => NULL 4 Syntax error
{"a":1,] => NULL 4 Syntax error
{,} => NULL 4 Syntax error
[,] => NULL 4 Syntax error
{"a"] => NULL 4 Syntax error
{"a":] => NULL 4 Syntax error
[[1}] => NULL 2 State mismatch (invalid or malformed JSON)
{"a":{]} => NULL 2 State mismatch (invalid or malformed JSON)
[] => NULL 3 Control character error, possibly incorrectly encoded
{"a":} => NULL 3 Control character error, possibly incorrectly encoded
["a\u0000b"] => array (
  0 => 'a' . "\0" . 'b',
) 0 No error
