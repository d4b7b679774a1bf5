--TEST--
The closing marker's indentation is removed from every line
--FILE--
<?php
function show() {
    echo <<<EOT
        four spaces removed
          two extra kept

        after an empty line
        EOT;
    echo "|\n";
    echo <<<'NOW'
      nowdoc too
        indented
      NOW;
    echo "|\n";
}
show();
--EXPECT--
four spaces removed
  two extra kept

after an empty line|
nowdoc too
  indented|
