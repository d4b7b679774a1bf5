--TEST--
max and min over every pair of mixed-type values
--FILE--
<?php
$vals = [0, 1, -1, 1.5, "1", "01", "1e0", "abc", "", " ", null, true, false, [], [0], [1, 2], "10", "9", INF, NAN, "-0"];
foreach ($vals as $a) {
    foreach ($vals as $b) {
        echo json_encode(max($a, $b), JSON_PARTIAL_OUTPUT_ON_ERROR), json_encode(min($a, $b), JSON_PARTIAL_OUTPUT_ON_ERROR), ' ';
    }
    echo "\n";
}
echo json_encode(max($vals), JSON_PARTIAL_OUTPUT_ON_ERROR), json_encode(min($vals), JSON_PARTIAL_OUTPUT_ON_ERROR), "\n";
--EXPECT--
00 10 0-1 1.50 "1"0 "01"0 "1e0"0 "abc"0 0"" 0" " 00 true0 00 []0 [0]0 [1,2]0 "10"0 "9"0 00 00 00 
10 11 1-1 1.51 11 11 11 "abc"1 1"" 1" " 1null 11 1false []1 [0]1 [1,2]1 "10"1 "9"1 01 01 1"-0" 
0-1 1-1 -1-1 1.5-1 "1"-1 "01"-1 "1e0"-1 "abc"-1 -1"" -1" " -1null -1-1 -1false []-1 [0]-1 [1,2]-1 "10"-1 "9"-1 0-1 0-1 "-0"-1 
1.50 1.51 1.5-1 1.51.5 1.5"1" 1.5"01" 1.5"1e0" "abc"1.5 1.5"" 1.5" " 1.5null 1.51.5 1.5false []1.5 [0]1.5 [1,2]1.5 "10"1.5 "9"1.5 01.5 01.5 1.5"-0" 
"1"0 "1""1" "1"-1 1.5"1" "1""1" "1""1" "1""1" "abc""1" "1""" "1"" " "1"null "1""1" "1"false []"1" [0]"1" [1,2]"1" "10""1" "9""1" 0"1" 0"1" "1""-0" 
"01"0 "01""01" "01"-1 1.5"01" "01""01" "01""01" "01""01" "abc""01" "01""" "01"" " "01"null "01""01" "01"false []"01" [0]"01" [1,2]"01" "10""01" "9""01" 0"01" 0"01" "01""-0" 
"1e0"0 "1e0""1e0" "1e0"-1 1.5"1e0" "1e0""1e0" "1e0""1e0" "1e0""1e0" "abc""1e0" "1e0""" "1e0"" " "1e0"null "1e0""1e0" "1e0"false []"1e0" [0]"1e0" [1,2]"1e0" "10""1e0" "9""1e0" 0"1e0" 0"1e0" "1e0""-0" 
"abc"0 "abc"1 "abc"-1 "abc"1.5 "abc""1" "abc""01" "abc""1e0" "abc""abc" "abc""" "abc"" " "abc"null "abc""abc" "abc"false []"abc" [0]"abc" [1,2]"abc" "abc""10" "abc""9" "abc"0 0"abc" "abc""-0" 
0"" 1"" -1"" 1.5"" "1""" "01""" "1e0""" "abc""" """" " """ """" true"" """" []"" [0]"" [1,2]"" "10""" "9""" 0"" 0"" "-0""" 
0" " 1" " -1" " 1.5" " "1"" " "01"" " "1e0"" " "abc"" " " """ " "" " " "null " "" " " "false []" " [0]" " [1,2]" " "10"" " "9"" " 0" " 0" " "-0"" " 
nullnull 1null -1null 1.5null "1"null "01"null "1e0"null "abc"null nullnull " "null nullnull truenull nullnull nullnull [0]null [1,2]null "10"null "9"null 0null 0null "-0"null 
true0 truetrue truetrue truetrue truetrue truetrue truetrue truetrue true"" truetrue truenull truetrue truefalse true[] truetrue truetrue truetrue truetrue truetrue truetrue truetrue 
falsefalse 1false -1false 1.5false "1"false "01"false "1e0"false "abc"false falsefalse " "false falsefalse truefalse falsefalse falsefalse [0]false [1,2]false "10"false "9"false 0false 0false "-0"false 
[]0 []1 []-1 []1.5 []"1" []"01" []"1e0" []"abc" []"" []" " [][] true[] [][] [][] [0][] [1,2][] []"10" []"9" []0 []0 []"-0" 
[0]0 [0]1 [0]-1 [0]1.5 [0]"1" [0]"01" [0]"1e0" [0]"abc" [0]"" [0]" " [0]null [0][0] [0]false [0][] [0][0] [1,2][0] [0]"10" [0]"9" [0]0 [0]0 [0]"-0" 
[1,2]0 [1,2]1 [1,2]-1 [1,2]1.5 [1,2]"1" [1,2]"01" [1,2]"1e0" [1,2]"abc" [1,2]"" [1,2]" " [1,2]null [1,2][1,2] [1,2]false [1,2][] [1,2][0] [1,2][1,2] [1,2]"10" [1,2]"9" [1,2]0 [1,2]0 [1,2]"-0" 
"10"0 "10"1 "10"-1 "10"1.5 "10""1" "10""01" "10""1e0" "abc""10" "10""" "10"" " "10"null "10""10" "10"false []"10" [0]"10" [1,2]"10" "10""10" "10""9" 0"10" 0"10" "10""-0" 
"9"0 "9"1 "9"-1 "9"1.5 "9""1" "9""01" "9""1e0" "abc""9" "9""" "9"" " "9"null "9""9" "9"false []"9" [0]"9" [1,2]"9" "10""9" "9""9" 0"9" 0"9" "9""-0" 
00 01 0-1 01.5 0"1" 0"01" 0"1e0" "abc"0 0"" 0" " 0null 00 0false []0 [0]0 [1,2]0 0"10" 0"9" 00 00 0"-0" 
00 10 -10 1.50 "1"0 "01"0 "1e0"0 "abc"0 ""0 " "0 0null 00 0false []0 [0]0 [1,2]0 "10"0 "9"0 00 00 "-0"0 
"-0""-0" 1"-0" "-0"-1 1.5"-0" "1""-0" "01""-0" "1e0""-0" "abc""-0" "-0""" "-0"" " "-0"null "-0""-0" "-0"false []"-0" [0]"-0" [1,2]"-0" "10""-0" "9""-0" 0"-0" 0"-0" "-0""-0" 
[1,2]"-0"
