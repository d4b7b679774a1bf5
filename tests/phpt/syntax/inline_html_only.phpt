--TEST--
A file with no PHP tags is output as is
--FILE--
Hello,
world!
--EXPECT--
Hello,
world!
