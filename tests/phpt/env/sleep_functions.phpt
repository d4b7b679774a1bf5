--TEST--
sleep, usleep, time_nanosleep and their argument errors
--FILE--
<?php
var_dump(sleep(0), usleep(1), time_nanosleep(0, 100));
try { sleep(-1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { usleep(-1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { time_nanosleep(-1, 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { time_nanosleep(0, -1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { time_nanosleep(0, 1000000000); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
$t = microtime(true);
usleep(20000);
var_dump(microtime(true) - $t >= 0.019);
--EXPECT--
int(0)
NULL
bool(true)
sleep(): Argument #1 ($seconds) must be greater than or equal to 0
usleep(): Argument #1 ($microseconds) must be greater than or equal to 0
time_nanosleep(): Argument #1 ($seconds) must be greater than or equal to 0
time_nanosleep(): Argument #2 ($nanoseconds) must be greater than or equal to 0
Nanoseconds was not in the range 0 to 999 999 999 or seconds was negative
bool(true)
