/**
 * The own-text bench's texts (own.ts), made of the collection's characters by a seeded generator,
 * so that every run measures the same texts.
 */
import type { Corpus } from '../../src/lib/corpus/types.ts';

/**
 * A seeded generator, so that every run measures the same texts. Math.imul: a product of
 * doubles past 2^53 loses its low bits, and the generator fell into a short cycle (the
 * "unrelated" texts were 87 % alike).
 */
function random(seed: number) {
  let x = seed;
  return () => {
    x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff;
    return x / 0x7fffffff;
  };
}

/** The collection's characters, to make text of its kind. */
const charsOf = (corpus: Corpus) => [
  ...new Set(corpus.speeches.flatMap((s) => [...s.paragraphs.join('')])),
];

/** About n characters of the collection's paragraphs, taken in a shuffled order. */
export function corpusLike(corpus: Corpus, n: number, seed: number): string {
  const paragraphs = corpus.speeches.flatMap((s) => s.paragraphs);
  const next = random(seed);
  const out: string[] = [];
  let length = 0;
  while (length < n) {
    const p = paragraphs[Math.floor(next() * paragraphs.length)] ?? '';
    out.push(p);
    length += p.length + 1;
  }
  return out.join('\n').slice(0, n);
}

/** Unrelated text: characters of the collection at random, in lines of 80. */
export function unrelated(corpus: Corpus, n: number, seed: number): string {
  const chars = charsOf(corpus);
  const next = random(seed);
  let s = '';
  for (let i = 0; i < n; i++) {
    s += chars[Math.floor(next() * chars.length)] ?? '字';
    if (i % 80 === 79) s += '\n';
  }
  return s;
}

/** The text with 1% of its characters replaced (line breaks kept). */
export function nearCopy(corpus: Corpus, text: string, seed: number): string {
  const chars = charsOf(corpus);
  const next = random(seed);
  return [...text]
    .map((c) => (c !== '\n' && next() < 0.01 ? (chars[Math.floor(next() * chars.length)] ?? c) : c))
    .join('');
}

/** Lines of one character of the collection, at random: a text of many short lines. */
export function shortLines(corpus: Corpus, lines: number, seed: number): string {
  const chars = charsOf(corpus);
  const next = random(seed);
  return Array.from({ length: lines }, () => chars[Math.floor(next() * chars.length)] ?? '字')
    .join('\n')
    .concat('\n');
}
