//! The order PHP sorts in: its hybrid sort (insertion sort up to 16 elements, otherwise a
//! quicksort whose pivot is the median of 3 — or of 5 from 1024 elements on — recursing into
//! the smaller side first), made stable by breaking ties on the original position, as PHP 8
//! does. Reproducing the algorithm, not only the result, matters: a user comparison callback
//! sees the same pairs in the same order as under PHP.

use phpsock_eval::Unwind;

/// The comparison: `> 0` when the element at the first position sorts after the second.
type Cmp<'a> = dyn FnMut(usize, usize) -> Result<i32, Unwind> + 'a;

/// Sorts the positions `0..n` by `cmp`; equal elements keep their original order.
pub fn sort_positions(n: usize, cmp: &mut Cmp<'_>) -> Result<Vec<usize>, Unwind> {
    let mut v: Vec<usize> = (0..n).collect();
    let mut s = Sorter { v: &mut v, cmp };
    s.sort(0, n)?;
    Ok(v)
}

struct Sorter<'a, 'b> {
    v: &'a mut Vec<usize>,
    cmp: &'a mut Cmp<'b>,
}

impl Sorter<'_, '_> {
    /// Whether the element at slot `a` sorts after the one at slot `b` (ties broken by the
    /// original position).
    fn after(&mut self, a: usize, b: usize) -> Result<bool, Unwind> {
        let (x, y) = (self.v[a], self.v[b]);
        let r = (self.cmp)(x, y)?;
        Ok(if r == 0 { x > y } else { r > 0 })
    }

    fn sort(&mut self, start: usize, n: usize) -> Result<(), Unwind> {
        if n <= 16 {
            return self.insertion(start, n);
        }
        let end = start + n;
        let half = n >> 1;
        let pivot = start + half;
        if n >> 10 != 0 {
            let delta = half >> 1;
            self.sort5([start, start + delta, pivot, pivot + delta, end - 1])?;
        } else {
            self.sort3(start, pivot, end - 1)?;
        }
        self.v.swap(start + 1, pivot);
        let pivot = start + 1;
        let mut i = pivot + 1;
        let mut j = end - 1;
        'partition: loop {
            while self.after(pivot, i)? {
                i += 1;
                if i == j {
                    break 'partition;
                }
            }
            j -= 1;
            if j == i {
                break;
            }
            while self.after(j, pivot)? {
                j -= 1;
                if j == i {
                    break 'partition;
                }
            }
            self.v.swap(i, j);
            i += 1;
            if i == j {
                break;
            }
        }
        self.v.swap(pivot, i - 1);
        let left = i - 1 - start;
        let right = end - i;
        if left < right {
            self.sort(start, left)?;
            self.sort(i, right)
        } else {
            self.sort(i, right)?;
            self.sort(start, left)
        }
    }

    fn sort2(&mut self, a: usize, b: usize) -> Result<(), Unwind> {
        if self.after(a, b)? {
            self.v.swap(a, b);
        }
        Ok(())
    }

    fn sort3(&mut self, a: usize, b: usize, c: usize) -> Result<(), Unwind> {
        if !self.after(a, b)? {
            if !self.after(b, c)? {
                return Ok(());
            }
            self.v.swap(b, c);
            return self.sort2(a, b);
        }
        if !self.after(c, b)? {
            self.v.swap(a, c);
            return Ok(());
        }
        self.v.swap(a, b);
        self.sort2(b, c)
    }

    /// Inserts the last of `s` (the others sorted) by stepping down one slot at a time.
    fn sink_last(&mut self, s: &[usize]) -> Result<(), Unwind> {
        for w in s.windows(2).rev() {
            if !self.after(w[0], w[1])? {
                break;
            }
            self.v.swap(w[0], w[1]);
        }
        Ok(())
    }

    fn sort4(&mut self, s: [usize; 4]) -> Result<(), Unwind> {
        self.sort3(s[0], s[1], s[2])?;
        self.sink_last(&s)
    }

    fn sort5(&mut self, s: [usize; 5]) -> Result<(), Unwind> {
        self.sort4([s[0], s[1], s[2], s[3]])?;
        self.sink_last(&s)
    }

    fn insertion(&mut self, start: usize, n: usize) -> Result<(), Unwind> {
        match n {
            0 | 1 => return Ok(()),
            2 => return self.sort2(start, start + 1),
            3 => return self.sort3(start, start + 1, start + 2),
            4 => return self.sort4([start, start + 1, start + 2, start + 3]),
            5 => return self.sort5([start, start + 1, start + 2, start + 3, start + 4]),
            _ => {}
        }
        let end = start + n;
        let sentry = start + 6;
        // The first six: a linear search down for the insertion point.
        for i in start + 1..sentry {
            let mut j = i - 1;
            if !self.after(j, i)? {
                continue;
            }
            while j != start {
                j -= 1;
                if !self.after(j, i)? {
                    j += 1;
                    break;
                }
            }
            self.v[j..=i].rotate_right(1);
        }
        // The rest: the search steps down two slots at a time.
        for i in sentry..end {
            let mut j = i - 1;
            if !self.after(j, i)? {
                continue;
            }
            loop {
                j -= 2;
                if !self.after(j, i)? {
                    j += 1;
                    if !self.after(j, i)? {
                        j += 1;
                    }
                    break;
                }
                if j == start {
                    break;
                }
                if j == start + 1 {
                    j -= 1;
                    if self.after(i, j)? {
                        j += 1;
                    }
                    break;
                }
            }
            self.v[j..=i].rotate_right(1);
        }
        Ok(())
    }
}
