import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  charTokens,
  sentenceTokens,
  tokenizerFor,
  wordTokens,
} from '../../../src/lib/diff/tokenize.ts';
import { GRANULARITIES } from '../../../src/lib/diff/model.ts';
import { paragraphsOf, wellFormed } from './corpus.ts';

/** Tokens shown with | between them, so that a failure shows where the cuts are. */
const cuts = (tokens: readonly string[]) => tokens.join('|');

describe('tokenizers', () => {
  it('offer char, word and sentence', () => {
    expect(GRANULARITIES).toEqual(['char', 'word', 'sentence']);
    expect(tokenizerFor('char')).toBe(charTokens);
    expect(tokenizerFor('word')).toBe(wordTokens);
    expect(tokenizerFor('sentence')).toBe(sentenceTokens);
  });

  it('cut characters at code points', () => {
    expect(cuts(charTokens('吉𠮷😀。'))).toBe('吉|𠮷|😀|。');
  });

  // ICU's dictionary differs a little between versions (谱写 or 谱|写): assert what is stable.
  it('cut words as ICU segments Chinese', () => {
    const tokens = wordTokens('推动高质量发展，奋力谱写新篇章。');
    expect(tokens).toEqual(expect.arrayContaining(['推动', '质量', '发展', '，', '篇章', '。']));
    expect(cuts(tokens)).toMatch(/^推动\|.*\|发展\|，\|奋力\|.*\|篇章\|。$/u);
  });

  it('cut sentences after 。！？；… and keep closing quotes with them', () => {
    expect(cuts(sentenceTokens('一要学。二要做！三呢？四；五……六'))).toBe(
      '一要学。|二要做！|三呢？|四；|五……|六',
    );
    expect(cuts(sentenceTokens('他说：“干就完了！”我们照办。「好？」』然后'))).toBe(
      '他说：“干就完了！”|我们照办。|「好？」』|然后',
    );
    // The ASCII full stop is a decimal point here, not the end of a sentence.
    expect(cuts(sentenceTokens('增长5.2%。完'))).toBe('增长5.2%。|完');
  });

  it('keep a template slot as one token in every mode', () => {
    const text = '奋力谱写XXX发展新篇章，参与*污水处理厂建设。';
    for (const g of GRANULARITIES) {
      const tokens = tokenizerFor(g)(text);
      expect(tokens).toContain('XXX');
      expect(tokens).toContain('*');
    }
    expect(cuts(charTokens('在XX区'))).toBe('在|XX|区');
  });

  it('tokenize the corpus losing nothing', () => {
    for (const n of [1, 2, 3, 4, 5, 6]) {
      for (const p of paragraphsOf(n)) {
        for (const g of GRANULARITIES) expect(tokenizerFor(g)(p).join('')).toBe(p);
      }
    }
  });

  const unit = fc.constantFrom(
    ...['甲', '乙', '，', '。', '！', '”', '…', '𠮷', '😀', '\r\n', '\n', ' ', 'X', '*', 'a', '１'],
  );
  const text = fc.string({ unit, maxLength: 60 });

  it('join back to their input for any text, astral, CRLF and empty included', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...GRANULARITIES), (t, g) => {
        const tokens = tokenizerFor(g)(t);
        expect(tokens.join('')).toBe(t);
        for (const token of tokens) {
          expect(token).not.toBe('');
          expect(wellFormed(token)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
    for (const g of GRANULARITIES) expect(tokenizerFor(g)('')).toEqual([]);
  });
});
