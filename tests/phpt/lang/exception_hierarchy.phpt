--TEST--
exception hierarchy
--FILE--
<?php
$classes = ['Exception', 'Error', 'ErrorException', 'TypeError', 'ValueError', 'ArgumentCountError', 'ArithmeticError', 'DivisionByZeroError', 'UnhandledMatchError',
 'LogicException', 'BadFunctionCallException', 'BadMethodCallException', 'DomainException', 'InvalidArgumentException', 'LengthException', 'OutOfRangeException',
 'RuntimeException', 'OutOfBoundsException', 'OverflowException', 'RangeException', 'UnderflowException', 'UnexpectedValueException'];
foreach ($classes as $c) {
    $e = new $c("m");
    echo $c, ": parent=", var_export_x(get_parent_class($e)), " throwable=", (int)($e instanceof Throwable), " exception=", (int)($e instanceof Exception), " error=", (int)($e instanceof Error), "\n";
}
function var_export_x($v) { return $v === false ? "none" : $v; }
$e = new Exception();
var_dump($e->getMessage(), $e->getCode(), $e->getPrevious(), $e->getLine());
echo $e, "\n";
--EXPECTF--
Exception: parent=none throwable=1 exception=1 error=0
Error: parent=none throwable=1 exception=0 error=1
ErrorException: parent=Exception throwable=1 exception=1 error=0
TypeError: parent=Error throwable=1 exception=0 error=1
ValueError: parent=Error throwable=1 exception=0 error=1
ArgumentCountError: parent=TypeError throwable=1 exception=0 error=1
ArithmeticError: parent=Error throwable=1 exception=0 error=1
DivisionByZeroError: parent=ArithmeticError throwable=1 exception=0 error=1
UnhandledMatchError: parent=Error throwable=1 exception=0 error=1
LogicException: parent=Exception throwable=1 exception=1 error=0
BadFunctionCallException: parent=LogicException throwable=1 exception=1 error=0
BadMethodCallException: parent=BadFunctionCallException throwable=1 exception=1 error=0
DomainException: parent=LogicException throwable=1 exception=1 error=0
InvalidArgumentException: parent=LogicException throwable=1 exception=1 error=0
LengthException: parent=LogicException throwable=1 exception=1 error=0
OutOfRangeException: parent=LogicException throwable=1 exception=1 error=0
RuntimeException: parent=Exception throwable=1 exception=1 error=0
OutOfBoundsException: parent=RuntimeException throwable=1 exception=1 error=0
OverflowException: parent=RuntimeException throwable=1 exception=1 error=0
RangeException: parent=RuntimeException throwable=1 exception=1 error=0
UnderflowException: parent=RuntimeException throwable=1 exception=1 error=0
UnexpectedValueException: parent=RuntimeException throwable=1 exception=1 error=0
string(0) ""
int(0)
NULL
int(10)
Exception in %s:10
Stack trace:
#0 {main}
