--TEST--
$argv and $argc from --ARGS-- (script name first)
--ARGS--
one -two --three "four five"
--FILE--
<?php
echo $argc, "\n";
echo basename($argv[0]), "\n";
for ($i = 1; $i < $argc; $i++) {
    echo $i, ": ", $argv[$i], "\n";
}
--EXPECT--
5
argv_args.php
1: one
2: -two
3: --three
4: four five
