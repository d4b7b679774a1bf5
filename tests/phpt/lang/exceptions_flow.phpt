--TEST--
exceptions flow
--FILE--
<?php
function f() { try { return "try"; } finally { echo "finally runs\n"; } }
var_dump(f());
function g() { try { return "try"; } finally { return "finally wins"; } }
var_dump(g());
function h() { try { throw new Exception("lost"); } finally { return "finally swallows"; } }
var_dump(h());
function k() { foreach ([1, 2] as $i) { try { if ($i == 1) continue; return $i; } finally { echo "fin $i\n"; } } }
var_dump(k());
try {
    try { throw new InvalidArgumentException("inner", 5); }
    catch (RuntimeException $e) { echo "wrong\n"; }
    finally { echo "inner finally\n"; }
} catch (LogicException | TypeError $e) {
    echo get_class($e), " ", $e->getMessage(), " ", $e->getCode(), "\n";
}
try { throw new Exception("outer", 1, new RuntimeException("cause")); }
catch (Exception $e) { echo $e->getPrevious()->getMessage(), " ", get_class($e->getPrevious()), "\n"; }
function thrower() { throw new DomainException("deep"); }
function mid() { thrower(); }
try { mid(); } catch (Exception $e) { echo $e->getLine(), " ", basename_x($e->getFile()), "\n", $e->getTraceAsString(), "\n"; var_dump(count($e->getTrace()), $e->getTrace()[0]['function']); }
function basename_x($p) { return strlen($p) > 0 ? "file" : ""; }
try { try { throw new Exception("a"); } catch (Exception $e) { throw new RuntimeException("b", 0, $e); } }
catch (Exception $e) { echo get_class($e), ":", $e->getMessage(), " prev:", $e->getPrevious()->getMessage(), "\n"; }
$e = new ErrorException("ee", 1, E_WARNING, "file.php", 7);
var_dump($e->getSeverity(), $e->getLine(), $e->getFile());
try { throw new Error("plain error"); } catch (Exception $e) { echo "not here\n"; } catch (Throwable $t) { echo "Throwable caught: ", $t->getMessage(), "\n"; }
$r = match(true) { default => "m" };
try { echo match(99) { 1 => 'a' }; } catch (\UnhandledMatchError $e) { echo $e->getMessage(), "\n"; }
try { echo match("str") { 1 => 'a' }; } catch (\UnhandledMatchError $e) { echo $e->getMessage(), "\n"; }
class MyEx extends Exception { public function __construct(string $m, private string $extra = "x") { parent::__construct("My: " . $m, 42); } public function extra() { return $this->extra; } }
try { throw new MyEx("custom"); } catch (MyEx $e) { echo $e->getMessage(), " ", $e->getCode(), " ", $e->extra(), "\n"; }
echo "done\n";
--EXPECTF--
finally runs
string(3) "try"
string(12) "finally wins"
string(16) "finally swallows"
fin 1
fin 2
int(2)
inner finally
InvalidArgumentException inner 5
cause RuntimeException
19 file
#0 %s(20): thrower()
#1 %s(21): mid()
#2 {main}
int(2)
string(7) "thrower"
RuntimeException:b prev:a
int(2)
int(7)
string(8) "file.php"
Throwable caught: plain error
Unhandled match case 99
Unhandled match case 'str'
My: custom 42 x
done
