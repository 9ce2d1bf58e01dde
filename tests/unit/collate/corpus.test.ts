import { describe, expect, it } from 'vitest';
import { collate, columnText } from '../../../src/lib/collate/align.ts';
import { columnsOf } from '../../../src/lib/collate/view.ts';
import { corpus } from '../diff/corpus.ts';

describe('the corpus collated', () => {
  const c = collate(corpus.speeches);

  it('gives every speech back down its column', () => {
    for (const s of corpus.speeches) {
      const w = c.witnesses.findIndex((numbers) => numbers.includes(s.number));
      expect(columnText(c, w)).toEqual(s.paragraphs);
    }
  });

  it('aligns （三） and （六） row for row', () => {
    const columns = columnsOf(c, true);
    const [three, six] = [3, 6].map((n) => columns.find((col) => col.speeches[0] === n)!);
    for (const row of c.rows) expect(row.cells[six!.witness]).toEqual(row.cells[three!.witness]);
    expect(three!.witness).toBe(six!.witness);
  });

  it('puts 对于进一步动员全国人民… of （一）（二）（三）（六） on one row', () => {
    const rows = c.rows.filter((r) =>
      r.cells.some((cell) => cell?.text.includes('对于进一步动员全国人民')),
    );
    expect(rows).toHaveLength(1);
    const speeches = c.witnesses.filter((_, w) => rows[0]!.cells[w]).flat();
    expect(speeches.sort()).toEqual([1, 2, 3, 6]);
  });
});
