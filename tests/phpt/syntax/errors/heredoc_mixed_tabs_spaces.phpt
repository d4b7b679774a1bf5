--TEST--
heredoc indentation mixing tabs and spaces
--FILE--
<?php
$a = <<<EOT
	  a
	  EOT;
--EXPECTF--
Parse error: Invalid indentation - tabs and spaces cannot be mixed in %s on line 3
--EXITCODE--
255
