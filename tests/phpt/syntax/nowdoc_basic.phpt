--TEST--
Nowdoc text is literal
--FILE--
<?php
$x = 5;
echo <<<'EOT'
No $x interpolation, no \n escapes, {$x} stays.
EOT;
echo "\n";
--EXPECT--
No $x interpolation, no \n escapes, {$x} stays.
