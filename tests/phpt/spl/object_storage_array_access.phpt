--TEST--
SplObjectStorage as an array: $s[$obj], isset, unset, errors for non-objects
--FILE--
<?php
$s = new SplObjectStorage;
$a = new stdClass; $b = new stdClass; $c = new stdClass;
$s[$a] = 'first';
$s[$b] = null;
$s->offsetSet($c);
var_dump(isset($s[$a]), isset($s[$b]), empty($s[$a]), empty($s[$b]), $s[$b], $s->offsetGet($c));
$s[$a] .= '!';
var_dump($s[$a]);
$s[$a] = [1];
unset($s[$b]);
var_dump(count($s), isset($s[$b]));
try { $s[$b]; } catch (UnexpectedValueException $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $s->offsetGet(new stdClass); } catch (UnexpectedValueException $e) { echo $e->getMessage(), "\n"; }
foreach ([1, 'x', null, [1]] as $bad) {
    try { $s[$bad] = 1; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
    try { var_dump(isset($s[$bad])); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
    try { $s[$bad]; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
    try { unset($s[$bad]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
}
try { $s->attach('x'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $s->detach(5); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $s->contains(null); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $s->attach(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { $s->count(1, 2); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
var_dump(count($s), $s->count(), $s->count(COUNT_RECURSIVE));
$s[$a] = $s;
var_dump(count($s));
--EXPECT--
bool(true)
bool(true)
bool(false)
bool(true)
NULL
NULL
string(6) "first!"
int(2)
bool(false)
UnexpectedValueException: Object not found
Object not found
SplObjectStorage::offsetSet(): Argument #1 ($object) must be of type object, int given
SplObjectStorage::offsetExists(): Argument #1 ($object) must be of type object, int given
SplObjectStorage::offsetGet(): Argument #1 ($object) must be of type object, int given
SplObjectStorage::offsetUnset(): Argument #1 ($object) must be of type object, int given
SplObjectStorage::offsetSet(): Argument #1 ($object) must be of type object, string given
SplObjectStorage::offsetExists(): Argument #1 ($object) must be of type object, string given
SplObjectStorage::offsetGet(): Argument #1 ($object) must be of type object, string given
SplObjectStorage::offsetUnset(): Argument #1 ($object) must be of type object, string given
SplObjectStorage::offsetSet(): Argument #1 ($object) must be of type object, null given
SplObjectStorage::offsetExists(): Argument #1 ($object) must be of type object, null given
SplObjectStorage::offsetGet(): Argument #1 ($object) must be of type object, null given
SplObjectStorage::offsetUnset(): Argument #1 ($object) must be of type object, null given
SplObjectStorage::offsetSet(): Argument #1 ($object) must be of type object, array given
SplObjectStorage::offsetExists(): Argument #1 ($object) must be of type object, array given
SplObjectStorage::offsetGet(): Argument #1 ($object) must be of type object, array given
SplObjectStorage::offsetUnset(): Argument #1 ($object) must be of type object, array given
SplObjectStorage::attach(): Argument #1 ($object) must be of type object, string given
SplObjectStorage::detach(): Argument #1 ($object) must be of type object, int given
SplObjectStorage::contains(): Argument #1 ($object) must be of type object, null given
SplObjectStorage::attach() expects at least 1 argument, 0 given
SplObjectStorage::count() expects at most 1 argument, 2 given
int(2)
int(2)
int(2)
int(2)
