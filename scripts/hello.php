<?php
// phpsock's first-run check: `cargo run --release -- scripts/hello.php`

function greet(string $name, int $times = 1): string
{
    $lines = [];
    for ($i = 1; $i <= $times; $i++) {
        $lines[] = "Hello, $name! ($i)";
    }
    return implode(PHP_EOL, $lines);
}

echo greet('world'), PHP_EOL;
echo 'PHP ', PHP_VERSION, ' compatible, running ', basename(__FILE__), PHP_EOL;
