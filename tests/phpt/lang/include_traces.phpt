--TEST--
Stack traces through included and eval'd code
--FILE--
<?php
$d = __DIR__;
file_put_contents("$d/itr_calls.inc", '<?php thrower($y);');
file_put_contents("$d/itr_direct.inc", '<?php throw new RuntimeException("direct");');
function thrower($a) { throw new LogicException("deep"); }
function viaInclude() { $y = 7; include __DIR__ . '/itr_calls.inc'; }
function direct() { include __DIR__ . '/itr_direct.inc'; }
foreach (['viaInclude', 'direct'] as $fn) {
    try { $fn(); } catch (Exception $e) {
        echo $e->getTraceAsString(), "\n";
        print_r(array_map(fn($f) => array_keys($f), $e->getTrace()));
    }
}
try { eval('thrower(1);'); } catch (Exception $e) { echo $e->getTraceAsString(), "\n"; echo $e->getFile(), "\n"; }
try { include "$d/itr_calls.inc"; } catch (Exception $e) { echo $e->getTraceAsString(), "\n"; }
include "$d/itr_direct.inc";
?>
--CLEAN--
<?php
@unlink(__DIR__ . "/itr_calls.inc");
@unlink(__DIR__ . "/itr_direct.inc");
?>
--EXPECTF--
#0 %s/itr_calls.inc(1): thrower(7)
#1 %s(6): include('%s...')
#2 %s(9): viaInclude()
#3 {main}
Array
(
    [0] => Array
        (
            [0] => file
            [1] => line
            [2] => function
            [3] => args
        )

    [1] => Array
        (
            [0] => file
            [1] => line
            [2] => args
            [3] => function
        )

    [2] => Array
        (
            [0] => file
            [1] => line
            [2] => function
            [3] => args
        )

)
#0 %s(7): include()
#1 %s(9): direct()
#2 {main}
Array
(
    [0] => Array
        (
            [0] => file
            [1] => line
            [2] => function
        )

    [1] => Array
        (
            [0] => file
            [1] => line
            [2] => function
            [3] => args
        )

)
#0 %s(14) : eval()'d code(1): thrower(1)
#1 %s(14): eval()
#2 {main}
%s

Warning: Undefined variable $y in %s/itr_calls.inc on line 1
#0 %s/itr_calls.inc(1): thrower(NULL)
#1 %s(15): include('%s...')
#2 {main}

Fatal error: Uncaught RuntimeException: direct in %s/itr_direct.inc:1
Stack trace:
#0 %s(16): include()
#1 {main}
  thrown in %s/itr_direct.inc on line 1
--EXITCODE--
255
