--TEST--
mt_rand sequences for fixed seeds
--FILE--
<?php
mt_srand(42);
for ($i = 0; $i < 5; $i++) echo mt_rand(), " ";
echo "\n";
mt_srand(42);
for ($i = 0; $i < 5; $i++) echo mt_rand(1, 100), " ";
echo "\n";
mt_srand(1);
for ($i = 0; $i < 5; $i++) echo mt_rand(0, PHP_INT_MAX), " ";
echo "\n";
mt_srand(7);
for ($i = 0; $i < 5; $i++) echo mt_rand(PHP_INT_MIN, PHP_INT_MAX), " ";
echo "\n";
mt_srand(123);
for ($i = 0; $i < 1000; $i++) $last = mt_rand(-5, 5);
echo $last, "\n";
mt_srand(3, MT_RAND_PHP);
for ($i = 0; $i < 5; $i++) echo mt_rand(), " ", mt_rand(1, 6), " ";
echo "\n";
--EXPECT--
804318771 1710563033 2041643438 393923207 1571945013 
43 68 77 15 27 
9171440914760070181 7979274942357647244 2363478897641094911 9205672671199996619 4355072924396407631 
-5029706303026958161 -3339372983806803431 8821655376651589187 -819313838087928937 -3541539348436646564 
-1
969637571 6 1520735868 1 624713180 1 1096993920 3 1917588990 4
