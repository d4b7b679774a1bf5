--TEST--
Destructuring with references and keyed nested lists
--FILE--
<?php

if (false) {
    [$a, &$b] = $arr;
    ['x' => &$x, 'y' => [$y1, $y2]] = $data;
    foreach ($rows as ['id' => $id, 'tags' => [$first]]) {}
    foreach ($rows as $k => [&$ref]) {}
    list($p, list(, $q)) = $nested;
}
echo "parsed\n";
--EXPECT--
parsed
