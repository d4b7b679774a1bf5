--TEST--
Long chains mixing ?->, ??, [] and ()
--FILE--
<?php

if (false) {
    $v = $a?->b['c']?->d()['e'] ?? $f::$g[0]->h ?? null;
    $a->b->c ??= [];
    $a['x']['y'][] = 1;
    $a->list[] = $b->items[$i++];
}
echo "parsed\n";
--EXPECT--
parsed
