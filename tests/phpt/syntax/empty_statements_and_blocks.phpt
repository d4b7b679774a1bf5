--TEST--
Empty statements and nested blocks
--FILE--
<?php
;;;
{ { echo "nested block\n"; } }
{}
if (true);
while (false);
for (;false;);
echo "done\n";
--EXPECT--
nested block
done
