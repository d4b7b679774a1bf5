--TEST--
heredoc body indented less than the closing marker
--FILE--
<?php
$a = <<<EOT
  a
    EOT;
--EXPECTF--
Parse error: Invalid body indentation level (expecting an indentation level of at least 4) in %s on line 3
--EXITCODE--
255
