--TEST--
Magic constants in many positions
--FILE--
<?php

namespace_test();
function namespace_test() {
    return [__LINE__, __FILE__, __DIR__, __FUNCTION__, __CLASS__, __METHOD__, __NAMESPACE__, __TRAIT__];
}
echo "parsed\n";
--EXPECT--
parsed
