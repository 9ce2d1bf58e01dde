import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareTexts } from '../../../src/lib/diff/compare.ts';
import type { Span } from '../../../src/lib/diff/model.ts';
import { escapePlain, toPlainText } from '../../../src/lib/render/export.ts';
import { rowsWithInvisible, showInvisible } from '../../../src/lib/render/invisible.ts';
import { stripTicks } from '../../../src/lib/render/strip.ts';
import { unifiedParagraphs } from '../../../src/lib/render/unified.ts';
import { corpus } from '../diff/corpus.ts';

/** Reads the plain-text export's body back: side A and side B of each paragraph. */
function readBack(line: string): { a: string; b: string } {
  let [a, b] = ['', ''];
  let mode: 'equal' | 'delete' | 'insert' = 'equal';
  for (let i = 0; i < line.length; i++) {
    const two = line.slice(i, i + 2);
    if (line[i] === '\\') {
      const rest = line.slice(i + 1);
      const code = /^u\{([0-9A-F]+)\}/u.exec(rest);
      const ch = code ? String.fromCodePoint(parseInt(code[1]!, 16)) : rest[0]!;
      i += code ? code[0].length : 1;
      if (mode !== 'insert') a += ch;
      if (mode !== 'delete') b += ch;
      continue;
    }
    if (mode === 'equal' && (two === '[-' || two === '{+')) {
      mode = two === '[-' ? 'delete' : 'insert';
      i++;
    } else if ((mode === 'delete' && two === '-]') || (mode === 'insert' && two === '+}')) {
      mode = 'equal';
      i++;
    } else {
      if (mode !== 'insert') a += line[i];
      if (mode !== 'delete') b += line[i];
    }
  }
  return { a, b };
}

const header = { title: 't', verdict: 'v', summary: 's', url: 'u', legend: {} };
/** The export's body (after title, verdict and link), one paragraph a side at most here. */
const body = (a: string, b: string) =>
  toPlainText(header, unifiedParagraphs(compareTexts([a], [b]).rows))
    .split('\n\n')
    .slice(3);
const readAll = (paragraphs: string[]) => {
  const sides = paragraphs.map(readBack);
  return { a: sides.map((s) => s.a).join(''), b: sides.map((s) => s.b).join('') };
};

describe('the plain-text export', () => {
  it('escapes text that already has [-, -], {+ or +} (a pasted earlier export)', () => {
    const [a, b] = ['旧稿[-删去-]与{+增加+}，\\', '新稿[-删去-]与{+增补+}，\\'];
    expect(readAll(body(a, b))).toEqual({ a, b });
    expect(escapePlain('[-x-] {+y+} a\\b')).toBe('[\\-x\\-] {\\+y\\+} a\\\\b');
  });

  it('writes invisible characters as \\u{…}, so that an override cannot flip the markers', () => {
    const line = body('甲\u202e乙丙', '甲\u202e乙丁').join('\n\n');
    expect(line).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/u);
    expect(line).toContain('\\u{202E}');
    expect(readAll(line.split('\n\n'))).toEqual({ a: '甲\u202e乙丙', b: '甲\u202e乙丁' });
  });

  const unit = fc.constantFrom(...['甲', '乙', '[', ']', '-', '{', '}', '+', '\\', '\u202e', ' ']);
  it('reads back as both texts, for any text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit, maxLength: 20 }),
        fc.string({ unit, maxLength: 20 }),
        (a, b) => {
          expect(readAll(body(a, b))).toEqual({ a, b });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('invisible characters', () => {
  it('become spans of their own with a visible name, the text unchanged', () => {
    const span: Span = { kind: 'equal', text: '甲\u200b乙\ufeff\u202e丙', change: null, seq: 0 };
    const spans = showInvisible([span]);
    expect(spans.map((s) => [s.text, s.invisible])).toEqual([
      ['甲', undefined],
      ['\u200b', 'ZWSP'],
      ['乙', undefined],
      ['\ufeff', 'BOM'],
      ['\u202e', 'RLO'],
      ['丙', undefined],
    ]);
  });

  it('leave the joiner inside 👨‍👩‍👧 alone, and rows without any untouched', () => {
    const spans = showInvisible([{ kind: 'equal', text: '👨‍👩‍👧', change: null, seq: 0 }]);
    expect(spans).toHaveLength(1);
    const { rows } = compareTexts(['推动经济高质量发展'], ['推动经济高质量\u00ad发展']);
    const shown = rowsWithInvisible(rows);
    expect(shown[0]!.b!.spans.some((s) => s.invisible === 'SHY')).toBe(true);
    expect(shown[0]!.a).toBe(rows[0]!.a);
  });
});

describe('changes in the model', () => {
  it('say where each change is in A and B, as CodeMirror’s chunks do', () => {
    const c = compareTexts(['开头。', '我们要全面贯彻精神。'], ['开头。', '我们要深入贯彻精神。']);
    expect(c.changes).toEqual([{ row: 1, fromA: 7, toA: 9, fromB: 7, toB: 9 }]);
    const a = '开头。\n我们要全面贯彻精神。';
    expect(a.slice(7, 9)).toBe('全面');
  });

  it('hold each change’s removed and added text, for every pair of the corpus', () => {
    for (const x of corpus.speeches) {
      for (const y of corpus.speeches) {
        const c = compareTexts(x.paragraphs, y.paragraphs);
        const [ta, tb] = [x.paragraphs.join('\n'), y.paragraphs.join('\n')];
        c.changes.forEach((change, k) => {
          const spans = c.rows.flatMap((r) => [...(r.a?.spans ?? []), ...(r.b?.spans ?? [])]);
          const del = spans.filter((s) => s.change === k && s.kind === 'delete');
          const ins = spans.filter((s) => s.change === k && s.kind === 'insert');
          for (const s of del) expect(ta.slice(change.fromA, change.toA)).toContain(s.text);
          for (const s of ins) expect(tb.slice(change.fromB, change.toB)).toContain(s.text);
          if (del.length === 0) expect(change.toA).toBe(change.fromA);
          if (ins.length === 0) expect(change.toB).toBe(change.fromB);
        });
        const ticks = stripTicks(c);
        expect(ticks.every((t) => t.at >= 0 && t.at <= 1)).toBe(true);
        expect(new Set(ticks.map((t) => t.change)).size).toBe(c.changes.length);
      }
    }
  });
});
