import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textsOf } from '../../../src/lib/corpus/collection.ts';
import { buildIndex } from '../../../src/lib/index/index.ts';
import { passimInput } from '../../../src/lib/passim/export.ts';
import { importPassim, type PassimFile } from '../../../src/lib/passim/import.ts';
import type { CollectionText } from '../../../src/lib/passim/text.ts';
import { corpus } from '../diff/corpus.ts';

const texts = textsOf(corpus);
const fixture = (path: string) => readFileSync(new URL(`bundled/${path}`, import.meta.url), 'utf8');
const out: PassimFile = {
  name: 'out.json/part-00000',
  kind: 'clusters',
  text: fixture('out.json/part-00000'),
};
const align: PassimFile = {
  name: 'align.json/part-00000',
  kind: 'alignments',
  text: fixture('align.json/part-00000'),
};

/** The index's pairs, numbered from 1 as speeches are. */
function indexPairs(k: number): [number, number][] {
  const { pairs } = buildIndex(corpus.speeches, { minRun: k })!;
  return Array.from(pairs.a, (a, p) => [a + 1, pairs.b[p]! + 1]);
}

describe('passim on the bundled collection', () => {
  it('writes the input fixture exactly (the export has not drifted)', () => {
    expect(passimInput(texts)).toBe(fixture('input.json'));
  });

  it('reads every record of the fixtures, with no problem', () => {
    const read = importPassim(texts, [out, align]);
    expect(read.problems).toEqual([]);
    expect(read.passages).toHaveLength(out.text.trim().split('\n').length);
    expect(read.pairsFrom).toBe('alignments');
  });

  it('finds the same pairs as the index at K = 13 from the pairwise alignments', () => {
    expect(importPassim(texts, [out, align]).pairs).toEqual(indexPairs(13));
  });

  it('from clusters alone links one pair more: （一） and （四） through a passage of a third', () => {
    const byCluster = importPassim(texts, [out]);
    expect(byCluster.pairsFrom).toBe('clusters');
    const direct = new Set(indexPairs(13).map(String));
    expect(indexPairs(13).every((p) => byCluster.pairs.map(String).includes(String(p)))).toBe(true);
    expect(byCluster.pairs.filter((p) => !direct.has(String(p)))).toEqual([[1, 4]]);
  });

  it('places each passage at its paragraph, with the passage text the text there', () => {
    const { passages } = importPassim(texts, [out]);
    for (const p of passages.slice(0, 10)) {
      const speech = corpus.speeches[p.from.speech - 1]!;
      expect(speech.paragraphs[p.from.paragraph - 1]!.length).toBeGreaterThanOrEqual(p.from.offset);
      expect(p.to.offset).toBeLessThanOrEqual(speech.paragraphs[p.to.paragraph - 1]!.length);
    }
  });
});

describe('records that do not fit their text are reported, not trusted', () => {
  const two: CollectionText[] = [
    { id: 'a', title: '甲', paragraphs: ['𠮷野家的牛丼很好吃', '第二段'] },
    { id: 'b', title: '乙', paragraphs: ['乙文'] },
  ];
  const record = (fields: Record<string, unknown>) =>
    JSON.stringify({ cluster: 1, size: 2, uid: 1, ...fields });
  const read = (...lines: string[]) =>
    importPassim(two, [{ name: 'part-0', kind: 'clusters', text: lines.join('\n') }]);

  it('converts code points to UTF-16 offsets (an astral character is two units)', () => {
    // '𠮷野家' is code points 0–3 and UTF-16 units 0–4.
    const { passages, problems } = read(record({ id: 'a', begin: 0, end: 3, text: '𠮷野家' }));
    expect(problems).toEqual([]);
    expect(passages[0]).toMatchObject({
      from: { speech: 1, paragraph: 1, offset: 0 },
      to: { paragraph: 1, offset: 4 },
    });
  });

  it('places a passage that crosses a paragraph break in both paragraphs', () => {
    const { passages } = read(record({ id: 'a', begin: 7, end: 12, text: '好吃\n第二' }));
    expect(passages[0]).toMatchObject({
      from: { paragraph: 1, offset: 8 },
      to: { paragraph: 2, offset: 2 },
    });
  });

  it('names each bad record with its file and line', () => {
    const { passages, problems } = read(
      record({ id: 'a', begin: 0, end: 1, text: '𠮷' }),
      record({ id: 'z', begin: 0, end: 1 }),
      record({ id: 'a', begin: 5, end: 99 }),
      record({ id: 'a', begin: 1, end: 3, text: '野屋' }),
      '{not json',
      record({ id: 'b', begin: 0, end: 1.5 }),
    );
    expect(passages).toHaveLength(1);
    expect(problems).toEqual([
      { file: 'part-0', line: 2, reason: 'unknown id "z"' },
      { file: 'part-0', line: 3, reason: 'begin 5, end 99 out of range for "a" (13 characters)' },
      {
        file: 'part-0',
        line: 4,
        reason: 'the passage\'s text is not the text of "a" at its offsets',
      },
      { file: 'part-0', line: 5, reason: 'not a JSON record' },
      { file: 'part-0', line: 6, reason: 'begin or end is not a whole number' },
    ]);
  });

  it('keeps 64-bit cluster ids apart that JavaScript numbers would merge', () => {
    const line = (cluster: string, id: string) =>
      `{"cluster":${cluster},"size":1,"id":"${id}","begin":0,"end":1,"uid":1}`;
    const { clusters, pairs } = importPassim(two, [
      {
        name: 'p',
        kind: 'clusters',
        text: [line('9007199254740993', 'a'), line('9007199254740992', 'b')].join('\n'),
      },
    ]);
    expect(clusters).toBe(2);
    expect(pairs).toEqual([]);
  });
});
