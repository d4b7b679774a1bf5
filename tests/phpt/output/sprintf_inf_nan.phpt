--TEST--
sprintf: INF and NaN for every float conversion
--FILE--
<?php
foreach (['f', 'F', 'e', 'E', 'g', 'G'] as $c) {
    echo sprintf("[%$c][%+$c][%6$c][%-6$c][%06$c][%$c][%$c]", INF, INF, INF, -INF, -INF, NAN, -NAN), "\n";
}
echo sprintf("[%+06f][%d][%s][%s]", INF, INF, INF, -INF), "\n";
--EXPECT--
[INF][INF][INF][INF][-NF][NaN][NaN]
[INF][INF][INF][INF][-NF][NaN][NaN]
[INF][INF][INF][INF][-NF][NaN][NaN]
[INF][INF][INF][INF][-NF][NaN][NaN]
[INF][INF][INF][INF][-NF][NaN][NaN]
[INF][INF][INF][INF][-NF][NaN][NaN]
[+NF][0][INF][-INF]
