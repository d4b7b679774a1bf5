--TEST--
An autoloader exception while call_user_func/call_user_func_array/Closure::fromCallable resolve their callback becomes the previous exception of the invalid-callback TypeError; other functions pass it on
--FILE--
<?php
spl_autoload_register(function ($c) { echo "load $c\n"; throw new Exception("no $c"); });
try { call_user_func("Foo::bar"); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; $p = $e->getPrevious(); if ($p) echo "prev ", get_class($p), ": ", $p->getMessage(), "\n"; }
try { call_user_func(["Bar", "baz"]); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { array_map("Baz::q", [1]); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { is_callable("Qux::q"); echo "after\n"; } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { usort($a, "Q2::x"); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { call_user_func_array("Foo::bar", []); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; $p = $e->getPrevious(); if ($p) echo "prev ", get_class($p), ": ", $p->getMessage(), "\n"; echo $e->getTraceAsString(), "\n"; }
try { call_user_func("foo\\Bar::x"); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
spl_autoload_register(function ($c) { echo "load2 $c\n"; throw new Error("err $c"); }, true, true);
try { call_user_func("Zed::bar", 1); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; $p = $e->getPrevious(); if ($p) echo "prev ", get_class($p), ": ", $p->getMessage(), "\n"; }
try { Closure::fromCallable("Foo::bar"); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; $p = $e->getPrevious(); if ($p) echo "prev ", get_class($p), ": ", $p->getMessage(), "\n"; }
try { Closure::fromCallable(["Foo2", "bar"]); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; $p = $e->getPrevious(); if ($p) echo "prev ", get_class($p), ": ", $p->getMessage(), "\n"; }
--EXPECT--
load Foo
TypeError: call_user_func(): Argument #1 ($callback) must be a valid callback, class "Foo" not found
prev Exception: no Foo
load Bar
TypeError: call_user_func(): Argument #1 ($callback) must be a valid callback, class "Bar" not found
load Baz
Exception: no Baz
load Qux
Exception: no Qux
TypeError: usort(): Argument #1 ($array) must be of type array, null given
load Foo
TypeError: call_user_func_array(): Argument #1 ($callback) must be a valid callback, class "Foo" not found
prev Exception: no Foo
#0 {main}
load foo\Bar
TypeError: call_user_func(): Argument #1 ($callback) must be a valid callback, class "foo\Bar" not found
load2 Zed
TypeError: call_user_func(): Argument #1 ($callback) must be a valid callback, class "Zed" not found
prev Error: err Zed
load2 Foo
TypeError: Failed to create closure from callable: class "Foo" not found
prev Error: err Foo
load2 Foo2
TypeError: Failed to create closure from callable: class "Foo2" not found
prev Error: err Foo2
