--TEST--
generators errors
--FILE--
<?php
function g() { try { yield 1; yield 2; } catch (Exception $e) { echo "caught in generator: ", $e->getMessage(), "\n"; yield 100; } finally { echo "generator finally\n"; } }
$gen = g();
var_dump($gen->current());
var_dump($gen->throw(new Exception("injected")));
$gen->next();
var_dump($gen->valid());
$gen = g(); foreach ($gen as $v) { break; }
unset($gen);
echo "after destroy\n";
$gen = g();
foreach ($gen as $v) {}
try { foreach ($gen as $v) {} } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$gen = g(); $gen->current(); $gen->next();
try { $gen->rewind(); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
$gen = g();
try { $gen->getReturn(); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
function self_resume() { global $sr; yield 1; $sr->next(); }
$sr = self_resume();
try { foreach ($sr as $v) {} } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
function thrower() { yield 1; throw new LogicException("from body"); }
try { foreach (thrower() as $v) echo "v=$v\n"; } catch (LogicException $e) { echo "caught: ", $e->getMessage(), " line ", $e->getLine(), "\n"; }
$t = thrower(); $t->current();
try { $t->throw(new RuntimeException("rethrown")); } catch (RuntimeException $e) { echo "propagated: ", $e->getMessage(), "\n"; }
var_dump($t->valid());
function uncaughtGen() { yield 1; throw new DomainException("escapes"); }
foreach (uncaughtGen() as $v) echo $v, "\n";
--EXPECTF--
int(1)
caught in generator: injected
int(100)
generator finally
bool(false)
generator finally
after destroy
generator finally
Exception: Cannot traverse an already closed generator
Cannot rewind a generator that was already run
generator finally
Cannot get return value of a generator that hasn't returned
Error: Cannot resume an already running generator
v=1
caught: from body line 21
propagated: rethrown
bool(false)
1

Fatal error: Uncaught DomainException: escapes in %s:26
Stack trace:
#0 %s(27): uncaughtGen()
#1 {main}
  thrown in %s on line 26
generator finally
--EXITCODE--
255
