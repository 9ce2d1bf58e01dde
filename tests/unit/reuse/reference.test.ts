// The index against a brute-force reading of the definitions, on random small collections: short
// texts over a tiny alphabet (a comma and an astral character included) and short minimum lengths, so that
// repeats, overlaps, nesting and identical speeches all occur often.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { marksFor, sharedPassages } from '../../../src/lib/reuse/analysis.ts';
import { passageFamilies } from '../../../src/lib/reuse/families.ts';
import { ReuseIndex, STOCK_GROUPS, type SpeechText } from '../../../src/lib/reuse/passages.ts';

const ALPHABET = ['甲', '乙', '，', '𠮷'];

/** Speeches 1…n; some are copies of an earlier one, as 6 is of 3 in the corpus. */
const collection = fc
  .array(
    fc.record({
      paragraphs: fc.array(fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 10 }), {
        maxLength: 3,
      }),
      copyOf: fc.option(fc.nat(), { freq: 4 }),
    }),
    { minLength: 1, maxLength: 5 },
  )
  .map((xs) => {
    const speeches: SpeechText[] = [];
    xs.forEach(({ paragraphs, copyOf }, i) => {
      const copied = copyOf === null || i === 0 ? paragraphs : speeches[copyOf % i]!.paragraphs;
      speeches.push({ number: i + 1, paragraphs: copied });
    });
    return speeches;
  });

/** Everything the definitions need, by brute force over code point arrays. */
function brute(speeches: readonly SpeechText[]) {
  const groups: number[][] = [];
  for (const s of speeches) {
    const twin = groups.find(
      (g) => JSON.stringify(speeches[g[0]! - 1]!.paragraphs) === JSON.stringify(s.paragraphs),
    );
    if (twin) twin.push(s.number);
    else groups.push([s.number]);
  }
  const text = groups.map((g) => speeches[g[0]! - 1]!.paragraphs.map((p) => Array.from(p)));
  const places = (g: number, s: string[]) =>
    text[g]!.flatMap((p, paragraph) =>
      p
        .map((_, start) => start)
        .filter(
          (start) =>
            p.slice(start, start + s.length).join('') === s.join('') &&
            start + s.length <= p.length,
        )
        .map((start) => ({ paragraph, start, end: start + s.length })),
    );
  const holders = (s: string[]) => text.map((_, g) => g).filter((g) => places(g, s).length > 0);
  return { groups, text, places, holders };
}

const sharedBy = (groups: number[][], gs: number[]) =>
  gs.flatMap((g) => groups[g]!).sort((x, y) => x - y);

