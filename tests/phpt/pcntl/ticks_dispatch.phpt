--TEST--
pcntl: under declare(ticks) pending signals are dispatched at each tick, before the script's tick functions
--FILE--
<?php
declare(ticks=1);
// Handlers installed with pcntl_signal run at the next tick of declare(ticks) (PHP's pcntl
// registers a tick function that dispatches), without pcntl_async_signals or an explicit
// pcntl_signal_dispatch().
$running = true;
pcntl_signal(SIGTERM, function ($sig) use (&$running) { echo "handler: SIGTERM ($sig)\n"; $running = false; });
pcntl_signal(SIGUSR1, function ($sig, $info) { echo "handler: SIGUSR1, info ", $info['signo'], "\n"; });
echo "sending SIGUSR1\n";
exec('kill -USR1 ' . getmypid());
echo "after SIGUSR1\n";
exec('kill -TERM ' . getmypid());
$n = 0;
while ($running && $n < 1000) {
    $n++;
    usleep(1000);
}
var_dump($running, $n < 1000);
// A tick function of the script's runs after the dispatch.
register_tick_function(function () { static $k = 0; if (++$k <= 2) echo "tick $k\n"; });
exec('kill -USR1 ' . getmypid());
echo "end\n";
--EXPECT--
sending SIGUSR1
handler: SIGUSR1, info 10
after SIGUSR1
handler: SIGTERM (15)
bool(false)
bool(true)
tick 1
handler: SIGUSR1, info tick 2
10
end
