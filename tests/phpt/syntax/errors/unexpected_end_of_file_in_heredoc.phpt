--TEST--
heredoc without its closing marker
--FILE--
<?php
$a = <<<EOT
abc
--EXPECTF--
Parse error: syntax error, unexpected end of file, expecting variable or heredoc end or "${" or "{$" in %s on line 4
--EXITCODE--
255
