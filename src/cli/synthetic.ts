/**
 * Synthetic collections for measuring scale: speeches of the real ones' length, made by shuffling
 * their sentences and mutating some characters, so that they share passages as a genre does.
 */
import { groupIdentical, type SpeechText } from '../lib/reuse/passages.ts';

/** A small deterministic generator (mulberry32), so every run measures the same collection. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sentences, each with its closing mark: 。！？ end one, and so does ； in these long lists. */
export const sentencesOf = (text: string): string[] =>
  text.match(/[^。！？；]+[。！？；]?/gu) ?? [];

/** One character in this many is replaced: a copied sentence survives in pieces, as when edited. */
const MUTATION = 0.05;

/**
 * `count` speeches numbered from 1, each about as long as a random source speech (in code
 * points), in paragraphs of two to five random source sentences. Identical sources count once.
 */
export function syntheticCorpus(
  source: readonly SpeechText[],
  count: number,
  seed = 1,
): SpeechText[] {
  const next = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const first = new Map(source.map((s) => [s.number, s.paragraphs]));
  const texts = groupIdentical(source).map((g) => first.get(g[0]!)!);
  const sentences = texts.flatMap((ps) => ps.flatMap(sentencesOf)).map((s) => Array.from(s));
  const chars = sentences.flat();
  const lengths = texts.map((ps) => ps.reduce((n, p) => n + Array.from(p).length, 0));
  if (sentences.length === 0) return [];
  return Array.from({ length: count }, (_, i) => {
    const target = pick(lengths);
    const paragraphs: string[] = [];
    let length = 0;
    while (length < target) {
      let paragraph = '';
      for (let k = 2 + Math.floor(next() * 4); k > 0; k--) {
        const sentence = pick(sentences);
        paragraph += sentence.map((c) => (next() < MUTATION ? pick(chars) : c)).join('');
        length += sentence.length;
      }
      paragraphs.push(paragraph);
    }
    return { number: i + 1, paragraphs };
  });
}
