--TEST--
bad patterns: delimiter, modifier and compilation warnings
--FILE--
<?php
var_dump(preg_match('', 'a'));
var_dump(preg_match('   ', 'a'));
var_dump(preg_match('abc', 'a'));
var_dump(preg_match('\\abc\\', 'a'));
var_dump(preg_match('/abc', 'a'));
var_dump(preg_match('(abc', 'a'));
var_dump(preg_match('/abc/k', 'a'));
var_dump(preg_match('/abc/e', 'a'));
var_dump(preg_match('/(abc/', 'a'));
var_dump(preg_match('/abc)/', 'a'));
var_dump(preg_match('/[a-/', 'a'));
var_dump(preg_match('/a{2,1}/', 'a'));
var_dump(preg_match('/\y/', 'y'));
var_dump(preg_match('/(?<n>a)(?<n>b)/', 'ab'));
var_dump(preg_last_error(), preg_last_error_msg());
var_dump(preg_replace('/(/', 'x', 'abc'));
var_dump(preg_split('/[/', 'abc'));
var_dump(preg_match_all('/a/q', 'a', $m), $m);
var_dump(preg_grep('/)/', ['a']));
var_dump(preg_replace_callback('/(/', fn($m) => 'x', 'abc'));
--EXPECTF--
Warning: preg_match(): Empty regular expression in %s on line 2
bool(false)

Warning: preg_match(): Empty regular expression in %s on line 3
bool(false)

Warning: preg_match(): Delimiter must not be alphanumeric, backslash, or NUL in %s on line 4
bool(false)

Warning: preg_match(): Delimiter must not be alphanumeric, backslash, or NUL in %s on line 5
bool(false)

Warning: preg_match(): No ending delimiter '/' found in %s on line 6
bool(false)

Warning: preg_match(): No ending matching delimiter ')' found in %s on line 7
bool(false)

Warning: preg_match(): Unknown modifier 'k' in %s on line 8
bool(false)

Warning: preg_match(): The /e modifier is no longer supported, use preg_replace_callback instead in %s on line 9
bool(false)

Warning: preg_match(): Compilation failed: missing closing parenthesis at offset 4 in %s on line 10
bool(false)

Warning: preg_match(): Compilation failed: unmatched closing parenthesis at offset 3 in %s on line 11
bool(false)

Warning: preg_match(): Compilation failed: missing terminating ] for character class at offset 3 in %s on line 12
bool(false)

Warning: preg_match(): Compilation failed: numbers out of order in {} quantifier at offset 5 in %s on line 13
bool(false)

Warning: preg_match(): Compilation failed: unrecognized character follows \ at offset 1 in %s on line 14
bool(false)

Warning: preg_match(): Compilation failed: two named subpatterns have the same name (PCRE2_DUPNAMES not set) at offset 12 in %s on line 15
bool(false)
int(1)
string(14) "Internal error"

Warning: preg_replace(): Compilation failed: missing closing parenthesis at offset 1 in %s on line 17
NULL

Warning: preg_split(): Compilation failed: missing terminating ] for character class at offset 1 in %s on line 18
bool(false)

Warning: preg_match_all(): Unknown modifier 'q' in %s on line 19
bool(false)
NULL

Warning: preg_grep(): Compilation failed: unmatched closing parenthesis at offset 0 in %s on line 20
bool(false)

Warning: preg_replace_callback(): Compilation failed: missing closing parenthesis at offset 1 in %s on line 21
NULL
