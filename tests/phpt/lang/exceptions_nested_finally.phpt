--TEST--
exceptions nested finally
--FILE--
<?php
function level3() { throw new RuntimeException("L3"); }
function level2() { try { level3(); } finally { echo "finally L2\n"; } }
function level1() { try { level2(); } catch (LogicException $e) { echo "wrong catch\n"; } finally { echo "finally L1\n"; } }
try { level1(); } catch (RuntimeException $e) { echo "caught ", $e->getMessage(), "\n"; }
function retInTry() { for ($i = 0; $i < 3; $i++) { try { if ($i == 1) return "returned at $i"; } finally { echo "cleanup $i\n"; } } }
var_dump(retInTry());
function throwInFinally() { try { throw new Exception("first"); } finally { throw new Exception("second"); } }
try { throwInFinally(); } catch (Exception $e) { echo $e->getMessage(), " prev=", $e->getPrevious()?->getMessage() ?? "none", "\n"; }
try { try { throw new Exception("inner"); } catch (Exception $e) { throw $e; } } catch (Exception $e2) { var_dump($e === $e2); }
$ex = new Exception("reused");
for ($i = 0; $i < 2; $i++) { try { throw $ex; } catch (Exception $e) { echo $e->getMessage(), $i, " line ", $e->getLine(), "\n"; } }
--EXPECTF--
finally L2
finally L1
caught L3
cleanup 0
cleanup 1
string(13) "returned at 1"
second prev=first
bool(true)
reused0 line 11
reused1 line 11
