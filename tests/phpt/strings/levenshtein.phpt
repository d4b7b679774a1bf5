--TEST--
levenshtein with custom costs
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump(levenshtein("kitten", "sitting"), levenshtein("", "abc"), levenshtein("abc", ""), levenshtein("abc", "abc"), levenshtein("flaw", "lawn"));
var_dump(levenshtein("kitten", "sitting", 2, 3, 4), levenshtein("", "ab", 5), levenshtein("ab", "", 1, 1, 7), levenshtein("a", "b", 1, 10, 1));
?>
--EXPECT--
int(3)
int(3)
int(3)
int(0)
int(2)
int(8)
int(10)
int(14)
int(2)
