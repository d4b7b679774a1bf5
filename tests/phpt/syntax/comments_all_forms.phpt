--TEST--
Line comments (// and #), block and doc comments
--FILE--
<?php
// line comment
# hash comment
/* block
   comment */
/** doc comment */
echo 1 /* inline */ + /* another */ 2, "\n"; // trailing
echo 3; # trailing hash
echo "\n";
#comment right after the hash
/* comment with ?> inside a block does not close */
echo "done\n";
--EXPECT--
3
3
done
