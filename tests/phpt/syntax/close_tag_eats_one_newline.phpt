--TEST--
?> swallows exactly one directly following newline
--FILE--
<?php echo 'a'; ?>
b
<?php echo 'c'; ?>

d
<?php echo 'e' ?>  
f
--EXPECT--
ab
c
d
e  
f
