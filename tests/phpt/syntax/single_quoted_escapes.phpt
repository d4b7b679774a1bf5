--TEST--
Single-quoted strings only know \\ and \'
--FILE--
<?php
echo 'it\'s', "\n";
echo 'back\\slash', "\n";
echo 'no \n escape \t here \x41 \$', "\n";
echo 'multi
line', "\n";
echo 'trailing backslash \\', "\n";
--EXPECT--
it's
back\slash
no \n escape \t here \x41 \$
multi
line
trailing backslash \
