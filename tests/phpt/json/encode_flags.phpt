--TEST--
json_encode: HEX_*, UNESCAPED_*, NUMERIC_CHECK flags
--FILE--
<?php
var_dump(json_encode(["12", "1.5", "1e3", "abc", " 7", "0x1A"], JSON_NUMERIC_CHECK));
var_dump(json_encode("<a href='x'>&\"", JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT));
var_dump(json_encode("é/\u{2028}", JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES));
var_dump(json_encode("é\u{2028}", JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_LINE_TERMINATORS));
var_dump(json_encode("\u{10FFFF}\u{FFFF}"));
--EXPECT--
string(28) "[12,1.5,1000,"abc",7,"0x1A"]"
string(46) ""\u003Ca href=\u0027x\u0027\u003E\u0026\u0022""
string(11) ""é/\u2028""
string(7) ""é ""
string(20) ""\udbff\udfff\uffff""