// Brute force is slow by nature; a loaded machine must not turn that into a failure.
describe('the index agrees with brute force', { timeout: 30_000 }, () => {
  const minLength = fc.integer({ min: 1, max: 4 });

  it('lists exactly the maximal passages, with all their occurrences', () => {
    fc.assert(
      fc.property(collection, minLength, (speeches, m) => {
        const { groups, text, places, holders } = brute(speeches);
        const expected = new Map<string, { speeches: number[]; occurrences: object[] }>();
        for (const paragraphs of text)
          for (const p of paragraphs)
            for (let i = 0; i < p.length; i++)
              for (let j = i + m; j <= p.length; j++) {
                const s = p.slice(i, j);
                const gs = holders(s);
                const wider = ALPHABET.some(
                  (c) =>
                    holders([c, ...s]).length === gs.length ||
                    holders([...s, c]).length === gs.length,
                );
                if (gs.length < 2 || wider) continue;
                const occurrences = gs
                  .flatMap((g) =>
                    groups[g]!.flatMap((speech) => places(g, s).map((o) => ({ speech, ...o }))),
                  )
                  .sort(
                    (x, y) => x.speech - y.speech || x.paragraph - y.paragraph || x.start - y.start,
                  );
                expected.set(s.join(''), { speeches: sharedBy(groups, gs), occurrences });
              }
        const found = sharedPassages(new ReuseIndex(speeches, m));
        expect(
          new Map(found.map((p) => [p.text, { speeches: p.speeches, occurrences: p.occurrences }])),
        ).toEqual(expected);
        expect(found.length).toBe(expected.size);
      }),
    );
  });

  it('shows every maximal run whole in the overview list, with every speech that has it', () => {
    // Issue 24 §5: a run shared by some texts, one character more on either side losing one of
    // them, is an entry of its own, exactly as it stands, nested or not.
    fc.assert(
      fc.property(collection, minLength, (speeches, m) => {
        const { groups, text, holders } = brute(speeches);
        const expected = new Map<string, number[]>();
        for (const paragraphs of text)
          for (const p of paragraphs)
            for (let i = 0; i < p.length; i++)
              for (let j = i + m; j <= p.length; j++) {
                const s = p.slice(i, j);
                const gs = holders(s);
                const wider = ALPHABET.some(
                  (c) =>
                    holders([c, ...s]).length === gs.length ||
                    holders([...s, c]).length === gs.length,
                );
                if (gs.length >= 2 && !wider) expected.set(s.join(''), sharedBy(groups, gs));
              }
        const families = passageFamilies(sharedPassages(new ReuseIndex(speeches, m)));
        const entries = families.flatMap((f) => [f.head, ...f.members]);
        expect(new Map(entries.map((e) => [e.text, e.places.map((p) => p.speech)]))).toEqual(
          expected,
        );
        expect(entries.length).toBe(expected.size);
      }),
    );
  });

  it('measures pair coverage, stock ranges and marks per code point', () => {
    fc.assert(
      fc.property(collection, minLength, (speeches, m) => {
        const { groups, text, holders } = brute(speeches);
        // For each group, paragraph and code point: the groups of each window covering it.
        const windows = text.map((paragraphs) =>
          paragraphs.map((p) =>
            p.map((_, i) => {
              const from = Math.max(0, i - m + 1);
              const to = Math.min(i, p.length - m);
              return Array.from({ length: Math.max(0, to - from + 1) }, (_, k) =>
                holders(p.slice(from + k, from + k + m)),
              );
            }),
          ),
        );
        const around = windows.map((ps) => ps.map((p) => p.map((ws) => new Set(ws.flat()))));
        const index = new ReuseIndex(speeches, m);
        expect(index.groups).toEqual(groups);
        const length = (g: number) => text[g]!.flat().length;
        for (const a of speeches)
          for (const b of speeches) {
            const [ga, gb] = [index.group(a.number), index.group(b.number)];
            const share = (g: number, h: number) =>
              length(g) === 0 ? 0 : around[g]!.flat().filter((gs) => gs.has(h)).length / length(g);
            expect(index.coverage(a.number, b.number)).toEqual(
              ga === gb
                ? { reusedA: 1, reusedB: 1 }
                : { reusedA: share(ga, gb), reusedB: share(gb, ga) },
            );
          }
        for (const s of speeches) {
          const g = index.group(s.number);
          const twins = groups[g]!.filter((n) => n !== s.number);
          const perCodePoint = marksFor(index, s.number).map((segments) =>
            segments.flatMap((x) => Array.from(x.text, () => x.sharedWith?.join() ?? null)),
          );
          const expected = around[g]!.map((p) =>
            p.map((gs) => {
              const others = [
                ...twins,
                ...sharedBy(
                  groups,
                  [...gs].filter((h) => h !== g),
                ),
              ].sort((x, y) => x - y);
              return others.length > 0 ? others.join() : null;
            }),
          );
          expect(perCodePoint).toEqual(expected);
          const stock = windows[g]!.map((p) =>
            p.map((ws) => ws.some((w) => w.length >= STOCK_GROUPS)),
          );
          const ranges = stock.map((_, k) => index.stockRanges(s.number, k));
          expect(
            ranges.map((rs, k) => stock[k]!.map((_, i) => rs.some(([x, y]) => x <= i && i < y))),
          ).toEqual(stock);
        }
      }),
    );
  });

  it('marks rebuild each paragraph exactly, without naming the speech itself', () => {
    fc.assert(
      fc.property(collection, minLength, (speeches, m) => {
        const index = new ReuseIndex(speeches, m);
        for (const s of speeches) {
          const marks = marksFor(index, s.number);
          expect(marks.map((segments) => segments.map((x) => x.text).join(''))).toEqual(
            s.paragraphs,
          );
          for (const segment of marks.flat())
            expect(segment.sharedWith ?? []).not.toContain(s.number);
        }
      }),
    );
  });
});
