--TEST--
goto and labels
--FILE--
<?php

function jump() {
    $i = 0;
    start:
    $i++;
    if ($i < 3) goto start;
    goto end;
    echo "skipped";
    end:
    return $i;
}
echo "parsed\n";
--EXPECT--
parsed
