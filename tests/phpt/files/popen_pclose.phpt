--TEST--
popen/pclose: reading and writing, exit statuses (code, signal, 127), STDIO metadata, stream_select, fstat, mode errors, output order
--FILE--
<?php
$p = popen('echo hello; echo world; exit 3', 'r');
var_dump(get_resource_type($p));
$m = stream_get_meta_data($p);
var_dump($m['stream_type'], $m['mode'], $m['wrapper_type'] ?? null, $m['seekable'], $m['uri'] ?? null);
var_dump(fgets($p)); $rest = ""; while (!feof($p)) { $rest .= fread($p, 100); } var_dump($rest, feof($p), fread($p, 10), feof($p));
var_dump(pclose($p));
$w = popen('cat > /dev/null; exit 0', 'w');
var_dump(fwrite($w, "data\n"), pclose($w));
echo "before\n";
$w = popen('cat', 'w');
fwrite($w, "through cat\n");
var_dump(pclose($w));
$k = popen('kill -TERM $$', 'r');
var_dump(pclose($k));
try { popen('true', 'x'); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { popen('true', 'r+'); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
$f = fopen('php://memory', 'r');
try { var_dump(pclose($f)); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
$p = popen('true', 'rb'); var_dump(stream_get_meta_data($p)['mode']); fclose($p);
try { pclose($p); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
$p = popen('exit 7', 'r'); var_dump(fclose($p));
$p = popen('/nonexistent/cmd 2>/dev/null', 'r'); var_dump(is_resource($p), stream_get_contents($p), pclose($p));
try { popen('', 'r'); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { popen("a\0b", 'r'); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
$p = popen('for i in 1 2 3; do echo line$i; done', 'r');
$lines = [];
while (($l = fgets($p)) !== false) { $lines[] = rtrim($l); }
var_dump($lines, feof($p), pclose($p));
$p = popen('head -c 100000 /dev/zero', 'r');
var_dump(strlen(stream_get_contents($p)), pclose($p));
$p = popen('sleep 1; echo late', 'r');
$r = [$p]; $w = null; $e = null;
var_dump(stream_select($r, $w, $e, 0));
$r = [$p];
var_dump(stream_select($r, $w, $e, 10), fgets($p));
unset($p);
echo "A\n";
$w = popen('cat', 'w');
echo "B\n";
fwrite($w, "C\n");
fflush($w);
unset($w);
echo "D\n";
$p = popen('echo x', 'r');
var_dump(@fseek($p, 0), ftell($p), fstat($p) !== false, @fwrite($p, "no"), stream_is_local($p));
var_dump(fread($p, 10));
echo "end\n";
--EXPECT--
string(6) "stream"
string(5) "STDIO"
string(1) "r"
NULL
bool(false)
NULL
string(6) "hello
"
string(6) "world
"
bool(true)
string(0) ""
bool(true)
int(3)
int(5)
int(0)
before
through cat
int(0)
int(15)
ValueError: popen(): Argument #2 ($mode) must be one of "r", "rb", "w", or "wb"
ValueError: popen(): Argument #2 ($mode) must be one of "r", "rb", "w", or "wb"
int(0)
string(2) "rb"
TypeError: pclose(): supplied resource is not a valid stream resource
bool(true)
bool(true)
string(0) ""
int(127)
ValueError: popen(): Argument #1 ($command) must not contain any null bytes
array(3) {
  [0]=>
  string(5) "line1"
  [1]=>
  string(5) "line2"
  [2]=>
  string(5) "line3"
}
bool(true)
int(0)
int(100000)
int(0)
int(0)
int(1)
string(5) "late
"
A
B
C
D
int(-1)
int(0)
bool(true)
bool(false)
bool(false)
string(2) "x
"
end
