/**
 * Synthetic collections for measuring scale: speeches of the real ones' length, made by shuffling
 * their sentences and mutating some characters, so that they share passages as a real genre does.
 */
import type { SpeechText } from './passages.ts';

/** A small deterministic generator (mulberry32), so every run measures the same corpus. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sentencesOf = (text: string) => text.match(/[^。！？；]+[。！？；]?/gu) ?? [];

export function syntheticCorpus(
  source: readonly SpeechText[],
  count: number,
  seed = 1,
): SpeechText[] {
  const next = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const sentences = source.flatMap((s) => s.paragraphs.flatMap(sentencesOf));
  const chars = Array.from(sentences.join(''));
  const lengths = source.map((s) => s.paragraphs.join('').length);
  return Array.from({ length: count }, (_, i) => {
    const target = pick(lengths);
    const paragraphs: string[] = [];
    let length = 0;
    while (length < target) {
      const sentenceCount = 2 + Math.floor(next() * 4);
      let paragraph = '';
      for (let k = 0; k < sentenceCount; k++) {
        // One character in twenty replaced: passages survive in part, as in a rewritten speech.
        paragraph += Array.from(pick(sentences), (c) => (next() < 0.05 ? pick(chars) : c)).join('');
      }
      paragraphs.push(paragraph);
      length += paragraph.length;
    }
    return { number: i + 1, paragraphs };
  });
}
