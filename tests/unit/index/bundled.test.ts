// The bundled collection through the collection index (issue 24 item 3, "the bundled collection
// goes through the same code"): the six speeches indexed by src/lib/index give the same identical
// group （三）＝（六）, the same pairs and the same shared characters as the reuse index the
// overview is drawn from (src/lib/reuse), which finds them by a suffix array instead.
import { expect, it } from 'vitest';
import { findingsOf } from '../../../src/lib/collection/findings.ts';
import { buildIndex } from '../../../src/lib/index/index.ts';
import { ReuseIndex } from '../../../src/lib/reuse/passages.ts';
import { MIN_PASSAGE } from '../../../src/lib/thresholds.ts';
import { corpus } from '../diff/corpus.ts';

const speeches = corpus.speeches;

it('the six speeches: the same identical group and the same pairs, by both indexes', () => {
  const index = buildIndex(speeches, { minRun: MIN_PASSAGE })!;
  const reuse = new ReuseIndex(speeches, MIN_PASSAGE);
  const findings = findingsOf(index, Infinity);
  // Numbered from 0 by the index, from 1 by the speeches.
  expect(findings.identical.map((g) => g.map((t) => speeches[t]!.number))).toEqual(
    reuse.groups.filter((g) => g.length > 1),
  );
  expect(findings.identical).toEqual([[2, 5]]);

  const fromIndex = findings.pairs
    .map((p) => [speeches[p.a]!.number, speeches[p.b]!.number, p.sharedA, p.sharedB].join(' '))
    .sort();
  const fromReuse: string[] = [];
  for (const [i, a] of speeches.entries())
    for (const b of speeches.slice(i + 1)) {
      const { reusedA, reusedB } = reuse.coverage(a.number, b.number);
      const [ga, gb] = [reuse.group(a.number), reuse.group(b.number)];
      if (reusedA === 0 && reusedB === 0) continue;
      fromReuse.push(
        [
          a.number,
          b.number,
          Math.round(reusedA * reuse.length(ga)),
          Math.round(reusedB * reuse.length(gb)),
        ].join(' '),
      );
    }
  expect(fromIndex).toEqual(fromReuse.sort());
  // Of the 15 pairs, 14 share a run of 12 or more.
  expect(fromIndex).toHaveLength(14);
});
