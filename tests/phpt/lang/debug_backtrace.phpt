--TEST--
debug_backtrace and debug_print_backtrace: options, limit, objects, callbacks
--FILE--
<?php
class A { function m($x) { return b($x, [1]); } static function s() { debug_print_backtrace(); } }
function b($y, $arr) { A::s(); print_r(debug_backtrace()); print_r(debug_backtrace(0, 1)); var_dump(count(debug_backtrace(DEBUG_BACKTRACE_IGNORE_ARGS))); return array_map(fn($v) => debug_backtrace(), [1])[0]; }
$r = (new A)->m("str");
var_dump(count($r));
print_r(debug_backtrace());
debug_print_backtrace();
function c() { debug_print_backtrace(DEBUG_BACKTRACE_IGNORE_ARGS, 1); }
c(1, 2);
?>
--EXPECTF--
#0 %s(3): A::s()
#1 %s(2): b('str', Array)
#2 %s(4): A->m('str')
Array
(
    [0] => Array
        (
            [file] => %s
            [line] => 2
            [function] => b
            [args] => Array
                (
                    [0] => str
                    [1] => Array
                        (
                            [0] => 1
                        )

                )

        )

    [1] => Array
        (
            [file] => %s
            [line] => 4
            [function] => m
            [class] => A
            [object] => A Object
                (
                )

            [type] => ->
            [args] => Array
                (
                    [0] => str
                )

        )

)
Array
(
    [0] => Array
        (
            [file] => %s
            [line] => 2
            [function] => b
            [args] => Array
                (
                    [0] => str
                    [1] => Array
                        (
                            [0] => 1
                        )

                )

        )

)
int(2)
int(4)
Array
(
)
#0 %s(9): c()
