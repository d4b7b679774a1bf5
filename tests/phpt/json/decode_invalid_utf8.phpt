--TEST--
json_decode: invalid UTF-8 with JSON_INVALID_UTF8_IGNORE and _SUBSTITUTE
--FILE--
<?php
foreach (["\xc3\xa9", "\xc0\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe2\x82", "a\xffb", "\xe2\x82x", "\xf0\x9f\x98", "\x80\x80"] as $s) {
    $j = '"' . $s . '"';
    foreach ([0, JSON_INVALID_UTF8_IGNORE, JSON_INVALID_UTF8_SUBSTITUTE] as $f) {
        $r = json_decode($j, false, 512, $f);
        echo json_encode($r), ':', json_last_error(), ' ';
        $r = json_decode('{' . $j . ':1}', true, 512, $f);
        echo json_encode($r), ' ';
    }
    echo "\n";
}
--EXPECT--
"\u00e9":0 {"\u00e9":1} "\u00e9":0 {"\u00e9":1} "\u00e9":0 {"\u00e9":1} 
null:0 null "":0 {"":1} "\ufffd\ufffd":0 {"\ufffd\ufffd":1} 
null:0 null "":0 {"":1} "\ufffd\ufffd\ufffd":0 {"\ufffd\ufffd\ufffd":1} 
null:0 null "":0 {"":1} "\ufffd\ufffd\ufffd\ufffd":0 {"\ufffd\ufffd\ufffd\ufffd":1} 
null:0 null "":0 {"":1} "\ufffd\ufffd":0 {"\ufffd\ufffd":1} 
null:0 null "ab":0 {"ab":1} "a\ufffdb":0 {"a\ufffdb":1} 
null:0 null "x":0 {"x":1} "\ufffd\ufffdx":0 {"\ufffd\ufffdx":1} 
null:0 null "":0 {"":1} "\ufffd\ufffd\ufffd":0 {"\ufffd\ufffd\ufffd":1} 
null:0 null "":0 {"":1} "\ufffd\ufffd":0 {"\ufffd\ufffd":1}
