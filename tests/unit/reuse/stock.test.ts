import { describe, expect, it } from 'vitest';
import { ReuseIndex } from '../../../src/lib/reuse/passages.ts';
import { stockRanges, stockWindows } from '../../../src/lib/reuse/stock.ts';
import { corpus } from '../diff/corpus.ts';

describe('stock phrases found in any text', () => {
  const stock = stockWindows(corpus.speeches);
  const index = new ReuseIndex(corpus.speeches);

  it('are, in a speech of the collection, exactly its stock ranges', () => {
    for (const s of corpus.speeches)
      s.paragraphs.forEach((p, k) => {
        expect(stockRanges(p, stock)).toEqual(index.stockRanges(s.number, k));
      });
  });

  it('are found in a text of one’s own, wherever it quotes a stock phrase', () => {
    const [from, to] = index.stockRanges(1, 0)[0]!;
    const phrase = Array.from(corpus.speeches[0]!.paragraphs[0]!).slice(from, to).join('');
    const own = `我的话😀${phrase}。完`;
    const start = Array.from('我的话😀').length;
    expect(stockRanges(own, stock)).toEqual([[start, start + Array.from(phrase).length]]);
    expect(stockRanges('与文集无关的一句话，毫无套话可言，长长的一句。', stock)).toEqual([]);
    expect(stockRanges('', stock)).toEqual([]);
  });

  it('are none when the collection has none', () => {
    const none = stockWindows([{ number: 1, paragraphs: ['一二三四五六七八九十甲乙丙丁'] }]);
    expect(stockRanges('一二三四五六七八九十甲乙丙丁', none)).toEqual([]);
  });
});
