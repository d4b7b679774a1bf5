--TEST--
include/require of missing, empty and invalid paths; syntax errors in included code
--FILE--
<?php
$d = __DIR__;
file_put_contents("$d/ifl_broken.inc", "<?php\n\$a = 1;\n\$b = ;\n");
var_dump(include 'ifl_missing.inc');
var_dump(@include 'ifl_missing.inc');
var_dump(include_once 'ifl_missing.inc');
function f() { return include 'ifl_missing2.inc'; }
var_dump(f());
try { require 'ifl_missing3.inc'; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { require_once 'ifl_missing4.inc'; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { include ''; } catch (ValueError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(include "ifl\0nul.inc");
try { include "$d/ifl_broken.inc"; } catch (ParseError $e) {
    echo get_class($e), ": ", $e->getMessage(), " in ", basename($e->getFile()), ":", $e->getLine(), "\n";
}
try { eval('$x = ;'); } catch (ParseError $e) {
    echo get_class($e), ": ", $e->getMessage(), " line ", $e->getLine(), "\n";
}
set_error_handler(function ($no, $msg) { echo "handler: $msg\n"; return true; });
var_dump(include 'ifl_missing5.inc');
restore_error_handler();
include "$d/ifl_broken.inc";
echo "not reached\n";
?>
--CLEAN--
<?php
@unlink(__DIR__ . "/ifl_broken.inc");
?>
--EXPECTF--
Warning: include(ifl_missing.inc): Failed to open stream: No such file or directory in %s on line 4

Warning: include(): Failed opening 'ifl_missing.inc' for inclusion (include_path='.:/usr/share/php') in %s on line 4
bool(false)
bool(false)

Warning: include_once(ifl_missing.inc): Failed to open stream: No such file or directory in %s on line 6

Warning: include_once(): Failed opening 'ifl_missing.inc' for inclusion (include_path='.:/usr/share/php') in %s on line 6
bool(false)

Warning: include(ifl_missing2.inc): Failed to open stream: No such file or directory in %s on line 7

Warning: include(): Failed opening 'ifl_missing2.inc' for inclusion (include_path='.:/usr/share/php') in %s on line 7
bool(false)

Warning: require(ifl_missing3.inc): Failed to open stream: No such file or directory in %s on line 9
Error: Failed opening required 'ifl_missing3.inc' (include_path='.:/usr/share/php')

Warning: require_once(ifl_missing4.inc): Failed to open stream: No such file or directory in %s on line 10
Error: Failed opening required 'ifl_missing4.inc' (include_path='.:/usr/share/php')
ValueError: Path cannot be empty

Warning: include(): Failed opening 'ifl' for inclusion (include_path='.:/usr/share/php') in %s on line 12
bool(false)
ParseError: syntax error, unexpected token ";" in ifl_broken.inc:3
ParseError: syntax error, unexpected token ";" line 1
handler: include(ifl_missing5.inc): Failed to open stream: No such file or directory
handler: include(): Failed opening 'ifl_missing5.inc' for inclusion (include_path='.:/usr/share/php')
bool(false)

Parse error: syntax error, unexpected token ";" in %s/ifl_broken.inc on line 3
--EXITCODE--
255
