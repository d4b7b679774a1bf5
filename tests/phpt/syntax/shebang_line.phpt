--TEST--
A #! first line is skipped by the CLI
--FILE--
#!/usr/bin/env php
<?php
echo "after shebang\n";
echo __LINE__, "\n";
--EXPECT--
after shebang
4
