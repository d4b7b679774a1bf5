<?php
// String building: .= appends, interpolation, concatenation, strlen.
$total = 0;
for ($round = 0; $round < 96; $round++) {
    $s = "";
    for ($i = 0; $i < 20000; $i++) {
        $s .= "item $i of round {$round}; ";
        if ($i % 3 == 0) {
            $s .= 'x' . $i . '-' . ($i * 2);
        }
    }
    $total += strlen($s);
    $t = "";
    for ($i = 0; $i < 5000; $i++) {
        $t = "<" . $i . ">";
        $total += strlen($t);
    }
}
echo "strings ", $total, "\n";
