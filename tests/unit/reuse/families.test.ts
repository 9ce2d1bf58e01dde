import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPassages } from '../../../src/lib/reuse/analysis.ts';
import {
  filterFamilies,
  passageFamilies,
  trimPassage,
  whereFound,
} from '../../../src/lib/reuse/families.ts';
import { MIN_PASSAGE, ReuseIndex, type Passage } from '../../../src/lib/reuse/passages.ts';

const corpus = JSON.parse(readFileSync('static/corpus.json', 'utf8')) as {
  speeches: { number: number; paragraphs: string[] }[];
};
const speeches = corpus.speeches;
const families = passageFamilies(sharedPassages(new ReuseIndex(speeches)), speeches, MIN_PASSAGE);

describe('passage families (issue 10 §3: the list repeated itself and missed speeches)', () => {
  it('cut passages to clauses: no punctuation at either end', () => {
    for (const f of families)
      for (const e of [f.head, ...f.members]) {
        expect(e.text).not.toMatch(/^[\p{P}\s]|[\p{P}\s]$/u);
        expect(Array.from(e.text).length).toBeGreaterThanOrEqual(MIN_PASSAGE);
      }
  });

  it('say truly which speeches contain each text', () => {
    for (const f of families)
      for (const e of [f.head, ...f.members])
        expect(e.places).toEqual(whereFound(speeches, e.text));
    const family = filterFamilies(families, '对于进一步动员全国人民')[0]!;
    const all = new Set(
      [family.head, ...family.members]
        .filter((e) => e.text.includes('对于进一步动员全国人民'))
        .flatMap((e) => e.places.map((p) => p.speech)),
    );
    expect([...all].sort()).toEqual([1, 2, 3, 6]);
  });

  it('list no passage inside another at the top', () => {
    for (const f of families)
      for (const g of families) if (f !== g) expect(f.head.text.includes(g.head.text)).toBe(false);
  });

  it('trim a clause begun mid-way, and keep a passage whole when trimming leaves too little', () => {
    const texts = [
      { number: 1, paragraphs: ['甲乙，丙丁戊己。'] },
      { number: 2, paragraphs: ['乙，丙丁戊己。'] },
    ];
    const passage: Passage = {
      text: '乙，丙丁戊己。',
      length: 7,
      speeches: [1, 2],
      occurrences: [
        { speech: 1, paragraph: 0, start: 1, end: 8 },
        { speech: 2, paragraph: 0, start: 0, end: 7 },
      ],
      stock: false,
    };
    expect(trimPassage(passage, texts, 3)).toBe('丙丁戊己');
    expect(trimPassage(passage, texts, 5)).toBe('乙，丙丁戊己');
  });

  it('answer which speeches contain any text', () => {
    expect(whereFound(speeches, '对于进一步动员全国人民').map((p) => p.speech)).toEqual([
      1, 2, 3, 6,
    ]);
    expect(whereFound(speeches, '不存在的文字组合')).toEqual([]);
  });
});
