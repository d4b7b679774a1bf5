<?php
// Float math: Mandelbrot set membership counts.
function mandel($w, $h, $maxIter) {
    $inside = 0;
    $iters = 0;
    for ($py = 0; $py < $h; $py++) {
        $ci = 2.0 * $py / $h - 1.0;
        for ($px = 0; $px < $w; $px++) {
            $cr = 2.5 * $px / $w - 2.0;
            $zr = 0.0;
            $zi = 0.0;
            $k = 0;
            while ($k < $maxIter) {
                $zr2 = $zr * $zr;
                $zi2 = $zi * $zi;
                if ($zr2 + $zi2 > 4.0) {
                    break;
                }
                $zi = 2.0 * $zr * $zi + $ci;
                $zr = $zr2 - $zi2 + $cr;
                $k++;
            }
            $iters += $k;
            if ($k == $maxIter) {
                $inside++;
            }
        }
    }
    return $inside * 1000000 + $iters % 1000000;
}
echo "mandel ", mandel(480, 360, 100), "\n";
