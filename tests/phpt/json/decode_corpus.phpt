--TEST--
json_decode over a corpus of valid and invalid documents
--FILE--
<?php
$docs = ['0', '-0', '1.5e3', '1E-2', '-1.0', '1e309', '-1e309', '123456789012345678901234567890', '9223372036854775807', '9223372036854775808', '-9223372036854775808', '-9223372036854775809',
  '""', '"\u0041\u00e9\u20ac\ud834\udd1e"', '"\"\\\\\/\b\f\n\r\t"', '"\u0000"', '[]', '{}', '[[],{}]', '{"a":{"a":{"a":[]}}}', '{"a":1,"a":2}', '{"b":1,"a":2,"b":3}',
  ' true ', 'TRUE', 'null', '[null,false]', '{"1":1,"2":[2]}', '[1,2,]', '{"a":1,}', '[01]', '[1.]', '[.1]', '[-]', '["a"b]', '{"a" "b"}', '[1 2]', '{1:2}', '"\t"', "\"\t\"", '"\u12"', '"\uZZZZ"', '"\ud83d\ude00\ud83d"', '[', ']', '{"a":[}', "\xEF\xBB\xBF[]", '"é"', "\"\xc3\x28\"", '1 ', ' 1', "\n[\r1\t]\n", '/*c*/1', '[1]x', '"a"  "b"'];
foreach ($docs as $d) {
    echo json_encode($d), " => ";
    $a = json_decode($d, true);
    echo var_export($a, true), " ", json_last_error(), "; ";
    $o = json_decode($d, false, 512, JSON_BIGINT_AS_STRING);
    echo json_encode($o), " ", json_last_error_msg(), "\n";
}
--EXPECT--
"0" => 0 0; 0 No error
"-0" => 0 0; 0 No error
"1.5e3" => 1500.0 0; 1500 No error
"1E-2" => 0.01 0; 0.01 No error
"-1.0" => -1.0 0; -1 No error
"1e309" => INF 0;  Inf and NaN cannot be JSON encoded
"-1e309" => -INF 0;  Inf and NaN cannot be JSON encoded
"123456789012345678901234567890" => 1.2345678901234568E+29 0; "123456789012345678901234567890" No error
"9223372036854775807" => 9223372036854775807 0; 9223372036854775807 No error
"9223372036854775808" => 9.223372036854776E+18 0; "9223372036854775808" No error
"-9223372036854775808" => -9223372036854775807-1 0; -9223372036854775808 No error
"-9223372036854775809" => -9.223372036854776E+18 0; "-9223372036854775809" No error
"\"\"" => '' 0; "" No error
"\"\\u0041\\u00e9\\u20ac\\ud834\\udd1e\"" => 'Aé€𝄞' 0; "A\u00e9\u20ac\ud834\udd1e" No error
"\"\\\"\\\\\\\/\\b\\f\\n\\r\\t\"" => '"\\/
	' 0; "\"\\\/\b\f\n\r\t" No error
"\"\\u0000\"" => '' . "\0" . '' 0; "\u0000" No error
"[]" => array (
) 0; [] No error
"{}" => array (
) 0; {} No error
"[[],{}]" => array (
  0 => 
  array (
  ),
  1 => 
  array (
  ),
) 0; [[],{}] No error
"{\"a\":{\"a\":{\"a\":[]}}}" => array (
  'a' => 
  array (
    'a' => 
    array (
      'a' => 
      array (
      ),
    ),
  ),
) 0; {"a":{"a":{"a":[]}}} No error
"{\"a\":1,\"a\":2}" => array (
  'a' => 2,
) 0; {"a":2} No error
"{\"b\":1,\"a\":2,\"b\":3}" => array (
  'b' => 3,
  'a' => 2,
) 0; {"b":3,"a":2} No error
" true " => true 0; true No error
"TRUE" => NULL 4; null No error
"null" => NULL 0; null No error
"[null,false]" => array (
  0 => NULL,
  1 => false,
) 0; [null,false] No error
"{\"1\":1,\"2\":[2]}" => array (
  1 => 1,
  2 => 
  array (
    0 => 2,
  ),
) 0; {"1":1,"2":[2]} No error
"[1,2,]" => NULL 4; null No error
"{\"a\":1,}" => NULL 4; null No error
"[01]" => NULL 4; null No error
"[1.]" => NULL 4; null No error
"[.1]" => NULL 4; null No error
"[-]" => NULL 4; null No error
"[\"a\"b]" => NULL 4; null No error
"{\"a\" \"b\"}" => NULL 4; null No error
"[1 2]" => NULL 4; null No error
"{1:2}" => NULL 4; null No error
"\"\\t\"" => '	' 0; "\t" No error
"\"\t\"" => NULL 3; null No error
"\"\\u12\"" => NULL 4; null No error
"\"\\uZZZZ\"" => NULL 4; null No error
"\"\\ud83d\\ude00\\ud83d\"" => NULL 10; null No error
"[" => NULL 4; null No error
"]" => NULL 4; null No error
"{\"a\":[}" => NULL 2; null No error
"\ufeff[]" => NULL 4; null No error
"\"\u00e9\"" => 'é' 0; "\u00e9" No error
 => NULL 5; null No error
"1 " => 1 0; 1 No error
" 1" => 1 0; 1 No error
"\n[\r1\t]\n" => array (
  0 => 1,
) 0; [1] No error
"\/*c*\/1" => NULL 4; null No error
"[1]x" => NULL 4; null No error
"\"a\"  \"b\"" => NULL 4; null No error
