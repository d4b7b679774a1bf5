--TEST--
is_numeric on strings with whitespace, exponents and signs
--FILE--
<?php
foreach ([" 1", "1 ", "1e5", ".5", "0x1A", "", " ", "1.", "-.5e-3", "+1", "1e", "abc", null, 1, 1.5, true, "1_000", "\n1\n", " 1 1", "-", "0b1", "1e+", "INF", NAN] as $x) {
    echo var_export($x, true), ':', var_export(is_numeric($x), true), "\n";
}
--EXPECT--
' 1':true
'1 ':true
'1e5':true
'.5':true
'0x1A':false
'':false
' ':false
'1.':true
'-.5e-3':true
'+1':true
'1e':false
'abc':false
NULL:false
1:true
1.5:true
true:false
'1_000':false
'
1
':true
' 1 1':false
'-':false
'0b1':false
'1e+':false
'INF':false
NAN:true
