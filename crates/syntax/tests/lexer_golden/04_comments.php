<?php
// line comment ?> html
<?php # hash comment
#[Attr]
/* block */ /** doc */ $a;
// end ?>
X