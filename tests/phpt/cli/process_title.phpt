--TEST--
cli_set_process_title and cli_get_process_title
--FILE--
<?php
var_dump(cli_get_process_title());
var_dump(cli_set_process_title("my-worker"));
var_dump(cli_get_process_title());
try { cli_set_process_title(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
string(0) ""
bool(true)
string(9) "my-worker"
cli_set_process_title() expects exactly 1 argument, 0 given
