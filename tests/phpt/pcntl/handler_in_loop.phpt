--TEST--
pcntl: async handlers run inside a busy loop; without async signals they wait for dispatch
--FILE--
<?php
$got = 0;
pcntl_signal(SIGALRM, function ($s) use (&$got) { $got++; echo "got $s\n"; });
pcntl_async_signals(true);
pcntl_alarm(1);
$i = 0;
while ($got === 0) {
    $i++;
}
echo "loop left\n";
pcntl_async_signals(false);
pcntl_alarm(1);
usleep(1500000);
echo "nothing yet: $got\n";
pcntl_signal_dispatch();
echo "now: $got\n";
pcntl_signal(SIGALRM, SIG_IGN);
pcntl_alarm(1);
usleep(1500000);
pcntl_signal_dispatch();
echo "ignored: $got\n";
--EXPECT--
got 14
loop left
nothing yet: 1
got 14
now: 2
ignored: 2
