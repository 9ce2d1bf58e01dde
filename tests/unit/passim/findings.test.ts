import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textsOf } from '../../../src/lib/corpus/collection.ts';
import { validateCorpus } from '../../../src/lib/corpus/validate.ts';
import { passimClusters } from '../../../src/lib/passim/findings.ts';
import { importPassim, type PassimFile } from '../../../src/lib/passim/import.ts';
import { corpus } from '../diff/corpus.ts';

const fixture = (path: string) => readFileSync(new URL(`bundled/${path}`, import.meta.url), 'utf8');
const files: PassimFile[] = [
  { name: 'out.json/part-00000', kind: 'clusters', text: fixture('out.json/part-00000') },
  { name: 'align.json/part-00000', kind: 'alignments', text: fixture('align.json/part-00000') },
];
const read = importPassim(textsOf(corpus), files);
const found = {
  clusters: read.clusters,
  pairs: read.pairs,
  passages: read.passages,
  leftOut: read.problems.length,
};
/** What the built site's corpus.json holds, read back as the app reads it. */
const withPassim = (passim: unknown) =>
  validateCorpus(JSON.parse(JSON.stringify({ ...corpus, passim })) as unknown);

describe("passim's findings in the site's corpus", () => {
  it('are read back whole by the app', () => {
    expect(withPassim(found).passim).toEqual(found);
  });

  it('leave a corpus without them as it was (no passim key)', () => {
    expect(Object.keys(validateCorpus(JSON.parse(JSON.stringify(corpus)) as unknown))).toEqual(
      Object.keys(corpus),
    );
  });

  it('refuse a passage outside its speech, naming it', () => {
    const [first] = found.passages;
    const outside = { ...first!, to: { ...first!.to, offset: 100_000 } };
    expect(() => withPassim({ ...found, passages: [outside] })).toThrow(
      /passim\.passages\[0\] is not inside its speech/u,
    );
    expect(() => withPassim({ ...found, pairs: [[2, 1]] })).toThrow(/passim\.pairs/u);
  });

  it("spell out each passage as passim's record has it, offsets converted", () => {
    const records = fixture('out.json/part-00000')
      .trim()
      .split('\n')
      // The cluster's id as written: past 2^53, JSON.parse would round it.
      .map((line) => ({
        cluster: /"cluster":(\d+)/u.exec(line)![1],
        text: (JSON.parse(line) as { text: string }).text,
      }));
    const clusters = passimClusters(corpus.speeches, found);
    expect(clusters.reduce((n, c) => n + c.passages.length, 0)).toBe(records.length);
    for (const c of clusters) {
      const texts = records
        .filter((r) => r.cluster === c.cluster)
        .map((r) => r.text)
        .sort();
      // A passage across paragraphs is read by passim with the line break between them.
      expect(c.passages.map((p) => p.lines.join('\n')).sort()).toEqual(texts);
    }
  });
});
