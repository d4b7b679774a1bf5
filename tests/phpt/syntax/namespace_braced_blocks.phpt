--TEST--
Several braced namespace blocks, including the global one
--FILE--
<?php
namespace First {
    function who() { return __NAMESPACE__; }
}
namespace Second {
    function who() { return __NAMESPACE__; }
}
namespace {
    echo \First\who(), " ", Second\who(), "\n";
}
--EXPECT--
First Second
