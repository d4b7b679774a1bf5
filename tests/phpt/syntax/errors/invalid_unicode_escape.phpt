--TEST--
invalid \u{} escape
--FILE--
<?php
echo "\u{zz}";
--EXPECTF--
Parse error: Invalid UTF-8 codepoint escape sequence in %s on line 2
--EXITCODE--
255
