--TEST--
fprintf and fputs reach STDOUT, STDERR and memory streams in order
--FILE--
<?php
echo "start\n";
fprintf(STDOUT, "%05d|%s\n", 42, "ok");
fputs(STDERR, "to stderr\n");
printf("after\n");
$m = fopen('php://memory', 'w+');
var_dump(fprintf($m, "%s-%s", 'a', 'b'));
rewind($m);
var_dump(fgets($m));
--EXPECT--
start
00042|ok
to stderr
after
int(3)
string(3) "a-b"
