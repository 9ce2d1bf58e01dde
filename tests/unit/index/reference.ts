import { normalize } from '../../../src/lib/check/normalize.ts';
import type { CollectionIndex } from '../../../src/lib/index/index.ts';

/** A run as both the index and the reference name it: texts, offsets, length. */
export const key = (a: number, b: number, fromA: number, fromB: number, length: number) =>
  `${a}:${fromA} ${b}:${fromB} ×${length}`;

/** Every run the index reports. */
export function indexed(index: CollectionIndex): string[] {
  const out: string[] = [];
  const { pairs, runs } = index;
  for (let p = 0; p < pairs.a.length; p++)
    for (let r = pairs.first[p]!; r < pairs.first[p]! + pairs.count[p]!; r++)
      out.push(key(pairs.a[p]!, pairs.b[p]!, runs.fromA[r]!, runs.fromB[r]!, runs.length[r]!));
  return out.sort();
}

/**
 * Every maximal run of at least K characters two texts share within one paragraph of each, the
 * plain way: each pair of positions whose characters match and whose previous ones do not (or
 * begin a paragraph) starts one; extend it while both paragraphs last.
 */
export function bruteForce(texts: readonly (readonly string[])[], minRun: number): string[] {
  const normal = texts.map((t) => normalize(t));
  const out: string[] = [];
  for (let a = 0; a < texts.length; a++)
    for (let b = a + 1; b < texts.length; b++) {
      const [x, y] = [normal[a]!, normal[b]!];
      for (let pa = 0; pa + 1 < x.starts.length; pa++)
        for (let pb = 0; pb + 1 < y.starts.length; pb++) {
          const [sa, ea, sb, eb] = [
            x.starts[pa]!,
            x.starts[pa + 1]!,
            y.starts[pb]!,
            y.starts[pb + 1]!,
          ];
          for (let i = sa; i < ea; i++)
            for (let j = sb; j < eb; j++) {
              if (i > sa && j > sb && x.codes[i - 1] === y.codes[j - 1]) continue;
              let n = 0;
              while (i + n < ea && j + n < eb && x.codes[i + n] === y.codes[j + n]) n++;
              if (n >= minRun) out.push(key(a, b, i, j, n));
            }
        }
    }
  return out.sort();
}

/** Per pair "a b" sharing runs, the characters of a and of b inside them, from the run keys. */
export function coverage(runs: readonly string[]): Map<string, [number, number]> {
  const sets = new Map<string, [Set<number>, Set<number>]>();
  for (const run of runs) {
    const [, a, fromA, b, fromB, length] = /^(\d+):(\d+) (\d+):(\d+) ×(\d+)$/
      .exec(run)!
      .map(Number);
    const pair = `${a} ${b}`;
    const [inA, inB] = sets.get(pair) ?? [new Set<number>(), new Set<number>()];
    for (let i = 0; i < length!; i++) {
      inA.add(fromA! + i);
      inB.add(fromB! + i);
    }
    sets.set(pair, [inA, inB]);
  }
  return new Map([...sets].map(([pair, [inA, inB]]) => [pair, [inA.size, inB.size]]));
}

/** The same as the index counts it. */
export function indexedCoverage(index: CollectionIndex): Map<string, [number, number]> {
  const { pairs } = index;
  return new Map(
    Array.from(pairs.a, (a, p) => [`${a} ${pairs.b[p]}`, [pairs.coveredA[p]!, pairs.coveredB[p]!]]),
  );
}
