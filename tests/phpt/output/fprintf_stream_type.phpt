--TEST--
fprintf and vfprintf reject non-resource streams
--FILE--
<?php
try { fprintf(1, "x"); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { vfprintf("s", "x", []); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { fprintf(null, "x"); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECT--
TypeError: fprintf(): Argument #1 ($stream) must be of type resource, int given
TypeError: vfprintf(): Argument #1 ($stream) must be of type resource, string given
TypeError: fprintf(): Argument #1 ($stream) must be of type resource, null given
