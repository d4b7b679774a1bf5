--TEST--
?> ends a statement without a semicolon
--FILE--
<?php echo 1 ?>|<?php echo 2; echo 3 ?>|<?php ?>|<?php
?>end
--EXPECT--
1|23||end
