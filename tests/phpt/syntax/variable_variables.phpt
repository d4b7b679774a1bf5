--TEST--
$$name and ${expr}
--FILE--
<?php
$name = 'target';
$target = 'found';
echo $$name, "\n";
$$name = 'changed';
echo $target, "\n";
echo ${'tar' . 'get'}, "\n";
$ref = 'name';
echo $$$ref, "\n";
--EXPECT--
found
changed
changed
changed
