--TEST--
A body line that merely starts with the label does not end the heredoc
--FILE--
<?php
echo <<<END
ENDING is not the end
  END_X either
END;
echo "\n";
--EXPECT--
ENDING is not the end
  END_X either
