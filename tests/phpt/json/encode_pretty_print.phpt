--TEST--
json_encode: JSON_PRETTY_PRINT layout
--FILE--
<?php
echo json_encode(["a" => [], "b" => new stdClass, "c" => [1, [2, ["x" => null]]]], JSON_PRETTY_PRINT), "\n";
echo json_encode([], JSON_PRETTY_PRINT), json_encode(new stdClass, JSON_PRETTY_PRINT), "\n";
echo json_encode(['k' => ['x' => []]], JSON_PRETTY_PRINT | JSON_FORCE_OBJECT), "\n";
echo json_encode([1, "a/b"], JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES), "\n";
--EXPECT--
{
    "a": [],
    "b": {},
    "c": [
        1,
        [
            2,
            {
                "x": null
            }
        ]
    ]
}
[]{}
{
    "k": {
        "x": {}
    }
}
[
    1,
    "a/b"
]
