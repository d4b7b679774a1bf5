--TEST--
output buffering functions without a buffer
--FILE--
<?php
var_dump(ob_get_level(), ob_get_contents(), ob_get_length(), ob_get_clean(), ob_get_flush(), ob_end_flush(), ob_end_clean(), ob_flush(), ob_clean(), ob_list_handlers());
--EXPECTF--
Notice: ob_get_flush(): Failed to delete and flush buffer. No buffer to delete or flush in %s on line 2

Notice: ob_end_flush(): Failed to delete and flush buffer. No buffer to delete or flush in %s on line 2

Notice: ob_end_clean(): Failed to delete buffer. No buffer to delete in %s on line 2

Notice: ob_flush(): Failed to flush buffer. No buffer to flush in %s on line 2

Notice: ob_clean(): Failed to delete buffer. No buffer to delete in %s on line 2
int(0)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
array(0) {
}
