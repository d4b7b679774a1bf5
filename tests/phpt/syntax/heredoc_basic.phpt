--TEST--
Heredoc with interpolation and escapes
--FILE--
<?php
$who = 'world';
$a = ['k' => 'v'];
echo <<<EOT
Hello $who!
Tab:\tEnd {$a['k']} $a[k]
Dollar: \$who
EOT;
echo "\n";
--EXPECT--
Hello world!
Tab:	End v v
Dollar: $who
