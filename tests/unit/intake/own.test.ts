import { describe, expect, it } from 'vitest';
import { MAX_CHARS } from '../../../src/lib/intake/clean.ts';
import { takeSides } from '../../../src/lib/intake/own.ts';
import { corpus } from '../diff/corpus.ts';

const labels = { a: '文本 A', b: '文本 B' };
const speech2 = corpus.speeches[1]!;

describe('takeSides', () => {
  it('takes an own side cleaned, and a speech on the other', () => {
    const got = takeSides(['a', 'b'], ['a'], { a: '第一段\r\n第二段', b: '' }, labels, (s) =>
      s === 'b' ? speech2 : null,
    );
    expect(got.refusal).toBeNull();
    expect(got.speeches.a).toMatchObject({ number: -1, label: '文本 A' });
    expect(got.speeches.a?.paragraphs).toEqual(['第一段', '第二段']);
    expect(got.speeches.b).toBe(speech2);
    expect(got.reports.a?.lineEndings).toBe(1);
  });

  it('refuses the first side too long before any empty one', () => {
    const long = '字'.repeat(MAX_CHARS + 1);
    const got = takeSides(['a', 'b'], ['a', 'b'], { a: '', b: long }, labels, () => null);
    expect(got.refusal).toEqual({ reason: 'too-long', side: 'b', chars: MAX_CHARS + 1 });
  });

  it('refuses a side with no text (blank lines are none), for one side as for two', () => {
    expect(takeSides(['b'], ['b'], { a: '有字', b: '\n\n' }, labels, () => null).refusal).toEqual({
      reason: 'empty',
      side: 'b',
    });
    const one = takeSides(['b'], ['b'], { a: '', b: '有字' }, labels, () => null);
    expect(one.refusal).toBeNull();
    expect(Object.keys(one.speeches)).toEqual(['b']);
  });
});
