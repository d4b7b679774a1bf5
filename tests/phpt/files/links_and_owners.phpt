--TEST--
symlink, link, readlink, linkinfo, chown/chgrp/lchown/lchgrp, fileowner/filegroup: success, warnings and NUL-byte errors
--FILE--
<?php
$d = sys_get_temp_dir() . '/phpsock_links_' . getmypid();
@mkdir($d);
touch("$d/t");
var_dump(symlink("$d/t", "$d/s"), readlink("$d/s") === "$d/t", is_link("$d/s"), linkinfo("$d/s") === lstat("$d/s")['dev']);
var_dump(symlink("t", "$d/rel"), readlink("$d/rel"), file_exists("$d/rel"));
var_dump(link("$d/t", "$d/h"), fileinode("$d/h") === fileinode("$d/t"), stat("$d/t")['nlink']);
var_dump(@readlink("$d/t"), @symlink("$d/t", "$d/s"), @link("$d/nope", "$d/x"), @linkinfo("$d/nope"));
readlink("$d/t");
symlink("$d/t", "$d/s");
link("$d/t", "$d/h");
linkinfo("$d/nope");
var_dump(chown("$d/t", getmyuid()), chgrp("$d/t", getmygid()), lchown("$d/s", getmyuid()), lchgrp("$d/s", getmygid()));
var_dump(fileowner("$d/t") === getmyuid(), filegroup("$d/t") === getmygid());
var_dump(chown("$d/nope", getmyuid()));
var_dump(chown("$d/t", "no_such_user_xyz"), chgrp("$d/t", "no_such_group_xyz"));
try { readlink("a\0b"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { symlink("a", "b\0c"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
foreach (['s', 'rel', 'h', 't'] as $f) { unlink("$d/$f"); }
rmdir($d);
--EXPECTF--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
string(1) "t"
bool(true)
bool(true)
bool(true)
int(2)
bool(false)
bool(false)
bool(false)
int(-1)

Warning: readlink(): Invalid argument in %s on line 9

Warning: symlink(): File exists in %s on line 10

Warning: link(): File exists in %s on line 11

Warning: linkinfo(): No such file or directory in %s on line 12
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)

Warning: chown(): No such file or directory in %s on line 15
bool(false)

Warning: chown(): Unable to find uid for no_such_user_xyz in %s on line 16

Warning: chgrp(): Unable to find gid for no_such_group_xyz in %s on line 16
bool(false)
bool(false)
readlink(): Argument #1 ($path) must not contain any null bytes
symlink(): Argument #2 ($link) must not contain any null bytes
