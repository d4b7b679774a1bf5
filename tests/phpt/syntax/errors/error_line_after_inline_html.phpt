--TEST--
the reported line counts the inline HTML lines before the code
--FILE--
<html>
<body>
<?php
echo 1
echo 2;
?>
</body>
--EXPECTF--
Parse error: syntax error, unexpected token "echo", expecting "," or ";" in %s on line 5
--EXITCODE--
255
