--TEST--
Alternative syntax interleaved with inline HTML
--FILE--
<?php $items = ['a', 'b']; ?>
<ul>
<?php foreach ($items as $item): ?>
  <li><?= $item ?></li>
<?php endforeach; ?>
</ul>
<?php if (count($items) > 1): ?>
many
<?php else: ?>
few
<?php endif ?>
<?php for ($i = 0; $i < 2; $i++): ?><?= $i ?><?php endfor; ?>

<?php while (false): ?>never<?php endwhile; ?>
end
--EXPECT--
<ul>
  <li>a</li>
  <li>b</li>
</ul>
many
01
end
