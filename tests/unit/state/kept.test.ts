// A kept collection opened for a view of its texts (lib/state/kept.ts): its packed texts become
// the Corpus a slice (a packed chunk) a task, the same Corpus as the whole collection made at
// once. Regression (issue 24): 10,000 texts unpacked and counted in one task of the page.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packTexts } from '../../../src/lib/collection/packed.ts';
import { headOf, storedOf } from '../../../src/lib/collection/types.ts';
import { corpusInSlices, ready } from '../../../src/lib/state/kept.ts';

const paragraph = fc.oneof(
  fc.constantFrom('甲', '𠮷乙', '', '\u2028', 'e\u0301'),
  fc.string({ unit: 'binary', maxLength: 20 }),
);
const items = fc.array(
  fc.record({
    id: fc.string({ maxLength: 4 }),
    title: fc.string({ maxLength: 4 }),
    paragraphs: fc.array(paragraph, { maxLength: 4 }),
  }),
  { maxLength: 40 },
);

describe('a kept collection opened a slice at a time', () => {
  it('is the Corpus the whole collection makes at once, whatever the chunks', async () => {
    await fc.assert(
      fc.asyncProperty(items, fc.integer({ min: 1, max: 12 }), async (texts, perChunk) => {
        const stored = storedOf('c0000', '文集', 0, texts, []);
        const whole = ready(stored);
        const sliced = await corpusInSlices(headOf(stored), packTexts(texts, perChunk));
        expect(whole.status === 'ready' && whole.corpus).toEqual(sliced);
      }),
      { numRuns: 40 },
    );
  });
});
