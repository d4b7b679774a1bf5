--TEST--
pcntl_signal(): a handler that is neither callable nor an int is a TypeError
--FILE--
<?php
try { pcntl_signal(SIGUSR1, 'nope'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { pcntl_signal(SIGUSR1, [1,2]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { pcntl_signal(SIGUSR1, 1.5); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { pcntl_signal(SIGUSR1, null); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { pcntl_signal(SIGUSR1, new stdClass); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { pcntl_signal(SIGUSR1, 'strlen'); echo "ok\n"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { pcntl_signal(SIGUSR1, "5"); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECT--
pcntl_signal(): Argument #2 ($handler) must be of type callable|int, string given
pcntl_signal(): Argument #2 ($handler) must be of type callable|int, array given
pcntl_signal(): Argument #2 ($handler) must be of type callable|int, float given
pcntl_signal(): Argument #2 ($handler) must be of type callable|int, null given
pcntl_signal(): Argument #2 ($handler) must be of type callable|int, stdClass given
ok
TypeError: pcntl_signal(): Argument #2 ($handler) must be of type callable|int, string given
