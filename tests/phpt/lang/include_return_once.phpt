--TEST--
include return values, _once semantics, path resolution and nesting
--FILE--
<?php
$d = __DIR__;
file_put_contents("$d/iro_config.inc", '<?php return ["port" => 8080, "host" => "localhost"];');
file_put_contents("$d/iro_none.inc", '<?php $fromNone = 1;');
file_put_contents("$d/iro_empty_return.inc", '<?php return;');
file_put_contents("$d/iro_funcs.inc", '<?php echo "defining\n"; function iro_helper($v) { return $v * 2; }');
file_put_contents("$d/iro_base.inc", '<?php class IroBase { function hi() { return "hi from " . static::class; } }');
file_put_contents("$d/iro_child.inc", '<?php require_once __DIR__ . "/iro_base.inc"; class IroChild extends IroBase {}');
file_put_contents("$d/iro_outer.inc", '<?php $depth = "outer"; include "iro_inner.inc"; return $depth;');
file_put_contents("$d/iro_inner.inc", '<?php $depth .= "+inner";');

$cfg = require "$d/iro_config.inc";
var_dump($cfg['port'], (include "$d/iro_config.inc")['host']);
var_dump(include "$d/iro_none.inc", $fromNone);
var_dump(include "$d/iro_empty_return.inc");
var_dump(include_once "$d/iro_funcs.inc");
var_dump(include_once "$d/iro_funcs.inc");
var_dump(require_once "$d/iro_funcs.inc");
var_dump(require_once "$d/../" . basename($d) . "/iro_funcs.inc");
var_dump(iro_helper(21));
chdir($d);
var_dump(include_once "./iro_funcs.inc");
include "iro_child.inc";
echo (new IroChild)->hi(), "\n";
var_dump(include "iro_outer.inc", $depth);
function inner() { return include __DIR__ . "/iro_outer.inc"; }
var_dump(inner());
var_dump(count(array_filter(get_included_files(), fn($f) => str_contains($f, "iro_"))));
?>
--CLEAN--
<?php
foreach (glob(__DIR__ . "/iro_*.inc") as $f) unlink($f);
?>
--EXPECT--
int(8080)
string(9) "localhost"
int(1)
int(1)
NULL
defining
int(1)
bool(true)
bool(true)
bool(true)
int(42)
bool(true)
hi from IroChild
string(11) "outer+inner"
string(11) "outer+inner"
string(11) "outer+inner"
int(8)
