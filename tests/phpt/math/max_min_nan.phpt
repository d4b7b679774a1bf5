--TEST--
max and min with NAN against every type, both argument orders
--FILE--
<?php
foreach ([0, 1, 1.5, "1", "abc", "", null, true, false, [], INF, -INF] as $b) {
    echo var_export($b, true), ': ', var_export(max(NAN, $b), true), ' ', var_export(max($b, NAN), true), ' ', var_export(min(NAN, $b), true), ' ', var_export(min($b, NAN), true), ' ', var_export(max([NAN, $b]), true), ' ', var_export(max([$b, NAN]), true), ' ', var_export(min([NAN, $b]), true), ' ', var_export(min([$b, NAN]), true), "\n";
}
--EXPECT--
0: 0 NAN NAN 0 NAN 0 0 NAN
1: 1 NAN NAN 1 NAN 1 1 NAN
1.5: 1.5 NAN NAN 1.5 NAN 1.5 1.5 NAN
'1': '1' NAN NAN '1' NAN '1' '1' NAN
'abc': 'abc' NAN NAN 'abc' NAN 'abc' 'abc' NAN
'': '' NAN NAN '' NAN '' '' NAN
NULL: NAN NAN NULL NULL NAN NAN NULL NULL
true: NAN true NAN true NAN true NAN true
false: NAN NAN false false NAN NAN false false
array (
): array (
) array (
) NAN NAN array (
) array (
) NAN NAN
INF: INF NAN NAN INF NAN INF INF NAN
-INF: -INF NAN NAN -INF NAN -INF -INF NAN
