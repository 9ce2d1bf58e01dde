import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPassages } from '../../../src/lib/reuse/analysis.ts';
import {
  countEntries,
  filterFamilies,
  passageFamilies,
  whereFound,
} from '../../../src/lib/reuse/families.ts';
import { ReuseIndex, STOCK_GROUPS } from '../../../src/lib/reuse/passages.ts';

const corpus = JSON.parse(readFileSync('static/corpus.json', 'utf8')) as {
  speeches: { number: number; paragraphs: string[] }[];
};
const speeches = corpus.speeches;
const index = new ReuseIndex(speeches);
const families = passageFamilies(sharedPassages(index));
const entries = families.flatMap((f) => [f.head, ...f.members]);
/** An entry as `text [speeches]`, as a reader finds it in the list. */
const shown = entries.map((e) => `${e.text} [${e.places.map((p) => p.speech).join()}]`);
/** Distinct texts (identical speeches once) among some speeches. */
const texts = (ns: number[]) => new Set(ns.map((n) => index.group(n))).size;

describe('passage families (issue 10 §3: the list repeated itself and missed speeches)', () => {
  it('say truly which speeches contain each text', () => {
    for (const e of entries) expect(e.places).toEqual(whereFound(speeches, e.text));
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

  it('answer which speeches contain any text', () => {
    expect(whereFound(speeches, '对于进一步动员全国人民').map((p) => p.speech)).toEqual([
      1, 2, 3, 6,
    ]);
    expect(whereFound(speeches, '不存在的文字组合')).toEqual([]);
  });
});

describe('shared passages shown whole (issue 24 §5)', () => {
  it('shows whole the passages that clause cutting and nesting hid', () => {
    // （二） has a part of the first and of the second; the third ends on a part of a clause.
    expect(shown).toContain(
      '要把学习贯彻习近平总书记重要讲话、全国两会精神同深入学习贯彻党的二十大精神紧密结合起来， [3,4,6]',
    );
    expect(shown).toContain(
      '精神同深入学习贯彻党的二十大精神紧密结合起来，更加深刻领悟“两个确立”的决定性意义， [2,4]',
    );
    expect(shown).toContain(
      '习近平总书记重要讲话和十四届全国人大一次会议、全国政协十四届一次会议精神 [2,3,6]',
    );
  });

  it('lists every passage of the index once, a part under the whole that holds it', () => {
    const passages = sharedPassages(index);
    expect(entries.map((e) => e.text).sort()).toEqual(passages.map((p) => p.text).sort());
    for (const f of families)
      for (const m of f.members) {
        expect(f.head.text).toContain(m.text);
        expect(m.places.length).toBeGreaterThan(f.head.places.length);
      }
  });
});

describe('stock phrases on the overview (issue 23 §7)', () => {
  it('tags an entry exactly when three or more different texts have it', () => {
    for (const e of entries)
      expect([e.text, e.stock]).toEqual([
        e.text,
        texts(e.places.map((p) => p.speech)) >= STOCK_GROUPS,
      ]);
    // In （一）（二）（三）（六）: three texts, since （六） is （三）.
    expect(shown).toContain(
      '对于进一步动员全国人民更加紧密团结在以习近平同志为核心的党中央周围，全面贯彻党的二十大精神， [1,2,3,6]',
    );
    expect(entries.find((e) => e.text.startsWith('对于进一步动员'))?.stock).toBe(true);
    // In （三）（四）（六）: two texts.
    expect(
      entries.find((e) => e.text.startsWith('要把学习贯彻习近平总书记重要讲话、全国两会'))?.stock,
    ).toBe(false);
  });

  it('counts what it tags: the finding’s numbers are the list’s', () => {
    expect(countEntries(families)).toEqual({
      all: entries.length,
      stock: entries.filter((e) => e.stock).length,
    });
    expect(countEntries(families)).toEqual({ all: 22, stock: 7 });
  });
});
