--TEST--
try with several catch clauses, union types, no variable, finally
--FILE--
<?php

if (false) {
    try {
        throw new Exception('e');
    } catch (InvalidArgumentException | TypeError $e) {
        echo 1;
    } catch (\Exception $e) {
        echo 2;
    } catch (Throwable) {
        echo 3;
    } finally {
        echo 4;
    }
    try { } finally { }
}
echo "parsed\n";
--EXPECT--
parsed
