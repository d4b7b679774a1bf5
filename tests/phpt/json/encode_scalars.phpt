--TEST--
json_encode: scalars, floats and strings
--FILE--
<?php
foreach ([null, true, false, 0, -5, 1.0, 0.1, 1e25, -0.0, 1e-7, 123456789012345678, "a/b", "é\u{1F600}", "\x01\x1f<>&'\"\\", "\u{2028}\u{2029}", "tab\there\n"] as $v) {
    echo json_encode($v), "\n";
}
echo json_encode([1.0, -0.0, 1e25, 0.5], JSON_PRESERVE_ZERO_FRACTION), "\n";
--EXPECT--
null
true
false
0
-5
1
0.1
1.0e+25
-0
1.0e-7
123456789012345678
"a\/b"
"\u00e9\ud83d\ude00"
"\u0001\u001f<>&'\"\\"
"\u2028\u2029"
"tab\there\n"
[1.0,-0.0,1.0e+25,0.5]
