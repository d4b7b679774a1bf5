--TEST--
if: elseif: else: endif;
--FILE--
<?php
$n = 2;
if ($n == 1):
    echo "one\n";
elseif ($n == 2):
    echo "two\n";
    if (true): echo "nested\n"; endif;
else:
    echo "other\n";
endif;
--EXPECT--
two
nested
