--TEST--
version_compare ordering, special forms and operators
--FILE--
<?php
$pairs = [['5.2', '5.10'], ['1.0rc1', '1.0'], ['1.0', '1.0.0'], ['1.0pl1', '1.0'], ['1.0-dev', '1.0alpha'], ['1.0a', '1.0alpha'], ['1.0b1', '1.0RC1'], ['8.2.36', '8.2.36'], ['', '1'], ['', ''], ['1.0.0', '1.0.0.0'], ['1-2', '1.2'], ['1..2', '1.2'], ['1.x', '1.0'], ['#', '1'], ['1.0#1', '1.0'], ['10', '9'], ['01', '1']];
foreach ($pairs as [$a, $b]) {
    echo "$a vs $b: ", version_compare($a, $b), "\n";
}
foreach (['<', 'lt', '<=', 'le', '>', 'gt', '>=', 'ge', '==', 'eq', '!=', '<>', 'ne'] as $op) {
    echo $op, ': ';
    var_dump(version_compare('1.2', '1.10', $op));
}
try {
    version_compare('1', '2', 'bad');
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
5.2 vs 5.10: -1
1.0rc1 vs 1.0: -1
1.0 vs 1.0.0: -1
1.0pl1 vs 1.0: 1
1.0-dev vs 1.0alpha: -1
1.0a vs 1.0alpha: 0
1.0b1 vs 1.0RC1: -1
8.2.36 vs 8.2.36: 0
 vs 1: -1
 vs : 0
1.0.0 vs 1.0.0.0: -1
1-2 vs 1.2: 0
1..2 vs 1.2: 0
1.x vs 1.0: -1
# vs 1: 0
1.0#1 vs 1.0: 1
10 vs 9: 1
01 vs 1: 0
<: bool(true)
lt: bool(true)
<=: bool(true)
le: bool(true)
>: bool(false)
gt: bool(false)
>=: bool(false)
ge: bool(false)
==: bool(false)
eq: bool(false)
!=: bool(true)
<>: bool(true)
ne: bool(true)
version_compare(): Argument #3 ($operator) must be a valid comparison operator
